// Lookups the answer paths and the validator need, built once when the
// knowledge loads, so that no question (and no check of the base) scans every
// fact or meeting for each article, meeting or person: with N articles, a scan
// inside a loop over articles is N², an index lookup inside it is N.
// Every list keeps the base's own order (facts as loaded, meetings by date),
// so a lookup returns exactly what filtering the whole base would.
import { affiliations } from '../retrieve/graph.js';
import type { Meeting } from './schema.js';
import type { Article, Fact, KnowledgeBase } from './types.js';

export interface KnowledgeIndexes {
  /** Facts whose evidence quotes each article. */
  factsCiting: Map<string, Fact[]>;
  /** Facts that name each entity among their `mentions` or `items`. */
  factsMentioning: Map<string, Fact[]>;
  /** Facts in which each entity acts: among their `agents` or `objects`, or their `speaker`. */
  factsByActor: Map<string, Fact[]>;
  /** Facts whose `agents` hold each entity. */
  factsByAgent: Map<string, Fact[]>;
  /** Facts carrying each concept. */
  factsWithConcept: Map<string, Fact[]>;
  /** Facts that state each predicate as written (what a predicate entails is the verifier's). */
  factsWithPredicate: Map<string, Fact[]>;
  /** Meetings each article reports. */
  meetingsInArticle: Map<string, Meeting[]>;
  /** Meetings each person or organisation took part in, in person or through a member (retrieve/graph.ts `involves`). */
  meetingsInvolving: Map<string, Meeting[]>;
  /** Meetings held at each place or inside it (retrieve/graph.ts `placeAgrees`). */
  meetingsAt: Map<string, Meeting[]>;
  /** People who lead each organisation. */
  leadersOf: Map<string, string[]>;
  /** Events each organisation holds ("during O": the one O holds). */
  eventsHeldBy: Map<string, string[]>;
  /** Organisations of each country ("K asked…": a country whose people could have said it). */
  organisationsOf: Map<string, string[]>;
  /** Each fact's place in the base (facts as loaded), to merge lookups back into that order. */
  factPosition: Map<string, number>;
  /** The articles by date (a stable sort: same-day articles as loaded). */
  articlesByDate: Article[];
}

type Base = Omit<KnowledgeBase, keyof KnowledgeIndexes>;

function add<V>(map: Map<string, V[]>, key: string | undefined, value: V): void {
  if (key === undefined) return;
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list.at(-1) !== value) list.push(value);
}

/** The places a meeting was held at: its city, and its venue (else its city) with every place that stands within. */
function placesOf(kb: Base, m: Meeting): string[] {
  const out = new Set<string>([m.city]);
  const seen = new Set<string>();
  let at: string | undefined = m.venue ?? m.city;
  while (at && !seen.has(at)) {
    seen.add(at);
    out.add(at);
    const place = kb.entities.get(at);
    at = place?.type === 'place' ? place.within : undefined;
  }
  return [...out];
}

