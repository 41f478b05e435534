/**
 * Load: bursts of 1,000 interactions and 1,000 mentions through the real
 * client (its own process, as npm start runs it) and the fake Discord. Every
 * one is answered exactly once, none is lost, and memory stays bounded: the
 * conversation store, the cooldowns and discord.js's caches stay within their
 * caps, and the heap does not grow from one burst to the next.
 *
 * The fake does not enforce the 3-second deadline here: 1,000 interactions
 * landing on one process within a second, on a CI machine shared with the
 * other suites, may not all be read within 3 s whatever the bot does (that is
 * what shards are for). How late they were acknowledged is reported; the
 * deadline itself is tested in faults.test.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_LIMITS } from '../../src/discord/client.js';
import { MAX_COOLDOWN_USERS } from '../../src/discord/cooldown.js';
import { startFakeDiscord, type FakeDiscord, type InteractionHandle, type RecordedRequest } from '../support/fake-discord.js';

const BURST = 1000;
const MAX_CONVERSATIONS = 300;
const QUESTIONS = [
  'Who is Faisal Shahkar?',
  'Qui a reçu Faisal Shahkar ?',
  'Who did Abdellatif Hammouchi receive in Marrakech?',
  'Where did Hammouchi meet Zouev?',
  'Who is Alexandre Zouev?',
  'What is the weather in Paris tomorrow?',
  'Pourquoi Hammouchi a-t-il rencontré Zouev ?',
  'When did Hammouchi meet Shahkar?',
];

interface Stats {
  heapMb: number;
  conversations: number;
  cooldowns: number;
  users: number;
  members: number;
  messages: number;
  waiting: number;
}

let fake: FakeDiscord;
let bot: ChildProcess;
let log = '';
const someUsers = (from: bigint) => Array.from({ length: BURST }, (_, i) => String(from + BigInt(i)));
const askers = someUsers(200_000_000_000_000_000n);
const writers = someUsers(300_000_000_000_000_000n);

/** The bot's memory figures, after a full garbage collection. */
function stats(): Promise<Stats> {
  return new Promise((resolve) => {
    bot.once('message', (m) => resolve(m as Stats));
    bot.send('stats');
  });
}

/**
 * The same once the bot is at rest: on a busy machine the last answers of a burst may still be in flight when it ends,
 * and what they hold is no leak. Two readings 300 ms apart that agree (or the last of a few).
 */
async function statsAtRest(): Promise<Stats> {
  let last = await stats();
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const next = await stats();
    if (Math.abs(next.heapMb - last.heapMb) < 0.5) return next;
    last = next;
  }
  return last;
}

