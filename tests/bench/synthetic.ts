// A synthetic knowledge base of N articles, for `npm run bench -- --articles N`:
// renamed copies of the real knowledge/ folder. Copy 0 is knowledge/ itself
// (so N = 2 is today's base); each further copy renames every name word of
// every entity (people, organisations, places, events, meetings), every id,
// and those words wherever they appear in the copy's articles, facts and
// quotes. The renaming is word by word and context-free, so a quote that was a
// substring of its paragraph is still one, and the copy validates.
//
// What counts as a name word is read from the knowledge, not listed here:
//   - a word written with a capital in an entity's name, short name, alias or
//     role, or a one-word alias ("Royaume", "marocaine"), unless the shared
//     vocabulary (language profiles, concepts, predicates) uses it;
//   - then, for a name that still has no such word ("chefs de délégations"),
//     its words that are not grammar words;
//   - a grammar word written as an alias in capitals ("UN", French "un") is
//     renamed only where it is written exactly so.
// New words are made of syllables, unique, never a word of the real base or
// of wink-nlp's English lexicon, never ending like an everyday French word
// (the speller leaves those alone on purpose), and at least two edits away
// from any other word: a misspelt name then has one right answer.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.js';
import { isEnglishWord } from '../../src/language/nlp.js';
import { fold } from '../../src/language/normalize.js';
import { seededRandom } from './common.js';

type Raw = Record<string, unknown>;

/** One renamed copy of the real base. */
export interface Copy {
  index: number;
  /** This copy's article ids. */
  articles: string[];
  /** Real id → this copy's id (identity for copy 0). */
  ids: Record<string, string>;
  /** Folded real word → this copy's word, lowercase (empty for copy 0). */
  words: Record<string, string>;
}

/** A question about one copy, as typed and with one name misspelt. */
export interface QualityCase {
  copy: number;
  language: 'fr' | 'en';
  question: string;
  misspelt: string;
  /** The copy's word the misspelling stands for, and the misspelling. */
  typo: { word: string; as: string };
  /** The copy's articles: every citation of the answer must be one of them. */
  articles: string[];
  /** The same question about copy 0 (the real base), for comparing answers. */
  original: string;
}

export interface Manifest {
  articles: number;
  seed: number;
  /** Folded words renamed in any case; folded words renamed where written with a capital; exact forms renamed as written. */
  anyCase: string[];
  capitalised: string[];
  forms: string[];
  copies: Copy[];
  quality: QualityCase[];
}

export interface SyntheticOptions {
  /** The real knowledge folder to copy. */
  source?: string;
  seed?: number;
  /** How many copies the quality check samples (spread evenly, copy 0 excluded when there are others). */
  qualityCopies?: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const words = (text: string): string[] => text.match(WORD) ?? [];

// --- reading the real base -------------------------------------------------

interface Source {
  dir: string;
  articles: { file: string; data: Raw }[];
  entities: { file: string; data: Raw[] }[];
  facts: { file: string; data: Raw[] }[];
  /** Files copied as they are: concepts, predicates, suggestions, language profiles. */
  shared: { path: string; text: string }[];
  suggestions: { about: string[]; fr: string; en: string }[];
  stopwords: Set<string>;
  /** Words of the language profiles, concepts and predicates: the vocabulary every copy shares. */
  sharedWords: Set<string>;
  /** Every folded word of every file. */
  vocabulary: Set<string>;
  /** Folded words the articles and facts write in lowercase somewhere. */
  lowercase: Set<string>;
  everydayEndings: string[];
}

function yamlIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort();
  } catch {
    return [];
  }
}

