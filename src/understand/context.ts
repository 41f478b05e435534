// A question in its conversation. A follow-up inherits only what it lacks: a
// question that names its own subject is read on its own; "he" is the person
// the last answer was about; "and why?" is about the last answer's meetings.
// With nothing to lean on, an elliptical question is not guessed at.
import { fold, tokenizePhrase } from '../language/normalize.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Focus } from '../types.js';
import type { Participant, Query } from './frame.js';
import type { TermOf } from './read.js';
import { asksOnWhoseBehalf } from '../compose/on-behalf.js';
import { dateAgrees } from './dates.js';

export interface InContext {
  query: Query;
  /** The meetings the conversation is about, for a question that names none. */
  focus: string[];
  /** The entity a "who is / what is / tell me about" question is about. */
  subject?: string;
  /** Something was taken from the conversation. */
  inherited: boolean;
  /** Elliptical, with no conversation to lean on: ask what the person means. */
  unclear: boolean;
  /** A pronoun for a person ("him", "l'") that nothing before says who is. */
  stranger?: boolean;
}

/** Intents that need no subject: they are about the whole coverage. */
const SELF_STANDING = new Set(['help', 'sources', 'summary', 'meetings', 'count']);

/** "Which organisations…?", « quels responsables… ? »: people or organisations, right after a question word, are what is asked. */
export function asksWhichOf(q: Query): boolean {
  const { terms, wh } = q.reading;
  // (A word or two may stand between: "which international orgs".)
  const between = (from: number, to: number) => terms.every((x) => x.end <= from || x.start >= to || x.kind === 'function' || x.kind === 'word' || x.kind === 'concept');
  return terms.some((t) => t.kind === 'generic' && (t.what === 'organisation' || t.what === 'person') && [1, 2, 3].some((k) => wh[t.start - k] === true && between(t.start - k + 1, t.start)));
}

