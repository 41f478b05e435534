/**
 * /meetings on a base with more meetings than one page holds (a synthetic base
 * of renamed copies, tests/bench/synthetic.ts): the real discord.js client
 * against the fake Discord, and the offline mock client, page through every
 * meeting with Previous and Next. The page travels in the buttons' custom_id;
 * the asker's clicks turn the page in place, anyone else gets a page of their
 * own, and every message stays within Discord's limits.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/discord/app.js';
import { loadConfig } from '../../src/discord/config.js';
import { createLogger } from '../../src/discord/logger.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import { connectMockClient } from '../../src/offline/connect.js';
import type { Sent } from '../../src/offline/mock.js';
import { decodeAction } from '../../src/render/custom-id.js';
import { LABELS } from '../../src/render/labels.js';
import { checkMessageLimits } from '../../src/render/limits.js';
import { DEFAULT_RENDER_OPTIONS } from '../../src/render/options.js';
import type { ReplyPayload } from '../../src/render/payload.js';
import { meetingLines } from '../../src/views/timeline.js';
import { writeSynthetic } from '../bench/synthetic.js';
import { startBot, type Bot } from '../support/bot.js';
import type { FakeDiscord, InteractionHandle } from '../support/fake-discord.js';

/** Eight articles, eight meetings: three pages of three, three and two. */
const ARTICLES = 8;
const PER_PAGE = DEFAULT_RENDER_OPTIONS.meetingsPerPage;
const PAGES = Math.ceil(ARTICLES / PER_PAGE);

const dir = mkdtempSync(join(tmpdir(), 'coverage-bot-meetings-'));
writeSynthetic(ARTICLES, dir, { qualityCopies: 1 });

let bot: Bot;
let fake: FakeDiscord;
let kb: KnowledgeBase;
let nextUser = 600_000_000_000_000_000n;
const newUser = () => String(nextUser++);

beforeAll(async () => {
  bot = await startBot({ COOLDOWN_SECONDS: '0', KNOWLEDGE_DIR: dir, LOG_LEVEL: 'warn' }, { registerInGuild: true });
  fake = bot.fake;
  kb = bot.running.context?.engine.kb as KnowledgeBase;
});

afterAll(async () => {
  await bot?.stop();
  rmSync(dir, { recursive: true, force: true });
});

type Message = Record<string, unknown>;
const buttonsOf = (m: Message) => ((m['components'] ?? []) as { components: { custom_id: string; label: string }[] }[]).flatMap((r) => r.components);
const footerOf = (m: Message) => ((m['embeds'] ?? []) as { footer?: { text: string } }[])[0]?.footer?.text ?? '';
const descriptionOf = (m: Message) => ((m['embeds'] ?? []) as { description?: string }[])[0]?.description ?? '';
const labelled = (m: Message, label: string) => buttonsOf(m).find((b) => b.label === label)?.custom_id;
/** The line saying who received whom, as the timeline writes it: each meeting's own, its names differ from copy to copy. */
const receivedLine = (id: string) => (meetingLines(kb, kb.meetings.find((m) => m.id === id) ?? (kb.meetings[0] as never), 'en')[1]?.text ?? '').replace(/\.$/, '');

async function answerOf(ix: InteractionHandle): Promise<{ type: number; message: Message }> {
  const cb = await ix.waitForCallback();
  if (cb.body.type === 4 || cb.body.type === 7) return { type: cb.body.type, message: cb.body.data };
  const edit = await ix.waitForResponse((r) => r.method === 'PATCH' && r.status < 300);
  return { type: cb.body.type, message: edit.body };
}

