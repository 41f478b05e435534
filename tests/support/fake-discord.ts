/**
 * A fake Discord (REST API + gateway WebSocket) for end-to-end tests of a
 * discord.js v14 bot. Everything runs on 127.0.0.1 on a random free port.
 *
 * ```ts
 * const fake = await startFakeDiscord();
 * const client = new Client({
 *   intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
 *   rest: { api: fake.apiBase },
 * });
 * const ready = once(client, Events.ClientReady);
 * await client.login(fake.token);
 * await ready;
 * const ix = fake.slash('ask', { question: 'hello?' });
 * const cb = await ix.waitForCallback();
 * expect(cb.body.data.content).toContain('…');
 * await client.destroy();
 * await fake.close();
 * ```
 *
 * What it emulates (see {@link FakeDiscord} for the full API):
 * - REST under `${apiBase}/v10/...`: gateway info, users, applications and
 *   application commands (slash and message commands, {@link FakeDiscord.messageCommand}), interaction callbacks and interaction webhooks
 *   (`@original`, follow-ups), channel messages, DMs, typing, reactions, guilds.
 *   Requests are recorded; unknown routes answer 404 and are listed in
 *   {@link FakeDiscord.unknownRoutes}.
 * - The gateway (JSON encoding, no compression): HELLO, IDENTIFY → READY +
 *   GUILD_CREATE, HEARTBEAT → ACK, RESUME (replays missed events) → RESUMED,
 *   REQUEST_GUILD_MEMBERS → GUILD_MEMBERS_CHUNK, sharding
 *   (`(guild_id >> 22) % shard_count`, DMs on shard 0), intents
 *   (GuildMessages/DirectMessages gate MESSAGE_CREATE, MessageContent blanks
 *   content the way Discord does; a privileged intent the application has not
 *   enabled closes the gateway with 4014, see
 *   {@link FakeDiscordOptions.privilegedIntents}).
 * - Mentions as Discord parses them: none inside code; a reply pings the
 *   author it replies to unless its mention switch is off ({@link MessageInput.reply_ping}).
 * - Discord's validations that bots commonly trip over: 2000-char content, embed
 *   limits, empty messages, 25 autocomplete choices, command name rules, double
 *   acknowledgement of an interaction (40060), editing `@original` before
 *   responding (10008), follow-ups before responding (10015), replies to unknown
 *   messages, Missing Permissions (50013) when the bot lacks SendMessages.
 *
 * Not emulated: MESSAGE_UPDATE/MESSAGE_DELETE echoes, threads, voice, real rate
 * limit buckets (use {@link FakeDiscord.failNext} with {@link rateLimited}),
 * ETF encoding and zlib compression.
 *
 * @module
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import {
  DEFAULT_BOT_PERMISSIONS,
  DEFAULT_EVERYONE_PERMISSIONS,
  DiscordErrors,
  Perm,
  apiDmChannel,
  apiMember,
  apiMemberPartial,
  apiRole,
  apiTextChannel,
  apiUser,
  attachmentsFor,
  guildSnowflake,
  invalidFormBody,
  isoFromSnowflake,
  makeFakeToken,
  memberPermissions,
  parseMentions,
  shardForGuild,
  snowflake,
  validateAutocompleteChoices,
  validateCommand,
  validateMessagePayload,
  type FakeGuild,
  type FakeMember,
  type FakeUser,
  type HttpError,
  type JsonObject,
  type RecordedFile,
} from './fake-discord-model.js';

export {
  DiscordErrors,
  shardForGuild,
  snowflake,
  type FakeGuild,
  type FakeMember,
  type FakeUser,
  type JsonObject,
  type RecordedFile,
} from './fake-discord-model.js';

// ---------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------

/** Options for {@link startFakeDiscord}. */
export interface FakeDiscordOptions {
  /** Shard count recommended by `GET /gateway/bot` (default 1). The client may still choose its own. */
  shards?: number;
  /**
   * Number of guilds the bot is in (default 1). Guild `i` is routed to shard `i % shardCount`
   * (for shard counts 1–16), so with `guilds: 2` and 2 shards each shard gets one guild.
   */
  guilds?: number;
  /** `heartbeat_interval` sent in HELLO, in ms (default 41250, like Discord). */
  heartbeatIntervalMs?: number;
  /**
   * `session_start_limit.max_concurrency` (default 16). discord.js waits 5 s between two
   * IDENTIFYs of shards in the same bucket (`shardId % max_concurrency`); Discord's real
   * default of 1 would make a 2-shard login take 5+ s.
   */
  maxConcurrency?: number;
  /** `session_start_limit.remaining` (default 1000). discord.js refuses to log in when it is below the shard count. */
  sessionStartRemaining?: number;
  /** The bot's username (default "FakeBot"). */
  botUsername?: string;
  /** Permissions (bitfield string) of the bot's role in every guild. Default: view/send/embed/attach/history/reactions, no Administrator. */
  botPermissions?: string;
  /** Permissions (bitfield string) of @everyone in every guild. Default: close to Discord's defaults. */
  everyonePermissions?: string;
  /**
   * Send MESSAGE_CREATE back over the gateway for messages the bot creates (channel
   * messages, non-ephemeral interaction replies and follow-ups), as Discord does.
   * Default true: a bot that does not ignore its own messages will see them.
   */
  echoBotMessages?: boolean;
  /**
   * If set, an interaction that is not acknowledged within this many ms answers its callback with
   * 404 `{ code: 10062, message: 'Unknown interaction' }` (Discord's deadline is 3000 ms).
   * Default: no deadline.
   */
  interactionDeadlineMs?: number;
  /**
   * Privileged intents the application has enabled in the Developer Portal (default: all). An IDENTIFY
   * asking for another one is refused with close code 4014 "Disallowed intent(s).", as Discord does.
   */
  privilegedIntents?: number;
  /** Log gateway/REST traffic to stderr (default false). */
  debug?: boolean;
}

/** One HTTP request the fake received. */
export interface RecordedRequest {
  /** Upper-case HTTP method. */
  method: string;
  /**
   * Route path after `/api/v10`, without the query string, percent-decoded per segment, e.g.
   * `/interactions/123/tok/callback`, `/channels/456/messages`,
   * `/webhooks/APP/TOKEN/messages/@original` (discord.js sends `%40original`).
   */
  path: string;
  /** The API version from the URL (`10`), or null when the URL had none. */
  apiVersion: number | null;
  /** Query string parameters. */
  query: Record<string, string>;
  /** Request headers (lower-case names). */
  headers: Record<string, string>;
  /**
   * Parsed body: JSON for `application/json`; for `multipart/form-data` the parsed
   * `payload_json` field (or the text fields when there is none); null when empty.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  /** Files of a multipart body. */
  files: RecordedFile[];
  /** `performance.now()` when the request arrived (before any {@link FakeDiscord.delay}). */
  at: number;
  /** HTTP status the fake answered with. */
  status: number;
  /** The body the fake answered with (undefined for 204). */
  responseBody: unknown;
  /** True when the answer came from {@link FakeDiscord.failNext}. */
  faulted: boolean;
  /** Id of the interaction this request belongs to (callback, `@original`, follow-ups), if any. */
  interactionId: string | null;
}

/** A request to a route the fake does not implement (answered 404). */
export interface UnknownRoute {
  method: string;
  path: string;
  query: Record<string, string>;
  at: number;
}

/** Selects requests for {@link FakeDiscord.failNext} and {@link FakeDiscord.delay}. */
export interface RequestMatcher {
  /** HTTP method (case-insensitive); any when omitted. */
  method?: string;
  /** Tested against {@link RecordedRequest.path} (e.g. `/\/callback$/`). */
  path: RegExp;
}

/** A canned HTTP answer for {@link FakeDiscord.failNext}. */
export interface FaultResponse {
  status: number;
  /** JSON body (Discord error shape recommended: `{ code, message }`). */
  body?: unknown;
  headers?: Record<string, string>;
}

/** A payload the client sent over the gateway (tokens redacted). */
export interface GatewayReceived {
  /** Connection number (1-based, in order of connection). */
  connection: number;
  /** The shard `[id, count]` of the session on this connection, if identified/resumed. */
  shard: [number, number] | null;
  op: number;
  d: unknown;
  at: number;
}

/** An opened gateway connection. */
export interface GatewayConnection {
  /** Connection number (1-based). */
  connection: number;
  /** Request URL path + query, e.g. `/?v=10&encoding=json` or `/resume?v=10&encoding=json` (RESUME uses `resume_gateway_url`). */
  url: string;
  at: number;
}

/** A closed gateway connection. */
export interface GatewayClose {
  connection: number;
  shard: [number, number] | null;
  code: number;
  reason: string;
  /** Who started the close: the client (e.g. `client.destroy()` → 1000) or the fake (`dropGateway`). */
  by: 'client' | 'server';
  at: number;
}

/** A user given to the driving API: an id of a known user, or fields of a (new or known) user. */
export type UserInput = string | (Partial<FakeUser> & { id?: string });

/** Where and as whom an interaction happens. */
export interface InteractionExtra {
  /** Send it from the DM channel between {@link InteractionExtra.user} and the bot (default false). */
  dm?: boolean;
  /** The invoking user (default: the human user {@link FakeDiscord.userId}). Unknown users are created. */
  user?: UserInput;
  /** `locale` of the interaction (default `en-US`). */
  locale?: string;
  /** Guild (default {@link FakeDiscord.guildId}); ignored for DMs. */
  guildId?: string;
  /** Channel (default the guild's main text channel); ignored for DMs. */
  channelId?: string;
  /** Override `app_permissions` (bitfield string). */
  appPermissions?: string;
}

/** Extra options of {@link FakeDiscord.slash} and {@link FakeDiscord.autocomplete}. */
export interface CommandExtra extends InteractionExtra {
  /** Command id (default: the id of the registered command with that name, else a stable made-up id). */
  commandId?: string;
  /** Name of the focused option when options are given as a record (autocomplete only; default: the last one). */
  focused?: string;
  /** `data.resolved` (default: built from user/channel/role option values). */
  resolved?: JsonObject;
}

/** Extra options of {@link FakeDiscord.button} and {@link FakeDiscord.select}. */
export interface ComponentExtra extends InteractionExtra {
  /** The message the component is on (raw API message). */
  message?: JsonObject;
  /** Id of a stored message the component is on. Default: the latest bot message in the channel with that custom_id, else a made-up bot message. */
  messageId?: string;
}

/** Options of a slash command as raw API options, or a `name → value` record. */
export type CommandOptions = readonly JsonObject[] | Record<string, string | number | boolean>;

/** A dispatched interaction and what the bot did with it. */
export interface InteractionHandle {
  /** Interaction id. */
  id: string;
  /** Interaction token. */
  token: string;
  /** The full INTERACTION_CREATE payload that was dispatched. */
  payload: JsonObject;
  /**
   * Resolves with the first *accepted* (2xx) `POST /interactions/:id/:token/callback`.
   * Never rejects (stays pending if the bot never responds): prefer
   * {@link InteractionHandle.waitForCallback} for a timeout with a useful message.
   */
  callback: Promise<RecordedRequest>;
  /** Like {@link InteractionHandle.callback}, but rejects after `timeoutMs` (default 5000). */
  waitForCallback(timeoutMs?: number): Promise<RecordedRequest>;
  /** All recorded requests for this interaction so far (callback attempts, `@original` edits/fetches, follow-ups), in order. */
  responses(): RecordedRequest[];
  /** Resolves with the first request of this interaction (past or future) matching `predicate`. */
  waitForResponse(predicate: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  /** The `@original` response message in its current state (after edits), if any. */
  original(): JsonObject | undefined;
  /** Every message created through this interaction (original, follow-ups) in current state. */
  messages(): JsonObject[];
}

/** Options of {@link FakeDiscord.message}. */
export interface MessageInput {
  /** Message content. `<@id>`, `<@&id>`, `@everyone`/`@here` in it fill `mentions`, `mention_roles`, `mention_everyone`. */
  content: string;
  /** Extra mentioned users (ids or user fields), added to those parsed from the content. */
  mentions?: UserInput[];
  /** Override `mention_everyone`. */
  mention_everyone?: boolean;
  /** Extra mentioned role ids. */
  mention_roles?: string[];
  /** Author (default the human user). Use `{ bot: true }` for another bot. */
  author?: UserInput;
  /** Post it in the DM channel between the author and the bot. */
  dm?: boolean;
  /** Replied-to message: a stored message id or a raw message. */
  referenced_message?: string | JsonObject;
  /**
   * Whether a reply pings the author of the message it replies to (Discord's "@ ON" switch; default true):
   * that author is then in `mentions`.
   */
  reply_ping?: boolean;
  /** Channel (default the main guild text channel). A DM channel id implies `dm`. */
  channel_id?: string;
  /** Raw fields merged into the message (embeds, attachments, …). */
  extra?: JsonObject;
}

/** A response helper: 429 with `retry_after` body and `retry-after`/`x-ratelimit-*` headers. */
export function rateLimited(
  retryAfterSeconds = 0.05,
  opts: { global?: boolean; scope?: 'user' | 'global' | 'shared' } = {},
): FaultResponse {
  const headers: Record<string, string> = {
    'retry-after': String(retryAfterSeconds),
    'x-ratelimit-limit': '5',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(Date.now() / 1000 + retryAfterSeconds),
    'x-ratelimit-reset-after': String(retryAfterSeconds),
    'x-ratelimit-bucket': 'fake0bucket0hash',
    'x-ratelimit-scope': opts.scope ?? (opts.global ? 'global' : 'user'),
  };
  if (opts.global) headers['x-ratelimit-global'] = 'true';
  return {
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: opts.global ?? false },
    headers,
  };
}

