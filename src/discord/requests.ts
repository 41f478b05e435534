// Every request the bot accepted (an interaction, a message for it), from its
// arrival to its last reply: logged once done, with its id, command, latency
// and outcome, and counted, so that stopping can finish what was accepted
// (replies waiting behind Discord's rate limits included) before it closes
// the gateway.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from './logger.js';

export interface RequestInfo {
  kind: 'interaction' | 'message';
  /** The interaction's or the message's id. */
  id: string;
  /** "/ask", "button", "autocomplete /who", "mention", "dm"… */
  command: string;
  user: string;
  /** Logged at debug rather than info (autocomplete: one per keystroke). */
  quiet?: boolean;
}

interface Running extends RequestInfo {
  started: number;
  outcome?: string;
}

const current = new AsyncLocalStorage<Running>();

/** Says how the request being handled ended ("answered", "declined", "cooldown"…); the last word counts. */
export function noteOutcome(outcome: string): void {
  const request = current.getStore();
  if (request) request.outcome = outcome;
}

export interface DrainResult {
  /** Requests still in progress when the drain began, or accepted during it. */
  waitedFor: number;
  /** Of those, finished with a reply sent (or nothing to send). */
  sent: number;
  /** Of those, finished with a failure (logged on its own line). */
  failed: number;
  /** Of those, still unfinished when the grace period ran out. */
  dropped: number;
}

export interface Requests {
  /** Handles a request, tracked and timed; its outcome is "replied" unless the handling notes another. */
  run(info: RequestInfo, handle: () => Promise<void>): Promise<void>;
  /** False once a stop has begun: new requests are told to come back, not answered. */
  readonly accepting: boolean;
  /** Requests in progress. */
  readonly pending: number;
  /** Stops accepting, then waits for the requests in progress, at most `graceMs`. */
  drain(graceMs: number): Promise<DrainResult>;
}

export function createRequests(log: Logger): Requests {
  const pending = new Set<Running>();
  let accepting = true;
  /** During a drain: counts what finishes, and wakes the drain when nothing is left. */
  let draining: { result: DrainResult; idle: () => void } | undefined;

  return {
    async run(info, handle) {
      const request: Running = { ...info, started: performance.now() };
      pending.add(request);
      if (draining) draining.result.waitedFor++;
      try {
        await current.run(request, handle);
      } finally {
        pending.delete(request);
        const outcome = request.outcome ?? 'replied';
        const fields = { kind: info.kind, id: info.id, command: info.command, user: info.user, latencyMs: Math.round(performance.now() - request.started), outcome };
        if (info.quiet) log.debug('request', fields);
        else log.info('request', fields);
        if (draining) {
          if (outcome === 'failed') draining.result.failed++;
          else draining.result.sent++;
          if (pending.size === 0) draining.idle();
        }
      }
    },
    get accepting() {
      return accepting;
    },
    get pending() {
      return pending.size;
    },
    async drain(graceMs) {
      accepting = false;
      const result: DrainResult = { waitedFor: pending.size, sent: 0, failed: 0, dropped: 0 };
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        draining = { result, idle: resolve };
        if (pending.size === 0) resolve();
        timer = setTimeout(resolve, graceMs);
      });
      clearTimeout(timer);
      draining = undefined;
      result.dropped = pending.size;
      return result;
    },
  };
}
