// npm start: loads .env, runs the bot (see src/main.ts), and stops it cleanly on SIGINT or SIGTERM.
import { config as loadDotenv } from 'dotenv';
import { describeStartupError, main } from '../main.js';

loadDotenv({ quiet: true });
const secrets = process.env['DISCORD_TOKEN'] ? [process.env['DISCORD_TOKEN']] : [];

const started = main({ argv: process.argv.slice(2) });
// Listening from the start: a signal during start-up waits for it, then stops what started. A second signal kills at once.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void started
      .then((running) => running.stop())
      .catch(() => undefined)
      .finally(() => process.exit(0));
  });
}

try {
  process.exit(await (await started).finished);
} catch (error) {
  process.stderr.write(`${describeStartupError(error, secrets)}\n`);
  process.exit(1);
}
