// Claims about meetings: who met whom, where, when, on what occasion (the
// meeting record), someone being somewhere, and meetings beyond those named.
import type { Meeting } from '../knowledge/schema.js';
import { meetingsInvolvingAny } from '../knowledge/indexes.js';
import { derivedFrom, lastingList } from '../knowledge/fact-marks.js';
import type { Fact } from '../knowledge/types.js';
import type { Claim, Topic } from '../understand/frame.js';
import { dateAgrees, type DateMention } from '../understand/dates.js';
import { factsAbout, involves, participants, within } from '../retrieve/graph.js';
import type { Part, VerifyEnv } from './env.js';
import { citeMeeting, citeMeetings, correction, meetingsOf, placeWithin, sideOf, slotFacts, topicFindings, topicsHeld } from './evidence.js';
import { checkEvent } from './records.js';
import { conflicts, scopeOf } from './scope.js';
import { AMONG_BY_INDEX } from './carry.js';
import { contradicted, notStated, supported, type Finding, type Gap } from './verdict.js';

/** Meetings shown, at most, beside "the articles don't say" when a claim names no one. */
const MAX_SHOWN = 3;

export function checkMeeting(claim: Claim, part: Part, env: VerifyEnv): Finding {
  const { kb, carrier } = env;
  const scope = scopeOf(claim, kb, env.focus);
  // "Did B receive A?": only a verb with a direction can be reversed.
  const directed = part.predicates.some((p) => kb.predicates.get(p)?.kind === 'meeting' && !kb.predicates.get(p)?.symmetric);
  const reversed = (m: Meeting) =>
    directed &&
    claim.participants.some((p) => (p.role === 'agent' && !sideOf(kb, [m.host], p.entity) && sideOf(kb, m.guests, p.entity)) || (p.role === 'object' && !sideOf(kb, m.guests, p.entity) && sideOf(kb, [m.host], p.entity)));
  // "Did A meet others besides C?": the meetings the articles report beyond those named.
  if (claim.others) return otherMeetings(claim, part, env);
  const named = [...new Set(claim.participants.map((p) => p.entity))];
  if (claim.reciprocal && named.filter((p) => kb.entities.get(p)?.type === 'person').length < 2) return oneAnother(claim, named, env);
  const withAll = scope.meetings.filter((m) => scope.people.every((p) => involves(kb, m, p)));
  const problems = (m: Meeting) => [...conflicts(m, claim, kb, claim.unknownPlaces), ...(reversed(m) ? (['role'] as const) : [])];
  // (Whether there is any, with no list made: asked of every meeting meant, at a thousand articles a thousand.)
  const hasProblem = (m: Meeting) => conflicts(m, claim, kb, claim.unknownPlaces).length > 0 || reversed(m);
  // "Both meetings were in X": one that was not says otherwise.
  const exception = claim.every ? scope.meetings.find(hasProblem) : undefined;
  if (exception) {
    const dimension = problems(exception)[0] ?? 'place';
    return contradicted(dimension, correction(exception, dimension, claim, kb), [exception]);
  }
  // "Both meetings were with C": a meeting meant without someone named says otherwise; without an organisation named, says nothing.
  // (A set: scope.meetings can be every meeting of the base, and withAll nearly as long.)
  const inWithAll = claim.every ? new Set(withAll) : undefined;
  const without = inWithAll ? scope.meetings.find((m) => !inWithAll.has(m)) : undefined;
  if (without) {
    const absent = scope.people.filter((p) => kb.entities.get(p)?.type === 'person' && !involves(kb, without, p));
    return absent.length ? contradicted('role', citeMeeting(without, claim, kb), [without]) : notStated([{ kind: 'element' }], citeMeeting(without, claim, kb), [without]);
  }
  // ("X meeting: A and B": the one meeting named, without someone said to be in it, says otherwise.)
  // (Someone the articles name, not a group or a post no one is named in; and not when two meetings are compared.)
  const [only] = claim.meetings.length === 1 && (claim.meetings[0]?.start ?? -1) >= 0 && scope.meetings.length === 1 && !claim.order && !claim.counts.length ? scope.meetings : [];
  const namedPerson = (p: string) => { const e = kb.entities.get(p); return e?.type === 'person' && e.named !== false; };
  const missing = only ? scope.people.filter((p) => namedPerson(p) && !involves(kb, only, p)) : [];
  if (only && missing.length) return contradicted('role', citeMeeting(only, claim, kb), [only]);
  // (An occasion said of a meeting the articles tie to none, theirs or another's, is not said of it.)
  const fitting = withAll.filter((m) => !hasProblem(m) && (!claim.events.length || m.occasion !== undefined) && (!claim.otherEvents.length || m.occasion !== undefined));
  // A meeting record says who met, where, when, on what occasion, and that it took place: nothing more ("how long it lasted").
  const beyond = part.predicates.filter((p) => {
    const predicate = kb.predicates.get(p);
    return predicate !== undefined && predicate.kind !== 'meeting' && !predicate.said_of_meetings;
  });
  // "at the U offices" of a meeting whose building the articles never give: they don't say.
  if (fitting.length && claim.venues.length && fitting.some((m) => !m.venue)) return notStated([{ kind: 'words', surfaces: claim.venues }], citeMeetings(fitting, claim, kb), fitting);
  // "…took place at P headquarters" of a meeting whose place the articles name: one place, and another than that.
  if (fitting.length && claim.venues.length && fitting.every((m) => m.venue)) {
    const m = fitting[0] as Meeting;
    return contradicted('place', correction(m, 'place', claim, kb), [m]);
  }
  if (fitting.length && beyond.length) return notStated([{ kind: 'unknown' }], citeMeetings(fitting, claim, kb), fitting);
  // "venu pour une conférence": an event, unnamed, of a meeting the articles tie to none.
  if (fitting.length && unnamedEvent(claim, fitting)) return notStated([{ kind: 'unknown' }], citeMeetings(fitting, claim, kb), fitting);
  // "both meetings were about K": each meeting's own facts must say it.
  if (fitting.length && claim.every) {
    // (Whether first, the finding only of the meeting that fails: every meeting of the base may be asked.)
    const failing = firstNotHolding(part.topics, fitting, env);
    const own = failing ? topicFindings(part.topics, [failing], env).finding : undefined;
    if (own) return own;
  }
  if (fitting.length) {
    const topics = topicFindings(part.topics, fitting, env);
    if (topics.finding) return topics.finding;
    if (fitting.length > 1 && part.topics.length > 1 && !oneMeetingSaysAll(part.topics, fitting, env)) return notStated([{ kind: 'element' }], topics.carriers, fitting);
    // ("was the meeting a working visit?": of several meetings meant, those whose own facts say it are what holds, and the
    // facts that say it come first.)
    const carriedBy = part.topics.length && !claim.every && fitting.length > 1 ? new Set(meetingsOf(topics.carriers, kb)) : undefined;
    const held = carriedBy ? fitting.filter((m) => carriedBy.has(m) || topics.carriers.some((f) => f.evidence.some((e) => e.article === m.article))) : [];
    const shown = held.length ? held : fitting;
    return supported([...(held.length ? topics.carriers : []), ...citeMeetings(shown, claim, kb), ...(held.length ? [] : topics.carriers)], shown);
  }
  // "l'U a reçu A": every meeting of theirs went the other way round.
  // (Only of a claim that says who did it and to whom.)
  const bothSides = claim.participants.some((p) => p.role === 'agent') && claim.participants.some((p) => p.role === 'object');
  if (bothSides && !fitting.length && withAll.length && withAll.every((m) => reversed(m) && conflicts(m, claim, kb, claim.unknownPlaces).length === 0)) {
    return contradicted('role', correction(withAll[0] as Meeting, 'role', claim, kb), withAll);
  }
  if (scope.pinned && withAll.length && withAll.every(hasProblem)) {
    const m = withAll[0] as Meeting;
    const dimension = problems(m)[0] ?? 'place';
    return contradicted(dimension, correction(m, dimension, claim, kb), withAll);
  }
  // "one of the bilateral meetings A held with heads of delegations": a fact of a meeting can name more people than its record.
  // (Only two people or more are ever looked up so.)
  const verbs = part.predicates.filter((p) => !kb.predicates.get(p)?.said_of_meetings);
  const meetingVerbs = [...kb.predicates.values()].filter((p) => p.kind === 'meeting');
  // The candidates: the facts that may involve the first person (carrier.factsInvolving), in the base's order; each is checked in full.
  const candidates = scope.people.length <= 1 ? [] : carrier.factsInvolving(scope.people[0] as string).list;
  const described = candidates.filter((f) => {
    const m = kb.entities.get(f.about);
    if (m?.type !== 'meeting' || !verbs.every((p) => carrier.saysPredicate(f, p)) || !meetingVerbs.some((p) => carrier.saysPredicate(f, p.id))) return false;
    const people = [...carrier.people(f, false), ...participants(m)];
    // (Never the other way round: "l'U a reçu A" of the meetings where A received the U's people.)
    // (Nor of another meeting than the one named: "X meeting: A and B" is not the Y meeting of A and B.)
    return scope.people.every((p) => carrier.involves(people, p)) && !reversed(m) && claim.meetings.every((x) => x.entity === m.id) && conflicts(m, claim, kb, claim.unknownPlaces).length === 0 && (!claim.events.length || claim.events.every((e) => m.occasion === e.entity)) && (!claim.otherEvents.length || m.occasion !== undefined);
  });
  if (described.length && scope.people.length > 1) {
    const topics = topicFindings(part.topics, meetingsOf(described, kb), env, described);
    if (!topics.finding) return supported([...env.rank(described, 2), ...topics.carriers], meetingsOf(described, kb));
  }
  const gaps: Gap[] = [];
  const people = scope.people.filter((p) => kb.entities.get(p)?.type === 'person');
  const separate = claim.reciprocal || claim.same === 'meeting' ? separateMeetings(kb, people) : undefined;
  if (separate) return contradicted(separate.dimension, citeMeetings(separate.meetings, claim, kb), separate.meetings);
  // ("it was the U T who met A in X": a cleft names the one who did it; when the articles put someone
  // else in that meeting, whose place, day or occasion the claim says, the one it names is the wrong one.)
  // (So does a verb with a direction — "received by C in Y" —: the one who received someone there, the articles name.)
  const singled = claim.singledOut === 'cleft' || (directed && !claim.additive) ? claim.participants.filter((p) => p.role === 'agent' && people.includes(p.entity)).map((p) => p.entity) : [];
  const [singledOut] = singled;
  const others = people.filter((p) => p !== singledOut);
  if (singledOut !== undefined && singled.length === 1 && others.length && claim.places.length + claim.dates.length + claim.events.length > 0) {
    const instead = meetingsInvolvingAny(kb, others).filter((m) => others.every((p) => involves(kb, m, p)) && !involves(kb, m, singledOut) && conflicts(m, claim, kb, claim.unknownPlaces).length === 0);
    if (instead.length === 1) return contradicted('identity', citeMeetings(instead, claim, kb), instead);
  }
  if (people.length >= 2 && !(kb.meetingsInvolving.get(people[0] as string) ?? []).some((m) => people.every((p) => involves(kb, m, p)))) gaps.push({ kind: 'pairing', people: apart(kb, people) });
  if (claim.unknownPlaces.length) gaps.push({ kind: 'words', surfaces: claim.unknownPlaces });
  const near = meetingsInvolvingAny(kb, scope.people);
  const around = near.length ? near : scope.meetings;
  gaps.push(...(topicFindings(part.topics, around, env).finding?.gaps.filter((g) => g.kind === 'words') ?? []));
  if (!gaps.length) gaps.push({ kind: 'element' });
  return notStated(gaps, citeMeetings(around, claim, kb), near);
}

