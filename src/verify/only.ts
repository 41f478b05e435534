// "Only": a claim that says nothing else was said (« seulement la <a country> »), or that
// someone leads only the organisation named (« dirige seulement la Q »).
import type { Meeting } from '../knowledge/schema.js';
import type { Fact, KnowledgeBase } from '../knowledge/types.js';
import type { Claim, Topic } from '../understand/frame.js';
import { factsAbout, within } from '../retrieve/graph.js';
import type { VerifyEnv } from './env.js';
import { otherMeetings } from './meetings.js';
import { isEveryMeeting } from './pool.js';
import { scopeOf } from './scope.js';
import { contradicted, notStated, supported, type Finding } from './verdict.js';

/**
 * "It was all about Africa": only a list the articles give can show that
 * nothing else was said, and one item outside it shows otherwise.
 */
export function exclusiveFindings(claim: Claim, env: VerifyEnv): Finding[] {
  if (!claim.only) return [];
  const { kb } = env;
  const led = onlyLedFindings(claim, env);
  if (led.length) return led;
  const meetings = scopeOf(claim, kb, env.focus).meetings;
  // "A only met C there": no record says whom else someone did not meet, unless one says whom else they did.
  const met = claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'meeting'));
  if (met && !claim.topics.length && claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'person')) {
    const others = someoneElseMet(claim, env);
    return [others ? contradicted('identity', others.facts, others.meetings) : notStated([{ kind: 'element' }], firstFact(kb, meetings), meetings)];
  }
  const lists = listingFacts(kb, meetings);
  // ("the Y meeting was only about Z": of one meeting none of whose topics carries the idea, any topic it
  // discussed shows otherwise. An idea some of them carry — "only about X" — the articles do not weigh.)
  const [one] = meetings;
  // (Only a claim about what a meeting was about: a verb of discussing, or none said of the meeting, « c'était uniquement sur Z ».)
  const aboutTopics = claim.predicates.length ? claim.predicates.every((p) => p.ids.some((id) => kb.predicates.get(id)?.asks === 'topics')) : claim.meetings.length > 0 || claim.ofMeeting === true || claim.generic.has('meeting');
  // (…and of the meeting itself: with people named, "only" may be said of something else they did — "sign X, or was it just talk?".)
  const people = claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'person');
  const topicsOfOne = one && meetings.length === 1 && aboutTopics && !people && !claim.dates.length && !claim.counts.length ? factsAbout(kb, one.id, 'topic') : [];
  const neverThere = (t: Topic) => topicsOfOne.length > 0 && !topicsOfOne.some((f) => env.carrier.carries(f, t, env.language));
  // (Something narrower, "only about <an event of the kind X>": a topic that is not even of the broader idea shows otherwise.)
  const broader = (n: Claim['narrower'][number]): Topic | undefined => (n.of.concept ? { kind: 'concept', concept: n.of.concept, surface: n.surface, fuzzy: false } : n.of.entity ? { kind: 'entity', entity: n.of.entity, surface: n.surface } : undefined);
  const elsewhere = claim.narrower.flatMap((n) => {
    const of = broader(n);
    const other = of ? topicsOfOne.find((f) => !env.carrier.carries(f, of, env.language)) : topicsOfOne[0];
    return other ? [contradicted('content', [other], meetings)] : [];
  });
  return [...elsewhere, ...claim.topics.map((t) => {
    if (t.kind !== 'entity') return t.kind === 'concept' && neverThere(t) ? contradicted('content', topicsOfOne.slice(0, 1), meetings) : notStated([{ kind: 'element' }], lists.slice(0, 1));
    // (Only the first of each is quoted: found, not every one gathered.)
    const inside = (i: string) => i === t.entity || within(kb, i, t.entity);
    // (Of every meeting's lists, only those with an item inside the entity can hold it: looked up, not searched.)
    const holding = isEveryMeeting(kb, meetings) ? (listsHolding(kb, lists).get(t.entity) ?? []) : lists;
    const listing = holding.find((f) => f.items?.some(inside));
    if (!listing) return notStated([{ kind: 'element' }], lists.slice(0, 1));
    const outside = holding.find((f) => f.items?.some(inside) && f.items.some((i) => !inside(i)));
    return outside ? contradicted('content', [outside], meetings) : supported([listing], meetings);
  })];
}

