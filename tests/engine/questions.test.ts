// Every committed question set (tests/questions/*.yaml), checked by hand
// against the articles: the engine must get at least 95% of each right, give
// no false confirmation (a yes, or an answer as if the claim held, to a claim
// the articles contradict or never make), and cite only verbatim quotes.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { loadSets } from '../bench/common.js';
import { articlesHold } from '../../src/compose/article-words.js';
import { falseConfirmation, floorOf, invalidCitations, runCases } from '../support/questions.js';

const engine = createEngine(loadKnowledge());

/** The words an answer says the articles never mention or say nothing about (the templates' quoted “…”, « … »). */
function unmentionedIn(text: string): string[] {
  const heads = Object.values(engine.kb.languages).flatMap((l) => [l.templates.unmentioned, l.templates.decline_about].map((t) => t.slice(0, t.indexOf('{what}')).replace(/[«“]\s*$/, '')));
  return heads.flatMap((head) => {
    const at = text.indexOf(head);
    if (at < 0) return [];
    const sentence = text.slice(at + head.length).split(/[.](?:\s|$)/)[0] ?? '';
    return [...sentence.matchAll(/[“«]\s*([^”»]+?)\s*[”»]/g)].map((m) => m[1] as string);
  });
}
const sets = loadSets().map((set) => ({ ...set, results: runCases(set.cases, (q, context) => engine.answer(q, context)) }));

describe('the question sets', () => {
  it('include the first set of at least 200 questions, about half French, of every kind, and the blind batches', () => {
    const first = sets.find((s) => s.name === 'questions');
    expect(first?.cases.length).toBeGreaterThanOrEqual(200);
    const fr = first?.cases.filter((c) => c.lang === 'fr').length ?? 0;
    expect(fr / (first?.cases.length ?? 1)).toBeGreaterThan(0.4);
    expect(fr / (first?.cases.length ?? 1)).toBeLessThan(0.6);
    for (const kind of ['answer', 'decline', 'premise', 'followup']) expect(first?.cases.some((c) => c.kind === kind)).toBe(true);
    expect(sets.filter((s) => s.name.startsWith('batch-')).length).toBeGreaterThanOrEqual(2);
  });

  describe.each(sets.map((s) => [s.name, s] as const))('%s', (_, set) => {
    it(`is answered correctly at least ${Math.round(floorOf(set.name, 'questions') * 100)}% of the time`, () => {
      const failures = set.results.filter((r) => r.failures.length > 0);
      const accuracy = 1 - failures.length / set.results.length;
      const report = failures.map((r) => `${r.case.id} ${JSON.stringify(r.case.q)}: ${r.failures.join('; ')}\n    → ${r.answer.text}`).join('\n');
      expect(accuracy, `accuracy ${(accuracy * 100).toFixed(1)}%; failures:\n${report}`).toBeGreaterThanOrEqual(floorOf(set.name, 'questions'));
    });

    it('never confirms a claim the articles contradict or do not make', () => {
      const wrong = set.results.filter((r) => falseConfirmation(r.case, r.answer)).map((r) => `${r.case.id} ${r.case.q} → ${r.answer.text}`);
      expect(wrong).toEqual([]);
    });

    it('cites only verbatim quotes', () => {
      const bad = set.results.flatMap((r) => invalidCitations(r.answer, engine.kb).map((c) => `${r.case.id}: ${c}`));
      expect(bad).toEqual([]);
    });

    it('never says the articles do not mention words their text holds', () => {
      const bad = set.results.flatMap((r) => unmentionedIn(r.answer.text).filter((w) => articlesHold(engine.kb, engine.lexicon, w)).map((w) => `${r.case.id}: “${w}” → ${r.answer.text}`));
      expect(bad).toEqual([]);
    });

    it('numbers its markers to match its citations', () => {
      for (const { answer } of set.results) {
        const markers = [...answer.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
        for (const n of markers) expect(n).toBeLessThanOrEqual(answer.citations.length);
        expect(new Set(markers).size).toBe(answer.citations.length);
      }
    });
  });
});
