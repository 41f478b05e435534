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
  private readonly fuse: Fuse<string>;
  private readonly cache = new Map<string, string | null>();
  private readonly options: SpellerOptions;

  constructor(
    private readonly vocabulary: ReadonlySet<string>,
    options: Partial<SpellerOptions> = {},
  ) {
    this.options = { ...DEFAULT_SPELLER_OPTIONS, ...options };
    const words = [...vocabulary].filter((w) => w.length >= this.options.minLength - this.options.maxLengthChange && !/^\d+$/.test(w));
    this.fuse = new Fuse(words, {
      includeScore: true,
      threshold: this.options.threshold,
      ignoreLocation: true,
      ignoreDiacritics: true,
      shouldSort: true,
    });
  }

  knows(word: string): boolean {
    return this.vocabulary.has(word) || this.options.stems.some((s) => s.length >= 4 && word.startsWith(s));
  }

  /** The known word meant by `word`, or undefined when none is close enough. */
  correct(word: string): string | undefined {
    if (this.knows(word)) return word;
    if (word.length < this.options.minLength || /\d/.test(word)) return undefined;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    if (this.options.isEveryday(word)) {
      this.remember(word, null);
      return undefined;
    }
    let best: string | undefined;
    for (const result of this.fuse.search(word, { limit: 8 })) {
      const candidate = result.item;
      // Short words get one edit of length at most: "apres" is not "adresse".
      const allowed = word.length <= 6 ? 1 : this.options.maxLengthChange;
      if (Math.abs(candidate.length - word.length) > allowed) continue;
      // A shared first letter is how people misspell: they rarely get it wrong.
      if (candidate[0] !== word[0] && (result.score ?? 1) > 0.15) continue;
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