/** Ready-made {@link FaultResponse}s for {@link FakeDiscord.failNext}. */
export const Faults = {
  /** 429; see {@link rateLimited}. */
  rateLimited,
  /** 500 Internal Server Error (`@discordjs/rest` retries 5xx up to 3 times). */
  serverError: (): FaultResponse => ({ status: 500, body: { message: '500: Internal Server Error', code: 0 } }),
  /** 502 Bad Gateway. */
  badGateway: (): FaultResponse => ({ status: 502, body: { message: '502: Bad Gateway', code: 0 } }),
  /** 404 `{ code: 10062, message: 'Unknown interaction' }` (interaction expired). */
  unknownInteraction: (): FaultResponse => ({ status: 404, body: { ...DiscordErrors.unknownInteraction } }),
  /** 403 `{ code: 50013, message: 'Missing Permissions' }`. */
  missingPermissions: (): FaultResponse => ({ status: 403, body: { ...DiscordErrors.missingPermissions } }),
  /** 403 `{ code: 50001, message: 'Missing Access' }`. */
  missingAccess: (): FaultResponse => ({ status: 403, body: { ...DiscordErrors.missingAccess } }),
  /** 404 `{ code: 10008, message: 'Unknown Message' }`. */
  unknownMessage: (): FaultResponse => ({ status: 404, body: { ...DiscordErrors.unknownMessage } }),
} as const;

/** Gateway intent bits the fake looks at. */
export const Intents = {
  Guilds: 1 << 0,
  GuildMembers: 1 << 1,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
} as const;

/** The privileged intents: Guild Members, Guild Presences, Message Content. */
export const PRIVILEGED_INTENTS = Intents.GuildMembers | (1 << 8) | Intents.MessageContent;

/**
 * Starts a fake Discord on 127.0.0.1 (random port) and resolves once it listens.
 * Always `await fake.close()` after destroying the client(s).
 */
export async function startFakeDiscord(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new FakeDiscord(opts);
  await fake.listen();
  return fake;
}

// ---------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------

interface HttpResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Fault {
  matcher: RequestMatcher;
  response: FaultResponse;
  remaining: number;
}

interface DelayRule {
  matcher: RequestMatcher;
  ms: number;
  remaining: number;
}

interface Session {
  id: string;
  shard: [number, number];
  intents: number;
  seq: number;
  log: Array<{ s: number; data: string }>;
  conn: Conn | null;
  invalidated: boolean;
  createdAt: number;
}

interface Conn {
  n: number;
  ws: WebSocket;
  url: string;
  session: Session | null;
  serverClosing: boolean;
}

interface InteractionState {
  id: string;
  token: string;
  type: number;
  payload: JsonObject;
  createdAt: number;
  acknowledged: boolean;
  channelId: string;
  guildId: string | null;
  originalMessageId: string | null;
  componentMessageId: string | null;
  messageIds: string[];
  resolveCallback: (r: RecordedRequest) => void;
}

interface ChannelInfo {
  json: JsonObject;
  guildId: string | null;
  recipientId: string | null;
}

type RouteHandler = (rec: RecordedRequest, params: Record<string, string>) => HttpResult | Promise<HttpResult>;

const GatewayOp = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
  RequestSoundboardSounds: 31,
} as const;

const LOADING_FLAG = 1 << 7;
const EPHEMERAL_FLAG = 1 << 6;

function ok(body: unknown, status = 200): HttpResult {
  return { status, body };
}
function noContent(): HttpResult {
  return { status: 204 };
}
function fail(status: number, body: unknown): HttpResult {
  return { status, body };
}
function fromError(e: HttpError): HttpResult {
  return { status: e.status, body: e.body };
}
function asObject(v: unknown): JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : {};
}
function clone<T>(v: T): T {
  return structuredClone(v);
}
function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
function matches(m: RequestMatcher, method: string, path: string): boolean {
  if (m.method && m.method.toUpperCase() !== method) return false;
  m.path.lastIndex = 0;
  return m.path.test(path);
}
function compareIds(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parseBody(raw: Buffer, contentType: string): Promise<{ body: unknown; files: RecordedFile[] }> {
  if (raw.length === 0) return { body: null, files: [] };
  if (contentType.startsWith('application/json')) {
    try {
      return { body: JSON.parse(raw.toString('utf8')) as unknown, files: [] };
    } catch {
      return { body: raw.toString('utf8'), files: [] };
    }
  }
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
    const files: RecordedFile[] = [];
    const fields: Record<string, string> = {};
    let payload: unknown;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') payload = JSON.parse(value) as unknown;
        else fields[field] = value;
      } else {
        const data = Buffer.from(await value.arrayBuffer());
        files.push({ field, filename: value.name, contentType: value.type, size: data.length, data });
      }
    }
    return { body: payload ?? fields, files };
  }
  return { body: raw.toString('utf8'), files: [] };
}

function redact(d: unknown): unknown {
  if (d && typeof d === 'object' && !Array.isArray(d) && 'token' in d) return { ...(d as JsonObject), token: '<redacted>' };
  return d;
}

/**
 * The fake Discord server. Create it with {@link startFakeDiscord}.
 *
 * Fixture ids: {@link FakeDiscord.botUserId} (= {@link FakeDiscord.applicationId}),
 * {@link FakeDiscord.guildId} (also the @everyone role id), {@link FakeDiscord.channelId}
 * (text channel "general"), {@link FakeDiscord.otherChannelId} ("random"),
 * {@link FakeDiscord.userId} (human "tester"), {@link FakeDiscord.dmChannelId}
 * (DM between tester and the bot).
 */
export class FakeDiscord {
  /** Base to pass as `new Client({ rest: { api: fake.apiBase } })`, e.g. `http://127.0.0.1:PORT/api`; discord.js appends `/v10/...`. */
  apiBase = '';
  /** The gateway URL returned by `GET /gateway/bot` (`ws://127.0.0.1:PORT`). */
  gatewayUrl = '';
  /** The `resume_gateway_url` sent in READY (`ws://127.0.0.1:PORT/resume`); discord.js resumes there. */
  resumeGatewayUrl = '';
  /** The TCP port. */
  port = 0;
  /** Bot token: `base64(botUserId).xxxxxx.yyyy…`; its first segment decodes to the bot/application id. */
  readonly token: string;
  /** Application id (equal to the bot user id, as for modern bots). */
  readonly applicationId: string;
  /** The bot user's id. */
  readonly botUserId: string;
  /** The first guild's id (also its @everyone role id). */
  readonly guildId: string;
  /** The first guild's main text channel ("general"). */
  readonly channelId: string;
  /** The first guild's second text channel ("random"). */
  readonly otherChannelId: string;
  /** The bot's managed role in the first guild. */
  readonly botRoleId: string;
  /** DM channel between {@link FakeDiscord.userId} and the bot. */
  readonly dmChannelId: string;
  /** The human user ("tester"), a member of every guild. */
  readonly userId: string;
  /** All guilds (index `i` is routed to shard `i % shardCount`). */
  readonly guilds: readonly FakeGuild[];

  /** Every HTTP request received (in the order answered), including faulted ones. Cleared by {@link FakeDiscord.reset}. */
  readonly requests: RecordedRequest[] = [];
  /** Requests to routes the fake does not implement (answered 404 `{ code: 0, message: '404: Not Found' }`). */
  readonly unknownRoutes: UnknownRoute[] = [];
  /** Payloads received over the gateway (tokens redacted). */
  readonly gatewayReceived: GatewayReceived[] = [];
  /** Opened gateway connections. */
  readonly gatewayConnections: GatewayConnection[] = [];
  /** Closed gateway connections. */
  readonly gatewayCloses: GatewayClose[] = [];
  /** Errors thrown inside the fake (bugs in the fake or malformed client payloads). Should stay empty. */
  readonly internalErrors: Error[] = [];

  /** Number of IDENTIFY payloads accepted. */
  identifies = 0;
  /** Number of RESUME payloads accepted (followed by RESUMED). */
  resumes = 0;
  /** Number of gateway WebSocket connections opened. */
  connections = 0;
  /** Number of HEARTBEATs received. */
  heartbeats = 0;
  /** Whether HEARTBEATs are acknowledged (set false to simulate a zombie connection). */
  ackHeartbeats = true;

  private readonly opts: Required<Omit<FakeDiscordOptions, 'interactionDeadlineMs' | 'privilegedIntents'>> & {
    interactionDeadlineMs: number | null;
    privilegedIntents: number;
  };
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly users = new Map<string, FakeUser>();
  private readonly guildById = new Map<string, FakeGuild>();
  private readonly channels = new Map<string, ChannelInfo>();
  private readonly dmByUser = new Map<string, string>();
  private readonly messages = new Map<string, JsonObject>();
  private readonly commandsByScope = new Map<string, JsonObject[]>();
  private readonly interactions = new Map<string, InteractionState>();
  private readonly interactionsByToken = new Map<string, InteractionState>();
  private readonly sessions = new Map<string, Session>();
  private readonly conns = new Set<Conn>();
  private readonly waiters = new Set<(r: RecordedRequest) => void>();
  private readonly madeUpCommandIds = new Map<string, string>();
  private faults: Fault[] = [];
  private delays: DelayRule[] = [];
  private shardCount: number;
  private connCounter = 0;
  private closed = false;
  private readonly routes: Array<{ method: string; re: RegExp; handler: RouteHandler }> = [];

