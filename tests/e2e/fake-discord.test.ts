/**
 * Self-test of the fake Discord (tests/support/fake-discord.ts) against a real discord.js v14 client.
 */
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ActionRowBuilder,
  ApplicationCommandType,
  ButtonBuilder,
  ButtonStyle,
  Client,
  ContextMenuCommandBuilder,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  Partials,
  SlashCommandBuilder,
  type ClientOptions,
  type Interaction,
  type Message,
} from 'discord.js';
import { Faults, rateLimited, startFakeDiscord, type FakeDiscord } from '../support/fake-discord.js';
import { watchOutboundConnections, type OutboundWatch } from '../support/network-guard.js';

const INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
  GatewayIntentBits.MessageContent,
];

/** No-op identify throttler: lets a shard re-IDENTIFY at once instead of waiting @discordjs/ws's 5 s window. */
const noIdentifyThrottle = { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) };

async function connect(fake: FakeDiscord, extra: Partial<ClientOptions> = {}): Promise<Client> {
  const client = new Client({
    intents: INTENTS,
    partials: [Partials.Channel],
    rest: { api: fake.apiBase },
    ...extra,
  });
  const ready = once(client, Events.ClientReady);
  await client.login(fake.token);
  await ready;
  return client;
}

/** Errors thrown inside the bot's handlers, so tests can assert on them instead of crashing. */
const handlerErrors: unknown[] = [];

/** A tiny bot used by the tests. */
function installBot(client: Client): void {
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    void (async () => {
      if (interaction.isAutocomplete()) {
        const typed = interaction.options.getFocused();
        await interaction.respond(['alpha', 'beta', 'gamma'].filter((c) => c.startsWith(typed)).map((c) => ({ name: c, value: c })));
        return;
      }
      if (interaction.isButton()) {
        await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
        return;
      }
      if (interaction.isMessageContextMenuCommand()) {
        const target = interaction.targetMessage;
        await interaction.reply({ content: `${interaction.commandName} on ${target.id} by ${target.author.id}: ${target.content}`, flags: 64 });
        return;
      }
      if (!interaction.isChatInputCommand()) return;
      switch (interaction.commandName) {
        case 'ping':
          await interaction.reply({ content: `pong from ${interaction.guild?.name ?? 'DM'}` });
          break;
        case 'ask':
          await interaction.reply(`you asked: ${interaction.options.getString('question', true)} (n=${interaction.options.getInteger('n') ?? 0})`);
          break;
        case 'slow':
          await interaction.deferReply();
          await interaction.editReply('done thinking');
          await interaction.followUp({ content: 'a follow-up', flags: 64 });
          break;
        case 'withresp': {
          const res = await interaction.reply({ content: 'with response', withResponse: true });
          await interaction.followUp(`resource message ${res.resource?.message?.content ?? 'missing'} ${res.interaction.responseMessageId ?? ''}`);
          break;
        }
        case 'file':
          await interaction.reply({ content: 'here', files: [{ attachment: Buffer.from('hello file'), name: 'hello.txt' }] });
          break;
        case 'buttons': {
          const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
            new ButtonBuilder().setCustomId('confirm').setLabel('OK').setStyle(ButtonStyle.Primary),
          );
          await interaction.reply({ content: 'confirm?', components: [row] });
          break;
        }
      }
    })().catch((e: unknown) => handlerErrors.push(e));
  });
  client.on(Events.MessageCreate, (message: Message) => {
    if (message.author.bot) return;
    void (async () => {
      if (message.content === '!hi') await message.reply('hello there');
      if (message.content === '!long') await message.reply('x'.repeat(2001));
    })().catch((e: unknown) => handlerErrors.push(e));
  });
}

