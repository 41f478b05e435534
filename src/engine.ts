// The answer engine: pure, deterministic, message in, Answer out. Discord,
// the terminal and the tests are all thin adapters around `answer`.
//   understand  the message's questions, each read into what it asks and what it claims
//   verify      the claim judged against the curated facts: supported, contradicted, not stated
//   compose     the answer the verdict calls for, with the quotes it rests on
import type { Fact, KnowledgeBase, Language } from './knowledge/types.js';
import { persistKnowledgeReading, tokenizePhrase } from './language/normalize.js';
import { compose } from './compose/answer.js';
import { DEFAULT_PLAN_OPTIONS, type Plan, type PlanOptions } from './compose/plan.js';
import { composeCheck, type JudgedClaim } from './compose/check.js';
import { respond, verdictSentences } from './compose/respond.js';
import { ranker, type SlotEnv } from './compose/slots.js';
import { Bm25Index } from './retrieve/bm25.js';
import { storedIndex } from './retrieve/bm25-store.js';
import { inContext, namesNothingSaid, quotedSaying, saidOfIt } from './understand/context.js';
import { dayAlone } from './understand/clause-shapes.js';
import type { Query } from './understand/frame.js';
import { buildLexicon, grammarOf, type Lexicon } from './understand/lexicon.js';
import { piecesOf, type Piece } from './understand/claims.js';
import { hasVerb, isBe, tokenSpans } from './understand/clauses.js';
import { completeEllipsis, isElliptical, saysOnlyWho } from './understand/ellipsis.js';
import { claimInContext } from './understand/continued.js';
import { stripMarkup, stripMarkupAligned } from './understand/markup.js';
import { utterancesOf } from './understand/message.js';
import { asksAt, detectLanguage, unsupportedLanguage, type Reading } from './understand/read.js';
import type { SpellerOptions } from './understand/speller.js';
import { Carrier } from './verify/carry.js';
import { elementsOf, type Element } from './verify/elements.js';
import { judge } from './verify/judge.js';
import type { Answer, AnswerContext, CheckReport, Focus } from './types.js';

const ABOUT_THE_COVERAGE = new Set(['count', 'sources', 'summary', 'meetings', 'help']);

export interface EngineOptions {
  plan: Partial<PlanOptions>;
  speller: Partial<SpellerOptions>;
}

export interface Engine {
  readonly kb: KnowledgeBase;
  readonly lexicon: Lexicon;
  answer(question: string, context?: AnswerContext): Answer;
  /** A message fact-checked: its claims, each judged against the articles; questions and chatter set aside. */
  check(message: string, context?: Pick<AnswerContext, 'locale'>): CheckReport;
}

/**
 * What BM25 indexes for a fact: its wording in both languages, its quotes, concepts and the names it mentions.
 * `shared` keeps the words of each concept and entity across calls: many facts name the same ones.
 */
export function factDocument(fact: Fact, kb: KnowledgeBase, lexicon: Lexicon, shared = new Map<string, string[]>()): string[] {
  const stop = (w: string) => lexicon.languages.fr.stopwords.has(w) || lexicon.languages.en.stopwords.has(w);
  const words = (parts: readonly string[]) => parts.flatMap((p) => tokenizePhrase(p.replace(/\*/g, '')).map((t) => t.norm)).filter((w) => !stop(w));
  const once = (key: string, parts: () => string[]) => {
    let known = shared.get(key);
    if (!known) shared.set(key, (known = words(parts())));
    return known;
  };
  const out = words([fact.text.fr, fact.text.en, ...fact.evidence.map((e) => e.quote)]);
  for (const c of fact.concepts) out.push(...once(`concept ${c}`, () => kb.concepts.get(c)?.same ?? []));
  for (const id of [...fact.mentions, ...(fact.items ?? [])]) {
    out.push(
      ...once(`entity ${id}`, () => {
        const e = kb.entities.get(id);
        return e ? [e.name.fr, e.name.en, ...e.aliases] : [];
      }),
    );
  }
  return out;
}

