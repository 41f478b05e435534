// The one path from a question (slash command, mention, DM, reply, suggestion
// button) to an answer: cooldown, conversation context, engine.
import type { Language } from '../knowledge/types.js';
import { LABELS } from '../render/labels.js';
import { notice } from '../render/notice.js';
import type { ReplyPayload } from '../render/payload.js';
import type { Answer, Turn } from '../types.js';
import type { BotContext } from './command.js';
import { conversationKey } from './conversation.js';
import { noteOutcome } from './requests.js';

export interface Asker {
  userId: string;
  channelId: string | null;
  /** The Discord locale, which breaks a tie when a question's language is unclear. */
  locale?: string;
  /** The id of the bot's message this question replies to: the conversation that answer closed is followed. */
  repliesTo?: string | undefined;
}

export interface Asked {
  answer: Answer;
  /** The conversation this answer closes, remembered under the message that carries it (see `remember`). */
  turns: readonly Turn[];
}

/**
 * Answers a question in its conversation (the one the replied-to answer closed,
 * else the user's in that channel), remembers the turn for follow-ups, records
 * a declined question in the gaps log, and times the engine.
 */
export function ask(ctx: BotContext, question: string, asker: Asker): Asked {
  const key = conversationKey(asker.channelId, asker.userId);
  const thread = asker.repliesTo ? ctx.conversations.thread(asker.repliesTo) : [];
  const conversation = thread.length ? thread : ctx.conversations.get(key);
  const started = performance.now();
  const answer = ctx.engine.answer(question, { conversation, ...(asker.locale ? { locale: asker.locale } : {}) });
  ctx.pace.record(performance.now() - started);
  const turn: Turn = { question, answer: { focus: answer.focus, language: answer.language } };
  ctx.conversations.add(key, turn);
  ctx.gaps.record(question, answer, asker.userId);
  noteOutcome(answer.answered ? 'answered' : 'declined');
  return { answer, turns: [...conversation, turn] };
}

/** Remembers that the message `messageId` carries this answer, so that a reply to it follows on. */
export function remember(ctx: BotContext, messageId: string | undefined, asked: Asked): void {
  if (messageId) ctx.conversations.answered(messageId, asked.turns);
}

/** Starts the user's cooldown, or returns the notice to send when one is still running. */
export function cooldownNotice(ctx: BotContext, userId: string, language: Language): ReplyPayload | undefined {
  const wait = ctx.cooldowns.take(userId);
  if (wait <= 0) return undefined;
  noteOutcome('cooldown');
  return notice(LABELS[language].cooldown(Math.ceil(wait / 1000)));
}