export function checkPresence(claim: Claim, part: Part, env: VerifyEnv): Finding {
  const { kb, carrier } = env;
  const people = claim.participants.map((p) => p.entity);
  // "The two U officials travelled together": two of them at one meeting, or nothing says so.
  if (claim.reciprocal && people.filter((p) => kb.entities.get(p)?.type === 'person').length < 2) return oneAnother(claim, people, env);
  // ("did other U officials come with B?": people there besides those named, as for a meeting; not « d'autres bilatérales ».)
  if (claim.others && (claim.generic.has('person') || !claim.topics.length)) return otherMeetings(claim, part, env);
  if (!people.length) return checkEvent(claim, { ...part, kind: 'event', predicates: ['hold'] }, env);
  if (claim.unknownPlaces.length) {
    const near = meetingsInvolvingAny(kb, people);
    return notStated([{ kind: 'words', surfaces: claim.unknownPlaces }], near.flatMap((m) => slotFacts(kb, m, 'who')), near);
  }
  // "he was in Y for the O assembly": the assembly was elsewhere, and the articles say where.
  for (const e of claim.events) {
    const event = kb.entities.get(e.entity);
    if (event?.type !== 'event' || !claim.places.length) continue;
    const at = (placeId: string) => [event.venue, event.city].some((x) => x !== undefined && (x === placeId || within(kb, x, placeId)));
    if (claim.places.some((p) => !at(p.entity))) return contradicted('place', factsAbout(kb, event.id, 'where').slice(0, 1));
  }
  // "did A visit the U?": a body visited is one whose people received him, as a guest; that they came to him says nothing of it.
  // (The body the verb is done to: "two U visits" are the U's people's; a building or a thing of theirs visited — « une
  // école de P » — is another matter, below.)
  const bodies = claim.participants.filter((p) => p.role === 'object' && kb.entities.get(p.entity)?.type === 'organisation').map((p) => p.entity);
  const visitors = claim.participants.filter((p) => p.role !== 'object' && kb.entities.get(p.entity)?.type === 'person').map((p) => p.entity);
  if (part.predicates.includes('visit') && bodies.length && visitors.length && !claim.venues.length && !part.topics.length) {
    const received = visitors.map((p) => (kb.meetingsInvolving.get(p) ?? []).filter((m) => m.guests.includes(p) && bodies.every((b) => sideOf(kb, [m.host], b)) && claim.places.every((x) => placeWithin(kb, m, x.entity)) && claim.dates.every((d) => dateAgrees(m.date, d))));
    if (received.every((ms) => ms.length)) {
      const meetings = [...new Set(received.flat())];
      return supported(meetings.flatMap((m) => citeMeeting(m, claim, kb)), meetings);
    }
    const near = meetingsInvolvingAny(kb, visitors);
    return notStated([{ kind: 'element' }], near.flatMap((m) => slotFacts(kb, m, 'who')), near);
  }
  const cited: Fact[] = [];
  const found: Meeting[] = [];
  for (const person of people) {
    const there = (kb.meetingsInvolving.get(person) ?? []).filter(
      (m) =>
        claim.places.every((p) => placeWithin(kb, m, p.entity)) &&
        claim.dates.every((d) => dateAgrees(m.date, d)) &&
        claim.events.every((e) => m.occasion === e.entity) &&
        // ("did C attend the X meeting?": that meeting, not theirs elsewhere.)
        claim.meetings.every((x) => x.entity === m.id) &&
        // ("visited the P headquarters": a building the meeting was not held in is somewhere else they went, or not.)
        !(claim.venues.length && conflicts(m, claim, kb, []).includes('place')) &&
        // ("A flew to Y": the guests came to the meeting; where its host came from, no record says.)
        !(part.predicates.includes('travel') && m.host === person && !claim.participants.some((p) => p.entity === person && p.role === 'object')),
    );
    // ("C visited the P headquarters": a building said of a meeting whose building no article gives is not borne out.)
    if (there.length && claim.venues.length && there.some((m) => !m.venue)) return notStated([{ kind: 'words', surfaces: claim.venues }], there.flatMap((m) => citeMeeting(m, claim, kb)), there);
    if (there.length) {
      found.push(...there);
      for (const m of there) cited.push(...(claim.events.length ? slotFacts(kb, m, 'occasion') : []), ...citeMeeting(m, claim, kb));
      continue;
    }
    // A fact that puts them there: "on a working visit to the Kingdom".
    // (Only a fact that may involve them can: carrier.factsInvolving, in the base's order.)
    const visits = carrier.factsInvolving(person).list.filter(
      (f) => part.predicates.some((p) => carrier.saysPredicate(f, p)) && carrier.involves(carrier.people(f, false), person) && claim.places.every((p) => f.mentions.some((x) => x === p.entity || within(kb, x, p.entity))) && !claim.dates.length && !claim.events.length,
    );
    if (visits.length && claim.places.length) {
      cited.push(...visits.slice(0, 1));
      continue;
    }
    // ("C came to X on 25 November", the day of his meeting in Y: that day the articles have him in Y, at a meeting
    // they report. A day, not a month: "in X in November" may be another day of it; and a city, one a day's meeting
    // elsewhere rules out, not a region the knowledge may not know holds it.)
    const oneDay = (d: DateMention) => (d.day !== undefined && d.month !== undefined) || d.weekday !== undefined;
    const city = (id: string) => (kb.entities.get(id) as { kind?: string } | undefined)?.kind === 'city';
    const elsewhere = claim.places.length && claim.places.every((p) => city(p.entity)) && claim.dates.length && claim.dates.every(oneDay) && kb.entities.get(person)?.type === 'person' ? (kb.meetingsInvolving.get(person) ?? []).filter((m) => claim.dates.every((d) => dateAgrees(m.date, d)) && !claim.places.some((p) => placeWithin(kb, m, p.entity))) : [];
    if (elsewhere.length) return contradicted('place', elsewhere.flatMap((m) => citeMeeting(m, claim, kb)), elsewhere);
    const near = meetingsInvolvingAny(kb, [person]);
    const mentioning = claim.places.flatMap((p) => (kb.factsMentioning.get(p.entity) ?? []).filter((f) => f.mentions.includes(p.entity)));
    return notStated([{ kind: 'element' }], env.rank([...mentioning, ...near.flatMap((m) => slotFacts(kb, m, 'who'))], 2), near);
  }
  if (unnamedEvent(claim, found)) return notStated([{ kind: 'unknown' }], cited, [...new Set(found)]);
  // "A and C came together": each was there, but together only at a meeting of both.
  const persons = people.filter((p) => kb.entities.get(p)?.type === 'person');
  if (claim.reciprocal && persons.length >= 2 && !found.some((m) => persons.every((p) => involves(kb, m, p)))) return notStated([{ kind: 'pairing', people: apart(kb, persons) }], cited, [...new Set(found)]);
  // ("C visited the <a region>": with no verb of saying, a place the verb of going takes is where they went, not what
  // their meeting spoke of; none of their meetings was there.)
  const speaks = claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'content'));
  const wentTo = speaks ? [] : part.topics.filter((t) => t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'place' && !found.some((m) => placeWithin(kb, m, t.entity)));
  if (wentTo.length) return notStated([{ kind: 'element' }], cited, [...new Set(found)]);
  const topics = topicFindings(part.topics, found, env);
  if (topics.finding) return topics.finding;
  // ("B came with a big U delegation": what is said must be said of a meeting all of them were at, not of another.)
  const shared = [...new Set(found)].filter((m) => people.every((p) => involves(kb, m, p)));
  if (part.topics.length && !oneMeetingSaysAll(part.topics, shared, env)) return notStated([{ kind: 'element' }], [...new Set([...cited, ...topics.carriers])], shared);
  return supported([...new Set([...cited, ...topics.carriers])], [...new Set(found)]);
}

