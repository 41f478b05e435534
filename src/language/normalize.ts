// Text folding and tokenizing shared by the knowledge index and the question
// reader, so that both sides of every comparison are normalised the same way.
import { isUnknownId, nlp } from './nlp.js';
import { loadReading, readingKey, saveReading, type StoredReading } from './token-store.js';

const COMBINING = /[\u0300-\u036f]/g;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad]/g;
const APOSTROPHES = /[’‘`´ʼ′]/g;

/** Lowercase, strip accents and invisible characters, unify apostrophes and ligatures. */
export function fold(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .normalize('NFKD')
    .replace(COMBINING, '')
    .replace(APOSTROPHES, "'")
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase();
}

// French elision: l'ONU, d'Europe, qu'a-t-il, jusqu'au. wink-nlp's English
// model keeps them glued to the next word, so they are split here.
const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'(.+)$/;

export interface Token {
  /** The folded form used for matching. */
  norm: string;
  /** The text as typed (used where case or accents carry meaning: "UN" vs "un", "où" vs "ou"). */
  raw: string;
  /** Whether wink-nlp's English lexicon knows the word it came from. */
  english?: boolean;
  /** The first word after a comma, colon, semicolon or dash: a clause starts here. */
  clause?: boolean;
}

/** A question read once by wink-nlp: its tokens and the dates its English entity recogniser found. */
export interface ReadText {
  tokens: Token[];
  dates: string[];
  /** wink-nlp's negation detection (English): some word is under a "not", "never"… */
  negated: boolean;
}

/** tokenize(), keeping what else wink-nlp saw in the same pass. */
export function readText(text: string): ReadText {
  const doc = nlp().readDoc(prepare(text));
  const its = nlp().its;
  const ids = doc.tokens().out(its.uniqueId) as unknown as number[];
  const tokens = splitWords(doc.tokens().out(), ids);
  const dates = (doc.entities().out(its.detail) as unknown as { value: string; type: string }[]).filter((e) => e.type === 'DATE').map((e) => e.value);
  const negated = (doc.tokens().out(its.negationFlag) as unknown as boolean[]).some(Boolean);
  return { tokens, dates, negated };
}

// NFKC first so that compatibility forms ("93ᵉ", "ﬁ") reach wink-nlp as plain letters.
function prepare(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFKC');
}

/**
 * Splits text into folded word tokens. Punctuation is dropped; hyphenated and
 * slashed words are split ("DGSN-DGST" → dgsn, dgst) so aliases and questions meet.
 */
export function tokenize(text: string): Token[] {
  return splitWords(nlp().readDoc(prepare(text)).tokens().out());
}

function splitWords(words: string[], ids?: number[]): Token[] {
  const tokens: Token[] = [];
  let clause = false;
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string;
    const english = ids ? !isUnknownId(ids[w] as number) : undefined;
    if (/^[,;:–—(]+$/.test(word) || /^-+$/.test(word)) {
      clause = true;
      continue;
    }
    for (const piece of word.split(/[-‐‑–—/_.]+/)) {
      if (piece === '') continue;
      let norm = fold(piece);
      let raw = piece;
      if (norm === "n't" || norm === 'nt') {
        tokens.push({ norm: 'not', raw });
        continue;
      }
      const elided = ELISION.exec(norm);
      if (elided?.[1] && elided[2]) {
        tokens.push({ norm: elided[1], raw: raw.slice(0, elided[1].length) });
        norm = elided[2];
        raw = raw.slice(elided[1].length + 1);
      }
      norm = norm.replace(/^'+|'+$/g, '');
      if (!/[\p{L}\p{N}]/u.test(norm)) continue;
      tokens.push({ norm: norm.replace(/[^\p{L}\p{N}'*]/gu, ''), raw, ...(english === undefined ? {} : { english }), ...(clause ? { clause } : {}) });
      clause = false;
    }
  }
  return tokens.filter((t) => t.norm !== '');
}

// Knowledge phrases (aliases, cue words, article text) are tokenized several
// times while the base is checked and indexed; questions never go through this.
const phraseCache = new Map<string, Token[]>();
const PHRASE_CACHE_LIMIT = 50_000;

/** tokenize(), remembered: for the fixed phrases of the knowledge base. */
export function tokenizePhrase(text: string): Token[] {
  let tokens = phraseCache.get(text);
  if (!tokens) {
    storeIsStale = true;
    tokens = tokenize(text);
    if (phraseCache.size >= PHRASE_CACHE_LIMIT) phraseCache.clear();
    phraseCache.set(text, tokens);
  }
  return tokens;
}

// wink-nlp's cost is mostly per document, so the knowledge base's thousand
// short phrases are read as a few long documents, split back at a marker word.
const SEPARATOR = 'zqphrasebreakzq';
const BATCH = 400;

/** Tokenizes many phrases at once into the cache tokenizePhrase() reads. */
export function primePhrases(phrases: Iterable<string>): void {
  const pending = [...new Set(phrases)].filter((p) => !phraseCache.has(p) && !p.includes(SEPARATOR));
  for (let i = 0; i < pending.length; i += BATCH) {
    const batch = pending.slice(i, i + BATCH);
    const groups: Token[][] = [[]];
    for (const token of tokenize(batch.join(` . ${SEPARATOR} . `))) {
      if (token.norm === SEPARATOR) groups.push([]);
      else groups.at(-1)?.push(token);
    }
    // Should a phrase ever tokenize across the marker, fall back to one by one.
    if (groups.length !== batch.length) continue;
    batch.forEach((phrase, j) => phraseCache.set(phrase, groups[j] as Token[]));
  }
}

/** The folded tokens of a phrase, as a key: "l'ONU" → "l onu". */
export function phraseKey(text: string): string {
  return tokenizePhrase(text)
    .map((t) => t.norm)
    .join(' ');
}

const sentenceCache = new Map<string, string[]>();

/** Sentences of a passage, as wink-nlp splits them; an article's passages are remembered, a user's text is not. */
export function sentences(text: string, remember = true): string[] {
  let split = sentenceCache.get(text);
  if (!split) {
    split = nlp().readDoc(text).sentences().out();
    if (remember) sentenceCache.set(text, split);
  }
  return split;
}

/**
 * Reads the knowledge base's phrases and paragraphs, from the on-disk store
 * when they are unchanged since the last start, else with wink-nlp (and
 * stores the result for the next start).
 */
export function primeKnowledgeReading(phrases: readonly string[], paragraphs: readonly string[]): void {
  const unique = [...new Set(phrases)];
  storeKey = readingKey(unique, paragraphs);
  const stored = loadReading(storeKey);
  if (stored) {
    for (const [text, tokens] of Object.entries(stored.tokens)) phraseCache.set(text, tokens);
    for (const [text, split] of Object.entries(stored.sentences)) sentenceCache.set(text, split);
    storeIsStale = false;
    return;
  }
  primePhrases(unique);
  for (const p of paragraphs) sentences(p);
  storeIsStale = true;
}

let storeKey: string | undefined;
let storeIsStale = false;

/** Saves what was read since primeKnowledgeReading() (the engine's own phrase variants included) when anything was new. */
export function persistKnowledgeReading(): void {
  if (!storeKey || !storeIsStale) return;
  const reading: StoredReading = { tokens: {}, sentences: {} };
  for (const [text, tokens] of phraseCache) reading.tokens[text] = tokens.map(({ norm, raw }) => ({ norm, raw }));
  for (const [text, split] of sentenceCache) reading.sentences[text] = split;
  saveReading(storeKey, reading);
  storeIsStale = false;
}
