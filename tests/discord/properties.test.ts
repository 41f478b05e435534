/**
 * The handlers under arbitrary input, through the offline mock client (the
 * same dispatcher and commands as on Discord): whatever is typed in /ask, a
 * mention, a DM or a name option, the bot sends exactly one reply within
 * Discord's limits, never an exception, never a ping, never markdown or a
 * quote mark of the user's that would break its own, and the same question
 * gets the same answer.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/discord/app.js';
import type { BotContext } from '../../src/discord/command.js';
import { loadConfig } from '../../src/discord/config.js';
import { createLogger } from '../../src/discord/logger.js';
import { connectMockClient } from '../../src/offline/connect.js';
import type { MockClient, Sent } from '../../src/offline/mock.js';
import { checkMessageLimits } from '../../src/render/limits.js';
import { LABELS } from '../../src/render/labels.js';
import type { ReplyPayload } from '../../src/render/payload.js';
import { hostileMessage } from '../support/arbitraries.js';

const problems: string[] = [];
let ctx: BotContext;
let bot: MockClient;
let users = 0;
/** A user with no conversation yet, so that two askings are independent. */
const fresh = () => ({ user: { id: String(100_000_000_000_000_000n + BigInt(++users)), bot: false } });

beforeAll(async () => {
  ctx = await createApp(loadConfig({ COOLDOWN_SECONDS: '0' }), createLogger({ level: 'warn', write: (line) => problems.push(line) }));
  bot = connectMockClient(ctx);
});

/** Every piece of text a payload shows. */
function texts(payload: ReplyPayload): string[] {
  return [
    payload.content ?? '',
    ...payload.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]),
    ...payload.components.flatMap((r) => r.components.map((b) => b.label)),
  ];
}

const count = (text: string, what: string) => text.split(what).length - 1;
const failureNotices = Object.values(LABELS).map((l) => l.failure);

/** What no reply shows, wherever: pings' syntax, links, control and invisible characters. */
const NEVER = /@everyone|@here|<@[!&]?\d+>|<#\d+>|https?:\/\/|[\u0000-\u0008\u000b-\u001f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/**
 * The one message a delivery sent, checked against everything that must hold
 * for any reply. `quoting`: the reply quotes the user's words as written, in
 * « … » (a check report): there, Markdown must be escaped (it shows as typed)
 * and what looks like a mention is only text (an embed, and a footer, ping no
 * one); outside the quotes, every rule holds.
 */
function theReply(sent: Sent[], quoting = false): ReplyPayload {
  const messages = sent.filter((s): s is Extract<Sent, { payload: ReplyPayload }> => 'payload' in s);
  expect(messages).toHaveLength(1);
  const payload = (messages[0] as { payload: ReplyPayload }).payload;
  expect(checkMessageLimits(payload)).toEqual([]);
  expect(payload.allowedMentions).toEqual({ parse: [], repliedUser: false });
  expect(failureNotices).not.toContain(payload.content);
  for (const text of texts(payload)) {
    const quotes = quoting ? [...text.matchAll(/«([^«»]*)»/g)].map((m) => m[1] ?? '') : [];
    expect(quoting ? text.replace(/«[^«»]*»/g, '« »') : text).not.toMatch(NEVER);
    for (const quote of quotes) expect(quote).not.toMatch(new RegExp(`${CONTROL.source}|https?://`));
    // Markdown and quotes the bot opens, it closes: nothing the user typed can leave one open.
    expect(count(text, '```') % 2).toBe(0);
    expect(count(text, '||') % 2).toBe(0);
    expect(count(text, '«')).toBe(count(text, '»'));
    expect(count(text, '“')).toBe(count(text, '”'));
  }
  // In the description (Markdown), a quoted claim has no Markdown character left unescaped.
  for (const m of (payload.embeds[0]?.description ?? '').matchAll(/«([^«»]*)»/g)) expect((m[1] ?? '').replace(/\\./g, '')).not.toMatch(/[\\*_~`|<>[\]]/);
  return payload;
}

describe('the handlers under arbitrary input (mock client)', () => {
  it('/ask always gets one answer within the limits, the same for the same question', async () => {
    await fc.assert(
      fc.asyncProperty(hostileMessage(), fc.boolean(), fc.constantFrom('fr', 'en-US', 'en-GB', 'ja'), async (question, hidden, locale) => {
        const first = theReply(await bot.slash('ask', { question, private: hidden }, { ...fresh(), locale }));
        const again = theReply(await bot.slash('ask', { question, private: hidden }, { ...fresh(), locale }));
        expect(again).toEqual(first);
      }),
      { numRuns: 120 },
    );
  });

  it('a mention or a DM always gets one answer within the limits, the same for the same question', async () => {
    await fc.assert(
      fc.asyncProperty(hostileMessage(), fc.boolean(), async (text, direct) => {
        const sent = direct ? (where: object) => bot.message(text, { ...where, direct: true }) : (where: object) => bot.mention(text, where);
        const first = theReply(await sent(fresh()));
        expect(theReply(await sent(fresh()))).toEqual(first);
      }),
      { numRuns: 120 },
    );
  });

  it('/check and "Check against the coverage" always get one private reply within the limits, the same for the same text', async () => {
    const menu = [...ctx.messageCommands.keys()][0] ?? '?';
    await fc.assert(
      fc.asyncProperty(hostileMessage(4000), fc.boolean(), fc.constantFrom('fr', 'en-US', 'ja'), async (text, onMessage, locale) => {
        const check = (where: object) => (onMessage ? bot.messageCommand(menu, { id: '1300000000000077777', content: text }, where) : bot.slash('check', { text }, where));
        const first = theReply(await check({ ...fresh(), locale }), true);
        expect(first.flags).toBe(64);
        expect(theReply(await check({ ...fresh(), locale }), true)).toEqual(first);
      }),
      { numRuns: 120 },
    );
  });

  it('a typed name (/who, /meetings) is echoed as plain words only', async () => {
    await fc.assert(
      fc.asyncProperty(hostileMessage(300), fc.constantFrom('who', 'meetings'), async (typed, command) => {
        const payload = theReply(await bot.slash(command, command === 'who' ? { person: typed } : { place: typed }, fresh()));
        // Unknown names come back quoted: whatever was typed, the quote holds only words.
        const echoed = /[“«] ?(.*?) ?[”»]/s.exec(payload.content ?? '')?.[1];
        if (echoed !== undefined) expect(echoed).toMatch(/^[\p{L}\p{M}\p{N}'’.,?! -]*…?$/u);
      }),
      { numRuns: 120 },
    );
  });

  it('logged no warning or error on the way', () => {
    expect(problems).toEqual([]);
  });
});