export function inContext(query: Query, previous: Focus | undefined, kb: KnowledgeBase): InContext {
  // ("did C attend it?": a one-word pronoun for a meeting as where someone was.)
  const presence = (m: Query['reading']['terms'][number]) => m.kind === 'predicate' && m.predicates.every((id) => kb.predicates.get(id)?.kind === 'presence');
  const objectPronoun = query.reading.terms.some((t) => t.kind === 'pronoun' && t.what === 'meeting' && t.end - t.start === 1 && query.reading.terms.some((m) => presence(m) && m.end === t.start));
  const { claim } = query;
  const namesPerson = claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'person') || claim.identities.length > 0 || claim.titles.some((t) => t.person);
  const namesAnything =
    claim.participants.length + claim.places.length + claim.events.length + claim.meetings.length + claim.identities.length + claim.affiliations.length + claim.titles.length + claim.issuers.length > 0 ||
    claim.topics.some((t) => t.kind === 'entity') ||
    claim.generic.has('article') ||
    claim.generic.has('document') ||
    // "the weather in Paris": a place the coverage never names is still the question's own subject.
    claim.unknownPlaces.length > 0 ||
    // "which organisations…?": those of every article (not "which organisation does he work for?").
    (asksWhichOf(query) && query.pronouns.size === 0) ||
    // "the two meetings", "ces rencontres": all of them (« les deux rencontres, c'était où ? » with its "it" too).
    (claim.generic.has('meeting') && (!query.pronouns.has('meeting') || claim.every === true));
  const pronoun = query.pronouns.size > 0;
  let participants = claim.participants;
  let events = claim.events;
  let meetings = claim.meetings;
  let places = claim.places;
  let eventOrder = claim.eventOrder;
  let dates = claim.dates;
  let dating = claim.dating;
  // ("il a vu d'autres responsables ?" after an answer about his meeting: others besides those in it.)
  const excluded = claim.others && previous ? [...new Set([...claim.excluded, ...previous.meetings.flatMap((id) => { const m = kb.entities.get(id); return m?.type === 'meeting' ? [m.host, ...m.guests] : []; })])] : claim.excluded;
  let focus: string[] = [];
  let inherited = false;
  let generic = claim.generic;
  let topics = claim.topics;
  let restates: string | undefined;

  // "what about the other one?": the last question again, about the meetings it was not about.
  // (Not "anyone besides A?": whom it sets aside it names, and it asks for someone else, not another meeting.)
  // (« et l'autre, celui avec C ? »: the other one, said by who was at it.)
  const otherPeople = claim.participants.every((p) => kb.entities.get(p.entity)?.type === 'person') && claim.places.length + claim.events.length + claim.meetings.length + claim.identities.length + claim.affiliations.length + claim.titles.length + claim.issuers.length === 0 ? claim.participants.map((p) => p.entity) : undefined;
  // (« d'autres rencontres là-bas ? »: "there" keeps them where the last ones were.)
  const thereCities = query.pronouns.has('place') && previous ? new Set(previous.meetings.flatMap((id) => { const m = kb.entities.get(id); return m?.type === 'meeting' ? [m.city] : []; })) : undefined;
  const otherOnes = previous ? kb.meetings.filter((m) => !previous.meetings.includes(m.id) && (otherPeople ?? []).every((p) => m.host === p || m.guests.includes(p)) && (!thereCities?.size || thereCities.has(m.city))) : [];
  if (previous && claim.others && (!namesAnything || (otherPeople?.length && otherOnes.length)) && !claim.excluded.length && previous.meetings.length && previous.meetings.length < kb.meetings.length) {
    const own = [...query.reading.intentScores.values()].some((s) => s >= 3);
    const intent = own ? query.intent : previous.intent;
    const focus = otherOnes.map((m) => m.id);
    return { query: { ...query, intent, claim: { ...claim, others: false } }, focus, subject: otherPeople?.[0], inherited: true, unclear: false };
  }
  // "et le mardi ?", "and C?": the last question again, about something else.
  // ("and the X one?": "one" stands for what is named with it.)
  const placeOrEvent = claim.places.length + claim.events.length > 0 || claim.topics.some((t) => t.kind === 'entity' && ['place', 'event'].includes(kb.entities.get(t.entity)?.type ?? ''));
  const named = placeOrEvent || claim.dates.length + claim.participants.length > 0;
  // (Not "and the second one was in X too?": a meeting picked by its rank, and something said of it, is a claim about it.)
  const rankedClaim = (claim.rank ?? claim.pick) !== undefined && claim.places.length + claim.dates.length + claim.participants.length > 0;
  const again = previous !== undefined && query.followUp && (!pronoun || placeOrEvent) && !query.polar && claim.predicates.length === 0 && named && !rankedClaim;
  if (again && previous) {
    // "what about C?" asks what was asked of the other: its own question word only when it is a strong one.
    const own = [...query.reading.intentScores.values()].some((s) => s >= 3);
    const intent = query.intent === 'unknown' || query.intent === 'about' || !own ? previous.intent : query.intent;
    return { query: { ...query, intent }, focus: [], subject: claim.participants[0]?.entity ?? firstNamed(query), inherited: false, unclear: false };
  }
  if (previous) {
    // "he", "il": the person the last answer was about.
    // "C is the U P chief. A met him in Y.": "him" is C, beside the one person named.
    const named = claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person');
    // (…and "C is the U P chief and his meeting with A was in X": "his meeting" is C's, beside A.)
    const ownMeeting = query.reading.terms.some((t) => t.kind === 'pronoun' && t.what === 'person' && POSSESSIVE.test(t.surface) && query.reading.terms.some((g) => g.kind === 'generic' && g.what === 'meeting' && g.start === t.end));
    const beside = named.length === 1 && previous.person !== undefined && named[0]?.entity !== previous.person && (personPronoun(query, kb) || ownMeeting);
    if (query.pronouns.has('person') && previous.person && (!namesPerson || beside)) {
      // ("et lui, il était nouveau, comme C ?": the one named after "like" is compared with, not meant.)
      const comparison = Object.values(kb.languages).flatMap((l) => l.syntax.comparison);
      const compared = (p: { start: number }) => comparison.includes(query.reading.tokens[p.start - 1] ?? '');
      // (« ce dernier », "the latter": the last one named before.)
      const latter = Object.values(kb.languages).flatMap((l) => l.syntax.latter.map(fold));
      const saysLatter = query.reading.terms.some((t) => t.kind === 'pronoun' && latter.includes(query.reading.tokens.slice(t.start, t.end).join(' ')));
      // ("who did A meet?" … "and who did he receive after?": the same question again keeps its subject; "he" is A,
      // not the one the answer found.)
      const askedOf = previous.entities.filter((id) => kb.entities.get(id)?.type === 'person');
      // (A question with no verb of its own, "what's his name?", is not that question again.)
      const parallel = query.intent === 'who' && previous.intent === 'who' && claim.predicates.length > 0 && askedOf.length === 1 && askedOf[0] !== previous.person ? askedOf[0] : undefined;
      participants = [...participants.filter((p) => !compared(p)), asParticipant((saysLatter ? previous.latter : undefined) ?? parallel ?? previous.person, query, kb)];
      // (« il l'a reçu », "he met him": two pronouns for people, the one last spoken of and the other of the meeting last
      // talked of; which one did it, the pronouns do not say.)
      const pronouns = query.reading.terms.filter((t) => t.kind === 'pronoun' && t.what === 'person' && !POSSESSIVE.test(t.surface));
      const [last] = previous.meetings.length === 1 ? previous.meetings.map((id) => kb.entities.get(id)) : [];
      const other = last?.type === 'meeting' && !namesPerson ? [last.host, ...last.guests].filter((p) => p !== previous.person) : [];
      if (pronouns.length > 1 && pronouns.some((t) => isObjectPronoun(query, kb, t.start)) && other.length === 1) {
        participants = [...participants.filter((p) => p.entity !== previous.person), ...[previous.person, other[0] as string].map((id) => ({ ...asParticipant(id, query, kb), role: 'either' as const }))];
      }
      inherited = true;
    }
    // ("what's the O?" … "who runs it?": after an answer about organisations and no meeting, "it", "them" are those.)
    const bodies = previous.meetings.length ? [] : previous.entities.filter((id) => kb.entities.get(id)?.type === 'organisation');
    if (!namesAnything && bodies.length && (query.pronouns.has('meeting') || query.pronouns.has('group'))) {
      participants = [...participants, ...bodies.map((id) => asParticipant(id, query, kb))];
      inherited = true;
    }
    // ("c'est C qui a transmis ce message ?", "did B say that?": what was said is what the last answer said, when it
    // rested on one fact.)
    const verb = claim.predicates[0];
    const sayingOnly = verb !== undefined && claim.predicates.every((p) => p.ids.every((id) => kb.predicates.get(id)?.kind === 'content'));
    const { demonstratives } = wordsOf(kb);
    const pointsBack = verb !== undefined && query.reading.terms.some((t) => t.start > verb.start && ((t.kind === 'pronoun' && t.what === 'meeting') || ((t.kind === 'cue' || t.kind === 'generic') && demonstratives.has(query.reading.tokens[t.start - 1] ?? ''))));
    // (The first thing the last answer said was said: a fact of saying, not who met whom, before any it went on with.)
    const saying = (id: string) => sayingFact(kb, id);
    const lastSaid = previous.facts.length === 1 ? previous.facts : previous.facts.filter(saying).slice(0, 1);
    if (sayingOnly && pointsBack && !claim.topics.length && !claim.narrower.length && lastSaid.length === 1) {
      const said = [...new Set(lastSaid.flatMap((id) => kb.facts.get(id)?.concepts ?? []))];
      topics = said.map((concept) => ({ kind: 'concept' as const, concept, surface: concept, fuzzy: false }));
      inherited = said.length > 0 || inherited;
      restates = quotedSaying(claim, previous, kb);
    }
    // "they", "it", "c'était à Y ?": the last answer's meetings, whatever else the question says of them;
    // nothing named at all: the last answer's meetings too. A question that names its own subject stands alone.
    // ("The Y meeting was on Monday. He praised…": "he", with no one before, is someone of the meeting last talked of.)
    const someoneOfIt = query.pronouns.has('person') && previous.person === undefined && previous.meetings.length === 1 && !namesPerson;
    // ("who's C?" … « B c'était où ? »: "it", asked of someone at none of the meetings last talked of, is that one's.)
    const atNone = (id: string) => previous.meetings.every((m) => { const x = kb.entities.get(m); return x?.type === 'meeting' && x.host !== id && !x.guests.includes(id); });
    // (Not "and that's where B got received too, right?": a tag, or "too", says it is the same one.)
    const sameOne = query.reading.terms.some((t) => t.kind === 'marker' && t.marker === 'tag') || [...wordsOf(kb).additive].some((w) => ` ${query.reading.tokens.join(' ')} `.includes(` ${w} `));
    const outside = !query.polar && !sameOne && !objectPronoun && previous.meetings.length > 0 && claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'person' && atNone(p.entity));
    // ("…le mardi 25 ?" — "Non : le 1er" — « et le 25 alors c'était qui ? »: a day none of the meetings last talked of was on
    // asks of that day, not of them.)
    // (Asked who or what, not yes or no: « c'était le 24 ? » asks whether the one last talked of was on the 24th.)
    const otherDay = !query.polar && query.interrogative && claim.dates.length > 0 && previous.meetings.length > 0 && previous.meetings.every((id) => { const m = kb.entities.get(id); return m?.type === 'meeting' && !claim.dates.some((d) => dateAgrees(m.date, d)); });
    const refers = !otherDay && (query.pronouns.has('group') || (query.pronouns.has('meeting') && !outside) || query.pronouns.has('place') || someoneOfIt);
    const bare = !namesAnything && !otherDay;
    // ("the K missions, where?" … "specifically in <a region>?": a place alone, asked yes or no, narrows what was last talked
    // of — it is asked of the meetings the last answer was about, not of whatever fact names the place.)
    const isPlace = (id: string) => kb.entities.get(id)?.type === 'place';
    const placeAlone = query.polar && query.reading.endsWithQuestionMark && !pronoun && claim.predicates.length + claim.participants.length + claim.events.length + claim.meetings.length + claim.dates.length + claim.titles.length + claim.identities.length + claim.affiliations.length + claim.issuers.length + claim.narrower.length === 0 && claim.places.length + claim.topics.length > 0 && claim.topics.every((t) => t.kind === 'entity' && isPlace(t.entity));
    // "it was … during the assembly": an event said as the occasion leaves "it" the meeting.
    // (…or said as its first or last day: « c'était à la fin de l'AG, le 27 ? ».)
    const occasions = claim.events.every((e) => query.reading.terms.some((t) => t.kind === 'marker' && (t.marker === 'occasion' || t.marker === 'event_end' || t.marker === 'event_start') && e.start - t.end >= 0 && e.start - t.end <= 2));
    if ((refers && !claim.meetings.length && (!claim.events.length || occasions)) || bare || placeAlone) {
      // (An answer to "whom did A meet there?" names no meeting as such, but quotes one: "it" is the meeting it quoted.)
      const quoted = [...new Set(previous.facts.flatMap((id) => { const about = kb.facts.get(id)?.about; return about !== undefined && kb.entities.get(about)?.type === 'meeting' ? [about] : []; }))];
      focus = previous.meetings.length || !refers || previous.intent !== 'who' ? previous.meetings : quoted;
      // "it was … during the assembly": "it" is the meeting, held on that occasion.
      if (refers && claim.events.length && focus.length) generic = new Set([...generic, 'meeting']);
      // "was it B?", « c'était B ? »: nothing but who — "it" is the one meeting last talked of, and the question who was in it.
      const onlyWho = query.pronouns.has('meeting') && focus.length === 1 && claim.predicates.length + claim.places.length + claim.dates.length + claim.events.length + claim.topics.length === 0 && claim.participants.length > 0;
      // ("did C attend it?": "it", what the verb was done to, is the one meeting last talked of, whoever C met elsewhere.)
      if ((onlyWho || (objectPronoun && !claim.events.length)) && focus.length === 1) meetings = focus.map((id) => ({ entity: id, type: 'meeting' as const, via: 'alias' as const, surface: '', start: -1, end: -1, fuzzy: false }));
      // ("both got received": a group, never the one person last talked of.)
      // ("on behalf of who?": of the one last spoken of, whom he spoke for, at whichever meeting.)
      if ((!focus.length || asksOnWhoseBehalf(query)) && previous.person && !participants.some((p) => p.entity === previous.person) && (bare || query.pronouns.has('group')) && !claim.every) {
        participants = [...participants, asParticipant(previous.person, query, kb)];
      }
      // ("B et C ont parlé de X, et ils se sont vus à Y": "they", after a clause that named several people and no meeting,
      // are those people — who must have met, not just anyone at the meetings they each had.)
      // (Said to have met: "they" who talked of something are still the meetings' sides.)
      const met = claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'meeting'));
      const named = previous.entities.filter((id) => kb.entities.get(id)?.type === 'person' && (kb.meetingsInvolving.get(id)?.length ?? 0) > 0);
      const together = (kb.meetingsInvolving.get(named[0] ?? '') ?? []).some((m) => named.every((p) => m.host === p || m.guests.includes(p)));
      const theyAreThem = met && query.pronouns.has('group') && !namesPerson && named.length >= 2 && !together && !claim.every;
      if (theyAreThem) {
        participants = [...participants, ...named.map((id) => ({ ...asParticipant(id, query, kb), role: 'either' as const }))];
        focus = [];
      }
      // ("is C the U T?" … "and what does B do?" … « ils se sont croisés tous les deux ? »: "both of them" are the two people
      // the last two turns were about.)
      const both = claim.every === true || [...wordsOf(kb).universal].some((w) => ` ${query.reading.tokens.join(' ')} `.includes(` ${w} `));
      // (Not "were they both received by the same person?": what they share, not that they met.)
      const pair = met && both && !claim.same && query.pronouns.has('group') && !namesPerson && previous.person && previous.before ? [previous.before, previous.person] : undefined;
      if (pair && !theyAreThem) {
        participants = [...participants.filter((p) => !pair.includes(p.entity)), ...pair.map((id) => ({ ...asParticipant(id, query, kb), role: 'either' as const }))];
        focus = [];
      }
      inherited = true;
      // (…where the meeting was, when the last answer said where one was; else a place said of what it spoke of.)
      if (placeAlone && !bare && !previous.facts.some((id) => kb.facts.get(id)?.slot === 'where')) {
        topics = [...topics, ...places.map((p) => ({ kind: 'entity' as const, entity: p.entity, surface: p.surface }))];
        places = [];
      }
    }
    // "when does it wrap up?" after a question about an event: that event.
    // "when does it wrap up?", "was B at it?" after a question about an event: that event.
    const previousEvent = previous.entities.find((id) => kb.entities.get(id)?.type === 'event');
    const aboutEvent = previousEvent !== undefined && !previous.entities.some((id) => kb.entities.get(id)?.type === 'person');
    // "was B's meeting part of that too?": a pronoun right after "part of", "pendant" is the occasion last talked of.
    const occasionPronoun = query.reading.terms.some((t) => t.kind === 'pronoun' && query.reading.terms.some((m) => ((m.kind === 'marker' && m.marker === 'occasion') || m.kind === 'predicate') && (m.end === t.start || m.end === t.start - 1)));
    // ("…the assembly ended on the 27th, and the B meeting was after": "after", last, is after the event last talked of.)
    const trailing = query.reading.terms.find((t) => t.kind === 'marker' && (t.marker === 'after' || t.marker === 'before') && t.end === query.reading.tokens.length);
    // ("…quel événement ?" … « ça finissait quand ? »: what only an event does — end, open — said of "it" is the event's.)
    const eventsOnly = claim.predicates.length > 0 && claim.predicates.every((p) => p.ids.every((id) => kb.predicates.get(id)?.kind === 'event' && !kb.predicates.get(id)?.said_of_meetings));
    if (previousEvent && !claim.events.length && !claim.eventOrder && trailing?.kind === 'marker') {
      eventOrder = { event: previousEvent, relation: trailing.marker === 'after' ? 'after' : 'before' };
      inherited = true;
    } else if (previousEvent && !claim.events.length && occasionPronoun) {
      events = [...events, { entity: previousEvent, type: 'event', via: 'alias', surface: '', start: -1, end: -1, fuzzy: false }];
      inherited = true;
    // (« l'AG… ; elle se tient à X » : "she", of no one named, after an event and no person, is the event — French gives it a gender.)
    } else if (previousEvent && !claim.events.length && ((bare && (aboutEvent || !focus.length)) || ((aboutEvent || eventsOnly) && (query.pronouns.has('meeting') || (query.pronouns.has('person') && !claim.participants.length))))) {
      events = [...events, { entity: previousEvent, type: 'event', via: 'alias', surface: '', start: -1, end: -1, fuzzy: false }];
      if (!bare) focus = [];
      // (The event is the claim's now: kept in what it is read as, and in what "it" may stand for next.)
      inherited = true;
    }
    // ("was B there too?", « B y était aussi ? »: "there" is the place last talked of, else the event. A fact-check's
    // "there" is read with the claim before it, continued.ts.)
    // (Only one: after "the X and Y meetings", "there" is each one's own place.)
    // (After "where…?", nothing named a place or an event: the answer's place, where the meetings it was about were, one city.)
    const placesNamed = previous.entities.filter((id) => kb.entities.get(id)?.type === 'place');
    const cities = [...new Set(previous.meetings.flatMap((id) => { const m = kb.entities.get(id); return m?.type === 'meeting' ? [m.city] : []; }))];
    // (…or after any answer about one meeting and no place named: "who met there?" … "was C there too?" is that city.)
    // (…or when the one meeting it spoke of was not at the place asked of — « c'est à Y ça ? » "No: in X" —, where it was.)
    const corrected = previous.meetings.length === 1 && cities.length === 1 && placesNamed.length > 0 && !placesNamed.some((p) => cities.includes(p) || kb.meetingsAt.get(p)?.some((m) => previous.meetings.includes(m.id)));
    const placesBefore = corrected ? cities : placesNamed.length || previousEvent || cities.length !== 1 ? placesNamed : cities;
    const previousPlace = placesBefore.length === 1 ? placesBefore[0] : undefined;
    if (query.reading.endsWithQuestionMark && query.pronouns.has('place') && !claim.places.length && !events.length && placesBefore.length <= 1 && (previousPlace ?? previousEvent)) {
      const there = { entity: (previousPlace ?? previousEvent) as string, via: 'alias' as const, surface: '', start: -1, end: -1, fuzzy: false };
      if (previousPlace) places = [...places, { ...there, type: 'place' }];
      else events = [...events, { ...there, type: 'event' }];
      inherited = true;
    }
    // ("when was the Y meeting?" "was the O assembly still going on then?": "then", last, is that meeting's day.)
    const tokens = query.reading.tokens;
    const last = (marker: string) => query.reading.terms.some((t) => t.kind === 'marker' && t.marker === marker && t.end === tokens.length);
    // ("…had already wrapped up by then", « …, et l'AG était déjà terminée »: as of that day, an end on or before it.)
    const byThen = claim.already === true;
    const [thatMeeting] = previous.meetings.length === 1 ? previous.meetings.map((id) => kb.entities.get(id)) : [];
    if ((last('then') || byThen) && thatMeeting?.type === 'meeting' && claim.events.length && !claim.dates.length && !participants.some((p) => kb.entities.get(p.entity)?.type === 'person')) {
      const [year, month, day] = thatMeeting.date.split('-').map(Number) as [number, number, number];
      dates = [...dates, { day, month, year, start: -1, end: -1, ...(byThen ? { ofClause: true as const } : {}) }];
      dating = [...dating, thatMeeting.id];
      inherited = true;
    }
    // ("who did A meet?" … "and who did he receive after that?", « et quelques jours après ? »: a meeting asked of with
    // an order and nothing it is ordered against is later (or earlier) than those last talked of.)
    const orders = query.reading.terms.filter((t): t is TermOf<'marker'> => t.kind === 'marker' && (t.marker === 'after' || t.marker === 'then' || t.marker === 'before'));
    const meetingAsked = claim.generic.has('meeting') || claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'meeting'));
    const days = previous.meetings.flatMap((id) => { const m = kb.entities.get(id); return m?.type === 'meeting' ? [m.date] : []; }).sort();
    const [order] = orders;
    // (Asked, not claimed: that nothing later is reported does not deny "he was received by the king afterwards". Not
    // "around then", near that day.)
    const near = order !== undefined && query.reading.terms.some((t) => t.kind === 'marker' && t.marker === 'approximately' && t.end >= order.start - 1 && t.end <= order.start);
    const againstNothing = order !== undefined && !near && new Set(orders.map((o) => o.marker === 'before')).size === 1 && !claim.order && !claim.eventOrder && !claim.predecessor && !claim.past;
    if (againstNothing && !query.polar && meetingAsked && days.length && !claim.meetings.length && !claim.places.length && !claim.events.length && !claim.dates.length) {
      dates = [...dates, order.marker === 'before' ? { before: days[0], start: -1, end: -1 } : { after: days.at(-1), start: -1, end: -1 }];
      focus = [];
      inherited = true;
    }
  }
  // "qui est-il ?" asks about the person; "which edition is that?" about the thing last talked of.
  const recalled = query.intent === 'definition' ? previous?.entities[0] ?? previous?.person : previous?.person ?? previous?.entities[0];
  const subject = participants[0]?.entity ?? claim.identities[0]?.person ?? claim.titles.find((t) => t.person)?.person ?? firstNamed(query) ?? (inherited ? recalled : undefined);
  // "and why?", "where did they meet?" as a first message: which meeting?
  // ("did C attend it?" as a first message: "it" is nothing said before.)
  // (A conversation whose last answer settled nothing — a question declined as unclear — gives "it" nothing either.)
  const nothingBefore = !previous || (!previous.meetings.length && !previous.entities.length && !previous.person && !previous.facts.length);
  // ("was it discussed with C?", « ça a été évoqué avec C ? » as a first message: what "it" is — what was said — nothing says.)
  const saidOfNothing = saidOfIt(query, kb);
  // (One word, "it", « ça »: not "the meeting", « la rencontre », which the place may be enough to pick.)
  const bareIt = query.reading.terms.some((t) => t.kind === 'pronoun' && t.what === 'meeting' && t.end - t.start === 1);
  const placeOfIt = query.polar && query.reading.endsWithQuestionMark && !query.reading.wh.some(Boolean) && bareIt && claim.generic.size === 0 && claim.places.length > 0 && claim.participants.length + claim.meetings.length + claim.events.length + claim.dates.length + claim.topics.length === 0;
  const unclear =
    nothingBefore &&
    kb.meetings.length > 1 &&
    // ("what did they discuss when A met B?": the clause of time says which meeting.)
    !claim.dating.length &&
    // (« c'est à Y ça ? », "was it in Y?" with nothing before: which meeting "it" is, the place does not say.)
    (!namesAnything || (objectPronoun && !claim.meetings.length && !claim.events.length && !claim.places.length) || saidOfNothing || placeOfIt) &&
    !SELF_STANDING.has(query.intent) &&
    !query.empty &&
    claim.topics.length + claim.narrower.length === 0 &&
    // (« le même gars qui a reçu les deux ? »: the same one, or place, or week, compares the meetings; which one is not asked.)
    !claim.same &&
    (query.followUp || pronoun || !query.polar);
  // "A met him in Y" with no one before: who "him" is, nothing says. ("B, the U P chief, told
  // A he wanted…": a pronoun after two names may be either of them, and the claim reads on.)
  const namedPeople = claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person').length;
  const stranger = namedPeople < 2 && !participants.some((p) => p.via === 'alias' && p.start === -1) && personPronoun(query, kb) && !(previous?.person && participants.some((p) => p.entity === previous.person));
  return { query: inherited ? { ...query, claim: { ...claim, participants, events, meetings, places, dates, dating, excluded, eventOrder, generic, topics, ...(restates ? { restates } : {}) } } : query, focus, subject, inherited, unclear, stranger: stranger && previous === undefined };
}

