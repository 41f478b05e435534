// How well a fact fits a question's concepts and named things (relevance), and the same for every fact of the base at
// once (relevanceByPlace): at a thousand articles a question about a common concept makes thousands of facts worth
// scoring, and asking each of them about every term of the question was most of such an answer.
import { factCount, positionOf } from '../knowledge/fact-marks.js';
import type { Fact, KnowledgeBase } from '../knowledge/types.js';
import type { Query } from '../understand/frame.js';

/** How well a fact fits the question's concepts and named things. */
export function relevance(fact: Fact, q: Query): number {
  let score = 0;
  for (const t of q.claim.topics) {
    if (t.kind === 'concept' && fact.concepts.includes(t.concept)) score += 1;
    if (t.kind === 'entity' && (fact.mentions.includes(t.entity) || fact.items?.includes(t.entity))) score += 2;
  }
  for (const p of q.claim.participants) if (fact.mentions.includes(p.entity) || fact.agents.includes(p.entity) || fact.speaker === p.entity) score += 0.5;
  for (const n of q.claim.narrower) if ((n.of.concept && fact.concepts.includes(n.of.concept)) || (n.of.entity && fact.mentions.includes(n.of.entity))) score += 1;
  return score;
}

/** Every fact relevance() can score above nothing, from the indexes: those naming a concept, thing or person of the question. */
export function mayBeRelevant(q: Query, kb: KnowledgeBase): Set<Fact> {
  return new Set(relevantLists(q, kb).flat());
}

/** The index lists mayBeRelevant() joins. */
function relevantLists(q: Query, kb: KnowledgeBase): (readonly Fact[])[] {
  const lists: (readonly Fact[] | undefined)[] = [];
  for (const t of q.claim.topics) {
    if (t.kind === 'concept') lists.push(kb.factsWithConcept.get(t.concept));
    if (t.kind === 'entity') lists.push(kb.factsMentioning.get(t.entity));
  }
  for (const p of q.claim.participants) lists.push(kb.factsMentioning.get(p.entity), kb.factsByActor.get(p.entity));
  for (const n of q.claim.narrower) {
    if (n.of.concept) lists.push(kb.factsWithConcept.get(n.of.concept));
    if (n.of.entity) lists.push(kb.factsMentioning.get(n.of.entity));
  }
  return lists.filter((l): l is readonly Fact[] => l !== undefined);
}

const NONE: readonly Fact[] = Object.freeze([]);

/** Per index list of the base, its facts' places (-1 for none): worked out the first time a question reads the list. */
const placesOfList = new WeakMap<readonly Fact[], Int32Array>();

function placesIn(kb: KnowledgeBase, list: readonly Fact[]): Int32Array {
  let places = placesOfList.get(list);
  if (!places) placesOfList.set(list, (places = Int32Array.from(list, (f) => positionOf(kb, f) ?? -1)));
  return places;
}

/**
 * relevance() of each fact of the base, by its place (positionOf): each term of the question credits the facts of
 * its index list (each list holds a fact once, and every fact the term counts for), instead of each fact being asked
 * about every term. The sums are of halves and units: the same whatever their order. (Float32 holds them exactly.)
 */
export function relevanceByPlace(q: Query, kb: KnowledgeBase): Float32Array {
  const scores = new Float32Array(factCount(kb));
  const credit = (list: readonly Fact[] = NONE, points: number, counts?: (f: Fact) => boolean) => {
    const places = placesIn(kb, list);
    for (let i = 0; i < places.length; i++) {
      const p = places[i] as number;
      if (p >= 0 && (!counts || counts(list[i] as Fact))) scores[p] = (scores[p] as number) + points;
    }
  };
  const { factsWithConcept, factsMentioning, factsByActor } = kb;
  for (const t of q.claim.topics) {
    if (t.kind === 'concept') credit(factsWithConcept.get(t.concept), 1);
    if (t.kind === 'entity') credit(factsMentioning.get(t.entity), 2);
  }
  for (const { entity: p } of q.claim.participants) {
    // Named, acting or speaking: from the facts that name the person (not those that only count them among their items)…
    credit(factsMentioning.get(p), 0.5, (f) => f.mentions.includes(p) || f.agents.includes(p) || f.speaker === p);
    // …then those they act in that the first list did not hold (not those where they are only the object).
    credit(factsByActor.get(p), 0.5, (f) => (f.agents.includes(p) || f.speaker === p) && !f.mentions.includes(p) && !f.items?.includes(p));
  }
  for (const { of } of q.claim.narrower) {
    const { concept, entity } = of;
    if (concept) credit(factsWithConcept.get(concept), 1);
    if (entity) credit(factsMentioning.get(entity), 1, (f) => f.mentions.includes(entity) && !(concept && f.concepts.includes(concept)));
  }
  return scores;
}
