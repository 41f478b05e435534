// The communiqué an article relies on: "Selon un communiqué de l’Autorité
// portuaire de Lisbonne (APL), …" names who issued it. The phrases
// are import.yaml's; the issuer is matched against the knowledge's organisations.
import type { KnownNames } from './known.js';
import type { ImportRules } from './rules.js';
import type { Sentence } from './sentences.js';
import { textOf, words, type Word } from './words.js';

export interface Communique {
  /** Who issued it, as the article writes it: "Autorité portuaire de Lisbonne (APL)". */
  issuer: string;
  /** The organisation of the knowledge with that name, if there is one. */
  known?: string;
  /** The id to give the organisation: the known one, else one made from the abbreviation or the name. */
  id: string;
  paragraph: number;
  sentence: string;
}

/** Lowercase letters, digits and dashes: "Karsvik Port Authority" → karsvik-port-authority. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const MAX_ISSUER_WORDS = 12;

function issuerAt(text: readonly Word[], at: number, rules: ImportRules): Word[] | undefined {
  const from = rules.issuerFrom.matchAt(text, at);
  if (from === 0) return undefined;
  const run: Word[] = [];
  let depth = 0;
  for (const word of text.slice(at + from)) {
    if (word.text === '(') depth++;
    else if (word.text === ')') depth--;
    else if (depth === 0 && word.type === 'punctuation' && word.text !== '-') break;
    if (depth < 0) break;
    run.push(word);
  }
  // Past a dozen words, the name did not end where the importer looked for its end.
  return run.length > 0 && run.length <= MAX_ISSUER_WORDS ? run : undefined;
}

/** The first communiqué the article names, with its issuer. */
export function findCommunique(sentences: readonly Sentence[], rules: ImportRules, known: KnownNames): Communique | undefined {
  for (const sentence of sentences) {
    for (let i = 0; i < sentence.words.length; i++) {
      const cue = rules.cites.matchAt(sentence.words, i);
      if (cue === 0) continue;
      const run = issuerAt(sentence.words, i + cue, rules);
      if (!run) continue;
      const issuer = textOf(run);
      const bracket = /^(.*?)\s*\(([^()]+)\)$/.exec(issuer);
      const name = bracket?.[1] ?? issuer;
      const short = bracket?.[2];
      const withoutDeterminer = textOf(run.slice(rules.determiners.matchAt(run, 0)));
      const knownId = [issuer, name, short, withoutDeterminer].map((n) => (n ? known.organisation(n) : undefined)).find((id) => id !== undefined);
      const id = knownId ?? slug(short ?? textOf(words(name).slice(rules.determiners.matchAt(words(name), 0))));
      return { issuer, ...(knownId ? { known: knownId } : {}), id, paragraph: sentence.paragraph, sentence: sentence.text };
    }
  }
  return undefined;
}
