// What every check of a claim works with: the knowledge, what facts carry,
// the language, the conversation's meetings, and how to rank facts.
import type { Fact, KnowledgeBase, Language } from '../knowledge/types.js';
import type { PredicateKind } from '../knowledge/schema.js';
import type { Topic } from '../understand/frame.js';
import type { Carrier } from './carry.js';

export interface VerifyEnv {
  kb: KnowledgeBase;
  carrier: Carrier;
  language: Language;
  /** Grammar words of either language: no part of a title. */
  /** A function word of that language, or of either. */
  isFunctionWord: (word: string, language?: Language) => boolean;
  /** Meetings the conversation is about, for a claim that names none. */
  focus: string[];
  /** Facts ordered by how close they come to the claim (the first `limit` of them). */
  rank: (facts: readonly Fact[], limit?: number) => Fact[];
  /** The claim is what a wh-question takes for granted, not a statement to confirm. */
  presupposed: boolean;
  /** A wh-question asking who did it: of the facts that say it, one that names who comes first. */
  asksWho?: boolean;
  /** The idea the question asks about: missing, what is asked is unknown rather than a gap in what it takes for granted. */
  asked?: string;
}

/** One part of a claim, checked by the rule for its kind of predicate. */
export interface Part {
  kind: PredicateKind;
  predicates: string[];
  topics: Topic[];
}