export function createEngine(kb: KnowledgeBase, options: Partial<EngineOptions> = {}): Engine {
  const lexicon = buildLexicon(kb, options.speller);
  const facts = [...kb.facts.values()];
  // The same base and code give the same index: read from the store when it holds it (retrieve/bm25-store.ts).
  const retrieval = storedIndex(kb.version, facts, () => {
    const shared = new Map<string, string[]>();
    return new Bm25Index(facts.map((fact) => ({ tokens: factDocument(fact, kb, lexicon, shared), value: fact })));
  });
  const carrier = new Carrier(kb, lexicon);
  const env: SlotEnv = { kb, lexicon, carrier, retrieval, options: { ...DEFAULT_PLAN_OPTIONS, ...options.plan } };
  persistKnowledgeReading();

  const { fr, en } = lexicon.languages;
  const isFunctionWord = (w: string, language?: Language) => (language ? (language === 'fr' ? fr : en).stopwords.has(w) : fr.stopwords.has(w) || en.stopwords.has(w));

  /** One question, in the conversation so far. */
  const answerOne = (asked: Query, previous: Focus | undefined): Plan => {
    // "La rencontre avec B n'était pas à X, hein ?": a yes or a no is about the place as said without "not",
    // as for any negated question ("No: it was in Y"; "Yes, in fact" to "wasn't it in Y?").
    const { claim } = asked;
    // ("received in Y, not in X?" says both, and keeps them apart.)
    // "B said the experience wasn't needed, didn't he?": a negation inside what was said is what was said;
    // the articles' saying the opposite denies it, and no "in fact" answers it.
    const said = asked.reading.terms.find((t) => t.kind === 'predicate' && t.predicates.some((id) => kb.predicates.get(id)?.kind === 'content'));
    const negation = (w: string) => lexicon.languages.fr.negations.has(w) || lexicon.languages.en.negations.has(w);
    // (Not "… ou pas ?", "… or not?": a tag that asks.)
    const tagged = (i: number) => asksAt(asked.reading.terms, asked.reading.tokens, grammarOf(lexicon), i);
    const denied = asked.polar && said !== undefined && asked.reading.tokens.some((w, i) => i >= said.end && negation(w) && !tagged(i));
    const q0 = denied ? { ...asked, negated: false } : asked;
    const q = q0.polar && claim.notPlaces.length && !claim.places.length ? { ...q0, negated: true, claim: { ...claim, places: [...claim.places, ...claim.notPlaces], notPlaces: [] } } : q0;
    // ("did he go to Y?" as a first message: who "he" is, nothing says; the one it would be true of is no answer.)
    // (Not when it names anything "he" or « elle » may stand for: « l'AG, elle était à Y ? », "my friend says the O assembly…, is he right?".)
    const nobodyNamed = !q.claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'person') && q.claim.events.length + q.claim.meetings.length + q.claim.identities.length + q.claim.titles.length === 0 && !q.claim.generic.has('meeting') && !q.claim.generic.has('person');
    const read = inContext(q, previous, kb);
    const ctx = q.polar && read.stranger === true && nobodyNamed && !read.unclear ? { ...read, unclear: true } : read;
    // Lists, counts, sources and summaries are answered from the records; "who is X?" and "what is Y?" take
    // nothing for granted but X and Y: there is no claim to check.
    const bare = ctx.query.claim.predicates.length + ctx.query.claim.topics.length + ctx.query.claim.narrower.length + ctx.query.claim.titles.length + ctx.query.claim.dates.length === 0;
    // "pourquoi c'est le bureau du K qui a publié le communiqué ?": who issued it is a claim, even in a question about sources.
    // (…or by a name the articles never give: « c'est le ministère de l'Intérieur qui a publié… », or by a post no one in them holds.)
    // (…or by a word in lower case that does it, right before "who", « qui »: « c la P qui a publié… ».)
    const joins = grammarOf(lexicon);
    // (An adjective may stand between: « la P locale qui… ».)
    const joinsAt = (i: number) => joins.relative.has(ctx.query.reading.tokens[i] ?? '') || joins.cleftJoiners.has(ctx.query.reading.tokens[i] ?? '');
    const doesIt = (surface: string) => ctx.query.reading.terms.some((x) => x.kind === 'word' && x.surface === surface && (joinsAt(x.end) || joinsAt(x.end + 1)));
    const issuing = (ctx.query.claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'source')) && (ctx.query.claim.participants.some((p) => p.type === 'organisation') || ctx.query.claim.topics.some((t) => t.kind === 'word' && (/\p{Lu}/u.test(t.surface) || t.someone === true || doesIt(t.surface))))) || (ctx.query.claim.unknownIssuers?.length ?? 0) > 0;
    // "le 25 novembre 2025, c'était un lundi ?": a claim that names a day is about that day, even with nothing before.
    const dated = ctx.query.claim.dates.some((d) => d.day !== undefined && d.month !== undefined);
    // ("What happened at the Monday 25 November meeting?", "…at the 92nd assembly?": a summary that takes a day, an edition
    // or an occasion for granted has it checked.)
    // (…or a body by a name no article uses: « …avec la Gendarmerie royale, c'est quoi l'histoire ? ».)
    // (A capital that opens a clause, "Give me…", names nothing.)
    const opening = new Set(ctx.query.reading.clauses);
    const unknownName = ctx.query.reading.terms.some((t) => t.kind === 'word' && !t.inCoverage && !opening.has(t.start) && /^\p{Lu}/u.test(t.surface));
    // (…or where an event is: "what's the O assembly in Y all about?" takes Y for granted.)
    const placedEvent = ['definition', 'summary'].includes(q.intent) && ctx.query.claim.events.length > 0 && ctx.query.claim.places.length > 0;
    const presumes = (ctx.query.claim.dates.length > 0 && !ctx.query.claim.dating.length) || ctx.query.claim.editions.length > 0 || ctx.query.claim.otherEvents.length > 0 || unknownName || placedEvent;
    const checks = (!ctx.unclear || (dated && q.polar)) && (q.polar || ctx.query.claim.issuers.length > 0 || issuing || ((!ABOUT_THE_COVERAGE.has(q.intent) || presumes) && !(['role', 'definition'].includes(q.intent) && bare && !placedEvent)));
    const judged = checks ? judge(ctx.query.claim, { kb, carrier, language: q.language, focus: ctx.focus, rank: ranker(ctx.query, env), isFunctionWord, presupposed: !q.polar, asksWho: q.intent === 'who' }) : undefined;
    const judgement = denied && judged?.verdict === 'supported' ? { ...judged, verdict: 'contradicted' as const, dimension: 'content' as const } : judged;
    return respond(checks && ctx.unclear ? { ...ctx, unclear: false } : ctx, judgement, env, previous);
  };

  /**
   * "ils ont parlé de sport à Y ?" … "et à X avec C aussi ?": a follow-up with no verb of its own
   * asks the last yes/no question again, with its own words in place of the earlier ones.
   */
  const again = (q: Query, before: Query | undefined, talkedOf: () => Query | undefined = () => undefined, previous?: Focus): Query => {
    // ("did they discuss the Z?" … "was it mentioned in X too?": what "it" was said to be said is what was last asked
    // about; "it" is then that, not the meeting last spoken of.)
    // (…and « ils en ont parlé avec B ? », "did they talk about it with B?": a verb of saying, with a pronoun and
    // nothing said named, says it of what was last asked about — of nothing when nothing was.)
    const saysOfIt = q.polar && q.pronouns.size > 0 && namesNothingSaid(q) && q.claim.predicates.length > 0 && q.claim.predicates.every((p) => p.ids.every((id) => kb.predicates.get(id)?.kind === 'content'));
    const said = saidOfIt(q, kb) || saysOfIt ? talkedOf() : undefined;
    // ("what did B say about X?" … "did A say that?": the words the last answer quoted.)
    const restates = saysOfIt ? quotedSaying(q.claim, previous, kb) : undefined;
    if (said) return { ...q, pronouns: new Set([...q.pronouns].filter((p) => p !== 'meeting')), claim: { ...q.claim, topics: said.claim.topics, narrower: said.claim.narrower, described: said.claim.described, ...(restates ? { restates } : {}) } };
    if (!before || !q.followUp || q.interrogative || !isElliptical(q, hasVerb(q, lexicon))) return q;
    // ("et le deuxième c'était à X aussi ?": a meeting picked by its rank is what the follow-up speaks of, not the question before's.)
    if ((q.claim.rank ?? q.claim.pick) !== undefined) return { ...q, polar: true, intent: 'yesno' };
    // ("was A's meeting with B during it?" … "and the C one?": the event "it" stood for, which the last answer named, is
    // part of what is asked again.)
    const events = !before.claim.events.length && before.pronouns.has('meeting') ? (previous?.entities ?? []).filter((id) => kb.entities.get(id)?.type === 'event').map((entity) => ({ entity, type: 'event' as const, via: 'alias' as const, surface: '', start: -1, end: -1, fuzzy: false })) : [];
    const asked = events.length ? { ...before.claim, events } : before.claim;
    return { ...q, polar: true, intent: 'yesno', claim: completeEllipsis(asked, q.claim, kb, { keepUnsaid: true }) };
  };

  /** The person a claim names first by name (not by a post): whom "he" next stands for. */
  const firstNamedPerson = (claim: Query['claim']): string | undefined =>
    [...claim.participants].filter((p) => p.start >= 0 && p.via !== 'role' && kb.entities.get(p.entity)?.type === 'person').sort((a, b) => a.start - b.start)[0]?.entity;

  /** One claim of a message to check, read in the light of the claims before it ("ils ont parlé…"). */
  const checkOne = (piece: Piece, previous: Focus | undefined, before: Query | undefined): { judged: JudgedClaim; focus?: Focus; query: Query } => {
    const { query: read, reported } = claimInContext({ ...(piece.query as Query), polar: true, intent: 'yesno' }, before, piece.continues === true, kb, lexicon, piece.adds === true, piece.after === true);
    // (A place the negation is read on is denied once, not twice: « A n'est pas venu à X » denies he went to X; « …n'était
    // pas à X mais à Y » says it was in Y, not in X.)
    const denies = read.negated && read.claim.notPlaces.length > 0;
    const q = !denies ? read : read.claim.places.length ? { ...read, negated: false } : { ...read, claim: { ...read.claim, places: read.claim.notPlaces, notPlaces: [] } };
    const t = kb.languages[q.language].templates;
    const ctx = inContext(q, previous, kb);
    // A claim that names a day ("le 1er décembre c'était un mardi") is about that day, whatever came before; a day and
    // nothing else, no "it" ("…, 25 nov et 1er déc"), is a meeting's, whichever one the claim before was about.
    const dated = q.claim.dates.some((d) => d.day !== undefined && d.month !== undefined);
    const onlyDay = dated && q.pronouns.size === 0 && dayAlone(q);
    const verifyEnv = { kb, carrier, language: q.language, focus: onlyDay ? [] : ctx.focus, rank: ranker(ctx.query, env), isFunctionWord, presupposed: false };
    // "A met him in Y", with nothing before to say who "him" is: nothing to check it against.
    // (…nor "C's title is", who and nothing said of them.)
    const unknownWho = ctx.stranger === true || (reported && !before) || saysOnlyWho(ctx.query, kb, (w) => isBe(w, lexicon));
    const judgement = (ctx.unclear && !dated) || unknownWho ? undefined : judge(ctx.query.claim, verifyEnv);
    const span = { text: piece.text, start: piece.start, end: piece.end };
    if (!judgement) return { judged: { ...span, verdict: 'not_stated', sentences: [{ text: ctx.unclear || unknownWho ? t.check_unclear : t.not_stated, facts: [] }], parts: [] }, query: ctx.query };
    // "B n'a pas rencontré C": the articles judge what it denies; what proves that wrong proves the claim right.
    // (…unless what the articles deny came before the negation: "called it outdated and said there was nothing to learn"
    // is wrong for "outdated", which "nothing" does not deny.)
    const flip = q.negated && !(judgement.verdict === 'contradicted' && opposesBeforeItsNegation(q.reading, lexicon));
    // (…but "n'ont pas évoqué l'<a country>, seulement l'<a region>", "not 2 December, and it was a Friday": what follows the
    // negation says more than it denies; that the whole is wrong shows nothing of what it denies, nor of the rest.)
    if (flip && judgement.verdict === 'contradicted' && saysMoreThanItDenies(q.reading, lexicon)) return { judged: { ...span, verdict: 'not_stated', sentences: [{ text: t.not_stated, facts: [] }], parts: [] }, query: ctx.query };
    // ("Happened in Y", with nothing before it that happened: some meeting held there is no proof of what the writer meant; none
    // held there, or then, still says otherwise.)
    if (piece.unsaid && !flip && judgement.verdict === 'supported') return { judged: { ...span, verdict: 'not_stated', sentences: [{ text: t.check_unclear, facts: [] }], parts: [] }, query: ctx.query };
    const verdict = !flip || judgement.verdict === 'not_stated' ? judgement.verdict : judgement.verdict === 'supported' ? 'contradicted' : 'supported';
    const openers = flip ? { supported: t.check_contradicted, contradicted: t.check_supported } : { supported: t.check_supported, contradicted: t.check_contradicted };
    const sentences = verdictSentences(judgement, ctx.query, env, openers);
    if (!sentences) return { judged: { ...span, verdict: 'not_stated', sentences: [{ text: t.not_stated, facts: [] }], parts: [] }, query: ctx.query };
    const elements = flip ? [] : elementsOf(ctx.query.claim, judgement, verifyEnv);
    const parts = elements.flatMap((e) => {
      const at = locate(piece, e);
      // One sentence for an element: what shows it, not the whole claim again.
      // (An element not in the coverage keeps its reason: "they never call him “minister”".)
      const said = verdictSentences(e.judgement, ctx.query, env, openers)?.slice(0, e.judgement.verdict === 'not_stated' ? 2 : 1);
      return at && said ? [{ ...at, verdict: e.judgement.verdict, sentences: said }] : [];
    });
    // ("C is the U P chief and his meeting with A was in X": "he" is whom the writer named first, not whom a correction names.)
    const answered = respond(ctx, judgement, env, previous).focus;
    const namedFirst = firstNamedPerson(ctx.query.claim);
    const focus = namedFirst ? { ...answered, person: namedFirst } : answered;
    // Parts that leave out what makes the whole wrong ("in Y" and "for the assembly" hold apart, not together) would mislead.
    const shown = parts.length === elements.length && !(verdict === 'contradicted' && !parts.some((p) => p.verdict === 'contradicted')) ? parts : [];
    // The claim is as wrong as its worst element: one element the articles deny denies the claim.
    const denied = verdict !== 'contradicted' ? shown.find((p) => p.verdict === 'contradicted') : undefined;
    if (denied) return { judged: { ...span, verdict: 'contradicted', sentences: denied.sentences, parts: shown }, focus, query: ctx.query };
    return { judged: { ...span, verdict, sentences, parts: shown }, focus, query: ctx.query };
  };

  return {
    kb,
    lexicon,
    check(message, context = {}) {
      const original = typeof message === 'string' ? message : '';
      const { text, at } = stripMarkupAligned(original);
      const language = detectLanguage(text, lexicon, context.locale);
      const max = env.options.maxClaims;
      if (unsupportedLanguage(text, lexicon)) return { ...composeCheck([], [], [], language, kb, max), summary: kb.languages[language].templates.unsupported_language };
      // Spans are given in the message as sent, markup and all.
      const pieces = piecesOf(text, kb, lexicon, language).map((p) => {
        const start = at(p.start);
        const end = at(p.end - 1) + 1;
        // "**U P cooperation** 🚓" on a line of its own: a heading over what follows, not a claim.
        const kind = p.kind === 'claim' && headingLine(original, start) ? 'remark' : p.kind;
        return { ...p, kind, start, end, text: original.slice(start, end) };
      });
      const claims = pieces.filter((p) => p.kind === 'claim');
      const judged: JudgedClaim[] = [];
      let previous: Focus | undefined;
      let before: Query | undefined;
      for (const piece of pieces) {
        // "wasn't the B meeting in X?? I read it was at the <a venue>": a question says what "it" is.
        if (piece.kind === 'question' && piece.query) {
          const plan = answerOne({ ...piece.query, language }, previous);
          // (« quelqu'un sait si C est déjà venu ? il fait une visite… »: whom a question names, even one the articles
          // cannot answer, is whom "il" means next.)
          // ("was C's visit official? he was on…": whom it names, not whom its answer names first.)
          const named = firstNamedPerson(piece.query.claim);
          if (plan.answered || plan.focus.person !== undefined) previous = named ? { ...plan.focus, person: named } : plan.focus;
          continue;
        }
        if (piece.kind !== 'claim' || judged.length >= max) continue;
        const { judged: one, focus, query } = checkOne({ ...piece, query: { ...(piece.query as Query), language } }, previous, before);
        judged.push(one);
        // (An aside about a name — "…, which is hosting the O assembly until Nov 27" — leaves "they" to the people before it.)
        if (focus && !(piece.aside && previous)) previous = focus;
        before = query;
      }
      const setAside = pieces.flatMap((p) => (p.kind === 'claim' ? [] : [{ text: p.text, start: p.start, end: p.end, kind: p.kind }]));
      return composeCheck(judged, claims.slice(max), setAside, language, kb, max);
    },
    answer(message, context = {}) {
      const text = stripMarkup(typeof message === 'string' ? message : '', ' ; ');
      const language = detectLanguage(text, lexicon, context.locale, context.conversation?.at(-1)?.answer.language);
      const t = kb.languages[language].templates;
      if (unsupportedLanguage(text, lexicon)) {
        return compose({ intent: 'unknown', answered: false, sentences: [{ text: t.unsupported_language, facts: [] }], confidence: 0.9, focus: emptyFocus(), suggestAbout: [] }, language, kb);
      }
      let previous = context.conversation?.at(-1)?.answer.focus;
      const turnBefore = context.conversation?.at(-2)?.answer.focus.person;
      if (previous && turnBefore && turnBefore !== previous.person) previous = { ...previous, before: turnBefore };
      const { questions, statements, elaborations, presupposed, alternatives } = utterancesOf(text, kb, lexicon, language);
      // A statement on its own is a claim to check; a message of chatter alone gets the help.
      const asked = (questions.length ? questions : statements.map((s) => ({ ...s, polar: true, intent: 'yesno' as const }))).map((q) => ({ ...q, language }));
      if (!asked.length) return compose(answerOne(emptyQuery(text, language), previous), language, kb);
      const max = env.options.maxQuestions;
      const plans: Plan[] = [];
      // The yes/no question before this one, in this message or the last turn.
      const lastTurn = context.conversation?.at(-1);
      let earlier: Query | undefined = lastTurn?.answer.focus.intent === 'yesno' ? utterancesOf(lastTurn.question, kb, lexicon, lastTurn.answer.language).questions.at(-1) : undefined;
      // The last question of the conversation that said what was talked of (for "was it mentioned…?"), a few turns back at most.
      // (Read only when a question needs it: re-reading turns is the cost of a few questions.)
      const talkedOf = () => (context.conversation ?? []).slice(-3).reverse().map((turn) => utterancesOf(turn.question, kb, lexicon, turn.answer.language).questions.at(-1)).find((x) => x !== undefined && !namesNothingSaid(x));
      // (« C c'est le nouveau, B l'ancien. bref B a dit quoi ? »: what the articles deny, said before a question, is corrected first.)
      // (Each claim of it, as a fact-check reads it: "A is new, B is the old one" is two.)
      // (A rumour beside the question, "heard they're old friends", that the articles don't bear out is said to be unsaid,
      // after the answer: kept silent, the answer beside it would read as if it stood.)
      const rumours: Plan[] = [];
      if (questions.length) {
        let before: Query | undefined;
        for (const said of statements.slice(0, max)) {
          const heard = lexicon.languages[said.reading.language].hearsay.all(said.reading.tokens).length > 0;
          for (const piece of piecesOf(said.reading.text, kb, lexicon, language).filter((p) => p.kind === 'claim' && p.query)) {
            const { judged, query, focus } = checkOne({ ...piece, query: { ...(piece.query as Query), language } }, previous, before);
            before = query;
            // ("B came to Y. what did he say?": whom the question's "he" stands for.)
            if (focus) previous = focus;
            if (judged.verdict === 'contradicted') plans.push({ intent: 'yesno', answered: true, sentences: judged.sentences, verdict: 'contradicted', confidence: 0.8, focus: previous ?? emptyFocus(), suggestAbout: [] });
            else if (judged.verdict === 'not_stated' && heard) rumours.push({ intent: 'yesno', answered: false, sentences: [{ text: t.heard_not_stated.replace('{claim}', piece.text), facts: [] }], verdict: 'not_stated', confidence: 0.7, focus: previous ?? emptyFocus(), suggestAbout: [] });
          }
        }
      }
      for (const [i, asking] of asked.slice(0, max).entries()) {
        // ("where's B from? like which country": what the articles do not say of the one, they do not say of it said again.)
        if (questions.length && elaborations.has(questions[i] as Query) && plans.at(-1)?.answered === false) continue;
        // (An alternative that says only what differs, "…in Y or in X?", is the first with that in its place.)
        const alternative = questions.length > 0 && alternatives.has(questions[i] as Query);
        const q = alternative && earlier && !hasVerb(asking, lexicon) ? { ...asking, polar: true, intent: 'yesno' as const, claim: completeEllipsis(earlier.claim, asking.claim, kb, { keepUnsaid: true }) } : again(asking, earlier, talkedOf, previous);
        earlier = q.polar ? q : undefined;
        const plan = answerOne(q, previous);
        // (What the question took for granted, when its answer did not see to it and the articles do not bear it out,
        // is said first: "they don't say A replaced X", and only then why A came.)
        const granted = questions.length ? presupposed.get(questions[i] as Query) : undefined;
        const grantedPlan = granted && !plan.verdict ? answerOne({ ...granted, language, polar: true, intent: 'yesno' }, previous) : undefined;
        if (grantedPlan && (grantedPlan.verdict === 'contradicted' || grantedPlan.verdict === 'not_stated')) plans.push(grantedPlan);
        // ("did A receive B, or did B receive A?": of two alternatives, the one the articles bear out is the answer, said
        // plainly; with both or neither borne out, each is answered.)
        const first = alternative ? plans.at(-1) : undefined;
        if (first && (first.verdict === 'supported') !== (plan.verdict === 'supported')) {
          // (What the two differ in is what is asked: where, when, or who.)
          const asks = asking.claim.places.length ? 'where' : asking.claim.dates.length ? 'when' : 'who';
          plans.splice(-1, 1, { ...stated(first.verdict === 'supported' ? first : plan, t.yes), intent: asks });
          continue;
        }
        plans.push(plan);
        if (plan.answered) previous = plan.focus;
      }
      plans.push(...rumours);
      const merged = merge(plans, asked.length > max ? t.more_questions.replace('{n}', String(max)) : undefined);
      const answer = compose(merged, language, kb);
      return plans.length > 1 ? { ...answer, parts: plans.map((p, i) => ({ question: asked[i]?.reading.text ?? '', intent: p.intent, answered: p.answered, ...(p.verdict ? { verdict: p.verdict } : {}) })) } : answer;
    },
  };
}

