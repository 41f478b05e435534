// The answer engine: pure, deterministic, question in, Answer out. Discord,
// the terminal and the tests are all thin adapters around `answer`.
import type { Fact, KnowledgeBase } from './knowledge/types.js';
import { persistKnowledgeReading, tokenizePhrase } from './language/normalize.js';
import { compose } from './compose/answer.js';
import { Bm25Index } from './retrieve/bm25.js';
import { DEFAULT_PLAN_OPTIONS, plan, type PlanOptions } from './retrieve/plan.js';
import { buildLexicon, type Lexicon } from './understand/lexicon.js';
import { readQuestion } from './understand/question.js';
import type { SpellerOptions } from './understand/speller.js';
import type { Answer, AnswerContext } from './types.js';

export interface EngineOptions {
  plan: Partial<PlanOptions>;
  speller: Partial<SpellerOptions>;
}

export interface Engine {
  readonly kb: KnowledgeBase;
  readonly lexicon: Lexicon;
  answer(question: string, context?: AnswerContext): Answer;
}

/** What BM25 indexes for a fact: its wording in both languages, its quotes, concepts and the names it mentions. */
export function factDocument(fact: Fact, kb: KnowledgeBase, lexicon: Lexicon): string[] {
  const parts = [fact.text.fr, fact.text.en, ...fact.evidence.map((e) => e.quote), ...fact.concepts.flatMap((c) => kb.concepts.get(c) ?? [])];
  for (const id of [...fact.mentions, ...(fact.items ?? [])]) {
    const e = kb.entities.get(id);
    if (e) parts.push(e.name.fr, e.name.en, ...e.aliases);
  }
  const stop = (w: string) => lexicon.languages.fr.stopwords.has(w) || lexicon.languages.en.stopwords.has(w);
  return parts.flatMap((p) => tokenizePhrase(p.replace(/\*/g, '')).map((t) => t.norm)).filter((w) => !stop(w));
}

export function createEngine(kb: KnowledgeBase, options: Partial<EngineOptions> = {}): Engine {
  const lexicon = buildLexicon(kb, options.speller);
  const retrieval = new Bm25Index([...kb.facts.values()].map((fact) => ({ tokens: factDocument(fact, kb, lexicon), value: fact })));
  const planOptions = { ...DEFAULT_PLAN_OPTIONS, ...options.plan };
  persistKnowledgeReading();
  return {
    kb,
    lexicon,
    answer(question, context = {}) {
      const q = readQuestion(typeof question === 'string' ? question : '', kb, lexicon, context.locale);
      const previous = context.conversation?.at(-1)?.answer.focus;
      const p = plan(q, previous, { kb, lexicon, retrieval, options: planOptions });
      return compose(p, q.language, kb);
    },
  };
}
