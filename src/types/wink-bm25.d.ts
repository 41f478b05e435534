// wink-nlp types its BM25 vectorizer under the extensionless path, which Node's
// ES module resolver rejects; this gives the resolvable path the same types.
declare module 'wink-nlp/utilities/bm25-vectorizer.js' {
  export { default } from 'wink-nlp/utilities/bm25-vectorizer';
}
