// The facts that show a claim, correct it, or come closest: shared by the checks.
import type { Meeting } from '../knowledge/schema.js';
import type { Fact, KnowledgeBase } from '../knowledge/types.js';
import type { Claim, Topic } from '../understand/frame.js';
import { affiliations, factsAbout, placeAgrees, within } from '../retrieve/graph.js';
import type { VerifyEnv } from './env.js';
import { carrying, isEveryMeeting, meetingPool, meetingsOf, ofSlot } from './pool.js';
import { derivedFrom, joinedOf, joinLasting, lastingList, placesOf } from '../knowledge/fact-marks.js';
import { contradicted, notStated, type Finding, type Gap } from './verdict.js';

export const slotFacts = (kb: KnowledgeBase, m: Meeting, ...slots: Fact['slot'][]) => factsAbout(kb, m.id, ...slots);

/** A claim's topics against the facts of the meetings it holds for: the facts that carry them, or why not. */
export function topicFindings(topics: readonly Topic[], meetings: readonly Meeting[], env: VerifyEnv, extra: readonly Fact[] = []): { finding?: Finding; carriers: Fact[] } {
  const { kb, carrier, language } = env;
  // No topic, nothing to find: the facts of every meeting need not be gathered (at a thousand articles, thousands).
  if (!topics.length) return { carriers: [] };
  // (Every meeting's facts, with nothing else, come gathered once per base: pool.ts.)
  const pool = meetingPool(kb, meetings, extra);
  // "en vacances" of a working visit: a fact of the meeting says the opposite.
  for (const t of topics) {
    if (t.kind !== 'concept' || !t.opposite) continue;
    const against = pool.filter((f) => f.concepts.includes(t.concept));
    if (against.length) return { finding: contradicted('content', env.rank(against, 1), [...meetings]), carriers: [] };
  }
  const carriers: Fact[] = [];
  const missing: Topic[] = [];
  for (const t of topics) {
    const by = env.rank(carrying(kb, carrier, pool, t, language), 1)[0];
    if (by) carriers.push(by);
    else missing.push(t);
  }
  if (!missing.length) return { carriers: [...new Set(carriers)] };
  const gaps: Gap[] = missing.map((t) => (t.kind === 'word' ? { kind: 'words', surfaces: [t.surface] } : t.kind === 'concept' && t.concept === env.asked ? { kind: 'unknown' } : { kind: 'element' }));
  // Where the articles do speak of it: that fact, with who met in that meeting ("<a country> came up in Y, with B").
  const elsewhere = missing.flatMap((t) => env.rank(carrier.factsCarrying(t, language), 1));
  const theirMeeting = elsewhere.flatMap((f) => (kb.entities.get(f.about)?.type === 'meeting' && !meetings.some((m) => m.id === f.about) ? factsAbout(kb, f.about, 'who').slice(0, 1) : []));
  return { finding: notStated(gaps, [...theirMeeting, ...elsewhere, ...ofSlot(kb, meetings, 'who')], [...meetings]), carriers };
}

/**
 * Whether topicFindings() finds nothing against these topics (no fact says the opposite of one, some fact carries
 * each), without gathering the facts it would cite when it does: for callers that only ask whether.
 */
export function topicsHeld(topics: readonly Topic[], meetings: readonly Meeting[], env: VerifyEnv): boolean {
  if (!topics.length) return true;
  const { kb, carrier, language } = env;
  const pool = meetingPool(kb, meetings);
  for (const t of topics) if (t.kind === 'concept' && t.opposite && pool.some((f) => f.concepts.includes(t.concept))) return false;
  return topics.every((t) => carrying(kb, carrier, pool, t, language).length > 0);
}

/** "football" for "major sporting events": the articles do not name it; the fact that uses the broader term comes closest. */
export function narrowerGaps(claim: Claim, pool: readonly Fact[], env: VerifyEnv): Gap[] {
  const { kb } = env;
  return claim.narrower.map((n) => {
    const concept = n.of.concept ? kb.concepts.get(n.of.concept) : undefined;
    const broader = (f: Fact) => (n.of.concept ? f.concepts.includes(n.of.concept) : f.mentions.includes(n.of.entity ?? '') || (f.items ?? []).includes(n.of.entity ?? ''));
    const everywhere = n.of.concept ? (kb.factsWithConcept.get(n.of.concept) ?? []) : (kb.factsMentioning.get(n.of.entity ?? '') ?? []);
    // The facts broader() holds for are those indexed: of a long pool, look them up there.
    const find = (list: readonly Fact[]) => (list.length > 4 * everywhere.length ? ((index) => list.filter((f) => index.has(f)))(new Set(everywhere)) : list.filter(broader));
    // (Of a pool that lasts as long as the base, found once: pool.ts. Of one joined to a few more facts, its lasting part.)
    const key = `narrower\u0000${n.of.concept ?? ''}\u0000${n.of.entity ?? ''}`;
    const once = (list: readonly Fact[]) => derivedFrom(list, key, () => lastingList(kb, find(list), list));
    const parts = joinedOf(pool);
    const inPool = parts && placesOf(parts.head) ? joinLasting(kb, once(parts.head), find(parts.tail)) : placesOf(pool) ? once(pool) : find(pool);
    // (Every fact of the index is one broader() holds for: the index list itself, made a lasting list once, is ranked.)
    const fact = env.rank(inPool, 1)[0] ?? env.rank(derivedFrom(everywhere, 'lasting', () => lastingList(kb, [...everywhere])), 1)[0];
    const entity = n.of.entity ? kb.entities.get(n.of.entity) : undefined;
    return { kind: 'narrower', surface: n.surface, label: concept?.label ?? entity?.name, ...(fact ? { fact } : {}) };
  });
}

