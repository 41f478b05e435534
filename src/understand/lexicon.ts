// Everything the question reader matches against, built once from knowledge/:
// names, concepts with their SKOS relations, predicates, and each language's
// words. Pure data in, matchers out.
import { fold, tokenizePhrase as tokenize } from '../language/normalize.js';
import type { LanguageProfile } from '../knowledge/schema.js';
import { LANGUAGES, type KnowledgeBase, type Language } from '../knowledge/types.js';
import { PhraseMatcher, parseWeighted } from './phrases.js';
import type { Speller, SpellerOptions } from './speller.js';
import { baseLexicon } from './base-lexicon.js';
import { buildSpeller } from './vocabulary.js';

export const INTENTS = [
  'who',
  'where',
  'when',
  'why',
  'topics',
  'statement',
  'role',
  'definition',
  'meetings',
  'count',
  'summary',
  'sources',
  'event',
  'help',
] as const;
export type CueIntent = (typeof INTENTS)[number];
export type CountTarget = 'meeting' | 'article' | 'item' | 'person' | 'day';
export type PronounKind = 'person' | 'group' | 'meeting' | 'place';
export type GenericKind = 'meeting' | 'article' | 'person' | 'event' | 'organisation' | 'document';

export interface EntityRef {
  entity: string;
  /** "role" when the phrase designates a person by title ("the U P chief"). */
  via: 'alias' | 'role';
}

/** What a narrower term ("football" for sport) is narrower than: an entity's own word, or a concept's. */
export interface NarrowerRef {
  entity?: string;
  concept?: string;
}

export interface ConceptRef {
  concept: string;
  /** same and broader words are carried by a fact with the concept; narrower ones never are. */
  relation: 'same' | 'broader' | 'narrower' | 'opposite';
}

/** How a word or phrase of the question is tagged before the claim is read. */
export type Marker = 'opener' | 'tag' | 'inversion' | 'filler' | 'occasion' | 'agent' | 'exclusion' | 'passive' | 'affiliation' | 'capacity' | 'future' | 'temporal' | 'before' | 'after' | 'then' | 'sooner' | 'approximately' | 'at_most' | 'at_least' | 'already' | 'still' | 'never_given' | 'asks_name' | 'telling' | 'asks_opinion' | 'same_place' | 'same_issuer' | 'same_person' | 'same_week' | 'same_month' | 'same_year' | 'same_meeting' | 'past' | 'since' | 'event_start' | 'event_end' | 'event_first_day' | 'event_last_day' | 'exactly' | 'first' | 'last' | 'reciprocal' | 'other' | 'about_that' | 'opinion';
/** Markers that say how a name stands ("from", "by", "during"): said again before a name contrasted, they leave it a name. */
export const PREPOSITIONAL: ReadonlySet<Marker> = new Set<Marker>(['affiliation', 'agent', 'occasion']);

