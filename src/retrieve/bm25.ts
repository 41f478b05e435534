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

/**
 * The postings of every term, packed: term number t's documents are
 * docs[offsets[t]…offsets[t+1]) with their weights beside them. A few typed
 * arrays rather than an object per posting (millions at a thousand articles),
 * and a form that is stored and read back as it is (bm25-store.ts).
 */
export interface Bm25Data {
  terms: string[];
  offsets: Int32Array;
  docs: Int32Array;
  weights: Float64Array;
  /** Documents indexed. */
  count: number;
}

export class Bm25Index<T> {
  private readonly data: Bm25Data;
  private readonly termIndex: Map<string, number>;
  private readonly values: T[];
  /** Per document, a running sum and whether it has one yet (accumulate(), which is not reentrant); allocated on first use. */
  private scratch: Float64Array | undefined;
  private touched: Uint8Array | undefined;
  /** The documents in the order first met (accumulate()), the first `met` of them. */
  private order: Int32Array | undefined;
  /** Each document's number, by its value (scoreOf()); built on first use. */
  private positions: Map<T, number> | undefined;
  /** The scores of the latest queries (scorer()): a score counts for the query whose stamp it bears; `owner` wrote last. */
  private shared: { scores: Float64Array; stamps: Uint32Array; query: number; owner: number } | undefined;

  constructor(docs: readonly { tokens: string[]; value: T }[], options: Partial<Bm25Options> = {}) {
    this.values = docs.map((d) => d.value);
    const lists = new Map<string, { docs: number[]; weights: number[] }>();
    if (docs.length) {
      const vectorizer = bm25Vectorizer({ ...DEFAULT_BM25_OPTIONS, ...options, norm: 'none' });
      for (const doc of docs) vectorizer.learn(doc.tokens.length ? doc.tokens : ['\u0000']);
      for (let i = 0; i < docs.length; i++) {
        // Called with no argument, out() gives the document's term weights (its.bow)
        // without needing the language model, which may not be loaded yet.
        const bow = (vectorizer.doc(i).out as unknown as () => Record<string, number>)();
        for (const term in bow) {
          let list = lists.get(term);
          if (!list) lists.set(term, (list = { docs: [], weights: [] }));
          list.docs.push(i);
          list.weights.push(bow[term] as number);
        }
      }
    }
    const terms = [...lists.keys()];
    const offsets = new Int32Array(terms.length + 1);
    let total = 0;
    terms.forEach((term, t) => {
      offsets[t] = total;
      total += lists.get(term)?.docs.length ?? 0;
    });
    offsets[terms.length] = total;
    const packed: Bm25Data = { terms, offsets, docs: new Int32Array(total), weights: new Float64Array(total), count: docs.length };
    terms.forEach((term, t) => {
      const list = lists.get(term);
      if (!list) return;
      packed.docs.set(list.docs, offsets[t]);
      packed.weights.set(list.weights, offsets[t]);
    });
    this.data = packed;
    this.termIndex = new Map(terms.map((term, t) => [term, t]));
  }

  /** The index as data, to store. */
  toData(): Bm25Data {
    return this.data;
  }

  /** An index from stored data, over the same documents' values in the same order. */
  static fromData<T>(data: Bm25Data, values: readonly T[]): Bm25Index<T> {
    if (data.count !== values.length) throw new Error(`the stored index has ${data.count} documents, not ${values.length}`);
    const index = Object.create(Bm25Index.prototype) as Bm25Index<T>;
    Object.assign(index, { data, values: [...values], termIndex: new Map(data.terms.map((term, t) => [term, t])) });
    return index;
  }

  /** The score of every document that shares a term with the query. */
  scores(tokens: readonly string[]): Map<T, number> {
    const out = new Map<T, number>();
    this.accumulate(tokens, (doc, score) => out.set(this.values[doc] as T, score));
    return out;
  }

  /**
   * The same scores as scores(), read through a function (0 for a document that shares no term): see scorer().
   */
  scoreOf(tokens: readonly string[]): (value: T) => number {
    return this.scorer(tokens).ofValue;
  }

  /**
   * The same scores as scores(), by a document's value or its number. They are kept in one array of a number per
   * document shared by every query (each number stamped with the query that wrote it) rather than a Map entry per
   * document, or a new array per query: at a thousand articles a common word scores most documents, every question
   * asks several times, and arrays as large made at each question are what grew the process. A query whose numbers
   * another has overwritten since writes them again before it reads one.
   */
  scorer(tokens: readonly string[]): { ofValue: (value: T) => number; ofNumber: (doc: number) => number } {
    const shared = (this.shared ??= { scores: new Float64Array(this.data.count), stamps: new Uint32Array(this.data.count), query: 0, owner: 0 });
    // (Once in four billion queries, every stamp is cleared.)
    if (++shared.query === 0xffffffff) {
      shared.stamps.fill(0);
      shared.query = 1;
    }
    const query = shared.query;
    const terms = [...tokens];
    const write = () => {
      shared.owner = query;
      this.accumulate(terms, (doc, score) => {
        shared.scores[doc] = score;
        shared.stamps[doc] = query;
      });
    };
    write();
    this.positions ??= new Map(this.values.map((v, i) => [v, i]));
    const positions = this.positions;
    const ofNumber = (doc: number): number => {
      if (shared.owner !== query) write();
      return shared.stamps[doc] === query ? (shared.scores[doc] as number) : 0;
    };
    return {
      ofValue: (value) => {
        const doc = positions.get(value);
        return doc === undefined ? 0 : ofNumber(doc);
      },
      ofNumber,
    };
  }

  /** Whether the documents are these values, in this order: then a value's place among them is its document number. */
  numbers(values: Iterable<T>): boolean {
    let i = 0;
    for (const v of values) if (this.values[i++] !== v) return false;
    return i === this.values.length;
  }

  search(tokens: readonly string[], limit = 3): Hit<T>[] {
    const hits: [number, number][] = [];
    this.accumulate(tokens, (doc, score) => hits.push([doc, score]));
    return hits
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([doc, score]) => ({ value: this.values[doc] as T, score }));
  }

  /**
   * Each document's summed weight, in the order documents are first met, term by term.
   * The sums run in a scratch array kept between calls rather than a Map per query: at a
   * thousand articles a common word has thousands of postings, and every question asks.
   */
  private accumulate(tokens: readonly string[], each: (doc: number, score: number) => void): void {
    const { offsets, docs, weights } = this.data;
    const sums = (this.scratch ??= new Float64Array(this.data.count));
    const seen = (this.touched ??= new Uint8Array(this.data.count));
    const order = (this.order ??= new Int32Array(this.data.count));
    let met = 0;
    for (const term of new Set(tokens)) {
      const t = this.termIndex.get(term);
      if (t === undefined) continue;
      for (let j = offsets[t] as number; j < (offsets[t + 1] as number); j++) {
        const doc = docs[j] as number;
        if (seen[doc] === 0) {
          seen[doc] = 1;
          sums[doc] = 0;
          order[met++] = doc;
        }
        sums[doc] = (sums[doc] as number) + (weights[j] as number);
      }
    }
    for (let k = 0; k < met; k++) {
      const doc = order[k] as number;
      each(doc, sums[doc] as number);
      seen[doc] = 0;
    }
  }
}
