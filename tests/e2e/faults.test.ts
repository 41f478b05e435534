/**
 * Faults, through the real discord.js client started by main() against the
 * fake Discord, which holds the bot to Discord's 3-second deadline: REST
 * errors and rate limits, a dropped gateway, expired interactions, missing
 * permissions, and an engine or a reload slow enough to miss the deadline.
 * After each, the bot answers the next question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultBuildEngine } from '../../src/discord/app.js';
import type { Engine } from '../../src/engine.js';
import { checkMessageLimits } from '../../src/render/limits.js';
import { startBot, type Bot } from '../support/bot.js';
import { Faults, type FakeDiscord, type InteractionHandle, type RecordedRequest } from '../support/fake-discord.js';
import { watchOutboundConnections, type OutboundWatch } from '../support/network-guard.js';

const DEADLINE_MS = 3000;

/** Holds the event loop, as a slow engine or a slow knowledge load would. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

/** The project's engine, made slow on demand. */
const slowness = { answerMs: 0, buildMs: 0 };
function slowEngine(dir: string | undefined): Engine {
  busy(slowness.buildMs);
  const engine = defaultBuildEngine(dir);
  return {
    kb: engine.kb,
    lexicon: engine.lexicon,
    answer(question, context) {
      busy(slowness.answerMs);
      return engine.answer(question, context);
    },
    check(message, context) {
      busy(slowness.answerMs);
      return engine.check(message, context);
    },
  };
}

const startSlowBot = () => startBot({ COOLDOWN_SECONDS: '0', LOG_LEVEL: 'debug' }, { interactionDeadlineMs: DEADLINE_MS, buildEngine: slowEngine });
const stopBot = (bot: Bot | undefined) => bot?.stop();

const accepted = (r: RecordedRequest) => r.status < 300 && !r.faulted;