describe('fake Discord with one shard', () => {
  let fake: FakeDiscord;
  let client: Client;
  let watch: OutboundWatch;

  beforeAll(async () => {
    watch = watchOutboundConnections();
    fake = await startFakeDiscord();
    client = await connect(fake);
    installBot(client);
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
    watch?.stop();
  });

  beforeEach(() => {
    fake.reset();
    handlerErrors.length = 0;
  });

  it('logs in using only the fake (REST base, gateway URL, token)', () => {
    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(fake.botUserId);
    expect(client.application?.id).toBe(fake.applicationId);
    expect(Buffer.from(fake.token.split('.')[0] ?? '', 'base64').toString()).toBe(fake.botUserId);
    expect(client.ws.gateway).toBe(`${fake.gatewayUrl}/`);
    const guild = client.guilds.cache.get(fake.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.get(fake.channelId)?.isTextBased()).toBe(true);
    expect(guild?.members.cache.has(fake.botUserId)).toBe(true);
    expect(guild?.members.cache.has(fake.userId)).toBe(true);
    expect(guild?.roles.everyone.id).toBe(fake.guildId);
    expect(guild?.members.me?.permissions.has('SendMessages')).toBe(true);
    expect(fake.identifies).toBe(1);
    expect(fake.connections).toBe(1);
  });

  it('registers commands and answers a slash command (callback body recorded)', async () => {
    const registered = await client.application?.commands.set([
      new SlashCommandBuilder().setName('ping').setDescription('Ping'),
      new SlashCommandBuilder()
        .setName('ask')
        .setDescription('Ask')
        .addStringOption((o) => o.setName('question').setDescription('Q').setRequired(true).setAutocomplete(true))
        .addIntegerOption((o) => o.setName('n').setDescription('N')),
    ]);
    expect(registered?.size).toBe(2);
    expect(fake.commands().map((c) => c['name'])).toEqual(['ping', 'ask']);
    expect(registered?.find((c) => c.name === 'ping')?.id).toBe(fake.commands()[0]?.['id']);
    const put = fake.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/applications/${fake.applicationId}/commands`);
    expect(put?.headers['authorization']).toBe(`Bot ${fake.token}`);

    await client.guilds.cache.get(fake.guildId)?.commands.set([{ name: 'guildonly', description: 'Guild command' }]);
    expect(fake.commands(fake.guildId)).toMatchObject([{ name: 'guildonly', guild_id: fake.guildId }]);

    const ix = fake.slash('ping');
    const cb = await ix.waitForCallback();
    expect(cb.path).toBe(`/interactions/${ix.id}/${ix.token}/callback`);
    expect(cb.body).toMatchObject({ type: 4, data: { content: 'pong from Fake Guild' } });
    expect(cb.query['with_response']).toBe('false');
    expect(await ix.callback).toBe(cb);
    expect(ix.original()?.['content']).toBe('pong from Fake Guild');

    // Record options take their types from the registered command (n is an integer option).
    const ask = fake.slash('ask', { question: 'why?', n: 3 });
    expect((await ask.waitForCallback()).body.data.content).toBe('you asked: why? (n=3)');
    expect(handlerErrors).toEqual([]);
  });

  it('registers a message command and dispatches it on a message, resolved whole (as Discord does, content included)', async () => {
    await client.application?.commands.set([new ContextMenuCommandBuilder().setName('Quote It').setType(ApplicationCommandType.Message)]);
    expect(fake.commands()).toMatchObject([{ name: 'Quote It', type: 3 }]);
    const target = fake.message({ content: 'something worth quoting', author: { bot: true, username: 'other-bot' } });
    const ix = fake.messageCommand('Quote It', target);
    expect(ix.payload['data']).toMatchObject({ id: fake.commands()[0]?.['id'], name: 'Quote It', type: 3, target_id: target });
    const author = (fake.getMessage(target)?.['author'] as { id: string }).id;
    expect((await ix.waitForCallback()).body.data).toMatchObject({ content: `Quote It on ${target} by ${author}: something worth quoting`, flags: 64 });
    // Discord refuses a description or options on a message command.
    const refused = await client.application?.commands.set([{ name: 'Bad', type: ApplicationCommandType.Message, description: 'no' } as never]).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DiscordAPIError);
    expect((refused as DiscordAPIError).code).toBe(50035);
    expect(handlerErrors).toEqual([]);
  });

  it('handles deferReply + editReply + ephemeral followUp', async () => {
    const ix = fake.slash('slow');
    const edit = await ix.waitForResponse((r) => r.method === 'PATCH');
    expect(edit.path).toBe(`/webhooks/${fake.applicationId}/${ix.token}/messages/@original`);
    expect(edit.body.content).toBe('done thinking');
    const follow = await ix.waitForResponse((r) => r.method === 'POST' && r.path === `/webhooks/${fake.applicationId}/${ix.token}`);
    expect(follow.body).toMatchObject({ content: 'a follow-up', flags: 64 });
    expect(follow.query['wait']).toBe('true');
    expect(ix.responses().map((r) => `${r.method} ${r.status}`)).toEqual(['POST 204', 'PATCH 200', 'POST 200']);
    expect((await ix.callback).body).toMatchObject({ type: 5 });
    expect(ix.original()?.['content']).toBe('done thinking');
    expect(ix.messages()).toHaveLength(2);
  });

  it('answers autocomplete and button interactions', async () => {
    const ac = fake.autocomplete('ask', { question: 'g' });
    expect((await ac.waitForCallback()).body).toEqual({ type: 8, data: { choices: [{ name: 'gamma', value: 'gamma' }] } });

    const ix = fake.slash('buttons');
    await ix.waitForCallback();
    const click = fake.button('confirm');
    expect(click.payload['message']).toMatchObject({ id: ix.original()?.['id'] });
    const cb = await click.waitForCallback();
    expect(cb.body).toMatchObject({ type: 7, data: { content: 'clicked confirm', components: [] } });
    expect(fake.getMessage(String(ix.original()?.['id']))?.['content']).toBe('clicked confirm');
  });

  it('answers with_response=true callbacks with an interaction callback response', async () => {
    const ix = fake.slash('withresp');
    const cb = await ix.waitForCallback();
    expect(cb.query['with_response']).toBe('true');
    const follow = await ix.waitForResponse((r) => r.path === `/webhooks/${fake.applicationId}/${ix.token}`);
    expect(follow.body.content).toBe(`resource message with response ${String(ix.original()?.['id'])}`);
  });

  it('parses multipart/form-data bodies (payload_json + files)', async () => {
    const cb = await fake.slash('file').waitForCallback();
    expect(cb.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(cb.body).toMatchObject({ type: 4, data: { content: 'here' } });
    expect(cb.files).toHaveLength(1);
    expect(cb.files[0]?.filename).toBe('hello.txt');
    expect(cb.files[0]?.data.toString()).toBe('hello file');
  });

  it('delivers MESSAGE_CREATE (guild and DM) and records message.reply', async () => {
    const id = fake.message({ content: '!hi' });
    const reply = await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${fake.channelId}/messages`);
    expect(reply.body).toMatchObject({ content: 'hello there', message_reference: { message_id: id } });
    expect(fake.messagesIn(fake.channelId)).toHaveLength(1);
    expect(fake.sent).toHaveLength(1);

    const dmId = fake.message({ content: '!hi', dm: true });
    const dmReply = await fake.waitFor((r) => r.path === `/channels/${fake.dmChannelId}/messages`);
    expect(dmReply.body.message_reference.message_id).toBe(dmId);
    expect(fake.channelMessages(fake.dmChannelId).map((m) => m['content'])).toEqual(['!hi', 'hello there']);
  });

  it('rejects an over-long message with Discord\'s 50035 error', async () => {
    fake.message({ content: '!long' });
    const r = await fake.waitFor((q) => q.path === `/channels/${fake.channelId}/messages`);
    expect(r.status).toBe(400);
    expect(r.responseBody).toMatchObject({ code: 50035, errors: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } });
    await fake.waitUntil(() => handlerErrors.length > 0);
    expect(handlerErrors[0]).toBeInstanceOf(DiscordAPIError);
    expect((handlerErrors[0] as DiscordAPIError).code).toBe(50035);
  });

  it('retries an interaction callback after a 429', async () => {
    fake.failNext({ method: 'POST', path: /\/callback$/ }, rateLimited(0.1));
    const ix = fake.slash('ping');
    const cb = await ix.waitForCallback();
    const attempts = ix.responses().filter((r) => r.path.endsWith('/callback'));
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(attempts[0]?.faulted).toBe(true);
    // @discordjs/rest sleeps Retry-After (+50 ms offset) before retrying.
    expect(cb.at - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(100);
    expect(cb.body.data.content).toBe('pong from Fake Guild');
  });

  it('surfaces 10062 Unknown interaction and 403 Missing Permissions to the bot', async () => {
    fake.failNext({ method: 'POST', path: /\/callback$/ }, Faults.unknownInteraction());
    const ix = fake.slash('ping');
    await ix.waitForResponse((r) => r.status === 404);
    await fake.waitUntil(() => handlerErrors.length === 1);
    expect((handlerErrors[0] as DiscordAPIError).code).toBe(10062);

    fake.failNext({ path: /^\/channels\/\d+\/messages$/ }, Faults.missingPermissions());
    const channel = await client.channels.fetch(fake.channelId);
    if (!channel?.isSendable()) throw new Error('channel not sendable');
    const err = await channel.send('hi').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DiscordAPIError);
    expect((err as DiscordAPIError).code).toBe(50013);
    expect((err as DiscordAPIError).status).toBe(403);
  });

  it('delays responses with delay()', async () => {
    const remove = fake.delay({ method: 'POST', path: /\/callback$/ }, 150);
    const t0 = performance.now();
    await fake.slash('ping').waitForCallback();
    expect(performance.now() - t0).toBeGreaterThanOrEqual(150);
    remove();
  });

  it('survives dropGateway: RESUMEs and replays an interaction sent while disconnected', async () => {
    const identifies = fake.identifies;
    const closed = await fake.dropGateway();
    expect(closed).toBe(1);
    const ix = fake.slash('ping'); // buffered in the session, replayed on RESUME
    await fake.waitUntil(() => fake.resumes === 1, 5000, 'RESUME');
    expect((await ix.waitForCallback()).body.data.content).toBe('pong from Fake Guild');
    expect(fake.identifies).toBe(identifies);
    expect(fake.connections).toBe(2);
    expect(fake.gatewayCloses[0]).toMatchObject({ code: 4000, by: 'server' });
    // discord.js resumed at resume_gateway_url.
    expect(fake.gatewayConnections.map((c) => c.url)).toEqual(['/resume?v=10&encoding=json']);
    expect(fake.gatewayReceived.find((p) => p.op === 6)?.d).toMatchObject({ session_id: expect.any(String), seq: expect.any(Number) });
    expect((await fake.slash('ping').waitForCallback()).status).toBe(204);
  });

  it('RESUMEs after an op 7 RECONNECT', async () => {
    const resumes = fake.resumes;
    fake.requestReconnect();
    await fake.waitUntil(() => fake.resumes === resumes + 1, 5000, 'RESUME');
    expect(fake.gatewayCloses.at(-1)).toMatchObject({ code: 4200, by: 'client' });
    expect((await fake.slash('ping').waitForCallback()).status).toBe(204);
  });

  it('has made no connection outside 127.0.0.1 and hit no unknown route', () => {
    expect(watch.seen.length).toBeGreaterThan(0);
    expect(watch.nonLoopback()).toEqual([]);
    expect(fake.unknownRoutes).toEqual([]);
    expect(fake.internalErrors).toEqual([]);
  });

  it('client.destroy() closes the gateway cleanly with 1000', async () => {
    await client.destroy();
    await fake.waitUntil(() => fake.connectedShards().length === 0);
    expect(fake.gatewayCloses.at(-1)).toMatchObject({ code: 1000, by: 'client' });
  });
});