/** A pronoun that stands for a person ("him", "il", "l'"), not a possessive ("his visit"). */
function personPronoun(query: Query, kb: KnowledgeBase): boolean {
  const terms = query.reading.terms;
  // ("He (B)…": a pronoun its name follows right away is that name.)
  // (…or follows it: « C, il voulait quoi ? », "B, he met whom?" — not « A l'a reçu », what A did it to.)
  const named = (end: number, start: number) => terms.some((x) => x.kind === 'entity' && (x.start === end || (x.end === start && kb.entities.get(x.entity)?.type === 'person' && !isObjectPronoun(query, kb, start))));
  // ("B said he wanted…": the one saying, named before the verb of saying, is who the pronoun after it is.)
  const speaker = (at: number) => terms.some((p) => p.kind === 'predicate' && p.end <= at && at - p.end <= 2 && p.predicates.every((id) => kb.predicates.get(id)?.kind === 'content') && terms.some((e) => e.kind === 'entity' && e.end <= p.start && kb.entities.get(e.entity)?.type === 'person'));
  // (« l'AG d'O à X elle s'est finie… »: a name said first, with no verb before the pronoun, is what the pronoun takes up.)
  // (Right after it, or past where it was: not past a comma, « c'est l'AG, elle… », nor past other words, "B's visit lasted… and he".)
  const between = (from: number, at: number) => terms.filter((x) => x.start >= from && x.end <= at).every((x) => x.kind === 'function' || (x.kind === 'entity' && kb.entities.get(x.entity)?.type === 'place'));
  const resumes = (at: number) =>
    !isObjectPronoun(query, kb, at) && !query.reading.clauses.includes(at) && !terms.some((p) => p.kind === 'predicate' && p.start < at) && terms.some((e) => e.kind === 'entity' && e.end <= at && kb.entities.get(e.entity)?.type !== 'place' && between(e.end, at));
  return terms.some((t) => t.kind === 'pronoun' && t.what === 'person' && !POSSESSIVE.test(t.surface) && !named(t.end, t.start) && !speaker(t.start) && !resumes(t.start));
}

