// Claims about what was said in a meeting (discussed, asked, stressed): a fact
// of that meeting must say it, by the right people, with every topic.
import type { Meeting } from '../knowledge/schema.js';
import { inBaseOrder } from '../knowledge/indexes.js';
import { factCount, indexInList, joinLasting, placesOf, positionOf } from '../knowledge/fact-marks.js';
import type { Fact, KnowledgeBase } from '../knowledge/types.js';
import type { Claim } from '../understand/frame.js';
import type { Topic } from '../understand/claim-types.js';
import { affiliations, factsAbout, participants } from '../retrieve/graph.js';
import type { Part, VerifyEnv } from './env.js';
import { correction, narrowerGaps } from './evidence.js';
import { carrying, meetingIds, meetingPool, meetingsOf, stating } from './pool.js';
import { AMONG_BY_INDEX } from './carry.js';
import { conflicts, scopeOf } from './scope.js';
import { contradicted, notStated, supported, type Finding, type Gap } from './verdict.js';

export function checkContent(claim: Claim, part: Part, env: VerifyEnv): Finding {
  const { kb, carrier, language } = env;
  const scope = scopeOf(claim, kb, env.focus);
  if (scope.pinned && scope.meetings.length && scope.meetings.every((m) => conflicts(m, claim, kb, claim.unknownPlaces).length > 0)) {
    const m = scope.meetings[0] as Meeting;
    const dimension = conflicts(m, claim, kb, claim.unknownPlaces)[0] ?? 'place';
    return contradicted(dimension, correction(m, dimension, claim, kb), scope.meetings);
  }
  const meetings = scope.meetings.filter((m) => conflicts(m, claim, kb, claim.unknownPlaces).length === 0);
  // ("says the Y meeting was at P headquarters": a building said of meetings whose building no article gives.)
  if (claim.venues.length && (claim.meetings.length > 0 || claim.generic.has('meeting')) && meetings.length && meetings.every((m) => !m.venue)) return notStated([{ kind: 'words', surfaces: claim.venues }], meetings.flatMap((m) => factsAbout(kb, m.id, 'where').slice(0, 1)), meetings);
  const symmetric = part.predicates.every((p) => kb.predicates.get(p)?.symmetric ?? false);
  // ("what was said about X?", « qu'est-ce qui a été dit sur X ? »: asked, of no one, what was said is whatever was talked
  // about — a discussion answers it as well as a statement.)
  const asked = env.presupposed && claim.passive === true && !claim.participants.length && !claim.doerCountry && !claim.generic.has('article') && !claim.generic.has('document');
  const stated = asked ? part.predicates.map((p) => { const d = kb.predicates.get(p); return d?.asks === 'statement' && d.entails.includes('converse') ? 'converse' : p; }) : part.predicates;
  // What was said in the meetings in question, by or of the people named, wherever the fact is filed.
  const byPeople = scope.people.length ? inBaseOrder(kb, scope.people.flatMap((p) => kb.factsByActor.get(p) ?? [])) : [];
  // (…and a link's facts, filed under what its headline speaks of rather than a meeting: "what's the read-also link about?")
  const aboutTopics = part.topics.flatMap((t) => (t.kind === 'entity' ? factsAbout(kb, t.entity) : t.kind === 'concept' && kb.concepts.get(t.concept)?.link ? (kb.factsWithConcept.get(t.concept) ?? []) : []));
  // Of a meeting pinned down ("did they talk about the <a region> there?"), only what was said in it.
  const inMeetings = meetingIds(kb, meetings);
  const inScope = (f: Fact) => !scope.pinned || inMeetings.has(f.about) || kb.entities.get(f.about)?.type !== 'meeting';
  // Each fact once, in the order first met (all that ranking and narrowerGaps() read of it). At a thousand
  // articles it can hold every fact of every meeting: a fact is filed under one subject, so the facts of
  // distinct meetings and people are distinct, and only those found otherwise are looked up among them.
  const extra = new Set<Fact>();
  for (const f of [...aboutTopics, ...byPeople]) {
    if (!inScope(f) || inMeetings.has(f.about) || scope.people.includes(f.about) || extra.has(f)) continue;
    extra.add(f);
  }
  // Every meeting's facts (a claim naming no one), gathered once per base (pool.ts).
  const head = scope.people.length ? meetingPool(kb, meetings) : undefined;
  const tail = head ? [...scope.people.flatMap((p) => (meetings.some((m) => m.id === p) ? [] : factsAbout(kb, p))), ...extra] : [];
  // (Every meeting's facts and a few more: joined so that what is drawn from the lasting part is drawn once, pool.ts.)
  const pool: readonly Fact[] = head ? joinLasting(kb, head, tail) : meetingPool(kb, meetings, [...extra]);
  // Who says it must be the fact's speaker; whom it is said to, anyone in the meeting ("what did he ask A for?").
  const audience = (f: Fact) => {
    const m = kb.entities.get(f.about);
    return m?.type === 'meeting' ? participants(m) : [];
  };
  const roleOf = (p: string) => claim.participants.find((x) => x.entity === p)?.role;
  const owners = claim.participants.filter((x) => x.owns && kb.entities.get(x.entity)?.type === 'organisation').map((x) => x.entity);
  // (…and those named with no verb and no one, said with what they own: "the P has its headquarters in Z".)
  const ideaOwners = [...owners, ...part.topics.flatMap((t) => (t.kind === 'entity' && t.owns ? [t.entity] : []))];
  // ("conveyed A's wish": whose wish or words they are, the fact must have say or want them, not just be there.)
  const whoseSaying = claim.participants.filter((x) => x.speaks && kb.entities.get(x.entity)?.type === 'person').map((x) => x.entity);
  // Only a fact that may involve each person named can (carrier.factsInvolving): a set lookup before the full test.
  const touching = scope.people.map((p) => carrier.factsInvolving(p).set);
  // ("praised A": with a verb whose object is what is said, A must be what the fact is about (its objects), not just be in the room.)
  // (Right after the verb: "stressed to A that…" says to whom.)
  const isSaidOf = (p: string) => {
    const who = claim.participants.find((x) => x.entity === p);
    const verb = claim.predicates.find((t) => t.ids.some((id) => part.predicates.includes(id)));
    return who?.role === 'object' && kb.entities.get(p)?.type === 'person' && verb !== undefined && who.start === verb.start + verb.surface.split(/\s+/).length && part.predicates.every((id) => kb.predicates.get(id)?.object_is_topic === true);
  };
  const saidOf = new Set(scope.people.filter(isSaidOf));
  // (Who the claim says talked: its doers.)
  const talkers = claim.participants.filter((p) => p.role === 'agent').map((p) => p.entity);
  const fits = (f: Fact): boolean => {
    for (const t of touching) if (!t.has(f)) return false;
    for (const p of stated) if (!carrier.saysPredicate(f, p)) return false;
    // (An organisation must be the fact's own, or a part, present in the room, of one the fact names: "U asks the P" is not the U's wish in a room the P was in.)
    const named = (p: string) => { const e = kb.entities.get(p); const whole = e?.type === 'organisation' ? e.part_of : undefined; return f.mentions.includes(p) || (!!whole && f.mentions.includes(whole) && carrier.involves(audience(f), p)); };
    const addressed = (p: string) => roleOf(p) !== 'agent' && (kb.entities.get(p)?.type === 'person' ? carrier.involves(audience(f), p) : named(p));
    for (const p of scope.people) if (saidOf.has(p) ? !f.objects?.includes(p) : !(carrier.involves(carrier.people(f, symmetric), p) || addressed(p))) return false;
    // ("A a parlé de X" where B said X: what one side said is theirs, not a talk both sides had — one of them named must have said it.)
    if (symmetric && f.speaker !== undefined && talkers.length && !talkers.some((p) => carrier.involves([f.speaker as string], p))) return false;
    // ("learn from the U's experience": whose a thing is, the fact names; its speaker being one of theirs is not enough.)
    for (const p of owners) if (!named(p)) return false;
    for (const p of whoseSaying) if (f.speaker !== p && !f.agents.includes(p)) return false;
    return true;
  };
  // With no one named, only the predicates sort the facts: of a lasting pool, those that state them are found once (pool.ts).
  // ("K asked the U…": the fact's doers, or else everyone in its meeting, must include someone of that country.)
  const country = claim.doerCountry;
  const byCountry = (f: Fact, country: string) => {
    const doers = f.agents.length || f.speaker ? [...f.agents, ...(f.speaker ? [f.speaker] : [])] : audience(f);
    return doers.some((d) => d === country || affiliations(kb, d).has(country));
  };
  const said = head ? [...involving(kb, head, touching).filter(fits), ...tail.filter(fits)] : stated.length ? stating(kb, carrier, pool, stated) : pool;
  // (No country said, the list itself: a lasting pool stays one, so what is drawn from it below is drawn once per base.)
  const compatible = country === undefined ? said : ofCountry(kb, said, country, (f) => byCountry(f, country));
  if (claim.unknownPlaces.length) return notStated([{ kind: 'words', surfaces: claim.unknownPlaces }], env.rank(compatible, 1), meetings);
  if (!part.topics.length && !claim.narrower.length) {
    if (compatible.length) return supported(env.rank(compatible, 2), meetingsOf(compatible, kb));
    return notStated([{ kind: 'element' }], env.rank(pool, 2), meetings);
  }
  // "wanted to reduce cooperation": a fact that says they wanted to strengthen it contradicts it.
  for (const topic of part.topics) {
    if (topic.kind !== 'concept' || !topic.opposite) continue;
    const against = withConcept(kb, compatible, topic.concept);
    if (against.length) return contradicted('content', env.rank(against, 1), meetingsOf(against, kb));
  }
  const carried: Fact[] = [];
  const gaps: Gap[] = [];
  const closest: Fact[] = [];
  // "Who passed on the SG's message?": of the facts that say it, first one that says who did, besides those named.
  const asksDoer = env.asksWho === true && !claim.participants.some((p) => p.role === 'agent');
  const named = new Set(claim.participants.map((p) => p.entity));
  const namesDoer = (f: Fact) => [f.speaker, ...f.agents].some((a) => a !== undefined && !named.has(a) && kb.entities.get(a)?.type === 'person');
  // Every fact that carries each topic, kept for the one-meeting test below.
  const carriersOf: (readonly Fact[])[] = [];
  // ("A is new": a fact's concept said of someone — "received B, the new USG" — carries it for them only.)
  const persons = scope.people.filter((p) => kb.entities.get(p)?.type === 'person');
  const saidOfThem = (f: Fact, topic: Topic) => {
    const who = topic.kind === 'concept' ? f.describes?.[topic.concept] : undefined;
    return who === undefined || kb.entities.get(who)?.type !== 'person' || !persons.length || persons.includes(who);
  };
  for (const topic of part.topics) {
    const found = carrying(kb, carrier, compatible, topic, language);
    // (An idea said of a body, "strengthen the P", only by a fact that says it of them.)
    const ofBody = topic.kind === 'concept' ? topic.of : undefined;
    // ("the P has its headquarters in Z": an idea whose owner is named, not by a fact that says it is someone else's.)
    const ownersOk = (f: Fact) => topic.kind !== 'concept' || !ideaOwners.length || f.describes?.[topic.concept] === undefined || ideaOwners.some((o) => o === f.describes?.[topic.concept] || affiliations(kb, o).has(f.describes?.[topic.concept] as string));
    // (Each filter only when it can drop a fact: a list left whole stays the lasting one, ranked by its places at a thousand articles.)
    const concept = topic.kind === 'concept' ? topic.concept : undefined;
    let all = found;
    if (ofBody !== undefined) all = all.filter((f) => f.describes?.[concept as string] === ofBody);
    else if (concept !== undefined && persons.length && found.some((f) => f.describes)) all = all.filter((f) => saidOfThem(f, topic));
    if (concept !== undefined && ideaOwners.length) all = all.filter(ownersOk);
    carriersOf.push(all);
    const by = env.rank(all, asksDoer ? undefined : 1);
    if (by.length) {
      carried.push(((asksDoer ? by.find(namesDoer) : undefined) ?? by[0]) as Fact);
      continue;
    }
    gaps.push(topic.kind === 'word' ? { kind: 'words', surfaces: [topic.surface] } : topic.kind === 'concept' && topic.concept === claim.asked ? { kind: 'unknown' } : { kind: 'element' });
    // Where the articles do speak of it, and who met in that meeting ("<a country> came up in Y, with B").
    const elsewhere = env.rank(carrier.factsCarrying(topic, language), 1);
    const theirMeeting = elsewhere.flatMap((f) => (kb.entities.get(f.about)?.type === 'meeting' && !inMeetings.has(f.about) ? factsAbout(kb, f.about, 'who').slice(0, 1) : []));
    closest.push(...theirMeeting, ...elsewhere);
  }
  gaps.push(...narrowerGaps(claim, compatible.length ? compatible : pool, env));
  // What one meeting's facts say with what another's say is said of neither: "K named regional seat of the U office"
  // (the Z headquarters from X, "regional" from Y). Facts of no meeting (who someone is) go with any.
  const meetingOfFact = (f: Fact) => (kb.entities.get(f.about)?.type === 'meeting' ? f.about : undefined);
  const apart = new Set(carried.map(meetingOfFact).filter((m) => m !== undefined));
  if (!gaps.length && apart.size > 1) {
    // (Each list's meetings gathered once: at a thousand articles a list can hold thousands of facts.)
    const reach = carriersOf.map((facts) => { const of = new Set<string | undefined>(); for (const f of facts) of.add(meetingOfFact(f)); return of; });
    const together = [...apart].find((m) => reach.every((of) => of.has(undefined) || of.has(m)));
    if (!together) return notStated([{ kind: 'element' }], [...new Set(carried)], meetings);
  }
  // ("O has its headquarters in Z": with no verb and no one, what is named is said of each other, by one fact: O by one
  // and another's headquarters in Z say nothing of O's.)
  // (A place may be where a meeting was, the scene of what was said; an organisation is what the ideas are said of.)
  if (!gaps.length && claim.saidTogether) {
    // (As sets: at a thousand articles each list may hold thousands of facts.)
    const ideas = carriersOf.filter((_, i) => part.topics[i]?.kind === 'concept').map((facts) => new Set(facts));
    const bodies = carriersOf.filter((_, i) => { const t = part.topics[i]; return t?.kind === 'entity' && kb.entities.get(t.entity)?.type === 'organisation'; });
    if (ideas.length && bodies.some((of) => !of.some((f) => ideas.every((facts) => facts.has(f))))) return notStated([{ kind: 'element' }], [...new Set(carried)], meetings);
    // ("are the U P units based in X?": a body and a place, with no idea, by one fact that names both.)
    const places = carriersOf.filter((_, i) => { const t = part.topics[i]; return t?.kind === 'entity' && kb.entities.get(t.entity)?.type === 'place'; }).map((facts) => new Set(facts));
    if (!ideas.length && places.length && bodies.some((of) => !of.some((f) => places.every((facts) => facts.has(f))))) return notStated([{ kind: 'element' }], [...new Set(carried)], meetings);
  }
  // ("les policiers de K de l'U sont déployés au siège à Z": with no verb, what is said of the subject a fact that names
  // it must say; one fact's K's officers with another's headquarters say what neither does.)
  const subjects = part.topics.flatMap((t, i) => (t.kind === 'concept' && t.subject ? [carriersOf[i] ?? []] : []));
  const withSubject = (facts: readonly Fact[]) => subjects.every((of) => facts.some((f) => of.includes(f)));
  if (!gaps.length && subjects.length && part.topics.some((t, i) => !(t.kind === 'concept' && t.subject) && !withSubject(carriersOf[i] ?? []))) {
    return notStated([{ kind: 'element' }], [...new Set(carried)], meetings);
  }
  // ("both articles talk about K", « les deux rencontres ont porté sur… »: each meeting meant says it itself.)
  if (claim.every && (claim.generic.has('meeting') || claim.generic.has('article')) && meetings.length > 1 && !gaps.length && meetings.some((m) => !carriersOf.every((facts) => facts.some((f) => meetingOfFact(f) === m.id)))) {
    return notStated([{ kind: 'element' }], [...new Set(carried)], meetings);
  }
  // ("more K officers": a fact that says them must say the increase too.)
  for (const { concept, of } of claim.increases ?? []) {
    const i = part.topics.findIndex((t) => t.surface === of);
    if (!gaps.length && i >= 0 && !(carriersOf[i] ?? []).some((f) => f.concepts.includes(concept))) return notStated([{ kind: 'element' }], [...new Set(carried)], meetings);
  }
  // ("wanted less partnership": a fact that says it strengthened says otherwise; one that only names it says nothing of less.)
  for (const { concept, of } of claim.decreases ?? []) {
    const i = part.topics.findIndex((t) => t.surface === of);
    if (gaps.length || i < 0) continue;
    const against = (carriersOf[i] ?? []).filter((f) => f.concepts.includes(concept));
    return against.length ? contradicted('content', env.rank(against, 1), meetingsOf(against, kb)) : notStated([{ kind: 'element' }], [...new Set(carried)], meetings);
  }
  // (« c'est A qui en a parlé », « A lui en a parlé »: the facts say the two sides talked of it, not which one did.)
  // (« c'est A qui a parlé de X » when the fact says B said X: talking with A, B is the one singled out.)
  if (!gaps.length && claim.singledOut && symmetric) {
    const agents = claim.participants.filter((p) => p.role === 'agent').map((p) => p.entity);
    const doneBy = (f: Fact) => [...f.agents, ...(f.speaker ? [f.speaker] : [])].some((d) => (agents.length ? agents : [...named]).includes(d));
    if (!carried.every(doneBy)) return (carried.some((f) => f.agents.length || f.speaker) ? someoneElseSaidIt(claim, part, env) : undefined) ?? notStated([{ kind: 'element' }], [...new Set(carried)], meetings);
  }
  if (!gaps.length) return supported([...new Set(carried)], meetingsOf(carried, kb));
  return someoneElseSaidIt(claim, part, env) ?? notStated(gaps, [...new Set([...closest, ...carried, ...env.rank(compatible, 1)])], meetings);
}