export interface LanguageLexicon {
  profile: LanguageProfile;
  intents: PhraseMatcher<CueIntent>;
  predicates: PhraseMatcher<string>;
  markers: PhraseMatcher<Marker>;
  pronouns: PhraseMatcher<PronounKind>;
  generic: PhraseMatcher<GenericKind>;
  roleWords: PhraseMatcher<true>;
  numbers: PhraseMatcher<number>;
  /** Spans of days: "a week" → [7, 7]; "a few days" → [2, 9]. */
  spans: PhraseMatcher<[number, number]>;
  /** Single grammar words. */
  stopwords: Set<string>;
  /** Grammar phrases of several words ("according to", "en français"). */
  functionPhrases: PhraseMatcher<true>;
  languageMarkers: Set<string>;
  negations: Set<string>;
  /** Negations of several words none of which denies alone: « non plus ». */
  negationPhrases: PhraseMatcher<true>;
  locatives: Set<string>;
  relations: Set<string>;
  determiners: Set<string>;
  /** "which", "quelles": before an idea, they ask for its members by name. */
  which: Set<string>;
  /** Grammar words: apposition, prepositions before a question word, companion, topic markers, "what", copulas. */
  syntax: Record<SyntaxRole, Set<string>>;
  /** "and", "mais", "alors que": words that may open a statement's next clause. */
  clauseJoiners: PhraseMatcher<true>;
  /** "both", "toutes les": before a plural, what is said holds for each. */
  universal: PhraseMatcher<true>;
  /** "including", "notamment": more of the same follows. */
  including: PhraseMatcher<true>;
  /** "only", "uniquement": nothing else. */
  exclusive: PhraseMatcher<true>;
  vocatives: PhraseMatcher<true>;
  mainly: PhraseMatcher<true>;
  firstTime: PhraseMatcher<true>;
  /** "because", « parce que »: a joiner that gives a reason. */
  causal: PhraseMatcher<true>;
  /** "I heard", « il paraît que »: a rumour follows. */
  hearsay: PhraseMatcher<true>;
  /** "should", « devrait »: what ought to be. */
  modalJudgements: PhraseMatcher<true>;
  /** "until", « jusqu'à »: the end of a span of time. */
  until: PhraseMatcher<true>;
  /** "occupy", « précis »: words that frame what a wh-question asks without saying anything of it. */
  askingFrames: ReadonlySet<string>;
  premise: PhraseMatcher<true>;
  /** "according to", « selon »: before a person, the rest is given as their words. */
  attribution: PhraseMatcher<true>;
  /** "stands for", « veut dire »: after an acronym, what it is said to spell out. */
  spelling: PhraseMatcher<true>;
  /** "the same", « la même chose »: after a verb of saying, what was said before. */
  sameSaid: PhraseMatcher<true>;
  /** "as well", "aussi": besides what is known. */
  additive: PhraseMatcher<true>;
  /** "was", "été": before a verb, the subject is the one it is done to. */
  passive: Set<string>;
  followUps: PhraseMatcher<true>;
  generalEndings: string[];
  inflections: string[];
  startWords: PhraseMatcher<true>;
  countTargets: PhraseMatcher<CountTarget>;
  ordinals: PhraseMatcher<string>;
  /** Folded month names (and their three-letter forms) → 1-12. */
  months: Map<string, number>;
  /** Folded weekday names → 0 (Sunday) - 6. */
  weekdays: Map<string, number>;
  /** Short weekday forms ("wed"): a weekday only right before a day or a month ("Wed 26 Nov"). */
  weekdaysShort: Map<string, number>;
  /** Folded words for a part of a month ("late", « fin ») → the days it spans. */
  monthParts: Map<string, [number, number]>;
  /** "to", « au » between two days of one month: "from 24 to 27 November" names both. */
  rangeJoiners: Set<string>;
  /** Single-word wh-words: their presence means the question is not yes/no. */
  whWords: Set<string>;
  /** The wh-words that ask when ("quand", "when"): elsewhere in a sentence they open a clause of time. */
  whenWords: Set<string>;
  /**
   * Words whose accent is their meaning ("où" where, "ou" or; "là" there, "la"
   * the): folded form → the accented form a cue or pronoun needs as typed.
   */
  accented: Map<string, string>;
}

import type { SyntaxRole } from './grammar.js';
export { grammarOf, type Grammar, type SyntaxRole } from './grammar.js';

export interface Lexicon {
  entities: PhraseMatcher<EntityRef>;
  /** Words for things more specific than an entity or concept, which the articles do not name. */
  narrower: PhraseMatcher<NarrowerRef>;
  concepts: PhraseMatcher<ConceptRef>;
  /** "more", « plus de » → the concept a fact must carry with what there is said to be more of. */
  more: PhraseMatcher<string>;
  /** "less", « moins de » → the concept whose facts, said with that thing, say the opposite. */
  less: PhraseMatcher<string>;
  languages: Record<Language, LanguageLexicon>;
  /** Aliases that are also a common word of a language ("un" in French): matched only as typed in capitals there. */
  ambiguousAliases: Map<string, Set<Language>>;
  /** Words of the articles and facts. */
  corpusWords: Set<string>;
  /** The words of the articles themselves (titles and paragraphs), without the curated facts' wording. */
  articleWords: Set<string>;
  /** Words of languages the bot does not read (and that French and English do not use). */
  unsupported: Set<string>;
  speller: Speller;
}

function matcher<T>(phrases: readonly string[], value: (phrase: string) => T, into = new PhraseMatcher<T>()): PhraseMatcher<T> {
  for (const raw of phrases) {
    const { phrase, weight } = parseWeighted(raw);
    into.add(phrase, value(phrase), weight);
  }
  return into;
}

function wordSet(phrases: readonly string[]): Set<string> {
  return new Set(phrases.flatMap((p) => tokenize(p).map((t) => t.norm)));
}

