// npm run deploy-commands: registers the slash and message commands with Discord (guild-scoped
// when DISCORD_GUILD_ID is set, global otherwise) and prints what it registered.
import { config as loadDotenv } from 'dotenv';
import { REST } from 'discord.js';
import { loadConfig } from '../discord/config.js';
import { deployCommands } from '../discord/deploy.js';
import { StartupError } from '../discord/errors.js';
import { loadCommands } from '../discord/loader.js';
import { describeStartupError } from '../main.js';

loadDotenv({ quiet: true });
const secrets = process.env['DISCORD_TOKEN'] ? [process.env['DISCORD_TOKEN']] : [];

try {
  const config = loadConfig(process.env);
  if (!config.token) throw new StartupError('DISCORD_TOKEN is not set.\n    fix: set it in .env (see .env.example) before deploying the commands');
  const rest = new REST({ version: '10', ...(config.apiBase ? { api: config.apiBase } : {}) }).setToken(config.token);
  const commands = await loadCommands();
  const deployed = await deployCommands(rest, config, [...commands.slash.values(), ...commands.message.values()]);
  process.stdout.write(`Registered ${deployed.names.length} commands (${deployed.scope}): ${deployed.names.join(', ')}\n`);
} catch (error) {
  process.stderr.write(`${describeStartupError(error, secrets)}\n`);
  process.exitCode = 1;
}
