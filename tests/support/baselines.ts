// Two naive baselines built from the same knowledge as the engine, scored by the
// same judge (tests/support/questions.ts), so `npm run eval` and `npm run bench`
// can say how much the engine adds over plain retrieval:
//   bm25  every sentence of every article paragraph in the project's Bm25Index
//         (wink-nlp's BM25), folded tokens without stopwords; the top sentence
//         is the answer, as text and as its citation.
//   fuse  fuse.js over the same sentences; the top hit is the answer.
// Both decline below a score threshold, tuned on questions.yaml to maximise the
// baseline's own accuracy (`tuneThreshold`): the fairest cut for each.
//
// Fairness: a baseline answers in the question's language (detected the way the
// engine does, from the lexicon's language markers), and a refusal offers the
// knowledge base's suggested questions, as the engine's does: the judge checks
// both, and neither is what is being compared. Its text is still a French quote,
// which is the point: it retrieves, it does not answer.
import Fuse from 'fuse.js';
import type { KnowledgeBase, Language } from '../../src/knowledge/types.js';
import { sentences, tokenize } from '../../src/language/normalize.js';
import { Bm25Index } from '../../src/retrieve/bm25.js';
import type { Lexicon } from '../../src/understand/lexicon.js';
import type { Answer, Citation } from '../../src/types.js';
import { judge, type Case } from './questions.js';

/** A sentence of an article paragraph, quoted verbatim. */
export interface Passage {
  article: string;
  paragraph: number;
  text: string;
}

/** What a baseline needs of the engine: its knowledge, and its lexicon for stopwords and language markers. */
export interface BaselineSource {
  kb: KnowledgeBase;
  lexicon: Lexicon;
}

export type BaselineName = 'bm25' | 'fuse';

export interface Baseline {
  readonly name: BaselineName;
  /** Human description of how it retrieves. */
  readonly description: string;
  /** Answers when the top passage's score is at least this (higher is better for both baselines). */
  threshold: number;
  /** The best passage and its score (higher is better), or undefined when nothing matches at all. */
  top(question: string): { passage: Passage; score: number; language: Language } | undefined;
  answer(question: string): Answer;
}

/** Every sentence of every paragraph of every article, each verbatim in its paragraph. */
export function passages(kb: KnowledgeBase): Passage[] {
  const out: Passage[] = [];
  for (const article of kb.articles.values()) {
    for (const p of article.paragraphs) {
      for (const raw of sentences(p.text)) {
        const text = raw.trim();
        // wink-nlp returns spans of the paragraph; should one ever not be, quote the paragraph whole.
        if (text === '') continue;
        out.push({ article: article.id, paragraph: p.number, text: p.text.includes(text) ? text : p.text });
      }
    }
  }
  return out;
}

const ACCENTED = /[àâäçéèêëîïôöûùüÿœ]/i;

