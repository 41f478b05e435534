// Registers the slash commands with Discord: in one guild when
// DISCORD_GUILD_ID is set (instant, for development), globally otherwise.
import type { Command } from './command.js';
import { requireClientId, type Config } from './config.js';

/** The part of @discordjs/rest's REST the deployment uses. */
export interface RestPut {
  put(route: `/${string}`, options: { body: unknown }): Promise<unknown>;
}

export interface Deployment {
  scope: string;
  route: string;
  names: string[];
}

export function commandsRoute(clientId: string, guildId?: string): `/${string}` {
  return guildId ? `/applications/${clientId}/guilds/${guildId}/commands` : `/applications/${clientId}/commands`;
}

export async function deployCommands(rest: RestPut, config: Config, commands: Iterable<Command>): Promise<Deployment> {
  const route = commandsRoute(requireClientId(config), config.guildId);
  const body = [...commands].map((c) => c.data.toJSON());
  const registered = (await rest.put(route, { body })) as { name?: string }[] | undefined;
  return {
    scope: config.guildId ? `guild ${config.guildId}` : 'global (may take up to an hour to appear)',
    route,
    names: Array.isArray(registered) ? registered.map((c) => String(c.name)) : body.map((c) => c.name),
  };
}