/** "A only met C during the O assembly": the meetings the articles report of A's, then, with someone besides C. */
function someoneElseMet(claim: Claim, env: VerifyEnv): Finding | undefined {
  const { kb } = env;
  // (Who met: the first person not met; whom: everyone else named, people or their organisation, "U people".)
  const doer = claim.participants.find((p) => p.role !== 'object' && kb.entities.get(p.entity)?.type === 'person');
  const doers = doer ? [doer] : [];
  const met = claim.participants.filter((p) => p !== doer);
  if (!doers.length || !met.length) return undefined;
  const predicates = [...new Set(claim.predicates.flatMap((p) => p.ids.filter((id) => kb.predicates.get(id)?.kind === 'meeting')))];
  const asked = { ...claim, only: false, others: true, participants: doers, excluded: [...claim.excluded, ...met.map((p) => p.entity)] };
  const found = otherMeetings(asked, { kind: 'meeting', predicates, topics: [] }, env);
  return found.verdict === 'supported' ? found : undefined;
}

/** The first fact of the first of these meetings that has any (what gathering all of them and keeping one gives). */
function firstFact(kb: KnowledgeBase, meetings: readonly Meeting[]): Fact[] {
  for (const m of meetings) {
    const facts = factsAbout(kb, m.id);
    if (facts.length) return [facts[0] as Fact];
  }
  return [];
}

const everyMeetingsLists = new WeakMap<KnowledgeBase, Fact[]>();

/** The facts of these meetings that list items, in order: every meeting's (thousands of facts to go through) gathered once per base. */
function listingFacts(kb: KnowledgeBase, meetings: readonly Meeting[]): Fact[] {
  const gather = () => meetings.flatMap((m) => factsAbout(kb, m.id)).filter((f) => f.items?.length);
  if (!isEveryMeeting(kb, meetings)) return gather();
  let known = everyMeetingsLists.get(kb);
  if (!known) everyMeetingsLists.set(kb, (known = gather()));
  return known;
}

const holdingIndex = new WeakMap<readonly Fact[], Map<string, Fact[]>>();

/**
 * Per entity, the facts of a list (every meeting's listing facts) with an item that is it or lies within it
 * (within(): the walk up an item's `within` links, the item first), in the list's order: made once per list.
 */
function listsHolding(kb: KnowledgeBase, lists: readonly Fact[]): Map<string, Fact[]> {
  let index = holdingIndex.get(lists);
  if (index) return index;
  index = new Map();
  for (const f of lists) {
    for (const item of f.items ?? []) {
      const seen = new Set<string>();
      for (let at: string | undefined = item; at !== undefined && !seen.has(at); ) {
        seen.add(at);
        const list = index.get(at);
        if (!list) index.set(at, [f]);
        else if (list[list.length - 1] !== f) list.push(f);
        const place = kb.entities.get(at);
        at = place?.type === 'place' ? place.within : undefined;
      }
    }
  }
  holdingIndex.set(lists, index);
  return index;
}

/** "A dirige seulement la Q": someone who leads more than the organisations said, none of them part of another. */
function onlyLedFindings(claim: Claim, env: VerifyEnv): Finding[] {
  const { kb } = env;
  const orgs = [...claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'organisation').map((p) => p.entity), ...claim.titles.flatMap((t) => (t.org ? [t.org] : [])), ...(claim.ledOrgs ?? [])];
  if (!orgs.length) return [];
  const related = (a: string, b: string) => a === b || within(kb, a, b) || within(kb, b, a) || partOfOrg(kb, a, b) || partOfOrg(kb, b, a);
  return claim.participants.flatMap((p) => {
    const person = kb.entities.get(p.entity);
    if (person?.type !== 'person' || !person.leads.some((x) => orgs.some((o) => related(x, o)))) return [];
    const more = person.leads.filter((x) => !orgs.some((o) => related(x, o)));
    return more.length ? [contradicted('organisation', factsAbout(kb, person.id, 'role').slice(0, 1))] : [];
  });
}

function partOfOrg(kb: KnowledgeBase, part: string, whole: string): boolean {
  let at = kb.entities.get(part);
  for (let i = 0; at?.type === 'organisation' && at.part_of && i < 5; i++) {
    if (at.part_of === whole) return true;
    at = kb.entities.get(at.part_of);
  }
  return false;
}