  /** @internal Use {@link startFakeDiscord}. */
  constructor(options: FakeDiscordOptions = {}) {
    this.opts = {
      shards: Math.max(1, options.shards ?? 1),
      guilds: Math.max(1, options.guilds ?? 1),
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      maxConcurrency: options.maxConcurrency ?? 16,
      sessionStartRemaining: options.sessionStartRemaining ?? 1000,
      botUsername: options.botUsername ?? 'FakeBot',
      botPermissions: options.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
      everyonePermissions: options.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS,
      echoBotMessages: options.echoBotMessages ?? true,
      interactionDeadlineMs: options.interactionDeadlineMs ?? null,
      privilegedIntents: options.privilegedIntents ?? PRIVILEGED_INTENTS,
      debug: options.debug ?? false,
    };
    this.shardCount = this.opts.shards;

    // Fixed-time snowflakes for fixtures; ids still differ between fakes in one process.
    const created = Date.UTC(2021, 5, 1);
    this.botUserId = snowflake(created);
    this.applicationId = this.botUserId;
    this.userId = snowflake(created + 1000);
    const owner: FakeUser = this.addUserRecord({ id: snowflake(created + 2000), username: 'guild-owner' });
    this.addUserRecord({ id: this.botUserId, username: this.opts.botUsername, bot: true });
    this.addUserRecord({ id: this.userId, username: 'tester', global_name: 'Tester' });
    this.token = makeFakeToken(this.botUserId);

    const guilds: FakeGuild[] = [];
    for (let i = 0; i < this.opts.guilds; i++) {
      const id = guildSnowflake(i);
      const joinedAt = new Date(Date.UTC(2024, 2, 1) + i * 1000).toISOString();
      const g: FakeGuild = {
        id,
        name: i === 0 ? 'Fake Guild' : `Fake Guild ${i + 1}`,
        channelId: snowflake(created + 10_000 + i),
        otherChannelId: snowflake(created + 20_000 + i),
        botRoleId: snowflake(created + 30_000 + i),
        ownerId: owner.id,
        joinedAt,
        everyonePermissions: this.opts.everyonePermissions,
        botPermissions: this.opts.botPermissions,
        members: new Map(),
      };
      g.members.set(this.botUserId, { userId: this.botUserId, roles: [g.botRoleId], nick: null, joined_at: joinedAt });
      g.members.set(this.userId, { userId: this.userId, roles: [], nick: null, joined_at: joinedAt });
      g.members.set(owner.id, { userId: owner.id, roles: [], nick: null, joined_at: joinedAt });
      guilds.push(g);
      this.guildById.set(id, g);
      this.channels.set(g.channelId, {
        json: apiTextChannel(g.channelId, id, 'general', 0),
        guildId: id,
        recipientId: null,
      });
      this.channels.set(g.otherChannelId, {
        json: apiTextChannel(g.otherChannelId, id, 'random', 1),
        guildId: id,
        recipientId: null,
      });
    }
    this.guilds = guilds;
    const first = guilds[0];
    if (!first) throw new Error('unreachable: no guild');
    this.guildId = first.id;
    this.channelId = first.channelId;
    this.otherChannelId = first.otherChannelId;
    this.botRoleId = first.botRoleId;
    this.dmChannelId = this.dmChannelFor(this.userId);

    this.registerRoutes();
    this.server = createServer((req, res) => {
      this.onHttp(req, res).catch((e: unknown) => {
        this.internalErrors.push(e instanceof Error ? e : new Error(String(e)));
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ code: 0, message: `fake-discord internal error: ${String(e)}` }));
        }
      });
    });
    // Like Discord, keep connections open between requests: with a short timeout the
    // REST client would reconnect for nearly every call.
    this.server.keepAliveTimeout = 60_000;
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, req));
    });
  }

  /** @internal Starts listening; called by {@link startFakeDiscord}. */
  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    this.port = port;
    this.apiBase = `http://127.0.0.1:${port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}`;
    this.resumeGatewayUrl = `ws://127.0.0.1:${port}/resume`;
  }

  /**
   * Stops the server: terminates gateway sockets and HTTP keep-alive connections.
   * Destroy your discord.js clients first, or they will try to reconnect.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const c of this.conns) c.ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // -------------------------------------------------------------------------
  // Records, waiting, faults
  // -------------------------------------------------------------------------

  /** Accepted `POST /channels/:id/messages` requests (any channel), in order. */
  get sent(): RecordedRequest[] {
    return this.requests.filter(
      (r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.status < 300,
    );
  }

  /** Accepted `POST /channels/:channelId/messages` requests for one channel. */
  messagesIn(channelId: string): RecordedRequest[] {
    return this.sent.filter((r) => r.path === `/channels/${channelId}/messages`);
  }

  /** Messages stored in a channel (users' and the bot's, current state after edits), oldest first. */
  channelMessages(channelId: string): JsonObject[] {
    return [...this.messages.values()]
      .filter((m) => m['channel_id'] === channelId)
      .sort((a, b) => compareIds(String(a['id']), String(b['id'])))
      .map((m) => clone(m));
  }

  /** A stored message (current state), or undefined. */
  getMessage(id: string): JsonObject | undefined {
    const m = this.messages.get(id);
    return m ? clone(m) : undefined;
  }

  /** Application commands registered by the bot: global ones, or those of a guild. */
  commands(guildId?: string): JsonObject[] {
    return clone(this.commandsByScope.get(guildId ?? 'global') ?? []);
  }

  /**
   * Resolves with the first recorded request — already recorded or future — matching
   * `predicate`. Rejects after `timeoutMs` (default 5000) with a summary of what was recorded.
   */
  waitFor(predicate: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const existing = this.requests.find(predicate);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const waiter = (r: RecordedRequest): void => {
        if (!predicate(r)) return;
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve(r);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`fake-discord: waitFor timed out after ${timeoutMs} ms.\n${this.describe()}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Polls `condition` every 10 ms until true; rejects after `timeoutMs` (default 5000). */
  async waitUntil(condition: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (!condition()) {
      if (performance.now() > deadline) {
        throw new Error(`fake-discord: timed out after ${timeoutMs} ms waiting for ${what}.\n${this.describe()}`);
      }
      await sleep(10);
    }
  }

  /**
   * Answers the next `times` requests matching `matcher` with `response` instead of
   * handling them (they are still recorded, with `faulted: true`). Examples:
   * `failNext({ method: 'POST', path: /\/callback$/ }, rateLimited(0.05))`,
   * `failNext({ path: /^\/channels\/\d+\/messages$/ }, Faults.missingPermissions())`.
   */
  failNext(matcher: RequestMatcher, response: FaultResponse, times = 1): void {
    this.faults.push({ matcher, response, remaining: times });
  }

  /**
   * Delays the answer to matching requests by `ms` (the next `times` of them; default all
   * until {@link FakeDiscord.clearFaults}/{@link FakeDiscord.reset}). Returns a function that removes the rule.
   * Mind `@discordjs/rest`'s 15 s request timeout and its per-route queues.
   */
  delay(matcher: RequestMatcher, ms: number, times = Number.POSITIVE_INFINITY): () => void {
    const rule: DelayRule = { matcher, ms, remaining: times };
    this.delays.push(rule);
    return () => {
      this.delays = this.delays.filter((d) => d !== rule);
    };
  }

  /** Removes pending {@link FakeDiscord.failNext} and {@link FakeDiscord.delay} rules. */
  clearFaults(): void {
    this.faults = [];
    this.delays = [];
  }

  /**
   * Clears the records ({@link FakeDiscord.requests}, {@link FakeDiscord.unknownRoutes},
   * {@link FakeDiscord.gatewayReceived}, {@link FakeDiscord.gatewayConnections},
   * {@link FakeDiscord.gatewayCloses}, internal errors)
   * and pending faults/delays. Keeps state (sessions, messages, commands, interactions) and counters.
   */
  reset(): void {
    this.requests.length = 0;
    this.unknownRoutes.length = 0;
    this.gatewayReceived.length = 0;
    this.gatewayConnections.length = 0;
    this.gatewayCloses.length = 0;
    this.internalErrors.length = 0;
    this.clearFaults();
  }

  // -------------------------------------------------------------------------
  // Users
  // -------------------------------------------------------------------------

  /**
   * Adds (or updates) a user and makes them a member of every guild. Returns the user.
   * The driving API also creates unknown users on the fly.
   */
  addUser(input: Partial<FakeUser> & { id?: string } = {}): FakeUser {
    const user = this.addUserRecord(input);
    for (const g of this.guilds) this.ensureMember(g, user.id);
    return { ...user };
  }

  /** A known user, or undefined. */
  getUser(id: string): FakeUser | undefined {
    const u = this.users.get(id);
    return u ? { ...u } : undefined;
  }

  /** The DM channel id between a user and the bot (created on first use). */
  dmChannelFor(userId: string): string {
    const existing = this.dmByUser.get(userId);
    if (existing) return existing;
    const user = this.users.get(userId);
    if (!user) throw new Error(`fake-discord: unknown user ${userId}`);
    const id = snowflake();
    this.dmByUser.set(userId, id);
    this.channels.set(id, { json: apiDmChannel(id, user), guildId: null, recipientId: userId });
    return id;
  }

  // -------------------------------------------------------------------------
  // Driving the bot: gateway events
  // -------------------------------------------------------------------------

  /**
   * Dispatches a raw gateway event to a shard (default: the shard of `d.guild_id`, else 0).
   * Throws when no client session exists for that shard.
   */
  dispatch(t: string, d: JsonObject, shardId?: number): void {
    const guildId = typeof d['guild_id'] === 'string' ? d['guild_id'] : null;
    const shard = shardId ?? (guildId ? shardForGuild(guildId, this.shardCount) : 0);
    const session = this.activeSession(shard);
    if (!session) {
      throw new Error(`fake-discord: no gateway session for shard ${shard}; did the client log in?`);
    }
    this.dispatchTo(session, t, d);
  }

  /**
   * Dispatches INTERACTION_CREATE. Fills `id`, `application_id`, `token`, `version`,
   * `guild_id`/`guild`/`channel`/`member` (or `user` for DMs), `locale`, `app_permissions`,
   * `entitlements`, `authorizing_integration_owners`, `context`; fields in `payload` win.
   * Guild interactions go to the guild's shard, DM ones to shard 0.
   */
  interaction(payload: JsonObject & { type: number }, extra: InteractionExtra = {}): InteractionHandle {
    const user = this.resolveUser(extra.user ?? this.userId);
    const id = typeof payload['id'] === 'string' ? payload['id'] : snowflake();
    const token =
      typeof payload['token'] === 'string'
        ? payload['token']
        : Buffer.from(`interaction:${id}:${randomBytes(24).toString('hex')}`).toString('base64url');
    const channelIdFromPayload = typeof payload['channel_id'] === 'string' ? payload['channel_id'] : undefined;
    const dm = extra.dm === true || (channelIdFromPayload !== undefined && this.channels.get(channelIdFromPayload)?.guildId === null);
    const base: JsonObject = {
      id,
      application_id: this.applicationId,
      token,
      version: 1,
      locale: extra.locale ?? 'en-US',
      entitlements: [],
      attachment_size_limit: 10_485_760,
    };
    let guildId: string | null = null;
    let channelId: string;
    if (dm) {
      channelId = this.dmChannelFor(user.id);
      const ch = this.channels.get(channelId);
      Object.assign(base, {
        channel_id: channelId,
        channel: ch ? clone(ch.json) : { id: channelId, type: 1 },
        user: apiUser(user),
        context: 1,
        authorizing_integration_owners: { '0': '0' },
        app_permissions: extra.appPermissions ?? '2248473465835073',
      });
    } else {
      const guild = this.guildById.get(extra.guildId ?? this.guildId);
      if (!guild) throw new Error(`fake-discord: unknown guild ${extra.guildId ?? ''}`);
      guildId = guild.id;
      channelId = channelIdFromPayload ?? extra.channelId ?? guild.channelId;
      const ch = this.channels.get(channelId);
      const member = this.ensureMember(guild, user.id);
      Object.assign(base, {
        guild_id: guild.id,
        guild: { id: guild.id, locale: 'en-US', features: [] },
        guild_locale: 'en-US',
        channel_id: channelId,
        channel: ch ? clone(ch.json) : { id: channelId, type: 0, guild_id: guild.id },
        member: { ...apiMember(member, user), permissions: memberPermissions(guild, member) },
        context: 0,
        authorizing_integration_owners: { '0': guild.id },
        app_permissions: extra.appPermissions ?? memberPermissions(guild, guild.members.get(this.botUserId)),
      });
    }
    const full: JsonObject = { ...base, ...payload, id, token };

    let resolveCallback: (r: RecordedRequest) => void = () => undefined;
    const callback = new Promise<RecordedRequest>((resolve) => {
      resolveCallback = resolve;
    });
    const message = asObject(full['message']);
    const state: InteractionState = {
      id,
      token,
      type: payload.type,
      payload: full,
      createdAt: Date.now(),
      acknowledged: false,
      channelId,
      guildId,
      originalMessageId: null,
      componentMessageId: typeof message['id'] === 'string' ? message['id'] : null,
      messageIds: [],
      resolveCallback,
    };
    this.interactions.set(id, state);
    this.interactionsByToken.set(token, state);
    try {
      this.dispatch('INTERACTION_CREATE', full, guildId ? shardForGuild(guildId, this.shardCount) : 0);
    } catch (e) {
      this.interactions.delete(id);
      this.interactionsByToken.delete(token);
      throw e;
    }

    const responses = (): RecordedRequest[] => this.requests.filter((r) => r.interactionId === id);
    return {
      id,
      token,
      payload: full,
      callback,
      waitForCallback: (timeoutMs = 5000) =>
        this.waitFor((r) => r.interactionId === id && r.path.endsWith('/callback') && r.status < 300, timeoutMs),
      responses,
      waitForResponse: (predicate, timeoutMs = 5000) =>
        this.waitFor((r) => r.interactionId === id && predicate(r), timeoutMs),
      original: () => (state.originalMessageId ? this.getMessage(state.originalMessageId) : undefined),
      messages: () =>
        state.messageIds.map((mid) => this.messages.get(mid)).filter((m): m is JsonObject => !!m).map((m) => clone(m)),
    };
  }

  /**
   * Dispatches a chat-input (slash) command interaction (type 2, data type 1).
   * `options` are raw API options, or a record `{ name: value }` whose types come from the
   * registered command with that name (else inferred: string→3, integer→4, other number→10,
   * boolean→5). User/channel/role option values (ids) get `data.resolved` filled in.
   */
  slash(name: string, options: CommandOptions = [], extra: CommandExtra = {}): InteractionHandle {
    return this.interaction({ type: 2, data: this.commandData(name, options, extra, false) }, extra);
  }

  /**
   * Dispatches an autocomplete interaction (type 4). With raw options, mark one `focused: true`;
   * with a record, `extra.focused` names the focused option (default: the last one).
   * Focused values are strings, as Discord sends what the user typed.
   */
  autocomplete(name: string, options: CommandOptions, extra: CommandExtra = {}): InteractionHandle {
    return this.interaction({ type: 4, data: this.commandData(name, options, extra, true) }, extra);
  }

  /**
   * Dispatches a message command (type 2, data type 3: right-click a message › Apps) run on
   * `target`, a stored message id or a raw message. As Discord does, the target is sent whole
   * in `data.resolved.messages` (content included even without the MessageContent intent),
   * named by `data.target_id`.
   */
  messageCommand(name: string, target: string | JsonObject, extra: CommandExtra = {}): InteractionHandle {
    const message = typeof target === 'string' ? this.messages.get(target) : target;
    if (!message) throw new Error(`fake-discord: unknown message ${String(target)}`);
    const guildId = extra.dm ? null : (extra.guildId ?? this.guildId);
    const registered = this.findCommand(name, guildId, 3);
    const commandId = extra.commandId ?? (typeof registered?.['id'] === 'string' ? registered['id'] : (this.madeUpCommandIds.get(`3:${name}`) ?? snowflake()));
    this.madeUpCommandIds.set(`3:${name}`, commandId);
    const id = String(message['id']);
    const resolved = extra.resolved ?? { messages: { [id]: clone(message) } };
    return this.interaction(
      {
        type: 2,
        ...(typeof message['channel_id'] === 'string' ? { channel_id: message['channel_id'] } : {}),
        data: { id: commandId, name, type: 3, target_id: id, resolved, ...(registered?.['guild_id'] ? { guild_id: registered['guild_id'] } : {}) },
      },
      extra,
    );
  }

  /** Dispatches a button click (type 3, component_type 2) on a bot message (see {@link ComponentExtra}). */
  button(customId: string, extra: ComponentExtra = {}): InteractionHandle {
    return this.interaction(
      { type: 3, data: { custom_id: customId, component_type: 2 }, message: this.componentMessage(customId, extra) },
      extra,
    );
  }

  /** Dispatches a string select menu choice (type 3, component_type 3). */
  select(customId: string, values: string[], extra: ComponentExtra = {}): InteractionHandle {
    return this.interaction(
      {
        type: 3,
        data: { custom_id: customId, component_type: 3, values },
        message: this.componentMessage(customId, extra),
      },
      extra,
    );
  }

  /** Dispatches a modal submission (type 5) with text inputs `{ customId: value }`. */
  modalSubmit(customId: string, fields: Record<string, string>, extra: InteractionExtra = {}): InteractionHandle {
    return this.interaction(
      {
        type: 5,
        data: {
          custom_id: customId,
          components: Object.entries(fields).map(([k, v]) => ({
            type: 1,
            components: [{ type: 4, custom_id: k, value: v }],
          })),
        },
      },
      extra,
    );
  }

  /**
   * Dispatches MESSAGE_CREATE as a user (default the human user) in a guild channel (default
   * {@link FakeDiscord.channelId}) or a DM, stores the message and returns its id.
   * Delivery follows the session's intents: GuildMessages / DirectMessages are required, and
   * without MessageContent the content, embeds, attachments and components are blanked unless
   * the message mentions the bot or is a DM — as Discord does.
   */
  message(input: MessageInput): string {
    const author = this.resolveUser(input.author ?? this.userId);
    let channelId = input.channel_id ?? this.channelId;
    let info = this.channels.get(channelId);
    if (input.dm === true || info?.guildId === null) {
      channelId = input.dm === true && input.channel_id === undefined ? this.dmChannelFor(author.id) : channelId;
      info = this.channels.get(channelId);
    }
    if (!info) throw new Error(`fake-discord: unknown channel ${channelId}`);
    const parsed = parseMentions(input.content);
    const mentionIds = new Set(parsed.users.filter((id) => this.users.has(id)));
    for (const m of input.mentions ?? []) mentionIds.add(this.resolveUser(m).id);
    const msg = this.buildMessage({
      channelId,
      author,
      content: input.content,
      mentionIds: [...mentionIds],
      mentionRoles: [...new Set([...parsed.roles, ...(input.mention_roles ?? [])])],
      mentionEveryone: input.mention_everyone ?? parsed.everyone,
    });
    if (input.referenced_message !== undefined) {
      const ref =
        typeof input.referenced_message === 'string'
          ? this.messages.get(input.referenced_message)
          : input.referenced_message;
      if (!ref) throw new Error(`fake-discord: unknown referenced message ${JSON.stringify(input.referenced_message)}`);
      const refCopy = clone(ref);
      delete refCopy['referenced_message'];
      msg['type'] = 19;
      msg['message_reference'] = {
        type: 0,
        message_id: refCopy['id'],
        channel_id: refCopy['channel_id'] ?? channelId,
        ...(info.guildId ? { guild_id: info.guildId } : {}),
      };
      msg['referenced_message'] = refCopy;
      const repliedAuthor = asObject(refCopy['author']);
      const mentions = Array.isArray(msg['mentions']) ? (msg['mentions'] as JsonObject[]) : [];
      if (input.reply_ping !== false && typeof repliedAuthor['id'] === 'string' && !mentions.some((u) => u['id'] === repliedAuthor['id'])) {
        msg['mentions'] = [...mentions, repliedAuthor];
      }
    }
    Object.assign(msg, input.extra ?? {});
    this.messages.set(String(msg['id']), msg);
    this.deliverMessageCreate(msg);
    return String(msg['id']);
  }

  // -------------------------------------------------------------------------
  // Gateway faults
  // -------------------------------------------------------------------------

  /**
   * Closes the client's gateway socket(s) with `code` (default 4000 "unknown error", after which
   * discord.js RESUMEs at `resume_gateway_url`; with 1000 it re-IDENTIFYs). Sessions stay
   * resumable and events dispatched meanwhile are replayed on RESUME, unless
   * `invalidate: true`, in which case a RESUME gets INVALID_SESSION (d: false) and the client
   * must IDENTIFY again. Note: discord.js waits 500 ms before reconnecting, and an IDENTIFY of
   * the same shard within 5 s of the previous one waits for `@discordjs/ws`'s identify throttle.
   * Resolves when the sockets are closed; returns how many were closed.
   */
  async dropGateway(code = 4000, opts: { shard?: number; invalidate?: boolean; reason?: string } = {}): Promise<number> {
    const targets = [...this.conns].filter(
      (c) =>
        c.ws.readyState === WebSocket.OPEN &&
        (opts.shard === undefined || (c.session !== null && c.session.shard[0] === opts.shard)),
    );
    await Promise.all(
      targets.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (opts.invalidate && c.session) c.session.invalidated = true;
            c.serverClosing = true;
            c.ws.once('close', () => resolve());
            c.ws.close(code, opts.reason ?? 'fake-discord dropGateway');
          }),
      ),
    );
    return targets.length;
  }

  /** Sends op 7 RECONNECT to the shard(s): discord.js closes with 4200 and RESUMEs. */
  requestReconnect(shard?: number): void {
    for (const c of this.conns) {
      if (c.ws.readyState !== WebSocket.OPEN || !c.session) continue;
      if (shard !== undefined && c.session.shard[0] !== shard) continue;
      this.sendRaw(c, { op: GatewayOp.Reconnect, d: null, s: null, t: null });
    }
  }

  /** Sends op 9 INVALID_SESSION (`d = resumable`) to the shard(s) and invalidates their sessions unless resumable. */
  invalidateSession(resumable = false, shard?: number): void {
    for (const c of this.conns) {
      if (c.ws.readyState !== WebSocket.OPEN || !c.session) continue;
      if (shard !== undefined && c.session.shard[0] !== shard) continue;
      if (!resumable) c.session.invalidated = true;
      this.sendRaw(c, { op: GatewayOp.InvalidSession, d: resumable, s: null, t: null });
    }
  }

  /** Shard ids with an open, identified gateway connection. */
  connectedShards(): number[] {
    return [...this.conns]
      .filter((c) => c.ws.readyState === WebSocket.OPEN && c.session && !c.session.invalidated)
      .map((c) => c.session?.shard[0] ?? -1)
      .sort((a, b) => a - b);
  }

  /** The shard count the client identified with (or the recommended one before any IDENTIFY). */
  get currentShardCount(): number {
    return this.shardCount;
  }

  // -------------------------------------------------------------------------
  // Internals: users, guilds, messages
  // -------------------------------------------------------------------------

  private addUserRecord(input: Partial<FakeUser> & { id?: string }): FakeUser {
    const id = input.id ?? snowflake();
    const existing = this.users.get(id);
    const user: FakeUser = {
      id,
      username: input.username ?? existing?.username ?? `user${id.slice(-4)}`,
      global_name: input.global_name !== undefined ? input.global_name : (existing?.global_name ?? null),
      discriminator: input.discriminator ?? existing?.discriminator ?? '0',
      avatar: input.avatar !== undefined ? input.avatar : (existing?.avatar ?? null),
      public_flags: input.public_flags ?? existing?.public_flags ?? 0,
    };
    const bot = input.bot ?? existing?.bot;
    if (bot) user.bot = true;
    const system = input.system ?? existing?.system;
    if (system) user.system = true;
    this.users.set(id, user);
    return user;
  }

  private resolveUser(input: UserInput): FakeUser {
    if (typeof input === 'string') {
      return this.users.get(input) ?? this.addUserRecord({ id: input });
    }
    if (input.id && this.users.has(input.id) && Object.keys(input).length === 1) {
      return this.users.get(input.id) as FakeUser;
    }
    return this.addUserRecord(input);
  }

  private ensureMember(guild: FakeGuild, userId: string): FakeMember {
    let m = guild.members.get(userId);
    if (!m) {
      m = { userId, roles: [], nick: null, joined_at: new Date().toISOString() };
      guild.members.set(userId, m);
    }
    return m;
  }

  private guildOfChannel(channelId: string): FakeGuild | null {
    const gid = this.channels.get(channelId)?.guildId;
    return gid ? (this.guildById.get(gid) ?? null) : null;
  }

  private buildMessage(o: {
    channelId: string;
    author: FakeUser;
    content: string;
    mentionIds?: string[];
    mentionRoles?: string[];
    mentionEveryone?: boolean;
    body?: JsonObject;
    files?: RecordedFile[];
    type?: number;
  }): JsonObject {
    const id = snowflake();
    const info = this.channels.get(o.channelId);
    const body = o.body ?? {};
    const msg: JsonObject = {
      id,
      type: o.type ?? 0,
      channel_id: o.channelId,
      author: apiUser(o.author),
      content: o.content,
      timestamp: isoFromSnowflake(id),
      edited_timestamp: null,
      tts: body['tts'] === true,
      mention_everyone: o.mentionEveryone ?? false,
      mentions: (o.mentionIds ?? []).map((uid) => apiUser(this.users.get(uid) ?? { id: uid, username: 'unknown', global_name: null, discriminator: '0', avatar: null })),
      mention_roles: o.mentionRoles ?? [],
      mention_channels: [],
      attachments: attachmentsFor(o.files ?? [], `http://127.0.0.1:${this.port}`, o.channelId),
      embeds: Array.isArray(body['embeds']) ? clone(body['embeds']) : [],
      components: Array.isArray(body['components']) ? clone(body['components']) : [],
      pinned: false,
      flags: Number(body['flags'] ?? 0),
    };
    if (body['nonce'] !== undefined) msg['nonce'] = body['nonce'];
    if (body['poll'] !== undefined) msg['poll'] = clone(body['poll']);
    if (info?.guildId) msg['guild_id'] = info.guildId;
    return msg;
  }

  /** Bot-authored message from a REST payload (content parsed for mentions). */
  private buildBotMessage(channelId: string, body: JsonObject, files: RecordedFile[], type = 0): JsonObject {
    const content = typeof body['content'] === 'string' ? body['content'] : '';
    const parsed = parseMentions(content);
    const bot = this.users.get(this.botUserId) as FakeUser;
    return this.buildMessage({
      channelId,
      author: bot,
      content,
      mentionIds: parsed.users.filter((id) => this.users.has(id)),
      mentionRoles: parsed.roles,
      mentionEveryone: parsed.everyone,
      body,
      files,
      type,
    });
  }

  private applyEdit(msg: JsonObject, body: JsonObject, files: RecordedFile[]): void {
    if ('content' in body) {
      const content = typeof body['content'] === 'string' ? body['content'] : '';
      msg['content'] = content;
      const parsed = parseMentions(content);
      msg['mentions'] = parsed.users
        .map((id) => this.users.get(id))
        .filter((u): u is FakeUser => !!u)
        .map((u) => apiUser(u));
      msg['mention_roles'] = parsed.roles;
      msg['mention_everyone'] = parsed.everyone;
    }
    if ('embeds' in body) msg['embeds'] = Array.isArray(body['embeds']) ? clone(body['embeds']) : [];
    if ('components' in body) msg['components'] = Array.isArray(body['components']) ? clone(body['components']) : [];
    if ('poll' in body) msg['poll'] = clone(body['poll']);
    let attachments = Array.isArray(msg['attachments']) ? (msg['attachments'] as JsonObject[]) : [];
    if ('attachments' in body && Array.isArray(body['attachments'])) {
      const keep = new Set((body['attachments'] as JsonObject[]).map((a) => String(a['id'])));
      attachments = attachments.filter((a) => keep.has(String(a['id'])));
    }
    attachments = [
      ...attachments,
      ...attachmentsFor(files, `http://127.0.0.1:${this.port}`, String(msg['channel_id'])),
    ];
    msg['attachments'] = attachments;
    let flags = Number(msg['flags'] ?? 0) & ~LOADING_FLAG;
    if (typeof body['flags'] === 'number') flags = (flags & EPHEMERAL_FLAG) | (body['flags'] & ~LOADING_FLAG);
    msg['flags'] = flags;
    msg['edited_timestamp'] = new Date().toISOString();
  }

  private deliverMessageCreate(msg: JsonObject): void {
    const channelId = String(msg['channel_id']);
    const info = this.channels.get(channelId);
    const guild = this.guildOfChannel(channelId);
    const author = asObject(msg['author']);
    const authorId = String(author['id']);
    const d: JsonObject = { ...clone(msg), channel_type: info ? Number(info.json['type']) : 0 };
    if (guild) {
      d['guild_id'] = guild.id;
      const member = guild.members.get(authorId) ?? (msg['webhook_id'] ? undefined : this.ensureMember(guild, authorId));
      if (member) d['member'] = apiMemberPartial(member);
      d['mentions'] = (Array.isArray(msg['mentions']) ? (msg['mentions'] as JsonObject[]) : []).map((u) => {
        const m = guild.members.get(String(u['id']));
        return m ? { ...u, member: apiMemberPartial(m) } : u;
      });
    }
    const shard = guild ? shardForGuild(guild.id, this.shardCount) : 0;
    const session = this.activeSession(shard);
    if (!session) {
      throw new Error(`fake-discord: no gateway session for shard ${shard}; did the client log in?`);
    }
    const needed = guild ? Intents.GuildMessages : Intents.DirectMessages;
    if ((session.intents & needed) === 0) {
      this.log(`MESSAGE_CREATE ${String(msg['id'])} not delivered: intent ${needed} missing`);
      return;
    }
    const mentionsBot = (Array.isArray(msg['mentions']) ? (msg['mentions'] as JsonObject[]) : []).some(
      (u) => u['id'] === this.botUserId,
    );
    if ((session.intents & Intents.MessageContent) === 0 && guild && authorId !== this.botUserId && !mentionsBot) {
      d['content'] = '';
      d['embeds'] = [];
      d['attachments'] = [];
      d['components'] = [];
      delete d['poll'];
    }
    this.dispatchTo(session, 'MESSAGE_CREATE', d);
  }

  private echo(msg: JsonObject): void {
    if (!this.opts.echoBotMessages) return;
    if ((Number(msg['flags'] ?? 0) & EPHEMERAL_FLAG) !== 0) return;
    try {
      this.deliverMessageCreate(msg);
    } catch (e) {
      this.log(`echo skipped: ${String(e)}`);
    }
  }

  private componentMessage(customId: string, extra: ComponentExtra): JsonObject {
    if (extra.message) return extra.message;
    if (extra.messageId) {
      const m = this.messages.get(extra.messageId);
      if (!m) throw new Error(`fake-discord: unknown message ${extra.messageId}`);
      return clone(m);
    }
    const channelId = extra.dm
      ? this.dmChannelFor(this.resolveUser(extra.user ?? this.userId).id)
      : (extra.channelId ?? this.guildById.get(extra.guildId ?? this.guildId)?.channelId ?? this.channelId);
    const candidates = this.channelMessages(channelId)
      .filter((m) => asObject(m['author'])['id'] === this.botUserId)
      .filter((m) => JSON.stringify(m['components'] ?? []).includes(JSON.stringify(customId)));
    const last = candidates[candidates.length - 1];
    if (last) return last;
    const bot = this.users.get(this.botUserId) as FakeUser;
    const msg = this.buildMessage({
      channelId,
      author: bot,
      content: '',
      body: {
        components: [{ type: 1, components: [{ type: 2, style: 1, label: customId, custom_id: customId }] }],
      },
    });
    this.messages.set(String(msg['id']), msg);
    return clone(msg);
  }

  private findCommand(name: string, guildId: string | null, type = 1): JsonObject | undefined {
    const scopes = guildId ? [guildId, 'global'] : ['global'];
    for (const s of scopes) {
      const found = (this.commandsByScope.get(s) ?? []).find((c) => c['name'] === name && Number(c['type'] ?? 1) === type);
      if (found) return found;
    }
    return undefined;
  }

  private commandData(name: string, options: CommandOptions, extra: CommandExtra, autocomplete: boolean): JsonObject {
    const guildId = extra.dm ? null : (extra.guildId ?? this.guildId);
    const registered = this.findCommand(name, guildId);
    let commandId = extra.commandId ?? (typeof registered?.['id'] === 'string' ? registered['id'] : undefined);
    if (!commandId) {
      commandId = this.madeUpCommandIds.get(name) ?? snowflake();
      this.madeUpCommandIds.set(name, commandId);
    }
    let opts: JsonObject[];
    if (Array.isArray(options)) {
      opts = clone(options as JsonObject[]);
    } else {
      const record = options as Record<string, string | number | boolean>;
      const keys = Object.keys(record);
      const focused = autocomplete ? (extra.focused ?? keys[keys.length - 1]) : undefined;
      const defs = Array.isArray(registered?.['options']) ? (registered['options'] as JsonObject[]) : [];
      opts = keys.map((key) => {
        const value = record[key];
        const def = defs.find((o) => o['name'] === key);
        let type = typeof def?.['type'] === 'number' ? def['type'] : undefined;
        if (type === undefined) {
          type =
            typeof value === 'boolean' ? 5 : typeof value === 'number' ? (Number.isInteger(value) ? 4 : 10) : 3;
        }
        if (key === focused) return { name: key, type, value: String(value), focused: true };
        return { name: key, type, value };
      });
    }
    const data: JsonObject = { id: commandId, name, type: 1 };
    if (opts.length > 0) data['options'] = opts;
    if (registered?.['guild_id']) data['guild_id'] = registered['guild_id'];
    const resolved = extra.resolved ?? this.resolvedFor(opts, guildId);
    if (resolved) data['resolved'] = resolved;
    return data;
  }

  private resolvedFor(options: JsonObject[], guildId: string | null): JsonObject | undefined {
    const users: JsonObject = {};
    const members: JsonObject = {};
    const channels: JsonObject = {};
    const roles: JsonObject = {};
    const guild = guildId ? this.guildById.get(guildId) : undefined;
    const walk = (opts: JsonObject[]): void => {
      for (const o of opts) {
        if (Array.isArray(o['options'])) walk(o['options'] as JsonObject[]);
        const value = typeof o['value'] === 'string' ? o['value'] : null;
        if (!value || o['focused'] === true) continue;
        const type = Number(o['type']);
        if (type === 6 || type === 9) {
          const u = this.users.get(value);
          if (u) {
            users[value] = apiUser(u);
            const m = guild?.members.get(value);
            if (guild && m) members[value] = { ...apiMemberPartial(m), permissions: memberPermissions(guild, m) };
          }
        }
        if (type === 7) {
          const ch = this.channels.get(value);
          if (ch) channels[value] = { ...clone(ch.json), permissions: '0' };
        }
        if ((type === 8 || type === 9) && guild) {
          const role = this.guildRoles(guild).find((r) => r['id'] === value);
          if (role) roles[value] = role;
        }
      }
    };
    walk(options);
    const out: JsonObject = {};
    if (Object.keys(users).length) out['users'] = users;
    if (Object.keys(members).length) out['members'] = members;
    if (Object.keys(channels).length) out['channels'] = channels;
    if (Object.keys(roles).length) out['roles'] = roles;
    return Object.keys(out).length ? out : undefined;
  }

  private guildRoles(g: FakeGuild): JsonObject[] {
    return [
      apiRole(g.id, '@everyone', g.everyonePermissions, 0),
      apiRole(g.botRoleId, this.opts.botUsername, g.botPermissions, 1, {
        managed: true,
        tags: { bot_id: this.botUserId },
      }),
    ];
  }

  private guildJson(g: FakeGuild): JsonObject {
    return {
      id: g.id,
      name: g.name,
      icon: null,
      icon_hash: null,
      splash: null,
      discovery_splash: null,
      owner_id: g.ownerId,
      region: 'deprecated',
      afk_channel_id: null,
      afk_timeout: 300,
      widget_enabled: false,
      widget_channel_id: null,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: this.guildRoles(g),
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: g.channelId,
      system_channel_flags: 0,
      rules_channel_id: null,
      max_presences: null,
      max_members: 500_000,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      max_video_channel_users: 25,
      max_stage_video_channel_users: 50,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      incidents_data: null,
    };
  }

  private guildCreatePayload(g: FakeGuild): JsonObject {
    const channels = [...this.channels.values()]
      .filter((c) => c.guildId === g.id)
      .map((c) => {
        const json = clone(c.json);
        delete json['guild_id'];
        return json;
      });
    return {
      ...this.guildJson(g),
      joined_at: g.joinedAt,
      large: false,
      unavailable: false,
      member_count: g.members.size,
      voice_states: [],
      members: [...g.members.values()].map((m) => apiMember(m, this.users.get(m.userId) as FakeUser)),
      channels,
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      embedded_activities: [],
      lazy: true,
    };
  }

  // -------------------------------------------------------------------------
  // Internals: gateway
  // -------------------------------------------------------------------------

  private log(msg: string): void {
    if (this.opts.debug) process.stderr.write(`[fake-discord] ${msg}\n`);
  }

  private describe(): string {
    const last = this.requests.slice(-15).map((r) => `  ${r.status} ${r.method} ${r.path}${r.faulted ? ' (faulted)' : ''}`);
    const unknown = this.unknownRoutes.map((u) => `  ${u.method} ${u.path}`);
    return [
      `Recorded requests (last ${last.length} of ${this.requests.length}):`,
      ...last,
      `Unknown routes (${unknown.length}):`,
      ...unknown,
      `Gateway: connections=${this.connections} identifies=${this.identifies} resumes=${this.resumes} open shards=[${this.connectedShards().join(',')}]`,
    ].join('\n');
  }

  private activeSession(shardId: number): Session | undefined {
    let best: Session | undefined;
    for (const s of this.sessions.values()) {
      if (s.invalidated || s.shard[0] !== shardId) continue;
      if (!best || s.createdAt >= best.createdAt) best = s;
    }
    return best;
  }

  private sendRaw(c: Conn, payload: JsonObject): void {
    if (c.ws.readyState === WebSocket.OPEN) c.ws.send(JSON.stringify(payload));
  }

  private dispatchTo(session: Session, t: string, d: JsonObject): void {
    session.seq += 1;
    const data = JSON.stringify({ op: GatewayOp.Dispatch, t, s: session.seq, d });
    session.log.push({ s: session.seq, data });
    if (session.log.length > 5000) session.log.shift();
    const c = session.conn;
    if (c && c.ws.readyState === WebSocket.OPEN) {
      c.ws.send(data);
      this.log(`→ shard ${session.shard[0]} ${t} s=${session.seq}`);
    } else {
      this.log(`(buffered) shard ${session.shard[0]} ${t} s=${session.seq}`);
    }
  }

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    this.connections += 1;
    const conn: Conn = { n: ++this.connCounter, ws, url: req.url ?? '/', session: null, serverClosing: false };
    this.conns.add(conn);
    this.gatewayConnections.push({ connection: conn.n, url: conn.url, at: performance.now() });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    this.log(`gateway connection #${conn.n} ${conn.url}`);
    ws.on('close', (code, reasonBuf) => {
      this.conns.delete(conn);
      const reason = reasonBuf.toString('utf8');
      this.gatewayCloses.push({
        connection: conn.n,
        shard: conn.session ? [...conn.session.shard] : null,
        code,
        reason,
        by: conn.serverClosing ? 'server' : 'client',
        at: performance.now(),
      });
      this.log(`gateway connection #${conn.n} closed ${code} by ${conn.serverClosing ? 'server' : 'client'}`);
      if (conn.session && conn.session.conn === conn) {
        conn.session.conn = null;
        // Discord invalidates a session when the client closes with 1000/1001.
        if (!conn.serverClosing && (code === 1000 || code === 1001)) conn.session.invalidated = true;
      }
    });
    ws.on('error', (e) => this.internalErrors.push(e));
    const version = url.searchParams.get('v');
    const encoding = url.searchParams.get('encoding') ?? 'json';
    if (version !== null && version !== '10' && version !== '9') {
      ws.close(4012, 'Invalid API version');
      return;
    }
    if (encoding !== 'json') {
      ws.close(4002, 'fake-discord only supports encoding=json');
      return;
    }
    if (url.searchParams.has('compress')) this.log('client asked for compression; sending uncompressed text frames');
    ws.on('message', (raw: RawData) => {
      try {
        this.onGatewayMessage(conn, raw);
      } catch (e) {
        this.internalErrors.push(e instanceof Error ? e : new Error(String(e)));
        ws.close(4002, 'Error while decoding payload.');
      }
    });
    this.sendRaw(conn, {
      op: GatewayOp.Hello,
      d: { heartbeat_interval: this.opts.heartbeatIntervalMs, _trace: ['["fake-discord-gateway",{"micros":0}]'] },
      s: null,
      t: null,
    });
  }

  private onGatewayMessage(conn: Conn, raw: RawData): void {
    const text = Array.isArray(raw) ? Buffer.concat(raw).toString('utf8') : Buffer.from(raw as ArrayBuffer).toString('utf8');
    const payload = asObject(JSON.parse(text));
    const op = Number(payload['op']);
    const d = payload['d'];
    this.gatewayReceived.push({
      connection: conn.n,
      shard: conn.session ? [...conn.session.shard] : null,
      op,
      d: redact(d),
      at: performance.now(),
    });
    this.log(`← #${conn.n} op ${op}`);
    switch (op) {
      case GatewayOp.Heartbeat:
        this.heartbeats += 1;
        if (this.ackHeartbeats) this.sendRaw(conn, { op: GatewayOp.HeartbeatAck, d: null, s: null, t: null });
        return;
      case GatewayOp.Identify:
        this.onIdentify(conn, asObject(d));
        return;
      case GatewayOp.Resume:
        this.onResume(conn, asObject(d));
        return;
      case GatewayOp.PresenceUpdate:
      case GatewayOp.VoiceStateUpdate:
      case GatewayOp.RequestSoundboardSounds:
        if (!conn.session) conn.ws.close(4003, 'Not authenticated.');
        return;
      case GatewayOp.RequestGuildMembers:
        if (!conn.session) {
          conn.ws.close(4003, 'Not authenticated.');
          return;
        }
        this.onRequestGuildMembers(conn.session, asObject(d));
        return;
      default:
        conn.ws.close(4001, 'Unknown opcode.');
    }
  }

  /** Closes the socket as Discord does when an IDENTIFY or RESUME comes twice or with a wrong token. */
  private refuseAuth(conn: Conn, d: JsonObject): boolean {
    if (conn.session) {
      conn.ws.close(4005, 'Already authenticated.');
      return true;
    }
    if (d['token'] !== this.token) {
      conn.ws.close(4004, 'Authentication failed.');
      return true;
    }
    return false;
  }

  private onIdentify(conn: Conn, d: JsonObject): void {
    if (this.refuseAuth(conn, d)) return;
    const rawShard = Array.isArray(d['shard']) ? (d['shard'] as unknown[]) : [0, 1];
    const shard: [number, number] = [Number(rawShard[0]), Number(rawShard[1])];
    if (!Number.isInteger(shard[0]) || !Number.isInteger(shard[1]) || shard[1] < 1 || shard[0] < 0 || shard[0] >= shard[1]) {
      conn.ws.close(4010, 'Invalid shard.');
      return;
    }
    if (typeof d['intents'] !== 'number') {
      conn.ws.close(4013, 'Invalid intent(s).');
      return;
    }
    if ((d['intents'] & PRIVILEGED_INTENTS & ~this.opts.privilegedIntents) !== 0) {
      conn.ws.close(4014, 'Disallowed intent(s).');
      return;
    }
    this.identifies += 1;
    this.shardCount = shard[1];
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      shard,
      intents: d['intents'],
      seq: 0,
      log: [],
      conn,
      invalidated: false,
      createdAt: performance.now(),
    };
    // A new IDENTIFY for a shard replaces older sessions of that shard.
    for (const s of this.sessions.values()) if (s.shard[0] === shard[0]) s.invalidated = true;
    this.sessions.set(session.id, session);
    conn.session = session;
    const shardGuilds = this.guilds.filter((g) => shardForGuild(g.id, shard[1]) === shard[0]);
    const bot = this.users.get(this.botUserId) as FakeUser;
    this.dispatchTo(session, 'READY', {
      v: 10,
      user_settings: {},
      user: { ...apiUser(bot), bot: true, verified: true, mfa_enabled: false, email: null, flags: 0 },
      guilds: shardGuilds.map((g) => ({ id: g.id, unavailable: true })),
      guild_join_requests: [],
      presences: [],
      private_channels: [],
      relationships: [],
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.resumeGatewayUrl,
      shard,
      application: { id: this.applicationId, flags: (1 << 15) | (1 << 19) },
      geo_ordered_rtc_regions: ['fake'],
      auth: {},
      _trace: ['["fake-discord-gateway",{"micros":0}]'],
    });
    if ((session.intents & Intents.Guilds) !== 0) {
      for (const g of shardGuilds) this.dispatchTo(session, 'GUILD_CREATE', this.guildCreatePayload(g));
    }
  }

  private onResume(conn: Conn, d: JsonObject): void {
    if (this.refuseAuth(conn, d)) return;
    const session = this.sessions.get(String(d['session_id']));
    if (!session || session.invalidated) {
      this.sendRaw(conn, { op: GatewayOp.InvalidSession, d: false, s: null, t: null });
      return;
    }
    const seq = Number(d['seq'] ?? 0);
    if (session.conn && session.conn !== conn && session.conn.ws.readyState === WebSocket.OPEN) {
      session.conn.serverClosing = true;
      session.conn.ws.close(4000, 'Session resumed elsewhere');
    }
    session.conn = conn;
    conn.session = session;
    this.resumes += 1;
    let replayed = 0;
    for (const entry of session.log) {
      if (entry.s > seq) {
        conn.ws.send(entry.data);
        replayed += 1;
      }
    }
    this.log(`shard ${session.shard[0]} resumed from seq ${seq}, replayed ${replayed}`);
    this.dispatchTo(session, 'RESUMED', { _trace: ['["fake-discord-gateway",{"micros":0}]'] });
  }

  private onRequestGuildMembers(session: Session, d: JsonObject): void {
    const guild = this.guildById.get(String(d['guild_id']));
    if (!guild) return;
    const userIds = Array.isArray(d['user_ids'])
      ? (d['user_ids'] as unknown[]).map(String)
      : typeof d['user_ids'] === 'string'
        ? [d['user_ids']]
        : null;
    const query = typeof d['query'] === 'string' ? d['query'].toLowerCase() : '';
    const limit = Number(d['limit'] ?? 0) || Number.POSITIVE_INFINITY;
    let members = [...guild.members.values()];
    if (userIds) members = members.filter((m) => userIds.includes(m.userId));
    else if (query) members = members.filter((m) => (this.users.get(m.userId)?.username ?? '').toLowerCase().startsWith(query));
    members = members.slice(0, limit);
    const chunk: JsonObject = {
      guild_id: guild.id,
      members: members.map((m) => apiMember(m, this.users.get(m.userId) as FakeUser)),
      chunk_index: 0,
      chunk_count: 1,
      not_found: userIds ? userIds.filter((id) => !guild.members.has(id)) : [],
    };
    if (d['nonce'] !== undefined) chunk['nonce'] = d['nonce'];
    if (d['presences'] === true) chunk['presences'] = [];
    this.dispatchTo(session, 'GUILD_MEMBERS_CHUNK', chunk);
  }

  // -------------------------------------------------------------------------
  // Internals: HTTP
  // -------------------------------------------------------------------------

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    const raw = await readBody(req);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    }
    const m = /^\/api(?:\/v(\d+))?(\/.*)?$/.exec(url.pathname);
    // Decode per segment: discord.js sends e.g. `/messages/%40original` and URL-encoded emojis.
    const path = (m ? (m[2] ?? '/') : url.pathname)
      .split('/')
      .map((seg) => {
        try {
          return decodeURIComponent(seg);
        } catch {
          return seg;
        }
      })
      .join('/');
    const apiVersion = m?.[1] ? Number(m[1]) : null;
    const query = Object.fromEntries(url.searchParams.entries());
    let parsed: { body: unknown; files: RecordedFile[] };
    try {
      parsed = await parseBody(raw, headers['content-type'] ?? '');
    } catch {
      parsed = { body: raw.toString('utf8'), files: [] };
    }
    const rec: RecordedRequest = {
      method,
      path,
      apiVersion,
      query,
      headers,
      body: parsed.body,
      files: parsed.files,
      at,
      status: 0,
      responseBody: undefined,
      faulted: false,
      interactionId: this.interactionIdFor(path),
    };

    let wait = 0;
    for (const d of this.delays) {
      if (d.remaining > 0 && matches(d.matcher, method, path)) {
        d.remaining -= 1;
        wait += d.ms;
      }
    }
    this.delays = this.delays.filter((d) => d.remaining > 0);
    if (wait > 0) await sleep(wait);

    let result: HttpResult;
    const fault = this.faults.find((f) => f.remaining > 0 && matches(f.matcher, method, path));
    if (fault) {
      fault.remaining -= 1;
      this.faults = this.faults.filter((f) => f.remaining > 0);
      rec.faulted = true;
      result = { status: fault.response.status, body: fault.response.body, headers: fault.response.headers ?? {} };
    } else if (!m) {
      result = this.unknown(rec);
    } else {
      result = await this.route(rec);
    }

    rec.status = result.status;
    rec.responseBody = result.body;
    this.record(rec);
    this.log(`${method} ${path} → ${result.status}${rec.faulted ? ' (faulted)' : ''}`);

    const outHeaders: Record<string, string> = { ...(result.headers ?? {}) };
    if (result.status === 204 || result.body === undefined) {
      res.writeHead(result.status, outHeaders);
      res.end();
      return;
    }
    outHeaders['content-type'] ??= 'application/json';
    res.writeHead(result.status, outHeaders);
    res.end(typeof result.body === 'string' && !outHeaders['content-type'].startsWith('application/json') ? result.body : JSON.stringify(result.body));
  }

  private record(rec: RecordedRequest): void {
    this.requests.push(rec);
    if (rec.interactionId && rec.method === 'POST' && rec.path.endsWith('/callback') && rec.status < 300) {
      this.interactions.get(rec.interactionId)?.resolveCallback(rec);
    }
    for (const w of [...this.waiters]) w(rec);
  }

  private interactionIdFor(path: string): string | null {
    const cb = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (cb) return cb[1] ?? null;
    const wh = /^\/webhooks\/\d+\/([^/]+)/.exec(path);
    if (wh) return this.interactionsByToken.get(wh[1] ?? '')?.id ?? null;
    return null;
  }

  private unknown(rec: RecordedRequest): HttpResult {
    this.unknownRoutes.push({ method: rec.method, path: rec.path, query: rec.query, at: rec.at });
    this.log(`UNKNOWN ROUTE ${rec.method} ${rec.path}`);
    return fail(404, { ...DiscordErrors.notFound });
  }

  private async route(rec: RecordedRequest): Promise<HttpResult> {
    for (const r of this.routes) {
      if (r.method !== rec.method) continue;
      const m = r.re.exec(rec.path);
      if (!m) continue;
      const params = m.groups ?? {};
      const open = rec.path.startsWith('/interactions/') || rec.path.startsWith('/webhooks/') || rec.path === '/gateway';
      if (!open && rec.headers['authorization'] !== `Bot ${this.token}`) {
        return fail(401, { ...DiscordErrors.unauthorized });
      }
      return r.handler(rec, params);
    }
    return this.unknown(rec);
  }

  private addRoute(method: string, pattern: string, handler: RouteHandler): void {
    const re = new RegExp(
      `^${pattern.replace(/:([a-zA-Z]+)/g, (_s, name: string) => `(?<${name}>[^/]+)`)}$`,
    );
    this.routes.push({ method, re, handler });
  }

  private registerRoutes(): void {
    // Gateway
    this.addRoute('GET', '/gateway', () => ok({ url: this.gatewayUrl }));
    this.addRoute('GET', '/gateway/bot', () =>
      ok({
        url: this.gatewayUrl,
        shards: this.opts.shards,
        session_start_limit: {
          total: 1000,
          remaining: Math.max(0, this.opts.sessionStartRemaining - this.identifies),
          reset_after: 14_400_000,
          max_concurrency: this.opts.maxConcurrency,
        },
      }),
    );

    // Users
    this.addRoute('GET', '/users/@me', () =>
      ok({ ...apiUser(this.users.get(this.botUserId) as FakeUser), bot: true, verified: true, mfa_enabled: false, flags: 0 }),
    );
    this.addRoute('GET', '/users/:userId', (_r, p) => {
      const u = this.users.get(p['userId'] ?? '');
      return u ? ok(apiUser(u)) : fail(404, { ...DiscordErrors.unknownUser });
    });
    this.addRoute('POST', '/users/@me/channels', (r) => {
      const rawRecipient = asObject(r.body)['recipient_id'];
      const recipient = typeof rawRecipient === 'string' ? rawRecipient : JSON.stringify(rawRecipient ?? null);
      if (!this.users.has(recipient)) {
        return fromError(invalidFormBody(['recipient_id'], 'NUMBER_TYPE_COERCE', `Value "${recipient}" is not snowflake.`));
      }
      const id = this.dmChannelFor(recipient);
      return ok(clone(this.channels.get(id)?.json));
    });

    // Applications & commands
    const application = (): JsonObject => ({
      id: this.applicationId,
      name: this.opts.botUsername,
      icon: null,
      description: 'Fake application',
      summary: '',
      type: null,
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: (1 << 15) | (1 << 19),
      owner: apiUser(this.users.get(this.guilds[0]?.ownerId ?? '') as FakeUser),
      team: null,
      approximate_guild_count: this.guilds.length,
      bot: apiUser(this.users.get(this.botUserId) as FakeUser),
      integration_types_config: { '0': {} },
      install_params: { scopes: ['bot', 'applications.commands'], permissions: '0' },
    });
    this.addRoute('GET', '/applications/@me', () => ok(application()));
    this.addRoute('GET', '/oauth2/applications/@me', () => ok(application()));
    this.addRoute('PATCH', '/applications/@me', (r) => ok({ ...application(), ...asObject(r.body) }));

    const scopeOf = (p: Record<string, string>): string | HttpResult => {
      if (p['appId'] !== this.applicationId) return fail(403, { code: 20012, message: 'You are not authorized to perform this action on this application' });
      if (p['guildId'] !== undefined) {
        if (!this.guildById.has(p['guildId'])) return fail(404, { ...DiscordErrors.unknownGuild });
        return p['guildId'];
      }
      return 'global';
    };
    const commandJson = (scope: string, cmd: JsonObject, existing?: JsonObject): JsonObject => {
      const out: JsonObject = {
        id: existing?.['id'] ?? snowflake(),
        application_id: this.applicationId,
        version: snowflake(),
        default_member_permissions: null,
        type: 1,
        name: '',
        name_localizations: null,
        description: '',
        description_localizations: null,
        dm_permission: true,
        contexts: null,
        integration_types: [0],
        nsfw: false,
        ...clone(cmd),
      };
      if (scope !== 'global') out['guild_id'] = scope;
      return out;
    };
    const commandsRoutes = (prefix: string): void => {
      this.addRoute('GET', `${prefix}/commands`, (_r, p) => {
        const scope = scopeOf(p);
        return typeof scope === 'string' ? ok(clone(this.commandsByScope.get(scope) ?? [])) : scope;
      });
      this.addRoute('PUT', `${prefix}/commands`, (r, p) => {
        const scope = scopeOf(p);
        if (typeof scope !== 'string') return scope;
        if (!Array.isArray(r.body)) return fromError(invalidFormBody([], 'BASE_TYPE_ARRAY', 'Must be an array.'));
        const body = r.body as JsonObject[];
        if (body.length > 100) return fromError(invalidFormBody([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.'));
        for (const [i, cmd] of body.entries()) {
          const err = validateCommand(asObject(cmd), [String(i)]);
          if (err) return fromError(err);
        }
        const old = this.commandsByScope.get(scope) ?? [];
        const next = body.map((cmd) =>
          commandJson(
            scope,
            cmd,
            old.find((o) => o['name'] === cmd['name'] && Number(o['type'] ?? 1) === Number(cmd['type'] ?? 1)),
          ),
        );
        this.commandsByScope.set(scope, next);
        return ok(clone(next));
      });
      this.addRoute('POST', `${prefix}/commands`, (r, p) => {
        const scope = scopeOf(p);
        if (typeof scope !== 'string') return scope;
        const cmd = asObject(r.body);
        const err = validateCommand(cmd, []);
        if (err) return fromError(err);
        const list = this.commandsByScope.get(scope) ?? [];
        const idx = list.findIndex((o) => o['name'] === cmd['name'] && Number(o['type'] ?? 1) === Number(cmd['type'] ?? 1));
        const json = commandJson(scope, cmd, idx >= 0 ? list[idx] : undefined);
        if (idx >= 0) list[idx] = json;
        else list.push(json);
        this.commandsByScope.set(scope, list);
        return ok(clone(json), idx >= 0 ? 200 : 201);
      });
      this.addRoute('GET', `${prefix}/commands/:commandId`, (_r, p) => {
        const scope = scopeOf(p);
        if (typeof scope !== 'string') return scope;
        const cmd = (this.commandsByScope.get(scope) ?? []).find((c) => c['id'] === p['commandId']);
        return cmd ? ok(clone(cmd)) : fail(404, { ...DiscordErrors.unknownCommand });
      });
      this.addRoute('PATCH', `${prefix}/commands/:commandId`, (r, p) => {
        const scope = scopeOf(p);
        if (typeof scope !== 'string') return scope;
        const list = this.commandsByScope.get(scope) ?? [];
        const idx = list.findIndex((c) => c['id'] === p['commandId']);
        const current = list[idx];
        if (!current) return fail(404, { ...DiscordErrors.unknownCommand });
        const merged = { ...current, ...asObject(r.body), id: current['id'], version: snowflake() };
        const err = validateCommand(merged, []);
        if (err) return fromError(err);
        list[idx] = merged;
        return ok(clone(merged));
      });
      this.addRoute('DELETE', `${prefix}/commands/:commandId`, (_r, p) => {
        const scope = scopeOf(p);
        if (typeof scope !== 'string') return scope;
        const list = this.commandsByScope.get(scope) ?? [];
        if (!list.some((c) => c['id'] === p['commandId'])) return fail(404, { ...DiscordErrors.unknownCommand });
        this.commandsByScope.set(
          scope,
          list.filter((c) => c['id'] !== p['commandId']),
        );
        return noContent();
      });
    };
    commandsRoutes('/applications/:appId');
    commandsRoutes('/applications/:appId/guilds/:guildId');

    // Interactions
    this.addRoute('POST', '/interactions/:interactionId/:token/callback', (r, p) => this.onCallback(r, p));
    this.addRoute('POST', '/webhooks/:appId/:token', (r, p) => this.onFollowUp(r, p));
    this.addRoute('GET', '/webhooks/:appId/:token/messages/:messageId', (r, p) => this.onWebhookMessage(r, p));
    this.addRoute('PATCH', '/webhooks/:appId/:token/messages/:messageId', (r, p) => this.onWebhookMessage(r, p));
    this.addRoute('DELETE', '/webhooks/:appId/:token/messages/:messageId', (r, p) => this.onWebhookMessage(r, p));

    // Channels & messages
    this.addRoute('GET', '/channels/:channelId', (_r, p) => {
      const ch = this.channels.get(p['channelId'] ?? '');
      return ch ? ok(clone(ch.json)) : fail(404, { ...DiscordErrors.unknownChannel });
    });
    this.addRoute('POST', '/channels/:channelId/messages', (r, p) => this.onCreateMessage(r, p['channelId'] ?? ''));
    this.addRoute('GET', '/channels/:channelId/messages', (r, p) => {
      const channelId = p['channelId'] ?? '';
      if (!this.channels.has(channelId)) return fail(404, { ...DiscordErrors.unknownChannel });
      let list = this.channelMessages(channelId).reverse();
      const before = r.query['before'];
      const after = r.query['after'];
      if (before) list = list.filter((m) => compareIds(String(m['id']), before) < 0);
      if (after) list = list.filter((m) => compareIds(String(m['id']), after) > 0);
      const limit = Math.min(100, Math.max(1, Number(r.query['limit'] ?? 50)));
      return ok(list.slice(0, limit));
    });
    this.addRoute('GET', '/channels/:channelId/messages/:messageId', (_r, p) => {
      const msg = this.messages.get(p['messageId'] ?? '');
      if (!this.channels.has(p['channelId'] ?? '')) return fail(404, { ...DiscordErrors.unknownChannel });
      return msg && msg['channel_id'] === p['channelId'] ? ok(clone(msg)) : fail(404, { ...DiscordErrors.unknownMessage });
    });
    this.addRoute('PATCH', '/channels/:channelId/messages/:messageId', (r, p) => {
      const msg = this.messages.get(p['messageId'] ?? '');
      if (!msg || msg['channel_id'] !== p['channelId']) return fail(404, { ...DiscordErrors.unknownMessage });
      if (asObject(msg['author'])['id'] !== this.botUserId) {
        return fail(403, { code: 50005, message: 'Cannot edit a message authored by another user' });
      }
      const body = asObject(r.body);
      const err = validateMessagePayload(body, { create: false, fileCount: r.files.length });
      if (err) return fromError(err);
      this.applyEdit(msg, body, r.files);
      return ok(clone(msg));
    });
    this.addRoute('DELETE', '/channels/:channelId/messages/:messageId', (_r, p) => {
      const msg = this.messages.get(p['messageId'] ?? '');
      if (!msg || msg['channel_id'] !== p['channelId']) return fail(404, { ...DiscordErrors.unknownMessage });
      this.messages.delete(p['messageId'] ?? '');
      return noContent();
    });
    this.addRoute('POST', '/channels/:channelId/typing', (_r, p) =>
      this.channels.has(p['channelId'] ?? '') ? noContent() : fail(404, { ...DiscordErrors.unknownChannel }),
    );
    const reaction = (_r: RecordedRequest, p: Record<string, string>): HttpResult => {
      const msg = this.messages.get(p['messageId'] ?? '');
      return msg && msg['channel_id'] === p['channelId'] ? noContent() : fail(404, { ...DiscordErrors.unknownMessage });
    };
    this.addRoute('PUT', '/channels/:channelId/messages/:messageId/reactions/:emoji/@me', reaction);
    this.addRoute('DELETE', '/channels/:channelId/messages/:messageId/reactions/:emoji/@me', reaction);
    this.addRoute('DELETE', '/channels/:channelId/messages/:messageId/reactions/:emoji/:userId', reaction);

    // Guilds
    this.addRoute('GET', '/guilds/:guildId', (r, p) => {
      const g = this.guildById.get(p['guildId'] ?? '');
      if (!g) return fail(404, { ...DiscordErrors.unknownGuild });
      const json = this.guildJson(g);
      if (r.query['with_counts'] === 'true') {
        json['approximate_member_count'] = g.members.size;
        json['approximate_presence_count'] = 0;
      }
      return ok(json);
    });
    this.addRoute('GET', '/guilds/:guildId/channels', (_r, p) => {
      const g = this.guildById.get(p['guildId'] ?? '');
      if (!g) return fail(404, { ...DiscordErrors.unknownGuild });
      return ok([...this.channels.values()].filter((c) => c.guildId === g.id).map((c) => clone(c.json)));
    });
    this.addRoute('GET', '/guilds/:guildId/roles', (_r, p) => {
      const g = this.guildById.get(p['guildId'] ?? '');
      return g ? ok(this.guildRoles(g)) : fail(404, { ...DiscordErrors.unknownGuild });
    });
    this.addRoute('GET', '/guilds/:guildId/members/:userId', (_r, p) => {
      const g = this.guildById.get(p['guildId'] ?? '');
      if (!g) return fail(404, { ...DiscordErrors.unknownGuild });
      const m = g.members.get(p['userId'] ?? '');
      const u = m ? this.users.get(m.userId) : undefined;
      return m && u ? ok(apiMember(m, u)) : fail(404, { ...DiscordErrors.unknownMember });
    });
    this.addRoute('GET', '/guilds/:guildId/members', (r, p) => {
      const g = this.guildById.get(p['guildId'] ?? '');
      if (!g) return fail(404, { ...DiscordErrors.unknownGuild });
      const limit = Math.min(1000, Math.max(1, Number(r.query['limit'] ?? 1)));
      return ok(
        [...g.members.values()].slice(0, limit).map((m) => apiMember(m, this.users.get(m.userId) as FakeUser)),
      );
    });
  }

  private canSend(channelId: string): boolean {
    const guild = this.guildOfChannel(channelId);
    if (!guild) return true;
    const perms = BigInt(memberPermissions(guild, guild.members.get(this.botUserId)));
    const need = Perm.ViewChannel | Perm.SendMessages;
    return (perms & need) === need;
  }

  private onCreateMessage(r: RecordedRequest, channelId: string): HttpResult {
    const info = this.channels.get(channelId);
    if (!info) return fail(404, { ...DiscordErrors.unknownChannel });
    if (!this.canSend(channelId)) return fail(403, { ...DiscordErrors.missingPermissions });
    const body = asObject(r.body);
    const err = validateMessagePayload(body, { create: true, fileCount: r.files.length });
    if (err) return fromError(err);
    const msg = this.buildBotMessage(channelId, body, r.files);
    const ref = asObject(body['message_reference']);
    if (typeof ref['message_id'] === 'string') {
      const target = this.messages.get(ref['message_id']);
      if (!target) {
        if (ref['fail_if_not_exists'] !== false) {
          return fromError(invalidFormBody(['message_reference'], 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', 'Unknown message'));
        }
      } else {
        const copy = clone(target);
        delete copy['referenced_message'];
        msg['type'] = 19;
        msg['message_reference'] = {
          type: 0,
          message_id: target['id'],
          channel_id: target['channel_id'],
          ...(info.guildId ? { guild_id: info.guildId } : {}),
        };
        msg['referenced_message'] = copy;
        const repliedAuthor = asObject(copy['author']);
        const allowed = asObject(body['allowed_mentions']);
        const mentionsAuthor = allowed['replied_user'] !== false;
        if (mentionsAuthor && typeof repliedAuthor['id'] === 'string' && repliedAuthor['id'] !== this.botUserId) {
          const mentions = Array.isArray(msg['mentions']) ? (msg['mentions'] as JsonObject[]) : [];
          if (!mentions.some((u) => u['id'] === repliedAuthor['id'])) mentions.push(repliedAuthor);
          msg['mentions'] = mentions;
        }
      }
    }
    this.messages.set(String(msg['id']), msg);
    this.echo(msg);
    return ok(clone(msg));
  }

  private interactionFor(p: Record<string, string>): InteractionState | HttpResult {
    if (p['appId'] !== this.applicationId) return fail(404, { ...DiscordErrors.unknownWebhook });
    const st = this.interactionsByToken.get(p['token'] ?? '');
    if (!st) return fail(404, { ...DiscordErrors.unknownWebhook });
    return st;
  }

  private interactionMessage(st: InteractionState, body: JsonObject, files: RecordedFile[], original: boolean): JsonObject {
    const data = asObject(st.payload['data']);
    // Responses to application commands are type 20 (chat input) / 23 (context menu); others 0.
    const type = original && st.type === 2 ? (Number(data['type'] ?? 1) === 1 ? 20 : 23) : 0;
    const msg = this.buildBotMessage(st.channelId, body, files, type);
    const invoker = asObject(st.payload['user'] ?? asObject(st.payload['member'])['user']);
    msg['webhook_id'] = this.applicationId;
    msg['application_id'] = this.applicationId;
    msg['interaction_metadata'] = {
      id: st.id,
      type: st.type,
      user: invoker,
      authorizing_integration_owners: st.payload['authorizing_integration_owners'] ?? {},
      ...(st.type === 2 ? { name: data['name'], command_type: data['type'] ?? 1 } : {}),
    };
    msg['interaction'] = { id: st.id, type: st.type, name: data['name'] ?? data['custom_id'] ?? '', user: invoker };
    st.messageIds.push(String(msg['id']));
    return msg;
  }

  private onCallback(r: RecordedRequest, p: Record<string, string>): HttpResult {
    const st = this.interactions.get(p['interactionId'] ?? '');
    if (!st || st.token !== p['token']) return fail(404, { ...DiscordErrors.unknownInteraction });
    if (st.acknowledged) return fail(400, { ...DiscordErrors.alreadyAcknowledged });
    if (this.opts.interactionDeadlineMs !== null && Date.now() - st.createdAt > this.opts.interactionDeadlineMs) {
      return fail(404, { ...DiscordErrors.unknownInteraction });
    }
    const body = asObject(r.body);
    const type = Number(body['type']);
    const data = asObject(body['data']);
    const isComponent = st.type === 3 || (st.type === 5 && st.componentMessageId !== null);
    const invalidType = (): HttpResult =>
      fromError(invalidFormBody(['type'], 'INTERACTION_RESPONSE_TYPE_INVALID', 'Invalid interaction response type'));
    if (st.type === 4 && type !== 8) return invalidType();
    let message: JsonObject | undefined;
    switch (type) {
      case 4: {
        const err = validateMessagePayload(data, { path: ['data'], create: true, fileCount: r.files.length });
        if (err) return fromError(err);
        message = this.interactionMessage(st, data, r.files, true);
        this.messages.set(String(message['id']), message);
        st.originalMessageId = String(message['id']);
        this.echo(message);
        break;
      }
      case 5: {
        const flags = LOADING_FLAG | (Number(data['flags'] ?? 0) & EPHEMERAL_FLAG);
        message = this.interactionMessage(st, { content: '', flags }, [], true);
        this.messages.set(String(message['id']), message);
        st.originalMessageId = String(message['id']);
        break;
      }
      case 6:
      case 7: {
        if (!isComponent) return invalidType();
        const target = st.componentMessageId ? this.messages.get(st.componentMessageId) : undefined;
        if (type === 7) {
          const err = validateMessagePayload(data, { path: ['data'], create: false, fileCount: r.files.length });
          if (err) return fromError(err);
          if (target) this.applyEdit(target, data, r.files);
        }
        st.originalMessageId = st.componentMessageId;
        message = target;
        break;
      }
      case 8: {
        if (st.type !== 4) return invalidType();
        const err = validateAutocompleteChoices(data);
        if (err) return fromError(err);
        break;
      }
      case 9: {
        if (st.type === 5) return invalidType();
        if (typeof data['custom_id'] !== 'string' || typeof data['title'] !== 'string') {
          return fromError(invalidFormBody(['data', 'custom_id'], 'BASE_TYPE_REQUIRED', 'This field is required'));
        }
        break;
      }
      case 12:
        break;
      default:
        return invalidType();
    }
    st.acknowledged = true;
    if (r.query['with_response'] !== 'true') return noContent();
    const resource: JsonObject = { type };
    if (message) resource['message'] = clone(message);
    return ok({
      interaction: {
        id: st.id,
        type: st.type,
        activity_instance_id: null,
        response_message_id: message?.['id'] ?? null,
        response_message_loading: type === 5,
        response_message_ephemeral: message ? (Number(message['flags'] ?? 0) & EPHEMERAL_FLAG) !== 0 : false,
      },
      resource,
    });
  }

  private onFollowUp(r: RecordedRequest, p: Record<string, string>): HttpResult {
    const st = this.interactionFor(p);
    if (!('token' in st)) return st;
    if (!st.acknowledged) return fail(404, { ...DiscordErrors.unknownWebhook });
    const body = asObject(r.body);
    const err = validateMessagePayload(body, { create: true, fileCount: r.files.length });
    if (err) return fromError(err);
    const msg = this.interactionMessage(st, body, r.files, false);
    this.messages.set(String(msg['id']), msg);
    this.echo(msg);
    return r.query['wait'] === 'true' ? ok(clone(msg)) : noContent();
  }

  private onWebhookMessage(r: RecordedRequest, p: Record<string, string>): HttpResult {
    const st = this.interactionFor(p);
    if (!('token' in st)) return st;
    const requested = p['messageId'] ?? '';
    const id = requested === '@original' ? st.originalMessageId : requested;
    const owned = id !== null && (id === st.originalMessageId || st.messageIds.includes(id));
    const msg = id !== null && owned ? this.messages.get(id) : undefined;
    if (!msg || id === null) return fail(404, { ...DiscordErrors.unknownMessage });
    if (r.method === 'GET') return ok(clone(msg));
    if (r.method === 'DELETE') {
      this.messages.delete(id);
      if (st.originalMessageId === id) st.originalMessageId = null;
      return noContent();
    }
    const body = asObject(r.body);
    const err = validateMessagePayload(body, { create: false, fileCount: r.files.length });
    if (err) return fromError(err);
    this.applyEdit(msg, body, r.files);
    return ok(clone(msg));
  }
}
