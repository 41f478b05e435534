// Whose an idea is: "the U's experience", « un financement de l'U », "U
// funding". A fact carries such an idea only if it names its owner too.
import type { EntityTerm } from './claim-types.js';
import { grammarOf, type Lexicon } from './lexicon.js';
import type { Reading, Term } from './read.js';

/** Whether a name is said as the owner of an idea next to it (`possessive`: a possessive follows the name). */
export function ownsIdea(e: EntityTerm, possessive: boolean, reading: Reading, lexicon: Lexicon): boolean {
  const { terms, tokens } = reading;
  const grammar = grammarOf(lexicon);
  const concepts = terms.filter((t) => t.kind === 'concept');
  const at = (start: number | undefined) => terms.find((t) => t.start === start);
  // The last idea of a run of ideas that starts at `start`.
  const runFrom = (start: number): Term | undefined => {
    let idea: Term | undefined = concepts.find((c) => c.start === start);
    while (idea && at(idea.end)?.kind === 'concept') idea = at(idea.end);
    return idea;
  };
  // ("the U's experience": right after the possessive; "the U's K office" names a body.)
  const owned = possessive ? runFrom(e.end + 1) : undefined;
  if (owned && at(owned.end)?.kind !== 'word') return true;
  // (« un financement de l'U »: an idea, then "of", then whose it is; "with the U" is no owner.)
  const relationAt = grammar.articles.has(tokens[e.start - 1] ?? '') ? e.start - 2 : e.start - 1;
  const relation = tokens[relationAt] ?? '';
  if (lexicon.languages[reading.language].relations.has(relation) && !grammar.companion.has(relation) && concepts.some((c) => c.end === relationAt)) return true;
  // ("O has its headquarters in Z", « la P et son siège »: an organisation said first, and "its" before an idea after it.)
  const first = terms.find((t) => t.kind === 'entity');
  const its = e.type === 'organisation' && first?.start === e.start ? tokens.findIndex((w, i) => i >= e.end && grammar.possessive.has(w) && !/^['’]/.test(reading.raw[i] ?? '') && concepts.some((c) => c.start === i + 1)) : -1;
  if (its >= 0 && !terms.some((t) => t.kind === 'entity' && t.start >= e.end && t.end <= its)) return true;
  // ("U funding": an organisation right before an idea; not "the U K guy", which names what, not whose.)
  const chain = e.type === 'organisation' ? runFrom(e.end) : undefined;
  const after = chain ? at(chain.end) : undefined;
  return chain !== undefined && after?.kind !== 'word' && !(after?.kind === 'generic' && after.what === 'person');
}
