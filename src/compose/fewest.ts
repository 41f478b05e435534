// The most relevant few of a long list (meetings, articles, sources): at a
// thousand articles a list answer shows a handful and says how many more.
import { lastingList } from '../knowledge/fact-marks.js';
import type { Fact, KnowledgeBase } from '../knowledge/types.js';

/**
 * A list answer at any size: the `maxListed` items closest to the question
 * (its names and words, then the newest), shown in their own order, and how
 * many are left out. A list that fits is kept whole, in order.
 */
export function fewestOf<T>(items: readonly T[], factsOf: (item: T) => readonly Fact[], dateOf: (item: T) => string, by: { kb: KnowledgeBase; limit: number; rank: (facts: readonly Fact[]) => Fact[] }, what: string, lasting: boolean): { kept: T[]; rest: number } {
  const { kb, limit, rank } = by;
  if (items.length <= limit) return { kept: [...items], rest: 0 };
  const gather = () => {
    const byNewest = newestFirst(items, dateOf);
    const itemOf = new Map<Fact, T>();
    for (const item of byNewest) for (const f of factsOf(item)) if (!itemOf.has(f)) itemOf.set(f, item);
    return { byNewest, itemOf, facts: lastingList(kb, [...itemOf.keys()]), order: new Map(items.map((item, i) => [item, i])) };
  };
  // A list as long as the base (every meeting, every article; `what` names what is gathered of it) is sorted and
  // gathered once: at a thousand articles that is most of such an answer, and the same at every question. Another
  // long list (every meeting of a day: half of them) is kept among the lists gathered lately.
  const { byNewest, itemOf, facts, order } = lasting ? gatheredOnce(items, what, gather) : items.length >= LONG_ITEMS ? gatheredLately(kb, items, what, gather) : gather();
  // An item ranks as its best fact; items without facts come after, newest first.
  const chosen = new Set<T>();
  for (const f of rank(facts)) {
    if (chosen.size >= limit) break;
    chosen.add(itemOf.get(f) as T);
  }
  for (const item of byNewest) if (chosen.size < limit) chosen.add(item);
  return { kept: [...chosen].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)), rest: items.length - limit };
}

/**
 * The items, newest first, those of the same day in their own order: what a stable sort comparing their dates with
 * localeCompare() gives, each item's date read once and the few distinct dates compared rather than the items
 * (at a thousand articles, a thousand meetings share a handful of days).
 */
function newestFirst<T>(items: readonly T[], dateOf: (item: T) => string): T[] {
  const dates = items.map(dateOf);
  const distinct = [...new Set(dates)].sort((a, b) => b.localeCompare(a));
  // (Dates localeCompare() finds equal share a rank, as they would tie in the sort.)
  const rank = new Map<string, number>();
  distinct.forEach((d, i) => rank.set(d, i > 0 && (distinct[i - 1] as string).localeCompare(d) === 0 ? (rank.get(distinct[i - 1] as string) as number) : i));
  const ranks = dates.map((d) => rank.get(d) as number);
  return items
    .map((_, i) => i)
    .sort((a, b) => (ranks[a] as number) - (ranks[b] as number))
    .map((i) => items[i] as T);
}

const gathered = new WeakMap<readonly unknown[], Map<string, unknown>>();

function gatheredOnce<T>(items: readonly unknown[], what: string, gather: () => T): T {
  let known = gathered.get(items);
  if (!known) gathered.set(items, (known = new Map()));
  if (!known.has(what)) known.set(what, gather());
  return known.get(what) as T;
}

/** From this many items, what fewest() gathers of a list is kept among the recent ones. */
const LONG_ITEMS = 64;
const RECENT_GATHERED = 8;
const recentGathered = new WeakMap<KnowledgeBase, { items: readonly unknown[]; what: string; made: unknown }[]>();

/** gather() of a long list asked lately (the same items, in the same order, and the same `what`), else made and kept. */
function gatheredLately<T>(kb: KnowledgeBase, items: readonly unknown[], what: string, gather: () => T): T {
  let recent = recentGathered.get(kb);
  if (!recent) recentGathered.set(kb, (recent = []));
  const same = (list: readonly unknown[]) => list.length === items.length && list.every((x, i) => x === items[i]);
  let found = recent.find((r) => r.what === what && same(r.items));
  if (!found) {
    found = { items: [...items], what, made: gather() };
    recent.unshift(found);
    if (recent.length > RECENT_GATHERED) recent.pop();
  }
  return found.made as T;
}
