// Each fact once, and "is this one of those", over lists as long as the base.
// At a thousand articles a list can hold every fact; a Set as large, built at
// each question, lands in V8's large-object space and stays there until a full
// collection, which is most of what grows the process after start. A fact's
// place in the base (a number) and a reused array of marks do the same work.
import type { Fact, KnowledgeBase } from './types.js';

/** Shorter lists are deduplicated with a Set, as small as they are. */
const SHORT = 256;

interface Marks {
  /** Each fact of the base, by identity → its place in kb.facts. */
  position: Map<Fact, number>;
  /** A fact is marked in the current pass when its stamp equals `epoch`. */
  stamp: Uint32Array;
  epoch: number;
}

const marksOf = new WeakMap<KnowledgeBase, Marks>();

function marks(kb: KnowledgeBase): Marks {
  let known = marksOf.get(kb);
  if (!known) {
    const position = new Map<Fact, number>();
    for (const f of kb.facts.values()) position.set(f, position.size);
    known = { position, stamp: new Uint32Array(position.size), epoch: 0 };
    marksOf.set(kb, known);
  }
  return known;
}

/** A fact's place in the base (kb.facts order), or undefined for a fact that is not the base's own object. */
export function positionOf(kb: KnowledgeBase, fact: Fact): number | undefined {
  return marks(kb).position.get(fact);
}

/** The number of facts in the base, the size of an array indexed by positionOf(). */
export function factCount(kb: KnowledgeBase): number {
  return marks(kb).stamp.length;
}

/** Each fact once, in the order first met: what [...new Set(facts)] gives. */
export function uniqueFacts(kb: KnowledgeBase, facts: Iterable<Fact> & { length?: number }): Fact[] {
  if ((facts.length ?? 0) < SHORT) return [...new Set(facts)];
  const m = marks(kb);
  // A new pass: marks of earlier passes no longer count (and once in four billion passes, all are cleared).
  if (++m.epoch === 0xffffffff) {
    m.stamp.fill(0);
    m.epoch = 1;
  }
  const out: Fact[] = [];
  let others: Set<Fact> | undefined;
  for (const f of facts) {
    const p = m.position.get(f);
    if (p === undefined) {
      others ??= new Set();
      if (others.has(f)) continue;
      others.add(f);
    } else {
      if (m.stamp[p] === m.epoch) continue;
      m.stamp[p] = m.epoch;
    }
    out.push(f);
  }
  return out;
}

// Lists as long as the base that every question about every meeting reads again (each meeting's facts, those of
// them that state a predicate or carry a topic): made once, frozen, each with its facts' places in the base worked
// out once. Ranking one at a question then reads a number per fact instead of looking each of thousands up.
const placesOfList = new WeakMap<readonly Fact[], Int32Array>();

/** Per lasting list drawn from another (a filter of it), the first list it was drawn from. */
const drawnFrom = new WeakMap<readonly Fact[], readonly Fact[]>();

/** A list that lasts as long as the base, frozen; its places (placesOf) when it holds each fact once. `within`: a lasting list it is part of. */
export function lastingList(kb: KnowledgeBase, facts: Fact[], within?: readonly Fact[]): readonly Fact[] {
  if (placesOfList.has(facts)) return facts;
  const unique = uniqueFacts(kb, facts).length === facts.length;
  Object.freeze(facts);
  if (unique) placesOfList.set(facts, Int32Array.from(facts, (f) => positionOf(kb, f) ?? -1));
  if (within && placesOfList.has(within)) drawnFrom.set(facts, drawnFrom.get(within) ?? within);
  return facts;
}

/** Per lasting list, each fact's place in it by its place in the base (-1: not in it): built for the lists that are searched. */
const placeInList = new WeakMap<readonly Fact[], Int32Array>();

/** Where each fact of the base stands in a lasting list (indexed by positionOf(), -1 when absent); undefined for any other list. */
export function indexInList(kb: KnowledgeBase, facts: readonly Fact[]): Int32Array | undefined {
  const places = placesOfList.get(facts);
  if (!places) return undefined;
  let inList = placeInList.get(facts);
  if (!inList) {
    inList = new Int32Array(factCount(kb)).fill(-1);
    for (let i = 0; i < places.length; i++) if ((places[i] as number) >= 0) inList[places[i] as number] = i;
    placeInList.set(facts, inList);
  }
  return inList;
}

/** Lists made of a lasting list and a few more facts (joinLasting), by their parts. */
const joined = new WeakMap<readonly Fact[], { head: readonly Fact[]; tail: readonly Fact[] }>();

/**
 * A lasting list followed by a few facts it does not hold (each once): a list of this question whose places are
 * the lasting list's and theirs, and whose parts (joinedOf) let what is drawn from the lasting part be drawn once.
 * Any other tail (a fact twice, or one of the list's) gives the plain concatenation.
 */
export function joinLasting(kb: KnowledgeBase, head: readonly Fact[], tail: readonly Fact[]): readonly Fact[] {
  if (!tail.length) return head;
  // (Looked up in the list it was drawn from, which holds all of it: one index for every list drawn from it.)
  const inHead = indexInList(kb, drawnFrom.get(head) ?? head);
  const tailPlaces = tail.map((f) => positionOf(kb, f) ?? -1);
  const apart = inHead !== undefined && new Set(tail).size === tail.length && tailPlaces.every((p) => p < 0 || inHead[p] === -1) && tail.every((f, i) => tailPlaces[i] !== -1 || !head.includes(f));
  const list = [...head, ...tail];
  if (!apart) return list;
  const places = new Int32Array(list.length);
  places.set(placesOfList.get(head) as Int32Array);
  places.set(tailPlaces, head.length);
  Object.freeze(list);
  placesOfList.set(list, places);
  joined.set(list, { head, tail });
  return list;
}

/** The parts of a list joinLasting() made. */
export function joinedOf(facts: readonly Fact[]): { head: readonly Fact[]; tail: readonly Fact[] } | undefined {
  return joined.get(facts);
}

/** A lasting list's facts' places in the base (-1 for a fact that is not the base's own), or undefined for any other list. */
export function placesOf(facts: readonly Fact[]): Int32Array | undefined {
  return placesOfList.get(facts);
}

/** Results worked out from a lasting list (a filter of it, its meetings…), by what they depend on, a thousand per list at most. */
const derived = new WeakMap<readonly Fact[], Map<string, unknown>>();
const DERIVED_PER_LIST = 1024;

/** What `make` gives for a lasting list and this key, made once: `make` must depend on nothing but the list and the key. */
export function derivedFrom<T>(facts: readonly Fact[], key: string, make: () => T): T {
  let known = derived.get(facts);
  if (!known) derived.set(facts, (known = new Map()));
  if (known.has(key)) return known.get(key) as T;
  const made = make();
  if (known.size >= DERIVED_PER_LIST) known.delete(known.keys().next().value as string);
  known.set(key, made);
  return made;
}
