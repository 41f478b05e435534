// The operator's reply to /reload: what was loaded, or why nothing was.
import type { Language } from '../knowledge/types.js';
import type { ReloadResult } from '../discord/live.js';
import { LABELS } from './labels.js';
import { clip, LIMITS } from './limits.js';
import { notice } from './notice.js';
import type { ReplyPayload } from './payload.js';

export function renderReload(result: ReloadResult, language: Language): ReplyPayload {
  const l = LABELS[language];
  if (result.ok) return notice(l.reloaded(result.articles, result.facts, result.ms));
  // The knowledge base's message in a code block, cut so the block is always closed.
  const head = `${l.reloadFailed}\n\`\`\`\n`;
  const tail = '\n```';
  const why = clip(result.error.replace(/```/g, "'''"), LIMITS.content - head.length - tail.length);
  return notice(`${head}${why}${tail}`);
}
