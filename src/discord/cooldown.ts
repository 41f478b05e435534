// A per-user pause between questions, so that one user cannot flood a channel
// (or the engine) with answers. Memory is bounded whatever the number of users.

export interface Cooldowns {
  /** Starts the user's cooldown and returns 0, or returns the milliseconds left when one is running. */
  take(userId: string): number;
  /** Users tracked now (at most `maxUsers`). */
  readonly size: number;
}

/** Users tracked at most: expired entries are swept first, then the oldest cooldowns give way. */
export const MAX_COOLDOWN_USERS = 10_000;

export function createCooldowns(seconds: number, now: () => number = Date.now, maxUsers = MAX_COOLDOWN_USERS): Cooldowns {
  const ms = seconds * 1000;
  // Insertion order is start order: the first entries end first.
  const until = new Map<string, number>();
  return {
    take(userId) {
      if (ms <= 0) return 0;
      const t = now();
      const end = until.get(userId);
      if (end !== undefined && end > t) return end - t;
      until.delete(userId);
      if (until.size >= maxUsers) {
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
      until.set(userId, t + ms);
      return 0;
    },
    get size() {
      return until.size;
    },
  };
}