function languageLexicon(profile: LanguageProfile, kb: KnowledgeBase): LanguageLexicon {
  const intents = new PhraseMatcher<CueIntent>();
  for (const [intent, cues] of Object.entries(profile.intents)) {
    if ((INTENTS as readonly string[]).includes(intent)) matcher(cues, () => intent as CueIntent, intents);
  }
  const predicates = new PhraseMatcher<string>();
  for (const p of kb.predicates.values()) matcher(p.words[profile.code], () => p.id, predicates);
  const markers = new PhraseMatcher<Marker>();
  const mark = (phrases: readonly string[], kind: Marker) => matcher(phrases, () => kind, markers);
  mark(profile.yes_no_openers, 'opener');
  mark(profile.yes_no_tags, 'tag');
  mark(profile.yes_no_inversions, 'inversion');
  mark(profile.fillers, 'filler');
  mark(profile.occasions, 'occasion');
  mark(profile.agent_markers, 'agent');
  mark(profile.exclusions, 'exclusion');
  mark(profile.affiliation, 'affiliation');
  mark(profile.capacity, 'capacity');
  mark(profile.future, 'future');
  mark(profile.order.before, 'before');
  mark(profile.order.after, 'after');
  mark(profile.order.then, 'then');
  mark(profile.order.sooner, 'sooner');
  mark(profile.approximately, 'approximately');
  mark(profile.exactly, 'exactly');
  mark(profile.bounds.at_most, 'at_most');
  mark(profile.bounds.at_least, 'at_least');
  mark(profile.already, 'already');
  mark(profile.still, 'still');
  mark(profile.past, 'past');
  mark(profile.since, 'since');
  mark(profile.event_points.start, 'event_start');
  mark(profile.event_points.end, 'event_end');
  mark(profile.event_days.first, 'event_first_day');
  mark(profile.event_days.last, 'event_last_day');
  mark(profile.never_given, 'never_given');
  mark(profile.asks_name, 'asks_name');
  mark(profile.telling, 'telling');
  mark(profile.asks_opinion, 'asks_opinion');
  mark(profile.same.place, 'same_place');
  mark(profile.same.issuer, 'same_issuer');
  mark(profile.same.person, 'same_person');
  mark(profile.same.week, 'same_week');
  mark(profile.same.month, 'same_month');
  mark(profile.same.year, 'same_year');
  mark(profile.same.meeting, 'same_meeting');
  mark(profile.order.first, 'first');
  mark(profile.order.last, 'last');
  mark(profile.reciprocal, 'reciprocal');
  mark(profile.others, 'other');
  mark(profile.about_that, 'about_that');
  mark(profile.opinions, 'opinion');
  mark(profile.temporal, 'temporal');
  mark(profile.passive, 'passive');
  const pronouns = new PhraseMatcher<PronounKind>();
  for (const kind of ['person', 'group', 'meeting', 'place'] as const) matcher(profile.pronouns[kind], () => kind, pronouns);
  const generic = new PhraseMatcher<GenericKind>();
  for (const kind of ['meeting', 'article', 'person', 'event', 'organisation', 'document'] as const) matcher(profile.generic[kind], () => kind, generic);
  const numbers = new PhraseMatcher<number>();
  for (const [n, words] of Object.entries(profile.numbers)) matcher(words, () => Number(n), numbers);
  const spans = new PhraseMatcher<[number, number]>();
  for (const [n, words] of Object.entries(profile.spans)) {
    const [from, to = from] = n.split('-').map(Number) as [number, number?];
    matcher(words, () => [from, to], spans);
  }
  const countTargets = new PhraseMatcher<CountTarget>();
  for (const kind of ['meeting', 'article', 'item', 'person', 'day'] as const) matcher(profile.count_targets[kind], () => kind, countTargets);
  const ordinals = new PhraseMatcher<string>();
  for (const [rank, words] of Object.entries(profile.ordinals)) matcher(words, () => rank, ordinals);
  const months = new Map<string, number>();
  profile.dates.months.forEach((m, i) => {
    months.set(fold(m), i + 1);
    months.set(fold(m).slice(0, 3), i + 1);
  });
  const weekdays = new Map<string, number>();
  profile.dates.weekdays.forEach((d, i) => weekdays.set(fold(d), i));
  const weekdaysShort = new Map<string, number>();
  profile.dates.weekdays_short?.forEach((forms, i) => forms.forEach((f) => weekdaysShort.set(fold(f), i)));
  const monthParts = new Map<string, [number, number]>();
  for (const [range, words] of Object.entries(profile.dates.month_parts)) {
    const [from, to] = range.split('-').map(Number) as [number, number];
    for (const w of words) monthParts.set(fold(w), [from, to]);
  }
  const whWords = new Set<string>();
  const whenWords = new Set<string>();
  for (const intent of ['who', 'where', 'when', 'why', 'count'] as const) {
    for (const raw of profile.intents[intent] ?? []) {
      const { phrase, weight } = parseWeighted(raw);
      const words = tokenize(phrase.replace(/\*$/, ''));
      if (words.length === 1 && weight >= 3 && words[0]) {
        whWords.add(words[0].norm);
        if (intent === 'when') whenWords.add(words[0].norm);
      }
    }
  }
  for (const w of wordSet(profile.syntax.wh)) whWords.add(w);
  const single = (p: string | number) => !/\s/.test(String(p).trim()) && tokenize(String(p)).length === 1;
  const stopwords = wordSet(profile.stopwords.filter(single));
  const functionPhrases = matcher(profile.stopwords.filter((p) => !single(p)), () => true as const);
  const accented = new Map<string, string>();
  // (Not a word the language spells so only: « ca » is no other word than « ça », as "la" is one besides « là ».)
  const bareToo = wordSet(profile.unaccented.map(fold));
  for (const raw of [...Object.values(profile.intents).flat(), ...Object.values(profile.pronouns).flat()]) {
    const { phrase } = parseWeighted(raw);
    const word = phrase.trim().toLowerCase();
    if (/\s/.test(word) || fold(word) === word || !stopwords.has(fold(word)) || bareToo.has(fold(word))) continue;
    accented.set(fold(word), word);
  }
  return {
    profile,
    intents,
    predicates,
    markers,
    pronouns,
    generic,
    roleWords: matcher(profile.role_words, () => true as const),
    numbers,
    spans,
    stopwords,
    functionPhrases,
    languageMarkers: wordSet(profile.markers),
    // ("wasn't" is "was" and "not": only the word that denies is a negation, never the auxiliary.)
    negations: new Set(profile.negations.map((p) => tokenize(p).map((t) => t.norm)).flatMap((words) => (words.length === 1 ? words : words.filter((w) => profile.negations.includes(w))))),
    negationPhrases: matcher(profile.negations.filter((p) => { const words = tokenize(p).map((t) => t.norm); return words.length > 1 && !words.some((w) => profile.negations.includes(w)); }), () => true as const),
    locatives: wordSet(profile.locatives),
    determiners: wordSet(profile.determiners),
    clauseJoiners: matcher(profile.syntax.clause_joiners, () => true as const),
    universal: matcher(profile.syntax.universal, () => true as const),
    including: matcher(profile.syntax.including, () => true as const),
    exclusive: matcher(profile.syntax.exclusive, () => true as const),
    vocatives: matcher(profile.syntax.vocatives, () => true as const),
    mainly: matcher(profile.syntax.mainly, () => true as const),
    firstTime: matcher(profile.syntax.first_time, () => true as const),
    attribution: matcher(profile.syntax.attribution, () => true as const),
    spelling: matcher(profile.syntax.spelling, () => true as const),
    sameSaid: matcher(profile.syntax.same_said, () => true as const),
    causal: matcher(profile.syntax.causal, () => true as const),
    hearsay: matcher(profile.hearsay, () => true as const),
    modalJudgements: matcher(profile.modal_judgements, () => true as const),
    until: matcher(profile.until, () => true as const),
    askingFrames: wordSet(profile.asking_frames),
    premise: matcher(profile.syntax.premise, () => true as const),
    additive: matcher(profile.syntax.additive, () => true as const),
    syntax: {
      apposition: wordSet(profile.syntax.apposition),
      whLead: wordSet(profile.syntax.wh_lead),
      companion: wordSet(profile.syntax.companion),
      about: wordSet(profile.syntax.about),
      what: wordSet(profile.syntax.what),
      copula: wordSet(profile.syntax.copula),
      heads: wordSet(profile.syntax.heads),
      insertedAdverbs: wordSet(profile.syntax.inserted_adverbs),
      naming: wordSet(profile.syntax.naming),
      nounAnaphora: wordSet(profile.syntax.noun_anaphora),
      issuer: wordSet(profile.syntax.issuer),
      articles: wordSet(profile.syntax.articles),
      conjunction: wordSet(profile.syntax.conjunction),
      auxiliary: wordSet(profile.syntax.auxiliary),
      spanWords: wordSet(profile.syntax.span_words),
      venues: wordSet(profile.syntax.venues),
      ranks: wordSet(profile.syntax.ranks),
      asking: wordSet(profile.syntax.asking),
      addressee: wordSet(profile.syntax.addressee),
      relative: wordSet(profile.syntax.relative),
      futureAuxiliary: wordSet(profile.syntax.future_auxiliary),
      complementizers: wordSet(profile.syntax.complementizers),
      possessive: wordSet(profile.syntax.possessive),
      inSitu: wordSet(profile.syntax.in_situ),
      negators: wordSet(profile.syntax.negators),
      origin: wordSet(profile.syntax.origin),
      boundNegators: wordSet(profile.syntax.bound_negators),
      restrictive: wordSet(profile.syntax.restrictive),
      dayLead: wordSet(profile.syntax.day_lead),
      placeNouns: wordSet(profile.syntax.place_nouns),
      eventParts: wordSet(profile.syntax.event_parts),
      lightVerbs: wordSet(profile.syntax.light_verbs),
      privative: wordSet(profile.syntax.privative),
      pluralMeetings: wordSet(profile.syntax.plural_meetings),
      dayNouns: wordSet(profile.syntax.day_nouns),
      demonstratives: wordSet(profile.syntax.demonstratives),
      onePerson: wordSet(profile.syntax.one_person),
      alternative: wordSet(profile.syntax.alternative),
      ownWishes: wordSet(profile.syntax.own_wishes),
      firstPerson: wordSet(profile.syntax.first_person),
      everything: wordSet(profile.syntax.everything),
      partitive: wordSet(profile.syntax.partitive),
      replies: wordSet(profile.syntax.replies),
      bareReplies: wordSet(profile.syntax.bare_replies),
      respectively: wordSet(profile.syntax.respectively),
      placeRelative: wordSet(profile.syntax.place_relative),
      abbreviations: wordSet(profile.syntax.abbreviations),
      cleftJoiners: wordSet(profile.syntax.cleft_joiners),
      likening: wordSet(profile.syntax.likening),
      laughter: wordSet(profile.syntax.laughter),
      describing: wordSet(profile.syntax.describing),
      genitive: wordSet(profile.syntax.genitive),
      relativeDays: wordSet(profile.syntax.relative_days),
      resumptive: wordSet(profile.syntax.resumptive),
    },
    which: wordSet(profile.which),
    passive: wordSet(profile.passive),
    relations: wordSet(profile.relations),
    followUps: matcher(profile.followup_openers, () => true as const),
    generalEndings: profile.general_endings.map((e) => e.toLowerCase()),
    inflections: profile.inflections.map((e) => fold(e)).sort((a, b) => b.length - a.length),
    startWords: matcher(profile.start_words, () => true as const),
    countTargets,
    ordinals,
    months,
    weekdays,
    weekdaysShort,
    monthParts,
    rangeJoiners: wordSet(profile.syntax.range_joiners),
    whWords,
    whenWords,
    accented,
  };
}

