// How dates and articles are named in answers, in the answer's language:
// shared by the engine's sentences and every renderer.
import type { Article, KnowledgeBase, Language } from '../knowledge/types.js';

/** "mardi 25 novembre 2025", "Tuesday 25 November 2025", from the language profile's date format. */
export function formatDate(iso: string, kb: KnowledgeBase, lang: Language): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const dates = kb.languages[lang].dates;
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return dates.format
    .replace('{weekday}', dates.weekdays[weekday] as string)
    .replace('{day}', d === 1 ? dates.first_day : String(d))
    .replace('{month}', dates.months[m - 1] as string)
    .replace('{year}', String(y));
}

/** The headline in the reader's language where the base has one, marked when the headline is the base's own. */
export function articleTitle(article: Article, kb: KnowledgeBase, language: Language): string {
  const title = language === 'en' && article.title_en ? article.title_en : article.title;
  return article.title_editorial ? `${title} ${kb.languages[language].templates.editorial_title}` : title;
}
