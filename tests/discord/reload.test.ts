/**
 * Live knowledge: /reload (and what SIGHUP calls) rebuilds the engine from
 * knowledge/ and swaps it in; a broken knowledge folder keeps the old engine
 * and says why; only the owner and server managers may reload. Driven through
 * the offline mock client, and through the offline prompt.
 */
import { appendFileSync, cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/discord/app.js';
import type { BotContext } from '../../src/discord/command.js';
import { loadConfig, type Env } from '../../src/discord/config.js';
import { createLogger } from '../../src/discord/logger.js';
import { createOperators, MANAGE_GUILD } from '../../src/discord/operators.js';
import { main } from '../../src/main.js';
import { connectMockClient } from '../../src/offline/connect.js';
import { permissionsOf, type MockClient, type Sent } from '../../src/offline/mock.js';
import type { ReplyPayload } from '../../src/render/payload.js';
import { copyKnowledge, editFile, FIXTURES } from '../support/knowledge.js';

const OWNER = '111111111111111111';
const MEMBER = { id: '222222222222222222', bot: false };

let dir: string;
let logs: string[];
let ctx: BotContext;
let bot: MockClient;

async function app(env: Env = {}): Promise<BotContext> {
  return createApp(loadConfig({ COOLDOWN_SECONDS: '0', KNOWLEDGE_DIR: dir, BOT_OWNER_IDS: OWNER, ...env }), createLogger({ level: 'info', write: (l) => logs.push(l) }));
}

/** Adds the made-up third article of tests/fixtures to a knowledge copy. */
function addThirdArticle(to: string): void {
  const fixture = join(FIXTURES, 'third-article');
  for (const sub of ['articles', 'entities', 'facts']) cpSync(join(fixture, sub), join(to, sub), { recursive: true });
  appendFileSync(join(to, 'concepts.yaml'), `\n${readFileSync(join(fixture, 'concepts.yaml'), 'utf8')}`);
}

function reply(sent: Sent[]): { payload: ReplyPayload; ephemeral: boolean } {
  const messages = sent.filter((s): s is Extract<Sent, { payload: ReplyPayload }> => 'payload' in s);
  expect(messages).toHaveLength(1);
  return messages[0] as { payload: ReplyPayload; ephemeral: boolean };
}

const sourcesCount = async () => reply(await bot.slash('sources')).payload.embeds.length;

beforeEach(async () => {
  dir = copyKnowledge();
  logs = [];
  ctx = await app();
  bot = connectMockClient(ctx);
});

describe('/reload', () => {
  it('picks up an edited knowledge folder, acknowledging first, privately', async () => {
    expect(await sourcesCount()).toBe(2);
    expect(reply(await bot.slash('ask', { question: 'Qui a reçu Lars Berg à Lisbonne ?' }, { locale: 'fr' })).payload.embeds[0]?.description).not.toContain('Ana Ribeiro');
    addThirdArticle(dir);
    const sent = await bot.slash('reload');
    expect(sent.map((s) => s.kind)).toEqual(['defer', 'edit']);
    expect(reply(sent).ephemeral).toBe(true);
    expect(reply(sent).payload.content).toMatch(/^Knowledge reloaded: 3 articles, \d+ facts, in \d+ ms\.$/);
    expect(await sourcesCount()).toBe(3);
    expect(reply(await bot.slash('ask', { question: 'Qui a reçu Lars Berg à Lisbonne ?' }, { locale: 'fr' })).payload.embeds[0]?.description).toContain('Ana Ribeiro');
    expect(logs.join('\n')).toMatch(/INFO {2}knowledge reloaded \(\/reload from \d+\): 3 articles/);
  });

  it('forgets conversations on a reload: earlier turns may name what the new knowledge lacks', async () => {
    await bot.slash('ask', { question: 'Who is Alexandre Zouev?' });
    expect(ctx.conversations.size).toBe(1);
    await bot.slash('reload');
    expect(ctx.conversations.size).toBe(0);
  });

  it('keeps answering from the old knowledge when the new one is invalid, and says why', async () => {
    addThirdArticle(dir);
    await bot.slash('reload');
    editFile(dir, 'facts/lisbon.yaml', (text) => text.replace(/article: lisbon-2026-03-10/, 'article: lisbon-2099-01-01'));
    const sent = reply(await bot.slash('reload', {}, { locale: 'fr' }));
    expect(sent.ephemeral).toBe(true);
    const content = sent.payload.content ?? '';
    expect(content).toMatch(/^Le rechargement a échoué : je réponds toujours avec les connaissances d’avant\. Pourquoi :\n```\nThe knowledge base is invalid/);
    expect(content).toContain('lisbon.yaml');
    expect(content).toMatch(/fix: /);
    expect(content.endsWith('\n```')).toBe(true);
    expect(content.length).toBeLessThanOrEqual(2000);
    // Still the three articles loaded before.
    expect(await sourcesCount()).toBe(3);
    expect(reply(await bot.slash('ask', { question: 'Qui a reçu Lars Berg à Lisbonne ?' }, { locale: 'fr' })).payload.embeds[0]?.description).toContain('Ana Ribeiro');
    expect(logs.join('\n')).toMatch(/ERROR knowledge reload failed \(\/reload from \d+\); still answering from the knowledge loaded before The knowledge base is invalid[\s\S]*lisbon\.yaml/);
  });

  it('refuses, politely and privately, anyone but the owner and server managers', async () => {
    addThirdArticle(dir);
    const refused = reply(await bot.slash('reload', {}, { user: MEMBER }));
    expect(refused.ephemeral).toBe(true);
    expect(refused.payload.content).toMatch(/^Sorry: only the bot's owner and members who can manage the server can reload my knowledge\.$/);
    expect(await sourcesCount()).toBe(2);
    expect(logs.join('\n')).toMatch(/WARN {2}refused \/reload from 222222222222222222/);

    // A server manager may; so may an owner listed in BOT_OWNER_IDS, even without permissions or in a DM.
    expect(reply(await bot.slash('reload', {}, { user: MEMBER, permissions: MANAGE_GUILD })).payload.content).toMatch(/^Knowledge reloaded/);
    const owner = { id: OWNER, bot: false };
    expect(reply(await bot.slash('reload', {}, { user: owner, permissions: 0n })).payload.content).toMatch(/^Knowledge reloaded/);
    expect(reply(await bot.slash('reload', {}, { user: owner, direct: true })).payload.content).toMatch(/^Knowledge reloaded/);
    expect(reply(await bot.slash('reload', {}, { user: MEMBER, direct: true })).payload.content).toMatch(/^Sorry/);
  });

  it('lets several reloads at once share one rebuild', async () => {
    const [a, b] = await Promise.all([ctx.reload('one'), ctx.reload('two')]);
    expect(a).toBe(b);
    expect(logs.filter((l) => l.includes('knowledge reloaded'))).toHaveLength(1);
  });
});

describe('who may operate the bot', () => {
  it('is the application owner (or team), BOT_OWNER_IDS, or a member with Manage Server (Administrator included)', async () => {
    let asked = 0;
    const operators = createOperators({ ownerIds: ['1'] });
    operators.ownersFrom(async () => (asked++, ['2', '3']));
    expect(await operators.allows('1', null)).toBe(true);
    expect(await operators.allows('2', null)).toBe(true);
    expect(await operators.allows('3', permissionsOf(0n))).toBe(true);
    expect(await operators.allows('4', permissionsOf(MANAGE_GUILD))).toBe(true);
    expect(await operators.allows('4', permissionsOf(1n << 3n))).toBe(true);
    expect(await operators.allows('4', permissionsOf(1n << 11n))).toBe(false);
    expect(await operators.allows('4', null)).toBe(false);
    // Asked once, then remembered.
    expect(asked).toBe(1);
  });

  it('falls back to BOT_OWNER_IDS and permissions when Discord cannot say who owns the application', async () => {
    const errors: unknown[] = [];
    const operators = createOperators({ ownerIds: [], onError: (e) => errors.push(e) });
    operators.ownersFrom(async () => {
      throw new Error('503');
    });
    expect(await operators.allows('2', null)).toBe(false);
    expect(await operators.allows('2', permissionsOf(MANAGE_GUILD))).toBe(true);
    expect(errors).toHaveLength(1);
  });
});

describe('/reload at the offline prompt', () => {
  it('reloads the knowledge folder the prompt answers from', async () => {
    const stdin = new PassThrough();
    let stdout = '';
    const running = await main({
      argv: ['--offline'],
      env: { KNOWLEDGE_DIR: dir, LANG: 'C.UTF-8' },
      stdin,
      stdout: { write: (chunk: string | Uint8Array) => ((stdout += String(chunk)), true) } as NodeJS.WritableStream,
      stderr: { write: () => true } as unknown as NodeJS.WritableStream,
    });
    addThirdArticle(dir);
    stdin.end('/reload\n/sources\n');
    expect(await running.finished).toBe(0);
    expect(stdout).toMatch(/\(only you can see this\)\nKnowledge reloaded: 3 articles/);
    expect(stdout).toMatch(/3 articles/);
  });
});
