// The facts a claim about every meeting is checked against. A claim that names
// no one and no meeting ("did they talk about sport?") is about all of them: at
// a thousand articles, every fact of a thousand meetings. That list, and what is
// drawn from it for a predicate or a topic, is the same at every such question,
// so it is gathered once per base (lasting lists, knowledge/fact-marks.ts) and
// each question ranks it rather than gathering and filtering it again.
import type { Meeting } from '../knowledge/schema.js';
import { derivedFrom, indexInList, joinedOf, joinLasting, lastingList, placesOf, positionOf } from '../knowledge/fact-marks.js';
import type { Fact, KnowledgeBase, Language } from '../knowledge/types.js';
import type { Topic } from '../understand/frame.js';
import { factsAbout } from '../retrieve/graph.js';
import { AMONG_BY_INDEX, type Carrier } from './carry.js';

const everyMeeting = new WeakMap<KnowledgeBase, readonly Fact[]>();

/** Whether these meetings are every meeting of the base, in its order. */
export function isEveryMeeting(kb: KnowledgeBase, meetings: readonly Meeting[]): boolean {
  if (meetings.length !== kb.meetings.length) return false;
  for (let i = 0; i < meetings.length; i++) if (meetings[i] !== kb.meetings[i]) return false;
  return true;
}

