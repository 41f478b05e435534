import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/discord/app.js';
import type { BotContext } from '../../src/discord/command.js';
import { loadConfig } from '../../src/discord/config.js';
import { createLogger } from '../../src/discord/logger.js';
import { localeFromEnv } from '../../src/main.js';
import { connectMockClient } from '../../src/offline/connect.js';
import { drawSent, painter, wrap } from '../../src/offline/draw.js';
import { parseLine } from '../../src/offline/parse.js';
import { LABELS } from '../../src/render/labels.js';
import { createCompleter, startTerminal } from '../../src/offline/terminal.js';

let ctx: BotContext;
beforeAll(async () => {
  ctx = await createApp(loadConfig({}, 'offline'), createLogger({ level: 'error' }));
});

describe('the prompt\'s input', () => {
  it('reads slash commands with named options, in either language, and free text as the first text option', () => {
    const parse = (line: string) => parseLine(line, ctx.commands, 0);
    expect(parse('/ask question: Qui ? private: oui')).toEqual({ kind: 'slash', command: 'ask', options: { question: 'Qui ?', private: true }, locale: 'en-US' });
    expect(parse('/ask Who is he: really?')).toEqual({ kind: 'slash', command: 'ask', options: { question: 'Who is he: really?' }, locale: 'en-US' });
    // The name typed says the language: "/qui" is French, "/who" English, "/sources" either.
    expect(parse('/qui personne: Zouev')).toEqual({ kind: 'slash', command: 'who', options: { person: 'Zouev' }, locale: 'fr' });
    expect(parse('/who person: Zouev')).toEqual({ kind: 'slash', command: 'who', options: { person: 'Zouev' }, locale: 'en-US' });
    expect(parse('/sources')).toEqual({ kind: 'slash', command: 'sources', options: {} });
    expect(parse('/meetings place: Rabat person: hammouchi')).toEqual({ kind: 'slash', command: 'meetings', options: { place: 'Rabat', person: 'hammouchi' }, locale: 'en-US' });
    expect(parse('/meetings')).toEqual({ kind: 'slash', command: 'meetings', options: {}, locale: 'en-US' });
    expect(parse('/verifier Zouev a reçu Hammouchi. Et alors ?')).toEqual({ kind: 'slash', command: 'check', options: { text: 'Zouev a reçu Hammouchi. Et alors ?' }, locale: 'fr' });
  });

  it('reads mentions, plain questions, button numbers and its own commands', () => {
    expect(parseLine('@bot Who?', ctx.commands, 0)).toEqual({ kind: 'mention', text: 'Who?' });
    expect(parseLine('Who?', ctx.commands, 0)).toEqual({ kind: 'mention', text: 'Who?' });
    expect(parseLine('2', ctx.commands, 3)).toEqual({ kind: 'click', number: 2 });
    expect(parseLine('4', ctx.commands, 3)).toEqual({ kind: 'mention', text: '4' });
    expect(parseLine('  ', ctx.commands, 0)).toEqual({ kind: 'empty' });
    expect(parseLine('/quit', ctx.commands, 0)).toEqual({ kind: 'quit' });
    expect(parseLine('/aide', ctx.commands, 0)).toEqual({ kind: 'help', locale: 'fr' });
  });

  it('explains what it cannot run', () => {
    expect(parseLine('/nope', ctx.commands, 0)).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/Unknown command \/nope/) });
    expect(parseLine('/ask', ctx.commands, 0)).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/needs question:/) });
    expect(parseLine('/ask question: x private: perhaps', ctx.commands, 0)).toMatchObject({ kind: 'invalid' });
    expect(parseLine('/sources everything', ctx.commands, 0)).toMatchObject({ kind: 'invalid' });
  });

  it('takes the offline user\'s locale from the environment', () => {
    expect(localeFromEnv({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(localeFromEnv({ LANG: 'en_GB.UTF-8' })).toBe('en-GB');
    expect(localeFromEnv({ LANG: 'C.UTF-8' })).toBe('en-US');
    expect(localeFromEnv({ LC_ALL: 'fr_CA.UTF-8', LANG: 'en_US.UTF-8' })).toBe('fr');
  });
});

describe('Tab completion', () => {
  it('completes commands, options, and names from the command\'s own autocomplete', async () => {
    const complete = createCompleter(ctx.commands, connectMockClient(ctx));
    expect(await complete('/w')).toEqual([['/who '], '/w']);
    expect(await complete('/who ')).toEqual([['person: '], '']);
    expect(await complete('/who person: hamm')).toEqual([['Abdellatif Hammouchi'], 'hamm']);
    expect((await complete('/meetings place: '))[0].length).toBeGreaterThan(0);
    expect(await complete('/ask question: Wh')).toEqual([[], '/ask question: Wh']);
  });
});

describe('drawing', () => {
  it('draws embeds, numbered buttons and ephemeral marks, in colour only when asked', async () => {
    const bot = connectMockClient(ctx);
    const sent = await bot.slash('ask', { question: 'Who is Faisal Shahkar?', private: true });
    const plain = drawSent(sent, { paint: painter(false), width: 80, firstButton: 1 });
    expect(plain.text).toMatch(/^\(only you can see this\)\n│ /);
    expect(plain.text).toMatch(/\n\[1\] Full passage {3}\[2\] Sources$/);
    expect(plain.text).not.toMatch(/\u001b/);
    expect(plain.buttons).toHaveLength(2);
    for (const line of plain.text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(drawSent(sent, { paint: painter(true), width: 80, firstButton: 1 }).text).toMatch(/\u001b\[1m\[1\]/);
    expect(wrap('a bb ccc dddd', 6)).toEqual(['a bb', 'ccc', 'dddd']);
  });

  it('draws a user\'s escaped words as typed, links with their address, mentions as @you, and a report shown twice once', () => {
    const embed = { description: '**bold** « \\*\\*kept\\*\\* \\`x\\` \\<@1\\> \\\\ »' };
    const payload = { content: 'Shared by <@123> of a [message](https://discord.com/channels/1/2/3).', embeds: [embed], components: [], allowedMentions: { parse: [] as never[], repliedUser: false } };
    const drawn = drawSent(
      [
        { kind: 'followUp', payload, ephemeral: false, messageId: '1' },
        { kind: 'update', payload: { ...payload, content: 'Shared.' }, ephemeral: true, messageId: '2' },
      ],
      { paint: painter(false), width: 100, firstButton: 1 },
    ).text;
    expect(drawn).toBe(
      [
        'Shared by @you of a message (https://discord.com/channels/1/2/3).',
        '│ bold « **kept** `x` <@1> \\ »',
        '(in place of the reply whose button it was)',
        '(only you can see this)',
        'Shared.',
        '(the same as above)',
      ].join('\n'),
    );
  });
});

describe('the terminal, piped', () => {
  it('answers line by line, lets a number click a button, and ends with the input', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d: Buffer) => (text += d.toString()));
    const terminal = startTerminal(ctx, { input, output, locale: 'en-US' });
    input.end('Who is Faisal Shahkar?\n1\n/quit\nnot run\n');
    expect(await terminal.finished).toBe(0);
    expect(text).toMatch(/^› Who is Faisal Shahkar\?\n│ [^›]*\[1\]/);
    // (When answers have been slow lately — a busy machine — the terminal shows the deferral first, as Discord would.)
    expect(text).toMatch(/› 1\n(?:… thinking\n)?\(only you can see this\)\n/);
    expect(text).not.toMatch(/not run/);
  });

  it('checks a text with /check (or /verifier), and shares the report with its button\'s number', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d: Buffer) => (text += d.toString()));
    const terminal = startTerminal(ctx, { input, output, locale: 'en-US' });
    input.end('/verifier Hammouchi a reçu Zouev à Marrakech, et ils ont parlé de foot_ball_club.\n1\n');
    expect(await terminal.finished).toBe(0);
    const [check, click] = text.split(/^› /m).slice(1) as [string, string];
    expect(check).toMatch(/^\/verifier .*\n(?:… thinking\n)?\(only you can see this\)\n│ Vérification dans la couverture\n│ ❌ « Hammouchi a reçu Zouev à Marrakech » — /);
    // The user's words show as typed: escaped for Discord (foot\_ball\_club), drawn without the escapes.
    expect(check).toMatch(/│ ❔ « ils ont parlé de foot_ball_club » — /);
    expect(check).toMatch(/\n\[1\] Partager dans le salon\n/);
    expect(click).toMatch(/^1\n… thinking\nVérification partagée par @you\.\n│ Vérification dans la couverture\n/);
    expect(click).toMatch(/\(only you can see this\)\nPartagé dans le salon\.\n\(the same as above\)\n/);
  });

  it('answers /aide and /qui in French, and /help and /who in English, whatever the terminal\'s locale', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d: Buffer) => (text += d.toString()));
    const terminal = startTerminal(ctx, { input, output, locale: 'en-GB' });
    input.end('/aide\n/qui personne: zouev\n/help\n/who person: zouev\n');
    expect(await terminal.finished).toBe(0);
    const [aide, qui, help, who] = text.split(/^› /m).slice(1) as [string, string, string, string];
    expect(aide).toContain(`│ ${LABELS.fr.helpTitle}`);
    expect(qui).toMatch(new RegExp(`^│ ${LABELS.fr.meetings}$`, 'm'));
    expect(help).toContain(`│ ${LABELS.en.helpTitle}`);
    expect(who).toMatch(new RegExp(`^│ ${LABELS.en.meetings}$`, 'm'));
  });
});
