// The names an article uses: runs of capitalised words joined by small words
// ("Banque de France"), a name with its abbreviation in brackets ("Autorité
// portuaire de Lisbonne (APL)"), and a guess at what each names, for the
// curator to confirm. The small words and the words that make a
// name an organisation or a place are import.yaml's.
import type { ImportRules } from './rules.js';
import type { Sentence } from './sentences.js';
import { isCapitalised, Phrases, textOf, type Word } from './words.js';

export type NameKind = 'person' | 'organisation' | 'place' | 'name';

export interface NameMention {
  name: string;
  /** Its abbreviation, when the article gives one in brackets. */
  acronym?: string;
  kind: NameKind;
  /** Where it first appears. */
  paragraph: number;
  sentence: string;
}

interface Span {
  start: number;
  end: number;
  acronym?: string;
}

const isAcronym = (word: Word) => word.type === 'word' && /^\p{Lu}{2,}$/u.test(word.text);
const isPunctuation = (word: Word | undefined) => word !== undefined && word.type === 'punctuation';

/** The words of one sentence that cannot start a name: "Le", "À", "The". */
function isSmallWord(word: Word, rules: ImportRules): boolean {
  return [rules.connectors, rules.cityMarkers, rules.venueMarkers, rules.determiners].some((list) => list.has(word));
}

function firstWordIndex(text: readonly Word[]): number {
  return text.findIndex((w) => w.type === 'word');
}

/** Capitalised words met after the start of a sentence: a sentence that begins with one begins with a name. */
function namesInside(sentences: readonly Sentence[], rules: ImportRules): Set<string> {
  const inside = new Set<string>();
  for (const { words } of sentences) {
    const first = firstWordIndex(words);
    words.forEach((w, i) => {
      if (i > first && isCapitalised(w) && !isSmallWord(w, rules)) inside.add(w.key);
    });
  }
  return inside;
}

function spansIn(text: readonly Word[], rules: ImportRules, inside: Set<string>): Span[] {
  const first = firstWordIndex(text);
  const namePart = (w: Word | undefined): w is Word => w !== undefined && isCapitalised(w) && !rules.notNames.has(w) && !isSmallWord(w, rules);
  const spans: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    const word = text[i];
    if (!namePart(word)) continue;
    // A capital at the start of a sentence is only a name if the article writes it so elsewhere.
    if (i === first && !isAcronym(word) && !inside.has(word.key)) continue;
    let end = i + 1;
    for (;;) {
      const next = text[end];
      if (next?.text === '-' && next.space === '' && text[end + 1]?.space === '' && namePart(text[end + 1])) end += 2;
      else if (namePart(next)) end += 1;
      else {
        const joined = rules.connectors.matchAt(text, end);
        if (joined > 0 && namePart(text[end + joined])) end += joined + 1;
        else break;
      }
    }
    spans.push({ start: i, end });
    i = end - 1;
  }
  return withAbbreviations(text, spans, rules);
}

/**
 * "… l’Autorité portuaire de Lisbonne (APL)": the long form is the run of words
 * before the brackets whose initials spell the abbreviation; "l’Office fédéral
 * de la navigation (Hafenamt)": a short name follows the longer name it stands for.
 */
