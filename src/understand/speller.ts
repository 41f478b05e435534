// Typo tolerance: a question word the bot does not know is replaced by the
// closest word it does know, when fuse.js finds one close enough. Names,
// places and cue words are all in the vocabulary, so "hamouchi", "marakech"
// and "pourqoui" reach the matchers already mended.
import Fuse from 'fuse.js';

export interface SpellerOptions {
  /** Words shorter than this are never corrected: too many near neighbours. */
  minLength: number;
  /** fuse.js score (0 = exact, 1 = anything) a correction must beat. */
  threshold: number;
  /** How many characters a correction may add or remove. */
  maxLengthChange: number;
  /** Corrections remembered; questions repeat their misspellings. */
  cacheSize: number;
  /** Stems that any ending may follow ("source" + "s"): a word built on one is known. */
  stems: readonly string[];
  /** Words left alone whatever their neighbours: everyday words of a language. */
  isEveryday: (word: string) => boolean;
}

export const DEFAULT_SPELLER_OPTIONS: SpellerOptions = { minLength: 4, threshold: 0.34, maxLengthChange: 2, cacheSize: 5000, stems: [], isEveryday: () => false };

export class Speller {
  /** One index per first letter: people rarely misspell a word's first letter, and a small index is a fast one. */
  private readonly byInitial = new Map<string, Fuse<string>>();
  private readonly wordsByInitial = new Map<string, string[]>();
  private readonly cache = new Map<string, string | null>();
  private readonly options: SpellerOptions;

  constructor(
    private readonly vocabulary: ReadonlySet<string>,
    options: Partial<SpellerOptions> = {},
  ) {
    this.options = { ...DEFAULT_SPELLER_OPTIONS, ...options };
    const groups = new Map<string, string[]>();
    for (const w of vocabulary) {
      if (w.length < this.options.minLength - this.options.maxLengthChange || /^\d+$/.test(w)) continue;
      const group = groups.get(w[0] as string) ?? [];
      group.push(w);
      groups.set(w[0] as string, group);
    }
    for (const [initial, words] of groups) {
      this.wordsByInitial.set(initial, words);
      this.byInitial.set(initial, new Fuse(words, { includeScore: true, threshold: this.options.threshold, ignoreLocation: true, ignoreDiacritics: true, shouldSort: true }));
    }
  }

  knows(word: string): boolean {
    return this.vocabulary.has(word) || this.options.stems.some((s) => s.length >= 4 && word.startsWith(s));
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
    if (cached !== undefined) return cached ?? undefined;
    // One slip in a long word ("statment"): mended even when it looks like an everyday word of its own.
    const slip = word.length >= 6 ? this.wordsByInitial.get(word[0] as string)?.find((w) => w.length >= 6 && oneSlip(word, w)) : undefined;
    if (slip) {
      this.remember(word, slip);
      return slip;
    }
    if (this.options.isEveryday(word)) {
      this.remember(word, null);
      return undefined;
    }
    let best: string | undefined;
    for (const result of this.byInitial.get(word[0] as string)?.search(word, { limit: 8 }) ?? []) {
      const candidate = result.item;
      // Short words get one edit of length at most: "apres" is not "adresse".
      const allowed = word.length <= 6 ? 1 : this.options.maxLengthChange;
      if (Math.abs(candidate.length - word.length) > allowed) continue;
      best = candidate;
      break;
    }
    this.remember(word, best ?? null);
    return best;
  }

  private remember(word: string, correction: string | null): void {
    if (this.cache.size >= this.options.cacheSize) this.cache.clear();
    this.cache.set(word, correction);
  }
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
