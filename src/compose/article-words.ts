// "They never mention “X”" is a claim about the articles' text, not about the
// facts curated from it: a word a fact leaves out ("lutte" in « la lutte
// contre… ») may still be in an article, and saying it is not would be false.
// One word is looked up in the lexicon's words of the articles (built with the
// base); words in a row, rarer, in the paragraphs as the base reads them.
import type { KnowledgeBase } from '../knowledge/types.js';
import { phraseNorms, textNorms } from '../language/normalize.js';
import type { Lexicon } from '../understand/lexicon.js';

const runs = new WeakMap<KnowledgeBase, string[]>();

/** Every paragraph's words, space-separated, with a space at each end: one list per base, made the first time it is asked. */
function paragraphRuns(kb: KnowledgeBase): string[] {
  let list = runs.get(kb);
  if (!list) {
    list = [...kb.articles.values()].flatMap((a) => a.paragraphs.map((p) => ` ${phraseNorms(p.text).join(' ')} `));
    runs.set(kb, list);
  }
  return list;
}

/** Whether some article's text holds `surface`, its words in a row (so they cannot be said never to mention it). */
export function articlesHold(kb: KnowledgeBase, lexicon: Lexicon, surface: string): boolean {
  const words = textNorms(surface);
  if (words.length === 0 || !words.every((w) => lexicon.articleWords.has(w))) return false;
  if (words.length === 1) return true;
  const run = ` ${words.join(' ')} `;
  return paragraphRuns(kb).some((r) => r.includes(run));
}
