// How each kind of claim is checked against the facts: one function per
// kind of predicate (knowledge/predicates.yaml says which kind each is).
//   meeting   the meeting record: its people (in the right roles), place, day, occasion
//   content   a fact of the meeting that says it, by the right people, with every topic
//   presence  someone at a place: a meeting there, or a fact that puts them there
//   event     the event record: its place, its end, its start
//   title     who someone is: titles, organisations, identity
//   source    who issued the communiqué an article relies on
// Every check returns a Finding; none ever answers yes without a fact to cite.
import type { Meeting, PredicateKind } from '../knowledge/schema.js';
import type { Fact, KnowledgeBase, Language } from '../knowledge/types.js';
import { fold } from '../language/normalize.js';
import type { Claim, Topic } from '../understand/frame.js';
import { dateAgrees } from '../understand/dates.js';
import { affiliations, factsAbout, involves, participants, placeAgrees, within } from '../retrieve/graph.js';
import type { Carrier } from './carry.js';
import { conflicts, scopeOf } from './scope.js';
import { contradicted, notStated, supported, type Finding, type Gap } from './verdict.js';

export interface VerifyEnv {
  kb: KnowledgeBase;
  carrier: Carrier;
  language: Language;
  /** Grammar words of either language: no part of a title. */
  isFunctionWord: (word: string) => boolean;
  /** Meetings the conversation is about, for a claim that names none. */
  focus: string[];
  /** Facts ordered by how close they come to the claim. */
  rank: (facts: Fact[]) => Fact[];
  /** The claim is what a wh-question takes for granted, not a statement to confirm. */
  presupposed: boolean;
  /** The idea the question asks about: missing, what is asked is unknown rather than a gap in what it takes for granted. */
  asked?: string;
}

/** One part of a claim, checked by the rule for its kind of predicate. */
export interface Part {
  kind: PredicateKind;
  predicates: string[];
  topics: Topic[];
}

type Check = (claim: Claim, part: Part, env: VerifyEnv) => Finding;

export const CHECKS: Record<PredicateKind, Check> = {
  meeting: checkMeeting,
  content: checkContent,
  presence: checkPresence,
  event: checkEvent,
  title: checkTitle,
  source: checkSource,
};

const slotFacts = (kb: KnowledgeBase, m: Meeting, ...slots: Fact['slot'][]) => factsAbout(kb, m.id, ...slots);

