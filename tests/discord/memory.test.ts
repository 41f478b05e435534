import { describe, expect, it } from 'vitest';
import { conversationKey, createConversationStore } from '../../src/discord/conversation.js';
import { createCooldowns } from '../../src/discord/cooldown.js';
import type { Focus, Turn } from '../../src/types.js';

// The store keeps turns as they are and never reads the focus.
const turn = (question: string): Turn => ({ question, answer: { language: 'en', focus: {} as Focus } });

describe('conversation store', () => {
  it('keeps the last turns of each conversation, separately per channel and user', () => {
    const store = createConversationStore({ maxConversations: 10, maxTurns: 2, ttlMs: 1000 });
    const a = conversationKey('c1', 'u1');
    const b = conversationKey('c2', 'u1');
    for (const q of ['1', '2', '3']) store.add(a, turn(q));
    store.add(b, turn('x'));
    expect(store.get(a).map((t) => t.question)).toEqual(['2', '3']);
    expect(store.get(b).map((t) => t.question)).toEqual(['x']);
    expect(store.get(conversationKey(null, 'u1'))).toEqual([]);
  });

  it('forgets a conversation after its lifetime', () => {
    let now = 0;
    const store = createConversationStore({ maxConversations: 10, maxTurns: 5, ttlMs: 1000, now: () => now });
    store.add('k', turn('1'));
    now = 999;
    expect(store.get('k')).toHaveLength(1);
    store.add('k', turn('2'));
    now = 1998;
    expect(store.get('k')).toHaveLength(2);
    now = 3000;
    expect(store.get('k')).toEqual([]);
    expect(store.size).toBe(0);
  });

  it('holds a bounded number of conversations, dropping the least recently used', () => {
    const store = createConversationStore({ maxConversations: 3, maxTurns: 5, ttlMs: 1e9 });
    for (const k of ['a', 'b', 'c']) store.add(k, turn(k));
    store.add('a', turn('again'));
    store.add('d', turn('d'));
    expect(store.size).toBe(3);
    expect(store.get('b')).toEqual([]);
    expect(store.get('a')).toHaveLength(2);
    for (let i = 0; i < 1000; i++) store.add(`user${i}`, turn('x'));
    expect(store.size).toBe(3);
  });
});

describe('cooldowns', () => {
  it('lets a user ask again only after the cooldown, independently of other users', () => {
    let now = 0;
    const cooldowns = createCooldowns(2, () => now);
    expect(cooldowns.take('u1')).toBe(0);
    expect(cooldowns.take('u2')).toBe(0);
    now = 500;
    expect(cooldowns.take('u1')).toBe(1500);
    now = 2000;
    expect(cooldowns.take('u1')).toBe(0);
  });

  it('is off at 0 seconds', () => {
    const cooldowns = createCooldowns(0);
    expect(cooldowns.take('u')).toBe(0);
    expect(cooldowns.take('u')).toBe(0);
  });
});

describe('cooldowns under many users', () => {
  it('never track more users than their cap: expired ones go first, then the oldest running ones', () => {
    let now = 0;
    const cooldowns = createCooldowns(10, () => now, 100);
    for (let i = 0; i < 100; i++) cooldowns.take(`u${i}`);
    expect(cooldowns.size).toBe(100);
    now = 5000;
    for (let i = 100; i < 1000; i++) cooldowns.take(`u${i}`);
    expect(cooldowns.size).toBe(100);
    // The latest are still waiting; the earliest were let go to make room.
    expect(cooldowns.take('u999')).toBe(10_000);
    expect(cooldowns.take('u0')).toBe(0);
    now = 20_000;
    cooldowns.take('late');
    expect(cooldowns.size).toBeLessThanOrEqual(100);
  });
});

describe('conversation store, reloaded', () => {
  it('forgets everything on clear()', () => {
    const store = createConversationStore({ maxConversations: 10, maxTurns: 2, ttlMs: 1000 });
    store.add('a', turn('1'));
    store.clear();
    expect(store.size).toBe(0);
    expect(store.get('a')).toEqual([]);
  });
});
