// Knowledge gaps: every question the bot declined, appended to a JSONL file,
// so the operator sees what users want that knowledge/ does not hold yet.
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Answer } from '../types.js';

export interface GapEntry {
  time: string;
  language: Answer['language'];
  intent: Answer['intent'];
  question: string;
  /** Only when the operator asked for it (GAPS_LOG_USER_IDS=true). */
  user?: string;
}

export interface GapLogOptions {
  /** The JSONL file; nothing is written when it is undefined. */
  path?: string;
  /** Record who asked. Off by default: the log is about questions, not people. */
  withUserIds: boolean;
  /** Longer questions are cut: the log must not become a dump of pasted text. */
  maxQuestionLength: number;
}

export const DEFAULT_GAP_LOG_OPTIONS: GapLogOptions = { withUserIds: false, maxQuestionLength: 500 };

export class GapLog {
  private readonly options: GapLogOptions;
  private queue: Promise<void> = Promise.resolve();
  private failed = false;

  constructor(
    options: Partial<GapLogOptions> = {},
    private readonly onError: (error: Error) => void = () => {},
  ) {
    this.options = { ...DEFAULT_GAP_LOG_OPTIONS, ...options };
  }

  get enabled(): boolean {
    return this.options.path !== undefined;
  }

  /** Records a declined answer; answered ones are not gaps. Never throws, never blocks the reply. */
  record(question: string, answer: Pick<Answer, 'answered' | 'language' | 'intent'>, userId?: string, now = new Date()): void {
    const path = this.options.path;
    if (!path || answer.answered || answer.intent === 'help') return;
    const entry: GapEntry = {
      time: now.toISOString(),
      language: answer.language,
      intent: answer.intent,
      question: question.replace(/\s+/g, ' ').trim().slice(0, this.options.maxQuestionLength),
      ...(this.options.withUserIds && userId ? { user: userId } : {}),
    };
    if (!entry.question) return;
    // One write at a time, in order: lines never interleave.
    this.queue = this.queue
      .then(() => mkdir(dirname(path), { recursive: true }))
      .then(() => appendFile(path, `${JSON.stringify(entry)}\n`, 'utf8'))
      .catch((error: Error) => {
        if (!this.failed) this.onError(error);
        this.failed = true;
      });
  }

  /** Resolves when every recorded line is on disk (for shutdown and tests). */
  flush(): Promise<void> {
    return this.queue;
  }
}
