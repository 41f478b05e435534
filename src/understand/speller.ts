// Typo tolerance: a question word the bot does not know is replaced by the
// closest word it does know, when fuse.js finds one close enough. Names,
// places and cue words are all in the vocabulary, so a misspelt name or town
// and "pourqoui" reach the matchers already mended.
import Fuse from 'fuse.js';

export interface SpellerOptions {
  /** Words shorter than this are never corrected: too many near neighbours. */
  minLength: number;
  /** fuse.js score (0 = exact, 1 = anything) a correction must beat. */
  threshold: number;
  /** How many characters a correction may add or remove. */
  maxLengthChange: number;
  /** Words this long or shorter are mended only into a word one edit away. */
  shortWord: number;
  /** Words shorter than this are mended into a word two edits away only when it is a name and no everyday word: "geneva" is no misspelt "general". */
  looseLength: number;
  /** A word two edits or more from its nearest is mended only within 2 edits, plus one for each this many letters: fuse.js's score forgives a long word a whole different prefix ("cyber-K" is no "K"). */
  lettersPerExtraEdit: number;
  /** Corrections remembered; questions repeat their misspellings. */
  cacheSize: number;
  /** Stems that any ending may follow ("source" + "s"): a word built on one is known. */
  stems: readonly string[];
  /** What may follow a stem for the word to count as built on it: an ending, at most this long ("particip" + "aient"), not a name that starts the same. */
  maxEnding: number;
  /** Words left alone whatever their neighbours: everyday words of a language. */
  isEveryday: (word: string) => boolean;
  /** Whether a word is part of a name (of a person, place, organisation…): the only words a typo in the first letter is mended into. */
  isName: (word: string) => boolean;
}

export const DEFAULT_SPELLER_OPTIONS: SpellerOptions = { minLength: 4, threshold: 0.34, maxLengthChange: 2, shortWord: 4, looseLength: 8, lettersPerExtraEdit: 14, cacheSize: 5000, stems: [], maxEnding: 5, isEveryday: () => false, isName: () => false };

/** Words of one first letter and one length, searched together; `order` is each word's place among its first letter's. */
interface Bucket {
  words: string[];
  /** Made the first time the bucket is searched: most are never (at a thousand articles, hundreds of indexes at start). */
  fuse?: Fuse<string>;
  order: number[];
}

export class Speller {
  /**
   * Known words by first letter, then by length. People rarely misspell a
   * word's first letter, and a correction changes its length by little: a
   * question's word is compared with those words only, however large the
   * vocabulary grows with the articles.
   */
  private readonly buckets = new Map<string, Map<number, Bucket>>();
  /** Corrections remembered, least recently used first. */
  private readonly cache = new Map<string, string | null>();
  private readonly options: SpellerOptions;

  constructor(
    private readonly vocabulary: ReadonlySet<string>,
    options: Partial<SpellerOptions> = {},
  ) {
    this.options = { ...DEFAULT_SPELLER_OPTIONS, ...options };
    const groups = new Map<string, Map<number, { words: string[]; order: number[] }>>();
    const counts = new Map<string, number>();
    for (const w of vocabulary) {
      if (w.length < this.options.minLength - this.options.maxLengthChange || /^\d+$/.test(w)) continue;
      const initial = w[0] as string;
      const place = counts.get(initial) ?? 0;
      counts.set(initial, place + 1);
      const byLength = groups.get(initial) ?? new Map<number, { words: string[]; order: number[] }>();
      groups.set(initial, byLength);
      const bucket = byLength.get(w.length) ?? { words: [], order: [] };
      byLength.set(w.length, bucket);
      bucket.words.push(w);
      bucket.order.push(place);
    }
    for (const [initial, byLength] of groups) {
      const buckets = new Map<number, Bucket>();
      for (const [length, { words, order }] of byLength) {
        buckets.set(length, { words, order });
      }
      this.buckets.set(initial, buckets);
    }
  }

  knows(word: string): boolean {
    return this.vocabulary.has(word) || this.options.stems.some((s) => s.length >= 4 && word.startsWith(s) && word.length - s.length <= this.options.maxEnding);
  }

