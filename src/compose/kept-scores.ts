// A question's ranker (slots.ts) scores thousands of facts at a thousand articles. What it keeps of them lives in
// arrays as large as the base, made once per base and shared by the rankers rather than made for each of them.
import { factCount } from '../knowledge/fact-marks.js';
import type { Fact, KnowledgeBase } from '../knowledge/types.js';
import type { Bm25Index } from '../retrieve/bm25.js';
import type { SlotEnv } from './slots.js';

/** Whether the engine's BM25 index numbers its documents by their place in the base: worked out once per index. */
const numbered = new WeakMap<Bm25Index<Fact>, boolean>();

export function numberedByPlace(env: Pick<SlotEnv, 'kb' | 'retrieval'>): boolean {
  let aligned = numbered.get(env.retrieval);
  if (aligned === undefined) numbered.set(env.retrieval, (aligned = env.retrieval.numbers(env.kb.facts.values()) && factCount(env.kb) === env.kb.facts.size));
  return aligned;
}

export interface KeptScores {
  /** The score kept at a place, or NaN when this question has none there yet. */
  get(place: number): number;
  set(place: number, score: number): void;
}

/**
 * Per base, one array of scores by place shared by the questions' rankers, each score stamped with the ranker that
 * kept it: a ranker reads only its own, and works out again one another has overwritten. (An array as large for
 * each ranker, several per question, was most of what a question allocated at a thousand articles.)
 */
const sharedScores = new WeakMap<KnowledgeBase, { scores: Float64Array; stamps: Uint32Array; ranker: number }>();

export function keptScores(kb: KnowledgeBase): KeptScores {
  let shared = sharedScores.get(kb);
  if (!shared) sharedScores.set(kb, (shared = { scores: new Float64Array(factCount(kb)), stamps: new Uint32Array(factCount(kb)), ranker: 0 }));
  const kept = shared;
  // (Once in four billion rankers, every stamp is cleared.)
  if (++kept.ranker === 0xffffffff) {
    kept.stamps.fill(0);
    kept.ranker = 1;
  }
  const mine = kept.ranker;
  return {
    get: (p) => (kept.stamps[p] === mine ? (kept.scores[p] as number) : Number.NaN),
    set: (p, score) => {
      kept.scores[p] = score;
      kept.stamps[p] = mine;
    },
  };
}
