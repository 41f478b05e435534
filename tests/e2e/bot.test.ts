/**
 * The bot end to end: the real discord.js client, started by main() as `npm start`
 * starts it, against the fake Discord of tests/support on 127.0.0.1.
 */
import { appendFileSync, cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../src/main.js';
import { LABELS } from '../../src/render/labels.js';
import { checkChoices, checkMessageLimits } from '../../src/render/limits.js';
import { Faults, Intents, startFakeDiscord, type FakeDiscord, type RecordedRequest } from '../support/fake-discord.js';
import { copyKnowledge, editFile, FIXTURES } from '../support/knowledge.js';
import { spawnScript, startBot, type Bot } from '../support/bot.js';
import { watchOutboundConnections, type OutboundWatch } from '../support/network-guard.js';

/** The message command, by its name in Discord's default locale. */
const MENU = 'Check against the coverage';
/** The example, as a news bot might post it. */
const EXAMPLE = "Hammouchi a reçu le chef de la police de l'ONU à Rabat pendant l'AG d'Interpol, et ils ont parlé de la Coupe du monde 2030.";
const NEWS_BOT = { bot: true, username: 'NewsBot' };

let bot: Bot;
let fake: FakeDiscord;
let running: Running;
let watch: OutboundWatch;
const log = () => bot.log();

/** Adds the made-up third article of tests/fixtures to a knowledge copy. */
function addThirdArticle(to: string): void {
  const fixture = join(FIXTURES, 'third-article');
  for (const sub of ['articles', 'entities', 'facts']) cpSync(join(fixture, sub), join(to, sub), { recursive: true });
  appendFileSync(join(to, 'concepts.yaml'), `\n${readFileSync(join(fixture, 'concepts.yaml'), 'utf8')}`);
}

/** Messages the bot sent: interaction responses, follow-ups and edits, and channel messages. */
function replies(): { request: RecordedRequest; message: Record<string, unknown> }[] {
  return fake.requests
    .filter((r) => r.status < 300 && r.body && ['POST', 'PATCH'].includes(r.method))
    .flatMap((r) => {
      if (r.path.endsWith('/callback')) return r.body.type === 4 ? [{ request: r, message: r.body.data }] : [];
      if (/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(r.path) || /^\/channels\/\d+\/messages$/.test(r.path)) return [{ request: r, message: r.body }];
      return [];
    });
}

const channelReplies = (channelId: string) => fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);

/** The embed text of a reply, fields included. */
function embedText(message: Record<string, unknown>): string {
  const embeds = (message['embeds'] ?? []) as { description?: string; title?: string; fields?: { name: string; value: string }[] }[];
  return embeds.map((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])].join('\n')).join('\n');
}

/** Sends a message that the bot answers, so that everything sent before it has been handled. */
async function sentinel(channelId = fake.channelId): Promise<void> {
  const before = channelReplies(channelId).length;
  fake.message({ content: `<@${fake.botUserId}> What are your sources?`, ...(channelId === fake.dmChannelId ? { dm: true } : { channel_id: channelId }) });
  await fake.waitUntil(() => channelReplies(channelId).length > before, 5000, 'sentinel reply');
}

beforeAll(async () => {
  watch = watchOutboundConnections();
  // Each test asks as the same user in quick succession; the cooldown has its own tests.
  bot = await startBot({ COOLDOWN_SECONDS: '0', LOG_LEVEL: 'debug' }, { registerInGuild: true });
  ({ fake, running } = bot);
  expect(running.mode).toBe('online');
});

afterAll(async () => {
  await bot?.stop();
  watch?.stop();
});

