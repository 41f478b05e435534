// npm start: loads .env, runs the bot (see src/main.ts), and stops it cleanly on SIGINT or SIGTERM.
import { config as loadDotenv } from 'dotenv';
import { describeStartupError, main } from '../main.js';

loadDotenv({ quiet: true });
const secrets = process.env['DISCORD_TOKEN'] ? [process.env['DISCORD_TOKEN']] : [];

try {
  const running = await main({ argv: process.argv.slice(2) });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void running.stop().finally(() => process.exit(0));
    });
  }
  process.exit(await running.finished);
} catch (error) {
  process.stderr.write(`${describeStartupError(error, secrets)}\n`);
  process.exit(1);
}