/**
 * "c'est A qui a dit X", "wasn't it A who praised…": a cleft names the one who did it. When the articles say X
 * was said by someone else, and not by A, A is the wrong one. (Without the cleft, "A said X too" stays unsaid.)
 */
function someoneElseSaidIt(claim: Claim, part: Part, env: VerifyEnv): Finding | undefined {
  const { kb } = env;
  const isPerson = (p: string) => kb.entities.get(p)?.type === 'person';
  // ("it was K that asked…", « c'est le K qui a demandé… »: a country in the focus, as who said it, is the one named.)
  const country = claim.singledOut === 'cleft' ? claim.doerCountry : undefined;
  const named = country !== undefined ? [country] : claim.participants.filter((p) => p.role === 'agent' && isPerson(p.entity)).map((p) => p.entity);
  if (claim.singledOut !== 'cleft' || named.length !== 1) return undefined;
  const without = checkContent({ ...claim, singledOut: undefined, cleft: undefined, doerCountry: undefined, participants: claim.participants.filter((p) => !named.includes(p.entity)) }, part, env);
  // (A fact of "the two sides" names no one: those who said it are the people of its meeting.)
  const doers = (f: Fact) => {
    const own = [...f.agents, ...(f.speaker ? [f.speaker] : [])].filter(isPerson);
    return own.length ? own : env.carrier.people(f, true).filter(isPerson);
  };
  const isNamed = (d: string) => named.includes(d) || (country !== undefined && affiliations(kb, d).has(country));
  const others = without.facts.filter((f) => doers(f).length > 0 && !doers(f).some(isNamed));
  return without.verdict === 'supported' && others.length === without.facts.length ? contradicted('identity', others, without.meetings) : undefined;
}

