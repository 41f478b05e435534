// Finds known phrases in a token sequence: aliases, cue words, concept words.
// A phrase is matched on folded tokens; a trailing * on its last word matches
// any ending ("terroris*" → terrorisme, terroristes).
import { phraseNorms } from '../language/normalize.js';

export interface PhraseMatch<T> {
  value: T;
  start: number;
  /** Exclusive. */
  end: number;
  weight: number;
}

interface Entry<T> {
  words: string[];
  prefix: boolean;
  value: T;
  weight: number;
  /** Order of addition: matches at one position keep it (all()). */
  seq: number;
}

/** Minimum stem length for a wildcard word, so "a*" cannot swallow everything. */
const MIN_PREFIX = 3;

/** Parses the "phrase|2" weight notation of the language profiles. */
export function parseWeighted(phrase: string): { phrase: string; weight: number } {
  const match = /^(.*)\|(\d+(?:\.\d+)?)$/.exec(phrase);
  return match?.[1] && match[2] ? { phrase: match[1], weight: Number(match[2]) } : { phrase, weight: 1 };
}

export class PhraseMatcher<T> {
  /** Phrases by first word; those of several words whose second word is exact, by their first two (byPair). */
  private readonly byFirst = new Map<string, Entry<T>[]>();
  // At a thousand articles "chef" opens a thousand titles ("chef de la police de …"): looked up by two words,
  // a position tries only those that can match there.
  private readonly byPair = new Map<string, Map<string, Entry<T>[]>>();
  private readonly byStem = new Map<string, Entry<T>[]>();
  private added = 0;
  readonly words = new Set<string>();
  /** Stems of wildcard words ("terroris" for "terroris*"). */
  readonly stems = new Set<string>();

  add(phrase: string, value: T, weight = 1): this {
    const prefix = phrase.trimEnd().endsWith('*');
    const words = phraseNorms(phrase.replace(/\*+\s*$/, ''));
    const first = words[0];
    if (first === undefined) return this;
    for (const w of words) this.words.add(w);
    const entry: Entry<T> = { words, prefix: prefix && (words.at(-1)?.length ?? 0) >= MIN_PREFIX, value, weight, seq: this.added++ };
    if (entry.prefix) this.stems.add(words.at(-1) as string);
    const second = words[1];
    if (entry.prefix && words.length === 1) push(this.byStem, first.slice(0, MIN_PREFIX), entry);
    else if (second !== undefined && !(entry.prefix && words.length === 2)) {
      let bySecond = this.byPair.get(first);
      if (!bySecond) this.byPair.set(first, (bySecond = new Map()));
      push(bySecond, second, entry);
    } else push(this.byFirst, first, entry);
    return this;
  }

  /** Every match at every position, longest first at each position. */
  all(tokens: readonly string[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    const at = (entry: Entry<T>, start: number) => ({ value: entry.value, start, end: start + entry.words.length, weight: entry.weight });
    for (let start = 0; start < tokens.length; start++) {
      const token = tokens[start] as string;
      const next = tokens[start + 1];
      // The phrases opening with this word, in the order they were added (as one list by first word would give).
      const single = this.byFirst.get(token) ?? [];
      const paired = (next !== undefined ? this.byPair.get(token)?.get(next) : undefined) ?? [];
      let i = 0;
      let j = 0;
      while (i < single.length || j < paired.length) {
        const entry = (j >= paired.length || (i < single.length && (single[i] as Entry<T>).seq < (paired[j] as Entry<T>).seq) ? single[i++] : paired[j++]) as Entry<T>;
        if (matchesAt(entry, tokens, start)) found.push(at(entry, start));
      }
      for (const entry of this.byStem.get(token.slice(0, MIN_PREFIX)) ?? []) {
        if (matchesAt(entry, tokens, start)) found.push(at(entry, start));
      }
    }
    return found.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Non-overlapping matches, preferring the longest, left to right. */
  longest(tokens: readonly string[]): PhraseMatch<T>[] {
    const all = this.all(tokens).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken = new Array<boolean>(tokens.length).fill(false);
    const kept: PhraseMatch<T>[] = [];
    for (const m of all) {
      let free = true;
      for (let i = m.start; i < m.end; i++) if (taken[i]) free = false;
      if (!free) continue;
      for (let i = m.start; i < m.end; i++) taken[i] = true;
      kept.push(m);
    }
    return kept.sort((a, b) => a.start - b.start);
  }
}

function matchesAt<T>(entry: Entry<T>, tokens: readonly string[], start: number): boolean {
  const { words } = entry;
  if (start + words.length > tokens.length) return false;
  for (let i = 0; i < words.length; i++) {
    const token = tokens[start + i] as string;
    const word = words[i] as string;
    const last = i === words.length - 1;
    if (last && entry.prefix ? !token.startsWith(word) : token !== word) return false;
  }
  return true;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
