// The real discord.js client, wired to the dispatcher.
import { Client, Events, GatewayIntentBits, Options, Partials } from 'discord.js';
import type { BotContext } from './command.js';
import type { Config } from './config.js';
import { createDispatcher, type Dispatcher } from './dispatcher.js';
import { NO_MENTIONS } from '../render/payload.js';

/**
 * Caches stay bounded however many people use the bot: it reads each message
 * as it arrives and never looks back, and needs no member or user it is not
 * talking to right now (its own are always kept).
 */
export const CACHE_LIMITS = { messagesPerChannel: 25, membersPerGuild: 200, users: 1000 } as const;

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
    // A question deleted before its answer is sent gets the answer as a plain message instead of an error.
    failIfNotExists: false,
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: CACHE_LIMITS.messagesPerChannel,
      GuildMemberManager: { maxSize: CACHE_LIMITS.membersPerGuild, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: CACHE_LIMITS.users, keepOverLimit: (user) => user.id === user.client.user.id },
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      messages: { interval: 600, lifetime: 1800 },
    },
    ...(config.apiBase ? { rest: { api: config.apiBase } } : {}),
  });
}

export interface Connection {
  dispatcher: Dispatcher;
  /** Marks the client as closing on purpose: its connections closing is then not news. */
  closing(): void;
}

/**
 * Gateway close codes after which discord.js does not reconnect: the login
 * fails, and its error (see bot.ts) says what to fix in one line.
 */
export const FATAL_CLOSE_CODES: ReadonlySet<number> = new Set([4004, 4010, 4011, 4012, 4013, 4014]);

export function connectClient(client: Client, ctx: BotContext): Connection {
  const { log } = ctx;
  const dispatcher = createDispatcher(ctx, () => client.user?.id);
  let closing = false;
  /** Set once Discord closed the gateway for good: no "reconnecting" line, no stack, the login error says it all. */
  let refused: number | undefined;
  client.on(Events.InteractionCreate, (interaction) => void dispatcher.interaction(interaction));
  client.on(Events.MessageCreate, (message) => void dispatcher.message(message));
  client.on(Events.Error, (error) => log.error('client error', error));
  client.on(Events.Warn, (warning) => log.warn(warning));
  client.on(Events.ShardError, (error, shard) => {
    if (refused !== undefined) log.debug(`shard ${shard}: ${error.message} (close code ${refused})`);
    else log.warn(`shard ${shard}: gateway connection error; discord.js reconnects`, error);
  });
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (FATAL_CLOSE_CODES.has(event.code)) refused = event.code;
    else if (!closing) log.warn(`shard ${shard} disconnected (${event.code}); discord.js reconnects`);
  });
  client.on(Events.ShardReconnecting, (shard) => {
    if (!closing) log.info(`shard ${shard} reconnecting`);
  });
  client.on(Events.ShardResume, (shard, replayed) => log.info(`shard ${shard} resumed (${replayed} events replayed)`));
  client.on(Events.Invalidated, () => log.error('the gateway session was invalidated and cannot be resumed; restart the bot'));
  client.rest.on('rateLimited', (info) =>
    log.debug(`rate limited on ${info.method.toUpperCase()} ${info.route}${info.global ? ' (global)' : ''}: retrying in ${info.timeToReset} ms`),
  );
  return {
    dispatcher,
    closing: () => {
      closing = true;
    },
  };
}