/** Whether a meeting took place in a place or somewhere inside it. */
export function placeWithin(kb: KnowledgeBase, m: Meeting, placeId: string): boolean {
  return [m.venue, m.city].some((x) => x !== undefined && (x === placeId || within(kb, x, placeId)));
}

/** Whether someone is on one side of a meeting: one of those people, or of their organisations. */
export function sideOf(kb: KnowledgeBase, side: readonly string[], who: string): boolean {
  return side.some((p) => p === who || affiliations(kb, p).has(who));
}

/**
 * citeMeeting() of each of these meetings, meeting by meeting: of every meeting of the base, with no place or event
 * said (each meeting's first fact of who met, the same at every claim), gathered once per base. A new list each time.
 */
export function citeMeetings(meetings: readonly Meeting[], claim: Claim, kb: KnowledgeBase): Fact[] {
  if (claim.places.length || claim.events.length || !isEveryMeeting(kb, meetings)) return meetings.flatMap((m) => citeMeeting(m, claim, kb));
  let cited = everyMeetingCited.get(kb);
  if (!cited) everyMeetingCited.set(kb, (cited = Object.freeze(kb.meetings.flatMap((m) => citeMeeting(m, claim, kb)))));
  return [...cited];
}

const everyMeetingCited = new WeakMap<KnowledgeBase, readonly Fact[]>();

/** The facts that show a meeting as the claim describes it: who, and where or on what occasion when it says so. */
export function citeMeeting(m: Meeting, claim: Claim, kb: KnowledgeBase): Fact[] {
  // (Read in place, no list made of the meeting's facts of these slots: a claim about every meeting cites each of thousands.)
  const facts = factsAbout(kb, m.id);
  const cites = (f: Fact) => f.slot === 'who' || f.slot === 'when' || f.slot === 'where' || f.slot === 'occasion';
  const who = facts.find((f) => f.slot === 'who') ?? facts.find(cites);
  const out = who ? [who] : [];
  if (!claim.places.length && !claim.events.length) return out;
  for (const id of [...claim.places.map((p) => p.entity), ...claim.events.map((e) => e.entity)]) {
    if (out.some((f) => f.mentions.includes(id))) continue;
    const extra = facts.find((f) => cites(f) && f.mentions.includes(id));
    if (extra) out.push(extra);
  }
  return out;
}

/** The facts that correct a claim about a meeting: the day and the city together, or the occasion, or who received whom. */
export function correction(m: Meeting, dimension: string, claim: Claim, kb: KnowledgeBase): Fact[] {
  if (dimension === 'role') return slotFacts(kb, m, 'who').slice(0, 1);
  if (dimension === 'occasion') {
    const occasion = slotFacts(kb, m, 'occasion', 'where').filter((f) => f.mentions.includes(m.occasion ?? ''));
    // The meeting's day, and the dates of the event it is said to belong to.
    const events = claim.events.flatMap((e) => factsAbout(kb, e.entity, 'when').slice(0, 1));
    return occasion.length ? occasion.slice(0, 1) : [...slotFacts(kb, m, 'when').slice(0, 1), ...events];
  }
  const when = slotFacts(kb, m, 'when').slice(0, 1);
  // (A venue said, or a place no article names: where exactly it was, when the articles say.)
  const venue = m.venue && (claim.unknownPlaces.length || claim.venues.length || claim.places.some((p) => kb.entities.get(p.entity)?.type === 'place' && (kb.entities.get(p.entity) as { kind?: string }).kind === 'venue')) ? slotFacts(kb, m, 'where').slice(0, 1) : [];
  // "The <a venue> meeting was with B": and who was met there.
  // (One place's meetings are looked up: kb.meetingsAt holds those placeAgrees() with, in the base's order.)
  const [only] = claim.places;
  const held = claim.places.length === 1 && only ? (kb.meetingsAt.get(only.entity) ?? []) : claim.places.length ? kb.meetings.filter((x) => claim.places.some((p) => placeAgrees(kb, x, p.entity))) : [];
  const there = held.filter((x) => x !== m).flatMap((x) => slotFacts(kb, x, 'who').slice(0, 1));
  return [...when, ...venue, ...there];
}

export { meetingsOf };