/**
 * "according to A, …", « d'après A lui-même »: what the facts say is A's words only when they have A say or do it;
 * a communiqué's words, or the two sides', are not A's.
 */
export function sourceFinding(source: string, findings: readonly Finding[], env: VerifyEnv): Finding {
  return saidOnlyWhere(findings, (f) => f.speaker === source || f.agents.includes(source), env);
}

/** "the Y piece says…": what the facts say is that article's only when they quote it; the other article's is not. */
export function articleFinding(article: string, findings: readonly Finding[], env: VerifyEnv): Finding {
  return saidOnlyWhere(findings, (f) => f.evidence.some((e) => e.article === article), env);
}

/** Supported only if every fact the supported findings rest on holds ("according to A, X and Y": Y the communiqué's is not A's). */
function saidOnlyWhere(findings: readonly Finding[], holds: (f: Fact) => boolean, env: VerifyEnv): Finding {
  const facts = findings.filter((f) => f.verdict === 'supported').flatMap((f) => f.facts);
  return facts.length && facts.every(holds) ? supported(facts, meetingsOf(facts, env.kb)) : notStated([{ kind: 'element' }], facts);
}

/**
 * The facts of a pool that are in each of these sets (a person's facts, carrier.factsInvolving()), in the pool's order:
 * of every meeting's facts (a lasting list), found from the shortest set's side through the facts' places in the pool.
 */
