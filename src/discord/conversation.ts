// Recent turns per conversation (a user in a channel), so follow-ups such as
// "and why?" reach the engine with what they follow; and the turns each of the
// bot's answers closed, so that a reply to that answer follows it (even after
// the user asked something else). Bounded in the number of conversations and
// answers (least recently used go first), in turns each, and in time.
import type { Turn } from '../types.js';

export interface ConversationOptions {
  maxConversations: number;
  maxTurns: number;
  ttlMs: number;
  now?: () => number;
}

export interface ConversationStore {
  /** The live turns of a conversation, oldest first (empty once it expired). */
  get(key: string): readonly Turn[];
  add(key: string, turn: Turn): void;
  /** The turns up to and including the answer the bot sent as message `messageId` (empty when unknown or expired). */
  thread(messageId: string): readonly Turn[];
  /** Remembers the turns an answer sent as message `messageId` closes. */
  answered(messageId: string, turns: readonly Turn[]): void;
  /** Forgets every conversation (after a knowledge reload, earlier turns may name what no longer exists). */
  clear(): void;
  /** Conversations held now (at most maxConversations). */
  readonly size: number;
  readonly maxConversations: number;
}

export function conversationKey(channelId: string | null, userId: string): string {
  return `${channelId ?? 'direct'}:${userId}`;
}

/** A map bounded in size (least recently used go first) and in age. */
function boundedTurns(options: ConversationOptions) {
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const entries = new Map<string, { turns: readonly Turn[]; touched: number }>();
  return {
    get(key: string): readonly Turn[] | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (now() - entry.touched > options.ttlMs) {
        entries.delete(key);
        return undefined;
      }
      return entry.turns;
    },
    set(key: string, turns: readonly Turn[]): void {
      entries.delete(key);
      entries.set(key, { turns: turns.slice(-options.maxTurns), touched: now() });
      while (entries.size > options.maxConversations) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}

export function createConversationStore(options: ConversationOptions): ConversationStore {
  const conversations = boundedTurns(options);
  const answers = boundedTurns(options);
  return {
    get: (key) => conversations.get(key) ?? [],
    add(key, turn) {
      conversations.set(key, [...(conversations.get(key) ?? []), turn]);
    },
    thread: (messageId) => answers.get(messageId) ?? [],
    answered(messageId, turns) {
      answers.set(messageId, turns);
    },
    clear() {
      conversations.clear();
      answers.clear();
    },
    get size() {
      return conversations.size;
    },
    maxConversations: options.maxConversations,
  };
}
