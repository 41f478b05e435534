// Where a name stands against a verb of the claim: what the verb takes as its object
// stands right after it, past an article or two ("praised the O assembly", "hosted it").
import type { Claim } from '../understand/frame.js';

type VerbTerm = Claim['predicates'][number];

/** Whether something starting at `at` stands within `gap` words after the verb's last word. */
export function rightAfter(verb: VerbTerm, at: number, gap: number): boolean {
  const end = verb.start + verb.surface.split(/\s+/).length;
  return at >= end && at - end <= gap;
}
