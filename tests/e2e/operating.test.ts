/**
 * Operating the bot, as a supervisor and an operator meet it: the entry point
 * npm start runs (src/bin/start.ts, run from source) in its own process, with
 * the real discord.js client against the fake Discord. Stopping sends what was
 * accepted (within SHUTDOWN_GRACE_SECONDS) before closing the gateway; a
 * Message Content intent Discord refuses stops start-up with one clear line;
 * LOG_FORMAT=json writes one JSON object per line with a line per request.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnScript } from '../support/bot.js';
import { startFakeDiscord, type FakeDiscord, type RecordedRequest } from '../support/fake-discord.js';

const MESSAGES = /^\/channels\/\d+\/messages$/;

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** src/bin/start.ts in its own process, as `npm start` runs it, configured for the fake. */
const startBot = (discord: FakeDiscord, env: Record<string, string> = {}) => spawnScript('src/bin/start.ts', discord, { COOLDOWN_SECONDS: '0', ...env });

const replyTo = (r: RecordedRequest) => r.body?.message_reference?.message_id as string | undefined;

describe('stopping loses nothing that was accepted', () => {
  it('on SIGTERM a second after 200 mentions, sends all 200 answers (held up by Discord) before closing the gateway, and says so', async () => {
    fake = await startFakeDiscord();
    const discord = fake;
    const bot = startBot(discord);
    await discord.waitUntil(() => bot.output.stderr.includes('logged in'), 20_000, 'login');
    // Each reply in the channel takes Discord 15 ms, one after the other (one rate-limit bucket): 3 s for 200.
    discord.delay({ method: 'POST', path: MESSAGES }, 15);
    const users = Array.from({ length: 10 }, (_, i) => String(400_000_000_000_000_000n + BigInt(i)));
    const ids = Array.from({ length: 200 }, (_, i) => discord.message({ content: `<@${discord.botUserId}> Who is Faisal Shahkar?`, author: users[i % users.length] }));
    const wanted = new Set(ids);
    const answers = () => discord.requests.filter((r) => r.method === 'POST' && MESSAGES.test(r.path) && r.status < 300 && wanted.has(replyTo(r) ?? ''));
    await discord.waitUntil(() => answers().length > 0, 10_000, 'the first answer');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const answeredBefore = answers().length;
    bot.child.kill('SIGTERM');
    await discord.waitUntil(() => bot.output.stderr.includes('shutting down'), 5000, 'the stop');
    // Asked after the stop began: told to come back, not left without a word.
    const late = discord.message({ content: `<@${discord.botUserId}> Who is Alexandre Zouev?`, channel_id: discord.otherChannelId });

    expect(await bot.exited).toBe(0);
    expect(answeredBefore).toBeLessThan(200);
    const perMention = new Map<string, number>();
    for (const r of answers()) perMention.set(replyTo(r) ?? '', (perMention.get(replyTo(r) ?? '') ?? 0) + 1);
    expect(perMention.size).toBe(200);
    expect([...perMention.values()].every((n) => n === 1)).toBe(true);
    const lastAnswer = Math.max(...answers().map((r) => r.at));
    const close = discord.gatewayCloses.at(-1);
    expect(close).toMatchObject({ code: 1000, by: 'client' });
    expect(close?.at).toBeGreaterThan(lastAnswer);
    const turnedAway = discord.requests.find((r) => r.method === 'POST' && r.status < 300 && replyTo(r) === late);
    expect(turnedAway?.body.content).toMatch(/^I'm restarting: please ask again in a minute\.$/);
    expect(bot.output.stderr).toMatch(/INFO {2}shutting down: finishing the \d+ request\(s\) accepted, for at most 10 s/);
    expect(bot.output.stderr).toMatch(/INFO {2}finished the \d+ request\(s\) in progress: \d+ sent, none dropped/);
    expect(bot.output.stderr).not.toMatch(/WARN|ERROR/);
  }, 60_000);

  it('gives up after SHUTDOWN_GRACE_SECONDS, says how many were dropped, closes the gateway and exits 1', async () => {
    fake = await startFakeDiscord();
    const discord = fake;
    const bot = startBot(discord, { SHUTDOWN_GRACE_SECONDS: '1', LOG_LEVEL: 'debug' });
    await discord.waitUntil(() => bot.output.stderr.includes('logged in'), 20_000, 'login');
    // Discord holds every reply for 30 s: nothing can be sent within the grace period.
    discord.delay({ method: 'POST', path: MESSAGES }, 30_000);
    for (let i = 0; i < 5; i++) discord.message({ content: `<@${discord.botUserId}> Who is Faisal Shahkar?` });
    // All five accepted (each logs its arrival at debug level) before the stop.
    await discord.waitUntil(() => (bot.output.stderr.match(/DEBUG message from/g) ?? []).length === 5, 10_000, 'the five mentions');
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(1);
    expect(bot.output.stderr).toMatch(/WARN {2}stopped with 5 accepted request\(s\) unanswered after 1 s \(SHUTDOWN_GRACE_SECONDS\); 0 sent meanwhile/);
    expect(discord.gatewayCloses.at(-1)).toMatchObject({ code: 1000, by: 'client' });
  }, 30_000);
});

describe('intents', () => {
  it('with DISCORD_MESSAGE_CONTENT=true and the intent not enabled, stops with one clear line: what to enable, where', async () => {
    fake = await startFakeDiscord({ privilegedIntents: 0 });
    const bot = startBot(fake, { DISCORD_MESSAGE_CONTENT: 'true' });
    expect(await bot.exited).toBe(1);
    expect(fake.gatewayCloses.map((c) => c.code)).toEqual([4014]);
    const lines = bot.output.stderr.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toEqual([
      'Discord refused the Message Content intent (close code 4014): enable it in the Developer Portal (your application › Bot › Privileged Gateway Intents › Message Content Intent), or set DISCORD_MESSAGE_CONTENT=false (mentions, replies that ping the bot, and DMs work without it).',
    ]);
  }, 30_000);
});

describe('logs an operator can collect', () => {
  it('with LOG_FORMAT=json, writes one JSON object per line, one per request with its id, command, latency and outcome, tokens masked', async () => {
    fake = await startFakeDiscord();
    const discord = fake;
    const bot = startBot(discord, { LOG_FORMAT: 'json' });
    await discord.waitUntil(() => bot.output.stderr.includes('logged in'), 20_000, 'login');
    const ask = discord.slash('ask', { question: 'Who is Faisal Shahkar?' });
    await ask.waitForCallback();
    const declined = discord.slash('ask', { question: 'What is the weather in Paris tomorrow?' });
    await declined.waitForCallback();
    const mention = discord.message({ content: `<@${discord.botUserId}> Who is Alexandre Zouev?` });
    await discord.waitFor((r) => replyTo(r) === mention && r.status < 300);
    await discord.waitUntil(() => bot.output.stderr.includes(mention), 5000, 'the request line of the mention');
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);

    const lines = bot.output.stderr.split('\n').filter((l) => l !== '');
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const r of records) expect(r).toMatchObject({ level: expect.stringMatching(/^(error|warn|info|debug)$/), time: expect.any(String), msg: expect.any(String) });
    const request = (id: string) => records.find((r) => r['msg'] === 'request' && r['id'] === id);
    expect(request(ask.id)).toMatchObject({ kind: 'interaction', command: '/ask', latencyMs: expect.any(Number), outcome: 'answered' });
    expect(request(declined.id)).toMatchObject({ command: '/ask', outcome: 'declined' });
    expect(request(mention)).toMatchObject({ kind: 'message', command: 'mention', outcome: 'answered', user: discord.userId });
    expect(records.some((r) => String(r['msg']).startsWith('logged in as'))).toBe(true);
    expect(bot.output.stderr).not.toContain(discord.token);
    expect(bot.output.stderr).not.toContain(ask.token);
  }, 30_000);
});