function checkMeeting(claim: Claim, part: Part, env: VerifyEnv): Finding {
  const { kb, carrier } = env;
  const scope = scopeOf(claim, kb, env.focus);
  // "Did Zouev receive Hammouchi?": only a verb with a direction can be reversed.
  const directed = part.predicates.some((p) => kb.predicates.get(p)?.kind === 'meeting' && !kb.predicates.get(p)?.symmetric);
  const reversed = (m: Meeting) =>
    directed &&
    claim.participants.some((p) => (p.role === 'agent' && !sideOf(kb, [m.host], p.entity) && sideOf(kb, m.guests, p.entity)) || (p.role === 'object' && !sideOf(kb, m.guests, p.entity) && sideOf(kb, [m.host], p.entity)));
  // "Did Hammouchi meet others besides Shahkar?": the meetings the articles report beyond those named.
  if (claim.others) return otherMeetings(claim, part, env);
  const withAll = scope.meetings.filter((m) => scope.people.every((p) => involves(kb, m, p)));
  const problems = (m: Meeting) => [...conflicts(m, claim, kb, claim.unknownPlaces), ...(reversed(m) ? (['role'] as const) : [])];
  const fitting = withAll.filter((m) => problems(m).length === 0 && (!claim.events.length || m.occasion !== undefined));
  // A meeting record says who met, where, when, on what occasion, and that it took place: nothing more ("how long it lasted").
  const beyond = part.predicates.filter((p) => {
    const predicate = kb.predicates.get(p);
    return predicate !== undefined && predicate.kind !== 'meeting' && !predicate.said_of_meetings;
  });
  if (fitting.length && beyond.length) return notStated([{ kind: 'unknown' }], fitting.flatMap((m) => citeMeeting(m, claim, kb)), fitting);
  if (fitting.length) {
    const topics = topicFindings(part.topics, fitting, env);
    if (topics.finding) return topics.finding;
    return supported([...fitting.flatMap((m) => citeMeeting(m, claim, kb)), ...topics.carriers], fitting);
  }
  if (scope.pinned && withAll.length && withAll.every((m) => problems(m).length > 0)) {
    const m = withAll[0] as Meeting;
    const dimension = problems(m)[0] ?? 'place';
    return contradicted(dimension, correction(m, dimension, claim, kb), withAll);
  }
  // "one of the bilateral meetings Hammouchi held with heads of delegations": a fact of a meeting can name more people than its record.
  const described = [...kb.facts.values()].filter((f) => {
    const m = kb.entities.get(f.about);
    const verbs = part.predicates.filter((p) => !kb.predicates.get(p)?.said_of_meetings);
    if (m?.type !== 'meeting' || !verbs.every((p) => carrier.saysPredicate(f, p)) || ![...kb.predicates.values()].some((p) => p.kind === 'meeting' && carrier.saysPredicate(f, p.id))) return false;
    const people = [...carrier.people(f, false), ...participants(m)];
    return scope.people.every((p) => carrier.involves(people, p)) && conflicts(m, claim, kb, claim.unknownPlaces).length === 0 && (!claim.events.length || claim.events.every((e) => m.occasion === e.entity));
  });
  if (described.length && scope.people.length > 1) {
    const topics = topicFindings(part.topics, meetingsOf(described, kb), env, described);
    if (!topics.finding) return supported([...env.rank(described).slice(0, 2), ...topics.carriers], meetingsOf(described, kb));
  }
  const gaps: Gap[] = [];
  const people = scope.people.filter((p) => kb.entities.get(p)?.type === 'person');
  if (people.length >= 2 && !kb.meetings.some((m) => people.every((p) => involves(kb, m, p)))) gaps.push({ kind: 'pairing', people });
  if (claim.unknownPlaces.length) gaps.push({ kind: 'words', surfaces: claim.unknownPlaces });
  const near = kb.meetings.filter((m) => scope.people.some((p) => involves(kb, m, p)));
  const around = near.length ? near : scope.meetings;
  gaps.push(...(topicFindings(part.topics, around, env).finding?.gaps.filter((g) => g.kind === 'words') ?? []));
  if (!gaps.length) gaps.push({ kind: 'element' });
  return notStated(gaps, around.flatMap((m) => citeMeeting(m, claim, kb)), near);
}