/** Of people never all at one meeting, two never at one ("A met B and C together": B and C), else all of them, first two first. */
/**
 * "A received B and C together": when the articles give A's meeting with each of the others, and those meetings
 * are on different days or in different places, they were not together. (With no one they all met, "B and C
 * met" stays unsaid: people meet where no article looks.)
 */
function separateMeetings(kb: VerifyEnv['kb'], people: readonly string[]): { meetings: Meeting[]; dimension: 'date' | 'place' } | undefined {
  if (people.length < 3 || (kb.meetingsInvolving.get(people[0] ?? '') ?? []).some((m) => people.every((p) => involves(kb, m, p)))) return undefined;
  for (const host of people) {
    const each = people.filter((p) => p !== host).map((p) => (kb.meetingsInvolving.get(host) ?? []).filter((m) => involves(kb, m, p)));
    if (!each.every((ms) => ms.length === 1)) continue;
    const meetings = [...new Set(each.map((ms) => ms[0] as Meeting))];
    if (meetings.length < 2) continue;
    if (new Set(meetings.map((m) => m.date)).size > 1) return { meetings, dimension: 'date' };
    if (new Set(meetings.map((m) => m.city)).size > 1) return { meetings, dimension: 'place' };
  }
  return undefined;
}

function apart(kb: VerifyEnv['kb'], people: readonly string[]): string[] {
  for (const [i, a] of people.entries()) {
    for (const b of people.slice(i + 1)) if (!(kb.meetingsInvolving.get(a) ?? []).some((m) => involves(kb, m, b))) return [a, b, ...people.filter((p) => p !== a && p !== b)];
  }
  return [...people];
}

