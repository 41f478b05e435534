// The baselines `npm run eval` and `npm run bench` compare the engine with must be
// real retrieval, not strawmen: they find the right passage for plain questions,
// cite it verbatim, decline gibberish, and are tuned fairly. No timings here.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createBaselines, createBm25Baseline, createFuseBaseline, passages, type Baseline } from '../support/baselines.js';
import { invalidCitations, judge, loadCases, QUESTIONS_FILE, type Case } from '../support/questions.js';

let engine: Engine;
let cases: Case[];
let tuned: ReturnType<typeof createBaselines>;

beforeAll(() => {
  engine = createEngine(loadKnowledge());
  cases = loadCases(QUESTIONS_FILE);
  tuned = createBaselines(engine, cases);
});

describe('the retrieval baselines', () => {
  it('index every sentence of every paragraph, each verbatim in its paragraph', () => {
    const all = passages(engine.kb);
    const paragraphs = [...engine.kb.articles.values()].reduce((n, a) => n + a.paragraphs.length, 0);
    expect(all.length).toBeGreaterThanOrEqual(paragraphs);
    for (const p of all) {
      const paragraph = engine.kb.articles.get(p.article)?.paragraphs.find((x) => x.number === p.paragraph);
      expect(paragraph?.text).toContain(p.text);
    }
  });

  for (const name of ['bm25', 'fuse'] as const) {
    describe(name, () => {
      const baseline = (): Baseline => tuned[name];

      it('finds the sentence that answers a plain question and cites it verbatim', () => {
        const a = baseline().answer('Qui a reçu Faisal Shahkar à Marrakech ?');
        expect(a.answered).toBe(true);
        expect(a.language).toBe('fr');
        expect(a.text).toContain('Hammouchi');
        expect(a.citations).toHaveLength(1);
        expect(a.citations[0]?.article).toBe('marrakech-2025-11-25');
        expect(invalidCitations(a, engine.kb)).toEqual([]);
      });

      it('answers in the language of the question', () => {
        expect(baseline().answer('who did hammouchi receive in rabat?').language).toBe('en');
      });

      it('declines gibberish, without citations and with suggestions', () => {
        const a = baseline().answer('qzxv wkpl ghjrt ?');
        expect(a.answered).toBe(false);
        expect(a.citations).toEqual([]);
        expect(a.suggestions.length).toBeGreaterThanOrEqual(2);
      });

      it('gets a fair share of the question set right under the same judge', () => {
        const right = cases.filter((c) => judge(c, baseline().answer(c.q)).length === 0).length;
        // Far below the engine, yet clearly better than declining everything.
        expect(right / cases.length).toBeGreaterThan(tuned.tuning[name].neverAnswer);
        expect(right).toBeGreaterThan(30);
      });

      it('uses the threshold that maximises its own accuracy on the tuning set', () => {
        const t = tuned.tuning[name];
        expect(t.accuracy).toBeGreaterThanOrEqual(Math.max(t.alwaysAnswer, t.neverAnswer));
        expect(baseline().threshold).toBe(t.threshold);
      });
    });
  }

  it('an untuned baseline at threshold 0 answers whatever matches', () => {
    for (const b of [createBm25Baseline(engine), createFuseBaseline(engine)]) {
      expect(b.answer('Zouev Rabat').answered).toBe(true);
    }
  });
});
