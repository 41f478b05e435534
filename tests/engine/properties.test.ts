// Whatever is typed, the engine answers: never an exception, the same answer
// for the same question, only verbatim quotes, no echoed markup or mention.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { hostileText } from '../support/arbitraries.js';
import { invalidCitations } from '../support/questions.js';

const engine = createEngine(loadKnowledge());

describe('the engine under arbitrary input', () => {
  it('always answers, deterministically, with verbatim quotes and consistent markers', () => {
    fc.assert(
      fc.property(hostileText(), fc.constantFrom(undefined, 'fr', 'en-US', 'en-GB', 'ja'), (question, locale) => {
        const answer = engine.answer(question, { locale });
        expect(answer.text.length).toBeGreaterThan(0);
        expect(['fr', 'en']).toContain(answer.language);
        expect(answer.confidence).toBeGreaterThanOrEqual(0);
        expect(answer.confidence).toBeLessThanOrEqual(1);
        expect(invalidCitations(answer, engine.kb)).toEqual([]);
        if (!answer.answered) expect(answer.citations).toEqual([]);
        const markers = [...answer.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
        for (const n of markers) expect(n).toBeLessThanOrEqual(answer.citations.length);
        expect(engine.answer(question, { locale })).toEqual(answer);
      }),
      { numRuns: 150 },
    );
  });

  it('never echoes a mention, a link or markdown back', () => {
    fc.assert(
      fc.property(hostileText(2000), (question) => {
        const { text } = engine.answer(question);
        expect(text).not.toMatch(/@everyone|@here|<@[!&]?\d+>|<#\d+>|https?:\/\/|```|\*\*|\|\||__/);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps answers short enough for one Discord message', () => {
    fc.assert(
      fc.property(hostileText(), (question) => {
        expect(engine.answer(question).text.length).toBeLessThan(2000);
      }),
      { numRuns: 100 },
    );
  });
});
