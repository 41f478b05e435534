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

  it('refuses stored data for another number of documents', () => {
    const data = new Bm25Index(DOCS).toData();
    expect(() => Bm25Index.fromData(data, ['one'])).toThrow(/documents/);
  });
});