  /** The known word meant by `word`, or undefined when none is close enough. */
  correct(word: string): string | undefined {
    if (this.knows(word)) return word;
    // Two letters typed the wrong way round ("recieve", "shakhar", "teh") cost a fuzzy search two edits: try them first.
    if (word.length >= 3 && !/\d/.test(word)) {
      for (let i = 0; i < word.length - 1; i++) {
        const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
        if (this.vocabulary.has(swapped)) return swapped;
      }
    }
    if (word.length < this.options.minLength || /\d/.test(word)) return undefined;
    const cached = this.cache.get(word);
    if (cached !== undefined) {
      this.remember(word, cached);
      return cached ?? undefined;
    }
    // One slip in a long word ("statment"): mended even when it looks like an everyday word of its own.
    const slip = word.length >= 6 ? this.slipOf(word) : undefined;
    if (slip) {
      this.remember(word, slip);
      return slip;
    }
    if (this.options.isEveryday(word)) {
      this.remember(word, null);
      return undefined;
    }
    // A name one edit away in its first letter beats a word that starts the same but lies further.
    const near = this.closest(word);
    // A short word two edits from its nearest is as likely another word altogether ("pret" is no "press").
    // Mid-length, two edits apart, only a name is distinctive enough to be what was meant.
    const tooFar = near !== undefined && !withinEdits(word, near, 2 + Math.floor(word.length / this.options.lettersPerExtraEdit));
    const fallback = word.length <= this.options.shortWord || tooFar || (near !== undefined && word.length < this.options.looseLength && !(this.options.isName(near) && !this.options.isEveryday(near))) ? undefined : near;
    const best = near !== undefined && oneEditApart(near, word) ? near : (this.firstLetterMended(word) ?? fallback);
    this.remember(word, best ?? null);
    return best;
  }

  /**
   * The first word of six letters or more, among those of the same first letter in the vocabulary's order, that one
   * slip turns `word` into. A slip changes the length by one at most: only those lengths' buckets are read.
   */
  private slipOf(word: string): string | undefined {
    const buckets = this.buckets.get(word[0] as string);
    if (!buckets) return undefined;
    let best: { item: string; order: number } | undefined;
    for (let length = Math.max(6, word.length - 1); length <= word.length + 1; length++) {
      const bucket = buckets.get(length);
      if (!bucket) continue;
      // Each bucket keeps the vocabulary's order: its first fit is its earliest.
      const i = bucket.words.findIndex((w) => oneSlip(word, w));
      const order = bucket.order[i];
      if (order !== undefined && (!best || order < best.order)) best = { item: bucket.words[i] as string, order };
    }
    return best?.item;
  }

  /** The closest word with the same first letter whose length differs by at most what is allowed: fuse.js's best score, then the word met first. */
  private closest(word: string): string | undefined {
    // Short words get one edit of length at most: "apres" is not "adresse".
    const allowed = word.length <= 6 ? 1 : this.options.maxLengthChange;
    const buckets = this.buckets.get(word[0] as string);
    if (!buckets) return undefined;
    let best: { item: string; score: number; order: number } | undefined;
    for (let length = word.length - allowed; length <= word.length + allowed; length++) {
      const bucket = buckets.get(length);
      if (!bucket) continue;
      bucket.fuse ??= new Fuse(bucket.words, { includeScore: true, threshold: this.options.threshold, ignoreLocation: true, ignoreDiacritics: true, shouldSort: true });
      for (const r of bucket.fuse.search(word)) {
        const score = r.score ?? 1;
        const order = bucket.order[r.refIndex] as number;
        if (!best || score < best.score || (score === best.score && order < best.order)) best = { item: r.item, score, order };
      }
    }
    return best?.item;
  }

  /**
   * A typo in the first letter of a name, which closest() cannot see: the
   * known word a single edit there gives back (replaced, dropped, added, or
   * swapped with the second), when there is one only and it is a name. Two
   * candidates, and no one can say which was meant; an everyday word is never
   * mended this way ("afcon" is no "façon").
   */
  private firstLetterMended(word: string): string | undefined {
    const known = (w: string) => w.length >= this.options.minLength && this.vocabulary.has(w);
    // The known words that differ from it by their first letter only, or by one more letter before it: each first
    // letter a known word has put before the rest, looked up (no index of every word by all but its first letter).
    const found = new Set<string>();
    const tail = word.slice(1);
    for (const initial of this.buckets.keys()) {
      const replaced = initial + tail;
      if (replaced !== word && known(replaced)) found.add(replaced);
      if (known(initial + word)) found.add(initial + word);
    }
    const dropped = word.slice(1);
    if (known(dropped)) found.add(dropped);
    const swapped = `${word[1] ?? ''}${word[0] ?? ''}${word.slice(2)}`;
    if (swapped !== word && known(swapped)) found.add(swapped);
    const [only] = found;
    return found.size === 1 && only !== undefined && this.options.isName(only) ? only : undefined;
  }

  private remember(word: string, correction: string | null): void {
    this.cache.delete(word);
    if (this.cache.size >= this.options.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(word, correction);
  }
}

/** Whether one insertion, deletion, replacement or swap of neighbours turns one word into the other. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return a === b;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Whether two words differ by one typing slip: a letter added or dropped, or two swapped.
 * (Not a letter changed: "présence" and "présente" are two words.)
 */
export function oneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

/** Whether at most `max` insertions, deletions or replacements turn one word into the other (words of a few letters). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return (row[b.length] as number) <= max;
}
