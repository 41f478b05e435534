// What the engine decided to say, before it becomes an Answer: sentences,
// each resting on curated facts whose quotes become its citation markers.
import type { Fact } from '../knowledge/types.js';
import type { Focus, Intent } from '../types.js';
import type { Verdict } from '../verify/verdict.js';

export interface Sentence {
  text: string;
  facts: Fact[];
}

export interface Plan {
  intent: Intent;
  answered: boolean;
  sentences: Sentence[];
  verdict?: Verdict;
  confidence: number;
  focus: Focus;
  /** Entities whose suggestions fit a refusal best. */
  suggestAbout: string[];
}

/** Options with defaults in one place. */
export interface PlanOptions {
  /** Facts per answer at most, so answers stay a sentence or two. */
  maxFacts: number;
  /** Questions answered from one message at most; the rest are named as not answered. */
  maxQuestions: number;
  /** Claims fact-checked from one message at most; the rest are named as not checked. */
  maxClaims: number;
  /** Meetings or articles one list answer shows at most: the most relevant, then a count of the rest. */
  maxListed: number;
  /** Names one list answer gives at most, then a count of the rest. */
  maxNames: number;
}

export const DEFAULT_PLAN_OPTIONS: PlanOptions = { maxFacts: 3, maxQuestions: 3, maxClaims: 5, maxListed: 5, maxNames: 12 };
