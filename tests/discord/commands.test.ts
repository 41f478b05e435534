/**
 * The command modules and the dispatcher, driven through the offline mock
 * client: the same objects the terminal uses, standing in for discord.js.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/discord/app.js';
import type { BotContext, Command } from '../../src/discord/command.js';
import { loadConfig, type Env } from '../../src/discord/config.js';
import { createBotContext } from '../../src/discord/context.js';
import { createLogger } from '../../src/discord/logger.js';
import { decodeAction } from '../../src/render/custom-id.js';
import { COLOURS } from '../../src/render/options.js';
import type { ReplyPayload } from '../../src/render/payload.js';
import { connectMockClient } from '../../src/offline/connect.js';
import type { MockClient, Sent } from '../../src/offline/mock.js';

const logs: string[] = [];
let ctx: BotContext;
let bot: MockClient;

async function app(env: Env = {}): Promise<BotContext> {
  const config = loadConfig({ COOLDOWN_SECONDS: '0', ...env });
  return createApp(config, createLogger({ level: 'warn', write: (l) => logs.push(l) }));
}

beforeAll(async () => {
  ctx = await app();
  bot = connectMockClient(ctx);
});

/** The one message a delivery sent. */
function only(sent: Sent[]): { payload: ReplyPayload; ephemeral: boolean } {
  const messages = sent.filter((s) => 'payload' in s);
  expect(messages).toHaveLength(1);
  return messages[0] as { payload: ReplyPayload; ephemeral: boolean };
}
const description = (sent: Sent[]) => only(sent).payload.embeds[0]?.description ?? '';
const buttons = (sent: Sent[]) => only(sent).payload.components.flatMap((r) => r.components);

describe('/ask', () => {
  it('answers with numbered quotes, publicly unless private', async () => {
    const sent = await bot.slash('ask', { question: 'Qui a reçu Faisal Shahkar ?' }, { locale: 'fr' });
    expect(sent.map((s) => s.kind)).toEqual(['reply']);
    expect(description(sent)).toMatch(/\[1\]/);
    expect(only(sent).payload.embeds[0]?.fields?.[0]?.value).toMatch(/^« /);
    expect(only(sent).ephemeral).toBe(false);
    expect(buttons(sent).map((b) => b.label)).toEqual(['Passage complet', 'Sources']);

    const hidden = await bot.slash('ask', { question: 'Who is Alexandre Zouev?', private: true });
    expect(only(hidden).ephemeral).toBe(true);
  });

  it('follows up on the previous question of the same user in the same channel', async () => {
    await bot.slash('ask', { question: 'Who did Abdellatif Hammouchi receive in Rabat?' });
    const followUp = await bot.mention('and why?');
    expect(description(followUp)).toMatch(/Zouev/);
    const elsewhere = await bot.mention('and why?', { direct: true });
    expect(description(elsewhere)).not.toMatch(/Zouev/);
  });

  it('offers a declined question\'s suggestions as buttons that ask them, privately if the question was', async () => {
    const declined = await bot.slash('ask', { question: 'What is the weather in Paris tomorrow?', private: true });
    expect(only(declined).payload.embeds[0]?.color).toBe(COLOURS.declined);
    const suggestion = buttons(declined)[0];
    expect(decodeAction(suggestion?.custom_id ?? '')).toMatchObject({ kind: 'ask', private: true });
    const asked = await bot.click(suggestion?.custom_id ?? '');
    expect(only(asked).ephemeral).toBe(true);
    expect(only(asked).payload.embeds[0]?.color).toBe(COLOURS.answer);
    expect(description(asked)).toMatch(/\[1\]/);
  });

  it('shows the full passage and the sources from the buttons, to the clicker only', async () => {
    const sent = await bot.slash('ask', { question: 'Where did Hammouchi meet Shahkar?' });
    const [passage, sources] = [buttons(sent).find((b) => b.custom_id.startsWith('passage:')), buttons(sent).at(-1)];
    const quote = (only(sent).payload.embeds[0]?.fields?.[0]?.value ?? '').replace(/^« |…? »$/g, '');
    const full = await bot.click(passage?.custom_id ?? '');
    expect(only(full).ephemeral).toBe(true);
    expect(description(full)).toContain(quote);
    const list = await bot.click(sources?.custom_id ?? '');
    expect(only(list).ephemeral).toBe(true);
    expect(only(list).payload.embeds).toHaveLength(ctx.engine.kb.articles.size);
  });

  it('answers an unknown or stale button with a notice', async () => {
    for (const id of ['confirm', 'ask:en:9999', 'passage:en:no-such-article:1']) {
      const sent = await bot.click(id);
      expect(only(sent).ephemeral).toBe(true);
      expect(only(sent).payload.content).toMatch(/no longer|ask again/);
    }
  });
});

