// What `npm start` runs: on Discord when a token is configured, otherwise (or
// with --offline) in the terminal against the mock client.
import { parseArgs } from 'node:util';
import type { Client } from 'discord.js';
import type { Engine } from './engine.js';
import { KnowledgeError } from './knowledge/errors.js';
import { createApp } from './discord/app.js';
import { warmUp } from './language/nlp.js';
import type { BotContext } from './discord/command.js';
import { ConfigError, loadConfig, type Env } from './discord/config.js';
import { StartupError } from './discord/errors.js';
import type { Dispatcher } from './discord/dispatcher.js';
import type { ReloadResult } from './discord/live.js';
import { CommandLoadError } from './discord/loader.js';
import { createLogger, redact } from './discord/logger.js';

export interface MainOptions {
  argv?: readonly string[];
  env?: Env;
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr?: NodeJS.WritableStream;
  commandsDir?: string;
  /** Builds the engine from the knowledge folder, at start and on each reload (tests inject a slow or failing one). */
  buildEngine?: (knowledgeDir: string | undefined) => Engine;
}

export interface Running {
  mode: 'online' | 'offline' | 'help';
  /** Resolves with the process exit code. */
  finished: Promise<number>;
  /**
   * Ends the bot cleanly: on Discord, stops taking questions, sends the answers
   * already accepted (for at most SHUTDOWN_GRACE_SECONDS), closes the gateway;
   * offline, closes the prompt; writes the gaps log out. `finished` then
   * resolves with the exit code (1 when accepted answers had to be dropped).
   */
  stop(): Promise<void>;
  /** Reloads knowledge/ (SIGHUP); a failed reload keeps the old knowledge. Never rejects. */
  reload(reason: string): Promise<ReloadResult>;
  /** What the commands are handed (absent for --help). */
  context?: BotContext;
  /** Online only. */
  client?: Client;
  dispatcher?: Dispatcher;
}

const noReload = async (): Promise<ReloadResult> => ({ ok: false, error: 'nothing to reload', ms: 0 });

export const USAGE = `Usage: npm start [-- --offline] [-- --locale fr]

  (no flag)      run on Discord if DISCORD_TOKEN is set (in .env), else offline
  --offline      run in this terminal against a mock Discord, even with a token
  --locale L     the Discord locale the offline user has (default: from $LANG)
  -h, --help     this help

Configuration: every variable is described in .env.example.`;

/** The Discord locale a terminal user would have, from the usual LANG/LC_ALL variables. */
export function localeFromEnv(env: Env): string {
  const lang = (env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '').split('.')[0] ?? '';
  const [language, region] = lang.split('_');
  if (!language || language === 'C' || language === 'POSIX') return 'en-US';
  return language === 'en' ? `en-${region === 'GB' ? 'GB' : 'US'}` : language;
}

/** A start-up failure as the operator should read it (config, knowledge, commands, flags, login). */
export function describeStartupError(error: unknown, secrets: readonly string[] = []): string {
  let text: string;
  if (error instanceof ConfigError || error instanceof KnowledgeError || error instanceof CommandLoadError || error instanceof StartupError) text = error.message;
  else if (String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) text = `${(error as Error).message}\n\n${USAGE}`;
  // Anything else is a bug: the stack is what helps.
  else text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return redact(text, secrets);
}

export async function main(options: MainOptions = {}): Promise<Running> {
  const env = options.env ?? process.env;
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const { values: flags } = parseArgs({
    args: [...(options.argv ?? [])],
    options: { offline: { type: 'boolean', default: false }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
  });
  if (flags.help) {
    stdout.write(`${USAGE}\n`);
    return { mode: 'help', finished: Promise.resolve(0), stop: async () => undefined, reload: noReload };
  }
  const offline = flags.offline || !env['DISCORD_TOKEN']?.trim();
  const config = loadConfig(env, offline ? 'offline' : 'online');
  const root = createLogger({ level: config.logLevel, format: config.logFormat, secrets: config.token ? [config.token] : [], write: (line) => stderr.write(`${line}\n`) });
  // Under the sharding manager each shard is its own process: its JSON lines say which shard (text lines get a prefix from the manager).
  const shard = env['SHARDING_MANAGER'] && env['SHARDS'] !== undefined && config.logFormat === 'json' ? Number(env['SHARDS']) : undefined;
  const log = shard === undefined ? root : root.child({ shard });
  const ctx = await createApp(config, log, {
    ...(options.commandsDir ? { commandsDir: options.commandsDir } : {}),
    ...(options.buildEngine ? { buildEngine: options.buildEngine } : {}),
  });
  const reload = (reason: string) => ctx.reload(reason);

  if (offline) {
    if (!flags.offline) {
      stderr.write('No DISCORD_TOKEN is set, so the bot runs here, offline. To run it on Discord, copy .env.example to .env and set DISCORD_TOKEN (see the README).\n');
    }
    // Imported here so that a Discord run never loads the terminal, and an offline run never loads discord.js.
    const { startTerminal } = await import('./offline/terminal.js');
    const terminal = startTerminal(ctx, {
      input: options.stdin ?? process.stdin,
      output: stdout,
      locale: flags.locale ?? localeFromEnv(env),
      // NO_COLOR (no-color.org): plain text even on a terminal.
      colour: stdout.isTTY === true && !env['NO_COLOR'],
    });
    warmUp();
    const finished = terminal.finished.then(async (code) => {
      await ctx.gaps.flush();
      return code;
    });
    return { mode: 'offline', finished, stop: async () => terminal.stop(), reload, context: ctx };
  }

  const { startBot } = await import('./discord/bot.js');
  const bot = await startBot(ctx);
  warmUp();
  let stopped: (code: number) => void = () => undefined;
  const finished = new Promise<number>((resolve) => (stopped = resolve));
  return {
    mode: 'online',
    finished,
    async stop() {
      let code = 1;
      try {
        code = await bot.stop();
      } finally {
        stopped(code);
      }
    },
    reload,
    context: ctx,
    client: bot.client,
    dispatcher: bot.dispatcher,
  };
}
