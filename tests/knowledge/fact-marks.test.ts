// uniqueFacts() (src/knowledge/fact-marks.ts) gives what [...new Set(list)] gives,
// short lists and long, call after call (its marks are reused), facts that are
// not the base's own objects included; positionOf() is the place in kb.facts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factCount, positionOf, uniqueFacts } from '../../src/knowledge/fact-marks.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Fact } from '../../src/knowledge/types.js';

const kb = loadKnowledge();
const facts = [...kb.facts.values()];
const copies = facts.slice(0, 3).map((f) => ({ ...f }));

describe('marks on the facts of a base', () => {
  it('number the facts in the base order, and no other object', () => {
    expect(factCount(kb)).toBe(facts.length);
    expect(facts.map((f) => positionOf(kb, f))).toEqual(facts.map((_, i) => i));
    for (const c of copies) expect(positionOf(kb, c)).toBeUndefined();
  });

  it('keep each fact once, in the order first met, as a Set would', () => {
    const anyFact = fc.constantFrom<Fact>(...facts, ...copies);
    fc.assert(
      fc.property(fc.array(anyFact, { maxLength: 40 }), fc.integer({ min: 0, max: 20 }), (some, repeats) => {
        // Long enough (past 256) for the marks to be used, with repeats and the copies among them.
        const long = [...some, ...Array.from({ length: repeats + Math.ceil(300 / facts.length) }, () => facts).flat(), ...copies, ...some];
        expect(uniqueFacts(kb, some)).toEqual([...new Set(some)]);
        expect(uniqueFacts(kb, long)).toEqual([...new Set(long)]);
        expect(uniqueFacts(kb, long)).toEqual([...new Set(long)]);
      }),
      { numRuns: 50 },
    );
  });
});