function checkContent(claim: Claim, part: Part, env: VerifyEnv): Finding {
  const { kb, carrier, language } = env;
  const scope = scopeOf(claim, kb, env.focus);
  if (scope.pinned && scope.meetings.length && scope.meetings.every((m) => conflicts(m, claim, kb, claim.unknownPlaces).length > 0)) {
    const m = scope.meetings[0] as Meeting;
    const dimension = conflicts(m, claim, kb, claim.unknownPlaces)[0] ?? 'place';
    return contradicted(dimension, correction(m, dimension, claim, kb), scope.meetings);
  }
  const meetings = scope.meetings.filter((m) => conflicts(m, claim, kb, claim.unknownPlaces).length === 0);
  const symmetric = part.predicates.every((p) => kb.predicates.get(p)?.symmetric ?? false);
  // What was said in the meetings in question, by or of the people named, wherever the fact is filed.
  const byPeople = scope.people.length ? [...kb.facts.values()].filter((f) => scope.people.some((p) => f.agents.includes(p) || f.objects.includes(p) || f.speaker === p)) : [];
  const aboutTopics = part.topics.flatMap((t) => (t.kind === 'entity' ? factsAbout(kb, t.entity) : []));
  const pool = [...meetings.flatMap((m) => factsAbout(kb, m.id)), ...scope.people.flatMap((p) => factsAbout(kb, p)), ...aboutTopics, ...byPeople.filter((f) => !scope.pinned || meetings.some((m) => m.id === f.about) || kb.entities.get(f.about)?.type !== 'meeting')];
  // Who says it must be the fact's speaker; whom it is said to, anyone in the meeting ("what did he ask Hammouchi for?").
  const audience = (f: Fact) => {
    const m = kb.entities.get(f.about);
    return m?.type === 'meeting' ? participants(m) : [];
  };
  const roleOf = (p: string) => claim.participants.find((x) => x.entity === p)?.role;
  const compatible = [...new Set(pool)].filter(
    (f) =>
      part.predicates.every((p) => carrier.saysPredicate(f, p)) &&
      scope.people.every((p) => carrier.involves(carrier.people(f, symmetric), p) || (roleOf(p) !== 'agent' && carrier.involves(audience(f), p))),
  );
  if (claim.unknownPlaces.length) return notStated([{ kind: 'words', surfaces: claim.unknownPlaces }], env.rank(compatible).slice(0, 1), meetings);
  if (!part.topics.length && !claim.narrower.length) {
    if (compatible.length) return supported(env.rank(compatible).slice(0, 2), meetingsOf(compatible, kb));
    return notStated([{ kind: 'element' }], env.rank(pool).slice(0, 2), meetings);
  }
  // "wanted to reduce cooperation": a fact that says they wanted to strengthen it contradicts it.
  for (const topic of part.topics) {
    if (topic.kind !== 'concept' || !topic.opposite) continue;
    const against = compatible.filter((f) => f.concepts.includes(topic.concept));
    if (against.length) return contradicted('content', env.rank(against).slice(0, 1), meetingsOf(against, kb));
  }
  const carried: Fact[] = [];
  const gaps: Gap[] = [];
  const closest: Fact[] = [];
  for (const topic of part.topics) {
    const by = compatible.filter((f) => carrier.carries(f, topic, language));
    if (by.length) {
      carried.push(env.rank(by)[0] as Fact);
      continue;
    }
    gaps.push(topic.kind === 'word' ? { kind: 'words', surfaces: [topic.surface] } : topic.kind === 'concept' && topic.concept === claim.asked ? { kind: 'unknown' } : { kind: 'element' });
    // Where the articles do speak of it, and who met in that meeting ("Syria came up in Rabat, with Zouev").
    const elsewhere = env.rank([...kb.facts.values()].filter((f) => carrier.carries(f, topic, language))).slice(0, 1);
    const theirMeeting = elsewhere.flatMap((f) => (kb.entities.get(f.about)?.type === 'meeting' && !meetings.some((m) => m.id === f.about) ? factsAbout(kb, f.about, 'who').slice(0, 1) : []));
    closest.push(...theirMeeting, ...elsewhere);
  }
  gaps.push(...narrowerGaps(claim, compatible.length ? compatible : pool, env));
  if (!gaps.length) return supported([...new Set(carried)], meetingsOf(carried, kb));
  return notStated(gaps, [...new Set([...closest, ...carried, ...env.rank(compatible).slice(0, 1)])], meetings);
}

function checkPresence(claim: Claim, part: Part, env: VerifyEnv): Finding {
  const { kb, carrier } = env;
  const people = claim.participants.map((p) => p.entity);
  if (!people.length) return checkEvent(claim, { ...part, kind: 'event', predicates: ['hold'] }, env);
  if (claim.unknownPlaces.length) {
    const near = kb.meetings.filter((m) => people.some((p) => involves(kb, m, p)));
    return notStated([{ kind: 'words', surfaces: claim.unknownPlaces }], near.flatMap((m) => slotFacts(kb, m, 'who')), near);
  }
  const cited: Fact[] = [];
  const found: Meeting[] = [];
  for (const person of people) {
    const there = kb.meetings.filter(
      (m) =>
        involves(kb, m, person) &&
        claim.places.every((p) => placeWithin(kb, m, p.entity)) &&
        claim.dates.every((d) => dateAgrees(m.date, d)) &&
        claim.events.every((e) => m.occasion === e.entity),
    );
    if (there.length) {
      found.push(...there);
      for (const m of there) cited.push(...(claim.events.length ? slotFacts(kb, m, 'occasion') : []), ...citeMeeting(m, claim, kb));
      continue;
    }
    // A fact that puts them there: "on a working visit to the Kingdom".
    const visits = [...kb.facts.values()].filter(
      (f) => part.predicates.some((p) => carrier.saysPredicate(f, p)) && carrier.involves(carrier.people(f, false), person) && claim.places.every((p) => f.mentions.some((x) => x === p.entity || within(kb, x, p.entity))) && !claim.dates.length && !claim.events.length,
    );
    if (visits.length && claim.places.length) {
      cited.push(...visits.slice(0, 1));
      continue;
    }
    const near = kb.meetings.filter((m) => involves(kb, m, person));
    const mentioning = claim.places.flatMap((p) => [...kb.facts.values()].filter((f) => f.mentions.includes(p.entity)));
    return notStated([{ kind: 'element' }], env.rank([...mentioning, ...near.flatMap((m) => slotFacts(kb, m, 'who'))]).slice(0, 2), near);
  }
  const topics = topicFindings(part.topics, found, env);
  return topics.finding ?? supported([...new Set([...cited, ...topics.carriers])], [...new Set(found)]);
}