/** Meetings with someone beyond the people named or set aside: facts of a meeting kind whose other side is someone else. */
/**
 * "Did C visit any other city?": a place the articles put someone in besides those of the meetings they report.
 * Those meetings give every place the records hold of them, so only a fact that places them elsewhere says yes.
 */
export function otherPlaces(claim: Claim, env: VerifyEnv): Finding {
  const { kb, carrier } = env;
  const people = claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person').map((p) => p.entity);
  const theirs = meetingsInvolvingAny(kb, people);
  // (A place of theirs, or one it lies in, or one in it: Y, K, the building in Y.)
  const known = (place: string) => theirs.some((m) => placeWithin(kb, m, place) || [m.city, m.venue].some((x) => x !== undefined && within(kb, place, x)));
  // (A fact that says where: the places a fact talks about — the regions discussed — are not where anyone went.)
  const facts = (people[0] !== undefined ? carrier.factsInvolving(people[0]).list : []).filter((f) => f.slot === 'where' && f.mentions.some((x) => kb.entities.get(x)?.type === 'place' && !known(x)));
  return facts.length ? supported(env.rank(facts, 2), meetingsOf(facts, kb)) : notStated([{ kind: 'unknown' }], theirs.flatMap((m) => factsAbout(kb, m.id, 'where').slice(0, 1)), theirs);
}

