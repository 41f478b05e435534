// Builds what every command is handed, from the configuration.
import type { Engine } from '../engine.js';
import { GapLog } from '../gaps/log.js';
import type { BotContext, Command, MessageCommand } from './command.js';
import type { Config } from './config.js';
import { createConversationStore } from './conversation.js';
import { createCooldowns } from './cooldown.js';
import type { ReloadResult } from './live.js';
import type { Logger } from './logger.js';
import { createOperators } from './operators.js';
import { createPace } from './pacing.js';

export interface ContextParts {
  config: Config;
  /** Called on each use: the engine can be swapped (a knowledge reload) without rebuilding the context. */
  engine: () => Engine;
  commands: ReadonlyMap<string, Command>;
  /** Default: none. */
  messageCommands?: ReadonlyMap<string, MessageCommand>;
  log: Logger;
  /** Rebuilds the engine; absent, a reload is refused. */
  reload?: (reason: string) => Promise<ReloadResult>;
  now?: () => number;
}

export function createBotContext(parts: ContextParts): BotContext {
  const { config, log } = parts;
  const conversations = createConversationStore({
    maxConversations: config.contextMaxConversations,
    maxTurns: config.contextMaxTurns,
    ttlMs: config.contextTtlMinutes * 60_000,
    ...(parts.now ? { now: parts.now } : {}),
  });
  return {
    get engine() {
      return parts.engine();
    },
    config,
    commands: parts.commands,
    messageCommands: parts.messageCommands ?? new Map(),
    conversations,
    cooldowns: createCooldowns(config.cooldownSeconds, parts.now),
    log,
    async reload(reason) {
      if (!parts.reload) return { ok: false, error: 'This bot cannot reload its knowledge.', ms: 0 };
      const result = await parts.reload(reason);
      // Earlier turns may name facts or people the new knowledge no longer has.
      if (result.ok) conversations.clear();
      return result;
    },
    operators: createOperators({ ownerIds: config.ownerIds, onError: (error) => log.warn("could not ask Discord for the application's owner; only BOT_OWNER_IDS and Manage Server count", error) }),
    gaps: new GapLog({ ...(config.gapsLog ? { path: config.gapsLog } : {}), withUserIds: config.gapsLogUserIds }, (error) =>
      log.error(`cannot write the gaps log ${config.gapsLog ?? ''}; declined questions are no longer recorded`, error),
    ),
    pace: createPace(),
  };
}
