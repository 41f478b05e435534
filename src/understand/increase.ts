// "More officers", « plus de coopération »: more of something is said only by a
// fact that says the thing and the increase together (concepts.yaml `more`);
// less of it (`less`) is what such a fact says the opposite of.
import type { Claim } from './claim-types.js';
import type { Lexicon } from './lexicon.js';
import type { Reading } from './read.js';

/** The ideas the claim says there is more of, each with the concept a fact must carry beside it. */
export function readIncreases(claim: Claim, reading: Reading, lexicon: Lexicon): void {
  const { terms, tokens } = reading;
  for (const [matcher, list] of [[lexicon.more, 'increases'], [lexicon.less, 'decreases']] as const) {
    for (const m of matcher.all(tokens)) {
      // ("more than 40", « plus de 40 »: a figure follows, an amount; the idea must come within a word or two.)
      const next = terms.find((t) => t.start >= m.end && t.kind !== 'function');
      if (!next || !(next.kind === 'concept' || next.kind === 'word') || next.start - m.end > 1) continue;
      (claim[list] ??= []).push({ concept: m.value, of: next.surface });
      // ("less", "fewer": the words that say how much are no topic of their own.)
      const said = new Set(tokens.slice(m.start, m.end));
      claim.topics = claim.topics.filter((t) => t.kind !== 'word' || !said.has(t.word));
    }
  }
}