export function otherMeetings(claim: Claim, part: Part, env: VerifyEnv): Finding {
  const { kb, carrier } = env;
  const people = claim.participants.map((p) => p.entity);
  // (Others than those named, set aside, or met in the meetings the articles report of them: "B met other K
  // officials" is not A, whom he met.)
  const counterparts = meetingsInvolvingAny(kb, people.filter((p) => kb.entities.get(p)?.type === 'person')).flatMap((m) => [m.host, ...m.guests]);
  const named = new Set([...people, ...claim.excluded, ...counterparts]);
  const meetingVerbs = [...kb.predicates.values()].filter((p) => p.kind === 'meeting').map((p) => p.id);
  // The facts that say a meeting verb (and may involve the first person named), in the base's order.
  // (Naming no one: the shortest of the lists of facts that say a meeting verb or one of the claim's predicates, each in
  // the base's order. Every fact kept below is in all of them, and each holds thousands at a thousand articles.)
  const candidates = people[0] !== undefined ? carrier.factsInvolving(people[0]).list : shortest([carrier.factsStatingAny(meetingVerbs), ...part.predicates.map((p) => carrier.factsStatingAny([p]))]);
  // Whether a meeting is ruled out, worked out once per meeting: a meeting has many facts among the candidates.
  const ruledOut = new Map<string, boolean>();
  const rulesOut = (meeting: Meeting) => {
    let out = ruledOut.get(meeting.id);
    if (out === undefined) ruledOut.set(meeting.id, (out = conflicts(meeting, claim, kb, claim.unknownPlaces).length > 0 || claim.events.some((e) => meeting.occasion !== e.entity) || (claim.meetings.length > 0 && !claim.meetings.some((x) => x.entity === meeting.id))));
    return out;
  };
  // What a fact must be whatever meeting it is of: a meeting verb, the claim's predicates, its people, its topics.
  const fitsFact = (f: Fact) => {
    if (!meetingVerbs.some((v) => carrier.saysPredicate(f, v)) || !part.predicates.every((p) => carrier.saysPredicate(f, p))) return false;
    const who = carrier.people(f, false);
    if (!people.every((p) => carrier.involves(who, p))) return false;
    if (!part.topics.every((t) => carrier.carries(f, t, env.language))) return false;
    return who.some((p) => !named.has(p) && !people.some((x) => carrier.involves([p], x)));
  };
  const facts = people.length ? candidates.filter((f) => {
    // (The meeting first: a place, day or occasion said rules out most of thousands at once, before their people are gathered.)
    const meeting = kb.entities.get(f.about);
    if (meeting?.type === 'meeting' && rulesOut(meeting)) return false;
    return fitsFact(f);
  }) : unnamedOthers(claim, part, env, candidates, named, fitsFact, rulesOut);
  if (facts.length) return supported(env.rank(facts, 2), meetingsOf(facts, kb));
  // None reported: the articles do not list any other (what is asked is unknown); naming no one, who the meetings meant were with.
  const meant = people.length ? [] : scopeOf(claim, kb, env.focus).meetings.filter((m) => !rulesOut(m)).slice(0, MAX_SHOWN);
  return notStated([{ kind: 'unknown' }], meant.flatMap((m) => citeMeeting(m, claim, kb)), meant);
}