function involving(kb: KnowledgeBase, pool: readonly Fact[], sets: readonly ReadonlySet<Fact>[]): readonly Fact[] {
  const inPool = sets.length ? indexInList(kb, pool) : undefined;
  if (!inPool) return pool;
  const fewest = sets.reduce((a, b) => (b.size < a.size ? b : a));
  const at: number[] = [];
  for (const f of fewest) {
    const p = positionOf(kb, f);
    const i = p === undefined ? -1 : (inPool[p] as number);
    if (i >= 0) at.push(i);
  }
  return at.sort((a, b) => a - b).map((i) => pool[i] as Fact);
}

/**
 * Per base, by entity: the places in the base (positionOf) of the facts some doer of which is it or belongs to it
 * (checkContent's byCountry(): the agents and speaker, else everyone in the fact's meeting), ascending. Gathered in
 * one pass over the base, the first time a claim says whose doers they are.
 */
const doneByIndex = new WeakMap<KnowledgeBase, Map<string, number[]>>();

function doneBy(kb: KnowledgeBase): Map<string, number[]> {
  let index = doneByIndex.get(kb);
  if (index) return index;
  index = new Map();
  let position = 0;
  for (const f of kb.facts.values()) {
    const about = kb.entities.get(f.about);
    const doers = f.agents.length || f.speaker ? [...f.agents, ...(f.speaker ? [f.speaker] : [])] : about?.type === 'meeting' ? participants(about) : [];
    const keys = new Set<string>();
    for (const d of doers) {
      keys.add(d);
      for (const a of affiliations(kb, d)) keys.add(a);
    }
    for (const k of keys) {
      const list = index.get(k);
      if (list) list.push(position);
      else index.set(k, [position]);
    }
    position++;
  }
  doneByIndex.set(kb, index);
  return index;
}

