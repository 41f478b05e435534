// The ranker (src/compose/slots.ts) orders facts as scoring and sorting each one
// would: relevance() twice and a tenth of BM25, best first, ties in the list's
// order. It scores only the facts mayBeRelevant() finds, and sorts only those
// that score: at a thousand articles a list can hold every fact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factDocument } from '../../src/engine.js';
import { DEFAULT_PLAN_OPTIONS } from '../../src/compose/plan.js';
import { mayBeRelevant, ranker, relevance, type SlotEnv } from '../../src/compose/slots.js';
import { positionOf } from '../../src/knowledge/fact-marks.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { relevanceByPlace } from '../../src/compose/relevance.js';
import type { Fact } from '../../src/knowledge/types.js';
import { Bm25Index } from '../../src/retrieve/bm25.js';
import type { Query } from '../../src/understand/frame.js';
import { buildLexicon } from '../../src/understand/lexicon.js';
import { Carrier } from '../../src/verify/carry.js';

const kb = loadKnowledge();
const lexicon = buildLexicon(kb);
const facts = [...kb.facts.values()];
const retrieval = new Bm25Index(facts.map((fact) => ({ tokens: factDocument(fact, kb, lexicon), value: fact })));
const env: SlotEnv = { kb, lexicon, carrier: new Carrier(kb, lexicon), retrieval, options: DEFAULT_PLAN_OPTIONS };
const concepts = [...kb.concepts.keys()];
const entities = [...kb.entities.keys()];
const words = [...new Set(facts.flatMap((f) => factDocument(f, kb, lexicon)))];

/** A question reduced to what ranking reads: its claim's concepts, names and narrower terms, and its words. */
const arbitraryQuery = fc
  .record({
    concepts: fc.subarray(concepts, { maxLength: 3 }),
    things: fc.subarray(entities, { maxLength: 3 }),
    people: fc.subarray(entities, { maxLength: 3 }),
    narrowerConcepts: fc.subarray(concepts, { maxLength: 2 }),
    narrowerThings: fc.subarray(entities, { maxLength: 2 }),
    tokens: fc.subarray(words, { maxLength: 6 }),
  })
  .map(
    (r) =>
      ({
        reading: { tokens: r.tokens },
        claim: {
          topics: [...r.concepts.map((concept) => ({ kind: 'concept', concept, surface: concept })), ...r.things.map((entity) => ({ kind: 'entity', entity, surface: entity }))],
          participants: r.people.map((entity) => ({ entity, surface: entity })),
          narrower: [...r.narrowerConcepts.map((concept) => ({ surface: concept, of: { concept } })), ...r.narrowerThings.map((entity) => ({ surface: entity, of: { entity } }))],
        },
      }) as unknown as Query,
  );

/** The ranking by its definition: every fact of the list scored, then sorted. */
function slowRank(q: Query, list: Fact[]): Fact[] {
  const { fr, en } = lexicon.languages;
  const scores = retrieval.scores(q.reading.tokens.filter((t) => !fr.stopwords.has(t) && !en.stopwords.has(t)));
  return [...new Set(list)]
    .map((f, i) => ({ f, s: relevance(f, q) * 2 + (scores.get(f) ?? 0) / 10, i }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.f);
}

describe('ranking facts', () => {
  it('finds every fact relevance() scores (mayBeRelevant)', () => {
    fc.assert(
      fc.property(arbitraryQuery, (q) => {
        const found = mayBeRelevant(q, kb);
        for (const f of facts) if (relevance(f, q) > 0) expect(found.has(f), f.id).toBe(true);
      }),
    );
  });

  it("works out every fact's relevance() at once, by its place in the base (relevanceByPlace)", () => {
    fc.assert(
      fc.property(arbitraryQuery, fc.boolean(), (q, twice) => {
        // (A term said twice counts twice, as relevance() counts it.)
        const asked = twice ? ({ ...q, claim: { ...q.claim, topics: [...q.claim.topics, ...q.claim.topics], participants: [...q.claim.participants, ...q.claim.participants] } } as Query) : q;
        const byPlace = relevanceByPlace(asked, kb);
        for (const f of facts) expect(byPlace[positionOf(kb, f) as number], f.id).toBe(relevance(f, asked));
      }),
    );
  });

  it('orders a list, short or long (repeated facts and all), as scoring and sorting every fact would', () => {
    fc.assert(
      fc.property(arbitraryQuery, fc.array(fc.constantFrom(...facts), { maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (q, some, copies) => {
        // Longer than the ranker's threshold for looking facts up (256), whatever the base's size.
        const long = Array.from({ length: Math.ceil(300 / facts.length) + copies }, () => [...facts].reverse()).flat();
        const rank = ranker(q, env);
        expect(rank(some).map((f) => f.id)).toEqual(slowRank(q, some).map((f) => f.id));
        expect(rank(long).map((f) => f.id)).toEqual(slowRank(q, long).map((f) => f.id));
        // Only the first few: the head of the same ranking.
        for (const limit of [1, 2, 5]) expect(rank(long, limit).map((f) => f.id)).toEqual(slowRank(q, long).slice(0, limit).map((f) => f.id));
        // The same ranker again (it keeps the scores it worked out), on another long list and a short one.
        const other = [...some, ...long.slice(7)].reverse();
        expect(rank(other).map((f) => f.id)).toEqual(slowRank(q, other).map((f) => f.id));
        expect(rank(some).map((f) => f.id)).toEqual(slowRank(q, some).map((f) => f.id));
      }),
      { numRuns: 60 },
    );
  });
});
