/**
 * Data model for the fake Discord used in end-to-end tests: snowflakes, the
 * JSON shapes Discord sends (users, guilds, channels, members, messages) and
 * the request validations Discord applies to message payloads.
 *
 * Everything here is plain data; the server lives in `fake-discord.ts`.
 *
 * @module
 */

/** Discord's epoch (2015-01-01T00:00:00.000Z) in milliseconds. */
export const DISCORD_EPOCH = 1_420_070_400_000n;

/** A loosely typed JSON object, as Discord sends and receives them. */
export type JsonObject = Record<string, unknown>;

/**
 * Least common multiple of 1..16. Guild snowflakes are built on a timestamp that
 * is a multiple of it, so that guild number `i` lands on shard `i % n` for every
 * shard count `n` from 1 to 16 (Discord routes a guild to shard
 * `(guild_id >> 22) % shard_count`).
 */
const SHARD_ALIGNMENT = 720_720n;

let increment = 0n;

/**
 * Makes a snowflake for the given time (ms since the Unix epoch, default now).
 * Snowflakes made here are 18–19 digits long, like real ones, which matters:
 * `@discordjs/rest` only recognises 17–19 digit ids as rate-limit major parameters.
 */
export function snowflake(timestampMs: number | bigint = Date.now()): string {
  const ts = BigInt(timestampMs) - DISCORD_EPOCH;
  increment = (increment + 1n) & 0xfffn;
  return ((ts << 22n) | (1n << 17n) | increment).toString();
}

/** Timestamp (ms since Unix epoch) encoded in a snowflake. */
export function snowflakeTimestamp(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** The shard that Discord routes a guild's events to: `(guild_id >> 22) % shardCount`. */
export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(Math.max(1, shardCount)));
}

/**
 * Snowflake for the `index`-th fake guild: guild `i` goes to shard `i % n` for any
 * shard count n in 1..16, so guild 0 is always on shard 0.
 */
export function guildSnowflake(index: number): string {
  // About 2024-02 (400_000 * 720_720 ms after the Discord epoch).
  const base = SHARD_ALIGNMENT * 400_000n;
  return ((base + BigInt(index)) << 22n).toString();
}

/** Base64 without padding, as used in the first segment of a bot token. */
export function tokenSegmentForId(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64').replace(/=+$/, '');
}

/** Builds a syntactically valid bot token whose first segment decodes to `botId`. */
export function makeFakeToken(botId: string): string {
  return `${tokenSegmentForId(botId)}.GfAkE0.${'fake-discord-e2e-token_'.padEnd(38, 'x')}`;
}

/** ISO timestamp of a snowflake. */
export function isoFromSnowflake(id: string): string {
  return new Date(snowflakeTimestamp(id)).toISOString();
}

// ---------------------------------------------------------------------------
// Permissions
// ---------------------------------------------------------------------------

/** Permission bits used by the fixtures (subset of Discord's PermissionFlagsBits). */
export const Perm = {
  CreateInstantInvite: 1n << 0n,
  Administrator: 1n << 3n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  Connect: 1n << 20n,
  Speak: 1n << 21n,
  ChangeNickname: 1n << 26n,
  UseApplicationCommands: 1n << 31n,
  CreatePublicThreads: 1n << 35n,
  SendMessagesInThreads: 1n << 38n,
} as const;

/** Permissions of the @everyone role in the fake guilds (close to Discord's defaults). */
export const DEFAULT_EVERYONE_PERMISSIONS = (
  Perm.CreateInstantInvite |
  Perm.AddReactions |
  Perm.ViewChannel |
  Perm.SendMessages |
  Perm.EmbedLinks |
  Perm.AttachFiles |
  Perm.ReadMessageHistory |
  Perm.MentionEveryone |
  Perm.UseExternalEmojis |
  Perm.Connect |
  Perm.Speak |
  Perm.ChangeNickname |
  Perm.UseApplicationCommands |
  Perm.CreatePublicThreads |
  Perm.SendMessagesInThreads
).toString();

/** Permissions of the bot's managed role in the fake guilds (no Administrator). */
export const DEFAULT_BOT_PERMISSIONS = (
  Perm.AddReactions |
  Perm.ViewChannel |
  Perm.SendMessages |
  Perm.EmbedLinks |
  Perm.AttachFiles |
  Perm.ReadMessageHistory |
  Perm.UseExternalEmojis |
  Perm.UseApplicationCommands |
  Perm.SendMessagesInThreads
).toString();

// ---------------------------------------------------------------------------
// Entities
// ---------------------------------------------------------------------------

/** A Discord user as the fake stores it (serialised as an API user object). */
export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: string | null;
  bot?: boolean;
  system?: boolean;
  public_flags?: number;
}

