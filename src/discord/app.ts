// What the bot is made of, the same online and offline: the knowledge, the
// engine, the command modules and the context they are handed.
import { whileLoading } from '../runtime/heap.js';
import { createEngine, type Engine } from '../engine.js';
import { loadKnowledge } from '../knowledge/load.js';
import { dropPrefetched } from '../language/token-store.js';
import type { BotContext } from './command.js';
import type { Config } from './config.js';
import { createBotContext } from './context.js';
import { createLiveEngine } from './live.js';
import { loadCommands } from './loader.js';
import type { Logger } from './logger.js';

export interface AppOptions {
  commandsDir?: string;
  now?: () => number;
  /** Builds the engine from the knowledge folder (default: loadKnowledge + createEngine); also used by each reload. */
  buildEngine?: (knowledgeDir: string | undefined) => Engine;
}

export function defaultBuildEngine(knowledgeDir: string | undefined): Engine {
  // (V8 set up for loading, then for answering, in the bot's process: see runtime/heap.ts.)
  try {
    return whileLoading(() => createEngine(knowledgeDir ? loadKnowledge(knowledgeDir) : loadKnowledge()));
  } finally {
    // (What the start read ahead and the build did not use is not kept: src/bin/start.ts.)
    dropPrefetched();
  }
}

/** Throws KnowledgeError or CommandLoadError, each naming the file to fix. */
export async function createApp(config: Config, log: Logger, options: AppOptions = {}): Promise<BotContext> {
  const commands = await loadCommands(options.commandsDir);
  const build = () => (options.buildEngine ?? defaultBuildEngine)(config.knowledgeDir);
  const started = performance.now();
  const live = createLiveEngine(build, log);
  log.debug(`knowledge loaded and engine built in ${Math.round(performance.now() - started)} ms`);
  return createBotContext({
    config,
    engine: () => live.engine,
    commands: commands.slash,
    messageCommands: commands.message,
    log,
    reload: (reason) => live.reload(reason),
    ...(options.now ? { now: options.now } : {}),
  });
}
