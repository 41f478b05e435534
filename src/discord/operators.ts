// Who may operate the bot (/reload): the application's owner or the members
// of its team, the users listed in BOT_OWNER_IDS, and in a server, members
// with the Manage Server permission.

/** Discord's Manage Server permission bit (PermissionFlagsBits.ManageGuild). */
export const MANAGE_GUILD = 1n << 5n;

/** The part of discord.js's PermissionsBitField used (it counts Administrator as every permission). */
export interface PermissionsLike {
  has(permission: bigint): boolean;
}

export interface Operators {
  allows(userId: string, permissions: PermissionsLike | null | undefined): Promise<boolean>;
  /** Where the application's owners come from (the Discord client, once logged in). */
  ownersFrom(fetch: () => Promise<readonly string[]>): void;
}

/** Application owners are asked for once, then again after this long (ownership can change). */
const OWNERS_TTL_MS = 10 * 60_000;

export interface OperatorOptions {
  /** BOT_OWNER_IDS. */
  ownerIds: readonly string[];
  /** The application's owner, or its team's members (client.application.fetch()); absent offline. */
  fetchOwners?: () => Promise<readonly string[]>;
  onError?: (error: unknown) => void;
  now?: () => number;
}

export function createOperators(options: OperatorOptions): Operators {
  const now = options.now ?? Date.now;
  let cached: { ids: readonly string[]; at: number } | undefined;
  let fetchOwners = options.fetchOwners;

  async function owners(): Promise<readonly string[]> {
    if (!fetchOwners) return [];
    if (cached && now() - cached.at < OWNERS_TTL_MS) return cached.ids;
    try {
      cached = { ids: await fetchOwners(), at: now() };
      return cached.ids;
    } catch (error) {
      options.onError?.(error);
      // Ask again next time rather than remember a failure.
      return cached?.ids ?? [];
    }
  }

  return {
    async allows(userId, permissions) {
      if (options.ownerIds.includes(userId)) return true;
      if (permissions?.has(MANAGE_GUILD)) return true;
      return (await owners()).includes(userId);
    },
    ownersFrom(fetch) {
      fetchOwners = fetch;
      cached = undefined;
    },
  };
}
