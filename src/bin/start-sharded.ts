// npm run start:sharded: the bot under discord.js's ShardingManager (see
// src/discord/sharding.ts). SIGINT or SIGTERM stops every shard cleanly, then
// exits 0; SIGHUP reloads knowledge/ in every shard.
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { LOG_LEVELS, type LogLevel } from '../discord/config.js';
import { createLogger } from '../discord/logger.js';
import { startSharded, type ShardedBot } from '../discord/sharding.js';
import { describeStartupError } from '../main.js';

loadDotenv({ quiet: true });
const token = process.env['DISCORD_TOKEN'];
const secrets = token ? [token] : [];
const level = (LOG_LEVELS as readonly string[]).includes(process.env['LOG_LEVEL'] ?? '') ? (process.env['LOG_LEVEL'] as LogLevel) : 'info';
// JSON lines say who wrote them in a field (the shards' carry their own); text lines say it in a prefix.
const json = process.env['LOG_FORMAT'] === 'json';
const log = json
  ? createLogger({ level, format: 'json', secrets }).child({ process: 'manager' })
  : createLogger({ level, secrets, write: (line) => process.stderr.write(`[manager] ${line}\n`) });

// Each shard runs src/bin/start: compiled next to this file, or its TypeScript source under tsx.
const fromSource = import.meta.url.endsWith('.ts');
const script = fileURLToPath(new URL(fromSource ? './start.ts' : './start.js', import.meta.url));
const execArgv = fromSource && !process.execArgv.some((a) => a.includes('tsx')) ? [...process.execArgv, '--import', 'tsx'] : process.execArgv;

let bot: ShardedBot | undefined;
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    if (!bot) process.exit(0);
    void bot.stop();
  });
}
process.on('SIGHUP', () => bot?.reload());

try {
  bot = await startSharded({ env: process.env, script, execArgv, log, prefixLines: !json, write: (line) => process.stderr.write(`${line}\n`) });
  if (stopping) void bot.stop();
  process.exit(await bot.finished);
} catch (error) {
  process.stderr.write(`${describeStartupError(error, secrets)}\n`);
  process.exit(1);
}
