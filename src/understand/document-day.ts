// "the article is dated 25 November", « le communiqué date du 27 »: a day
// said of an article or a communiqué as when it was written — not the day
// that says which one is meant ("l'article du 1er décembre", "the Dec 1
// piece"), which picks it out and claims nothing of it.
import type { Claim } from './claim-types.js';
import type { Grammar } from './grammar.js';
import type { Reading } from './read.js';

export function saysWhenWritten(reading: Reading, claim: Claim, grammar: Grammar): boolean {
  const documents = reading.terms.filter((t) => t.kind === 'generic' && (t.what === 'article' || t.what === 'document'));
  return claim.dates.some((d) => {
    const document = documents.filter((t) => t.end <= d.start).at(-1);
    if (!document) return false;
    const between = reading.tokens.slice(document.end, d.start);
    return !between.every((w) => grammar.genitive.has(w) || grammar.articles.has(w));
  });
}