/**
 * otherMeetings() naming no one: of the candidates (thousands at a thousand articles), those fitsFact() holds for
 * depend on the claim's predicates, topics and those set aside only, so they are found once per base and such a
 * claim (a lasting list, fact-marks.ts), and each question only drops the facts of the meetings its place, day or
 * occasion rules out. The same facts, in the same order, as filtering the candidates with both tests.
 */
function unnamedOthers(claim: Claim, part: Part, env: VerifyEnv, candidates: readonly Fact[], named: ReadonlySet<string>, fitsFact: (f: Fact) => boolean, rulesOut: (m: Meeting) => boolean): readonly Fact[] {
  const { kb } = env;
  // What fitsFact() reads of the claim: its predicates, what carries() reads of each topic, and who is set aside.
  const topicKey = (t: Topic) => (t.kind === 'concept' ? `c${t.concept}\u0001${t.opposite === true}` : t.kind === 'entity' ? `e${t.entity}\u0001${t.exact === true}` : `w${t.word}\u0001${t.someone === true}\u0001${env.language}`);
  const key = `others\u0000${part.predicates.join('\u0001')}\u0000${part.topics.map(topicKey).join('\u0002')}\u0000${[...named].sort().join('\u0001')}`;
  const fitting = derivedFrom(candidates, key, () => lastingList(kb, candidates.filter(fitsFact)));
  // (A claim that says nothing of place, day or occasion rules out no meeting: conflicts() says none.)
  const constrained = claim.places.length + claim.unknownPlaces.length + claim.notPlaces.length + claim.venues.length + claim.dates.length + claim.events.length + claim.otherEvents.length + claim.meetings.length > 0;
  if (!constrained) return fitting;
  const meetingOf = derivedFrom(fitting, 'meetingOf', () => fitting.map((f) => { const e = kb.entities.get(f.about); return e?.type === 'meeting' ? e : undefined; }));
  // ("Were there other officials at the Y meeting?": naming no one, others than that meeting's own people.)
  const beyond = (f: Fact, m: Meeting) => env.carrier.people(f, false).some((p) => !involves(kb, m, p));
  // (A fact of no meeting says nothing of who was at the one meant.)
  return fitting.filter((f, i) => { const m = meetingOf[i]; return m !== undefined && !rulesOut(m) && beyond(f, m); });
}

