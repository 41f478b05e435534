// Ranked retrieval with wink-nlp's BM25 vectorizer: documents are learnt once,
// their per-term BM25 weights kept in an inverted index, and a query scores
// each document by the sum of the weights of the query terms it contains.
import bm25Vectorizer from 'wink-nlp/utilities/bm25-vectorizer.js';

export interface Bm25Options {
  k: number;
  k1: number;
  b: number;
}

export const DEFAULT_BM25_OPTIONS: Bm25Options = { k: 1, k1: 1.2, b: 0.75 };

export interface Hit<T> {
  value: T;
  score: number;
}

/** A term's documents and their weights, side by side (an object per posting would be millions at a thousand articles). */
interface Postings {
  docs: number[];
  weights: number[];
}

export class Bm25Index<T> {
  private readonly postings = new Map<string, Postings>();
  private readonly values: T[];

  constructor(docs: readonly { tokens: string[]; value: T }[], options: Partial<Bm25Options> = {}) {
    const vectorizer = bm25Vectorizer({ ...DEFAULT_BM25_OPTIONS, ...options, norm: 'none' });
    this.values = docs.map((d) => d.value);
    if (docs.length === 0) return;
    for (const doc of docs) vectorizer.learn(doc.tokens.length ? doc.tokens : ['\u0000']);
    for (let i = 0; i < docs.length; i++) {
      // Called with no argument, out() gives the document's term weights (its.bow)
      // without needing the language model, which may not be loaded yet.
      const bow = (vectorizer.doc(i).out as unknown as () => Record<string, number>)();
      for (const term in bow) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = { docs: [], weights: [] }));
        list.docs.push(i);
        list.weights.push(bow[term] as number);
      }
    }
  }

  /** The score of every document that shares a term with the query. */
  scores(tokens: readonly string[]): Map<T, number> {
    return new Map([...this.rawScores(tokens)].map(([doc, score]) => [this.values[doc] as T, score]));
  }

  search(tokens: readonly string[], limit = 3): Hit<T>[] {
    return [...this.rawScores(tokens)]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([doc, score]) => ({ value: this.values[doc] as T, score }));
  }

  private rawScores(tokens: readonly string[]): Map<number, number> {
    const scores = new Map<number, number>();
    for (const term of new Set(tokens)) {
      const list = this.postings.get(term);
      if (!list) continue;
      for (let j = 0; j < list.docs.length; j++) {
        const doc = list.docs[j] as number;
        scores.set(doc, (scores.get(doc) ?? 0) + (list.weights[j] as number));
      }
    }
    return scores;
  }
}