function readSource(dir: string): Source {
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');
  const vocabulary = new Set<string>();
  const note = (text: string) => {
    for (const w of words(text)) vocabulary.add(fold(w));
  };
  const lowercase = new Set<string>();
  const noteLowercase = (text: string) => {
    for (const w of words(text)) if (!/^\p{Lu}/u.test(w)) lowercase.add(fold(w));
  };
  const articles = yamlIn(join(dir, 'articles')).map((f) => {
    const text = read(join('articles', f));
    note(text);
    const data = load(text) as Raw;
    noteLowercase([data['title'], data['title_en'], ...((data['paragraphs'] as Raw[] | undefined) ?? []).map((p) => p['text'])].map((t) => String(t ?? '')).join(' '));
    return { file: f, data };
  });
  const lists = (sub: string) =>
    yamlIn(join(dir, sub)).map((f) => {
      const text = read(join(sub, f));
      note(text);
      return { file: f, data: (load(text) as Raw[] | null) ?? [] };
    });
  const entities = lists('entities');
  const facts = lists('facts');
  for (const f of facts) for (const fact of f.data) {
    const t = fact['text'] as { fr?: string; en?: string } | undefined;
    noteLowercase(`${t?.fr ?? ''} ${t?.en ?? ''} ${((fact['evidence'] as { quote?: string }[] | undefined) ?? []).map((e) => e.quote ?? '').join(' ')}`);
  }
  const shared: Source['shared'] = [];
  const sharedWords = new Set<string>();
  for (const path of ['concepts.yaml', 'predicates.yaml', 'suggestions.yaml', ...yamlIn(join(dir, 'language')).map((f) => join('language', f))]) {
    let text: string;
    try {
      text = read(path);
    } catch {
      continue;
    }
    shared.push({ path, text });
    note(text);
    if (path !== 'suggestions.yaml') for (const w of words(text.replace(/^\s*#.*$/gm, ''))) sharedWords.add(fold(w));
  }
  const stopwords = new Set<string>();
  let everydayEndings: string[] = [];
  for (const s of shared.filter((f) => f.path.startsWith('language'))) {
    const profile = load(s.text) as { stopwords?: unknown[]; general_endings?: string[] } | null;
    for (const p of profile?.stopwords ?? []) for (const w of words(String(p))) stopwords.add(fold(w));
    if (profile?.general_endings) everydayEndings = [...everydayEndings, ...profile.general_endings.map(fold)];
  }
  const suggestionsText = shared.find((s) => s.path === 'suggestions.yaml')?.text;
  const suggestions = suggestionsText ? ((load(suggestionsText) as { about?: string[]; fr: string; en: string }[] | null) ?? []).map((s) => ({ about: s.about ?? [], fr: s.fr, en: s.en })) : [];
  return { dir, articles, entities, facts, shared, suggestions, stopwords, sharedWords, vocabulary, lowercase, everydayEndings };
}

/** An entity's names: what must differ from copy to copy. */
function namesOf(entity: Raw): string[] {
  const bilingual = (v: unknown) => (v && typeof v === 'object' ? Object.values(v as Record<string, string>) : []);
  return [...bilingual(entity['name']), ...bilingual(entity['short']), ...((entity['aliases'] as string[] | undefined) ?? []), ...((entity['roles'] as string[] | undefined) ?? [])].map(String);
}

/**
 * The renaming rule (see the header): folded words renamed in any case, words
 * renamed where they start with a capital (the articles also use them as
 * everyday words: "New" York, "new"), and exact forms renamed as written.
 */
function nameWords(source: Source): { anyCase: Set<string>; capitalised: Set<string>; forms: Set<string>; byKey: Map<string, Set<string>> } {
  const chosen = new Set<string>();
  const forms = new Set<string>();
  const byKey = new Map<string, Set<string>>();
  const phrases = source.entities.flatMap((f) => f.data.flatMap(namesOf));
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  const grammar = (key: string) => source.stopwords.has(key) || key.length < 2 || /^\d+$/.test(key);
  for (const phrase of phrases) {
    const ws = words(phrase);
    for (const w of ws) {
      const key = fold(w);
      byKey.set(key, (byKey.get(key) ?? new Set<string>()).add(w));
      if (!capital(w) && ws.length > 1) continue;
      if (grammar(key)) {
        if (!/^\d+$/.test(key)) forms.add(w);
      } else if (!source.sharedWords.has(key)) chosen.add(key);
    }
  }
  // A name with no renamed word yet: its longest word, preferring one the shared vocabulary does not use.
  for (const phrase of phrases) {
    const ws = words(phrase);
    if (ws.some((w) => chosen.has(fold(w)) || forms.has(w))) continue;
    const pick = ws.filter((w) => !grammar(fold(w)) && !/\d/.test(w)).sort((a, b) => Number(source.sharedWords.has(fold(a))) - Number(source.sharedWords.has(fold(b))) || b.length - a.length)[0];
    if (pick) chosen.add(fold(pick));
  }
  const anyCase = new Set<string>();
  const capitalised = new Set<string>();
  for (const key of chosen) {
    // Written in lowercase in an article or a fact: an everyday word too, renamed in lowercase only where a name writes it so.
    if (source.lowercase.has(key)) {
      capitalised.add(key);
      for (const w of byKey.get(key) ?? []) forms.add(w);
    } else anyCase.add(key);
  }
  return { anyCase, capitalised, forms, byKey };
}

// --- new words ----------------------------------------------------------------

const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'gr', 'kr', 'tr', 'pl', 'kl', 'st', 'sh', 'ch', 'th', 'zh', 'j', 'h', 'w', 'y'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'o', 'ai', 'ou', 'ei', 'ia', 'io'];
const CODAS = ['', '', '', 'n', 'r', 'l', 'k', 'm', 'sh', 'z', 'x', 'nd', 'rk'];
const LETTERS = 'BCDFGHJKLMNPQRSTVWXZ';

/** Every string one deletion (or none) away: two words share one iff one edit (or a swap) separates them. */
function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

class WordMaker {
  private readonly taken = new Set<string>();
  /** Deletion neighbourhoods of every word known or made, for the two-edit separation. */
  private readonly near = new Set<string>();
  constructor(
    private readonly random: () => number,
    known: Iterable<string>,
    private readonly everydayEndings: readonly string[],
  ) {
    for (const w of known) {
      this.taken.add(w);
      if (w.length >= 3) for (const d of deletions(w)) this.near.add(d);
    }
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }

  /** A new word standing for `original`: an acronym for an acronym, else a name of about its length. */
  make(original: string, acronym: boolean): string {
    for (let attempt = 0; attempt < 10_000; attempt++) {
      const candidate = acronym ? this.acronym(Math.max(3, original.length)) : this.name(Math.max(4, original.length));
      if (this.taken.has(candidate)) continue;
      if (!acronym) {
        if (deletions(candidate).some((d) => this.near.has(d))) continue;
        if (this.everydayEndings.some((e) => candidate.endsWith(e))) continue;
        if (isEnglishWord(candidate)) continue;
      }
      this.taken.add(candidate);
      if (!acronym) for (const d of deletions(candidate)) this.near.add(d);
      return candidate;
    }
    throw new Error(`no new word for "${original}" after 10,000 attempts`);
  }

  private acronym(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += this.pick([...LETTERS]);
    return out.toLowerCase();
  }

  private name(length: number): string {
    const target = length + Math.floor(this.random() * 3) - 1;
    let out = '';
    while (out.length < target) out += this.pick(ONSETS) + this.pick(VOWELS) + (this.random() < 0.35 ? this.pick(CODAS) : '');
    return out;
  }
}

// --- renaming -------------------------------------------------------------------

/** A word written as `model` is: all capitals, a capital first, or lowercase. */
function inCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  if (/^\p{Lu}/u.test(model)) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

export interface Renamer {
  text(text: string, copy: Copy): string;
}

export function renamer(manifest: Pick<Manifest, 'anyCase' | 'capitalised' | 'forms'>): Renamer {
  const anyCase = new Set(manifest.anyCase);
  const capitalised = new Set(manifest.capitalised);
  const forms = new Set(manifest.forms);
  return {
    text(text, copy) {
      if (copy.index === 0) return text;
      return text.replace(WORD, (w) => {
        const key = fold(w);
        const to = copy.words[key];
        if (to === undefined || !(anyCase.has(key) || forms.has(w) || (capitalised.has(key) && /^\p{Lu}/u.test(w)))) return w;
        return inCase(w, to);
      });
    },
  };
}

function renameId(id: string, words: Record<string, string>, index: number, used: Set<string>): string {
  let out = id
    .split(/([-.])/)
    .map((part) => words[part] ?? part)
    .join('');
  if (out === id || used.has(out)) out = `${out}-c${index}`;
  used.add(out);
  return out;
}

// --- the base -------------------------------------------------------------------

const REFERENCES = ['belongs_to', 'leads', 'part_of', 'country', 'within', 'organiser', 'city', 'venue', 'article', 'host', 'guests', 'occasion', 'communique'];
const FACT_REFERENCES = ['about', 'speaker', 'mentions', 'items', 'agents', 'objects'];

/**
 * Writes a base of `articles` articles into `dir` (knowledge/ layout) and
 * returns what was renamed how. With an odd count, the last copy keeps the
 * first of the real articles only, and what quotes nothing else.
 */
export function writeSynthetic(articles: number, dir: string, options: SyntheticOptions = {}): Manifest {
  const source = readSource(options.source ?? DEFAULT_KNOWLEDGE_DIR);
  const seed = options.seed ?? 0x5eed;
  const random = seededRandom(seed);
  const perCopy = source.articles.length;
  if (perCopy === 0) throw new Error(`${source.dir} holds no article`);
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles must be a whole number of at least 1, not ${articles}`);
  const { anyCase, capitalised, forms, byKey } = nameWords(source);
  const maker = new WordMaker(random, source.vocabulary, source.everydayEndings);
  const realIds = [...source.articles.map((a) => String(a.data['id'])), ...source.entities.flatMap((f) => f.data.map((e) => String(e['id']))), ...source.facts.flatMap((f) => f.data.map((x) => String(x['id'])))];
  const usedIds = new Set(realIds);
  const acronym = (key: string) => [...(byKey.get(key) ?? [])].every((f) => f.length > 1 && f === f.toUpperCase() && f !== f.toLowerCase()) && (byKey.get(key)?.size ?? 0) > 0;
  const manifest: Manifest = { articles, seed, anyCase: [...anyCase].sort(), capitalised: [...capitalised].sort(), forms: [...forms].sort(), copies: [], quality: [] };
  const rename = renamer(manifest);

  for (const sub of ['articles', 'entities', 'facts', 'language']) mkdirSync(join(dir, sub), { recursive: true });
  for (const s of source.shared) writeFileSync(join(dir, s.path), s.text);

  const copies = Math.ceil(articles / perCopy);
  for (let index = 0; index < copies; index++) {
    const keep = new Set(source.articles.slice(0, Math.min(perCopy, articles - index * perCopy)).map((a) => String(a.data['id'])));
    const wordsOf: Record<string, string> = {};
    if (index > 0) {
      for (const key of [...anyCase, ...capitalised]) wordsOf[key] = maker.make(key, acronym(key));
      for (const form of forms) wordsOf[fold(form)] ??= maker.make(fold(form), true);
    }
    const ids: Record<string, string> = {};
    for (const id of realIds) ids[id] = index === 0 ? id : renameId(id, wordsOf, index, usedIds);
    const copy: Copy = { index, articles: [...keep].map((id) => ids[id] as string), ids, words: wordsOf };
    manifest.copies.push(copy);
    const text = (t: unknown) => rename.text(String(t), copy);
    const id = (v: unknown) => ids[String(v)] ?? String(v);
    const suffix = index === 0 ? '' : `--${index}`;
    const yaml = (value: unknown) => dump(value, { lineWidth: -1, noRefs: true });

    // Facts first: what an odd count leaves out follows from the evidence kept.
    const factsKept = new Set<string>();
    const meetingsDropped = new Set<string>();
    for (const f of source.entities) for (const e of f.data) if (e['type'] === 'meeting' && !keep.has(String(e['article']))) meetingsDropped.add(String(e['id']));
    const factFiles = source.facts.map((f) => {
      const out: Raw[] = [];
      for (const fact of f.data) {
        const evidence = (fact['evidence'] as { article: string; quote: string }[]).filter((e) => keep.has(e.article));
        if (evidence.length === 0 || meetingsDropped.has(String(fact['about']))) continue;
        const copyFact: Raw = { ...fact, id: id(fact['id']) };
        for (const field of FACT_REFERENCES) {
          const v = fact[field];
          if (Array.isArray(v)) copyFact[field] = v.filter((x) => !meetingsDropped.has(String(x))).map(id);
          else if (v !== undefined) copyFact[field] = id(v);
        }
        const t = fact['text'] as { fr: string; en: string };
        copyFact['text'] = { fr: text(t.fr), en: text(t.en) };
        copyFact['evidence'] = evidence.map((e) => ({ article: id(e.article), quote: text(e.quote) }));
        factsKept.add(String(fact['id']));
        out.push(copyFact);
      }
      return { file: f.file, out };
    });

    for (const a of source.articles) {
      if (!keep.has(String(a.data['id']))) continue;
      const d = a.data;
      const out: Raw = {
        ...d,
        id: id(d['id']),
        title: text(d['title']),
        ...(d['title_en'] !== undefined ? { title_en: text(d['title_en']) } : {}),
        communique: id(d['communique']),
        summary: (d['summary'] as string[]).filter((s) => factsKept.has(s)).map(id),
        paragraphs: (d['paragraphs'] as Raw[]).map((p) => ({ ...p, text: text(p['text']) })),
      };
      writeFileSync(join(dir, 'articles', `${id(d['id'])}.yaml`), yaml(out));
    }
    for (const f of source.entities) {
      const out = f.data
        .filter((e) => !meetingsDropped.has(String(e['id'])))
        .map((e) => {
          const c: Raw = { ...e, id: id(e['id']) };
          for (const field of ['name', 'short'] as const) {
            const v = e[field] as { fr: string; en: string } | undefined;
            if (v) c[field] = { fr: text(v.fr), en: text(v.en) };
          }
          for (const field of ['aliases', 'roles', 'common_nouns'] as const) {
            const v = e[field] as string[] | undefined;
            if (v) c[field] = v.map(text);
          }
          for (const field of REFERENCES) {
            const v = e[field];
            if (Array.isArray(v)) c[field] = v.map(id);
            else if (v !== undefined) c[field] = id(v);
          }
          return c;
        });
      writeFileSync(join(dir, 'entities', f.file.replace(/(\.ya?ml)$/, `${suffix}$1`)), yaml(out));
    }
    for (const { file, out } of factFiles) writeFileSync(join(dir, 'facts', file.replace(/(\.ya?ml)$/, `${suffix}$1`)), yaml(out));
  }

  manifest.quality = qualityCases(source, manifest, rename, random, options.qualityCopies ?? 20);
  return manifest;
}

// --- the quality check's questions ------------------------------------------------

/**
 * The base's own suggestions about someone or something (each is answerable),
 * asked of evenly spread copies, with the longest renamed word misspelt once
 * (a letter dropped, doubled, swapped with the next or replaced, anywhere in
 * the word, the first letter included). A misspelling that lands within one
 * edit of another word is redrawn: no speller could tell which was meant.
 */
function qualityCases(source: Source, manifest: Manifest, rename: Renamer, random: () => number, count: number): QualityCase[] {
  const sampled = manifest.copies.length > 1 ? manifest.copies.slice(1) : manifest.copies;
  const step = Math.max(1, sampled.length / count);
  const chosen: Copy[] = [];
  for (let i = 0; i < sampled.length && chosen.length < count; i += step) chosen.push(sampled[Math.floor(i)] as Copy);
  const suggestions = source.suggestions.filter((s) => s.about.length > 0);
  const allWords = new Set<string>([...source.vocabulary, ...manifest.copies.flatMap((c) => Object.values(c.words))]);
  const out: QualityCase[] = [];
  for (const copy of chosen) {
    // This copy's name words (for copy 0, the real ones).
    const names = new Set(copy.index === 0 ? [...manifest.anyCase, ...manifest.capitalised] : Object.values(copy.words));
    for (const s of suggestions) {
      for (const language of ['fr', 'en'] as const) {
        const question = rename.text(s[language], copy);
        // A renamed word of the question: a name of this copy.
        const candidates = words(question).filter((w) => names.has(fold(w)) && fold(w).length >= 5);
        const target = candidates.sort((a, b) => b.length - a.length)[0];
        if (!target) continue;
        const typo = misspell(target, random, (m) => unambiguous(fold(m), fold(target), allWords));
        if (!typo) continue;
        out.push({
          copy: copy.index,
          language,
          question,
          misspelt: question.replace(target, typo),
          typo: { word: fold(target), as: fold(typo) },
          articles: copy.articles,
          original: s[language],
        });
      }
    }
  }
  return out;
}

function misspell(word: string, random: () => number, accept: (m: string) => boolean): string | undefined {
  const neighbours = 'aeiouy';
  for (let attempt = 0; attempt < 50; attempt++) {
    const i = Math.floor(random() * word.length);
    const kind = Math.floor(random() * 4);
    let m: string;
    if (kind === 0) m = word.slice(0, i) + word.slice(i + 1);
    else if (kind === 1) m = word.slice(0, i) + (word[i] as string) + word.slice(i);
    else if (kind === 2 && i < word.length - 1) m = word.slice(0, i) + (word[i + 1] as string) + (word[i] as string) + word.slice(i + 2);
    else {
      const c = word[i] as string;
      const pool = neighbours.includes(c.toLowerCase()) ? neighbours : 'bcdfgklmnprstvz';
      const r = pool[Math.floor(random() * pool.length)] as string;
      if (r === c.toLowerCase()) continue;
      m = word.slice(0, i) + r + word.slice(i + 1);
    }
    if (m !== word && accept(m)) return m;
  }
  return undefined;
}

/** Whether `typo` is no word, and the only word within one edit of it is `meant`. */
function unambiguous(typo: string, meant: string, known: ReadonlySet<string>): boolean {
  if (known.has(typo) || isEnglishWord(typo)) return false;
  for (const w of known) if (w !== meant && Math.abs(w.length - typo.length) <= 1 && withinOneEdit(w, typo)) return false;
  return true;
}

/** Damerau-Levenshtein distance ≤ 1 (one insertion, deletion, substitution or swap of neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export const forTests = { nameWords, readSource, inCase, deletions };
