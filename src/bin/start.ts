// npm start: loads .env, runs the bot (see src/main.ts), stops it cleanly on
// SIGINT or SIGTERM (the answers already accepted are sent first), and reloads
// knowledge/ on SIGHUP. Also what each shard runs under npm run start:sharded.
// In production run it directly: node dist/src/bin/start.js (see the README).
import { config as loadDotenv } from 'dotenv';
import { prefetchStored } from '../language/token-store.js';
import { tuneHeap } from '../runtime/heap.js';

// (Before the knowledge base is loaded: see heap.ts.)
tuneHeap();
loadDotenv({ quiet: true });
// The knowledge's stored files are read while the bot's modules are imported (token-store.ts), hence imported here.
const prefetched = prefetchStored(process.env['KNOWLEDGE_DIR'] || undefined);
const { describeStartupError, main } = await import('../main.js');
await prefetched;
const secrets = process.env['DISCORD_TOKEN'] ? [process.env['DISCORD_TOKEN']] : [];
const sharded = Boolean(process.env['SHARDING_MANAGER']);

const started = main({ argv: process.argv.slice(2) });
let stopping = false;
function stop(): void {
  if (stopping) {
    // A second Ctrl-C kills at once. Not for a shard: Ctrl-C reaches it from the terminal and again from its manager.
    if (!sharded) process.exit(130);
    return;
  }
  stopping = true;
  // Stopping resolves `finished` with the exit code, which the end of this file exits with.
  void started.then((running) => running.stop()).catch(() => process.exit(1));
}
// Listening from the start: a signal during start-up waits for it, then stops what started.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
// A shard whose sharding manager went away (killed, crashed) stops too, rather than run on unmanaged.
if (sharded && process.send) process.on('disconnect', stop);
const reload = () => void started.then((running) => running.reload('SIGHUP')).catch(() => undefined);
process.on('SIGHUP', reload);

try {
  const running = await started;
  // Offline, the terminal hanging up sends SIGHUP, which must end the process as usual: /reload is typed at the prompt.
  if (running.mode !== 'online') process.off('SIGHUP', reload);
  process.exit(await running.finished);
} catch (error) {
  process.stderr.write(`${describeStartupError(error, secrets)}\n`);
  process.exit(1);
}
