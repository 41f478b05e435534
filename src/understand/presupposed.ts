// A question can take something for granted on its way: "why did A, who
// replaced X, come to Y?", « B, le chef de la P de W, a dit quoi ? »,
// « vu que les deux rencontres étaient à Y, ils ont parlé de quoi ? ». What it
// takes for granted is a claim of its own, checked before the question is
// answered: answering the question alone would pass it off as the articles'.
// Here the sentence is cut into that claim and the question without it.
import { textNorms } from '../language/normalize.js';
import type { Language } from '../knowledge/types.js';
import type { Query } from './frame.js';
import { hasVerb } from './clauses.js';
import { grammarOf, type Lexicon } from './lexicon.js';

export interface Presupposition {
  /** The claim taken for granted, as a sentence of its own ("A replaced X", « B est le chef… »). */
  said: string;
  /** …as read (read once, here). */
  reading: Query;
  /** The question without it. */
  asked: string;
  /** Said by a relative clause ("…, who …,"). */
  relative: boolean;
}

/**
 * Of a question: a clause opening it that it takes for granted ("since …,", « vu que …, »), or a
 * relative clause or apposition set between commas after a name ("A, who …, …", « B, le …, … »).
 * `read` reads a piece of text as the rest of the reader does; `substantial` says whether a
 * reading says anything that could be checked.
 */
export function presupposition(sentence: string, language: Language, lexicon: Lexicon, read: (text: string) => Query, substantial: (q: Query) => boolean): Presupposition | undefined {
  const text = sentence.trim();
  const commas = [...text.matchAll(/,/g)].map((m) => m.index ?? 0);
  const first = commas[0];
  if (first === undefined) return undefined;
  // "A went to X to meet C, what happened": a statement, then after the last comma a question of its own that opens
  // with its question word, "?" or not — what the statement says is taken for granted, as it would be before a full stop.
  // (Read only when the clause opens with a question word: most commas end no statement before a question.)
  const last = commas.at(-1) as number;
  const tail = text.slice(last + 1).trim();
  const lead = textNorms(tail)[0] ?? '';
  const mayAsk = Object.values(lexicon.languages).some((l) => l.whWords.has(lead)) && !text.slice(0, first).includes('?');
  const asking = mayAsk ? read(tail) : undefined;
  if (asking?.reading.wh[0] === true && asking.interrogative) {
    const statement = text.slice(0, last).trim();
    const said = read(statement);
    if (!said.interrogative && said.stated && hasVerb(said, lexicon) && substantial(said) && !said.reading.wh.some(Boolean)) return { said: statement, reading: said, asked: tail, relative: false };
  }
  if (!text.endsWith('?')) return undefined;

  // "since …, what …?": the clause up to the first comma, after the words that open it.
  const opening = textNorms(text.slice(0, first));
  const premise = Object.values(lexicon.languages).flatMap((l) => l.premise.all(opening)).find((m) => m.start === 0 && m.end < opening.length);
  if (premise) {
    const said = opening.slice(premise.end).join(' ');
    const reading = read(said);
    const asked = text.slice(first + 1).trim();
    return substantial(reading) && asked.length > 1 ? { said, reading, asked, relative: false } : undefined;
  }

  // "A, who …, …?", « B, le …, … ? »: a clause set between two commas right after a name, and more after it.
  const grammar = grammarOf(lexicon);
  const copula = [...lexicon.languages[language].syntax.copula][0];
  for (let i = 0; i + 1 < commas.length; i++) {
    const open = commas[i] as number;
    const close = commas[i + 1] as number;
    const aside = text.slice(open + 1, close).trim();
    const rest = text.slice(close + 1).trim();
    const lead = textNorms(aside)[0] ?? '';
    const relative = grammar.relative.has(lead);
    // (What follows goes on with the question, with a verb of its own: not "…, which part … — HQ, field, both?".)
    if (!(relative || grammar.articles.has(lead)) || !hasVerb(read(rest), lexicon)) continue;
    const left = text.slice(0, open).trim();
    const terms = read(left).reading.terms.filter((t) => t.kind !== 'function');
    const name = terms.at(-1);
    if (name?.kind !== 'entity') continue;
    // (The relative pronoun gives way to the name; an apposition is said of it with the language's copula.)
    const said = relative ? `${name.surface} ${aside.slice(aside.toLowerCase().indexOf(lead) + lead.length).trim()}` : `${name.surface} ${copula ?? ''} ${aside}`;
    const reading = read(said);
    if (!substantial(reading)) continue;
    return { said, reading, asked: `${left} ${rest}`, relative };
  }
  return undefined;
}
