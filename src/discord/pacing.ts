// Keeping Discord's 3-second deadline under load. An interaction must be
// acknowledged within 3 s of its creation, and the engine answers
// synchronously, so nothing can interrupt an answer being computed. So:
// - when the bot is idle, it answers at once (one request, no "thinking…");
// - when it is behind (other interactions waiting, the interaction already
//   old on arrival because the event loop was held, or answers lately slow),
//   it acknowledges
//   at once (a deferral, which costs no computing) and computes later, one
//   answer per turn of the event loop, so that interactions arriving
//   meanwhile are seen, and acknowledged, between answers;
// - messages (mentions, DMs) have no deadline: they always wait their turn,
//   after interactions, so a burst of them never holds an acknowledgement back
//   (and does not make interactions defer: answering at once is one request,
//   and interaction responses are exempt from Discord's global rate limit,
//   which the messages' replies and the edits of deferred answers share).

/** Discord's deadline to acknowledge an interaction. */
export const ACK_DEADLINE_MS = 3000;
/** An interaction this old when it reaches the bot is acknowledged before anything else. */
export const LATE_AFTER_MS = 1500;
/** An interaction still unanswered this long after its creation is acknowledged (a command awaiting something slow). */
export const DEFER_AFTER_MS = 2000;
/** An answer slower than this marks the engine slow: the next interactions are acknowledged first. */
export const SLOW_ANSWER_MS = 750;
/** How many recent answers the slowness is judged on. */
const RECENT_ANSWERS = 8;

/** Milliseconds since Discord created the interaction or message (its snowflake's time; 0 if the clock is behind). */
export function ageOf(event: { createdTimestamp: number }, now: number = Date.now()): number {
  return Math.max(0, now - event.createdTimestamp);
}

export type Lane = 'interaction' | 'message';

export interface Backlog {
  /** Resolves in a later turn of the event loop than every earlier waiter of its lane; interactions go before messages. */
  turn(lane: Lane): Promise<void>;
  /** Something is waiting its turn. */
  readonly busy: boolean;
  readonly waiting: number;
  /** How many wait in one lane. */
  waitingIn(lane: Lane): number;
}

export function createBacklog(): Backlog {
  const lanes: Record<Lane, (() => void)[]> = { interaction: [], message: [] };
  let scheduled = false;
  const waiting = () => lanes.interaction.length + lanes.message.length;
  function next(): void {
    scheduled = false;
    const release = lanes.interaction.shift() ?? lanes.message.shift();
    release?.();
    // The released work runs first (its continuation is the microtask queued just now). The next waiter gets a later
    // turn of the event loop, after it has polled for I/O: interactions that arrived meanwhile are read, and
    // acknowledged, between two answers.
    queueMicrotask(() => {
      if (waiting() > 0) schedule();
    });
  }
  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(next);
  }
  return {
    turn(lane) {
      return new Promise<void>((resolve) => {
        lanes[lane].push(resolve);
        schedule();
      });
    },
    get busy() {
      return waiting() > 0;
    },
    get waiting() {
      return waiting();
    },
    waitingIn(lane) {
      return lanes[lane].length;
    },
  };
}

export interface Pace {
  /** Records how long an answer took. */
  record(ms: number): void;
  /** One of the recent answers was slow. */
  readonly slow: boolean;
}

export function createPace(threshold = SLOW_ANSWER_MS): Pace {
  const recent: number[] = [];
  return {
    record(ms) {
      recent.push(ms);
      if (recent.length > RECENT_ANSWERS) recent.shift();
    },
    get slow() {
      return recent.some((ms) => ms > threshold);
    },
  };
}