function shortest<T>(lists: readonly (readonly T[])[]): readonly T[] {
  return lists.reduce((a, b) => (b.length < a.length ? b : a));
}

/** "for a conference", "pour un sommet": an event said with no name, where a meeting meant had no occasion the articles give. */
function unnamedEvent(claim: Claim, meetings: readonly Meeting[]): boolean {
  return claim.generic.has('event') && !claim.events.length && !claim.future && meetings.some((m) => m.occasion === undefined);
}

/**
 * "Did the two U officials meet each other?": a meeting at which two of the people meant
 * (the group named, or anyone) took part; the articles saying nothing of one is no denial.
 */
function oneAnother(claim: Claim, named: readonly string[], env: VerifyEnv): Finding {
  const { kb } = env;
  // ("A met both U guys together": with a group named, two of the group, and the one person named there too — he is
  // not one of the two.)
  const persons = named.filter((p) => kb.entities.get(p)?.type === 'person');
  const groups = named.filter((p) => kb.entities.get(p)?.type !== 'person');
  const outside = persons.filter((p) => !groups.some((g) => sideOf(kb, [p], g)));
  const ofGroup = groups.length && outside.length ? groups : named;
  const members = (m: Meeting) => [m.host, ...m.guests].filter((p) => !ofGroup.length || ofGroup.some((g) => sideOf(kb, [p], g)));
  const withThem = (m: Meeting) => groups.length === 0 || outside.every((p) => involves(kb, m, p));
  // (Naming a group, only the meetings someone of it was in can have two of them: its index, not every meeting.)
  const together = (named.length ? meetingsInvolvingAny(kb, [...named]) : kb.meetings).filter((m) => members(m).length >= 2 && withThem(m) && conflicts(m, claim, kb, claim.unknownPlaces).length === 0);
  // ("they had dinner together after the meeting": what they did together is what a meeting's facts must say.)
  const held = claim.topics.length ? together.filter((m) => topicsHeld(claim.topics, [m], env)) : together;
  if (held.length) return supported(citeMeetings(held, claim, kb), held);
  // (…and when the one named met each of the group the articles put with him on another day or in another city, apart.)
  if (groups.length && outside.length && !together.length) {
    const met = [...new Set(meetingsInvolvingAny(kb, outside).filter((m) => outside.every((p) => involves(kb, m, p))).flatMap((m) => members(m).filter((p) => !outside.includes(p))))];
    const separate = met.length >= 2 ? separateMeetings(kb, [...outside, ...met]) : undefined;
    if (separate) return contradicted(separate.dimension, citeMeetings(separate.meetings, claim, kb), separate.meetings);
  }
  const words = claim.topics.flatMap((t) => (t.kind === 'word' ? [t.surface] : []));
  if (together.length) return notStated(words.length ? [{ kind: 'words', surfaces: words }] : [{ kind: 'element' }], citeMeetings(together, claim, kb), together);
  const near = meetingsInvolvingAny(kb, [...named]);
  return notStated([{ kind: 'element' }], citeMeetings(near, claim, kb), near);
}

