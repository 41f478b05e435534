// The BM25 index (src/retrieve/bm25.ts) packed for storage gives back the same
// scores once stored and read again, and refuses to stand for other documents.
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { Bm25Index, type Bm25Data } from '../../src/retrieve/bm25.js';

const DOCS = [
  ['rencontre', 'partenariat', 'securite', 'rencontre'],
  ['cooperation', 'police', 'missions', 'paix'],
  ['terrorisme', 'cooperation', 'prevention'],
  [],
  ['partenariat', 'cooperation', 'cooperation', 'securite', 'globale'],
].map((tokens, i) => ({ tokens, value: `doc ${i}` }));

describe('the BM25 index', () => {
  it('scores the same once stored and read back', () => {
    const built = new Bm25Index(DOCS);
    const back = Bm25Index.fromData(deserialize(serialize(built.toData())) as Bm25Data, DOCS.map((d) => d.value));
    for (const query of [['cooperation'], ['partenariat', 'securite'], ['rencontre', 'absent'], [], ['police', 'paix', 'cooperation']]) {
      expect(back.scores(query)).toEqual(built.scores(query));
      expect(back.search(query, 5)).toEqual(built.search(query, 5));
    }
    expect(built.scores(['cooperation']).size).toBe(3);
    expect(built.search(['cooperation'], 1)[0]?.value).toBe('doc 4');
  });

  it('scores each document by the sum of its postings, call after call (the sums reuse one scratch array)', () => {
    const built = new Bm25Index(DOCS);
    const { terms, offsets, docs, weights } = built.toData();
    const naive = (query: string[]) => {
      const out = new Map<string, number>();
      for (const term of new Set(query)) {
        const t = terms.indexOf(term);
        if (t < 0) continue;
        for (let j = offsets[t] as number; j < (offsets[t + 1] as number); j++) {
          const value = DOCS[docs[j] as number]?.value as string;
          out.set(value, (out.get(value) ?? 0) + (weights[j] as number));
        }
      }
      return out;
    };
    const queries = [['cooperation', 'securite'], ['cooperation'], ['securite', 'securite', 'partenariat'], [], ['paix', 'rencontre', 'terrorisme', 'cooperation']];
    for (const query of [...queries, ...queries]) {
      expect([...built.scores(query)]).toEqual([...naive(query)]);
      const scoreOf = built.scoreOf(query);
      expect(DOCS.map((d) => scoreOf(d.value))).toEqual(DOCS.map((d) => naive(query).get(d.value) ?? 0));
      expect(scoreOf('not a document')).toBe(0);
      expect(built.search(query, 5).map((h) => [h.value, h.score])).toEqual([...naive(query)].sort((a, b) => b[1] - a[1] || DOCS.findIndex((d) => d.value === a[0]) - DOCS.findIndex((d) => d.value === b[0])));
    }
  });

  it('refuses stored data for another number of documents', () => {
    const data = new Bm25Index(DOCS).toData();
    expect(() => Bm25Index.fromData(data, ['one'])).toThrow(/documents/);
  });
});
