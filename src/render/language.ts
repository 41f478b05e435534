// Which of the knowledge base's languages to speak to a Discord locale.
import { LANGUAGES, type KnowledgeBase, type Language } from '../knowledge/types.js';

/** Spoken when the locale matches no language profile (Discord's own default locale is en-US). */
export const FALLBACK_LANGUAGE: Language = 'en';

export function languageOf(locale: string | null | undefined, kb: KnowledgeBase): Language {
  if (!locale) return FALLBACK_LANGUAGE;
  const wanted = locale.toLowerCase();
  const primary = wanted.split('-')[0];
  const byProfile = (match: (l: string) => boolean) => LANGUAGES.find((code) => kb.languages[code].locales.some((l) => match(l.toLowerCase())));
  return byProfile((l) => l === wanted) ?? byProfile((l) => l.split('-')[0] === primary) ?? FALLBACK_LANGUAGE;
}
