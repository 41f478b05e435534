// The engine's contract: a question in, an Answer out.
import type { Citation, Language } from './knowledge/types.js';
import type { Verdict } from './verify/verdict.js';

export type Intent =
  | 'who'
  | 'where'
  | 'when'
  | 'why'
  | 'topics'
  | 'statement'
  | 'role'
  | 'definition'
  | 'meetings'
  | 'count'
  | 'summary'
  | 'sources'
  | 'event'
  | 'help'
  | 'yesno'
  | 'about'
  | 'unknown';

/** What a conversation is about, carried from one answer to the next question. */
export interface Focus {
  intent: Intent;
  /** Entities the user named or the answer established, most salient first. */
  entities: string[];
  /** The person a pronoun ("he", "il") now refers to. */
  person?: string;
  meetings: string[];
  /** The facts the answer rested on ("how many is that?" counts their items). */
  facts: string[];
}

export interface Turn {
  question: string;
  answer: Pick<Answer, 'focus' | 'language'>;
}

export interface AnswerContext {
  /** Earlier turns of this conversation, oldest first. */
  conversation?: readonly Turn[];
  /** The Discord (or terminal) locale, used only to break a language tie. */
  locale?: string;
}

export interface Answer {
  language: Language;
  intent: Intent;
  answered: boolean;
  /** One or a few sentences, with [n] markers pointing into `citations`. */
  text: string;
  citations: Citation[];
  /** 0 to 1: how sure the engine is that this reply (answer or refusal) is right. */
  confidence: number;
  /** Questions the bot can answer, offered when it cannot answer this one. */
  suggestions: string[];
  /** Set when the question asserted something: confirmed or corrected. */
  premise?: 'confirmed' | 'corrected';
  /**
   * What the articles say of the claim the question makes or presupposes:
   * supported, contradicted, or not stated. Absent when it makes no claim.
   */
  verdict?: Verdict;
  /** One entry per question answered when a message asks several. */
  parts?: { question: string; intent: Intent; answered: boolean; verdict?: Verdict }[];
  /** Ids of the curated facts the text rests on. */
  facts: string[];
  focus: Focus;
}

export type { Citation, Language, Verdict };
