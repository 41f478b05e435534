// "quand B est venu", "when C was there", "while the assembly was on": a
// clause of time inside a claim. It dates the claim by the one meeting of the
// people it names; its own verb is not the claim's.
import { meetingsOfAll } from '../knowledge/indexes.js';
import { placeAgrees } from '../retrieve/graph.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Claim, EntityTerm } from './claim-types.js';
import type { Lexicon } from './lexicon.js';
import type { Reading } from './read.js';

/** Where a clause of time starts: a "when" word that asks nothing, or "while", "lorsque". */
function temporalClause(reading: Reading, lexicon: Lexicon, asked: Set<number>): number | undefined {
  const lex = lexicon.languages[reading.language];
  const other = lexicon.languages[reading.language === 'fr' ? 'en' : 'fr'];
  const marker = reading.terms.find((t) => t.kind === 'marker' && t.marker === 'temporal');
  if (marker) return marker.start;
  // A clause has a verb: "quand B est venu" is one, "quand, la rencontre avec B" is not.
  // (Up front only in a statement that goes on past a comma: « Quand A a reçu B à X, ils ont parlé de… ».)
  const fronted = !/\?/.test(reading.text) && reading.clauses.length > 1;
  const at = reading.tokens.findIndex(
    (t, i) => (i > 1 || (i === 0 && fronted)) && !asked.has(i) && (lex.whenWords.has(t) || other.whenWords.has(t)) && reading.terms.some((x) => x.kind === 'entity' && x.start > i) && reading.terms.some((x) => x.start > i && (x.kind === 'predicate' || (x.kind === 'marker' && x.marker === 'passive') || lex.passive.has(reading.tokens[x.start] ?? ''))),
  );
  return at >= 0 && at < reading.tokens.length - 1 ? at : undefined;
}

export function readTimeClause(reading: Reading, lexicon: Lexicon, asked: Set<number>, entities: EntityTerm[], kb: KnowledgeBase, claim: Claim): { inClause: (e: { start: number }) => boolean; namesSomeone: boolean } {
  const at = temporalClause(reading, lexicon, asked);
  // ("…when A met C on Monday?": a clause that says its own day is a claim of its own about that meeting, checked as said,
  // not a day taken from the meeting it names.)
  const clauseAt = at !== undefined && reading.terms.some((t) => t.kind === 'date' && t.start > at) ? undefined : at;
  const inClause = (e: { start: number }) => clauseAt !== undefined && e.start > clauseAt;
  // ("what did C tell A when A visited him…": the people of the whole sentence pick the meeting when the clause's alone do not.)
  const people = entities.filter((e) => e.type === 'person').map((e) => e.entity);
  for (const e of entities.filter(inClause)) {
    const own = meetingsOfAll(kb, [e.entity]);
    const theirs = own.length > 1 && e.type === 'person' ? meetingsOfAll(kb, [...new Set(people)]) : own;
    const only = theirs.length === 1 ? theirs[0] : undefined;
    if (only) {
      const [year, month, day] = only.date.split('-').map(Number) as [number, number, number];
      claim.dates.push({ day, month, year, start: e.start, end: e.end, ofClause: true });
      claim.dating.push(only.id);
    }
  }
  // ("what was said when A met C in Y?": a place the clause gives that its meeting was not in is said of that meeting,
  // and corrected.)
  const dated = claim.dating.map((id) => kb.entities.get(id));
  for (const e of entities.filter((x) => inClause(x) && x.type === 'place')) {
    if (dated.some((m) => m?.type === 'meeting' && !placeAgrees(kb, m, e.entity))) claim.places.push({ entity: e.entity, type: 'place', via: e.via, surface: e.surface, start: e.start, end: e.end, fuzzy: e.fuzzy });
  }
  if (clauseAt !== undefined) claim.predicates = claim.predicates.filter((p) => p.start < clauseAt);
  return { inClause, namesSomeone: entities.some((e) => inClause(e) && e.type === 'person') };
}