/** A guild as the fake stores it. */
export interface FakeGuild {
  /** Guild id (also the id of its @everyone role). */
  id: string;
  name: string;
  /** Its main text channel ("general"). */
  channelId: string;
  /** A second text channel ("random"), handy for "wrong channel" tests. */
  otherChannelId: string;
  /** The bot's managed role. */
  botRoleId: string;
  ownerId: string;
  joinedAt: string;
  everyonePermissions: string;
  botPermissions: string;
  /** Members by user id (role ids, nick, joined_at). */
  members: Map<string, FakeMember>;
}

/** A guild member as the fake stores it (the user lives in the user table). */
export interface FakeMember {
  userId: string;
  roles: string[];
  nick: string | null;
  joined_at: string;
}

/** Serialises a user. */
export function apiUser(u: FakeUser): JsonObject {
  const out: JsonObject = {
    id: u.id,
    username: u.username,
    global_name: u.global_name,
    discriminator: u.discriminator,
    avatar: u.avatar,
    public_flags: u.public_flags ?? 0,
    flags: u.public_flags ?? 0,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
  };
  if (u.bot) out['bot'] = true;
  if (u.system) out['system'] = true;
  return out;
}

/** Serialises a member without its user (as in MESSAGE_CREATE's `member`). */
export function apiMemberPartial(m: FakeMember): JsonObject {
  return {
    roles: [...m.roles],
    nick: m.nick,
    avatar: null,
    banner: null,
    joined_at: m.joined_at,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
}

/** Serialises a member with its user. */
export function apiMember(m: FakeMember, user: FakeUser): JsonObject {
  return { ...apiMemberPartial(m), user: apiUser(user) };
}

/** Serialises a guild text channel. */
export function apiTextChannel(id: string, guildId: string, name: string, position: number): JsonObject {
  return {
    id,
    type: 0,
    guild_id: guildId,
    name,
    position,
    permission_overwrites: [],
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    parent_id: null,
    last_pin_timestamp: null,
    flags: 0,
  };
}

/** Serialises a DM channel. */
export function apiDmChannel(id: string, recipient: FakeUser): JsonObject {
  return { id, type: 1, last_message_id: null, flags: 0, recipients: [apiUser(recipient)] };
}

/** Serialises a role. */
export function apiRole(
  id: string,
  name: string,
  permissions: string,
  position: number,
  extra: JsonObject = {},
): JsonObject {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions,
    managed: false,
    mentionable: false,
    flags: 0,
    ...extra,
  };
}

/** Computes a member's guild-level permissions (string bitfield). */
export function memberPermissions(guild: FakeGuild, member: FakeMember | undefined): string {
  if (member && member.userId === guild.ownerId) return allPermissions();
  let bits = BigInt(guild.everyonePermissions);
  if (member?.roles.includes(guild.botRoleId)) bits |= BigInt(guild.botPermissions);
  if ((bits & Perm.Administrator) !== 0n) return allPermissions();
  return bits.toString();
}

function allPermissions(): string {
  return ((1n << 51n) - 1n).toString();
}

// ---------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------

/** A file received in a multipart request. */
export interface RecordedFile {
  /** The multipart field name, e.g. `files[0]`. */
  field: string;
  filename: string;
  contentType: string;
  size: number;
  /** The file's bytes. */
  data: Buffer;
}

