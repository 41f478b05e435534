// How an article and a place in it are named in replies.
import type { Article, KnowledgeBase, Language } from '../knowledge/types.js';
import { formatDate } from '../retrieve/plan.js';
import { LABELS } from './labels.js';

/** The headline in the reader's language where the base has one, marked when the headline is the base's own. */
export function articleTitle(article: Article, kb: KnowledgeBase, language: Language): string {
  const title = language === 'en' && article.title_en ? article.title_en : article.title;
  return article.title_editorial ? `${title} ${kb.languages[language].templates.editorial_title}` : title;
}

export function articleDate(article: Article, kb: KnowledgeBase, language: Language): string {
  return formatDate(article.date, kb, language);
}

/** "¶3", or "caption" for a photo caption. */
export function paragraphLabel(article: Article, paragraph: number, language: Language): string {
  const p = article.paragraphs.find((x) => x.number === paragraph);
  return p?.kind === 'caption' ? LABELS[language].caption : LABELS[language].paragraph(paragraph);
}
