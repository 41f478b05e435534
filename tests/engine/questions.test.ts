// The question set, written before tuning and checked by hand against the
// articles: the engine must get at least 95% right, and every quote it cites
// must be verbatim in the paragraph it names.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { invalidCitations, loadCases, runCases } from '../support/questions.js';

const engine = createEngine(loadKnowledge());
const cases = loadCases();
const results = runCases(cases, (q, context) => engine.answer(q, context));

describe('the question set', () => {
  it('has at least 200 questions, about half French and half English, of every kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    const fr = cases.filter((c) => c.lang === 'fr').length;
    expect(fr / cases.length).toBeGreaterThan(0.4);
    expect(fr / cases.length).toBeLessThan(0.6);
    for (const kind of ['answer', 'decline', 'premise', 'followup']) expect(cases.some((c) => c.kind === kind)).toBe(true);
  });

  it('is answered correctly at least 95% of the time', () => {
    const failures = results.filter((r) => r.failures.length > 0);
    const accuracy = 1 - failures.length / results.length;
    const report = failures.map((r) => `${r.case.id} ${JSON.stringify(r.case.q)}: ${r.failures.join('; ')}\n    → ${r.answer.text}`).join('\n');
    expect(accuracy, `accuracy ${(accuracy * 100).toFixed(1)}%; failures:\n${report}`).toBeGreaterThanOrEqual(0.95);
  });

  it('cites only verbatim quotes', () => {
    const bad = results.flatMap((r) => invalidCitations(r.answer, engine.kb).map((c) => `${r.case.id}: ${c}`));
    expect(bad).toEqual([]);
  });

  it('numbers its markers to match its citations', () => {
    for (const { answer } of results) {
      const markers = [...answer.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
      for (const n of markers) expect(n).toBeLessThanOrEqual(answer.citations.length);
      expect(new Set(markers).size).toBe(answer.citations.length);
    }
  });
});