/** The message an interaction ended with: its answer, or the answer edited into its deferral. */
async function answerOf(ix: InteractionHandle): Promise<Record<string, unknown>> {
  const cb = await ix.waitForCallback();
  if (cb.body.type === 4) return cb.body.data;
  expect(cb.body.type).toBe(5);
  const edit = await ix.waitForResponse((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original') && accepted(r));
  return edit.body;
}

const description = (message: Record<string, unknown>) => ((message['embeds'] as { description?: string }[] | undefined)?.[0]?.description ?? '') as string;

/** Asks by mention; resolves with the bot's accepted reply. */
async function mention(fake: FakeDiscord, question = 'Who is Faisal Shahkar?'): Promise<RecordedRequest> {
  const id = fake.message({ content: `<@${fake.botUserId}> ${question}` });
  return fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${fake.channelId}/messages` && accepted(r) && r.body?.message_reference?.message_id === id);
}

describe('faults on Discord’s side', () => {
  let bot: Bot;
  let watch: OutboundWatch;
  beforeAll(async () => {
    watch = watchOutboundConnections();
    bot = await startSlowBot();
  });
  afterAll(async () => {
    await stopBot(bot);
    watch?.stop();
  });

  it('retries an interaction response after 500s and answers', async () => {
    const { fake } = bot;
    fake.failNext({ method: 'POST', path: /\/callback$/ }, Faults.serverError(), 2);
    const ix = fake.slash('ask', { question: 'Who is Faisal Shahkar?' });
    expect(description(await answerOf(ix))).toMatch(/\[1\]/);
    expect(ix.responses().filter((r) => r.faulted).map((r) => r.status)).toEqual([500, 500]);
  });

  it('waits out a 429 on an interaction response and answers', async () => {
    const { fake } = bot;
    fake.failNext({ method: 'POST', path: /\/callback$/ }, Faults.rateLimited(0.2));
    const ix = fake.slash('ask', { question: 'Who is Alexandre Zouev?' });
    expect(description(await answerOf(ix))).toMatch(/Zouev/);
    const statuses = ix.responses().map((r) => r.status);
    expect(statuses[0], statuses.join()).toBe(429);
    expect(statuses.filter((s) => s < 300), statuses.join()).toHaveLength(1);
  });

  it('retries a mention reply after a 500 and after a 429', async () => {
    const { fake } = bot;
    fake.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/ }, Faults.serverError(), 2);
    expect(description((await mention(fake)).body)).toMatch(/\[1\]/);
    fake.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/ }, Faults.rateLimited(0.2));
    expect(description((await mention(fake, 'Who is Alexandre Zouev?')).body)).toMatch(/Zouev/);
    expect(fake.requests.filter((r) => r.faulted).map((r) => r.status)).toEqual(expect.arrayContaining([500, 500, 429]));
  });

  it('resumes after the gateway drops, receives what was sent meanwhile, and keeps answering', async () => {
    const { fake } = bot;
    const resumes = fake.resumes;
    await fake.dropGateway(4000);
    // Sent while the bot is disconnected: Discord replays it on RESUME.
    const during = fake.slash('ask', { question: 'Who is Faisal Shahkar?' });
    await fake.waitUntil(() => fake.resumes > resumes, 10_000, 'RESUME');
    expect(description(await answerOf(during))).toMatch(/\[1\]/);
    fake.requestReconnect();
    await fake.waitUntil(() => fake.resumes > resumes + 1, 10_000, 'RESUME after op 7');
    expect(description(await answerOf(fake.slash('ask', { question: 'Who is Alexandre Zouev?' })))).toMatch(/Zouev/);
    expect(description((await mention(fake)).body)).toMatch(/\[1\]/);
    // A session Discord will not resume: discord.js logs in again.
    const identifies = fake.identifies;
    fake.invalidateSession(false);
    await fake.waitUntil(() => fake.identifies > identifies && fake.connectedShards().length === 1, 15_000, 'a new IDENTIFY');
    expect(description(await answerOf(fake.slash('ask', { question: 'Who is Faisal Shahkar?' })))).toMatch(/\[1\]/);
    expect(bot.log()).toMatch(/INFO {2}shard 0 reconnecting/);
    expect(bot.log()).toMatch(/INFO {2}shard 0 resumed \(\d+ events replayed\)/);
  });

  it('logs an expired interaction (10062) clearly, sends nothing more for it, and answers the next one', async () => {
    const { fake } = bot;
    fake.failNext({ method: 'POST', path: /\/callback$/ }, Faults.unknownInteraction());
    const expired = fake.slash('sources');
    await fake.waitUntil(() => bot.log().includes('10062 Unknown interaction'), 5000, 'the 10062 warning');
    expect(bot.log()).toMatch(/WARN {2}an interaction \(\/sources from \d+\): Discord no longer knows the interaction \(10062 Unknown interaction\)/);
    expect(description(await answerOf(fake.slash('ask', { question: 'Who is Faisal Shahkar?' })))).toMatch(/\[1\]/);
    // No apology: Discord would refuse it too.
    expect(expired.responses().map((r) => r.status)).toEqual([404]);
  });

  it('logs a missing permission (50013) with the fix, does not retry the reply, and answers the next question', async () => {
    const { fake } = bot;
    const replies = () => fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${fake.channelId}/messages`).length;
    const before = replies();
    fake.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/ }, Faults.missingPermissions());
    fake.message({ content: `<@${fake.botUserId}> Who is Faisal Shahkar?` });
    await fake.waitUntil(() => bot.log().includes('50013'), 5000, 'the 50013 warning');
    expect(bot.log()).toMatch(/WARN {2}a message \(a reply in channel \d+\): the bot lacks a permission there \(50013 Missing Permissions\)\. Fix: give its role View Channel, Send Messages/);
    expect(description((await mention(fake, 'Who is Alexandre Zouev?')).body)).toMatch(/Zouev/);
    // The refused reply, then the next answer: no apology into a channel it cannot write to.
    expect(replies()).toBe(before + 2);

    fake.failNext({ method: 'POST', path: /\/callback$/ }, Faults.missingPermissions());
    fake.slash('sources');
    await fake.waitUntil(() => /an interaction \(\/sources from \d+\): the bot lacks a permission there \(50013/.test(bot.log()), 5000, 'the 50013 warning');
    expect(description(await answerOf(fake.slash('ask', { question: 'Who is Faisal Shahkar?' })))).toMatch(/\[1\]/);
  });

  it('sent only valid messages, reached nothing but the fake, and logged no error', () => {
    const { fake } = bot;
    for (const r of fake.requests.filter((q) => accepted(q) && q.body && (q.path.endsWith('/callback') ? q.body.type === 4 : /messages/.test(q.path)))) {
      expect(checkMessageLimits(r.path.endsWith('/callback') ? r.body.data : r.body), r.path).toEqual([]);
    }
    expect(fake.unknownRoutes).toEqual([]);
    expect(fake.internalErrors).toEqual([]);
    expect(watch.nonLoopback()).toEqual([]);
    expect(bot.log()).not.toMatch(/ERROR/);
    expect(bot.log()).not.toContain(fake.token);
  });
});

