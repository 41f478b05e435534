// The bot's configuration, read from the environment (and .env through
// dotenv, loaded by the entry point). Every variable is checked at start-up; a
// bad one stops it with the variable's name and the fix, and the token's value
// is never repeated.
import { z } from 'zod';

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ['text', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface Config {
  /** Absent: the bot runs offline in the terminal. */
  token?: string;
  /** The application id: DISCORD_CLIENT_ID, else read from the token. */
  clientId?: string;
  /** Commands are deployed to this guild only (instant), else globally. */
  guildId?: string;
  /** REST base URL of a Discord-compatible server; Discord's own when absent. */
  apiBase?: string;
  cooldownSeconds: number;
  contextTtlMinutes: number;
  contextMaxTurns: number;
  contextMaxConversations: number;
  logLevel: LogLevel;
  /** Readable text, or one JSON object per line for a log collector. */
  logFormat: LogFormat;
  /** On SIGTERM or SIGINT, how long accepted questions may still be answered before the gateway is closed. */
  shutdownGraceSeconds: number;
  /** Absent: the project's knowledge/ folder. */
  knowledgeDir?: string;
  registerCommandsOnStart: boolean;
  /** Ask for the privileged Message Content intent (must then be enabled in the Developer Portal). */
  messageContent: boolean;
  /** JSONL file where declined questions are appended; absent: not recorded. */
  gapsLog?: string;
  /** Record who asked each declined question (off: the log is about questions, not people). */
  gapsLogUserIds: boolean;
  /** Users allowed to /reload besides the application's owner (or team) and members with Manage Server. */
  ownerIds: string[];
  /** Shards for npm run start:sharded: a number, or "auto" for Discord's recommendation. */
  shardCount: number | 'auto';
}

export const DEFAULTS = {
  cooldownSeconds: 2,
  contextTtlMinutes: 30,
  contextMaxTurns: 6,
  contextMaxConversations: 1000,
  logLevel: 'info',
  logFormat: 'text',
  shutdownGraceSeconds: 10,
  /** Offline, the terminal is the conversation: only warnings and errors go to stderr unless LOG_LEVEL says otherwise. */
  offlineLogLevel: 'warn',
  /** Offline there is one user, and a piped session types faster than any cooldown. */
  offlineCooldownSeconds: 0,
  registerCommandsOnStart: false,
  /** Mentions, replies and DMs reach the bot without the privileged intent. */
  messageContent: false,
  gapsLogUserIds: false,
  shardCount: 'auto',
} as const satisfies Partial<Config> & { offlineLogLevel: LogLevel; offlineCooldownSeconds: number };

export interface ConfigProblem {
  variable: string;
  problem: string;
  fix: string;
}

export class ConfigError extends Error {
  readonly problems: ConfigProblem[];
  constructor(problems: ConfigProblem[]) {
    super(
      `The configuration is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.variable}: ${p.problem}\n    fix: ${p.fix}`).join('\n'),
    );
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id: 17 to 20 digits');
const bool = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], 'must be true or false'))
  .transform((s) => ['true', '1', 'yes', 'on'].includes(s));
const number = (min: number, max: number, integer = false) =>
  z
    .string()
    .trim()
    .regex(integer ? /^\d+$/ : /^\d+(\.\d+)?$/, integer ? 'must be a whole number' : 'must be a number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

/** Bot tokens are three dot-separated parts; the first is the bot's id in base64. */
function tokenId(token: string): string | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return undefined;
  const id = Buffer.from(parts[0] as string, 'base64').toString('utf8');
  return /^\d{17,20}$/.test(id) ? id : undefined;
}

interface Variable<T> {
  schema: z.ZodType<T, string>;
  fix: string;
  /** Never echoed in an error message. */
  secret?: boolean;
}

