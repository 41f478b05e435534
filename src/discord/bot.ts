// The bot on Discord: log in, optionally register the commands, and stop cleanly.
import { once } from 'node:events';
import { Events, Team, type Client } from 'discord.js';
import type { BotContext } from './command.js';
import { createClient, connectClient } from './client.js';
import type { Dispatcher } from './dispatcher.js';
import { deployCommands } from './deploy.js';
import { StartupError } from './errors.js';

export interface RunningBot {
  client: Client;
  ctx: BotContext;
  dispatcher: Dispatcher;
  /**
   * Stops taking questions, sends what was accepted (for at most
   * SHUTDOWN_GRACE_SECONDS), then closes the gateway. Resolves with the exit
   * code: 1 when accepted questions had to be dropped.
   */
  stop(): Promise<number>;
}

/** The application's owner, or the members of the team that owns it. */
async function applicationOwners(client: Client): Promise<string[]> {
  const application = await client.application?.fetch();
  const owner = application?.owner;
  if (!owner) return [];
  return owner instanceof Team ? [...owner.members.keys()] : [owner.id];
}

function explainLoginError(error: unknown): Error {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'TokenInvalid' || (error as { status?: unknown }).status === 401) {
    return new StartupError('Discord rejected DISCORD_TOKEN.\n    fix: reset the token in the Developer Portal (your application › Bot › Reset Token) and put the new one in .env');
  }
  if (/disallowed intents/i.test(message) || code === 4014) {
    // One line: what Discord refused, and where to switch it on (or how to do without).
    return new StartupError(
      'Discord refused the Message Content intent (close code 4014): enable it in the Developer Portal (your application › Bot › Privileged Gateway Intents › Message Content Intent), or set DISCORD_MESSAGE_CONTENT=false (mentions, replies that ping the bot, and DMs work without it).',
    );
  }
  return error instanceof Error ? error : new Error(message);
}

export async function startBot(ctx: BotContext): Promise<RunningBot> {
  const { config, log } = ctx;
  if (!config.token) throw new StartupError('DISCORD_TOKEN is not set.\n    fix: set it in .env, or run offline with npm start -- --offline');
  const client = createClient(config);
  const connection = connectClient(client, ctx);
  const { dispatcher } = connection;
  ctx.operators.ownersFrom(() => applicationOwners(client));
  const ready = once(client, Events.ClientReady);
  // A failed login rejects both; the login's error is the one reported.
  ready.catch(() => undefined);
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw explainLoginError(error);
  }
  const shards = client.shard ? ` as shard ${client.shard.ids.join(', ')} of ${client.shard.count}` : '';
  log.info(`logged in as ${client.user?.tag ?? '?'} in ${client.guilds.cache.size} server(s)${shards}`);
  // npm passes SIGINT and SIGTERM on to the bot, not SIGHUP: the operator needs this process's own id. (Shards are signalled by their manager.)
  if (!client.shard) log.info(`to reload knowledge/ without a restart: /reload, or kill -HUP ${process.pid}`);
  // Under the sharding manager every shard starts the same way: the first one alone registers the commands.
  if (config.registerCommandsOnStart && (!client.shard || client.shard.ids.includes(0))) {
    const deployed = await deployCommands(client.rest, config, [...ctx.commands.values(), ...ctx.messageCommands.values()]);
    log.info(`registered ${deployed.names.join(', ')} (${deployed.scope})`);
  }
  return {
    client,
    ctx,
    dispatcher,
    async stop() {
      const { requests } = dispatcher;
      const grace = config.shutdownGraceSeconds;
      log.info(requests.pending ? `shutting down: finishing the ${requests.pending} request(s) accepted, for at most ${grace} s` : 'shutting down');
      // From here new questions are turned away; those waiting out a cooldown are answered now.
      const drained = requests.drain(grace * 1000);
      ctx.cooldowns.release();
      const result = await drained;
      if (result.dropped > 0) {
        log.warn(`stopped with ${result.dropped} accepted request(s) unanswered after ${grace} s (SHUTDOWN_GRACE_SECONDS); ${result.sent} sent${result.failed ? `, ${result.failed} failed` : ''} meanwhile`);
      } else if (result.waitedFor > 0) {
        log.info(`finished the ${result.waitedFor} request(s) in progress: ${result.sent} sent${result.failed ? `, ${result.failed} failed` : ''}, none dropped`);
      }
      connection.closing();
      await client.destroy();
      await ctx.gaps.flush();
      return result.dropped > 0 ? 1 : 0;
    },
  };
}