/** Whether the pronoun that starts at a word is one a verb is done to (« l'a », "him"). */
function isObjectPronoun(query: Query, kb: KnowledgeBase, start: number): boolean {
  const t = query.reading.terms.find((x) => x.kind === 'pronoun' && x.start === start);
  if (!t) return false;
  return wordsOf(kb).objectPronouns.has(query.reading.tokens.slice(t.start, t.end).join(' '));
}

/** The pronouns a verb is done to and the words that point back, of every language, as the reader's tokens: read once per base. */
function wordsOf(kb: KnowledgeBase): { objectPronouns: Set<string>; demonstratives: Set<string>; additive: Set<string>; universal: Set<string> } {
  let known = words.get(kb);
  if (!known) {
    const asRead = (p: string) => tokenizePhrase(p).map((w) => w.norm).join(' ');
    const languages = Object.values(kb.languages);
    known = {
      objectPronouns: new Set(languages.flatMap((l) => l.syntax.object_pronouns.map(asRead))),
      demonstratives: new Set(languages.flatMap((l) => l.syntax.demonstratives.map(asRead))),
      additive: new Set(languages.flatMap((l) => l.syntax.additive.map(asRead))),
      universal: new Set(languages.flatMap((l) => l.syntax.universal.map(asRead))),
    };
    words.set(kb, known);
  }
  return known;
}

