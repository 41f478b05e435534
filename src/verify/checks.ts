// How each kind of claim is checked against the facts: one function per
// kind of predicate (knowledge/predicates.yaml says which kind each is).
//   meeting   the meeting record: its people (in the right roles), place, day, occasion
//   content   a fact of the meeting that says it, by the right people, with every topic
//   presence  someone at a place: a meeting there, or a fact that puts them there
//   event     the event record: its place, its end, its start
//   title     who someone is: titles, organisations, identity
//   source    who issued the communiqué an article relies on
// Every check returns a Finding; none ever answers yes without a fact to cite.
import type { PredicateKind } from '../knowledge/schema.js';
import type { Claim } from '../understand/frame.js';
import type { Part, VerifyEnv } from './env.js';
import { checkMeeting, checkPresence } from './meetings.js';
import { checkEvent, checkSource, checkTitle } from './records.js';
import { checkContent } from './statements.js';
import type { Finding } from './verdict.js';

export type { Part, VerifyEnv };
export { narrowerGaps } from './evidence.js';

type Check = (claim: Claim, part: Part, env: VerifyEnv) => Finding;

export const CHECKS: Record<PredicateKind, Check> = {
  meeting: checkMeeting,
  content: checkContent,
  presence: checkPresence,
  event: checkEvent,
  title: checkTitle,
  source: checkSource,
};
