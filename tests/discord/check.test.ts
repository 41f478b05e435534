/**
 * /check and the "Check against the coverage" message command, through the
 * offline mock client: the same command modules and dispatcher as on Discord.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/discord/app.js';
import type { BotContext, MessageCommand } from '../../src/discord/command.js';
import { loadConfig, type Env } from '../../src/discord/config.js';
import { createBotContext } from '../../src/discord/context.js';
import { createLogger } from '../../src/discord/logger.js';
import { decodeAction } from '../../src/render/custom-id.js';
import { LABELS } from '../../src/render/labels.js';
import { checkMessageLimits } from '../../src/render/limits.js';
import type { ReplyPayload } from '../../src/render/payload.js';
import { connectMockClient } from '../../src/offline/connect.js';
import type { MockClient, Sent } from '../../src/offline/mock.js';

const logs: string[] = [];
let ctx: BotContext;
let bot: MockClient;
/** The message command, by its English name (Discord's default). */
let MENU: string;

async function app(env: Env = {}): Promise<BotContext> {
  return createApp(loadConfig({ COOLDOWN_SECONDS: '0', ...env }), createLogger({ level: 'warn', write: (l) => logs.push(l) }));
}

beforeAll(async () => {
  ctx = await app();
  bot = connectMockClient(ctx);
  MENU = [...ctx.messageCommands.keys()][0] ?? '?';
});

type Message = Extract<Sent, { payload: ReplyPayload }>;
const messages = (sent: Sent[]) => sent.filter((s): s is Message => 'payload' in s);
function only(sent: Sent[]): Message {
  const all = messages(sent);
  expect(all).toHaveLength(1);
  return all[0] as Message;
}
const description = (m: Message) => m.payload.embeds[0]?.description ?? '';
const shareButton = (m: Message) => m.payload.components.flatMap((r) => r.components).find((b) => decodeAction(b.custom_id)?.kind === 'share');

/** The example: the place is wrong (the meeting was elsewhere), the occasion right, the World Cup not in the coverage. */
const EXAMPLE = "Hammouchi a reçu le chef de la police de l'ONU à Rabat pendant l'AG d'Interpol, et ils ont parlé de la Coupe du monde 2030.";

