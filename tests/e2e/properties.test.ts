/**
 * The property run of tests/discord/properties.test.ts, smaller, through the
 * real discord.js client and the fake Discord (which validates every payload
 * as Discord does): arbitrary text in /ask and in a mention always gets one
 * reply within Discord's limits, that pings no one, and no error.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMessageLimits } from '../../src/render/limits.js';
import { hostileMessage } from '../support/arbitraries.js';
import { startBot, type Bot } from '../support/bot.js';
import type { FakeDiscord, RecordedRequest } from '../support/fake-discord.js';

let bot: Bot;
let fake: FakeDiscord;

beforeAll(async () => {
  bot = await startBot({ COOLDOWN_SECONDS: '0', LOG_LEVEL: 'warn' });
  fake = bot.fake;
});

afterAll(async () => {
  await bot?.stop();
});

function check(message: Record<string, unknown>, what: string): void {
  expect(checkMessageLimits(message), what).toEqual([]);
  expect(message['allowed_mentions'], what).toEqual({ parse: [], replied_user: false });
  expect(JSON.stringify(message['embeds'] ?? [])).not.toMatch(/@everyone|@here|<@[!&]?\d+>/);
}

describe('arbitrary input through the real client', () => {
  it('/ask always gets one valid reply', async () => {
    await fc.assert(
      fc.asyncProperty(hostileMessage(), async (question) => {
        const ix = fake.slash('ask', { question });
        const cb = await ix.waitForCallback();
        check(cb.body.data, 'callback');
        expect(ix.responses().filter((r) => r.status >= 300)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('a mention always gets one valid reply', async () => {
    await fc.assert(
      fc.asyncProperty(hostileMessage(1900), async (text) => {
        const id = fake.message({ content: `<@${fake.botUserId}> ${text}` });
        const reply: RecordedRequest = await fake.waitFor((r) => r.method === 'POST' && r.body?.message_reference?.message_id === id);
        expect(reply.status).toBeLessThan(300);
        check(reply.body, 'reply');
      }),
      { numRuns: 30 },
    );
  });

  it('logged nothing wrong, and the fake saw nothing invalid', () => {
    expect(bot.log()).toBe('');
    expect(fake.internalErrors).toEqual([]);
    expect(fake.unknownRoutes).toEqual([]);
  });
});
