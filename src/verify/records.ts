// Claims checked against a record other than a meeting's: an event (its
// place, its end, its start), who someone is (titles, organisations,
// identity), and who issued the communiqué an article relies on.
import type { Meeting } from '../knowledge/schema.js';
import { fold } from '../language/normalize.js';
import type { Fact, KnowledgeBase } from '../knowledge/types.js';
import type { Claim, Topic } from '../understand/frame.js';
import { dateAgrees } from '../understand/dates.js';
import { meetingsWithIds } from '../knowledge/indexes.js';
import { affiliations, eventsOf, factsAbout, postsWithIdea, within } from '../retrieve/graph.js';
import type { Part, VerifyEnv } from './env.js';
import { slotFacts, topicFindings } from './evidence.js';
import { firstOfSlot } from './pool.js';
import { checkMeeting } from './meetings.js';
import { datesAnEdge } from './sequence.js';
import { scopeOf } from './scope.js';
import { contradicted, notStated, supported, type Finding } from './verdict.js';
import { rightAfter } from './verb-object.js';

export function checkEvent(claim: Claim, part: Part, env: VerifyEnv): Finding {
  const { kb } = env;
  // The event named, the occasion of the meeting in question, or the one event held at the place named.
  const atPlace = claim.places.length ? eventsOf(kb).filter((e) => claim.places.some((p) => [e.venue, e.city].includes(p.entity))) : [];
  const eventId = claim.events[0]?.entity ?? meetingsWithIds(kb, env.focus)[0]?.occasion ?? (atPlace.length === 1 ? atPlace[0]?.id : undefined);
  const event = eventId ? kb.entities.get(eventId) : undefined;
  const ofEventsOnly = part.predicates.some((p) => !env.kb.predicates.get(p)?.said_of_meetings && env.kb.predicates.get(p)?.kind === 'event' && p !== 'hold');
  // ("il reste jusqu'au 30", "he stayed until the 27th": with no event named, a person's end or start is their stay's, which no record gives.)
  const personSaid = claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'person' && p.role !== 'object');
  if (ofEventsOnly && !claim.events.length && personSaid) return notStated([{ kind: 'element' }]);
  // ("the assembly wraps up on the 27th", no event named: an event's end or start is no meeting's.)
  if (event?.type !== 'event' && ofEventsOnly) return notStated([{ kind: 'element' }]);
  if (event?.type !== 'event') return checkMeeting(claim, { ...part, kind: 'meeting' }, env);
  const where = factsAbout(kb, event.id, 'where');
  // The event's dates, and the day of the meeting a clause of time names ("when B came").
  const when = [...factsAbout(kb, event.id, 'when'), ...claim.dating.flatMap((id) => factsAbout(kb, id, 'when').slice(0, 1))];
  const at = (placeId: string) => [event.venue, event.city].some((x) => x !== undefined && (x === placeId || within(kb, x, placeId)));
  if (claim.unknownPlaces.length || claim.places.some((p) => !at(p.entity))) return contradicted('place', where.slice(0, 1));
  // ("held at the royal palace": a building the articles do not name, of an event whose venue they do name, is another one;
  // of an event whose venue they never give, they do not say.)
  if (claim.venues.length) return event.venue ? contradicted('place', where.slice(0, 1)) : notStated([{ kind: 'words', surfaces: claim.venues }], where.slice(0, 1));
  const findings: Finding[] = [];
  const asks = new Set(part.predicates);
  // (A day said to be the event's first or last is weighed against that edge, with the claim's order.)
  // (The days the records show the event under way — its start, the days of meetings held during it — read once.)
  const seen = claim.dates.length ? daysSeen(kb, event) : [];
  const from = [...seen].sort()[0];
  for (const d of datesAnEdge(claim, kb) ? [] : claim.dates) {
    const iso = isoOf(d, event.ends ?? event.starts);
    if (asks.has('start')) {
      if (!event.starts) return notStated([{ kind: 'unknown' }], when.slice(0, 1));
      if (!dateAgrees(event.starts, d)) return contradicted('date', when.slice(0, 1));
    } else if (asks.has('end') && (d.ofClause || claim.already) && iso && event.ends) {
      // ("was already over when B came", « déjà terminée le 1er décembre »: ended by that day, not on it.)
      if (event.ends > iso) return contradicted('end', when);
    } else if (asks.has('end')) {
      if (event.ends && !dateAgrees(event.ends, d)) return contradicted('end', when.slice(0, 1));
      if (!event.ends) return notStated([{ kind: 'unknown' }], when.slice(0, 1));
    } else if (iso && event.ends && iso > event.ends) return contradicted('end', when);
    // "held in October": a month, or a year, that none of the days the records give the event falls in.
    else if (!iso && d.day === undefined && (d.month !== undefined || d.year !== undefined)) {
      const known = [...seen, ...(event.ends ? [event.ends] : [])];
      if (known.length && !known.some((day) => dateAgrees(day, d))) return contradicted('date', when.slice(0, 1));
    }
    // (An event runs without a break: from the first day the records show it under way — its start, or a meeting held
    // during it — to its end, any day between is one it was held on: "still going on on the 26th", on the 25th and until the 27th.)
    else if (iso && !(from !== undefined && iso >= from)) {
      findings.push(notStated([{ kind: 'element' }], when.slice(0, 1)));
    }
  }
  if (findings.length) return findings[0] as Finding;
  // "the assembly had already ended by then": as of the meeting in question, or the one held during it.
  if (claim.already && asks.has('end') && !claim.dates.length) {
    const then = meetingsWithIds(kb, env.focus)[0] ?? kb.meetings.find((m) => m.occasion === event.id);
    if (!then || !event.ends) return notStated([{ kind: 'unknown' }], when.slice(0, 1));
    const meetingDay = factsAbout(kb, then.id, 'when').slice(0, 1);
    if (event.ends > then.date) return contradicted('end', [...when.slice(0, 1), ...meetingDay]);
    return supported([...when.slice(0, 1), ...meetingDay]);
  }
  if (asks.has('start') && !claim.dates.length && !event.starts) return notStated([{ kind: 'unknown' }], when.slice(0, 1));
  // (Who organises it is the record's organiser; "A organised it", a person, is no one the records name.)
  // ("A hosted it", "A held the O assembly": someone holding the event right after the verb is one who organised it.)
  // (The one right before that verb: not someone of another clause, « A voit B dans l'espace … où se tient l'AG ».)
  const holding = claim.passive ? [] : claim.predicates.filter((t) => claim.events.some((e) => rightAfter(t, e.start, 1)));
  const holds = (p: { start: number; end: number }) => holding.some((t) => p.end <= t.start && t.start - p.end <= 2);
  const organisers = claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'organisation' || (asks.has('organise') && p.role !== 'object') || (asks.has('hold') && p.role !== 'object' && holds(p)));
  if (organisers.some((o) => o.entity !== event.organiser)) return notStated([{ kind: 'element' }], where.slice(0, 1));
  // (With the day of the meeting a clause of time names: "over when B came" rests on both days.)
  const dayOfClause = claim.dating.flatMap((id) => factsAbout(kb, id, 'when').slice(0, 1));
  const cite = claim.dates.length || asks.has('end') ? [...when.slice(0, 1), ...dayOfClause, ...(claim.places.length ? where.slice(0, 1) : [])] : where.slice(0, 1);
  const topics = topicFindings(part.topics, [], env, factsAbout(kb, event.id));
  // (What is said of the event is shown by the facts that say it: « elle a fait K » by the headline that says it.)
  const shown = cite.length ? cite : factsAbout(kb, event.id).slice(0, 1);
  return topics.finding ?? supported([...new Set([...topics.carriers, ...shown])]);
}