describe('the bot on (a fake) Discord', () => {
  it('logs in with the token, through DISCORD_API_BASE and the gateway it names', () => {
    expect(fake.identifies).toBe(1);
    expect(fake.gatewayReceived.find((p) => p.op === 2)?.d).toMatchObject({ intents: expect.any(Number) });
    expect(log()).toContain('logged in as');
  });

  it('registers its seven slash commands and its message command in the guild, localised, /reload for server managers only', () => {
    const commands = fake.commands(fake.guildId);
    const slash = commands.filter((c) => (c['type'] ?? 1) === 1);
    expect(slash.map((c) => c['name']).sort()).toEqual(['ask', 'check', 'help', 'meetings', 'reload', 'sources', 'who']);
    const menus = commands.filter((c) => c['type'] === 3);
    expect(menus.map((c) => c['name'])).toEqual([MENU]);
    expect(menus[0]?.['name_localizations']).toEqual({ fr: 'Vérifier dans la couverture', 'en-US': MENU, 'en-GB': MENU });
    expect(commands.find((c) => c['name'] === 'reload')?.['default_member_permissions']).toBe(String(1 << 5));
    const who = commands.find((c) => c['name'] === 'who');
    expect(who?.['name_localizations']).toMatchObject({ fr: 'qui', 'en-US': 'who', 'en-GB': 'who' });
    expect(who?.['description_localizations']).toHaveProperty('fr');
    expect(fake.requests.find((r) => r.method === 'PUT')?.path).toBe(`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
  });

  it('answers /ask with the quote it rests on, in time', async () => {
    const ix = fake.slash('ask', { question: 'Qui a reçu Faisal Shahkar ?' }, { locale: 'fr' });
    const cb = await ix.waitForCallback();
    expect(cb.body.type).toBe(4);
    const embed = cb.body.data.embeds[0];
    expect(embed.description).toMatch(/Hammouchi.*\[1\]/);
    expect(embed.fields[0].value).toMatch(/^« .+ »$/);
    expect(embed.footer.text).toMatch(/^Confiance \d+ %/);
    expect(cb.body.data.flags ?? 0).toBe(0);
    expect(cb.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(cb.at - (ix.responses()[0]?.at ?? cb.at)).toBeLessThan(3000);
  });

  it('makes /ask private (ephemeral, flag 64) on request', async () => {
    const cb = await fake.slash('ask', { question: 'Who is Alexandre Zouev?', private: true }).waitForCallback();
    expect(cb.body.data.flags).toBe(64);
    expect(embedText(cb.body.data)).toContain('Zouev');
  });

  it('completes /who with at most 25 choices, the best match first, named in the user\'s language', async () => {
    const some = await fake.autocomplete('who', { person: 'hamm' }).waitForCallback();
    expect(some.body.type).toBe(8);
    expect(some.body.data.choices[0]).toEqual({ name: 'Abdellatif Hammouchi', value: 'hammouchi' });

    const all = await fake.autocomplete('who', { person: '' }, { locale: 'fr' }).waitForCallback();
    expect(all.body.data.choices.length).toBeGreaterThan(3);
    expect(all.body.data.choices.length).toBeLessThanOrEqual(25);
    expect(all.body.data.choices.map((c: { name: string }) => c.name)).toContain("L'Organisation des Nations Unies (ONU)");

    const picked = await fake.slash('who', { person: 'hammouchi' }).waitForCallback();
    expect(picked.body.data.embeds[0].title).toBe('Abdellatif Hammouchi');
    expect(embedText(picked.body.data)).toMatch(/\[1\]/);
  });

  it('shows the full paragraph when "Full passage" is clicked, to the clicker only', async () => {
    const ask = fake.slash('ask', { question: 'Who did Abdellatif Hammouchi receive in Marrakech?' });
    const answer = await ask.waitForCallback();
    const button = answer.body.data.components[0].components.find((b: { custom_id: string }) => b.custom_id.startsWith('passage:'));
    expect(button.label).toMatch(/Full passage/);
    const click = await fake.button(button.custom_id).waitForCallback();
    expect(click.body.type).toBe(4);
    expect(click.body.data.flags).toBe(64);
    const quote: string = answer.body.data.embeds[0].fields[0].value.replace(/^« |…? »$/g, '');
    expect(click.body.data.embeds[0].description).toContain(quote);
  });

  it('answers a mention, stripped of the mention, without pinging the @everyone it echoes', async () => {
    const id = fake.message({ content: `@everyone <@${fake.botUserId}> Who did Abdellatif Hammouchi receive in Marrakech?` });
    const reply = await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${fake.channelId}/messages` && r.body.message_reference?.message_id === id);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(embedText(reply.body)).toMatch(/Shahkar.*\[1\]/s);
    const stored = fake.getMessage(String((reply.responseBody as { id: string }).id));
    expect(stored?.['mention_everyone']).toBe(false);
    expect(stored?.['mentions']).toEqual([]);
  });

  it('gives the help to a mention with no question', async () => {
    const id = fake.message({ content: `<@!${fake.botUserId}>` });
    const reply = await fake.waitFor((r) => r.path === `/channels/${fake.channelId}/messages` && r.body.message_reference?.message_id === id);
    expect(embedText(reply.body)).toMatch(/Who is Abdellatif Hammouchi\?/);
  });

  it('ignores messages that are not for it: plain, @everyone, another role, a mention inside code, a reply to someone else', async () => {
    const before = channelReplies(fake.channelId).length;
    const someone = fake.message({ content: 'Who is Abdellatif Hammouchi?' });
    fake.message({ content: '@everyone Who is Abdellatif Hammouchi?' });
    fake.message({ content: `<@&${fake.guildId}> Who is Abdellatif Hammouchi?` });
    fake.message({ content: `to ask it, type \`<@${fake.botUserId}> your question\`` });
    fake.message({ content: `\`\`\`\n<@${fake.botUserId}> Who is Faisal Shahkar?\n\`\`\`` });
    fake.message({ content: 'me too', referenced_message: someone });
    await sentinel();
    expect(channelReplies(fake.channelId).length).toBe(before + 1);
  });

  it('asks Discord for no privileged intent: Message Content is off unless the operator turns it on', () => {
    const identify = fake.gatewayReceived.find((p) => p.op === 2)?.d as { intents: number };
    expect(identify.intents & Intents.MessageContent).toBe(0);
    expect(identify.intents & (Intents.Guilds | Intents.GuildMessages | Intents.DirectMessages)).toBe(Intents.Guilds | Intents.GuildMessages | Intents.DirectMessages);
  });

  it('takes a reply to one of its answers as a follow-up of that answer, even after another question', async () => {
    const kb = running.context?.engine.kb;
    const marrakech = fake.message({ content: `<@${fake.botUserId}> Who did Abdellatif Hammouchi receive in Marrakech?` });
    const first = await fake.waitFor((r) => r.path === `/channels/${fake.channelId}/messages` && r.body.message_reference?.message_id === marrakech && r.status < 300);
    const rabat = fake.message({ content: `<@${fake.botUserId}> Who did Abdellatif Hammouchi receive in Rabat?` });
    await fake.waitFor((r) => r.path === `/channels/${fake.channelId}/messages` && r.body.message_reference?.message_id === rabat && r.status < 300);
    // Discord's reply with its mention switch on (the default): the bot is pinged, so its text is delivered without Message Content.
    const followUp = fake.message({ content: 'and where was it?', referenced_message: String((first.responseBody as { id: string }).id) });
    const reply = await fake.waitFor((r) => r.path === `/channels/${fake.channelId}/messages` && r.body.message_reference?.message_id === followUp && r.status < 300);
    // The place of the meeting the replied-to answer was about, as the knowledge names it; not the later question's.
    const meeting = kb?.meetings.find((m) => m.venue);
    const venue = meeting?.venue ? kb?.entities.get(meeting.venue) : undefined;
    expect(venue).toBeDefined();
    expect(embedText(reply.body)).toContain(venue?.short?.en ?? venue?.name.en);
    expect(embedText(reply.body)).not.toMatch(/Rabat/);
  });

  it('says how to be read when a reply to it comes without its text (ping off, no Message Content), or its role is mentioned', async () => {
    const answer = replies().map((r) => r.request.responseBody as { id?: string; channel_id?: string }).find((m) => m?.channel_id === fake.channelId && m.id)?.id ?? '';
    const silent = fake.message({ content: 'and why?', referenced_message: answer, reply_ping: false });
    const notice = await fake.waitFor((r) => r.path === `/channels/${fake.channelId}/messages` && r.body.message_reference?.message_id === silent && r.status < 300);
    expect(notice.body.content).toMatch(/^I can't read this message: Discord only shows me messages that mention me\. Mention me \(the bot, not its role\)/);
    const role = fake.message({ content: `<@&${fake.botRoleId}> Who is Faisal Shahkar?` });
    const roleNotice = await fake.waitFor((r) => r.path === `/channels/${fake.channelId}/messages` && r.body.message_reference?.message_id === role && r.status < 300);
    expect(roleNotice.body.content).toMatch(/^I can't read this message/);
  });

  it('answers direct messages, mention or not', async () => {
    const id = fake.message({ content: 'Who is Faisal Shahkar?', dm: true });
    const reply = await fake.waitFor((r) => r.path === `/channels/${fake.dmChannelId}/messages` && r.body.message_reference?.message_id === id);
    expect(embedText(reply.body)).toMatch(/Shahkar/);
  });

  it('never answers a bot, itself included', async () => {
    const before = channelReplies(fake.channelId).length;
    fake.message({ content: `<@${fake.botUserId}> Who is Faisal Shahkar?`, author: { bot: true, username: 'OtherBot' } });
    // Its own replies come back over the gateway too (the fake echoes them, as Discord does).
    await sentinel();
    expect(channelReplies(fake.channelId).length).toBe(before + 1);
  });

  it('checks a message from its Apps menu, a bot\'s included: the text resolved from the interaction (no Message Content), the report private', async () => {
    const target = fake.message({ content: EXAMPLE, author: NEWS_BOT });
    const ix = fake.messageCommand(MENU, target, { locale: 'fr' });
    const cb = await ix.waitForCallback();
    expect(ix.payload['data']).toMatchObject({ type: 3, target_id: target });
    expect(cb.body.type).toBe(4);
    expect(cb.body.data.flags).toBe(64);
    const embed = cb.body.data.embeds[0];
    expect(embed.title).toBe(LABELS.fr.checkTitle);
    // The example: the place is wrong, the occasion right, the World Cup not in the coverage.
    const icons = (embed.description as string).split('\n').filter((l) => /^(\u2003↳ )?[✅❌❔] /.test(l)).map((l) => l.replace(/^\u2003↳ /, '').slice(0, 1));
    expect(icons).toEqual(['❌', '❌', '✅', '❔']);
    expect(embed.fields[0].value).toMatch(/^« .+ »$/);
    expect(cb.body.data.components[0].components[0]).toMatchObject({ label: LABELS.fr.share, custom_id: `share:fr:${target}` });
    expect(cb.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(cb.at - (ix.responses()[0]?.at ?? cb.at)).toBeLessThan(3000);
  });

  it('shares the report in the channel from its button: the same embeds, who shared it, a link to the message, no ping', async () => {
    const target = fake.message({ content: EXAMPLE, author: NEWS_BOT });
    const ix = fake.messageCommand(MENU, target, { locale: 'fr' });
    const report = (await ix.waitForCallback()).body.data;
    const privateCopy = String(ix.original()?.['id']);
    const click = fake.button(report.components[0].components[0].custom_id, { messageId: privateCopy, locale: 'fr' });
    // Acknowledged at once without touching the private copy, then the post (a follow-up), then the private copy updated.
    expect((await click.waitForCallback()).body.type).toBe(6);
    const post = await click.waitForResponse((r) => r.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(r.path) && r.status < 300);
    expect(post.body.flags ?? 0).toBe(0);
    expect(post.body.embeds).toEqual(report.embeds);
    expect(post.body.content).toBe(LABELS.fr.sharedBy(`<@${fake.userId}>`, `https://discord.com/channels/${fake.guildId}/${fake.channelId}/${target}`));
    expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(post.body.components ?? []).toEqual([]);
    const edit = await click.waitForResponse((r) => r.method === 'PATCH' && r.status < 300);
    expect(edit.path).toMatch(/\/messages\/@original$/);
    expect(edit.body).toMatchObject({ content: LABELS.fr.shared, components: [] });
    expect(fake.getMessage(privateCopy)?.['components']).toEqual([]);
    // The checked message's author appears nowhere: not named, not mentioned, not pinged.
    const author = fake.getMessage(target)?.['author'] as { id: string };
    for (const r of [...ix.responses(), ...click.responses()]) expect(JSON.stringify(r.body ?? {})).not.toContain(author.id);
    const posted = click.messages().find((m) => (Number(m['flags'] ?? 0) & 64) === 0);
    expect((posted?.['mentions'] as { id: string }[]).map((u) => u.id)).not.toContain(author.id);
  });

  it('explains privately that a message with only an image has no text to check', async () => {
    const target = fake.message({ content: '', extra: { attachments: [{ id: '1', filename: 'photo.png', size: 1024, url: 'http://127.0.0.1/photo.png', proxy_url: 'http://127.0.0.1/photo.png' }] } });
    const cb = await fake.messageCommand(MENU, target).waitForCallback();
    expect(cb.body.data).toMatchObject({ flags: 64, content: LABELS.en.checkNoText });
  });

  it('checks typed text with /check, privately', async () => {
    const cb = await fake.slash('check', { text: 'Zouev met Hammouchi in Rabat.' }).waitForCallback();
    expect(cb.body.data.flags).toBe(64);
    expect(cb.body.data.embeds[0].description).toMatch(/^✅ \*\*« Zouev met Hammouchi in Rabat »\*\* — .*\[1\]/);
    expect(cb.body.data.components[0].components[0].custom_id).toBe('share:en');
  });

  it('apologises, ephemerally, when Discord keeps failing a reply, and logs the failure without secrets', async () => {
    // discord.js tries a request 4 times on a 5xx; the apology is the fifth.
    fake.failNext({ method: 'POST', path: /\/callback$/ }, Faults.serverError(), 4);
    const ix = fake.slash('sources');
    const apology = await ix.waitForResponse((r) => r.path.endsWith('/callback') && r.status < 300);
    expect(apology.body.data.flags).toBe(64);
    // Discord's fault, not the bot's: the apology says so.
    expect(apology.body.data.content).toMatch(/^Discord is having trouble right now/);
    expect(log()).toMatch(/WARN {2}an interaction \(\/sources from \d+\): Discord kept failing \(HTTP 500\)/);
    expect(log()).not.toContain(ix.token);
  });

  it('refuses /reload, privately, to a member who cannot manage the server', async () => {
    const ix = fake.slash('reload');
    expect((await ix.waitForCallback()).body).toMatchObject({ type: 5, data: { flags: 64 } });
    const edit = await ix.waitForResponse((r) => r.method === 'PATCH' && r.status < 300);
    expect(edit.body.content).toMatch(/^Sorry: only the bot's owner/);
    expect(log()).toMatch(/WARN {2}refused \/reload from \d+/);
  });

  it('reloads for the application\'s owner, asked of Discord, even in a DM', async () => {
    const owner = fake.guilds[0]?.ownerId ?? '';
    const ix = fake.slash('reload', {}, { user: owner, dm: true });
    const edit = await ix.waitForResponse((r) => r.method === 'PATCH' && r.status < 300);
    expect(edit.body.content).toMatch(/^Knowledge reloaded: 2 articles/);
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === '/applications/@me')).toBe(true);
  });

  it('kept every reply within Discord\'s limits, without pings, and never logged the token', () => {
    const sent = replies();
    expect(sent.length).toBeGreaterThan(10);
    for (const { request, message } of sent) {
      expect(checkMessageLimits(message), `${request.method} ${request.path}`).toEqual([]);
      expect(message['allowed_mentions'], `${request.method} ${request.path}`).toMatchObject({ parse: [] });
    }
    for (const r of fake.requests.filter((q) => q.path.endsWith('/callback') && q.body?.type === 8)) expect(checkChoices(r.body.data.choices)).toEqual([]);
    expect(fake.unknownRoutes).toEqual([]);
    expect(fake.internalErrors).toEqual([]);
    expect(watch.nonLoopback()).toEqual([]);
    expect(log()).not.toContain(fake.token);
  });

  it('stops cleanly: the gateway is closed and main() finishes with 0', async () => {
    await running.stop();
    expect(await running.finished).toBe(0);
    await fake.waitUntil(() => fake.connectedShards().length === 0);
    expect(fake.gatewayCloses.at(-1)).toMatchObject({ code: 1000, by: 'client' });
  });
});

describe('the entry points, as processes', () => {
  let discord: FakeDiscord;
  beforeAll(async () => {
    discord = await startFakeDiscord();
  });
  afterAll(async () => {
    await discord?.close();
  });

  /** Runs a bin script the way its npm script does, with a clean environment pointing at the fake. */
  const run = (script: string, env: Record<string, string> = {}) => spawnScript(script, discord, env);

  it('npm run deploy-commands registers the commands globally and says so', async () => {
    const { output, exited } = run('src/bin/deploy-commands.ts');
    expect(await exited).toBe(0);
    expect(discord.commands().map((c) => c['name'])).toEqual(['ask', 'check', 'help', 'meetings', 'reload', 'sources', 'who', 'Check against the coverage']);
    expect(output.stdout).toMatch(/^Registered 8 commands \(global.*\): \/ask, \/check, \/help, \/meetings, \/reload, \/sources, \/who, Apps › Check against the coverage\n$/);
  }, 30_000);

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`npm start logs in, then on ${signal} closes the gateway and exits 0`, async () => {
      const identifies = discord.identifies;
      const { child, output, exited } = run('src/bin/start.ts');
      await discord.waitUntil(() => discord.identifies > identifies && output.stderr.includes('logged in'), 20_000, 'login');
      child.kill(signal);
      expect(await exited).toBe(0);
      expect(discord.gatewayCloses.at(-1)).toMatchObject({ code: 1000, by: 'client' });
      expect(output.stderr).toMatch(/shutting down/);
      expect(output.stderr + output.stdout).not.toContain(discord.token);
    }, 30_000);
  }

  it('npm start reloads knowledge/ on SIGHUP, naming its pid for it, and keeps running', async () => {
    const dir = copyKnowledge();
    const { child, output, exited } = run('src/bin/start.ts', { KNOWLEDGE_DIR: dir });
    await discord.waitUntil(() => output.stderr.includes(`kill -HUP ${child.pid}`), 20_000, 'login');
    addThirdArticle(dir);
    child.kill('SIGHUP');
    await discord.waitUntil(() => /INFO {2}knowledge reloaded \(SIGHUP\): 3 articles/.test(output.stderr), 10_000, 'the reload');
    editFile(dir, 'facts/lisbon.yaml', (text) => text.replace(/article: lisbon-2026-03-10/, 'article: nowhere'));
    child.kill('SIGHUP');
    await discord.waitUntil(() => /ERROR knowledge reload failed \(SIGHUP\); still answering/.test(output.stderr), 10_000, 'the failed reload');
    expect((await discord.slash('sources').waitForCallback()).body.data.embeds).toHaveLength(3);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);
});
