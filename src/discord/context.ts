// Builds what every command is handed, from the configuration.
import type { Engine } from '../engine.js';
import type { BotContext, Command } from './command.js';
import type { Config } from './config.js';
import { createConversationStore } from './conversation.js';
import { createCooldowns } from './cooldown.js';
import type { Logger } from './logger.js';

export interface ContextParts {
  config: Config;
  /** Called on each use: the engine can be swapped (a knowledge reload) without rebuilding the context. */
  engine: () => Engine;
  commands: ReadonlyMap<string, Command>;
  log: Logger;
  now?: () => number;
}

export function createBotContext(parts: ContextParts): BotContext {
  const { config } = parts;
  return {
    get engine() {
      return parts.engine();
    },
    config,
    commands: parts.commands,
    conversations: createConversationStore({
      maxConversations: config.contextMaxConversations,
      maxTurns: config.contextMaxTurns,
      ttlMs: config.contextTtlMinutes * 60_000,
      ...(parts.now ? { now: parts.now } : {}),
    }),
    cooldowns: createCooldowns(config.cooldownSeconds, parts.now),
    log: parts.log,
  };
}
