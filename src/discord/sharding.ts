// npm run start:sharded: the bot under discord.js's ShardingManager, one
// process per shard, each running what npm start runs. The manager picks the
// shard count (SHARD_COUNT, or Discord's recommendation, asked of
// DISCORD_API_BASE when set), spaces the shards' logins as Discord requires,
// prefixes each shard's log lines with [shard N], respawns a shard that dies
// (with a growing delay, and gives up on one that keeps dying), forwards
// SIGHUP (reload), and on stop lets every shard close its gateway connection.
import { createInterface } from 'node:readline';
import type { ChildProcess } from 'node:child_process';
import { REST, Routes, ShardingManager, type Shard } from 'discord.js';
import { loadConfig, type Env } from './config.js';
import { StartupError } from './errors.js';
import type { Logger } from './logger.js';

export interface ShardedOptions {
  env: Env;
  /** The script each shard runs (src/bin/start, compiled or not). */
  script: string;
  /** Node flags for the shards (--import tsx when running from source). */
  execArgv: readonly string[];
  log: Logger;
  /** Where the shards' output goes, line by line. */
  write: (line: string) => void;
  /** Prefix each shard's lines with "[shard N]" (text logs; JSON lines carry a shard field instead). Default true. */
  prefixLines?: boolean;
  /** Respawn and spawn timing; the defaults suit Discord. */
  timing?: Partial<ShardTiming>;
}

export interface ShardTiming {
  /** Wait for a shard's login at most this long. */
  readyTimeoutMs: number;
  /** First wait before respawning a dead shard; doubled on each death within `deathWindowMs`. */
  respawnDelayMs: number;
  maxRespawnDelayMs: number;
  /** A shard that dies this many times within `deathWindowMs` is not respawned: the bot stops. */
  maxDeaths: number;
  deathWindowMs: number;
  /** How long a stopping shard has to send what it accepted and close its connection before it is killed. */
  stopTimeoutMs: number;
}

export const DEFAULT_SHARD_TIMING: ShardTiming = {
  readyTimeoutMs: 60_000,
  respawnDelayMs: 1000,
  maxRespawnDelayMs: 60_000,
  maxDeaths: 5,
  deathWindowMs: 10 * 60_000,
  /** Replaced by SHUTDOWN_GRACE_SECONDS plus a margin to close the connection, unless given. */
  stopTimeoutMs: 15_000,
};

/** Time a shard has, past its grace period, to close its gateway connection and exit. */
const STOP_MARGIN_MS = 5000;

/** Discord spaces two logins of the same rate-limit bucket by 5 s. */
const IDENTIFY_SPACING_MS = 5500;

export interface ShardedBot {
  manager: ShardingManager;
  /** Resolves with the exit code: 0 after stop(), 1 when a shard could not start or kept dying. */
  finished: Promise<number>;
  stop(): Promise<void>;
  /** Asks every shard to reload knowledge/ (SIGHUP). */
  reload(): void;
}

interface GatewayBot {
  shards: number;
  session_start_limit: { max_concurrency: number };
}

/**
 * The shard count Discord recommends and its login concurrency, asked of the
 * configured API (discord.js's fetchRecommendedShardCount always asks discord.com).
 */