/** The facts of a list some doer of which is of `country` (what filtering it with `test` gives), in the list's order. */
function ofCountry(kb: KnowledgeBase, facts: readonly Fact[], country: string, test: (f: Fact) => boolean): readonly Fact[] {
  return keptAt(kb, facts, doneBy(kb).get(country) ?? [], test);
}

/** Per index list of the base (kb.factsWithConcept…), its facts' places in the base. */
const indexPlaces = new WeakMap<readonly Fact[], Int32Array>();

/** The facts of a list that carry a concept, in its order: f.concepts.includes(concept), read from the base's index. */
function withConcept(kb: KnowledgeBase, facts: readonly Fact[], concept: string): Fact[] {
  const test = (f: Fact) => f.concepts.includes(concept);
  const index = kb.factsWithConcept.get(concept) ?? [];
  let places = indexPlaces.get(index);
  if (!places) indexPlaces.set(index, (places = Int32Array.from(index, (f) => positionOf(kb, f) ?? -1)));
  // (An index fact that is not the base's own object is never in the list's places: the list's own is tested.)
  return keptAt(kb, facts, places, test);
}

/**
 * The facts of a list whose place in the base is among `at` (the places of the base's facts that pass `test`), in
 * the list's order: what filtering it with `test` gives, with a place read per fact (the list can be every fact of
 * every meeting, thousands at a thousand articles) rather than the test; a fact that is not the base's own is tested.
 */
function keptAt(kb: KnowledgeBase, facts: readonly Fact[], at: ArrayLike<number>, test: (f: Fact) => boolean): Fact[] {
  if (facts.length < AMONG_BY_INDEX || factCount(kb) !== kb.facts.size) return facts.filter(test);
  const marked = new Uint8Array(factCount(kb));
  for (let k = 0; k < at.length; k++) if ((at[k] as number) >= 0) marked[at[k] as number] = 1;
  const places = placesOf(facts);
  const out: Fact[] = [];
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i] as Fact;
    const p = places ? (places[i] as number) : (positionOf(kb, f) ?? -1);
    if (p >= 0 ? marked[p] === 1 : test(f)) out.push(f);
  }
  return out;
}