function withAbbreviations(text: readonly Word[], spans: Span[], rules: ImportRules): Span[] {
  const out = [...spans];
  for (let k = 0; k + 2 < text.length; k++) {
    const short = text[k + 1] as Word;
    if (text[k]?.text !== '(' || text[k + 2]?.text !== ')' || !isCapitalised(short)) continue;
    const starts: number[] = [];
    for (let s = k - 1; s >= 0 && k - s <= 12 && !isPunctuation(text[s]); s--) {
      if (isCapitalised(text[s] as Word) && !isSmallWord(text[s] as Word, rules)) starts.push(s);
    }
    const contentWords = (s: number) => text.slice(s, k).filter((w, i, run) => w.type === 'word' && rules.connectors.matchAt(run, i) === 0);
    const initials = (s: number) => contentWords(s).map((w) => w.key.charAt(0)).join('');
    const start = isAcronym(short)
      ? starts.find((s) => initials(s) === short.key)
      : starts.find((s) => contentWords(s).length >= 2);
    if (start === undefined) continue;
    const merged = { start, end: k + 3, acronym: short.text };
    for (let i = out.length - 1; i >= 0; i--) {
      const span = out[i] as Span;
      if (span.start < merged.end && span.end > merged.start) out.splice(i, 1);
    }
    out.push(merged);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether the name at `start` follows one of the marker words ("à", "in the"). */
function follows(text: readonly Word[], start: number, markers: Phrases, rules: ImportRules): boolean {
  const before = (at: number) => {
    for (let s = Math.max(0, at - 3); s < at; s++) if (markers.matchAt(text, s) === at - s) return true;
    return false;
  };
  if (before(start)) return true;
  // One determiner may come between: "at the Old Customs House".
  for (let d = Math.max(0, start - 2); d < start; d++) if (rules.determiners.matchAt(text, d) === start - d && before(d)) return true;
  return false;
}

function kindOf(run: readonly Word[], span: Span, placeMarked: boolean, rules: ImportRules): NameKind {
  const any = (list: Phrases) => run.some((w) => list.has(w));
  const acronyms = run.filter((w) => w.text !== '-').every(isAcronym);
  if (span.acronym || acronyms || any(rules.organisationWords)) return 'organisation';
  if (any(rules.placeWords) || placeMarked) return 'place';
  if (run.length >= 2 && run.length <= 4 && run.every((w) => isCapitalised(w) || w.text === '-')) return 'person';
  return 'name';
}

/** Every name the sentences use, once, where it first appears, with a guess at its kind. */
export function namesIn(sentences: readonly Sentence[], rules: ImportRules): NameMention[] {
  const inside = namesInside(sentences, rules);
  const byKey = new Map<string, NameMention & { placeMarked: boolean }>();
  const seen: (NameMention & { placeMarked: boolean })[] = [];
  for (const sentence of sentences) {
    for (const span of spansIn(sentence.words, rules, inside)) {
      const run = sentence.words.slice(span.start, span.acronym ? span.end - 3 : span.end);
      const name = textOf(run);
      const key = Phrases.key(name);
      const placeMarked = follows(sentence.words, span.start, rules.cityMarkers, rules) || follows(sentence.words, span.start, rules.venueMarkers, rules);
      const earlier = byKey.get(key) ?? seen.find((m) => m.acronym !== undefined && Phrases.key(m.acronym) === key);
      if (earlier) {
        if (placeMarked && !earlier.placeMarked && earlier.kind !== 'organisation') Object.assign(earlier, { placeMarked, kind: 'place' });
        continue;
      }
      // "Veldhuis" after "Tomas Veldhuis": the same person.
      if (seen.some((m) => m.kind === 'person' && Phrases.key(m.name).endsWith(` ${key}`))) continue;
      const mention = {
        name,
        ...(span.acronym ? { acronym: span.acronym } : {}),
        kind: kindOf(run, span, placeMarked, rules),
        paragraph: sentence.paragraph,
        sentence: sentence.text,
        placeMarked,
      };
      byKey.set(key, mention);
      seen.push(mention);
    }
  }
  return seen.map(({ placeMarked: _, ...mention }) => mention);
}

/** The first place named after a word such as "à" or "in": what the article's id is named after. */
export function firstCity(texts: readonly Word[][], rules: ImportRules): string | undefined {
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const word = text[i] as Word;
      if (!isCapitalised(word) || isSmallWord(word, rules) || rules.notNames.has(word)) continue;
      if (!follows(text, i, rules.cityMarkers, rules)) continue;
      let end = i + 1;
      while (text[end] && isCapitalised(text[end] as Word) && !isSmallWord(text[end] as Word, rules)) end++;
      return textOf(text.slice(i, end));
    }
  }
  return undefined;
}