export async function fetchGatewayBot(token: string, apiBase?: string): Promise<{ shards: number; maxConcurrency: number }> {
  const rest = new REST({ version: '10', ...(apiBase ? { api: apiBase } : {}) }).setToken(token);
  try {
    const data = (await rest.get(Routes.gatewayBot())) as GatewayBot;
    return { shards: Math.max(1, data.shards), maxConcurrency: Math.max(1, data.session_start_limit?.max_concurrency ?? 1) };
  } catch (error) {
    if ((error as { status?: unknown }).status === 401) {
      throw new StartupError('Discord rejected DISCORD_TOKEN.\n    fix: reset the token in the Developer Portal (your application › Bot › Reset Token) and put the new one in .env');
    }
    throw new StartupError(`Could not ask Discord how many shards to run (${error instanceof Error ? error.message : String(error)}).\n    fix: check the network, or set SHARD_COUNT to a number`);
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

/** Copies a shard's output line by line, each prefixed with its shard id. */
function pipeLines(stream: NodeJS.ReadableStream | null, prefix: string, write: (line: string) => void): void {
  if (!stream) return;
  createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (line) => write(prefix ? `${prefix} ${line}` : line));
}

export async function startSharded(options: ShardedOptions): Promise<ShardedBot> {
  const { log, write } = options;
  const config = loadConfig(options.env, 'online');
  const timing = { ...DEFAULT_SHARD_TIMING, stopTimeoutMs: config.shutdownGraceSeconds * 1000 + STOP_MARGIN_MS, ...options.timing };
  if (!config.token) throw new StartupError('DISCORD_TOKEN is not set.\n    fix: set it in .env; sharding is for running on Discord (npm start -- --offline runs in the terminal)');
  const gateway = await fetchGatewayBot(config.token, config.apiBase);
  const total = config.shardCount === 'auto' ? gateway.shards : config.shardCount;
  log.info(`starting ${total} shard${total === 1 ? '' : 's'} (${config.shardCount === 'auto' ? "Discord's recommendation" : 'SHARD_COUNT'})`);

  const manager = new ShardingManager(options.script, {
    totalShards: total,
    token: config.token,
    mode: 'process',
    // Respawning is decided here, with a delay and a limit.
    respawn: false,
    silent: true,
    execArgv: [...options.execArgv],
  });

  let stopping = false;
  /** Until every shard first logged in: a death then stops the start-up rather than respawn. */
  let starting = true;
  let ended: (code: number) => void = () => undefined;
  const finished = new Promise<number>((resolve) => (ended = resolve));
  const deaths = new Map<number, number[]>();

  async function stopShard(shard: Shard): Promise<void> {
    const child = shard.process as ChildProcess | null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => {
      log.warn(`shard ${shard.id} did not stop within ${timing.stopTimeoutMs} ms: killing it`);
      child.kill('SIGKILL');
    }, timing.stopTimeoutMs);
    await exited;
    clearTimeout(timer);
  }

  async function stop(code = 0): Promise<void> {
    if (stopping) return finished.then(() => undefined);
    stopping = true;
    log.info('stopping every shard');
    await Promise.all([...manager.shards.values()].map(stopShard));
    log.info('every shard stopped');
    ended(code);
  }

  function onDeath(shard: Shard, child: ChildProcess): void {
    if (stopping) return;
    const how = child.signalCode ? `signal ${child.signalCode}` : `code ${child.exitCode ?? '?'}`;
    if (starting) {
      log.error(`shard ${shard.id} exited during start-up (${how})`);
      return;
    }
    const now = Date.now();
    const recent = [...(deaths.get(shard.id) ?? []), now].filter((t) => now - t < timing.deathWindowMs);
    deaths.set(shard.id, recent);
    if (recent.length >= timing.maxDeaths) {
      log.error(`shard ${shard.id} died (${how}) ${recent.length} times in ${Math.round(timing.deathWindowMs / 60_000)} min: giving up, stopping the bot`);
      void stop(1);
      return;
    }
    const delay = Math.min(timing.maxRespawnDelayMs, timing.respawnDelayMs * 2 ** (recent.length - 1));
    log.warn(`shard ${shard.id} died (${how}); respawning it in ${delay} ms`);
    setTimeout(() => {
      if (stopping || shard.process) return;
      shard.spawn(timing.readyTimeoutMs).catch((error: unknown) => log.error(`shard ${shard.id} could not be respawned`, error));
    }, delay).unref();
  }

  manager.on('shardCreate', (shard) => {
    const prefix = options.prefixLines === false ? '' : `[shard ${shard.id}]`;
    shard.on('spawn', (spawned) => {
      // mode: 'process': a child process, not a worker.
      const child = spawned as ChildProcess;
      log.info(`shard ${shard.id} started (pid ${child.pid ?? '?'})`);
      pipeLines(child.stdout, prefix, write);
      pipeLines(child.stderr, prefix, write);
      child.once('exit', () => onDeath(shard, child));
    });
    shard.on('ready', () => log.info(`shard ${shard.id} ready`));
    shard.on('error', (error) => log.error(`shard ${shard.id}: ${error instanceof Error ? error.message : String(error)}`));
  });

  try {
    // Shards in one rate-limit bucket must log in 5 s apart; Discord lets max_concurrency buckets log in at once.
    await manager.spawn({ amount: total, delay: Math.ceil(IDENTIFY_SPACING_MS / gateway.maxConcurrency), timeout: timing.readyTimeoutMs });
  } catch (error) {
    // A shard that cannot start (bad configuration, broken knowledge) has said why in its own lines.
    await stop(1);
    throw new StartupError(`a shard could not start (${error instanceof Error ? error.message : String(error)}); its own lines above say why`);
  }
  starting = false;
  log.info(`all ${total} shard${total === 1 ? '' : 's'} ready; kill -HUP ${process.pid} reloads knowledge/ in every shard`);

  return {
    manager,
    finished,
    stop: () => stop(0),
    reload() {
      for (const shard of manager.shards.values()) (shard.process as ChildProcess | null)?.kill('SIGHUP');
    },
  };
}
