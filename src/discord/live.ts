// The engine the bot answers with, rebuilt from knowledge/ on demand (/reload,
// SIGHUP) and swapped in one assignment: a question is answered wholly by the
// old engine or wholly by the new one. A reload that fails validation keeps
// the old engine, and says why.
import type { Engine } from '../engine.js';
import { KnowledgeError } from '../knowledge/errors.js';
import type { Logger } from './logger.js';

export type ReloadResult =
  | { ok: true; articles: number; facts: number; ms: number }
  /** `error` is the knowledge base's own message: the file, the entry, the fix. */
  | { ok: false; error: string; ms: number };

export interface LiveEngine {
  readonly engine: Engine;
  /** Never rejects. Reloads asked for while one runs share its result. */
  reload(reason: string): Promise<ReloadResult>;
}

export function createLiveEngine(build: () => Engine, log: Logger): LiveEngine {
  let engine = build();
  let running: Promise<ReloadResult> | undefined;

  async function reload(reason: string): Promise<ReloadResult> {
    // Let the caller's own messages (the /reload deferral) leave before the build holds the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    try {
      const next = build();
      engine = next;
      const result = { ok: true as const, articles: next.kb.articles.size, facts: next.kb.facts.size, ms: ms() };
      log.info(`knowledge reloaded (${reason}): ${result.articles} articles, ${result.facts} facts, in ${result.ms} ms`);
      return result;
    } catch (error) {
      const known = error instanceof KnowledgeError;
      const text = known ? error.message : error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      log.error(`knowledge reload failed (${reason}); still answering from the knowledge loaded before`, known ? text : error);
      return { ok: false, error: text, ms: ms() };
    }
  }

  return {
    get engine() {
      return engine;
    },
    reload(reason) {
      running ??= reload(reason).finally(() => (running = undefined));
      return running;
    },
  };
}