describe('fake Discord gateway edge cases', () => {
  it('re-IDENTIFYs when the session is invalidated', async () => {
    const fake = await startFakeDiscord();
    const client = await connect(fake, { ws: noIdentifyThrottle });
    installBot(client);
    try {
      await fake.dropGateway(4000, { invalidate: true });
      await fake.waitUntil(() => fake.identifies === 2, 5000, 'second IDENTIFY');
      expect(fake.gatewayReceived.filter((p) => p.op === 6)).toHaveLength(1); // tried to RESUME first
      expect((await fake.slash('ping').waitForCallback()).body.data.content).toBe('pong from Fake Guild');
    } finally {
      await client.destroy();
      await fake.close();
    }
  });

  it('RESUMEs when heartbeats stop being acknowledged (zombie connection)', async () => {
    const fake = await startFakeDiscord({ heartbeatIntervalMs: 100 });
    const client = await connect(fake);
    installBot(client);
    try {
      await fake.waitUntil(() => fake.heartbeats >= 1, 3000, 'first heartbeat');
      fake.ackHeartbeats = false;
      await fake.waitUntil(() => fake.resumes === 1, 5000, 'RESUME after zombie');
      fake.ackHeartbeats = true;
      expect(fake.identifies).toBe(1);
      expect((await fake.slash('ping').waitForCallback()).status).toBe(204);
    } finally {
      await client.destroy();
      await fake.close();
    }
  });

  it('two shards both become ready, each with its guild; heartbeats are acknowledged', async () => {
    const fake = await startFakeDiscord({ shards: 2, guilds: 2, heartbeatIntervalMs: 100 });
    const shardReady: number[] = [];
    const client = new Client({ intents: INTENTS, partials: [Partials.Channel], rest: { api: fake.apiBase }, shards: [0, 1], shardCount: 2 });
    client.on(Events.ShardReady, (id) => shardReady.push(id));
    const raw: Array<{ t: unknown; shard: number }> = [];
    client.on(Events.Raw, (packet: { t?: unknown }, shard: number) => raw.push({ t: packet.t, shard }));
    installBot(client);
    const ready = once(client, Events.ClientReady);
    try {
      await client.login(fake.token);
      await ready;
      expect(shardReady.sort()).toEqual([0, 1]);
      expect(fake.identifies).toBe(2);
      const [g0, g1] = fake.guilds;
      expect(client.guilds.cache.get(g0?.id ?? '')?.shardId).toBe(0);
      expect(client.guilds.cache.get(g1?.id ?? '')?.shardId).toBe(1);

      const ix = fake.slash('ping', [], { guildId: g1?.id });
      expect((await ix.waitForCallback()).body.data.content).toBe('pong from Fake Guild 2');
      expect(raw.find((p) => p.t === 'INTERACTION_CREATE')?.shard).toBe(1);

      await fake.slash('ping', [], { dm: true }).waitForCallback();
      expect(raw.filter((p) => p.t === 'INTERACTION_CREATE').map((p) => p.shard)).toEqual([1, 0]);

      await fake.waitUntil(() => fake.heartbeats >= 2 && client.ws.ping >= 0, 3000, 'heartbeats');
      expect(fake.unknownRoutes).toEqual([]);
    } finally {
      await client.destroy();
      await fake.close();
    }
  });

  it('uses the recommended shard count only with shards: "auto" (discord.js defaults to 1 shard)', async () => {
    const fake = await startFakeDiscord({ shards: 2, guilds: 3 });
    try {
      const auto = await connect(fake, { shards: 'auto' });
      expect(auto.ws.shards.size).toBe(2);
      expect(auto.guilds.cache.size).toBe(3);
      expect(auto.guilds.cache.map((g) => g.shardId).sort()).toEqual([0, 0, 1]);
      await auto.destroy();

      const single = await connect(fake);
      expect(single.ws.shards.size).toBe(1);
      expect(single.guilds.cache.map((g) => g.shardId)).toEqual([0, 0, 0]);
      await single.destroy();
    } finally {
      await fake.close();
    }
  });

  it('blanks message content without the MessageContent intent (unless the bot is mentioned)', async () => {
    const fake = await startFakeDiscord();
    const client = await connect(fake, { intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });
    const seen: string[] = [];
    client.on(Events.MessageCreate, (m) => {
      if (!m.author.bot) seen.push(m.content);
    });
    try {
      fake.message({ content: 'secret' });
      fake.message({ content: `<@${fake.botUserId}> hello` });
      await fake.waitUntil(() => seen.length === 2);
      expect(seen).toEqual(['', `<@${fake.botUserId}> hello`]);
    } finally {
      await client.destroy();
      await fake.close();
    }
  });
});
