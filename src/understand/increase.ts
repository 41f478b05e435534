// "More officers", « plus de coopération »: more of something is said only by a
// fact that says the thing and the increase together (concepts.yaml `more`).
import type { Claim } from './claim-types.js';
import type { Lexicon } from './lexicon.js';
import type { Reading } from './read.js';

/** The ideas the claim says there is more of, each with the concept a fact must carry beside it. */
export function readIncreases(claim: Claim, reading: Reading, lexicon: Lexicon): void {
  const { terms, tokens } = reading;
  for (const m of lexicon.more.all(tokens)) {
    // ("more than 40", « plus de 40 »: a figure follows, an amount; the idea must come within a word or two.)
    const next = terms.find((t) => t.start >= m.end && t.kind !== 'function');
    if (!next || !(next.kind === 'concept' || next.kind === 'word') || next.start - m.end > 1) continue;
    (claim.increases ??= []).push({ concept: m.value, of: next.surface });
  }
}
