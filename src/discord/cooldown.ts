// A per-user pause between questions, so that one user cannot flood a channel
// (or the engine) with answers.

export interface Cooldowns {
  /** Starts the user's cooldown and returns 0, or returns the milliseconds left when one is running. */
  take(userId: string): number;
}

/** Users tracked at most before expired entries are swept (memory stays bounded under many users). */
const SWEEP_AT = 10_000;

export function createCooldowns(seconds: number, now: () => number = Date.now): Cooldowns {
  const ms = seconds * 1000;
  const until = new Map<string, number>();
  return {
    take(userId) {
      if (ms <= 0) return 0;
      const t = now();
      const end = until.get(userId);
      if (end !== undefined && end > t) return end - t;
      if (until.size >= SWEEP_AT) for (const [id, e] of until) if (e <= t) until.delete(id);
      until.set(userId, t + ms);
      return 0;
    },
  };
}