describe('/meetings, a page at a time, through discord.js and the fake Discord', () => {
  it('pages through every meeting with Next and back with Previous, in place for the asker', async () => {
    expect(kb.meetings).toHaveLength(ARTICLES);
    const asker = newUser();
    const ix = fake.slash('meetings', {}, { user: asker, locale: 'en-US' });
    const first = await answerOf(ix);
    const messageId = String(ix.original()?.['id'] ?? '');
    expect(messageId).not.toBe('');
    const l = LABELS.en;
    const pages: Message[] = [first.message];
    // Page 1: no Previous, a Next that says page 2 and no filter.
    expect(labelled(first.message, l.previous)).toBeUndefined();
    expect(decodeAction(labelled(first.message, l.next) ?? '')).toEqual({ kind: 'meetings', language: 'en', page: 1 });
    for (let n = 1; n < PAGES; n++) {
      const next = labelled(pages.at(-1) as Message, l.next) ?? '';
      const turned = await answerOf(fake.button(next, { user: asker, messageId }));
      expect(turned.type).toBe(7);
      pages.push(turned.message);
    }
    expect(labelled(pages.at(-1) as Message, l.next)).toBeUndefined();
    pages.forEach((page, i) => {
      expect(footerOf(page)).toContain(l.page(i + 1, PAGES, ARTICLES));
      expect(checkMessageLimits(page)).toEqual([]);
      expect(page['flags'] ?? 0).toBe(0);
    });
    // Every meeting on exactly one page, in date order.
    const seen = kb.meetings.map((m) => pages.findIndex((p) => descriptionOf(p).includes(receivedLine(m.id))));
    expect(seen.every((page) => page >= 0)).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(pages.map((p) => kb.meetings.filter((m) => descriptionOf(p).includes(receivedLine(m.id))).length)).toEqual(
      Array.from({ length: PAGES }, (_, i) => Math.min(PER_PAGE, ARTICLES - i * PER_PAGE)),
    );
    // And back: Previous from the last page is the page before it, in place.
    const back = await answerOf(fake.button(labelled(pages.at(-1) as Message, l.previous) ?? '', { user: asker, messageId }));
    expect(back.type).toBe(7);
    expect(footerOf(back.message)).toContain(l.page(PAGES - 1, PAGES, ARTICLES));
    expect(descriptionOf(back.message)).toBe(descriptionOf(pages.at(-2) as Message));
  });

  it('gives anyone else the page privately, leaving the asker\'s message as it was, in the asker\'s language', async () => {
    const [asker, other] = [newUser(), newUser()];
    const ix = fake.slash('meetings', {}, { user: asker, locale: 'fr' });
    const first = await answerOf(ix);
    const messageId = String(ix.original()?.['id'] ?? '');
    const next = labelled(first.message, LABELS.fr.next) ?? '';
    expect(next).not.toBe('');
    const theirs = await answerOf(fake.button(next, { user: other, messageId, locale: 'en-US' }));
    expect(theirs).toMatchObject({ type: 4, message: { flags: 64 } });
    expect(footerOf(theirs.message)).toContain(LABELS.fr.page(2, PAGES, ARTICLES));
    expect(checkMessageLimits(theirs.message)).toEqual([]);
    expect(footerOf(fake.getMessage(messageId) ?? {})).toContain(LABELS.fr.page(1, PAGES, ARTICLES));
  });

  it('answers a page button whose person is gone with a notice, and a page past the end with the last page', async () => {
    const stale = await answerOf(fake.button('meetings:en:1:nobody-here:', { user: newUser() }));
    expect(stale).toMatchObject({ type: 4, message: { flags: 64, content: LABELS.en.staleButton } });
    const past = await answerOf(fake.button('meetings:en:99::', { user: newUser() }));
    expect(footerOf(past.message)).toContain(LABELS.en.page(PAGES, PAGES, ARTICLES));
  });
});

describe('/meetings, a page at a time, in the offline mock client', () => {
  it('turns the page in place with Next and Previous', async () => {
    const ctx = await createApp(loadConfig({ COOLDOWN_SECONDS: '0', KNOWLEDGE_DIR: dir }), createLogger({ level: 'warn', write: () => undefined }));
    const bot = connectMockClient(ctx);
    const payloadOf = (sent: Sent[]) => {
      const messages = sent.filter((s): s is Extract<Sent, { payload: ReplyPayload }> => 'payload' in s);
      expect(messages).toHaveLength(1);
      return messages[0] as Extract<Sent, { payload: ReplyPayload }>;
    };
    const l = LABELS.en;
    const button = (p: ReplyPayload, label: string) => p.components.flatMap((r) => r.components).find((b) => b.label === label)?.custom_id;
    const first = payloadOf(await bot.slash('meetings', {}, { locale: 'en-US' }));
    expect(first.payload.embeds[0]?.footer?.text).toContain(l.page(1, PAGES, ARTICLES));
    const second = payloadOf(await bot.click(button(first.payload, l.next) ?? ''));
    expect(second.kind).toBe('update');
    expect(second.payload.embeds[0]?.footer?.text).toContain(l.page(2, PAGES, ARTICLES));
    expect(button(second.payload, l.previous)).toBeDefined();
    const back = payloadOf(await bot.click(button(second.payload, l.previous) ?? ''));
    expect(back.kind).toBe('update');
    expect(back.payload.embeds[0]?.description).toBe(first.payload.embeds[0]?.description);
  });
});