/** Meetings with someone beyond the people named or set aside: facts of a meeting kind whose other side is someone else. */
function otherMeetings(claim: Claim, part: Part, env: VerifyEnv): Finding {
  const { kb, carrier } = env;
  const people = claim.participants.map((p) => p.entity);
  const named = new Set([...people, ...claim.excluded]);
  const meetingVerbs = [...kb.predicates.values()].filter((p) => p.kind === 'meeting').map((p) => p.id);
  const facts = [...kb.facts.values()].filter((f) => {
    if (!meetingVerbs.some((v) => carrier.saysPredicate(f, v)) || !part.predicates.every((p) => carrier.saysPredicate(f, p))) return false;
    const who = carrier.people(f, false);
    if (!people.every((p) => carrier.involves(who, p))) return false;
    const meeting = kb.entities.get(f.about);
    if (meeting?.type === 'meeting' && (conflicts(meeting, claim, kb, claim.unknownPlaces).length || claim.events.some((e) => meeting.occasion !== e.entity))) return false;
    if (!part.topics.every((t) => carrier.carries(f, t, env.language))) return false;
    return who.some((p) => !named.has(p) && !people.some((x) => carrier.involves([p], x)));
  });
  // None reported: the articles do not list any other (what is asked is unknown).
  return facts.length ? supported(env.rank(facts).slice(0, 2), meetingsOf(facts, kb)) : notStated([{ kind: 'unknown' }], [], []);
}

function checkEvent(claim: Claim, part: Part, env: VerifyEnv): Finding {
  const { kb } = env;
  // The event named, the occasion of the meeting in question, or the one event held at the place named.
  const atPlace = [...kb.entities.values()].filter((e) => e.type === 'event' && claim.places.some((p) => [e.venue, e.city].includes(p.entity)));
  const eventId = claim.events[0]?.entity ?? kb.meetings.find((m) => env.focus.includes(m.id))?.occasion ?? (atPlace.length === 1 ? atPlace[0]?.id : undefined);
  const event = eventId ? kb.entities.get(eventId) : undefined;
  if (event?.type !== 'event') return checkMeeting(claim, { ...part, kind: 'meeting' }, env);
  const where = factsAbout(kb, event.id, 'where');
  // The event's dates, and the day of the meeting a clause of time names ("when Zouev came").
  const when = [...factsAbout(kb, event.id, 'when'), ...claim.dating.flatMap((id) => factsAbout(kb, id, 'when').slice(0, 1))];
  const at = (placeId: string) => [event.venue, event.city].some((x) => x !== undefined && (x === placeId || within(kb, x, placeId)));
  if (claim.unknownPlaces.length || claim.places.some((p) => !at(p.entity))) return contradicted('place', where.slice(0, 1));
  const findings: Finding[] = [];
  const asks = new Set(part.predicates);
  for (const d of claim.dates) {
    const iso = isoOf(d, event.ends ?? event.starts);
    if (asks.has('start')) {
      if (!event.starts) return notStated([{ kind: 'unknown' }], when.slice(0, 1));
      if (!dateAgrees(event.starts, d)) return contradicted('date', when.slice(0, 1));
    } else if (asks.has('end')) {
      if (event.ends && !dateAgrees(event.ends, d)) return contradicted('end', when.slice(0, 1));
      if (!event.ends) return notStated([{ kind: 'unknown' }], when.slice(0, 1));
    } else if (iso && event.ends && iso > event.ends) return contradicted('end', when);
    else if (iso && !(event.starts && iso >= event.starts) && !kb.meetings.some((m) => m.occasion === event.id && m.date === iso)) {
      findings.push(notStated([{ kind: 'element' }], when.slice(0, 1)));
    }
  }
  if (findings.length) return findings[0] as Finding;
  if (asks.has('start') && !claim.dates.length && !event.starts) return notStated([{ kind: 'unknown' }], when.slice(0, 1));
  const organisers = claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'organisation');
  if (organisers.some((o) => o.entity !== event.organiser)) return notStated([{ kind: 'element' }], where.slice(0, 1));
  const cite = claim.dates.length || asks.has('end') ? [...when.slice(0, 1), ...(claim.places.length ? where.slice(0, 1) : [])] : where.slice(0, 1);
  const topics = topicFindings(part.topics, [], env, factsAbout(kb, event.id));
  return topics.finding ?? supported(cite.length ? cite : factsAbout(kb, event.id).slice(0, 1));
}

