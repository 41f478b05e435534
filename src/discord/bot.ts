// The bot on Discord: log in, optionally register the commands, and stop cleanly.
import { once } from 'node:events';
import { Events, type Client } from 'discord.js';
import type { BotContext } from './command.js';
import { createClient, connectClient } from './client.js';
import { deployCommands } from './deploy.js';
import { StartupError } from './errors.js';

export interface RunningBot {
  client: Client;
  ctx: BotContext;
  stop(): Promise<void>;
}

function explainLoginError(error: unknown): Error {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'TokenInvalid' || (error as { status?: unknown }).status === 401) {
    return new StartupError('Discord rejected DISCORD_TOKEN.\n    fix: reset the token in the Developer Portal (your application › Bot › Reset Token) and put the new one in .env');
  }
  if (/disallowed intents/i.test(message) || code === 4014) {
    return new StartupError(
      'Discord refused the Message Content intent.\n    fix: enable it in the Developer Portal (your application › Bot › Privileged Gateway Intents › Message Content Intent), or set DISCORD_MESSAGE_CONTENT=false: mentions and DMs work without it',
    );
  }
  return error instanceof Error ? error : new Error(message);
}

export async function startBot(ctx: BotContext): Promise<RunningBot> {
  const { config, log } = ctx;
  if (!config.token) throw new StartupError('DISCORD_TOKEN is not set.\n    fix: set it in .env, or run offline with npm start -- --offline');
  const client = createClient(config);
  connectClient(client, ctx);
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
  log.info(`logged in as ${client.user?.tag ?? '?'} in ${client.guilds.cache.size} server(s)`);
  if (config.registerCommandsOnStart) {
    const deployed = await deployCommands(client.rest, config, ctx.commands.values());
    log.info(`registered /${deployed.names.join(', /')} (${deployed.scope})`);
  }
  return {
    client,
    ctx,
    async stop() {
      log.info('shutting down');
      await client.destroy();
    },
  };
}