/** A yes/no answer said as a plain answer: without its "yes" (`yes` is the template that opens it) and without a verdict. */
function stated(plan: Plan, yes: string): Plan {
  const opener = yes.split('{fact}')[0] ?? '';
  const [head, ...rest] = plan.sentences;
  const text = head && opener && head.text.startsWith(opener) ? head.text.slice(opener.length) : head?.text;
  const { verdict: _verdict, ...plain } = plan;
  return { ...plain, sentences: head && text !== undefined ? [{ ...head, text: text.charAt(0).toUpperCase() + text.slice(1) }, ...rest] : plan.sentences };
}

/** The answers to a message's questions as one: paragraphs in order, the first verdict, the last focus. */
function merge(plans: Plan[], note?: string): Plan {
  if (plans.length === 1 && !note) return plans[0] as Plan;
  // "c ki c ?? genre son poste": two questions with one answer say it once.
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

/** Where an element of a claim stands in the message: its words, found in the claim's text. */
function locate(piece: Piece, element: Element): { text: string; start: number; end: number } | undefined {
  const raw = piece.query?.reading.raw ?? [];
  // What was done starts with its auxiliary ("a reçu", "was received").
  const start = element.start !== undefined && !element.surface && element.start > 0 && (raw[element.start - 1]?.length ?? 9) <= 3 ? element.start - 1 : element.start;
  // Where the reader's tokens stand in the claim's text, when it read that text itself (not a relative clause's rewording).
  const spans = tokenSpans(piece.text, 0, raw);
  const aligned = spans.every((s) => s.end > s.start);
  if (start !== undefined && element.end !== undefined && aligned) {
    const from = spans[start]?.start;
    const to = spans[element.end - 1]?.end;
    if (from === undefined || to === undefined || to <= from) return undefined;
    return { text: piece.text.slice(from, to), start: piece.start + from, end: piece.start + to };
  }
  const words = element.surface.split(/\s+/).filter(Boolean);
  const first = words[0]?.toLowerCase();
  const last = words.at(-1)?.toLowerCase();
  if (!first || !last) return undefined;
  // As written, else the shortest stretch from its first word to its last that holds every word of it
  // ("la veille de" is neither "La rencontre … de" nor "la fin de").
  const text = piece.text.toLowerCase();
  const exact = text.indexOf(element.surface.toLowerCase());
  let best: { from: number; end: number } | undefined = exact >= 0 ? { from: exact, end: exact + element.surface.length } : undefined;
  for (let from = exact >= 0 ? -1 : text.indexOf(first); from >= 0; from = text.indexOf(first, from + 1)) {
    const to = text.indexOf(last, from + (words.length > 1 ? first.length : 0));
    if (to < 0) break;
    const stretch = text.slice(from, to + last.length);
    if (words.every((w) => stretch.includes(w.toLowerCase())) && (!best || stretch.length < best.end - best.from)) best = { from, end: to + last.length };
  }
  if (!best || best.end - best.from > 2 * element.surface.length) return undefined;
  return { text: piece.text.slice(best.from, best.end), start: piece.start + best.from, end: piece.start + best.end };
}

/** Where a reading's negation stands. (In English a reading may hold the negating word inside another term, "did not".) */
function negationAt(reading: Reading, lexicon: Lexicon): number | undefined {
  const languages = Object.values(lexicon.languages);
  const word = reading.tokens.findIndex((t) => languages.some((l) => l.negations.has(t)));
  return reading.terms.find((t) => t.kind === 'negation')?.start ?? (word >= 0 ? word : undefined);
}

/** The opposite of an idea said ahead of the negation, which therefore does not deny it. */
function opposesBeforeItsNegation(reading: Reading, lexicon: Lexicon): boolean {
  const at = negationAt(reading, lexicon);
  return at !== undefined && reading.terms.some((t) => t.kind === 'concept' && t.relation === 'opposite' && t.end <= at);
}

/** After its negation, a clause goes on: a joiner, "only", or a clause of its own after a comma. */
function saysMoreThanItDenies(reading: Reading, lexicon: Lexicon): boolean {
  const languages = Object.values(lexicon.languages);
  const at = negationAt(reading, lexicon);
  if (at === undefined) return false;
  const after = (m: { start: number }) => m.start > at;
  return reading.clauses.some((c) => c > at + 1) || languages.some((l) => l.clauseJoiners.all(reading.tokens).some(after) || l.exclusive.all(reading.tokens).some(after));
}

function emptyFocus(): Focus {
  return { intent: 'unknown', entities: [], meetings: [], facts: [] };
}

function emptyQuery(text: string, language: 'fr' | 'en'): Query {
  return {
    reading: { text, language, tokens: [], raw: [], english: [], wh: [], clauses: [], terms: [], intentScores: new Map(), cues: [], asksStart: false, negated: false, denials: [], followUp: false, corrections: 0, endsWithQuestionMark: false },
    language,
    polar: false,
    interrogative: false,
    stated: true,
    request: false,
    negated: false,
    intent: 'unknown',
    also: [],
    claim: { predicates: [], participants: [], places: [], unknownPlaces: [], venues: [], otherEvents: [], events: [], meetings: [], dates: [], editions: [], counts: [], topics: [], described: [], narrower: [], titles: [], identities: [], affiliations: [], generic: new Set(), issuers: [], excluded: [], others: false, future: false, dating: [], notPlaces: [], denied: [], approximate: false, figures: [] },
    exclude: false,
    pronouns: new Set(),
    followUp: false,
    empty: true,
  };
}

/** Whether the line at `at` is a heading: all bold, or a markdown title, pictographs aside. */
function headingLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end < 0 ? text.length : end).replace(/[\p{Extended_Pictographic}\uFE0F\s]+$/u, '').trim();
  // (Over something: a bold line alone is emphasis.)
  const under = end >= 0 && text.slice(end).trim().length > 0;
  return under && (/^#{1,6}\s/.test(line) || /^(\*\*|__)[^*_]+(\*\*|__)$/.test(line));
}
