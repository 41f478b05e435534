// Finds known phrases in a token sequence: aliases, cue words, concept words.
// A phrase is matched on folded tokens; a trailing * on its last word matches
// any ending ("K*" → K, Kes).
import { phraseNorms } from '../language/normalize.js';
import { CROWDED, crowdMatches, splitCrowd, type Crowd, type CrowdPhrases } from './crowds.js';
import { packedAt, type PackedPhrases, type Unpacking } from './packed-phrases.js';

export type { PackedPhrases } from './packed-phrases.js';

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

/** The phrases opening with a word no phrase opens with: one list for all (matchers are asked of every word of every question). */
const NONE: readonly never[] = Object.freeze([]);

/** Parses the "phrase|2" weight notation of the language profiles. */
export function parseWeighted(phrase: string): { phrase: string; weight: number } {
  const match = /^(.*)\|(\d+(?:\.\d+)?)$/.exec(phrase);
  return match?.[1] && match[2] ? { phrase: match[1], weight: Number(match[2]) } : { phrase, weight: 1 };
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  // At a thousand articles "chef" opens a thousand titles ("chef de la P de …"): the phrases of such a
  // crowded first word are also split by their next words (made on first use, see Crowd), so a position tries
  // only those that can match there. Other first words keep their one short list (a map each would cost memory).
  private readonly crowds = new Map<string, Crowd<Entry<T>>>();
  private readonly byStem = new Map<string, Entry<T>[]>();
  private added = 0;
  /** Phrases read from packed data and not made into entries yet (unpacked()); none for a matcher built by add(). */
  private unpacking: Unpacking<T> | undefined;
  readonly words = new Set<string>();
  /**
   * Each word once: a phrase's words come split afresh from its reading, so the same word would be held once per
   * phrase (at a thousand articles, hundreds of thousands of copies of "de", "P", "chef").
   */
  private readonly interned = new Map<string, string>();
  /** Stems of wildcard words ("K" for "K*"). */
  readonly stems = new Set<string>();

  add(phrase: string, value: T, weight = 1): this {
    if (this.unpacking) this.settle();
    // (Most phrases have no star: no trimming, no regular expression for them; a thousand articles add a hundred thousand.)
    const starred = phrase.includes('*');
    const prefix = starred && phrase.trimEnd().endsWith('*');
    const words = phraseNorms(starred ? phrase.replace(/\*+\s*$/, '') : phrase);
    if (words[0] === undefined) return this;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      const known = this.interned.get(w);
      if (known === undefined) {
        this.interned.set(w, w);
        this.words.add(w);
      } else words[i] = known;
    }
    const first = words[0] as string;
    const entry: Entry<T> = { words, prefix: prefix && (words.at(-1)?.length ?? 0) >= MIN_PREFIX, value, weight, seq: this.added++ };
    if (entry.prefix) this.stems.add(words.at(-1) as string);
    if (entry.prefix && words.length === 1) push(this.byStem, first.slice(0, MIN_PREFIX), entry);
    else {
      push(this.byFirst, first, entry);
      this.crowds.delete(first);
    }
    return this;
  }

  /** Every match at every position, longest first at each position. */
  all(tokens: readonly string[]): PhraseMatch<T>[] {
    // (Indexed loops, no closure: this runs some fifty times a question, over every word, and for…of over arrays
    // allocated an iterator result per step in the tiers V8 left it in.)
    const found: PhraseMatch<T>[] = [];
    const packed = this.unpacking;
    for (let start = 0; start < tokens.length; start++) {
      const token = tokens[start] as string;
      // The phrases opening with this word, in the order they were added.
      if (packed) packedAt(packed, tokens, start, found);
      else this.entriesAt(tokens, start, found);
      // (Most matchers have no stem: no piece of the word is cut for them.)
      if (this.byStem.size === 0) continue;
      const stems = this.byStem.get(token.slice(0, MIN_PREFIX)) ?? NONE;
      for (let i = 0; i < stems.length; i++) if (matchesAt(stems[i] as Entry<T>, tokens, start)) found.push(matchAt(stems[i] as Entry<T>, start));
    }
    return found.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** The phrases added as entries opening with the word at `start` that match there, in the order added. */
  private entriesAt(tokens: readonly string[], start: number, found: PhraseMatch<T>[]): void {
    const token = tokens[start] as string;
    const opening = this.byFirst.get(token) ?? NONE;
    if (opening.length > CROWDED) {
      // Of a crowded word, only those that can match here: found in several lists, so put back in the order added.
      const matched: Entry<T>[] = [];
      crowdMatches(this.crowdOf(token, opening), tokens, start, matched, ENTRIES as CrowdPhrases<Entry<T>>);
      if (matched.length > 1) matched.sort((a, b) => a.seq - b.seq);
      for (let i = 0; i < matched.length; i++) found.push(matchAt(matched[i] as Entry<T>, start));
    } else {
      for (let i = 0; i < opening.length; i++) if (matchesAt(opening[i] as Entry<T>, tokens, start)) found.push(matchAt(opening[i] as Entry<T>, start));
    }
  }

  /** A matcher of packed phrases: the same matches, in the same order, as the matcher they were packed from. */
  static unpacked<T>(data: PackedPhrases<T>): PhraseMatcher<T> {
    const matcher = new PhraseMatcher<T>();
    const { words, starts, wordIds, prefix } = data;
    const count = starts.length - 1;
    const ids = new Map<string, number>();
    for (let w = 0; w < words.length; w++) {
      ids.set(words[w] as string, w);
      matcher.words.add(words[w] as string);
    }
    // Counting sort of the phrases by first word, each group in the order added; a lone stem goes by its stem instead.
    const groupStarts = new Int32Array(words.length + 1);
    const lone = (i: number) => prefix[i] === 1 && starts[i + 1] === (starts[i] as number) + 1;
    for (let i = 0; i < count; i++) if (!lone(i)) (groupStarts[(wordIds[starts[i] as number] as number) + 1] as number)++;
    for (let w = 0; w < words.length; w++) groupStarts[w + 1] = (groupStarts[w + 1] as number) + (groupStarts[w] as number);
    const fill = groupStarts.slice(0, words.length);
    const groupEntries = new Int32Array(groupStarts[words.length] as number);
    for (let i = 0; i < count; i++) {
      if (prefix[i] === 1) {
        const entry = matcher.entryOf(data, i);
        matcher.stems.add(entry.words.at(-1) as string);
        if (lone(i)) push(matcher.byStem, (entry.words[0] as string).slice(0, MIN_PREFIX), entry);
      }
      if (!lone(i)) groupEntries[(fill[wordIds[starts[i] as number] as number] as number)++] = i;
    }
    matcher.added = count;
    matcher.unpacking = { data, ids, groupStarts, groupEntries, crowds: new Map() };
    return matcher;
  }

  /** This matcher's phrases as data, for PhraseMatcher.unpacked(). */
  pack(): PackedPhrases<T> {
    if (this.unpacking) this.settle();
    const entries = [...this.byFirst.values(), ...this.byStem.values()].flat().sort((a, b) => a.seq - b.seq);
    const words = [...this.words];
    const ids = new Map(words.map((w, i) => [w, i]));
    const valueIds = new Map<T, number>();
    const values: T[] = [];
    const starts = new Int32Array(entries.length + 1);
    const wordIds = new Int32Array(entries.reduce((n, e) => n + e.words.length, 0));
    const prefix = new Uint8Array(entries.length);
    const weights = new Float64Array(entries.length);
    const valueOf = new Int32Array(entries.length);
    let at = 0;
    entries.forEach((entry, i) => {
      starts[i] = at;
      for (const w of entry.words) wordIds[at++] = ids.get(w) as number;
      prefix[i] = entry.prefix ? 1 : 0;
      weights[i] = entry.weight;
      let id = valueIds.get(entry.value);
      if (id === undefined) valueIds.set(entry.value, (id = values.push(entry.value) - 1));
      valueOf[i] = id;
    });
    starts[entries.length] = at;
    return { words, starts, wordIds, prefix, weights: weights.every((w) => w === 1) ? undefined : weights, valueIds: valueOf, values };
  }

  /** The entries of the packed phrases opening with `token`, made now and kept (none when no phrase opens with it): for settle(). */
  private unpack(token: string): readonly Entry<T>[] {
    const state = this.unpacking as Unpacking<T>;
    const id = state.ids.get(token);
    if (id === undefined) return NONE;
    const from = state.groupStarts[id] as number;
    const to = state.groupStarts[id + 1] as number;
    // (A word of the phrases that opens none is asked again at every question: it is looked up once.)
    if (from === to) {
      // (The frozen empty list: nothing is added to it, settle() takes it out before add() could.)
      this.byFirst.set(token, NONE as unknown as Entry<T>[]);
      return NONE;
    }
    const list: Entry<T>[] = [];
    for (let k = from; k < to; k++) list.push(this.entryOf(state.data, state.groupEntries[k] as number));
    this.byFirst.set(token, list);
    return list;
  }

  private entryOf(data: PackedPhrases<T>, i: number): Entry<T> {
    const from = data.starts[i] as number;
    const to = data.starts[i + 1] as number;
    const words = new Array<string>(to - from);
    for (let k = from; k < to; k++) words[k - from] = data.words[data.wordIds[k] as number] as string;
    return { words, prefix: data.prefix[i] === 1, value: data.values[data.valueIds[i] as number] as T, weight: data.weights ? (data.weights[i] as number) : 1, seq: i };
  }

  /** Every packed phrase made an entry, before a phrase is added: the matcher is then as if built by add(). */
  private settle(): void {
    const state = this.unpacking as Unpacking<T>;
    for (const word of state.data.words) {
      this.interned.set(word, word);
      if (!this.byFirst.has(word)) this.unpack(word);
      // (A word that opens no phrase has no list, as with add(): a phrase added may open with it.)
      if ((this.byFirst.get(word) as readonly Entry<T>[] | undefined) === NONE) this.byFirst.delete(word);
    }
    this.unpacking = undefined;
  }

  private crowdOf(first: string, opening: readonly Entry<T>[]): Crowd<Entry<T>> {
    let crowd = this.crowds.get(first);
    if (!crowd) this.crowds.set(first, (crowd = splitCrowd(opening, 0, ENTRIES as CrowdPhrases<Entry<T>>)));
    return crowd;
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

/** A crowd walk over phrases held as objects. */
const ENTRIES: CrowdPhrases<Entry<unknown>> = {
  wordAt: (entry, k) => entry.words[k],
  endsOnStem: (entry, depth) => entry.prefix && entry.words.length === depth + 2,
  matchesAt: (entry, tokens, start) => matchesAt(entry, tokens, start),
};

function matchAt<T>(entry: Entry<T>, start: number): PhraseMatch<T> {
  return { value: entry.value, start, end: start + entry.words.length, weight: entry.weight };
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