const words = new WeakMap<KnowledgeBase, { objectPronouns: Set<string>; demonstratives: Set<string>; additive: Set<string>; universal: Set<string> }>();

const POSSESSIVE = /^(his|her|hers|their|son|sa|ses|leur|leurs)$/i;

function firstNamed(query: Query): string | undefined {
  const { claim } = query;
  const topic = claim.topics.find((t) => t.kind === 'entity');
  return claim.events[0]?.entity ?? claim.places[0]?.entity ?? claim.affiliations[0]?.org ?? claim.meetings[0]?.entity ?? (topic?.kind === 'entity' ? topic.entity : undefined);
}

function asParticipant(entity: string, query: Query, kb: KnowledgeBase): Participant {
  const e = kb.entities.get(entity);
  const pronoun = query.reading.terms.find((t) => t.kind === 'pronoun' && t.what === 'person');
  const verb = query.claim.predicates[0];
  // ("he was received by C": after a passive verb, "by" names the doer, and the one before it is done to.)
  // (« il a été reçu lundi », with no "by": the auxiliary says so.)
  const passive = verb !== undefined && (query.claim.passive === true || query.reading.terms.some((t) => t.kind === 'marker' && t.marker === 'agent' && t.start > verb.start));
  // (« A l'a reçu »: a pronoun the verb is done to, before it.)
  const role = !verb || !pronoun ? 'either' : isObjectPronoun(query, kb, pronoun.start) ? (passive ? 'agent' : 'object') : (pronoun.start < verb.start) !== passive ? 'agent' : 'object';
  return { entity, type: e?.type ?? 'person', via: 'alias', surface: pronoun?.surface ?? '', start: pronoun?.start ?? -1, end: pronoun?.end ?? -1, fuzzy: false, role };
}

