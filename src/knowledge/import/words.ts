// The importer reads text as wink-nlp's words, each with the spaces before it,
// so that any run of words gives back the exact text it came from (a quote or
// a name, character for character).
import { nlp } from '../../language/nlp.js';
import { fold } from '../../language/normalize.js';

const lower = (text: string) => text.normalize('NFC').toLocaleLowerCase().replace(/[’‘`´ʼ′]/g, "'");
const word = (text: string, space: string, type: string): Word => ({ text, key: fold(text), lower: lower(text), space, type });

export interface Word {
  /** As written. */
  text: string;
  /** Folded (case, accents, apostrophes): names are compared so ("Lisboa" is "Lísboa"). */
  key: string;
  /** Lowercase with one apostrophe, accents kept: import.yaml's phrases are compared so ("a" is not "à"). */
  lower: string;
  /** The spaces before it in the text. */
  space: string;
  /** wink-nlp's token type: word, number, ordinal, punctuation… */
  type: string;
}

// French elision, "l’Organisation", "d’Europe": the article and the name are two words.
const ELIDED = /^(\p{Ll}{1,7}['’])(\p{L}.*)$/u;

/** The words of a text, as wink-nlp tokenizes it, elisions split. */
export function words(text: string): Word[] {
  const n = nlp();
  const tokens = n.readDoc(text).tokens();
  const texts = tokens.out();
  const types = tokens.out(n.its.type) as unknown as string[];
  const spaces = tokens.out(n.its.precedingSpaces) as unknown as string[];
  const out: Word[] = [];
  texts.forEach((token, i) => {
    const space = spaces[i] ?? '';
    const type = types[i] ?? 'word';
    const previous = out.at(-1);
    // wink-nlp reads a lone "d’" as "d" and "’": keep them one word, as in "d’Europe".
    if (/^['’]$/.test(token) && space === '' && previous?.type === 'word' && /\p{L}$/u.test(previous.text)) {
      out[out.length - 1] = word(previous.text + token, previous.space, previous.type);
      return;
    }
    const elided = type === 'word' ? ELIDED.exec(token) : null;
    if (elided?.[1] && elided[2]) {
      out.push(word(elided[1], space, type), word(elided[2], '', type));
      return;
    }
    out.push(word(token, space, type));
  });
  return out;
}

/** The exact text of a run of words (without the spaces before the first). */
export function textOf(run: readonly Word[]): string {
  return run.map((w, i) => (i === 0 ? '' : w.space) + w.text).join('');
}

/** Whether a word begins with a capital letter ("Lisbonne", "U", "Évora"). */
export function isCapitalised(word: Word): boolean {
  return word.type === 'word' && /^\p{Lu}/u.test(word.text);
}

/**
 * A list of phrases matched word by word, ignoring case and the shape of
 * apostrophes but not accents; a trailing * matches any ending of the last word.
 */
export class Phrases {
  private readonly list: { keys: string[]; open: boolean }[];

  constructor(phrases: readonly string[]) {
    this.list = phrases
      .map((phrase) => {
        const open = phrase.trimEnd().endsWith('*');
        return { keys: words(phrase.trim().replace(/\*+$/, '')).map((w) => w.lower), open };
      })
      .filter((p) => p.keys.length > 0)
      // Longest first, so "de la" wins over "de".
      .sort((a, b) => b.keys.length - a.keys.length);
  }

  /** The folded form names are compared in: "l’Organisation" → "l' organisation". */
  static key(text: string): string {
    return words(text)
      .map((w) => w.key)
      .join(' ');
  }

  /** The form phrases are compared in: "Décembre" → "décembre". */
  static lower(text: string): string {
    return words(text)
      .map((w) => w.lower)
      .join(' ');
  }

  get size(): number {
    return this.list.length;
  }

  /** How many words of the longest phrase that starts at `at` (0 when none does). */
  matchAt(text: readonly Word[], at: number): number {
    for (const { keys, open } of this.list) {
      if (at + keys.length > text.length) continue;
      const matches = keys.every((key, k) => {
        const word = (text[at + k] as Word).lower;
        return open && k === keys.length - 1 ? word.startsWith(key) : word === key;
      });
      if (matches) return keys.length;
    }
    return 0;
  }

  /** Whether one of the phrases occurs in the text. */
  occursIn(text: readonly Word[]): boolean {
    return text.some((_, i) => this.matchAt(text, i) > 0);
  }

  /** Whether a single word is one of the phrases. */
  has(word: Word): boolean {
    return this.matchAt([word], 0) === 1;
  }
}
