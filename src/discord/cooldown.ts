// A per-user pause between questions, so that one user cannot flood a channel
// (or the engine) with answers. A question asked by mention during the pause
// is not lost: it waits its turn (a few per user at most) and is answered when
// the pause ends. Memory is bounded whatever the number of users.

export type Slot =
  /** Answer once `ready` resolves (at once when `waitMs` is 0). */
  | { full?: false; waitMs: number; ready: Promise<void> }
  /** Too many questions already wait: ask again in `waitMs`. */
  | { full: true; waitMs: number };

export interface Cooldowns {
  /** Starts the user's cooldown and returns 0, or returns the milliseconds left when one is running. */
  take(userId: string): number;
  /** The user's next turn: now, after the questions already waiting and the pause, or none when `maxQueued` already wait. */
  queue(userId: string): Slot;
  /** Ends every wait at once (the bot is stopping: what was accepted is answered now). */
  release(): void;
  /** Users tracked now (at most `maxUsers`). */
  readonly size: number;
  /** Questions waiting for their turn. */
  readonly waiting: number;
}

/** Users tracked at most: expired entries are swept first, then the oldest cooldowns give way. */
export const MAX_COOLDOWN_USERS = 10_000;
/** Questions of one user waiting for the end of their pause, at most. */
export const MAX_QUEUED_PER_USER = 3;

export function createCooldowns(seconds: number, now: () => number = Date.now, maxUsers = MAX_COOLDOWN_USERS, maxQueued = MAX_QUEUED_PER_USER): Cooldowns {
  const ms = seconds * 1000;
  // When each user may next be answered. Insertion order is roughly start order: the first entries end first.
  const until = new Map<string, number>();
  const queued = new Map<string, number>();
  const waits = new Set<{ timer: NodeJS.Timeout; wake: () => void }>();

  function makeRoom(t: number): void {
    if (until.size < maxUsers) return;
    for (const [id, e] of until) {
      if (e > t) break;
      until.delete(id);
    }
    // Still full of running cooldowns (more users than the cap within one cooldown): the oldest is let go early.
    while (until.size >= maxUsers) {
      const oldest = until.keys().next().value;
      if (oldest === undefined) break;
      until.delete(oldest);
    }
  }

  function take(userId: string): number {
    if (ms <= 0) return 0;
    const t = now();
    const end = until.get(userId);
    if (end !== undefined && end > t) return end - t;
    until.delete(userId);
    makeRoom(t);
    until.set(userId, t + ms);
    return 0;
  }

  function wait(userId: string, delay: number): Promise<void> {
    queued.set(userId, (queued.get(userId) ?? 0) + 1);
    return new Promise<void>((resolve) => {
      const entry = {
        timer: setTimeout(() => entry.wake(), delay),
        wake: () => {
          clearTimeout(entry.timer);
          waits.delete(entry);
          const left = (queued.get(userId) ?? 1) - 1;
          if (left > 0) queued.set(userId, left);
          else queued.delete(userId);
          resolve();
        },
      };
      waits.add(entry);
    });
  }

  return {
    take,
    queue(userId) {
      if (take(userId) === 0) return { waitMs: 0, ready: Promise.resolve() };
      const t = now();
      const end = until.get(userId) ?? t;
      if ((queued.get(userId) ?? 0) >= maxQueued) return { full: true, waitMs: end - t };
      // This question takes the next turn; the one after waits a pause more.
      until.delete(userId);
      until.set(userId, end + ms);
      return { waitMs: end - t, ready: wait(userId, end - t) };
    },
    release() {
      for (const entry of [...waits]) entry.wake();
    },
    get size() {
      return until.size;
    },
    get waiting() {
      return waits.size;
    },
  };
}
