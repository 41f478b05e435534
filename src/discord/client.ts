// The real discord.js client, wired to the dispatcher.
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { BotContext } from './command.js';
import type { Config } from './config.js';
import { createDispatcher } from './dispatcher.js';
import { NO_MENTIONS } from '../render/payload.js';

export function createClient(config: Config): Client {
  return new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      ...(config.messageContent ? [GatewayIntentBits.MessageContent] : []),
    ],
    // DM channels are not cached until used: without this partial, a first DM never arrives.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    ...(config.apiBase ? { rest: { api: config.apiBase } } : {}),
  });
}

export function connectClient(client: Client, ctx: BotContext): void {
  const dispatcher = createDispatcher(ctx, () => client.user?.id);
  client.on(Events.InteractionCreate, (interaction) => void dispatcher.interaction(interaction));
  client.on(Events.MessageCreate, (message) => void dispatcher.message(message));
  client.on(Events.Error, (error) => ctx.log.error('client error', error));
  client.on(Events.Warn, (warning) => ctx.log.warn(warning));
  client.on(Events.ShardDisconnect, (event, shard) => ctx.log.warn(`shard ${shard} disconnected (${event.code})`));
  client.on(Events.ShardResume, (shard) => ctx.log.info(`shard ${shard} resumed`));
}
