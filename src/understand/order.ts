// When a claim says things happened: the order of two meetings, before or after an
// event or its start, its first or last day, and what was done around the meeting itself.
// Readers of readAmounts() (amounts.ts), run in its order.
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Context } from './amounts.js';
import type { Claim, EntityTerm } from './claim.js';
import type { Term, TermOf } from './read.js';

/** "B was received the day after C": a span said with an order is the span between the two (in one clause, or across two). */
export function spansBetween(counts: Claim['counts']): Claim['counts'] {
  return counts.map((c) => (c.target === 'day' ? { ...c, between: true } : c));
}

/** The order of two meetings, a span between them, someone before, a time before the articles'. */
export function readOrder({ claim, kb, entities, terms, of, marked }: Context): void {
  // (Also a span between meetings: "the same day", "both … within a week", "two officials in less than a week".)
  const several = claim.every === true || claim.counts.some((c) => (c.target === 'person' || c.target === 'meeting') && c.value >= 2);
  for (const c of claim.counts) if (c.target === 'day' && (c.value === 0 || several)) c.between = true;
  // (« 6 jours entre X et Y », « …entre la rencontre de X et celle de Y »: days between places are between the
  // meetings held there; the places say which meetings, they were not talked about.)
  if (claim.counts.some((c) => c.target === 'day' && c.between)) {
    const held = entities.filter((e) => e.type === 'place' && kb.meetingsAt.get(e.entity)?.length && claim.topics.some((t) => t.kind === 'entity' && t.entity === e.entity));
    // (With a meeting named, « celle de Y » is the one meeting held at Y, not a place for the meeting named.)
    const one = (e: EntityTerm) => (kb.meetingsAt.get(e.entity)?.length === 1 ? kb.meetingsAt.get(e.entity)?.[0] : undefined);
    const moved = claim.meetings.length ? held.filter((e) => one(e) !== undefined) : held;
    claim.topics = claim.topics.filter((t) => !(t.kind === 'entity' && moved.some((e) => e.entity === t.entity)));
    if (claim.meetings.length) for (const e of moved) claim.meetings.push({ ...e, entity: (one(e) as { id: string }).id, type: 'meeting' });
    else claim.places.push(...moved.filter((e) => !claim.places.some((p) => p.entity === e.entity)));
  }
  claim.order = orderOf(claim, terms, kb, entities);
  if (claim.order) claim.counts = spansBetween(claim.counts);
  // "who held the post before B?": someone before him, whom the articles never mention.
  const beforeMarker = of('marker').find((m) => m.marker === 'before');
  const beforeWhom = beforeMarker ? claim.participants.find((p) => p.start === beforeMarker.end || p.start === beforeMarker.end + 1) : undefined;
  // (Or "before him", of the one person named: "who held C's post before him?"; a post and a name of the same person count once.)
  const persons = [...new Set(claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person').map((p) => p.entity))];
  const beforeHim = beforeMarker !== undefined && terms.some((t) => t.kind === 'pronoun' && t.what === 'person' && t.start === beforeMarker.end);
  if (!claim.order && (beforeWhom || beforeHim) && persons.length === 1) claim.predecessor = beforeWhom?.entity ?? persons[0];
  // "il a été chef de la P avant", "formerly": "before" with nothing after it is a time before the articles'.
  // (…whatever tag closes the question: "…before, didn't he?")
  // (Not "the Tuesday before", « le mardi d'avant »: right after a day, it says which day, the one before the last one spoken of.)
  const ofDay = beforeMarker !== undefined && terms.some((t) => t.kind === 'date' && (t.end === beforeMarker.start || (t.end === beforeMarker.start - 1 && terms.some((f) => f.kind === 'function' && f.start === t.end))));
  const adverbial = beforeMarker !== undefined && !ofDay && !terms.some((t) => t.start >= beforeMarker.end && t.kind !== 'function' && !(t.kind === 'marker' && (t.marker === 'tag' || t.marker === 'filler')));
  if (marked('past') || (!claim.order && !claim.predecessor && adverbial)) claim.past = true;
  if (marked('since')) claim.since = true;
}

/** Before or after an event, or its start or end. */
export function readEventOrder({ claim, kb, lexicon, entities, terms, tokens, grammar, of }: Context): void {
  const determiners = new Set(Object.values(lexicon.languages).flatMap((l) => [...l.determiners]));
  readEventPoint({ claim, kb, entities, terms, tokens, grammar, of });
  // ("U is opening an office": a start or end of no event is a word the claim says and no record holds.)
  const point = claim.eventOrder?.point;
  // (A noun — "the opening", « à la fin » — may be of something else: the article's end, "finally".)
  const ofEvent = (m: { end: number }) => entities.some((e) => e.type === 'event' && e.start >= m.end && e.start - m.end <= 3);
  const noun = (m: { start: number }) => [tokens[m.start - 1], tokens[m.start]].some((w) => determiners.has(w ?? ''));
  for (const m of of('marker').filter((x) => ((x.marker === 'event_start' && point !== 'start') || (x.marker === 'event_end' && point !== 'end')) && !ofEvent(x) && !noun(x))) {
    claim.topics.push({ kind: 'word', word: tokens.slice(m.start, m.end).join(' '), surface: m.surface });
  }
}

function readEventPoint({ claim, kb, entities, terms, tokens, grammar, of }: Pick<Context, 'claim' | 'kb' | 'entities' | 'terms' | 'tokens' | 'grammar' | 'of'>): void {
  // "après la clôture de l'AG d'O": before or after an event, or its start or end.
  for (const m of of('marker').filter((x) => x.marker === 'before' || x.marker === 'after')) {
    const event = entities.find((e) => e.type === 'event' && e.start >= m.end && e.start - m.end <= 4);
    // ("after the GA sessions": a part of the event, whose hours no record gives, is not the event's end.)
    if (event && grammar.eventParts.has(tokens[event.end] ?? '')) continue;
    if (!event || !terms.every((t) => t.start < m.end || t.start >= event.start || t.kind === 'function' || (t.kind === 'marker' && (t.marker === 'event_start' || t.marker === 'event_end')))) continue;
    const marked = of('marker').find((x) => (x.marker === 'event_start' || x.marker === 'event_end') && x.start >= m.end && x.end <= event.start)?.marker;
    // ("two days before the O assembly closes": the event's own verb, right after it, says which edge.)
    const verb = claim.predicates.find((p) => p.start >= event.end && p.start - event.end <= 1);
    const edge = verb?.ids.find((id) => id === 'start' || id === 'end');
    const point = marked ? (marked === 'event_start' ? 'start' : 'end') : edge;
    claim.eventOrder = { event: event.entity, relation: m.marker === 'before' ? 'before' : 'after', ...(point ? { point } : {}) };
    // (The event is what the day is measured against, not the meeting's occasion; "…even started" is said of it.)
    claim.events = claim.events.filter((e) => e.entity !== event.entity);
    claim.predicates = claim.predicates.filter((p) => p.start < m.start || !p.ids.every((id) => kb.predicates.get(id)?.kind === 'event'));
    break;
  }
}

/** What was done before, after or about the meeting itself. */
export function readAroundMeeting({ claim, reading, kb, meetingNouns, terms, tokens, grammar, of, locative }: Context): void {
  // "arrived the day before the meeting": when someone came or left, said against the meeting, is a time no record gives.
  // ("called A before the X meeting": what was said, the facts say at the meeting, never before or after it.)
  const presence = claim.predicates.length > 0 && claim.predicates.every((p) => p.ids.every((id) => ['presence', 'content'].includes(kb.predicates.get(id)?.kind ?? '')));
  const meetingAt = (t: Term) => t.kind === 'pronoun' || meetingNouns.some((g) => g.start === t.start) || (t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'meeting');
  const againstMeeting = presence && !claim.order && !claim.eventOrder ? of('marker').find((m) => (m.marker === 'before' || m.marker === 'after') && terms.some((t) => t.start >= m.end && t.start - m.end <= 1 && meetingAt(t))) : undefined;
  if (againstMeeting) claim.topics.push({ kind: 'word', word: tokens.slice(againstMeeting.start, againstMeeting.end).join(' '), surface: againstMeeting.surface });
  // "asked for the meeting", « a demandé la rencontre »: what a verb of saying has for its object is the meeting itself,
  // which no fact says anyone asked for (what was asked at it is another matter).
  // (Not "discussed at the meeting": where it was said.)
  const meetingRef = (at: number) => terms.find((t) => t.start >= at && t.start - at <= 1 && !tokens.slice(at, t.start).some((w) => locative(w) || grammar.complementizers.has(w)) && meetingNouns.some((g) => g.start === t.start) && (t.kind === 'generic' || (t.kind === 'pronoun' && t.end - t.start >= 2)) && terms.every((x) => x.start < at || x.start >= t.start || x.kind === 'function'));
  // (A question about the meeting — « dans quel cadre s'inscrit la rencontre ? » — claims nothing of it; the « qui » of
  // « c'est K qui a demandé la rencontre » asks nothing.)
  for (const p of reading.wh.some(Boolean) && claim.singledOut !== 'cleft' ? [] : of('predicate')) {
    if (!p.predicates.every((id) => kb.predicates.get(id)?.kind === 'content')) continue;
    const object = meetingRef(p.end);
    // (Not the subject of what was said: "the statement said the exchanges aim to…".)
    const saysOfIt = object !== undefined && terms.some((t) => t.kind === 'predicate' && t.start >= object.end && t.start - object.end <= 1);
    if (object && !saysOfIt) {
      claim.topics.push({ kind: 'word', word: tokens.slice(p.start, object.end).join(' '), surface: reading.raw.slice(p.start, object.end).join(' ') });
    }
  }
}

/** The first or last day of an event. */
export function readEventDay({ claim, kb, entities, of }: Context): void {
  // "on day one", « le dernier jour de l'AG »: the day of the event's start or end; with no event named, the meeting's occasion.
  const eventDay = of('marker').find((x) => x.marker === 'event_first_day' || x.marker === 'event_last_day');
  if (eventDay && !claim.eventOrder) {
    // ("le dernier jour de l'AG", "the GA's last day": the event named just after, or just before.)
    let event = entities.find((e) => e.type === 'event' && e.start >= eventDay.end && e.start - eventDay.end <= 3)?.entity ?? entities.find((e) => e.type === 'event' && e.end <= eventDay.start && eventDay.start - e.end <= 2)?.entity;
    // ("the last day of O": the one event the knowledge has O organise, and no one O's people met.)
    const body = event ? undefined : entities.find((e) => e.type === 'organisation' && e.start >= eventDay.end && e.start - eventDay.end <= 2);
    const theirs = body ? (kb.eventsHeldBy.get(body.entity) ?? []) : [];
    if (body && theirs.length === 1) {
      event = theirs[0];
      claim.participants = claim.participants.filter((p) => p.start !== body.start);
    }
    claim.eventOrder = { ...(event ? { event } : {}), relation: 'on', point: eventDay.marker === 'event_first_day' ? 'start' : 'end' };
  }
}

/** The one compared with in an order is not one the claim says was met. */
export function readCompared({ claim, terms, of }: Context): void {
  // "C before B": the one compared with is not one the claim says was met.
  if (claim.order) {
    const compared = claim.participants.length > 0;
    const marker = of('marker').find((m) => m.marker === 'before' || m.marker === 'after');
    // ("avant celle avec B": the one compared with, a few grammar words after the marker.)
    const after = marker ? claim.participants.find((p) => p.start >= marker.end && p.start - marker.end <= 3 && terms.every((t) => t.start < marker.end || t.start >= p.start || t.kind === 'function' || t.kind === 'pronoun' || t.kind === 'generic')) : undefined;
    if (after && compared) claim.participants = claim.participants.filter((p) => p !== after);
  }
}

/**
 * "X before Y", "Y after X", "first X, then Y": the order said of two meetings, each named by its one guest
 * ("C before B"), by name ("the X meeting") or by the one place it was held in ("the Y one").
 */
function orderOf(claim: Claim, terms: Term[], kb: KnowledgeBase, entities: readonly EntityTerm[]): Claim['order'] {
  const markers = terms.filter((t): t is TermOf<'marker'> => t.kind === 'marker' && (t.marker === 'before' || t.marker === 'after' || t.marker === 'then'));
  if (!markers.length) return undefined;
  const only = (meetings: readonly { id: string }[] | undefined) => (meetings?.length === 1 ? meetings[0]?.id : undefined);
  const meetingOf = (e: EntityTerm) =>
    e.type === 'meeting' ? e.entity : e.type === 'place' ? only(kb.meetingsAt.get(e.entity)) : e.type === 'person' && claim.participants.some((p) => p.start === e.start) ? only(kb.meetings.filter((m) => m.guests.includes(e.entity))) : undefined;
  const referents = entities.flatMap((e) => {
    const meeting = meetingOf(e);
    return meeting !== undefined ? [{ at: e, meeting }] : [];
  });
  // ("B est venu d'abord, C ensuite", "B first, then C": the one said first, then the one said next.)
  const firstMarker = terms.find((t) => t.kind === 'marker' && t.marker === 'first');
  for (const m of markers) {
    const trailing = m.marker === 'then' && firstMarker !== undefined && firstMarker.end <= m.start && !referents.some((r) => r.at.start >= m.end);
    const left = trailing ? [...referents].reverse().find((r) => r.at.end <= firstMarker.start) : [...referents].reverse().find((r) => r.at.end <= m.start);
    const right = trailing ? referents.find((r) => r.at.start >= firstMarker.end && r.at.end <= m.start) : referents.find((r) => r.at.start >= m.end);
    if (!left || !right || left.meeting === right.meeting) continue;
    // ("C a ensuite visité Y": a person, then a place the person's meetings were not in, is where the person went next,
    // not the order of two meetings.)
    // ("the B meeting after the Y one", "the meeting with B before…": a person named with a noun for a meeting stands
    // for that meeting.)
    const meetingOfPerson = terms.some((t) => (t.kind === 'generic' || t.kind === 'pronoun') && t.what === 'meeting' && (t.start === left.at.end || (t.end < left.at.start && left.at.start - t.end <= 1)));
    if (left.at.type === 'person' && right.at.type === 'place' && !meetingOfPerson && !kb.meetings.some((x) => x.id === right.meeting && [x.host, ...x.guests].includes(left.at.entity))) continue;
    // (« C est passé à Y après X »: the place said first, of someone who was not at the meeting held there, is where that
    // person went — not the meeting held there, ordered against the other; « A a reçu B à Y après X » keeps its order.)
    // (The other place is only what it came after or before: where the person was is the first.)
    const inMeeting = (person: string, meeting: string) => { const m = kb.entities.get(meeting); return m?.type === 'meeting' && [m.host, ...m.guests].includes(person); };
    const someoneElsewhere = left.at.type === 'place' && claim.participants.some((p) => p.type === 'person' && p.start !== right.at.start && !inMeeting(p.entity, left.meeting));
    if (someoneElsewhere) {
      claim.places = claim.places.filter((p) => p.start !== right.at.start);
      claim.topics = claim.topics.filter((t) => !(t.kind === 'entity' && t.entity === right.at.entity && kb.entities.get(t.entity)?.type === 'place'));
      return undefined;
    }
    // (The places and meetings that name them are what is ordered, not where or which the claim says it was.)
    const named = (x: { start: number }) => x.start === left.at.start || x.start === right.at.start;
    claim.places = claim.places.filter((p) => !named(p));
    claim.meetings = claim.meetings.filter((x) => !named(x));
    // ("d'abord B puis C": two guests, each standing for their meeting, were not met together; nor "the B meeting was
    // before A met C", a meeting of its own, its verb between "before" and C.)
    const ownVerb = claim.predicates.some((p) => p.start >= m.end && p.start < right.at.start);
    if (left.at.type === 'person' && right.at.type === 'person' && (m.marker === 'then' || (meetingOfPerson && ownVerb))) claim.participants = claim.participants.filter((p) => !named(p));
    claim.topics = claim.topics.filter((t) => !(t.kind === 'entity' && (t.entity === left.at.entity || t.entity === right.at.entity) && kb.entities.get(t.entity)?.type === 'place'));
    return m.marker === 'after' ? { earlier: right.meeting, later: left.meeting } : { earlier: left.meeting, later: right.meeting };
  }
  return undefined;
}
