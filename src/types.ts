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
  /** The last person named (« ce dernier », "the latter"), when it is not `person`. */
  latter?: string;
  /** The person the turn before was about, when another: "both of them" may be those two. */
  before?: string;
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

/** One claim of a checked message, with the verdict the verifier reached and the quotes it rests on. */
export interface CheckedClaim {
  /** The claim as written, and where it stands in the message (UTF-16 offsets). */
  text: string;
  start: number;
  end: number;
  verdict: Verdict;
  /** A sentence or two, with [n] markers into the report's citations. */
  explanation: string;
  /** The numbers of the citations the explanation points to. */
  cites: number[];
  /** Ids of the curated facts it rests on. */
  facts: string[];
  /**
   * When the claim holds in part ("the place is wrong, the occasion right"):
   * each element with its own verdict. The claim's verdict is the worst of them.
   */
  parts?: { text: string; start: number; end: number; verdict: Verdict; explanation: string; cites: number[] }[];
}

/** What a message holds besides claims: questions, greetings, opinions. */
export interface SetAside {
  text: string;
  start: number;
  end: number;
  kind: 'question' | 'remark';
}

/** A message fact-checked against the coverage. */
export interface CheckReport {
  language: Language;
  /** The claims judged, in the message's order (at most `maxClaims`). */
  claims: CheckedClaim[];
  /** Claims past the limit, named but not judged. */
  unchecked: { text: string; start: number; end: number }[];
  setAside: SetAside[];
  /** The tally: "3 claims checked: 2 supported by the coverage, 1 not in it." */
  summary: string;
  /** Said of what was set aside and left unchecked, when anything was. */
  notes: string[];
  citations: Citation[];
}

export type { Citation, Language, Verdict };