/** "was it discussed…?", « ça a été évoqué… ? »: said, in the passive, of a pronoun and of nothing the claim names. */
export function saidOfIt(query: Query, kb: KnowledgeBase): boolean {
  const { claim } = query;
  const saying = claim.predicates.length > 0 && claim.predicates.every((p) => p.ids.every((id) => kb.predicates.get(id)?.kind === 'content'));
  return query.polar && claim.passive === true && saying && query.pronouns.size > 0 && namesNothingSaid(query) && !claim.source;
}

/** Whether a claim names nothing that was talked about. */
export function namesNothingSaid(query: Query): boolean {
  return query.claim.topics.length + query.claim.narrower.length + query.claim.described.length === 0;
}

/**
 * "did A say that?", "…, A said that himself": the fact whose words "that" takes up — the one saying the last answer
 * quoted (its first, when it quoted several facts). Only for a verb of saying: not "was the Y meeting part of it?".
 */
export function quotedSaying(claim: Query['claim'], previous: Focus | undefined, kb: KnowledgeBase): string | undefined {
  if (!previous || !claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.asks === 'statement'))) return undefined;
  const saying = (id: string) => sayingFact(kb, id);
  return (previous.facts.length === 1 ? previous.facts : previous.facts.filter(saying)).find(saying);
}

/** A fact of someone's words: a verb of saying, asking or wishing among its predicates. */
function sayingFact(kb: KnowledgeBase, id: string): boolean {
  return kb.facts.get(id)?.predicates.some((p) => kb.predicates.get(p)?.kind === 'content') === true;
}
