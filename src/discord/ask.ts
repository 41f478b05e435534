// The one path from a question (slash command, mention, DM, suggestion
// button) to an answer: cooldown, conversation context, engine.
import type { Language } from '../knowledge/types.js';
import { LABELS } from '../render/labels.js';
import { notice } from '../render/notice.js';
import type { ReplyPayload } from '../render/payload.js';
import type { Answer } from '../types.js';
import type { BotContext } from './command.js';
import { conversationKey } from './conversation.js';

export interface Asker {
  userId: string;
  channelId: string | null;
  /** The Discord locale, which breaks a tie when a question's language is unclear. */
  locale?: string;
}

/**
 * Answers a question in its conversation, remembers the turn for follow-ups,
 * records a declined question in the gaps log, and times the engine.
 */
export function ask(ctx: BotContext, question: string, asker: Asker): Answer {
  const key = conversationKey(asker.channelId, asker.userId);
  const started = performance.now();
  const answer = ctx.engine.answer(question, { conversation: ctx.conversations.get(key), ...(asker.locale ? { locale: asker.locale } : {}) });
  ctx.pace.record(performance.now() - started);
  ctx.conversations.add(key, { question, answer: { focus: answer.focus, language: answer.language } });
  ctx.gaps.record(question, answer, asker.userId);
  return answer;
}

/** Starts the user's cooldown, or returns the notice to send when one is still running. */
export function cooldownNotice(ctx: BotContext, userId: string, language: Language): ReplyPayload | undefined {
  const wait = ctx.cooldowns.take(userId);
  return wait > 0 ? notice(LABELS[language].cooldown(Math.ceil(wait / 1000))) : undefined;
}
