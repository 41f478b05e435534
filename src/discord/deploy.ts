// Registers the slash and message commands with Discord: in one guild when
// DISCORD_GUILD_ID is set (instant, for development), globally otherwise.
import { MESSAGE_COMMAND } from './command.js';
import { requireClientId, type Config } from './config.js';

/** The part of @discordjs/rest's REST the deployment uses. */
export interface RestPut {
  put(route: `/${string}`, options: { body: unknown }): Promise<unknown>;
}

export interface Deployment {
  scope: string;
  route: string;
  /** As people find them: "/ask", and a message command by its name in its menu: "Apps › Check against the coverage". */
  names: string[];
}

export function commandsRoute(clientId: string, guildId?: string): `/${string}` {
  return guildId ? `/applications/${clientId}/guilds/${guildId}/commands` : `/applications/${clientId}/commands`;
}

/** What registering a command needs of it: its body, as its builder gives it. */
export interface Registrable {
  data: { toJSON(): { name: string; type?: number } };
}

const shown = (c: { name?: unknown; type?: unknown }) => (c.type === MESSAGE_COMMAND ? `Apps › ${String(c.name)}` : `/${String(c.name)}`);

export async function deployCommands(rest: RestPut, config: Config, commands: Iterable<Registrable>): Promise<Deployment> {
  const route = commandsRoute(requireClientId(config), config.guildId);
  const body = [...commands].map((c) => c.data.toJSON());
  const registered = (await rest.put(route, { body })) as { name?: string; type?: number }[] | undefined;
  return {
    scope: config.guildId ? `guild ${config.guildId}` : 'global (may take up to an hour to appear)',
    route,
    names: (Array.isArray(registered) ? registered : body).map(shown),
  };
}
