// Packed phrases (PhraseMatcher.unpacked()): the base's names as numbered
// arrays, stored with the base, and matched where they lie, by their numbers.
import { CROWDED, crowdMatches, splitCrowd, type Crowd, type CrowdPhrases } from './crowds.js';
import type { PhraseMatch } from './phrases.js';

/**
 * A matcher's phrases as plain data (pack(), PhraseMatcher.unpacked()), which the lexicon stores with the base: a
 * start reads them back instead of reading every name of the base into words again, and its phrases are matched in
 * these arrays (packedAt()), never made into objects unless a phrase is added to the matcher (settle()).
 */
export interface PackedPhrases<T> {
  /** Every word of the phrases, each once, in the order first met. */
  words: string[];
  /** Phrase i (in the order added) is made of the words numbered wordIds[starts[i]…starts[i + 1]). */
  starts: Int32Array;
  wordIds: Int32Array;
  /** 1 when the phrase's last word is a stem (a trailing *). */
  prefix: Uint8Array;
  /** Each phrase's weight; none when every weight is 1 (names, titles). */
  weights: Float64Array | undefined;
  /** Each phrase's value, by its number in `values`: phrases that shared a value share it again. */
  valueIds: Int32Array;
  values: T[];
}

/**
 * A packed matcher's phrases grouped by their first word: those of word w are groupEntries[groupStarts[w]…groupStarts[w + 1]).
 * Matched where they lie, by their numbers: no object per phrase (at a thousand articles, questions that name
 * anyone open eighty thousand of the 170,000 names, an object and a word list each, 17 MB held for good).
 */
export interface Unpacking<T> {
  data: PackedPhrases<T>;
  ids: Map<string, number>;
  groupStarts: Int32Array;
  groupEntries: Int32Array;
  /** The crowded openings (Crowd), of phrase numbers, made on first use. */
  crowds: Map<string, Crowd<number>>;
  /** How the crowd walk reads a phrase by its number (made with the first crowd). */
  phrases?: CrowdPhrases<number>;
}

/** The packed phrases opening with `token` that match at `start`, in the order added, as all() finds them. */
export function packedAt<T>(state: Unpacking<T>, tokens: readonly string[], start: number, found: PhraseMatch<T>[]): void {
  const id = state.ids.get(tokens[start] as string);
  if (id === undefined) return;
  const from = state.groupStarts[id] as number;
  const to = state.groupStarts[id + 1] as number;
  const { data, groupEntries } = state;
  if (to - from > CROWDED) {
    const phrases = (state.phrases ??= crowdPhrases(data));
    let crowd = state.crowds.get(tokens[start] as string);
    if (!crowd) state.crowds.set(tokens[start] as string, (crowd = splitCrowd(groupEntries.subarray(from, to), 0, phrases)));
    const matched: number[] = [];
    crowdMatches(crowd, tokens, start, matched, phrases);
    // (Found in several lists: put back in the order added, a phrase's number.)
    if (matched.length > 1) matched.sort((a, b) => a - b);
    for (let k = 0; k < matched.length; k++) found.push(packedMatch(data, matched[k] as number, start));
    return;
  }
  for (let k = from; k < to; k++) {
    const i = groupEntries[k] as number;
    if (packedMatchesAt(data, i, tokens, start)) found.push(packedMatch(data, i, start));
  }
}

/** The words of packed phrase i: data.words[data.wordIds[data.starts[i] + k]] for k below its length. */
function packedWord<T>(data: PackedPhrases<T>, i: number, k: number): string | undefined {
  const at = (data.starts[i] as number) + k;
  return at < (data.starts[i + 1] as number) ? data.words[data.wordIds[at] as number] : undefined;
}

/** The crowd walk's view of packed phrases, by their numbers. */
function crowdPhrases<T>(data: PackedPhrases<T>): CrowdPhrases<number> {
  const length = (i: number) => (data.starts[i + 1] as number) - (data.starts[i] as number);
  return {
    wordAt: (i, k) => packedWord(data, i, k),
    endsOnStem: (i, depth) => data.prefix[i] === 1 && length(i) === depth + 2,
    matchesAt: (i, tokens, start) => packedMatchesAt(data, i, tokens, start),
  };
}

/** matchesAt() for packed phrase i. */
function packedMatchesAt<T>(data: PackedPhrases<T>, i: number, tokens: readonly string[], start: number): boolean {
  const from = data.starts[i] as number;
  const length = (data.starts[i + 1] as number) - from;
  if (start + length > tokens.length) return false;
  const prefix = data.prefix[i] === 1;
  for (let k = 0; k < length; k++) {
    const token = tokens[start + k] as string;
    const word = data.words[data.wordIds[from + k] as number] as string;
    if (k === length - 1 && prefix ? !token.startsWith(word) : token !== word) return false;
  }
  return true;
}

/** matchAt() for packed phrase i. */
function packedMatch<T>(data: PackedPhrases<T>, i: number, start: number): PhraseMatch<T> {
  const length = (data.starts[i + 1] as number) - (data.starts[i] as number);
  return { value: data.values[data.valueIds[i] as number] as T, start, end: start + length, weight: data.weights ? (data.weights[i] as number) : 1 };
}