describe('/who', () => {
  it('completes people and organisations, exact matches first, named in the user\'s language', async () => {
    const all = await bot.autocomplete('who', 'person', { person: '' });
    expect(all.length).toBeGreaterThan(3);
    expect(all.length).toBeLessThanOrEqual(25);
    const kinds = new Set(all.map((c) => ctx.engine.kb.entities.get(c.value)?.type));
    expect([...kinds].sort()).toEqual(['organisation', 'person']);

    expect((await bot.autocomplete('who', 'person', { person: 'ONU' }, { locale: 'fr' }))[0]).toEqual({ name: "L'Organisation des Nations Unies (ONU)", value: 'un' });
    expect((await bot.autocomplete('who', 'person', { person: 'UN' }))[0]?.name).toBe('The United Nations (UN)');
    expect((await bot.autocomplete('who', 'person', { person: 'police chief' })).map((c) => c.value)).toContain('shahkar');
    expect((await bot.autocomplete('who', 'person', { person: 'Hamouchi' }))[0]?.value).toBe('hammouchi');
    expect(await bot.autocomplete('who', 'person', { person: 'zzzzqqq' })).toEqual([]);
  });

  it('shows the role with its quote and the meetings the person took part in', async () => {
    const sent = await bot.slash('who', { person: 'zouev' });
    const embed = only(sent).payload.embeds[0];
    expect(embed?.title).toBe('Alexandre Zouev');
    expect(embed?.description).toMatch(/Under-Secretary-General.*\[1\]/);
    expect(embed?.description).toContain('__Meetings__');
    expect(embed?.fields?.length).toBeGreaterThan(1);
  });

  it('resolves a typed name, and answers an unknown one privately with the closest names', async () => {
    expect(only(await bot.slash('who', { person: 'Hammouchi' })).payload.embeds[0]?.title).toBe('Abdellatif Hammouchi');
    const unknown = await bot.slash('who', { person: 'chief' });
    expect(only(unknown).ephemeral).toBe(true);
    expect(only(unknown).payload.content).toMatch(/can't find anyone matching “chief”[\s\S]*Did you mean:\n• /);
  });
});

describe('/meetings, /sources, /help', () => {
  it('lists every meeting as a dated, cited timeline, or those of a person or place', async () => {
    const kb = ctx.engine.kb;
    const all = description(await bot.slash('meetings'));
    expect(all.match(/^\*\*/gm)).toHaveLength(kb.meetings.length);
    const first = kb.meetings[0];
    if (!first) throw new Error('the knowledge base has no meeting');
    const guest = description(await bot.slash('meetings', { person: first.guests[0] ?? '' }));
    expect(guest.match(/^\*\*/gm)).toHaveLength(1);
    const place = await bot.slash('meetings', { place: first.city });
    expect(description(place).match(/^\*\*/gm)?.length).toBeGreaterThanOrEqual(1);
    const none = await bot.slash('meetings', { person: first.guests[0] ?? '', place: kb.meetings.at(-1)?.city ?? '' });
    if (kb.meetings.at(-1)?.city !== first.city) expect(only(none).payload.embeds[0]?.color).toBe(COLOURS.declined);
  });

  it('completes places that host a meeting', async () => {
    const places = await bot.autocomplete('meetings', 'place', { place: '' });
    expect(places.length).toBeGreaterThan(0);
    for (const p of places) expect(ctx.engine.kb.entities.get(p.value)?.type).toBe('place');
  });

  it('lists the sources publicly and the help privately, with example questions in both languages', async () => {
    expect(only(await bot.slash('sources')).ephemeral).toBe(false);
    const help = await bot.slash('help', {}, { locale: 'fr' });
    expect(only(help).ephemeral).toBe(true);
    for (const s of ctx.engine.kb.suggestions) expect(description(help)).toContain(s.en);
    expect(description(help)).toContain('`/qui` — ');
  });
});

describe('messages', () => {
  it('answers mentions and DMs, gives the help to a bare mention, and ignores the rest', async () => {
    expect(description(await bot.mention('Who is Faisal Shahkar?'))).toMatch(/\[1\]/);
    expect(description(await bot.message('Who is Faisal Shahkar?', { direct: true }))).toMatch(/\[1\]/);
    expect(only(await bot.mention('')).payload.embeds[0]?.color).toBe(COLOURS.info);
    expect(await bot.message('Who is Faisal Shahkar?')).toEqual([]);
    expect(await bot.message('@everyone Who is Faisal Shahkar?')).toEqual([]);
    expect(await bot.mention('Who is Faisal Shahkar?', { user: { id: '42', bot: true } })).toEqual([]);
    expect(await bot.message(`<@${bot.user.id}> hi`, { author: bot.user })).toEqual([]);
  });

  it('answers without ever allowing a ping', async () => {
    const sent = await bot.mention('@everyone <@&123> Who is Faisal Shahkar?');
    expect(only(sent).payload.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });
});

describe('cooldown and failures', () => {
  it('tells a hurried user to wait, privately, for commands', async () => {
    const slow = connectMockClient(await app({ COOLDOWN_SECONDS: '60' }));
    expect(only(await slow.slash('ask', { question: 'Who is Faisal Shahkar?' })).ephemeral).toBe(false);
    const again = await slow.slash('ask', { question: 'Who is Faisal Shahkar?' });
    expect(only(again).ephemeral).toBe(true);
    expect(only(again).payload.content).toMatch(/Wait 60 s/);
    // Looking things up is not asking: no cooldown there.
    expect(only(await slow.slash('sources')).ephemeral).toBe(false);
  });

  it('answers mentions asked during the cooldown when it ends, in order, and says when to ask again past a few waiting', async () => {
    const ctx = await app({ COOLDOWN_SECONDS: '0.2' });
    const slow = connectMockClient(ctx);
    const questions = ['Who is Faisal Shahkar?', 'Who is Alexandre Zouev?', 'Who is Abdellatif Hammouchi?', 'Where did Hammouchi meet Zouev?'];
    const replies = await Promise.all([...questions, 'Who received Shahkar?'].map((q) => slow.mention(q)));
    // The first at once, the next three after one, two and three pauses: none lost, each its own answer.
    replies.slice(0, 4).forEach((sent, i) => expect(description(sent), questions[i]).toMatch(/\[1\]/));
    expect(description(replies[1] ?? [])).toMatch(/Zouev/);
    expect(description(replies[3] ?? [])).toMatch(/Rabat/);
    // A fifth while three already wait: told when to ask again, not dropped in silence.
    expect(only(replies[4] ?? []).payload.content).toMatch(/^I'm answering your earlier questions first: ask this one again in \d+ s\.$/);
    expect(ctx.cooldowns.waiting).toBe(0);
  });

  it('apologises privately when a command fails, and logs the failure', async () => {
    const explode: Command = {
      data: { name: 'explode', toJSON: () => ({ name: 'explode', description: 'fails' }) },
      execute: async () => {
        throw new Error('kaboom');
      },
    };
    const failing = connectMockClient(createBotContext({ config: ctx.config, engine: () => ctx.engine, commands: new Map([['explode', explode]]), log: ctx.log }));
    const sent = await failing.slash('explode');
    expect(only(sent).ephemeral).toBe(true);
    expect(only(sent).payload.content).toMatch(/Something went wrong/);
    expect(logs.join('\n')).toMatch(/ERROR an interaction \(\/explode from \d+\) failed[\s\S]*kaboom/);
    logs.length = 0;
    expect(only(await failing.slash('nothing-like-it')).payload.content).toMatch(/\/help/);
  });

  it('logged no other error', () => {
    expect(logs.filter((l) => l.includes('ERROR'))).toEqual([]);
  });
});
