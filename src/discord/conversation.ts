// Recent turns per conversation (a user in a channel), so follow-ups such as
// "and why?" reach the engine with what they follow. Bounded in the number of
// conversations (least recently used go first), in turns each, and in time.
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
  /** Forgets every conversation (after a knowledge reload, earlier turns may name what no longer exists). */
  clear(): void;
  /** Conversations held now (at most maxConversations). */
  readonly size: number;
  readonly maxConversations: number;
}

export function conversationKey(channelId: string | null, userId: string): string {
  return `${channelId ?? 'direct'}:${userId}`;
}

export function createConversationStore(options: ConversationOptions): ConversationStore {
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const entries = new Map<string, { turns: Turn[]; touched: number }>();
  const live = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (now() - entry.touched > options.ttlMs) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  return {
    get(key) {
      return live(key)?.turns ?? [];
    },
    add(key, turn) {
      const turns = [...(live(key)?.turns ?? []), turn].slice(-options.maxTurns);
      entries.delete(key);
      entries.set(key, { turns, touched: now() });
      while (entries.size > options.maxConversations) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
    maxConversations: options.maxConversations,
  };
}