describe('/check', () => {
  it('replies privately, one verdict line per claim, with the share button', async () => {
    const sent = await bot.slash('check', { text: EXAMPLE }, { locale: 'fr' });
    expect(sent.map((s) => s.kind)).toEqual(['reply']);
    const reply = only(sent);
    expect(reply.ephemeral).toBe(true);
    expect(checkMessageLimits(reply.payload)).toEqual([]);
    const lines = description(reply).split('\n').filter((l) => /^(\u2003↳ )?[✅❌❔] /.test(l));
    expect(lines.map((l) => l.replace(/^\u2003↳ /, '').slice(0, 1))).toEqual(['❌', '❌', '✅', '❔']);
    // The meeting with the UN police chief was in another city: the place's line says which.
    const city = kb().entities.get(kb().meetings.find((m) => m.occasion)?.city ?? '')?.name.fr ?? '?';
    expect(lines[1]).toContain('« Rabat »');
    expect(lines[1]).toContain(city);
    expect(reply.payload.embeds[0]?.footer?.text).toBe(ctx.engine.check(EXAMPLE, { locale: 'fr' }).summary);
    expect(shareButton(reply)?.label).toBe(LABELS.fr.share);
    expect(decodeAction(shareButton(reply)?.custom_id ?? '')).toEqual({ kind: 'share', language: 'fr' });
    expect(reply.payload.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('is /verifier too, and answers in the language of the text whatever the locale', async () => {
    const reply = only(await bot.slash('check', { text: 'Hammouchi received Zouev in Rabat.' }, { locale: 'fr' }));
    expect(reply.payload.embeds[0]?.title).toBe(LABELS.en.checkTitle);
    expect(description(reply)).toMatch(/^✅ \*\*« Hammouchi received Zouev in Rabat »\*\* — .*\[1\]/);
    expect(ctx.commands.get('check')?.data.toJSON().name_localizations?.['fr']).toBe('verifier');
  });

  it('says a text with no claim is none, and offers nothing to share', async () => {
    const reply = only(await bot.slash('check', { text: 'salut tout le monde, ça va ?' }, { locale: 'fr' }));
    expect(reply.ephemeral).toBe(true);
    expect(description(reply)).toBe(kb().languages.fr.templates.check_nothing);
    expect(reply.payload.components).toEqual([]);
  });
});

describe('the share button', () => {
  it('posts the same report in the channel, saying who shared it, then marks the private copy shared', async () => {
    const asked = only(await bot.slash('check', { text: EXAMPLE }, { locale: 'fr' }));
    const sent = await bot.click(shareButton(asked)?.custom_id ?? '', { messageId: asked.messageId });
    // Acknowledged at once, without touching the private copy; then the post; then the private copy updated.
    expect(sent.map((s) => s.kind)).toEqual(['defer', 'followUp', 'update']);
    const [post, mine] = messages(sent);
    expect(post?.ephemeral).toBe(false);
    expect(post?.payload.embeds).toEqual(asked.payload.embeds);
    expect(post?.payload.content).toBe(LABELS.fr.sharedBy(`<@${bot.person.id}>`));
    expect(post?.payload.components).toEqual([]);
    expect(post?.payload.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(mine?.messageId).toBe(asked.messageId);
    expect(mine?.ephemeral).toBe(true);
    expect(mine?.payload.content).toBe(LABELS.fr.shared);
    expect(mine?.payload.embeds).toEqual(asked.payload.embeds);
    // The button is gone: a second click cannot post it twice.
    expect(mine?.payload.components).toEqual([]);
  });

  it('works however long after the reply, and through a deferral when the bot is busy', async () => {
    const asked = only(await bot.slash('check', { text: 'Zouev met Hammouchi in Rabat.' }));
    const late = await bot.click(shareButton(asked)?.custom_id ?? '', { messageId: asked.messageId, createdTimestamp: Date.now() - 2000 });
    expect(late.map((s) => s.kind)).toEqual(['defer', 'followUp', 'update']);
    expect(messages(late)[0]?.payload.content).toBe(LABELS.en.sharedBy(`<@${bot.person.id}>`));
  });

  it('refuses someone else\'s click, privately, posting nothing', async () => {
    const asked = only(await bot.slash('check', { text: 'Zouev met Hammouchi in Rabat.' }));
    const other = await bot.click(shareButton(asked)?.custom_id ?? '', { messageId: asked.messageId, user: { id: '4242', bot: false } });
    expect(only(other).ephemeral).toBe(true);
    expect(only(other).payload.content).toBe(LABELS.en.shareNotYours);
  });

  it('answers a stale button (a message it no longer knows, as after a restart) with a notice', async () => {
    const restarted = connectMockClient(ctx);
    for (const id of ['share:en', 'share:fr:123456789012345678', 'share:xx']) {
      const sent = await restarted.click(id);
      expect(only(sent).ephemeral).toBe(true);
      expect(only(sent).payload.content).toMatch(/no longer works/);
    }
  });
});

describe('"Check against the coverage" on a message', () => {
  it('checks the message\'s text, even a bot\'s, and links to it when shared, without mentioning its author', async () => {
    const author = { id: '5151515151515151515', bot: true };
    const target = { id: '1300000000000099999', content: 'Shahkar is the UN police chief. Hammouchi met Shahkar in Rabat.', author };
    const reply = only(await bot.messageCommand(MENU, target));
    expect(reply.ephemeral).toBe(true);
    expect(description(reply).split('\n').filter((l) => /^[✅❌❔] /.test(l)).map((l) => l.slice(0, 1))).toEqual(['✅', '❌']);
    expect(decodeAction(shareButton(reply)?.custom_id ?? '')).toEqual({ kind: 'share', language: 'en', message: target.id });

    const [post] = messages(await bot.click(shareButton(reply)?.custom_id ?? '', { messageId: reply.messageId }));
    const link = `https://discord.com/channels/${bot.guildId}/${bot.channelId}/${target.id}`;
    expect(post?.payload.content).toBe(LABELS.en.sharedBy(`<@${bot.person.id}>`, link));
    expect(post?.payload.content).not.toContain(author.id);
    expect(post?.payload.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('explains, kindly and privately, that a message without text has nothing to check', async () => {
    for (const target of [{ content: '', attachments: 2 }, { content: '  ', embeds: [{}] }, { content: '', stickers: 1 }]) {
      const reply = only(await bot.messageCommand(MENU, target, { locale: 'fr' }));
      expect(reply.ephemeral).toBe(true);
      expect(reply.payload.content).toBe(LABELS.fr.checkNoText);
    }
  });

  it('is named in the Apps menu in French and English, and listed in the help', async () => {
    const json = ctx.messageCommands.get(MENU)?.data.toJSON();
    expect(json?.name_localizations).toEqual({ fr: 'Vérifier dans la couverture', 'en-US': 'Check against the coverage', 'en-GB': 'Check against the coverage' });
    const help = only(await bot.slash('help', {}, { locale: 'fr' }));
    expect(description(help)).toContain(LABELS.fr.appsMenu('Vérifier dans la couverture'));
    expect(description(help)).toContain('`/verifier` — ');
  });
});

describe('the dispatcher', () => {
  it('answers an unknown message command, and apologises privately when one fails, logging why', async () => {
    expect(only(await bot.messageCommand('Nothing Like It', { content: 'x' })).payload.content).toBe(LABELS.en.unknownCommand);
    const explode: MessageCommand = {
      data: { name: 'Explode', toJSON: () => ({ name: 'Explode', type: 3 }) },
      execute: async () => {
        throw new Error('kaboom');
      },
    };
    const failing = connectMockClient(createBotContext({ config: ctx.config, engine: () => ctx.engine, commands: new Map(), messageCommands: new Map([['Explode', explode]]), log: ctx.log }));
    const sent = await failing.messageCommand('Explode', { content: 'x' });
    expect(only(sent).ephemeral).toBe(true);
    expect(only(sent).payload.content).toBe(LABELS.en.failure);
    expect(logs.join('\n')).toMatch(/ERROR an interaction \("Explode" on message \d+ from \d+\) failed[\s\S]*kaboom/);
    logs.length = 0;
  });
});

describe('cooldown', () => {
  it('shares the pause of /ask: a check right after a question waits, privately', async () => {
    const slow = connectMockClient(await app({ COOLDOWN_SECONDS: '60' }));
    expect(only(await slow.slash('ask', { question: 'Who is Faisal Shahkar?' })).ephemeral).toBe(false);
    const wait = only(await slow.slash('check', { text: 'Zouev met Hammouchi in Rabat.' }));
    expect(wait.ephemeral).toBe(true);
    expect(wait.payload.content).toMatch(/Wait 60 s/);
    expect(only(await slow.messageCommand(MENU, { content: 'Zouev met Hammouchi in Rabat.' })).payload.content).toMatch(/Wait \d+ s/);
  });
});

describe('the log', () => {
  it('recorded no warning or error', () => {
    expect(logs).toEqual([]);
  });
});

function kb() {
  return ctx.engine.kb;
}