/** Whether one of the meetings says every topic: a topic of one meeting and a topic of another make no claim about either. */
function oneMeetingSaysAll(topics: Part['topics'], meetings: readonly Meeting[], env: VerifyEnv): boolean {
  // (topicsHeld(), not topicFindings(): asked of every meeting, at a thousand articles a thousand, and only whether.)
  if (!topics.length || meetings.length < AMONG_BY_INDEX) return meetings.some((m) => topicsHeld(topics, [m], env));
  const about = meetingsCarryingAll(topics, env);
  return meetings.some((m) => about.has(m.id) && topicsHeld(topics, [m], env));
}

/** The first of the meetings whose own facts do not hold the topics (topicsHeld), if any. */
function firstNotHolding(topics: Part['topics'], meetings: readonly Meeting[], env: VerifyEnv): Meeting | undefined {
  if (!topics.length || meetings.length < AMONG_BY_INDEX) return meetings.find((m) => !topicsHeld(topics, [m], env));
  // (A meeting with a fact that carries each topic holds them: no topic said the other way round is carried by any fact.)
  const about = meetingsCarryingAll(topics, env);
  return meetings.find((m) => !about.has(m.id));
}

/**
 * The meetings with a fact that carries each topic: of many meetings, the only ones whose own facts can hold them.
 * The facts that carry a topic come from the indexes (carrier.factsCarrying() finds every fact carries() holds for,
 * as among() relies on for long lists), so the cost follows those facts, not the meetings.
 */
function meetingsCarryingAll(topics: Part['topics'], env: VerifyEnv): Set<string> {
  let about: Set<string> | undefined;
  for (const t of topics) {
    const next = new Set<string>();
    for (const f of env.carrier.factsCarrying(t, env.language)) if (!about || about.has(f.about)) next.add(f.about);
    about = next;
    if (!about.size) break;
  }
  return about ?? new Set();
}
