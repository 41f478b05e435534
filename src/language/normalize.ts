// Text folding and tokenizing shared by the knowledge index and the question
// reader, so that both sides of every comparison are normalised the same way.
import { isUnknownId, nlp } from './nlp.js';
import { StoredTexts, TextTable } from './stored-texts.js';
import { loadReading, readingKey, readingKeyOf, saveReading, type LoadedReading } from './token-store.js';

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

// French elision: l'OMS, d'Europe, qu'a-t-il, jusqu'au, and the spoken y'a, y'avait. wink-nlp's English
// model keeps them glued to the next word, so they are split here.
const ELISION = /^(l|d|j|m|n|s|t|c|y|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'(.+)$/;

export interface Token {
  /** The folded form used for matching. */
  norm: string;
  /** The text as typed (used where case or accents carry meaning: "US" vs "us", "où" vs "ou"). */
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

// A message is read whole several times (its language, whether it is one the bot reads, then each sentence, which
// is often the whole message): the last few readings are kept, frozen since every caller shares them.
const recentReadings = new Map<string, ReadText>();
const RECENT_READINGS = 4;

/** tokenize(), keeping what else wink-nlp saw in the same pass. The result is shared: frozen. */
export function readText(text: string): ReadText {
  const known = recentReadings.get(text);
  if (known) return known;
  const doc = nlp().readDoc(prepare(text));
  const its = nlp().its;
  const ids = doc.tokens().out(its.uniqueId) as unknown as number[];
  const tokens = splitWords(doc.tokens().out(), ids, doc.tokens().out(its.precedingSpaces) as unknown as string[]);
  for (const t of tokens) Object.freeze(t);
  const dates = (doc.entities().out(its.detail) as unknown as { value: string; type: string }[]).filter((e) => e.type === 'DATE').map((e) => e.value);
  const negated = (doc.tokens().out(its.negationFlag) as unknown as boolean[]).some(Boolean);
  const read = Object.freeze({ tokens: Object.freeze(tokens) as Token[], dates: Object.freeze(dates) as string[], negated });
  if (recentReadings.size >= RECENT_READINGS) recentReadings.delete(recentReadings.keys().next().value as string);
  recentReadings.set(text, read);
  return read;
}

// NFKC first so that compatibility forms ("93ᵉ", "ﬁ") reach wink-nlp as plain letters.
// A list item's number ("1) …", "2. …" opening a line) is no figure and no day of the month ("1) Nov 25").
const ENUMERATOR = /(^|\n|\s)\d{1,2}\)(?=\s)|(^|\n)[ \t]*\d{1,2}\.(?=[ \t])/g;

function prepare(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFKC').replace(ENUMERATOR, (_, a: string | undefined, b: string | undefined) => a ?? b ?? '');
}

/**
 * Splits text into folded word tokens. Punctuation is dropped; hyphenated and
 * slashed words are split ("P/Q" → p, q) so aliases and questions meet.
 */
export function tokenize(text: string): Token[] {
  return splitWords(nlp().readDoc(prepare(text)).tokens().out());
}

function splitWords(words: string[], ids?: number[], spaces?: readonly string[]): Token[] {
  const tokens: Token[] = [];
  let clause = false;
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string;
    const english = ids ? !isUnknownId(ids[w] as number) : undefined;
    // (An emoji between words parts them as a comma would: "question pour les experts 😄 pourquoi…".)
    // (A hyphen inside a word, "vice-president", parts nothing: only one with a space beside it is a dash.)
    const dash = /^-+$/.test(word) && (spaces === undefined || spaces[w] !== '' || spaces[w + 1] !== '');
    if (/^[,;:–—(]+$/.test(word) || dash || /^\p{Extended_Pictographic}/u.test(word)) {
      clause = true;
      continue;
    }
    // "30/11", "1.12.2025": a day written in figures is one word.
    const figures = /^\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?$/.test(word);
    const pieces = figures ? [word] : word.split(/[-‐‑–—/_.]+/);
    for (const piece of pieces) {
      if (piece === '') continue;
      let norm = fold(piece);
      let raw = piece;
      if (norm === "n't" || norm === 'nt') {
        tokens.push({ norm: 'not', raw });
        continue;
      }
      // ("U's": wink-nlp splits the possessive off a word it has not met, but not off one it has learnt whole
      // from an earlier text; split here, the same whatever came before.)
      const possessive = /^(.*[\p{L}\p{N}])['’]s$/u.exec(norm);
      if (possessive?.[1]) {
        const known = english === undefined ? {} : { english };
        tokens.push({ norm: possessive[1], raw: raw.slice(0, possessive[1].length), ...known, ...(clause ? { clause } : {}) });
        tokens.push({ norm: 's', raw: raw.slice(possessive[1].length), ...known });
        clause = false;
        continue;
      }
      const elided = ELISION.exec(norm);
      if (elided?.[1] && elided[2]) {
        tokens.push({ norm: elided[1], raw: raw.slice(0, elided[1].length) });
        norm = elided[2];
        raw = raw.slice(elided[1].length + 1);
      }
      norm = norm.replace(/^'+|'+$/g, '');
      // ("B = U K": an equals sign says what something is; the grammar lists it with "is".)
      if (piece === '=') {
        tokens.push({ norm: '=', raw, ...(clause ? { clause } : {}) });
        clause = false;
        continue;
      }
      if (!/[\p{L}\p{N}]/u.test(norm)) continue;
      tokens.push({ norm: figures ? word.replace(/\./g, '/') : norm.replace(/[^\p{L}\p{N}'*]/gu, ''), raw, ...(english === undefined ? {} : { english }), ...(clause ? { clause } : {}) });
      clause = false;
    }
  }
  return tokens.filter((t) => t.norm !== '');
}

// The knowledge base's phrases (names, cue words, facts, article text) and
// passages are read once per base, from the token store when the base is
// unchanged, and kept for as long as the process runs: the validator, the
// lexicon and the engine read them several times. A phrase is kept as its
// folded words joined by spaces (a word never holds one): one string per text,
// not an object per token, for millions of tokens at a thousand articles.
// A base read back from the token store keeps its reading as the file's bytes
// (`stored`, stored-texts.ts); the Maps hold what was read in this process.
// Questions never go through these caches.
const phraseCache = new Map<string, string>();
const passageCache = new Map<string, string>();
/**
 * The readings read back from the token store, one per base primed from it (normally one), the latest first: asked
 * before the Maps, as when they were copied into them, the latest over any earlier reading of the same text.
 */
let stored: { key: string; phrases: StoredTexts; passages: StoredTexts }[] = [];

/** A phrase's words as read back with a base, if one was. */
function storedPhrase(text: string): string | undefined {
  for (const s of stored) {
    const words = s.phrases.get(text);
    if (words !== undefined) return words;
  }
  return undefined;
}

/** A passage's sentences (joined by SENTENCE_SEP) as read back with a base, if one was. */
function storedPassage(text: string): string | undefined {
  for (const s of stored) {
    const split = s.passages.get(text);
    if (split !== undefined) return split;
  }
  return undefined;
}
/** Sentences of texts that are not the base's (questions): a few recent ones, no more. */
const recentSentences = new Map<string, string[]>();
const RECENT_SENTENCES = 2_000;

/** Between a passage's sentences: a control character no article holds (one that does is read whenever asked). */
const SENTENCE_SEP = '\u0001';

/** A word of one of the knowledge base's phrases: folded, as the matchers compare it. */
export interface PhraseToken {
  norm: string;
}

const wordsOf = (tokens: readonly Token[]) => tokens.map((t) => t.norm).join(' ');

/** A phrase's folded words joined by spaces, remembered. */
function phraseWords(text: string): string {
  let words = storedPhrase(text) ?? phraseCache.get(text);
  if (words === undefined) {
    storeIsStale = true;
    words = wordsOf(tokenize(text));
    phraseCache.set(text, words);
  }
  return words;
}

/** tokenize(), remembered, the folded words only: for the fixed phrases of the knowledge base. */
export function tokenizePhrase(text: string): PhraseToken[] {
  const words = phraseWords(text);
  return words === '' ? [] : words.split(' ').map((norm) => ({ norm }));
}

// wink-nlp's cost is mostly per document, so the knowledge base's thousand
// short phrases are read as a few long documents, split back at a marker word.
const SEPARATOR = 'zqphrasebreakzq';
const BATCH = 400;

/** Tokenizes many phrases at once into the cache tokenizePhrase() reads. */
export function primePhrases(phrases: Iterable<string>): void {
  const pending = [...new Set(phrases)].filter((p) => !phraseCache.has(p) && storedPhrase(p) === undefined && !p.includes(SEPARATOR));
  for (let i = 0; i < pending.length; i += BATCH) {
    const batch = pending.slice(i, i + BATCH);
    const groups: Token[][] = [[]];
    for (const token of tokenize(batch.join(` . ${SEPARATOR} . `))) {
      if (token.norm === SEPARATOR) groups.push([]);
      else groups.at(-1)?.push(token);
    }
    // Should a phrase ever tokenize across the marker, fall back to one by one.
    if (groups.length !== batch.length) continue;
    batch.forEach((phrase, j) => phraseCache.set(phrase, wordsOf(groups[j] as Token[])));
  }
}

/** tokenizePhrase()'s words as strings, for readers of many phrases (no object per word). */
export function phraseNorms(text: string): string[] {
  const words = phraseWords(text);
  return words === '' ? [] : words.split(' ');
}

/**
 * The folded words of a text that is not the base's (a piece of a user's message): read as tokenizePhrase() would,
 * but never added to the phrase cache, which lives as long as the process (one entry per message would grow it
 * without bound).
 */
export function textNorms(text: string): string[] {
  const words = storedPhrase(text) ?? phraseCache.get(text) ?? wordsOf(tokenize(text));
  return words === '' ? [] : words.split(' ');
}

/** The folded tokens of a phrase, as a key: "l’O" → "l o". */
export function phraseKey(text: string): string {
  return phraseWords(text);
}

/**
 * Sentences of a passage, as wink-nlp splits them. The base's passages are remembered with the base; any other
 * text (a user's message) only among the last few read, never in the cache that lives as long as the process.
 */
export function sentences(text: string): string[] {
  const known = storedPassage(text) ?? passageCache.get(text);
  if (known !== undefined) return known === '' ? [] : known.split(SENTENCE_SEP);
  let split = recentSentences.get(text);
  if (split) recentSentences.delete(text);
  else {
    split = nlp().readDoc(text).sentences().out().flatMap(afterAcronyms);
    if (recentSentences.size >= RECENT_SENTENCES) recentSentences.delete(recentSentences.keys().next().value as string);
  }
  // Most recently used last: the first key is the one to forget.
  recentSentences.set(text, split);
  return split;
}

/**
 * "…during the O GA. B passed on…": wink-nlp takes some acronyms with a full stop for abbreviations
 * that go on ("GA." is also a US state's), and keeps the next sentence with them. A full stop after capitals,
 * before a capital, ends a sentence in a message. (Not "U.S. Army": a full stop between the capitals.)
 */
function afterAcronyms(sentence: string): string[] {
  return sentence.split(/(?<=(?:^|[\s(])\p{Lu}{2,}\.)\s+(?=\p{Lu})/u);
}

/** The sentences of one of the base's passages, read now and remembered with the base. */
function readPassage(text: string): void {
  if (passageCache.has(text) || storedPassage(text) !== undefined || text.includes(SENTENCE_SEP)) return;
  storeIsStale = true;
  const split: string[] = nlp().readDoc(text).sentences().out();
  passageCache.set(text, split.join(SENTENCE_SEP));
}

/** The base being read: its phrases and passages in order, which the stored reading follows. */
let current: { key: string; phrases: TextTable; passages: TextTable } | undefined;
let storeIsStale = false;

/**
 * Reads the knowledge base's phrases and paragraphs, from the on-disk store
 * when they are unchanged since the last start, else with wink-nlp (and
 * stores the result for the next start). `baseKey` identifies the base when
 * the caller already hashed what it was read from.
 */
export function primeKnowledgeReading(phrases: readonly string[], paragraphs: readonly string[], baseKey?: string): void {
  const passageList = paragraphs.filter((p) => !p.includes(SENTENCE_SEP));
  storeIsStale = false;
  // A base known by the hash of its files and loader (knowledge/snapshot.ts) need not hash its texts again, nor
  // make its tables again: they are stored with its reading, read once.
  const knownKey = baseKey === undefined ? undefined : readingKeyOf(baseKey);
  const known = knownKey === undefined ? undefined : loadReading(knownKey);
  const restoredPhrases = known?.tables && TextTable.restore(phrases, known.tables.phrases);
  const restoredPassages = known?.tables && TextTable.restore(passageList, known.tables.passages);
  const phraseTable = restoredPhrases ?? TextTable.of(phrases);
  const passageTable = restoredPassages ?? TextTable.of(passageList);
  const [unique, passages] = [phraseTable.texts, passageTable.texts];
  const key = knownKey ?? readingKey(unique, passages);
  current = { key, phrases: phraseTable, passages: passageTable };
  const read = knownKey === undefined ? loadReading(key) : known;
  // (Another base's reading under this key — a hash collision, a hand-edited file — is not ours.)
  if (read && read.phrases.length === unique.length && read.passages.length === passages.length) {
    useReading(key, phraseTable, passageTable, read);
    // (A reading whose tables could not be taken back, or stored without them, is stored again with this start's.)
    storeIsStale = !restoredPhrases || !restoredPassages;
    return;
  }
  const missing = unique.filter((p) => !phraseCache.has(p) && storedPhrase(p) === undefined);
  if (missing.length) {
    storeIsStale = true;
    primePhrases(missing);
  }
  for (const p of passages) readPassage(p);
}

/** The stored words follow the base's phrases: found by the base's own strings, decoded when asked for. */
function useReading(key: string, phrases: TextTable, passages: TextTable, read: LoadedReading): void {
  stored = [{ key, phrases: new StoredTexts(phrases, read.phrases), passages: new StoredTexts(passages, read.passages) }, ...stored.filter((s) => s.key !== key)];
  for (const [text, words] of read.extra) phraseCache.set(text, words);
}

/** How many texts the base's reading holds (phrases and passages): a user's messages must never add to it. */
export function readingSize(): number {
  return phraseCache.size + passageCache.size + stored.reduce((n, s) => n + s.phrases.size + s.passages.size, 0);
}

/** Saves what was read since primeKnowledgeReading() (the engine's own phrase variants included) when anything was new. */
export function persistKnowledgeReading(): void {
  if (!current || !storeIsStale) return;
  const own = current.phrases;
  const extra = new Map<string, string>();
  for (const [text, words] of phraseCache) if (own.indexOf(text) < 0) extra.set(text, words);
  saveReading(current.key, {
    phrases: own.texts.map((p) => storedPhrase(p) ?? phraseCache.get(p) ?? wordsOf(tokenize(p))),
    passages: current.passages.texts.map((p) => storedPassage(p) ?? passageCache.get(p) ?? ''),
    extra,
    tables: { phrases: own.data, passages: current.passages.data },
  });
  storeIsStale = false;
}