/** Parses `<@id>`, `<@!id>` and `<@&id>` mentions and `@everyone`/`@here` out of content. */
export function parseMentions(content: string): { users: string[]; roles: string[]; everyone: boolean } {
  // Like Discord, a mention inside a code block or inline code is text: it notifies no one.
  const text = content.replace(/```[\s\S]*?```|``[^`\n][\s\S]*?``|`[^`\n]+`/g, ' ');
  const users = [...text.matchAll(/<@!?(\d{15,21})>/g)].map((m) => m[1] ?? '');
  const roles = [...text.matchAll(/<@&(\d{15,21})>/g)].map((m) => m[1] ?? '');
  return {
    users: [...new Set(users)],
    roles: [...new Set(roles)],
    everyone: /@(everyone|here)\b/.test(text),
  };
}

/** Attachment objects for uploaded files, as Discord would return them. */
export function attachmentsFor(files: readonly RecordedFile[], baseUrl: string, channelId: string): JsonObject[] {
  return files.map((f) => {
    const id = snowflake();
    return {
      id,
      filename: f.filename,
      size: f.size,
      url: `${baseUrl}/attachments/${channelId}/${id}/${f.filename}`,
      proxy_url: `${baseUrl}/attachments/${channelId}/${id}/${f.filename}`,
      content_type: f.contentType,
    };
  });
}

// ---------------------------------------------------------------------------
// Validation (a subset of what Discord enforces, with Discord's error shapes)
// ---------------------------------------------------------------------------

/** A Discord API error body. */
export interface DiscordErrorBody {
  code: number;
  message: string;
  errors?: JsonObject;
}

/** An HTTP error decided by a route handler. */
export interface HttpError {
  status: number;
  body: DiscordErrorBody;
}

function fieldError(path: string[], code: string, message: string): JsonObject {
  let node: JsonObject = { _errors: [{ code, message }] };
  for (let i = path.length - 1; i >= 0; i--) node = { [path[i] ?? '']: node };
  return node;
}

/** Builds Discord's 400 "Invalid Form Body" (code 50035) error for one field. */
export function invalidFormBody(path: string[], code: string, message: string): HttpError {
  return {
    status: 400,
    body: { code: 50035, message: 'Invalid Form Body', errors: fieldError(path, code, message) },
  };
}

/** Common Discord JSON error bodies. */
export const DiscordErrors = {
  unknownChannel: { code: 10003, message: 'Unknown Channel' },
  unknownGuild: { code: 10004, message: 'Unknown Guild' },
  unknownMessage: { code: 10008, message: 'Unknown Message' },
  unknownUser: { code: 10013, message: 'Unknown User' },
  unknownWebhook: { code: 10015, message: 'Unknown Webhook' },
  unknownApplication: { code: 10002, message: 'Unknown Application' },
  unknownMember: { code: 10007, message: 'Unknown Member' },
  unknownCommand: { code: 10063, message: 'Unknown application command' },
  unknownInteraction: { code: 10062, message: 'Unknown interaction' },
  alreadyAcknowledged: { code: 40060, message: 'Interaction has already been acknowledged.' },
  emptyMessage: { code: 50006, message: 'Cannot send an empty message' },
  missingPermissions: { code: 50013, message: 'Missing Permissions' },
  missingAccess: { code: 50001, message: 'Missing Access' },
  unauthorized: { code: 0, message: '401: Unauthorized' },
  notFound: { code: 0, message: '404: Not Found' },
} as const satisfies Record<string, DiscordErrorBody>;

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function len(v: unknown): number {
  return typeof v === 'string' ? [...v].length : 0;
}

/**
 * Validates a message create/edit payload as Discord does (lengths, embed limits,
 * empty messages). `path` prefixes error paths (e.g. `['data']` for interaction
 * callbacks). Returns `null` when valid.
 */
export function validateMessagePayload(
  body: JsonObject,
  opts: { path?: string[]; create: boolean; fileCount: number },
): HttpError | null {
  const p = opts.path ?? [];
  const content = body['content'];
  if (content !== undefined && content !== null && typeof content !== 'string') {
    return invalidFormBody([...p, 'content'], 'BASE_TYPE_STRING', 'Must be a string.');
  }
  if (len(content) > 2000) {
    return invalidFormBody([...p, 'content'], 'BASE_TYPE_MAX_LENGTH', 'Must be 2000 or fewer in length.');
  }
  const embeds = body['embeds'];
  if (embeds !== undefined && embeds !== null) {
    if (!Array.isArray(embeds)) return invalidFormBody([...p, 'embeds'], 'BASE_TYPE_ARRAY', 'Must be an array.');
    if (embeds.length > 10) {
      return invalidFormBody([...p, 'embeds'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
    }
    let total = 0;
    for (const [i, raw] of embeds.entries()) {
      const e = (raw ?? {}) as JsonObject;
      const ep = [...p, 'embeds', String(i)];
      const checks: Array<[string[], unknown, number]> = [
        [['title'], e['title'], 256],
        [['description'], e['description'], 4096],
        [['footer', 'text'], (e['footer'] as JsonObject | undefined)?.['text'], 2048],
        [['author', 'name'], (e['author'] as JsonObject | undefined)?.['name'], 256],
      ];
      const fields = Array.isArray(e['fields']) ? (e['fields'] as JsonObject[]) : [];
      if (fields.length > 25) {
        return invalidFormBody([...ep, 'fields'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      }
      fields.forEach((f, j) => {
        checks.push([['fields', String(j), 'name'], f['name'], 256]);
        checks.push([['fields', String(j), 'value'], f['value'], 1024]);
      });
      for (const [sub, value, max] of checks) {
        total += len(value);
        if (len(value) > max) {
          return invalidFormBody([...ep, ...sub], 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
        }
      }
      for (const f of fields) {
        if (len(f['name']) === 0 || len(f['value']) === 0) {
          return invalidFormBody([...ep, 'fields'], 'BASE_TYPE_REQUIRED', 'This field is required');
        }
      }
    }
    if (total > 6000) {
      return invalidFormBody([...p, 'embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
    }
  }
  const components = body['components'];
  if (Array.isArray(components) && components.length > 5 && (Number(body['flags'] ?? 0) & (1 << 15)) === 0) {
    return invalidFormBody([...p, 'components'], 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
  }
  if (opts.create) {
    const hasContent = len(content) > 0;
    const hasEmbeds = Array.isArray(embeds) && embeds.length > 0;
    const hasComponents = Array.isArray(components) && components.length > 0;
    const hasStickers = Array.isArray(body['sticker_ids']) && (body['sticker_ids'] as unknown[]).length > 0;
    const hasPoll = body['poll'] !== undefined && body['poll'] !== null;
    if (!hasContent && !hasEmbeds && !hasComponents && !hasStickers && !hasPoll && opts.fileCount === 0) {
      return { status: 400, body: { ...DiscordErrors.emptyMessage } };
    }
  }
  return null;
}

/** Validates autocomplete choices (max 25; name 1–100 chars; string values ≤ 100 chars). */
export function validateAutocompleteChoices(data: JsonObject | undefined): HttpError | null {
  const choices = data?.['choices'];
  if (!Array.isArray(choices)) {
    return invalidFormBody(['data', 'choices'], 'BASE_TYPE_REQUIRED', 'This field is required');
  }
  if (choices.length > 25) {
    return invalidFormBody(['data', 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  }
  for (const [i, raw] of choices.entries()) {
    const c = (raw ?? {}) as JsonObject;
    const n = len(c['name']);
    if (n < 1 || n > 100) {
      return invalidFormBody(
        ['data', 'choices', String(i), 'name'],
        'BASE_TYPE_BAD_LENGTH',
        'Must be between 1 and 100 in length.',
      );
    }
    if (typeof c['value'] === 'string' && len(c['value']) > 100) {
      return invalidFormBody(
        ['data', 'choices', String(i), 'value'],
        'BASE_TYPE_MAX_LENGTH',
        'Must be 100 or fewer in length.',
      );
    }
  }
  return null;
}

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Validates an application command definition (names, descriptions, option/choice counts). */
export function validateCommand(cmd: JsonObject, path: string[]): HttpError | null {
  const type = Number(cmd['type'] ?? 1);
  const name = str(cmd['name']) ?? '';
  if (type === 1) {
    if (!COMMAND_NAME.test(name) || name !== name.toLowerCase()) {
      return invalidFormBody([...path, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', `Command name is invalid`);
    }
    const d = len(cmd['description']);
    if (d < 1 || d > 100) {
      return invalidFormBody(
        [...path, 'description'],
        'BASE_TYPE_BAD_LENGTH',
        'Must be between 1 and 100 in length.',
      );
    }
  } else if (len(name) < 1 || len(name) > 32) {
    return invalidFormBody([...path, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 32 in length.');
  } else if (len(cmd['description']) > 0) {
    // User and message commands show no description: Discord wants it empty.
    return invalidFormBody([...path, 'description'], 'APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION', 'Context menu commands cannot have description');
  } else if (Array.isArray(cmd['options']) && cmd['options'].length > 0) {
    return invalidFormBody([...path, 'options'], 'APPLICATION_COMMAND_CONTEXT_MENU_OPTIONS', 'Context menu commands cannot have options');
  }
  const options = cmd['options'];
  if (options !== undefined && options !== null) {
    if (!Array.isArray(options)) return invalidFormBody([...path, 'options'], 'BASE_TYPE_ARRAY', 'Must be an array.');
    if (options.length > 25) {
      return invalidFormBody([...path, 'options'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    }
    let seenOptional = false;
    for (const [i, raw] of options.entries()) {
      const o = (raw ?? {}) as JsonObject;
      const op = [...path, 'options', String(i)];
      const oType = Number(o['type']);
      if (oType === 1 || oType === 2) {
        const nested = validateCommand({ ...o, type: 1 }, op);
        if (nested) return nested;
        continue;
      }
      if (!COMMAND_NAME.test(str(o['name']) ?? '')) {
        return invalidFormBody([...op, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
      }
      const d = len(o['description']);
      if (d < 1 || d > 100) {
        return invalidFormBody([...op, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
      }
      if (o['required'] === true && seenOptional) {
        return invalidFormBody(
          [...path, 'options'],
          'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
          'Required options must be placed before non-required options',
        );
      }
      if (o['required'] !== true) seenOptional = true;
      const choices = o['choices'];
      if (Array.isArray(choices) && choices.length > 25) {
        return invalidFormBody([...op, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      }
      if (Array.isArray(choices) && choices.length > 0 && o['autocomplete'] === true) {
        return invalidFormBody(
          [...op, 'autocomplete'],
          'APPLICATION_COMMAND_AUTOCOMPLETE_INVALID',
          'Autocomplete cannot be set if there are choices present.',
        );
      }
    }
  }
  return null;
}
