// A message's sentences, where they stand in it: wink-nlp's, mended where it
// keeps two together (an acronym's or a month's full stop before a capital) or
// cuts one after an abbreviation ("incl.") before a lower-case word.
import { fold, sentences } from '../language/normalize.js';
import type { Span } from './clauses.js';
import { grammarOf, type Lexicon } from './lexicon.js';

/** Each line's sentences, where they stand in the text; a sentence cut after an abbreviation ("incl.") is mended. */
export function sentenceSpans(text: string, lexicon: Lexicon): Span[] {
  const goesOn = abbreviationsOf(lexicon);
  const months = monthShortForms(lexicon);
  const spans: Span[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let cursor = lineStart;
    if (line.trim()) {
      for (const s of sentences(line).flatMap(afterAcronyms).flatMap((x) => afterMonths(x, months, lexicon))) {
        const at = text.indexOf(s, cursor);
        if (at < 0) continue;
        const last = spans.at(-1);
        // "…hotspots incl. the <a region>": an abbreviation's full stop, then a lower-case word, ends no sentence.
        // (An acronym's does: "…host the O GA. the Y one…"; so does a short word's: « …depuis 2015 hein. sinon… ».)
        const word = last && /(?:^|[^\p{L}])(\p{L}+)\.$/u.exec(text.slice(last.start, last.end))?.[1];
        const dated = last && word !== undefined && months.has(fold(word)) && /\d\s+\p{L}+\.$/u.test(text.slice(last.start, last.end));
        if (last && last.start >= lineStart && word && /\p{Ll}/u.test(word) && (word.length === 1 || goesOn.has(fold(word))) && /^\p{Ll}/u.test(s) && !(dated && opensClause(s, lexicon))) last.end = at + s.length;
        else spans.push({ start: at, end: at + s.length });
        cursor = at + s.length;
      }
    }
    lineStart += line.length + 1;
  }
  return spans;
}

/**
 * "…on Tuesday 25 Nov. apparently they signed…": after a whole date, a lower-case sentence that opens with someone
 * or with what was heard is a sentence of its own, not more of the date.
 */
function opensClause(sentence: string, lexicon: Lexicon): boolean {
  const words = fold(sentence).split(/[^\p{L}']+/u).filter(Boolean).slice(0, 4);
  return Object.values(lexicon.languages).some((l) => l.hearsay.all(words).some((m) => m.start === 0) || l.pronouns.all(words).some((m) => m.start === 0 && (m.value === 'person' || m.value === 'group')));
}

/** The words whose full stop ends no sentence before a lower-case word: the languages' abbreviations and the months' short forms. */
function abbreviationsOf(lexicon: Lexicon): Set<string> {
  return new Set([...grammarOf(lexicon).abbreviations, ...monthShortForms(lexicon)]);
}

function monthShortForms(lexicon: Lexicon): Set<string> {
  return new Set(Object.values(lexicon.languages).flatMap((l) => [...l.months.keys()].filter((m) => m.length <= 4)));
}

/**
 * "…on Tuesday 25 Nov. B came six days later": the sentence splitter takes a month's short form for an abbreviation
 * that goes on; before a capital, its full stop ends the sentence (a date goes on with a figure: "Nov. 25").
 */
/** Fewer words than this before a month's short form are the date a sentence opens with. */
const MIN_WORDS_BEFORE_MONTH = 5;

function afterMonths(sentence: string, months: ReadonlySet<string>, lexicon: Lexicon): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of sentence.matchAll(/(?<![\p{L}\p{N}])(\p{L}+)\.\s+(?=\p{L})/gu)) {
    const cut = (m.index ?? 0) + (m[1] as string).length + 1;
    // (« Le 25 nov. B était à X »: a date that opens the sentence is no sentence of its own.)
    if (!months.has(fold(m[1] as string)) || sentence.slice(from, cut).trim().split(/\s+/).length < MIN_WORDS_BEFORE_MONTH) continue;
    // (Before a lower-case word, only after a whole date and when someone, or what was heard, opens what follows.)
    const rest = sentence.slice((m.index ?? 0) + m[0].length);
    if (/^\p{Ll}/u.test(rest) && !(/\d\s+\p{L}+\.$/u.test(sentence.slice(from, cut)) && opensClause(rest, lexicon))) continue;
    out.push(sentence.slice(from, cut));
    from = cut + (m[0].length - (m[1] as string).length - 1);
  }
  return [...out, sentence.slice(from)];
}

/** "…host the O GA. the Y one…": an acronym's full stop, then a word, ends a sentence the sentence splitter kept whole. */
function afterAcronyms(sentence: string): string[] {
  return sentence.split(/(?<=(?:^|[^\p{L}.])\p{Lu}{2,}\.)\s+(?=\p{L})/u);
}