const VARIABLES = {
  DISCORD_TOKEN: {
    schema: z.string().refine((t) => tokenId(t) !== undefined, 'does not look like a bot token (three parts separated by dots)'),
    fix: 'copy the token from the Developer Portal (your application › Bot › Reset Token) into .env, or remove DISCORD_TOKEN to run offline',
    secret: true,
  },
  DISCORD_CLIENT_ID: { schema: snowflake, fix: 'copy the Application ID from the Developer Portal (General Information), or remove it to read it from the token' },
  DISCORD_GUILD_ID: { schema: snowflake, fix: 'copy the server id (Discord developer mode › right-click the server › Copy Server ID), or remove it to deploy commands globally' },
  DISCORD_API_BASE: {
    schema: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).transform((u) => u.replace(/\/+$/, '')),
    fix: "set it to a Discord-compatible REST base such as http://127.0.0.1:3000/api, or remove it to use Discord's",
  },
  COOLDOWN_SECONDS: { schema: number(0, 3600), fix: `set a number of seconds between a user's questions, e.g. ${DEFAULTS.cooldownSeconds} (0 turns it off)` },
  CONTEXT_TTL_MINUTES: { schema: number(0.1, 10_080), fix: `set how many minutes a conversation is remembered, e.g. ${DEFAULTS.contextTtlMinutes}` },
  CONTEXT_MAX_TURNS: { schema: number(1, 50, true), fix: `set how many earlier questions a follow-up can use, e.g. ${DEFAULTS.contextMaxTurns}` },
  CONTEXT_MAX_CONVERSATIONS: { schema: number(1, 1_000_000, true), fix: `set how many conversations are remembered at once, e.g. ${DEFAULTS.contextMaxConversations}` },
  LOG_LEVEL: { schema: z.enum(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`), fix: `set it to one of ${LOG_LEVELS.join(', ')}` },
  LOG_FORMAT: { schema: z.enum(LOG_FORMATS, `must be one of ${LOG_FORMATS.join(', ')}`), fix: 'set it to text (readable) or json (one object per line, for a log collector)' },
  SHUTDOWN_GRACE_SECONDS: { schema: number(0, 600), fix: `set how many seconds the bot may take to send what it accepted before stopping, e.g. ${DEFAULTS.shutdownGraceSeconds}` },
  KNOWLEDGE_DIR: { schema: z.string(), fix: 'set it to the folder holding articles/, entities/, facts/ and language/' },
  REGISTER_COMMANDS_ON_START: { schema: bool, fix: 'set it to true or false' },
  DISCORD_MESSAGE_CONTENT: { schema: bool, fix: 'set it to true or false' },
  GAPS_LOG: { schema: z.string().trim(), fix: 'set it to the path of a JSONL file the bot may append to, e.g. gaps.jsonl, or remove it to record nothing' },
  GAPS_LOG_USER_IDS: { schema: bool, fix: 'set it to true or false' },
  BOT_OWNER_IDS: {
    schema: z
      .string()
      .transform((s) => s.split(/[\s,]+/).filter(Boolean))
      .pipe(z.array(z.string().regex(/^\d{17,20}$/, 'must be Discord user ids (17 to 20 digits) separated by commas'))),
    fix: 'list user ids separated by commas (Discord developer mode › right-click a user › Copy User ID), or remove it: the application\'s owner may always reload',
  },
  SHARD_COUNT: {
    schema: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^(auto|[1-9]\d{0,3})$/, 'must be auto or a whole number from 1 to 9999')
      .transform((s) => (s === 'auto' ? ('auto' as const) : Number(s))),
    fix: 'set it to auto (Discord recommends a count) or to a number of shards, e.g. 2',
  },
} satisfies Record<string, Variable<unknown>>;

/** Every variable the bot reads (each is documented in .env.example). */
export const VARIABLE_NAMES = Object.keys(VARIABLES);

type Values = { [K in keyof typeof VARIABLES]?: z.output<(typeof VARIABLES)[K]['schema']> };

export type Env = Readonly<Record<string, string | undefined>>;

/** Reads and checks every variable; throws a ConfigError listing each bad one. */
export function loadConfig(env: Env, mode: 'online' | 'offline' = 'online'): Config {
  const values: Values = {};
  const problems: ConfigProblem[] = [];
  for (const [name, variable] of Object.entries(VARIABLES) as [keyof typeof VARIABLES, Variable<unknown>][]) {
    const raw = env[name];
    // An empty line copied from .env.example means "not set".
    if (raw === undefined || raw.trim() === '') continue;
    const parsed = variable.schema.safeParse(raw);
    if (parsed.success) {
      (values as Record<string, unknown>)[name] = parsed.data;
      continue;
    }
    const shown = variable.secret ? '' : ` (got ${JSON.stringify(raw.length > 60 ? `${raw.slice(0, 60)}…` : raw)})`;
    problems.push({ variable: name, problem: `${parsed.error.issues[0]?.message ?? 'is invalid'}${shown}`, fix: variable.fix });
  }
  if (problems.length) throw new ConfigError(problems);
  const token = values.DISCORD_TOKEN;
  const clientId = values.DISCORD_CLIENT_ID ?? (token ? tokenId(token) : undefined);
  return {
    ...(token ? { token } : {}),
    ...(clientId ? { clientId } : {}),
    ...(values.DISCORD_GUILD_ID ? { guildId: values.DISCORD_GUILD_ID } : {}),
    ...(values.DISCORD_API_BASE ? { apiBase: values.DISCORD_API_BASE } : {}),
    cooldownSeconds: values.COOLDOWN_SECONDS ?? (mode === 'offline' ? DEFAULTS.offlineCooldownSeconds : DEFAULTS.cooldownSeconds),
    contextTtlMinutes: values.CONTEXT_TTL_MINUTES ?? DEFAULTS.contextTtlMinutes,
    contextMaxTurns: values.CONTEXT_MAX_TURNS ?? DEFAULTS.contextMaxTurns,
    contextMaxConversations: values.CONTEXT_MAX_CONVERSATIONS ?? DEFAULTS.contextMaxConversations,
    logLevel: values.LOG_LEVEL ?? (mode === 'offline' ? DEFAULTS.offlineLogLevel : DEFAULTS.logLevel),
    logFormat: values.LOG_FORMAT ?? DEFAULTS.logFormat,
    shutdownGraceSeconds: values.SHUTDOWN_GRACE_SECONDS ?? DEFAULTS.shutdownGraceSeconds,
    ...(values.KNOWLEDGE_DIR ? { knowledgeDir: values.KNOWLEDGE_DIR } : {}),
    registerCommandsOnStart: values.REGISTER_COMMANDS_ON_START ?? DEFAULTS.registerCommandsOnStart,
    messageContent: values.DISCORD_MESSAGE_CONTENT ?? DEFAULTS.messageContent,
    ...(values.GAPS_LOG ? { gapsLog: values.GAPS_LOG } : {}),
    gapsLogUserIds: values.GAPS_LOG_USER_IDS ?? DEFAULTS.gapsLogUserIds,
    ownerIds: values.BOT_OWNER_IDS ?? [],
    shardCount: values.SHARD_COUNT ?? DEFAULTS.shardCount,
  };
}

/** The application id, or a ConfigError saying how to provide it. */
export function requireClientId(config: Config): string {
  if (config.clientId) return config.clientId;
  throw new ConfigError([{ variable: 'DISCORD_CLIENT_ID', problem: 'is not set and cannot be read from a token', fix: 'set DISCORD_TOKEN (or DISCORD_CLIENT_ID) in .env' }]);
}