beforeAll(async () => {
  fake = await startFakeDiscord({ echoBotMessages: false });
  // Its own process, as in production: the fake (this process) does not compete with it for the event loop.
  bot = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'tests/e2e/fixtures/stats-bot.ts'], {
    cwd: new URL('../../', import.meta.url).pathname,
    env: {
      PATH: process.env['PATH'],
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      CONTEXT_MAX_CONVERSATIONS: String(MAX_CONVERSATIONS),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  bot.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  await until(() => log.includes('logged in'), 'the bot to log in', 30_000);
}, 40_000);

afterAll(async () => {
  if (bot && bot.exitCode === null) {
    const exited = new Promise((resolve) => bot.once('exit', resolve));
    bot.kill('SIGTERM');
    await exited;
  }
  await fake?.close();
});

const accepted = (r: RecordedRequest) => r.status < 300 && !r.faulted;

/** The fake's requests by interaction id (one pass: polling each handle's responses() would be quadratic). */
function byInteraction(): Map<string, RecordedRequest[]> {
  const map = new Map<string, RecordedRequest[]>();
  for (const r of fake.requests) {
    if (!r.interactionId) continue;
    const list = map.get(r.interactionId) ?? [];
    list.push(r);
    map.set(r.interactionId, list);
  }
  return map;
}

/** Polls without holding the event loop the bot needs. */
async function until(condition: () => boolean, what: string, timeoutMs = 50_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}\n${log.split('\n').filter((l) => /WARN|ERROR/.test(l)).slice(0, 10).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Lets the fake answer requests between two batches of events: it shares this
 * process, and Discord does not stop answering while it sends events.
 */
async function breathe(i: number): Promise<void> {
  if (i % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
}

/** Sends one /ask per user at once; resolves when each is answered; returns how each was answered. */
async function interactionBurst(): Promise<{ direct: number; deferred: number; ackMs: number[] }> {
  const handles: InteractionHandle[] = [];
  for (const [i, user] of askers.entries()) {
    handles.push(fake.slash('ask', { question: QUESTIONS[i % QUESTIONS.length] ?? '' }, { user }));
    await breathe(i);
  }
  const answered = (rs: RecordedRequest[] = []) => rs.some((r) => accepted(r) && ((r.path.endsWith('/callback') && r.body?.type === 4) || r.method === 'PATCH'));
  let left = handles.length;
  await until(() => {
    const index = byInteraction();
    left = handles.filter((ix) => !answered(index.get(ix.id))).length;
    return left === 0;
  }, 'every interaction answered');
  const index = byInteraction();
  let direct = 0;
  let deferred = 0;
  const ackMs: number[] = [];
  for (const ix of handles) {
    const rs = index.get(ix.id) ?? [];
    // Exactly one acknowledgement, accepted in time, and exactly one answer.
    const callbacks = rs.filter((r) => r.path.endsWith('/callback'));
    expect(callbacks.map((r) => r.status < 300), ix.id).toEqual([true]);
    const type = callbacks[0]?.body.type;
    ackMs.push(Date.now() - (performance.now() - (callbacks[0]?.at ?? 0)) - created(ix.id));
    const edits = rs.filter((r) => r.method === 'PATCH' && accepted(r));
    expect(rs.filter((r) => r.method === 'POST' && !r.path.endsWith('/callback')), 'follow-ups').toEqual([]);
    if (type === 4) {
      direct++;
      expect(edits).toEqual([]);
    } else {
      deferred++;
      expect(type).toBe(5);
      expect(edits).toHaveLength(1);
      expect(edits[0]?.body.embeds?.[0]?.description).toBeTruthy();
    }
  }
  return { direct, deferred, ackMs: ackMs.sort((a, b) => a - b) };
}

/** When Discord created an interaction: the time in its snowflake id. */
const created = (id: string) => Number((BigInt(id) >> 22n) + 1_420_070_400_000n);
const percentile = (sorted: number[], p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0);

/** Posts one mention per user at once (in two channels); resolves when each has its one reply. */
async function mentionBurst(): Promise<void> {
  const channels = [fake.channelId, fake.otherChannelId];
  const ids: string[] = [];
  for (const [i, user] of writers.entries()) {
    ids.push(fake.message({ content: `<@${fake.botUserId}> ${QUESTIONS[i % QUESTIONS.length] ?? ''}`, author: user, channel_id: channels[i % 2] }));
    await breathe(i);
  }
  const wanted = new Set(ids);
  const replies = () => fake.requests.filter((r) => r.method === 'POST' && accepted(r) && wanted.has(r.body?.message_reference?.message_id));
  await until(() => replies().length >= BURST, 'every mention answered');
  const perMessage = new Map<string, number>();
  for (const r of replies()) perMessage.set(r.body.message_reference.message_id, (perMessage.get(r.body.message_reference.message_id) ?? 0) + 1);
  expect(perMessage.size).toBe(BURST);
  expect([...perMessage.values()].every((n) => n === 1)).toBe(true);
}

describe('under load', () => {
  const figures: Record<string, number | string> = {};

  it(`answers a burst of ${BURST} slash commands and ${BURST} mentions, each exactly once`, async () => {
    const started = performance.now();
    const [interactions] = await Promise.all([interactionBurst(), mentionBurst()]);
    figures['burst of 1000 + 1000, s'] = ((performance.now() - started) / 1000).toFixed(1);
    figures['interactions answered at once'] = interactions.direct;
    figures['interactions deferred first'] = interactions.deferred;
    figures['acknowledged after, ms (median / p99 / max)'] = `${percentile(interactions.ackMs, 50)} / ${percentile(interactions.ackMs, 99)} / ${percentile(interactions.ackMs, 100)}`;
    expect(interactions.direct + interactions.deferred).toBe(BURST);
    expect(fake.internalErrors).toEqual([]);
    expect(log).not.toMatch(/ERROR|WARN/);
  }, 120_000);

  it('keeps its memory bounded: stores and caches within their caps, and a flat heap over further bursts', async () => {
    fake.reset();
    // (One more burst first, so that every capped store and cache is full when the heap is first measured:
    // what fills up to its cap is no leak, and measured from a half-full start it looked like one under load.)
    await interactionBurst();
    fake.reset();
    const before = await statsAtRest();
    for (let i = 0; i < 2; i++) {
      await interactionBurst();
      fake.reset();
    }
    const after = await statsAtRest();
    figures['bot heap after two bursts, MB'] = before.heapMb.toFixed(1);
    figures['bot heap after 2 more bursts, MB'] = after.heapMb.toFixed(1);
    Object.assign(figures, { conversations: after.conversations, cooldowns: after.cooldowns, 'cached users': after.users });
    console.log('load figures', figures);
    expect(after.conversations).toBeLessThanOrEqual(MAX_CONVERSATIONS);
    expect(after.cooldowns).toBeLessThanOrEqual(MAX_COOLDOWN_USERS);
    expect(after.users).toBeLessThanOrEqual(CACHE_LIMITS.users + 1);
    expect(after.members).toBeLessThanOrEqual(CACHE_LIMITS.membersPerGuild + 1);
    expect(after.messages).toBeLessThanOrEqual(CACHE_LIMITS.messagesPerChannel);
    expect(after.waiting).toBe(0);
    // 2,000 more answers: a leak of 3 kB each would show.
    expect(after.heapMb - before.heapMb).toBeLessThan(6);
  }, 120_000);
});
