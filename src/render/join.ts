import type { KnowledgeBase, Language } from '../knowledge/types.js';

/** "a, b and c" with the language's own separators. */
export function joinList(items: readonly string[], language: Language, kb: KnowledgeBase): string {
  const { and, list_sep } = kb.languages[language].templates;
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(list_sep)}${and}${items.at(-1)}`;
}