describe('slowness against the 3-second deadline', () => {
  let bot: Bot;
  beforeAll(async () => {
    bot = await startSlowBot();
  });
  afterAll(async () => {
    slowness.answerMs = 0;
    slowness.buildMs = 0;
    await stopBot(bot);
  });

  /** Every callback of these interactions was accepted within Discord's deadline. */
  function inTime(...handles: InteractionHandle[]): void {
    for (const ix of handles) {
      const cb = ix.responses().find((r) => r.path.endsWith('/callback'));
      expect(cb?.status, `interaction ${ix.id}`).toBeLessThan(300);
    }
  }

  it('answers three questions at once with a 1.2 s engine: the first at once, the others deferred, none lost', async () => {
    const { fake } = bot;
    slowness.answerMs = 1200;
    const handles = ['Who is Faisal Shahkar?', 'Who is Alexandre Zouev?', 'Who is Abdellatif Hammouchi?'].map((question) => fake.slash('ask', { question }));
    const answers = await Promise.all(handles.map((ix) => answerOf(ix)));
    answers.forEach((a) => expect(description(a)).toMatch(/\[1\]/));
    inTime(...handles);
    const types = await Promise.all(handles.map(async (ix) => (await ix.waitForCallback()).body.type));
    // Without deferring, the third answer would be ready 3.6 s after it was asked: too late.
    expect(types).toEqual([4, 5, 5]);
    // A private question deferred stays private.
    const hidden = fake.slash('ask', { question: 'Who is Faisal Shahkar?', private: true });
    await answerOf(hidden);
    expect((await hidden.waitForCallback()).body).toMatchObject({ type: 5, data: { flags: 64 } });
    slowness.answerMs = 0;
  });

  it('acknowledges an interaction that arrives while a reload holds the process, then answers it', async () => {
    const { fake, running } = bot;
    slowness.buildMs = 1700;
    const reloaded = running.reload('test');
    // Created now, read by the bot only once the 1.7 s reload is over: late, so acknowledged before anything else.
    const late = fake.slash('ask', { question: 'Who is Alexandre Zouev?' });
    expect(await reloaded).toMatchObject({ ok: true });
    slowness.buildMs = 0;
    expect(description(await answerOf(late))).toMatch(/Zouev/);
    inTime(late);
    expect((await late.waitForCallback()).body.type).toBe(5);
    expect(bot.log()).toMatch(/DEBUG acknowledging first: \d{4} ms old/);
  });

  it('defers /reload at once, privately, however long the reload takes', async () => {
    const { fake } = bot;
    slowness.buildMs = 3500;
    const owner = fake.guilds[0]?.ownerId ?? '';
    const ix = fake.slash('reload', {}, { user: owner });
    const answer = await answerOf(ix);
    slowness.buildMs = 0;
    expect((await ix.waitForCallback()).body).toMatchObject({ type: 5, data: { flags: 64 } });
    expect(answer['content']).toMatch(/^Knowledge reloaded: \d+ articles, \d+ facts, in \d+ ms\.$/);
    inTime(ix);
  });
});
