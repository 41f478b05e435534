/**
 * Knowledge gaps: with GAPS_LOG set, every question the bot declines (from
 * /ask, a mention, a DM, offline too) is appended to the JSONL file that
 * npm run kb:gaps summarises; answered questions are not, and who asked is
 * recorded only with GAPS_LOG_USER_IDS=true.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/discord/app.js';
import type { BotContext } from '../../src/discord/command.js';
import { loadConfig, type Env } from '../../src/discord/config.js';
import { createLogger } from '../../src/discord/logger.js';
import type { GapEntry } from '../../src/gaps/log.js';
import { main } from '../../src/main.js';
import { connectMockClient } from '../../src/offline/connect.js';

const DECLINED = 'What is the weather in Paris tomorrow?';
const ANSWERED = 'Who is Faisal Shahkar?';

function logPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'coverage-bot-gaps-')), 'logs', 'gaps.jsonl');
}

async function app(env: Env): Promise<BotContext> {
  return createApp(loadConfig({ COOLDOWN_SECONDS: '0', ...env }), createLogger({ level: 'warn', write: () => undefined }));
}

function entries(path: string): GapEntry[] {
  return existsSync(path) ? readFileSync(path, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as GapEntry) : [];
}

describe('the gaps log', () => {
  it('records each declined question from /ask, mentions and DMs, and no answered one, without user ids by default', async () => {
    const path = logPath();
    const ctx = await app({ GAPS_LOG: path });
    const bot = connectMockClient(ctx);
    await bot.slash('ask', { question: ANSWERED });
    await bot.slash('ask', { question: DECLINED });
    await bot.mention('Quel temps fera-t-il à Paris demain ?');
    await bot.message(`${ANSWERED}`, { direct: true });
    await bot.message('Who won the football last night?', { direct: true });
    await ctx.gaps.flush();
    const logged = entries(path);
    expect(logged.map((e) => e.question)).toEqual([DECLINED, 'Quel temps fera-t-il à Paris demain ?', 'Who won the football last night?']);
    expect(logged[0]).toEqual({ time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), language: 'en', intent: expect.any(String), question: DECLINED });
    expect(logged[1]?.language).toBe('fr');
    for (const e of logged) expect(e).not.toHaveProperty('user');
  });

  it('records who asked with GAPS_LOG_USER_IDS=true', async () => {
    const path = logPath();
    const ctx = await app({ GAPS_LOG: path, GAPS_LOG_USER_IDS: 'true' });
    const bot = connectMockClient(ctx);
    await bot.slash('ask', { question: DECLINED });
    await ctx.gaps.flush();
    expect(entries(path)[0]?.user).toBe(bot.person.id);
  });

  it('writes nothing when GAPS_LOG is unset', async () => {
    const ctx = await app({});
    expect(ctx.gaps.enabled).toBe(false);
    await connectMockClient(ctx).slash('ask', { question: DECLINED });
  });

  it('records offline questions too, and is written out when the prompt ends', async () => {
    const path = logPath();
    const stdin = new PassThrough();
    const running = await main({
      argv: ['--offline'],
      env: { GAPS_LOG: path, LANG: 'C.UTF-8' },
      stdin,
      stdout: new PassThrough(),
      stderr: new PassThrough(),
    });
    stdin.end(`${DECLINED}\n/ask question: ${ANSWERED}\n`);
    expect(await running.finished).toBe(0);
    expect(entries(path).map((e) => e.question)).toEqual([DECLINED]);
  });
});