export function checkTitle(claim: Claim, part: Part, env: VerifyEnv): Finding {
  const { kb, carrier, language } = env;
  const roleOf = (id: string) => factsAbout(kb, id, 'role', 'definition').slice(0, 1);
  // A post said to be theirs before ("il a été chef de la P avant", "used to lead"): the articles give only the posts they hold.
  if (claim.past) return notStated([{ kind: 'unknown' }], claim.participants.flatMap((p) => roleOf(p.entity)).slice(0, 1));
  // "à la tête de la P en 2015": when someone came to a post, no article says (a day said beside a meeting dates the meeting).
  const onlyTitles = claim.predicates.length > 0 && claim.predicates.every((p) => p.ids.every((id) => kb.predicates.get(id)?.kind === 'title'));
  if (onlyTitles && claim.dates.length) return notStated([{ kind: 'unknown' }], claim.participants.flatMap((p) => roleOf(p.entity)).slice(0, 1));
  const findings: Finding[] = [];
  // "T for K": a title's field is part of the title.
  // (Not the opposite of an idea, "for years", « ancien »: weighed against what their role says, below.)
  // (A quality said of them, « le nouveau chef », is no field: one their post does not carry is not stated, not denied.)
  const isQuality = (x: Topic) => x.kind === 'concept' && kb.concepts.get(x.concept)?.quality === true;
  const carriedBy = (person: string) => (x: Topic) => roleOf(person).some((f) => carrier.carries(f, x, language));
  const fieldOk = (person: string) => part.topics.filter((x) => x.kind !== 'word' && !(x.kind === 'concept' && x.opposite) && !isQuality(x)).every(carriedBy(person));
  const qualitiesOk = (person: string) => part.topics.filter((x) => isQuality(x) && !(x.kind === 'concept' && x.opposite)).every(carriedBy(person));
  // ("B was there as a head of delegation": one of a group no article names anyone in is one only where a fact of B's
  // meeting counts that meeting among theirs; otherwise the articles do not say.)
  const unnamedGroup = (id: string) => (kb.entities.get(id) as { group?: boolean } | undefined)?.group === true;
  const amongThem = (person: string, group: string) => (kb.meetingsInvolving.get(person) ?? []).filter((m) => m.guests.includes(person)).flatMap((m) => factsAbout(kb, m.id).filter((f) => f.objects?.includes(group)));
  for (const { person, as, unknownOrg, surface } of claim.identities) {
    if (person !== as && unnamedGroup(as)) {
      const among = amongThem(person, as);
      findings.push(among.length ? supported(among.slice(0, 1)) : notStated([{ kind: 'element' }], roleOf(person)));
    } else if (person !== as) findings.push(contradicted('identity', [...roleOf(person), ...roleOf(as)]));
    // "The U K office is called V": a name the articles never write is not theirs to give.
    else if (kb.entities.get(person)?.type !== 'person' && !carrier.writesAcronyms(surface)) findings.push(notStated([{ kind: 'words', surfaces: [surface] }], roleOf(person)));
    else if (unknownOrg || !fieldOk(person)) findings.push(contradicted('organisation', roleOf(person)));
    else if (!qualitiesOk(person)) findings.push(notStated([{ kind: 'element' }], roleOf(person)));
    else findings.push(supported(roleOf(person)));
  }
  // "ancien diplomate", "a former ambassador": a post they are not given, said to be over, is not denied by their new one.
  const notTheirs = claim.titles.some((t) => {
    const entity = t.person ? kb.entities.get(t.person) : undefined;
    if (entity?.type !== 'person') return false;
    const words = carrier.roleWords(entity.id);
    return !fold(t.surface).split(/[\s'’-]+/).filter((w) => !env.isFunctionWord(w)).every((w) => words.has(w));
  });
  // ("he also chairs O": a post besides those the articles give, which they do not deny.)
  // (…nor a post at an organisation whose holder no article names: "A, president of O", of an O no one is said to lead.)
  const otherOrganisation = (facts: Fact[], org?: string) => (claim.additive || (org !== undefined && !kb.leadersOf.get(org)?.length) ? notStated([{ kind: 'element' }], facts) : contradicted('organisation', facts));
  for (const t of claim.titles) {
    if (!t.person) continue;
    const entity = kb.entities.get(t.person);
    if (entity?.type !== 'person') continue;
    const words = carrier.roleWords(entity.id);
    const said = fold(t.surface).split(/[\s'’-]+/).filter((w) => !env.isFunctionWord(w));
    const role = roleOf(t.person);
    // An organisation they do not belong to is contradicted; a title the articles never give them is not said.
    // (Their own post said of another organisation, "also P chief of O", is denied, "also" or not.)
    // (…with who holds that post instead, when the articles name them: "is B the head of O?" — no, C is.)
    const holders = (org: string) => (kb.leadersOf.get(org) ?? []).filter((p) => p !== t.person).flatMap(roleOf);
    // ("B is the head of the U": heading a body inside it is not heading it; someone else the articles say heads it, or no one.)
    const headsElsewhere = t.org !== undefined && t.direct === true && carrier.saysHeads(said) && !entity.leads.includes(t.org) && (entity.leads.length > 0 || (kb.leadersOf.get(t.org) ?? []).some((p) => p !== t.person));
    if (t.org && !affiliations(kb, t.person).has(t.org)) findings.push(said.every((w) => words.has(w)) ? contradicted('organisation', [...role, ...holders(t.org)]) : otherOrganisation(role, t.org));
    else if (carrier.lacksRank(t.person, said, (claim.saidTitles ?? claim.titles).filter((x) => x.person === t.person).flatMap((x) => fold(x.surface).split(/[\s'’-]+/)))) findings.push(contradicted('role', role));
    else if (!said.every((w) => words.has(w))) findings.push({ ...notStated([{ kind: 'called', person: t.person, surface: t.surface }], role) });
    else if (t.unknownOrg || !fieldOk(t.person)) findings.push(contradicted('organisation', role));
    else if (headsElsewhere && t.org) findings.push(holders(t.org).length ? contradicted('role', [...role, ...holders(t.org)]) : notStated([{ kind: 'element' }], role));
    else findings.push(supported(role));
  }
  // ("B wasn't at O": of an organisation that holds an event the articles name, "at O" may be at its event, where
  // the articles place no one but those of its meetings; so of someone not of O, they do not say.)
  const holdsEvent = (org: string) => (kb.eventsHeldBy.get(org)?.length ?? 0) > 0;
  for (const { person, org, at } of claim.affiliations) {
    // (Whose someone is, said by a post at it — "the O president" —, is the post's to settle, above.)
    if (claim.titles.some((t) => t.person === person && t.org === org)) continue;
    findings.push(affiliations(kb, person).has(org) ? supported(roleOf(person)) : at && holdsEvent(org) ? notStated([{ kind: 'element' }], roleOf(person)) : contradicted('organisation', roleOf(person)));
  }
  // "la P fait partie de l'U ?": one organisation in another only as the knowledge nests them (part_of), or the articles do not say.
  if (!claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'person') && part.predicates.some((id) => kb.predicates.get(id)?.kind === 'title')) {
    const [inner, outer] = claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'organisation').map((p) => p.entity);
    if (inner && outer) {
      let at: string | undefined = inner;
      while (at !== undefined && at !== outer) at = (kb.entities.get(at) as { part_of?: string } | undefined)?.part_of;
      return at === outer ? supported([...roleOf(inner), ...roleOf(outer)].slice(0, 2)) : notStated([{ kind: 'element' }], roleOf(inner));
    }
  }
  // "Does A lead the P?", "B works for O?": only a title verb pairs a person with an organisation.
  const people = claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person');
  const ledField = part.predicates.includes('lead') && part.topics.some((x) => x.kind === 'concept' && !x.opposite);
  const orgs = part.predicates.some((id) => kb.predicates.get(id)?.kind === 'title') ? claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'organisation') : [];
  for (const p of people) {
    const entity = kb.entities.get(p.entity);
    if (entity?.type !== 'person') continue;
    for (const o of orgs) {
      const leads = entity.leads.includes(o.entity);
      const belongs = affiliations(kb, p.entity).has(o.entity);
      // ("in charge of X at the U": what is led is the field, below; the organisation is where.)
      if (part.predicates.includes('lead') && !ledField) findings.push(leads ? supported(roleOf(p.entity)) : belongs ? notStated([{ kind: 'element' }], roleOf(p.entity)) : otherOrganisation(roleOf(p.entity)));
      else findings.push(belongs ? supported(roleOf(p.entity)) : otherOrganisation(roleOf(p.entity)));
    }
  }
  // "il représentait le Conseil de P": an organisation by a name the articles never use, for someone whose they give.
  const foreign = orgs.length === 0 && part.predicates.some((id) => kb.predicates.get(id)?.kind === 'title') ? part.topics.find((x) => x.kind === 'word' && /^\p{Lu}/u.test(x.surface)) : undefined;
  if (foreign) for (const p of people) if (affiliations(kb, p.entity).size) findings.push(claim.additive ? notStated([{ kind: 'element' }], roleOf(p.entity)) : contradicted('organisation', roleOf(p.entity)));
  const described = [...new Set([...claim.titles.flatMap((t) => (t.person ? [t.person] : [])), ...claim.identities.map((i) => i.person), ...people.map((p) => p.entity)])];
  // What is said of the person beyond a title: "nouveau" is carried when their own role fact uses the word;
  // a country or organisation when they belong to it; an idea never ("is B a K?" is not
  // "B of the Office of K").
  const unknownOrgs = new Set([...claim.titles, ...claim.identities].flatMap((t) => (t.unknownOrg ? [t.unknownOrg] : [])));
  const titled = claim.titles.length + claim.identities.length > 0;
  // "B handles K": the field of the office someone works in (the most specific one) is theirs.
  const fieldOf = (p: string) => {
    const e = kb.entities.get(p);
    if (e?.type !== 'person') return roleOf(p);
    const offices = [...new Set([...e.leads, ...e.belongs_to])];
    const specific = offices.filter((o) => !offices.some((x) => x !== o && (kb.entities.get(x) as { part_of?: string } | undefined)?.part_of === o));
    return [...roleOf(p), ...specific.flatMap((o) => factsAbout(kb, o, 'definition').slice(0, 1))];
  };
  const words: string[] = [];
  let unsupported = false;
  // "the outgoing chief" of someone the articles call new: the opposite of what their role says.
  for (const x of part.topics) {
    if (x.kind !== 'concept' || !x.opposite) continue;
    const against = described.flatMap(roleOf).filter((f) => f.concepts.includes(x.concept));
    findings.push(against.length && !notTheirs ? contradicted('title', against) : notStated([{ kind: 'element' }], described.flatMap(roleOf)));
  }
  for (const x of part.topics) {
    if (x.kind === 'word') {
      if (!unknownOrgs.has(x.surface) && !described.some((p) => roleOf(p).some((f) => carrier.carries(f, x, language)))) words.push(x.surface);
    } else if (x.kind === 'entity') {
      if (!described.some((p) => affiliations(kb, p).has(x.entity))) unsupported = true;
    // (Heading a field is a post of that field: "A heads the U's K" needs their own role to carry K, not the office's.)
    } else if (!titled && !described.some((p) => (ledField ? roleOf(p) : fieldOf(p)).some((f) => carrier.carries(f, x, language)))) {
      // "is B in charge of X?" where the articles give X as the post of another at B's own organisation: the field is
      // that one's, not B's. (Of another organisation, they do not say: "does A head X?" at home.)
      const colleague = (p: string) => !described.includes(p) && described.some((d) => [...affiliations(kb, d)].some((o) => affiliations(kb, p).has(o)));
      const holders = ledField && !x.opposite ? (postsWithIdea(kb).get(x.concept) ?? []).filter(colleague) : [];
      if (holders.length) findings.push(contradicted('role', [...described.flatMap(roleOf), ...holders.flatMap(roleOf)]));
      else unsupported = true;
    }
  }
  if (words.length) findings.push(notStated([{ kind: 'words', surfaces: words }], described.flatMap(roleOf)));
  else if (unsupported) findings.push(notStated([{ kind: 'element' }], described.flatMap(roleOf)));
  else if (!findings.length && part.topics.length && described.length) findings.push(supported(described.flatMap((p) => fieldOf(p).filter((f) => part.topics.some((x) => carrier.carries(f, x, language)))).concat(described.flatMap(roleOf)).filter((f, i, all) => all.indexOf(f) === i)));
  // "quel organisme représente B ?" takes for granted that he represents one: true of anyone the articles place in one.
  if (!findings.length && env.presupposed && people.length && people.every((p) => affiliations(kb, p.entity).size > 0)) return supported(people.flatMap((p) => roleOf(p.entity)));
  if (!findings.length) return notStated([{ kind: 'element' }], people.flatMap((p) => roleOf(p.entity)));
  return findings.find((f) => f.verdict === 'contradicted') ?? findings.find((f) => f.verdict === 'not_stated') ?? { ...supported([...new Set(findings.flatMap((f) => f.facts))]) };
}

/** The words of every language that no article gives (`never_given`), folded: one set per base. */
const neverGivenSets = new WeakMap<KnowledgeBase, ReadonlySet<string>>();
function neverGivenOf(kb: KnowledgeBase): ReadonlySet<string> {
  let set = neverGivenSets.get(kb);
  if (!set) neverGivenSets.set(kb, (set = new Set(Object.values(kb.languages).flatMap((l) => l.never_given.map((w) => fold(w))))));
  return set;
}

export function checkSource(claim: Claim, part: Part, env: VerifyEnv): Finding {
  const { kb } = env;
  // The issuer named with the document ("the U's communiqué"), or the doer of an issuing verb ("the P published…").
  const doers = part.predicates.length ? claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'organisation').map((p) => p.entity) : [];
  const issuers = [...claim.issuers, ...doers];
  const others = { ...claim, participants: claim.participants.filter((p) => !issuers.includes(p.entity)) };
  const scope = scopeOf(others, kb, env.focus);
  const source = (m: Meeting) => slotFacts(kb, m, 'source').slice(0, 1);
  // (A word the articles never give — « publiés le jour même » — is what is said of the documents, not who issued them.)
  const neverGiven = neverGivenOf(kb);
  const unknownIssuer = [...part.topics.filter((t) => t.kind === 'word' && !neverGiven.has(fold(t.surface))).map((t) => t.surface), ...(claim.unknownIssuers ?? [])];
  const unsaid = part.topics.filter((t) => t.kind === 'word' && neverGiven.has(fold(t.surface))).map((t) => t.surface);
  if (unsaid.length && !unknownIssuer.length) return notStated([{ kind: 'words', surfaces: unsaid }], firstOfSlot(kb, scope.meetings, 'source'), scope.meetings);
  // ("the communiqué was published on 30 November": a day said of the issuing, which no article gives, whoever issued it.)
  if (part.predicates.length && claim.dates.some((d) => !d.ofClause)) return notStated([{ kind: 'element' }], firstOfSlot(kb, scope.meetings, 'source'), scope.meetings);
  if (!issuers.length && !unknownIssuer.length) return supported(firstOfSlot(kb, scope.meetings, 'source'), scope.meetings);
  // The one who issued it, or a body it is part of: broader is right, narrower is not said.
  // One communiqué, one issuer: the body the article names, and no other (not even the one it belongs to).
  const judge = (m: Meeting) => (issuers.length > 0 && issuers.every((o) => o === m.communique) ? 'right' : 'wrong');
  const right = scope.meetings.filter((m) => judge(m) === 'right');
  // "Both statements were put out by the P pole": one that was not says otherwise.
  const exception = claim.every && issuers.length ? scope.meetings.find((m) => judge(m) === 'wrong') : undefined;
  if (exception) return contradicted('issuer', source(exception), [exception]);
  if (right.length && !unknownIssuer.length) return supported(right.flatMap(source), right);
  const wrong = scope.meetings.filter((m) => judge(m) === 'wrong');
  // "its own statement as well": another communiqué besides the one the articles cite is not ruled out.
  if (claim.additive) return notStated([{ kind: 'element' }], firstOfSlot(kb, scope.meetings, 'source'), scope.meetings);
  if ((scope.pinned || scope.meetings.length === kb.meetings.length) && wrong.length === scope.meetings.length && scope.meetings.length) {
    return contradicted('issuer', firstOfSlot(kb, scope.meetings, 'source'), scope.meetings);
  }
  return notStated([{ kind: 'element' }], firstOfSlot(kb, scope.meetings, 'source'), scope.meetings);
}

function isoOf(d: { day?: number; month?: number; year?: number }, reference?: string): string | undefined {
  // ("le lundi 24": a day with no month is of the month the event is known in.)
  const month = d.month ?? (reference ? Number(reference.slice(5, 7)) : undefined);
  if (d.day === undefined || month === undefined) return undefined;
  const year = d.year ?? Number((reference ?? '').slice(0, 4));
  return `${year}-${String(month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** The days the records show an event under way: its start, and the day of each meeting held during it. */
function daysSeen(kb: KnowledgeBase, event: { id: string; starts?: string }): string[] {
  return [event.starts, ...kb.meetings.filter((m) => m.occasion === event.id).map((m) => m.date)].filter((d): d is string => d !== undefined);
}
