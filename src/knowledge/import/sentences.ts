// An article's sentences, split by wink-nlp exactly as the knowledge validator
// splits them, so that a sentence offered as a quote passes `kb:check`.
import { sentences } from '../../language/normalize.js';
import { words, type Word } from './words.js';

export interface Sentence {
  /** 1-based paragraph number, caption included (as the knowledge numbers them). */
  paragraph: number;
  text: string;
  words: Word[];
}

export function readSentences(paragraphs: readonly { text: string }[]): Sentence[] {
  return paragraphs.flatMap((p, i) =>
    sentences(p.text)
      .map((text) => text.trim())
      // A quote must be found verbatim in its paragraph: keep only what is.
      .filter((text) => text !== '' && p.text.includes(text))
      .map((text) => ({ paragraph: i + 1, text, words: words(text) })),
  );
}