/** The indexes of a base (give it the base object the loader returns: affiliations are cached per base). */
export function buildIndexes(kb: KnowledgeBase | Base): KnowledgeIndexes {
  const indexes: KnowledgeIndexes = {
    factsCiting: new Map(),
    factsMentioning: new Map(),
    factsByActor: new Map(),
    factsByAgent: new Map(),
    factsWithConcept: new Map(),
    factsWithPredicate: new Map(),
    meetingsInArticle: new Map(),
    meetingsInvolving: new Map(),
    meetingsAt: new Map(),
    leadersOf: new Map(),
    eventsHeldBy: new Map(),
    organisationsOf: new Map(),
    factPosition: new Map(),
    articlesByDate: [...kb.articles.values()].sort((a, b) => a.date.localeCompare(b.date)),
  };
  for (const fact of kb.facts.values()) {
    indexes.factPosition.set(fact.id, indexes.factPosition.size);
    for (const e of fact.evidence) add(indexes.factsCiting, e.article, fact);
    for (const id of [...fact.mentions, ...(fact.items ?? [])]) add(indexes.factsMentioning, id, fact);
    for (const id of [...fact.agents, ...fact.objects, ...(fact.speaker ? [fact.speaker] : [])]) add(indexes.factsByActor, id, fact);
    for (const id of fact.agents) add(indexes.factsByAgent, id, fact);
    for (const c of fact.concepts) add(indexes.factsWithConcept, c, fact);
    for (const p of fact.predicates) add(indexes.factsWithPredicate, p, fact);
  }
  const asBase = kb as KnowledgeBase;
  for (const m of kb.meetings) {
    add(indexes.meetingsInArticle, m.article, m);
    for (const p of [m.host, ...m.guests]) {
      add(indexes.meetingsInvolving, p, m);
      for (const a of affiliations(asBase, p)) add(indexes.meetingsInvolving, a, m);
    }
    for (const place of placesOf(kb, m)) add(indexes.meetingsAt, place, m);
  }
  for (const e of kb.entities.values()) {
    if (e.type === 'person') for (const org of e.leads) add(indexes.leadersOf, org, e.id);
    if (e.type === 'organisation') add(indexes.organisationsOf, e.country, e.id);
    if (e.type === 'event') add(indexes.eventsHeldBy, e.organiser, e.id);
  }
  return indexes;
}

/** The meetings any of these took part in, in the base's order: what filtering every meeting with involves() gives. */
export function meetingsInvolvingAny(kb: Pick<KnowledgeBase, 'meetings' | 'meetingsInvolving'>, people: readonly string[]): Meeting[] {
  if (people.length === 1) return [...(kb.meetingsInvolving.get(people[0] as string) ?? [])];
  const involved = new Set(people.flatMap((p) => kb.meetingsInvolving.get(p) ?? []));
  return kb.meetings.filter((m) => involved.has(m));
}

/** The meetings every one of these people was host or guest of, in the base's order (one index list, not every meeting). */
export function meetingsOfAll(kb: Pick<KnowledgeBase, 'meetingsInvolving'>, people: readonly string[]): Meeting[] {
  const [first] = people;
  if (first === undefined) return [];
  return (kb.meetingsInvolving.get(first) ?? []).filter((m) => people.every((p) => m.host === p || m.guests.includes(p)));
}

/** Facts from several lookups, each once, in the base's order: what filtering the whole base would give. */
export function inBaseOrder(kb: Pick<KnowledgeIndexes, 'factPosition'>, facts: Iterable<Fact>): Fact[] {
  const unique = [...new Set(facts)];
  // Each fact's place looked up once, not at every comparison (lists run to thousands at a thousand articles).
  const position = unique.map((f) => kb.factPosition.get(f.id) ?? Number.MAX_SAFE_INTEGER);
  return unique
    .map((_, i) => i)
    .sort((a, b) => (position[a] as number) - (position[b] as number))
    .map((i) => unique[i] as Fact);
}

const meetingPositions = new WeakMap<readonly Meeting[], Map<string, number>>();

/**
 * The meetings of the base whose ids are among these, in the base's order: what filtering every meeting by
 * `ids.includes(m.id)` gives, found by id (a conversation's focus names a few meetings; the base may hold thousands).
 */
export function meetingsWithIds(kb: Pick<KnowledgeBase, 'meetings'>, ids: readonly string[]): Meeting[] {
  if (!ids.length) return [];
  let position = meetingPositions.get(kb.meetings);
  if (!position) {
    position = new Map(kb.meetings.map((m, i) => [m.id, i]));
    meetingPositions.set(kb.meetings, position);
  }
  const at = [...new Set(ids.flatMap((id) => position.get(id) ?? []))].sort((a, b) => a - b);
  return at.map((i) => kb.meetings[i] as Meeting);
}

/** Whether a meeting is at the entity or a fact is about or names it: a city the knowledge knows only to tell it from the coverage's is not. */
export function inCoverage(kb: KnowledgeBase, id: string): boolean {
  return Boolean(kb.meetingsAt.get(id)?.length || kb.factsMentioning.get(id)?.length || kb.factsAbout.get(id)?.length);
}