const everyMeetingId = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** The ids of these meetings (every meeting's, made once per base). */
export function meetingIds(kb: KnowledgeBase, meetings: readonly Meeting[]): ReadonlySet<string> {
  if (!isEveryMeeting(kb, meetings)) return new Set(meetings.map((m) => m.id));
  let ids = everyMeetingId.get(kb);
  if (!ids) everyMeetingId.set(kb, (ids = new Set(kb.meetings.map((m) => m.id))));
  return ids;
}

/** The facts of these meetings, meeting by meeting (each one's as kb.factsAbout lists them), then `extra`: every meeting's come as a lasting list (joined with `extra`). */
export function meetingPool(kb: KnowledgeBase, meetings: readonly Meeting[], extra: readonly Fact[] = []): readonly Fact[] {
  if (isEveryMeeting(kb, meetings)) {
    let all = everyMeeting.get(kb);
    if (!all) everyMeeting.set(kb, (all = lastingList(kb, kb.meetings.flatMap((m) => kb.factsAbout.get(m.id) ?? []))));
    return joinLasting(kb, all, extra);
  }
  const recent = recentPool(kb, meetings);
  if (recent) return joinLasting(kb, recent, extra);
  const pool: Fact[] = [];
  for (const m of meetings) for (const f of kb.factsAbout.get(m.id) ?? []) pool.push(f);
  for (const f of extra) pool.push(f);
  return pool;
}

/** From this many meetings, a list's facts are kept among the recent pools. */
const LONG_MEETINGS = 64;
const RECENT_POOLS = 8;
const recentPools = new WeakMap<KnowledgeBase, { meetings: readonly Meeting[]; facts: readonly Fact[] }[]>();

/**
 * The facts of a long list of meetings asked lately (every meeting of a day, a place: at a thousand articles, half of
 * them), as a lasting list: the same list asked again, as a follow-up or another claim of the message is, is not
 * gathered again, and what is drawn from it (pool.ts) is drawn once. Found by comparing the meetings one by one.
 */
function recentPool(kb: KnowledgeBase, meetings: readonly Meeting[]): readonly Fact[] | undefined {
  if (meetings.length < LONG_MEETINGS) return undefined;
  let recent = recentPools.get(kb);
  if (!recent) recentPools.set(kb, (recent = []));
  const same = (list: readonly Meeting[]) => list.length === meetings.length && list.every((m, i) => m === meetings[i]);
  let found = recent.find((r) => same(r.meetings));
  if (!found) {
    found = { meetings: [...meetings], facts: lastingList(kb, meetings.flatMap((m) => kb.factsAbout.get(m.id) ?? [])) };
    recent.unshift(found);
    if (recent.length > RECENT_POOLS) recent.pop();
  }
  return found.facts;
}

/** The facts of a list that state every one of these predicates, in its order (remembered for a lasting list). */
export function stating(kb: KnowledgeBase, carrier: Carrier, facts: readonly Fact[], predicates: readonly string[]): readonly Fact[] {
  const says = (f: Fact) => predicates.every((p) => carrier.saysPredicate(f, p));
  const filter = () => facts.filter(says);
  const parts = joinedOf(facts);
  if (parts) return joinLasting(kb, stating(kb, carrier, parts.head, predicates), parts.tail.filter(says));
  if (!placesOf(facts)) return filter();
  return derivedFrom(facts, `stating\u0000${predicates.join('\u0000')}`, () => lastingList(kb, filter(), facts));
}

/** carrier.among(), remembered for a lasting list: the same facts, in the same order. */
export function carrying(kb: KnowledgeBase, carrier: Carrier, facts: readonly Fact[], topic: Topic, language: Language): readonly Fact[] {
  if (!placesOf(facts) || facts.length < AMONG_BY_INDEX) return carrier.among(facts, topic, language);
  // What among() reads of a topic: its concept (and whether it is the opposite), its entity, or its word in that language.
  const key = topic.kind === 'concept' ? `concept\u0000${topic.concept}\u0000${topic.opposite === true}` : topic.kind === 'entity' ? `entity\u0000${topic.entity}\u0000${topic.exact === true}` : `word\u0000${topic.word}\u0000${language}`;
  const of = (list: readonly Fact[]) => derivedFrom(list, `carrying\u0000${key}`, () => lastingList(kb, amongLasting(kb, carrier, list, topic, language), list));
  const parts = joinedOf(facts);
  if (!parts) return of(facts);
  // A lasting list and a few more facts: the list's part once, the others as among() takes a long list's (factsCarrying()).
  const found = new Set(carrier.factsCarrying(topic, language));
  return joinLasting(kb, of(parts.head), parts.tail.filter((f) => positionOf(kb, f) !== undefined && found.has(f)));
}

/**
 * What among() gives of a long list (the facts of the list that factsCarrying() finds, in the list's order), from
 * the carrying facts' side: each is looked up in the list by its place, so the cost follows the facts that carry
 * the topic (a name's: a handful) rather than the list (every meeting's: thousands).
 */
function amongLasting(kb: KnowledgeBase, carrier: Carrier, facts: readonly Fact[], topic: Topic, language: Language): Fact[] {
  const inList = indexInList(kb, facts) as Int32Array;
  const at: number[] = [];
  for (const f of carrier.factsCarrying(topic, language)) {
    const p = positionOf(kb, f);
    const i = p === undefined ? -1 : (inList[p] as number);
    if (i >= 0) at.push(i);
  }
  at.sort((a, b) => a - b);
  return at.filter((i, k) => k === 0 || at[k - 1] !== i).map((i) => facts[i] as Fact);
}

/** The meetings (in the base's order) that some of these facts are about; remembered for a lasting list (a copy each time: the caller may keep it). */
export function meetingsOf(facts: readonly Fact[], kb: KnowledgeBase): Meeting[] {
  const find = () => {
    const about = new Set(facts.map((f) => f.about));
    return kb.meetings.filter((m) => about.has(m.id));
  };
  const parts = joinedOf(facts);
  if (parts) {
    const about = derivedFrom(parts.head, 'about', () => new Set(parts.head.map((f) => f.about)));
    const more = new Set(parts.tail.map((f) => f.about));
    return kb.meetings.filter((m) => about.has(m.id) || more.has(m.id));
  }
  return placesOf(facts) ? [...derivedFrom(facts, 'meetings', find)] : find();
}

const everyMeetingSlots = new WeakMap<KnowledgeBase, Map<string, readonly Fact[]>>();

/**
 * The facts of these meetings whose slot is among `slots`, meeting by meeting (each one's as kb.factsAbout lists
 * them): of every meeting, a lasting list made once per base and set of slots (a question about every meeting ranks
 * thousands of them, and gathering them again was a good part of its time).
 */
export function slotPool(kb: KnowledgeBase, meetings: readonly Meeting[], slots: ReadonlySet<Fact['slot']>): readonly Fact[] {
  const gather = () => {
    const out: Fact[] = [];
    for (const m of meetings) for (const f of kb.factsAbout.get(m.id) ?? []) if (slots.has(f.slot)) out.push(f);
    return out;
  };
  if (!isEveryMeeting(kb, meetings)) return gather();
  let known = everyMeetingSlots.get(kb);
  if (!known) everyMeetingSlots.set(kb, (known = new Map()));
  const key = [...slots].sort().join(' ');
  let list = known.get(key);
  if (!list) known.set(key, (list = lastingList(kb, gather())));
  return list;
}

/**
 * The first fact of a slot of each meeting (its source, who met), meeting by meeting: of every meeting of the base,
 * what a claim about all of them cites, gathered once per base rather than looked up meeting by meeting at each
 * question. A new list each time: the caller may keep it.
 */
export function firstOfSlot(kb: KnowledgeBase, meetings: readonly Meeting[], slot: Fact['slot']): Fact[] {
  return [...slotLists(kb, meetings, slot, true)];
}

/** Every fact of these meetings in that slot, meeting by meeting: of every meeting, gathered once per base. */
export function ofSlot(kb: KnowledgeBase, meetings: readonly Meeting[], slot: Fact['slot']): readonly Fact[] {
  return slotLists(kb, meetings, slot, false);
}

const ofEvery = new WeakMap<KnowledgeBase, Map<string, readonly Fact[]>>();

function slotLists(kb: KnowledgeBase, meetings: readonly Meeting[], slot: Fact['slot'], firstOnly: boolean): readonly Fact[] {
  const of = (m: Meeting) => { const all = factsAbout(kb, m.id, slot); return firstOnly ? all.slice(0, 1) : all; };
  if (!isEveryMeeting(kb, meetings)) return meetings.flatMap(of);
  let bySlot = ofEvery.get(kb);
  if (!bySlot) ofEvery.set(kb, (bySlot = new Map()));
  const key = `${slot}\u0000${firstOnly}`;
  let found = bySlot.get(key);
  if (!found) bySlot.set(key, (found = Object.freeze(kb.meetings.flatMap(of))));
  return found;
}

/** The facts of these meetings that list items (what « combien de … » counts), in meetingPool()'s order: once per lasting pool. */
export function listingFacts(kb: KnowledgeBase, meetings: readonly Meeting[]): readonly Fact[] {
  const pool = meetingPool(kb, meetings);
  const find = () => pool.filter((f) => (f.items?.length ?? 0) > 0);
  return placesOf(pool) ? derivedFrom(pool, 'listing', () => lastingList(kb, find(), pool)) : find();
}