function checkTitle(claim: Claim, part: Part, env: VerifyEnv): Finding {
  const { kb, carrier, language } = env;
  const roleOf = (id: string) => factsAbout(kb, id, 'role', 'definition').slice(0, 1);
  const findings: Finding[] = [];
  // "Assistant Secretary-General for counter-terrorism": a title's field is part of the title.
  const fieldOk = (person: string) => part.topics.filter((x) => x.kind !== 'word').every((x) => roleOf(person).some((f) => carrier.carries(f, x, language)));
  for (const { person, as, unknownOrg } of claim.identities) {
    if (person !== as) findings.push(contradicted('identity', [...roleOf(person), ...roleOf(as)]));
    else if (unknownOrg || !fieldOk(person)) findings.push(contradicted('organisation', roleOf(person)));
    else findings.push(supported(roleOf(person)));
  }
  for (const t of claim.titles) {
    if (!t.person) continue;
    const entity = kb.entities.get(t.person);
    if (entity?.type !== 'person') continue;
    const words = new Set(entity.roles.flatMap((r) => fold(r).split(/[\s'’-]+/)));
    const said = fold(t.surface).split(/[\s'’-]+/).filter((w) => !env.isFunctionWord(w));
    const role = roleOf(t.person);
    // An organisation they do not belong to is contradicted; a title the articles never give them is not said.
    if (t.org && !affiliations(kb, t.person).has(t.org)) findings.push(contradicted('organisation', role));
    else if (!said.every((w) => words.has(w))) findings.push({ ...notStated([{ kind: 'called', person: t.person, surface: t.surface }], role) });
    else if (t.unknownOrg || !fieldOk(t.person)) findings.push(contradicted('organisation', role));
    else findings.push(supported(role));
  }
  for (const { person, org } of claim.affiliations) {
    findings.push(affiliations(kb, person).has(org) ? supported(roleOf(person)) : contradicted('organisation', roleOf(person)));
  }
  // "Does Hammouchi lead the DGSN?", "Zouev works for Interpol?": only a title verb pairs a person with an organisation.
  const people = claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person');
  const orgs = part.predicates.some((id) => kb.predicates.get(id)?.kind === 'title') ? claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'organisation') : [];
  for (const p of people) {
    const entity = kb.entities.get(p.entity);
    if (entity?.type !== 'person') continue;
    for (const o of orgs) {
      const leads = entity.leads.includes(o.entity);
      const belongs = affiliations(kb, p.entity).has(o.entity);
      if (part.predicates.includes('lead')) findings.push(leads ? supported(roleOf(p.entity)) : belongs ? notStated([{ kind: 'element' }], roleOf(p.entity)) : contradicted('organisation', roleOf(p.entity)));
      else findings.push(belongs ? supported(roleOf(p.entity)) : contradicted('organisation', roleOf(p.entity)));
    }
  }
  const described = [...new Set([...claim.titles.flatMap((t) => (t.person ? [t.person] : [])), ...claim.identities.map((i) => i.person), ...people.map((p) => p.entity)])];
  // What is said of the person beyond a title: "nouveau" is carried when their own role fact uses the word;
  // a country or organisation when they belong to it; an idea never ("is Zouev a terrorist?" is not
  // "Zouev of the Office of Counter-Terrorism").
  const unknownOrgs = new Set([...claim.titles, ...claim.identities].flatMap((t) => (t.unknownOrg ? [t.unknownOrg] : [])));
  const titled = claim.titles.length + claim.identities.length > 0;
  const words: string[] = [];
  let unsupported = false;
  for (const x of part.topics) {
    if (x.kind === 'word') {
      if (!unknownOrgs.has(x.surface) && !described.some((p) => roleOf(p).some((f) => carrier.carries(f, x, language)))) words.push(x.surface);
    } else if (x.kind === 'entity') {
      if (!described.some((p) => affiliations(kb, p).has(x.entity))) unsupported = true;
    } else if (!titled && !described.some((p) => roleOf(p).some((f) => carrier.carries(f, x, language)))) unsupported = true;
  }
  if (words.length) findings.push(notStated([{ kind: 'words', surfaces: words }], described.flatMap(roleOf)));
  else if (unsupported) findings.push(notStated([{ kind: 'element' }], described.flatMap(roleOf)));
  else if (!findings.length && part.topics.length && described.length) findings.push(supported(described.flatMap(roleOf)));
  if (!findings.length) return notStated([{ kind: 'element' }], people.flatMap((p) => roleOf(p.entity)));
  return findings.find((f) => f.verdict === 'contradicted') ?? findings.find((f) => f.verdict === 'not_stated') ?? { ...supported([...new Set(findings.flatMap((f) => f.facts))]) };
}

function checkSource(claim: Claim, part: Part, env: VerifyEnv): Finding {
  const { kb } = env;
  // The issuer named with the document ("the UN's communiqué"), or the doer of an issuing verb ("the DGSN published…").
  const doers = part.predicates.length ? claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'organisation').map((p) => p.entity) : [];
  const issuers = [...claim.issuers, ...doers];
  const others = { ...claim, participants: claim.participants.filter((p) => !issuers.includes(p.entity)) };
  const scope = scopeOf(others, kb, env.focus);
  const source = (m: Meeting) => slotFacts(kb, m, 'source').slice(0, 1);
  const unknownIssuer = part.topics.filter((t) => t.kind === 'word').map((t) => t.surface);
  if (!issuers.length && !unknownIssuer.length) return supported(scope.meetings.flatMap(source), scope.meetings);
  // The one who issued it, or a body it is part of: broader is right, narrower is not said.
  // One communiqué, one issuer: the body the article names, and no other (not even the one it belongs to).
  const judge = (m: Meeting) => (issuers.length > 0 && issuers.every((o) => o === m.communique) ? 'right' : 'wrong');
  const right = scope.meetings.filter((m) => judge(m) === 'right');
  if (right.length && !unknownIssuer.length) return supported(right.flatMap(source), right);
  const wrong = scope.meetings.filter((m) => judge(m) === 'wrong');
  if ((scope.pinned || scope.meetings.length === kb.meetings.length) && wrong.length === scope.meetings.length && scope.meetings.length) {
    return contradicted('issuer', scope.meetings.flatMap(source), scope.meetings);
  }
  return notStated([{ kind: 'element' }], scope.meetings.flatMap(source), scope.meetings);
}

/** A claim's topics against the facts of the meetings it holds for: the facts that carry them, or why not. */
function topicFindings(topics: readonly Topic[], meetings: readonly Meeting[], env: VerifyEnv, extra: Fact[] = []): { finding?: Finding; carriers: Fact[] } {
  const { kb, carrier, language } = env;
  const pool = [...meetings.flatMap((m) => factsAbout(kb, m.id)), ...extra];
  const carriers: Fact[] = [];
  const missing: Topic[] = [];
  for (const t of topics) {
    const by = env.rank(pool.filter((f) => carrier.carries(f, t, language)))[0];
    if (by) carriers.push(by);
    else missing.push(t);
  }
  if (!missing.length) return { carriers: [...new Set(carriers)] };
  const gaps: Gap[] = missing.map((t) => (t.kind === 'word' ? { kind: 'words', surfaces: [t.surface] } : t.kind === 'concept' && t.concept === env.asked ? { kind: 'unknown' } : { kind: 'element' }));
  // Where the articles do speak of it: that fact, with who met in that meeting ("Syria came up in Rabat, with Zouev").
  const elsewhere = missing.flatMap((t) => env.rank([...kb.facts.values()].filter((f) => carrier.carries(f, t, language))).slice(0, 1));
  const theirMeeting = elsewhere.flatMap((f) => (kb.entities.get(f.about)?.type === 'meeting' && !meetings.some((m) => m.id === f.about) ? factsAbout(kb, f.about, 'who').slice(0, 1) : []));
  return { finding: notStated(gaps, [...theirMeeting, ...elsewhere, ...meetings.flatMap((m) => slotFacts(kb, m, 'who'))], [...meetings]), carriers };
}

/** "football" for "major sporting events": the articles do not name it; the fact that uses the broader term comes closest. */
export function narrowerGaps(claim: Claim, pool: readonly Fact[], env: VerifyEnv): Gap[] {
  const { kb } = env;
  return claim.narrower.map((n) => {
    const concept = n.of.concept ? kb.concepts.get(n.of.concept) : undefined;
    const broader = (f: Fact) => (n.of.concept ? f.concepts.includes(n.of.concept) : f.mentions.includes(n.of.entity ?? '') || (f.items ?? []).includes(n.of.entity ?? ''));
    const fact = env.rank(pool.filter(broader))[0] ?? env.rank([...kb.facts.values()].filter(broader))[0];
    const entity = n.of.entity ? kb.entities.get(n.of.entity) : undefined;
    return { kind: 'narrower', surface: n.surface, label: concept?.label ?? entity?.name, ...(fact ? { fact } : {}) };
  });
}

/** Whether a meeting took place in a place or somewhere inside it. */
function placeWithin(kb: KnowledgeBase, m: Meeting, placeId: string): boolean {
  return [m.venue, m.city].some((x) => x !== undefined && (x === placeId || within(kb, x, placeId)));
}

/** Whether someone is on one side of a meeting: one of those people, or of their organisations. */
function sideOf(kb: KnowledgeBase, side: readonly string[], who: string): boolean {
  return side.some((p) => p === who || affiliations(kb, p).has(who));
}

/** The facts that show a meeting as the claim describes it: who, and where or on what occasion when it says so. */
function citeMeeting(m: Meeting, claim: Claim, kb: KnowledgeBase): Fact[] {
  const facts = factsAbout(kb, m.id).filter((f) => ['who', 'when', 'where', 'occasion'].includes(f.slot));
  const wanted = [...claim.places.map((p) => p.entity), ...claim.events.map((e) => e.entity)];
  const who = facts.find((f) => f.slot === 'who') ?? facts[0];
  const out = who ? [who] : [];
  for (const id of wanted) {
    if (out.some((f) => f.mentions.includes(id))) continue;
    const extra = facts.find((f) => f.mentions.includes(id));
    if (extra) out.push(extra);
  }
  return out;
}

/** The facts that correct a claim about a meeting: the day and the city together, or the occasion, or who received whom. */
function correction(m: Meeting, dimension: string, claim: Claim, kb: KnowledgeBase): Fact[] {
  if (dimension === 'role') return slotFacts(kb, m, 'who').slice(0, 1);
  if (dimension === 'occasion') {
    const occasion = slotFacts(kb, m, 'occasion', 'where').filter((f) => f.mentions.includes(m.occasion ?? ''));
    // The meeting's day, and the dates of the event it is said to belong to.
    const events = claim.events.flatMap((e) => factsAbout(kb, e.entity, 'when').slice(0, 1));
    return occasion.length ? occasion.slice(0, 1) : [...slotFacts(kb, m, 'when').slice(0, 1), ...events];
  }
  const when = slotFacts(kb, m, 'when').slice(0, 1);
  const venue = m.venue && claim.places.some((p) => kb.entities.get(p.entity)?.type === 'place' && (kb.entities.get(p.entity) as { kind?: string }).kind === 'venue') ? slotFacts(kb, m, 'where').slice(0, 1) : [];
  // "The Menara meeting was with Zouev": and who was met there.
  const there = kb.meetings.filter((x) => x !== m && claim.places.some((p) => placeAgrees(kb, x, p.entity))).flatMap((x) => slotFacts(kb, x, 'who').slice(0, 1));
  return [...when, ...venue, ...there];
}

function meetingsOf(facts: readonly Fact[], kb: KnowledgeBase): Meeting[] {
  return kb.meetings.filter((m) => facts.some((f) => f.about === m.id));
}

function isoOf(d: { day?: number; month?: number; year?: number }, reference?: string): string | undefined {
  if (d.day === undefined || d.month === undefined) return undefined;
  const year = d.year ?? Number((reference ?? '').slice(0, 4));
  return `${year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export { participants };
