// The Answer as plain text, for the `ask` command line: the sentence, then
// each citation with its article's title, date and paragraph.
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Answer } from '../types.js';
import { articleDate, articleTitle, paragraphLabel } from './article.js';

export function plainAnswer(answer: Answer, kb: KnowledgeBase): string {
  const lines = [answer.text];
  answer.citations.forEach((c, i) => {
    const article = kb.articles.get(c.article);
    const where = article
      ? `${articleTitle(article, kb, answer.language)}, ${articleDate(article, kb, answer.language)}, ${paragraphLabel(article, c.paragraph, answer.language)}`
      : c.article;
    lines.push(`  [${i + 1}] « ${c.quote} »`, `      ${where}`);
  });
  if (answer.suggestions.length) lines.push('', ...answer.suggestions.map((s) => `  → ${s}`));
  return lines.join('\n');
}
