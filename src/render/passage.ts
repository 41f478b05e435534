// The whole paragraph a citation comes from ("Full passage" button).
import type { KnowledgeBase, Language } from '../knowledge/types.js';
import { articleDate, articleTitle, paragraphLabel } from './article.js';
import { LABELS } from './labels.js';
import { clip, LIMITS } from './limits.js';
import { notice } from './notice.js';
import { COLOURS } from './options.js';
import { EPHEMERAL, NO_MENTIONS, type ReplyPayload } from './payload.js';

export function renderPassage(kb: KnowledgeBase, articleId: string, paragraph: number, language: Language): ReplyPayload {
  const article = kb.articles.get(articleId);
  const p = article?.paragraphs.find((x) => x.number === paragraph);
  if (!article || !p) return notice(LABELS[language].missingPassage);
  return {
    embeds: [
      {
        title: clip(articleTitle(article, kb, language), LIMITS.embedTitle),
        description: clip(p.text, LIMITS.embedDescription),
        color: COLOURS.info,
        footer: { text: `${articleDate(article, kb, language)} · ${paragraphLabel(article, paragraph, language)}` },
      },
    ],
    components: [],
    flags: EPHEMERAL,
    allowedMentions: NO_MENTIONS,
  };
}
