// What the bot is made of, the same online and offline: the knowledge, the
// engine, the command modules and the context they are handed.
import { createEngine } from '../engine.js';
import { loadKnowledge } from '../knowledge/load.js';
import type { BotContext } from './command.js';
import type { Config } from './config.js';
import { createBotContext } from './context.js';
import { loadCommands } from './loader.js';
import type { Logger } from './logger.js';

export interface AppOptions {
  commandsDir?: string;
  now?: () => number;
}

/** Throws KnowledgeError or CommandLoadError, each naming the file to fix. */
export async function createApp(config: Config, log: Logger, options: AppOptions = {}): Promise<BotContext> {
  const commands = await loadCommands(options.commandsDir);
  const started = performance.now();
  const engine = createEngine(config.knowledgeDir ? loadKnowledge(config.knowledgeDir) : loadKnowledge());
  log.debug(`knowledge loaded and engine built in ${Math.round(performance.now() - started)} ms`);
  return createBotContext({ config, engine: () => engine, commands, log, ...(options.now ? { now: options.now } : {}) });
}
