// The bot against the fake Discord, two ways the end-to-end tests start it:
// in this process (src/main.ts, as `npm start` calls it), or as a bin script
// in a process of its own with a clean environment.
import { spawn } from 'node:child_process';
import type { Engine } from '../../src/engine.js';
import { main, type Running } from '../../src/main.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord.js';

export interface Bot {
  fake: FakeDiscord;
  running: Running;
  /** Everything the bot logged so far. */
  log: () => string;
  stop: () => Promise<void>;
}

export interface BotOptions {
  /** How long the fake gives an interaction before it counts it as unanswered. */
  interactionDeadlineMs?: number;
  buildEngine?: (knowledgeDir: string | undefined) => Engine;
  /** Register the commands in the fake's server at start, as an operator trying the bot in one server does. */
  registerInGuild?: boolean;
}

/** A fake Discord and the bot logged in to it; `env` adds to (or overrides) the fake's token and API address. */
export async function startBot(env: Record<string, string> = {}, options: BotOptions = {}): Promise<Bot> {
  const fake = await startFakeDiscord({ interactionDeadlineMs: options.interactionDeadlineMs ?? 3000 });
  let log = '';
  const running = await main({
    argv: [],
    env: {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      ...(options.registerInGuild ? { DISCORD_GUILD_ID: fake.guildId, REGISTER_COMMANDS_ON_START: 'true' } : {}),
      ...env,
    },
    stderr: { write: (chunk: string | Uint8Array) => ((log += String(chunk)), true) } as NodeJS.WritableStream,
    ...(options.buildEngine ? { buildEngine: options.buildEngine } : {}),
  });
  return {
    fake,
    running,
    log: () => log,
    stop: async () => {
      await running.stop();
      await fake.close();
    },
  };
}

const ROOT = new URL('../../', import.meta.url).pathname;

/** A bin script run the way its npm script runs it, with the caller's Discord settings dropped and the fake's given. */
export function spawnScript(script: string, discord: FakeDiscord, env: Record<string, string> = {}) {
  const { DISCORD_TOKEN: _t, DISCORD_GUILD_ID: _g, LOG_FORMAT: _f, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...inherited, DISCORD_TOKEN: discord.token, DISCORD_API_BASE: discord.apiBase, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (d: Buffer) => (output.stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output.stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, output, exited };
}
