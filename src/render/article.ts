// How an article and a place in it are named in replies.
import type { Article, KnowledgeBase, Language } from '../knowledge/types.js';
import { formatDate } from '../compose/names.js';
import { LABELS } from './labels.js';

export { articleTitle } from '../compose/names.js';

export function articleDate(article: Article, kb: KnowledgeBase, language: Language): string {
  return formatDate(article.date, kb, language);
}

/** "¶3", or "caption" for a photo caption, "“Read also” link" for a link to another article. */
export function paragraphLabel(article: Article, paragraph: number, language: Language): string {
  const p = article.paragraphs.find((x) => x.number === paragraph);
  return p?.kind === 'caption' ? LABELS[language].caption : p?.kind === 'link' ? LABELS[language].link : LABELS[language].paragraph(paragraph);
}