export function buildLexicon(kb: KnowledgeBase, spellerOptions: Partial<SpellerOptions> = {}): Lexicon {
  const concepts = new PhraseMatcher<ConceptRef>();
  const more = new PhraseMatcher<string>();
  const less = new PhraseMatcher<string>();
  for (const [id, c] of kb.concepts) {
    for (const word of c.more) more.add(word, id);
    for (const word of c.less) less.add(word, id);
    for (const word of c.same) concepts.add(word, { concept: id, relation: 'same' });
    for (const word of c.broader) concepts.add(word, { concept: id, relation: 'broader' });
    for (const word of c.opposite) concepts.add(word, { concept: id, relation: 'opposite' });
  }

  const languages = {} as Record<Language, LanguageLexicon>;
  for (const code of LANGUAGES) languages[code] = languageLexicon(kb.languages[code], kb);

  // A word marks a language when that language uses it and the other does not.
  for (const code of LANGUAGES) {
    const lex = languages[code];
    const other = languages[code === 'fr' ? 'en' : 'fr'];
    const own = new Set([...lex.languageMarkers, ...lex.stopwords, ...lex.intents.words, ...lex.predicates.words]);
    const theirs = new Set([...other.profile.markers, ...other.profile.stopwords].flatMap((p) => tokenize(p).map((t) => t.norm)));
    for (const w of own) if (!theirs.has(w) && !other.intents.words.has(w) && !other.predicates.words.has(w)) lex.languageMarkers.add(w);
  }

  // The names, narrower terms and words of the base itself: read once per base and code, then kept (base-lexicon.ts).
  const base = baseLexicon(kb, (code, word) => languages[code].stopwords.has(word));
  const entities = PhraseMatcher.unpacked(base.entities);
  const narrower = PhraseMatcher.unpacked(base.narrower);
  const ambiguousAliases = new Map(base.ambiguousAliases.map(([word, codes]) => [word, new Set(codes)]));
  const corpusWords = new Set(base.corpusWords);
  const articleWords = new Set(base.corpusWords.slice(0, base.articleWords));

  const { speller, unsupported } = buildSpeller(kb, languages, entities, concepts, narrower, corpusWords, spellerOptions);
  return { entities, narrower, concepts, more, less, languages, ambiguousAliases, corpusWords, articleWords, unsupported, speller };
}
