// People who came along with someone: « …avec toute sa délégation », "with his whole team".
import type { Claim } from './claim-types.js';
import type { Grammar } from './grammar.js';
import type { Reading } from './read.js';

/**
 * « …avec toute sa délégation », "with his whole team": people of someone's own who came along are more people at the
 * meeting, whom no record lists — not the idea their noun names, which a fact may carry for another reason. (No word
 * to name as missing: the noun itself may well be in the articles.)
 */
export function broughtAlong(claim: Claim, reading: Reading, grammar: Grammar): void {
  const { terms, tokens } = reading;
  const along = (start: number) => {
    if (!grammar.possessive.has(tokens[start - 1] ?? '')) return false;
    // (Past a word or two that only measure the group: « toute », "whole", "all".)
    for (let i = start - 2; i >= Math.max(0, start - 4); i--) {
      if (grammar.companion.has(tokens[i] ?? '')) return true;
      if (terms.some((t) => t.start <= i && i < t.end && t.kind !== 'function' && t.kind !== 'word')) return false;
    }
    return false;
  };
  const groups = terms.filter((t) => t.kind === 'concept' && along(t.start));
  if (!groups.length) return;
  claim.topics = claim.topics.map((t) => (t.kind === 'concept' && groups.some((g) => g.kind === 'concept' && g.concept === t.concept && g.surface === t.surface) ? { kind: 'word', word: '', surface: '', someone: true } : t));
}
