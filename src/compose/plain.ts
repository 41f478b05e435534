// The Answer as plain text, for the `ask` command line: the sentence, then
// each citation with its article's title, date and paragraph.
import type { KnowledgeBase } from '../knowledge/types.js';
import { formatDate } from '../retrieve/plan.js';
import type { Answer } from '../types.js';

export function plainAnswer(answer: Answer, kb: KnowledgeBase): string {
  const lines = [answer.text];
  answer.citations.forEach((c, i) => {
    const article = kb.articles.get(c.article);
    const title = article ? (answer.language === 'en' && article.title_en ? article.title_en : article.title) : c.article;
    const date = article ? formatDate(article.date, kb, answer.language) : '';
    const paragraph = article?.paragraphs.find((p) => p.number === c.paragraph);
    const where = paragraph?.kind === 'caption' ? (answer.language === 'fr' ? 'légende' : 'caption') : `¶${c.paragraph}`;
    lines.push(`  [${i + 1}] « ${c.quote} »`, `      ${title}, ${date}, ${where}`);
  });
  if (answer.suggestions.length) lines.push('', ...answer.suggestions.map((s) => `  → ${s}`));
  return lines.join('\n');
}
