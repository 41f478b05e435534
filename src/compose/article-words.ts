// "They never mention “X”" is a claim about the articles' text, not about the
// facts curated from it: a word a fact leaves out ("lutte" in « la lutte
// contre… ») may still be in an article, and saying it is not would be false.
import type { KnowledgeBase } from '../knowledge/types.js';
import { fold } from '../language/normalize.js';

const wordsOf = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

interface ArticleText {
  words: Set<string>;
  /** Every paragraph's words, space-separated, with a space at each end. */
  runs: string[];
}

const known = new WeakMap<KnowledgeBase, ArticleText>();

function articleText(kb: KnowledgeBase): ArticleText {
  let text = known.get(kb);
  if (!text) {
    text = { words: new Set(), runs: [] };
    for (const article of kb.articles.values()) {
      for (const p of article.paragraphs) {
        const words = wordsOf(p.text);
        for (const w of words) text.words.add(w);
        text.runs.push(` ${words.join(' ')} `);
      }
    }
    known.set(kb, text);
  }
  return text;
}

/** Whether some article's text holds `surface`, its words in a row (so they cannot be said never to mention it). */
export function articlesHold(kb: KnowledgeBase, surface: string): boolean {
  const words = wordsOf(surface);
  const text = articleText(kb);
  if (words.length === 0 || !words.every((w) => text.words.has(w))) return false;
  if (words.length === 1) return true;
  const run = ` ${words.join(' ')} `;
  return text.runs.some((r) => r.includes(run));
}
