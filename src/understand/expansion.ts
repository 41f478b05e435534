// "OSN stands for …", « l'OSN ça veut dire … »: an organisation's short
// name, then the words it is said to spell out. What is claimed is that those
// words are its full name, which only the names the knowledge gives it can
// bear out (verify/expansion.ts).
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Claim } from './claim-types.js';
import type { Lexicon } from './lexicon.js';
import type { Reading } from './read.js';

/** Words it is said to spell out: fewer than this, and they are no full name ("OSN means business"). */
const MIN_WORDS = 2;
/** What a full name may be read as, word by word: anything else ends it. */
const WORDS_OF_A_NAME = new Set(['word', 'function', 'title', 'generic', 'concept', 'narrower', 'entity']);

export function readExpansion(reading: Reading, kb: KnowledgeBase, lexicon: Lexicon): Claim['expansion'] {
  const { tokens, terms } = reading;
  const sources = Object.values(lexicon.languages).flatMap((l) => l.attribution.all(tokens).map((m) => m.start));
  for (const language of Object.values(lexicon.languages)) {
    for (const phrase of language.spelling.all(tokens)) {
      // The organisation right before, with nothing but grammar words between ("OSN ça veut dire", "the OSN stands for").
      const named = terms.filter((t) => t.kind === 'entity' && t.end <= phrase.start && kb.entities.get(t.entity)?.type === 'organisation').at(-1);
      if (!named || named.kind !== 'entity') continue;
      if (terms.some((t) => t.start >= named.end && t.end <= phrase.start && t.kind !== 'function' && t.kind !== 'negation' && t.kind !== 'marker')) continue;
      // What follows: a name the reader knows, whole; else words up to the end of the clause or what opens another
      // thought (a verb, a question word, a pronoun, a date: « …, pour ceux qui savaient pas »).
      const name = terms.find((t) => t.kind === 'entity' && t.start >= phrase.end && terms.every((x) => x.start < phrase.end || x.start >= t.start || x.kind === 'function'));
      // (…nor where it comes from: "…national security per the X article", « …, d'après l'article ».)
      const source = sources.filter((i) => i >= phrase.end);
      const stop = Math.min(terms.find((t) => t.start >= phrase.end && !WORDS_OF_A_NAME.has(t.kind))?.start ?? tokens.length, ...source);
      const end = name ? name.end : Math.min(reading.clauses.find((c) => c > phrase.end) ?? tokens.length, stop);
      const words = tokens.slice(phrase.end, end).filter((w) => /\p{L}/u.test(w));
      if (words.length < MIN_WORDS) continue;
      // (Denied only between the name and the words: "OSN doesn't stand for…", « l'OSN ne veut pas dire… ».)
      const negated = terms.some((t) => t.kind === 'negation' && t.start >= named.end && t.start < phrase.end) || tokens.slice(named.end, phrase.end).some((w) => Object.values(lexicon.languages).some((l) => l.negations.has(w)));
      return { entity: named.entity, words, surface: reading.raw.slice(phrase.end, end).join(' '), start: phrase.end, end, negated };
    }
  }
  return undefined;
}
