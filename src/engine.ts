// The answer engine: pure, deterministic, message in, Answer out. Discord,
// the terminal and the tests are all thin adapters around `answer`.
//   understand  the message's questions, each read into what it asks and what it claims
//   verify      the claim judged against the curated facts: supported, contradicted, not stated
//   compose     the answer the verdict calls for, with the quotes it rests on
import type { Fact, KnowledgeBase } from './knowledge/types.js';
import { persistKnowledgeReading, tokenizePhrase } from './language/normalize.js';
import { compose } from './compose/answer.js';
import { DEFAULT_PLAN_OPTIONS, type Plan, type PlanOptions } from './compose/plan.js';
import { respond } from './compose/respond.js';
import { ranker, type SlotEnv } from './compose/slots.js';
import { Bm25Index } from './retrieve/bm25.js';
import { inContext } from './understand/context.js';
import type { Query } from './understand/frame.js';
import { buildLexicon, type Lexicon } from './understand/lexicon.js';
import { stripMarkup } from './understand/markup.js';
import { utterancesOf } from './understand/message.js';
import { detectLanguage, unsupportedLanguage } from './understand/read.js';
import type { SpellerOptions } from './understand/speller.js';
import { Carrier } from './verify/carry.js';
import { judge } from './verify/judge.js';
import type { Answer, AnswerContext, Focus } from './types.js';

const ABOUT_THE_COVERAGE = new Set(['count', 'sources', 'summary', 'meetings', 'help']);

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
  const concepts = fact.concepts.flatMap((c) => kb.concepts.get(c)?.same ?? []);
  const parts = [fact.text.fr, fact.text.en, ...fact.evidence.map((e) => e.quote), ...concepts];
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
  const carrier = new Carrier(kb, lexicon);
  const env: SlotEnv = { kb, lexicon, carrier, retrieval, options: { ...DEFAULT_PLAN_OPTIONS, ...options.plan } };
  persistKnowledgeReading();

  const { fr, en } = lexicon.languages;
  const isFunctionWord = (w: string) => fr.stopwords.has(w) || en.stopwords.has(w);

  /** One question, in the conversation so far. */
  const answerOne = (q: Query, previous: Focus | undefined): Plan => {
    const ctx = inContext(q, previous, kb);
    // Lists, counts, sources and summaries are answered from the records; "who is X?" and "what is Y?" take
    // nothing for granted but X and Y: there is no claim to check.
    const bare = ctx.query.claim.predicates.length + ctx.query.claim.topics.length + ctx.query.claim.narrower.length + ctx.query.claim.titles.length + ctx.query.claim.dates.length === 0;
    const checks = !ctx.unclear && (q.polar || ctx.query.claim.issuers.length > 0 || (!ABOUT_THE_COVERAGE.has(q.intent) && !(['role', 'definition'].includes(q.intent) && bare)));
    const judgement = checks ? judge(ctx.query.claim, { kb, carrier, language: q.language, focus: ctx.focus, rank: ranker(ctx.query, env), isFunctionWord, presupposed: !q.polar }) : undefined;
    return respond(ctx, judgement, env, previous);
  };

  return {
    kb,
    lexicon,
    answer(message, context = {}) {
      const text = stripMarkup(typeof message === 'string' ? message : '');
      const language = detectLanguage(text, lexicon, context.locale);
      const t = kb.languages[language].templates;
      if (unsupportedLanguage(text, lexicon)) {
        return compose({ intent: 'unknown', answered: false, sentences: [{ text: t.unsupported_language, facts: [] }], confidence: 0.9, focus: emptyFocus(), suggestAbout: [] }, language, kb);
      }
      let previous = context.conversation?.at(-1)?.answer.focus;
      const { questions, statements } = utterancesOf(text, kb, lexicon, language);
      // A statement on its own is a claim to check; a message of chatter alone gets the help.
      const asked = (questions.length ? questions : statements.map((s) => ({ ...s, polar: true, intent: 'yesno' as const }))).map((q) => ({ ...q, language }));
      if (!asked.length) return compose(answerOne(emptyQuery(text, language), previous), language, kb);
      const max = env.options.maxQuestions;
      const plans: Plan[] = [];
      for (const q of asked.slice(0, max)) {
        const plan = answerOne(q, previous);
        plans.push(plan);
        if (plan.answered) previous = plan.focus;
      }
      const merged = merge(plans, asked.length > max ? t.more_questions.replace('{n}', String(max)) : undefined);
      const answer = compose(merged, language, kb);
      return plans.length > 1 ? { ...answer, parts: plans.map((p, i) => ({ question: asked[i]?.reading.text ?? '', intent: p.intent, answered: p.answered, ...(p.verdict ? { verdict: p.verdict } : {}) })) } : answer;
    },
  };
}

/** The answers to a message's questions as one: paragraphs in order, the first verdict, the last focus. */
function merge(plans: Plan[], note?: string): Plan {
  if (plans.length === 1 && !note) return plans[0] as Plan;
  // "c ki shahkar ?? genre son poste": two questions with one answer say it once.
  const distinct = plans.filter((p, i) => !plans.slice(0, i).some((q) => q.sentences.map((s) => s.text).join() === p.sentences.map((s) => s.text).join()));
  const answered = distinct.filter((p) => p.answered);
  const sentences = distinct.flatMap((p, i) => [...(i > 0 ? [{ text: '\n\n', facts: [] }] : []), ...p.sentences]);
  if (note) sentences.push({ text: '\n\n', facts: [] }, { text: note, facts: [] });
  const first = plans[0] as Plan;
  const verdictOf = plans.find((p) => p.verdict);
  return {
    intent: first.intent,
    answered: answered.length > 0,
    sentences,
    ...(verdictOf?.verdict ? { verdict: verdictOf.verdict } : {}),
    confidence: Math.min(...plans.map((p) => p.confidence)),
    focus: (answered.at(-1) ?? (plans.at(-1) as Plan)).focus,
    suggestAbout: plans.flatMap((p) => p.suggestAbout),
  };
}

function emptyFocus(): Focus {
  return { intent: 'unknown', entities: [], meetings: [], facts: [] };
}

function emptyQuery(text: string, language: 'fr' | 'en'): Query {
  return {
    reading: { text, language, tokens: [], raw: [], english: [], wh: [], clauses: [], terms: [], intentScores: new Map(), cues: [], asksStart: false, negated: false, followUp: false, corrections: 0, endsWithQuestionMark: false },
    language,
    polar: false,
    interrogative: false,
    request: false,
    negated: false,
    intent: 'unknown',
    also: [],
    claim: { predicates: [], participants: [], places: [], unknownPlaces: [], events: [], meetings: [], dates: [], editions: [], counts: [], topics: [], narrower: [], titles: [], identities: [], affiliations: [], generic: new Set(), issuers: [], excluded: [], others: false, future: false, dating: [], notPlaces: [], approximate: false },
    exclude: false,
    pronouns: new Set(),
    followUp: false,
    empty: true,
  };
}