/** The engine's language rule (src/understand/read.ts): marker words, accents, French elisions, else English. */
export function questionLanguage(norms: readonly string[], raw: string, lexicon: Lexicon): Language {
  let fr = 0;
  let en = 0;
  for (const norm of norms) {
    const isFr = lexicon.languages.fr.languageMarkers.has(norm);
    const isEn = lexicon.languages.en.languageMarkers.has(norm);
    if (isFr && !isEn) fr += 1;
    if (isEn && !isFr) en += 1;
  }
  if (ACCENTED.test(raw)) fr += 1.5;
  if (/\b(l|d|qu|j|c|n|s)['’]\p{L}/iu.test(raw)) fr += 1;
  return fr > en ? 'fr' : 'en';
}

function contentWords(lexicon: Lexicon): (norms: readonly string[]) => string[] {
  const { fr, en } = lexicon.languages;
  return (norms) => norms.filter((w) => !fr.stopwords.has(w) && !en.stopwords.has(w));
}

/** An Answer the judge can score: the passage as text and citation, or a refusal with the usual suggestions. */
function reply(kb: KnowledgeBase, language: Language, hit: { passage: Passage; score: number } | undefined, answered: boolean): Answer {
  const focus = { intent: 'unknown' as const, entities: [], meetings: [], facts: [] };
  if (answered && hit) {
    const citation: Citation = { article: hit.passage.article, paragraph: hit.passage.paragraph, quote: hit.passage.text };
    return { language, intent: 'unknown', answered: true, text: `${hit.passage.text} [1]`, citations: [citation], confidence: 0.5, suggestions: [], facts: [], focus };
  }
  const suggestions = kb.suggestions.map((s) => s[language]).slice(0, 3);
  const text = language === 'fr' ? 'Je ne trouve pas de passage qui réponde à cette question.' : 'I found no passage that answers this question.';
  return { language, intent: 'unknown', answered: false, text, citations: [], confidence: 0.5, suggestions, facts: [], focus };
}

/** BM25 (the project's Bm25Index over wink-nlp's vectorizer) over every sentence. */
export function createBm25Baseline(source: BaselineSource, threshold = 0): Baseline {
  const { kb, lexicon } = source;
  const content = contentWords(lexicon);
  const docs = passages(kb).map((passage) => ({ tokens: content(tokenize(passage.text).map((t) => t.norm)), value: passage }));
  const index = new Bm25Index(docs);
  const baseline: Baseline = {
    name: 'bm25',
    description: 'BM25 top sentence (wink-nlp BM25, folded tokens, stopwords removed)',
    threshold,
    top(question) {
      const norms = tokenize(question).map((t) => t.norm);
      const language = questionLanguage(norms, question, lexicon);
      const [hit] = index.search(content(norms), 1);
      return hit ? { passage: hit.value, score: hit.score, language } : undefined;
    },
    answer(question) {
      const hit = baseline.top(question);
      const language = hit?.language ?? questionLanguage(tokenize(question).map((t) => t.norm), question, lexicon);
      return reply(kb, language, hit, hit !== undefined && hit.score >= baseline.threshold);
    },
  };
  return baseline;
}

/**
 * How the question is put to Fuse. `words`: the question's content words (stopwords
 * removed) as one fuzzy pattern; `question`: the question as typed; `tokens`:
 * Fuse's own token search (TF-IDF over fuzzy-matched words) on the content words.
 */
export type FuseMode = 'words' | 'question' | 'tokens';

/** fuse.js over the same sentences: ignoreDiacritics, ignoreLocation, includeScore; score 1 − Fuse's. */
export function createFuseBaseline(source: BaselineSource, threshold = 0, mode: FuseMode = 'tokens'): Baseline {
  const { kb, lexicon } = source;
  const content = contentWords(lexicon);
  const fuse = new Fuse(passages(kb), {
    keys: ['text'],
    ignoreDiacritics: true,
    ignoreLocation: true,
    includeScore: true,
    // Everything comes back; the baseline's own threshold decides.
    threshold: 1,
    ...(mode === 'tokens' ? { useTokenSearch: true } : {}),
  });
  const baseline: Baseline = {
    name: 'fuse',
    description: `fuse.js top sentence (${mode === 'tokens' ? 'token search on content words' : mode === 'words' ? 'content words as one pattern' : 'question as typed'})`,
    threshold,
    top(question) {
      const norms = tokenize(question).map((t) => t.norm);
      const language = questionLanguage(norms, question, lexicon);
      const pattern = mode === 'question' ? question.trim() : content(norms).join(' ');
      if (pattern === '') return undefined;
      const [hit] = fuse.search(pattern, { limit: 1 });
      return hit ? { passage: hit.item, score: 1 - (hit.score ?? 1), language } : undefined;
    },
    answer(question) {
      const hit = baseline.top(question);
      const language = hit?.language ?? questionLanguage(tokenize(question).map((t) => t.norm), question, lexicon);
      return reply(kb, language, hit, hit !== undefined && hit.score >= baseline.threshold);
    },
  };
  return baseline;
}

export interface Tuning {
  threshold: number;
  /** The baseline's accuracy on the tuning cases at that threshold. */
  accuracy: number;
  /** Accuracy answering everything that matched (threshold −∞) and declining everything (+∞). */
  alwaysAnswer: number;
  neverAnswer: number;
}

/**
 * Sets the threshold that maximises the baseline's accuracy on `cases` (each case
 * judged both answered and declined, then every cut between two observed scores
 * tried); ties go to the lowest cut. Returns what it chose.
 */
export function tuneThreshold(baseline: Baseline, cases: readonly Case[], kb: KnowledgeBase): Tuning {
  const rows = cases.map((c) => {
    const hit = baseline.top(c.q);
    // Without any match the baseline declines whatever the threshold, in the question's language.
    const language = hit?.language ?? baseline.answer(c.q).language;
    const declined = judge(c, reply(kb, language, hit, false)).length === 0;
    const answered = hit ? judge(c, reply(kb, language, hit, true)).length === 0 : declined;
    return { score: hit?.score ?? Number.NEGATIVE_INFINITY, answered, declined };
  });
  const scores = [...new Set(rows.map((r) => r.score).filter(Number.isFinite))].sort((a, b) => a - b);
  const cuts = [Number.NEGATIVE_INFINITY, ...scores.map((s, i) => (i === 0 ? s - 1e-9 : ((scores[i - 1] as number) + s) / 2)), Number.POSITIVE_INFINITY];
  const accuracyAt = (cut: number) => rows.filter((r) => (r.score >= cut ? r.answered : r.declined)).length / Math.max(rows.length, 1);
  let best = { threshold: Number.NEGATIVE_INFINITY, accuracy: -1 };
  for (const cut of cuts) {
    const accuracy = accuracyAt(cut);
    if (accuracy > best.accuracy) best = { threshold: cut, accuracy };
  }
  baseline.threshold = best.threshold;
  return { ...best, alwaysAnswer: accuracyAt(Number.NEGATIVE_INFINITY), neverAnswer: accuracyAt(Number.POSITIVE_INFINITY) };
}

/** Both baselines, each tuned on `tuningCases` (questions.yaml); Fuse in whichever query mode scores best there. */
export function createBaselines(source: BaselineSource, tuningCases: readonly Case[]): { bm25: Baseline; fuse: Baseline; tuning: Record<BaselineName, Tuning & { mode?: FuseMode }> } {
  const bm25 = createBm25Baseline(source);
  const bm25Tuning = tuneThreshold(bm25, tuningCases, source.kb);
  let fuse: Baseline | undefined;
  let fuseTuning: (Tuning & { mode: FuseMode }) | undefined;
  for (const mode of ['tokens', 'words', 'question'] as const) {
    const candidate = createFuseBaseline(source, 0, mode);
    const tuning = tuneThreshold(candidate, tuningCases, source.kb);
    if (!fuseTuning || tuning.accuracy > fuseTuning.accuracy) {
      fuse = candidate;
      fuseTuning = { ...tuning, mode };
    }
  }
  return { bm25, fuse: fuse as Baseline, tuning: { bm25: bm25Tuning, fuse: fuseTuning as Tuning & { mode: FuseMode } } };
}
