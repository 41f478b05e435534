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
}

/** Minimum stem length for a wildcard word, so "a*" cannot swallow everything. */
const MIN_PREFIX = 3;

/** Parses the "phrase|2" weight notation of the language profiles. */
export function parseWeighted(phrase: string): { phrase: string; weight: number } {
  const match = /^(.*)\|(\d+(?:\.\d+)?)$/.exec(phrase);
  return match?.[1] && match[2] ? { phrase: match[1], weight: Number(match[2]) } : { phrase, weight: 1 };
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly byStem = new Map<string, Entry<T>[]>();
  readonly words = new Set<string>();
  /** Stems of wildcard words ("terroris" for "terroris*"). */
  readonly stems = new Set<string>();

  add(phrase: string, value: T, weight = 1): this {
    const prefix = phrase.trimEnd().endsWith('*');
    const words = phraseNorms(phrase.replace(/\*+\s*$/, ''));
    const first = words[0];
    if (first === undefined) return this;
    for (const w of words) this.words.add(w);
    const entry: Entry<T> = { words, prefix: prefix && (words.at(-1)?.length ?? 0) >= MIN_PREFIX, value, weight };
    if (entry.prefix) this.stems.add(words.at(-1) as string);
    if (entry.prefix && words.length === 1) push(this.byStem, first.slice(0, MIN_PREFIX), entry);
    else push(this.byFirst, first, entry);
    return this;
  }

  /** Every match at every position, longest first at each position. */
  all(tokens: readonly string[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let start = 0; start < tokens.length; start++) {
      const token = tokens[start] as string;
      for (const candidates of [this.byFirst.get(token), this.byStem.get(token.slice(0, MIN_PREFIX))]) {
        if (!candidates) continue;
        for (const entry of candidates) {
          if (matchesAt(entry, tokens, start)) found.push({ value: entry.value, start, end: start + entry.words.length, weight: entry.weight });
        }
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
