// Everything the question reader matches against, built once from knowledge/.
import { isEnglishWord } from '../language/nlp.js';
import { fold, tokenizePhrase as tokenize } from '../language/normalize.js';
import type { LanguageProfile } from '../knowledge/schema.js';
import { LANGUAGES, type KnowledgeBase, type Language } from '../knowledge/types.js';
import { PhraseMatcher, parseWeighted } from './phrases.js';
import { Speller, type SpellerOptions } from './speller.js';

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
  'help',
] as const;
export type CueIntent = (typeof INTENTS)[number];
export type CountTarget = 'meeting' | 'article' | 'item' | 'person' | 'day';

export interface EntityRef {
  entity: string;
  /** "role" when the phrase designates a person by title ("the UN police chief"). */
  via: 'alias' | 'role';
}

export interface LanguageLexicon {
  profile: LanguageProfile;
  intents: PhraseMatcher<CueIntent>;
  stopwords: Set<string>;
  fillers: PhraseMatcher<true>;
  markers: Set<string>;
  yesNoOpeners: PhraseMatcher<true>;
  inversions: PhraseMatcher<true>;
  negations: Set<string>;
  pronouns: PhraseMatcher<'person' | 'meeting' | 'place'>;
  followUps: PhraseMatcher<true>;
  locatives: Set<string>;
  relations: Set<string>;
  capacity: PhraseMatcher<true>;
  affiliation: PhraseMatcher<true>;
  roleWords: PhraseMatcher<true>;
  scopeBreakers: PhraseMatcher<string>;
  generalEndings: string[];
  startWords: PhraseMatcher<true>;
  countTargets: PhraseMatcher<CountTarget>;
  ordinals: PhraseMatcher<string>;
  /** Folded month names (and their three-letter forms) → 1-12. */
  months: Map<string, number>;
  /** Folded weekday names → 0 (Sunday) - 6. */
  weekdays: Map<string, number>;
  /** Single-word wh-words: their presence means the question is not yes/no. */
  whWords: Set<string>;
}

export interface Lexicon {
  entities: PhraseMatcher<EntityRef>;
  concepts: PhraseMatcher<string>;
  languages: Record<Language, LanguageLexicon>;
  /** Aliases that are also a common word of a language ("un" in French): matched only as typed in capitals there. */
  ambiguousAliases: Map<string, Set<Language>>;
  /** Words of the articles and facts: a question word found here is on topic even if nothing matched it. */
  corpusWords: Set<string>;
  speller: Speller;
}

/** "the UN" → "UN", "le pôle DGSN-DGST" → "pôle DGSN-DGST": an article must not make a name look longer than another. */
function withoutArticle(name: string): string {
  return name.replace(/^(the|le|la|les)\s+/i, '').replace(/^l['’]/i, '');
}

function phraseMatcher<T>(phrases: readonly string[], value: (phrase: string) => T): PhraseMatcher<T> {
  const matcher = new PhraseMatcher<T>();
  for (const raw of phrases) {
    const { phrase, weight } = parseWeighted(raw);
    matcher.add(phrase, value(phrase), weight);
  }
  return matcher;
}

function wordSet(phrases: readonly string[]): Set<string> {
  return new Set(phrases.flatMap((p) => tokenize(p).map((t) => t.norm)));
}

function languageLexicon(profile: LanguageProfile): LanguageLexicon {
  const intents = new PhraseMatcher<CueIntent>();
  for (const [intent, cues] of Object.entries(profile.intents)) {
    if (!(INTENTS as readonly string[]).includes(intent)) continue;
    for (const raw of cues) {
      const { phrase, weight } = parseWeighted(raw);
      intents.add(phrase, intent as CueIntent, weight);
    }
  }
  const pronouns = new PhraseMatcher<'person' | 'meeting' | 'place'>();
  for (const kind of ['person', 'meeting', 'place'] as const) for (const p of profile.pronouns[kind]) pronouns.add(p, kind);
  const countTargets = new PhraseMatcher<CountTarget>();
  for (const kind of ['meeting', 'article', 'item', 'person', 'day'] as const) for (const p of profile.count_targets[kind]) countTargets.add(p, kind);
  const ordinals = new PhraseMatcher<string>();
  for (const [rank, words] of Object.entries(profile.ordinals)) for (const w of words) ordinals.add(w, rank);
  const months = new Map<string, number>();
  profile.dates.months.forEach((m, i) => {
    months.set(fold(m), i + 1);
    months.set(fold(m).slice(0, 3), i + 1);
  });
  const weekdays = new Map<string, number>();
  profile.dates.weekdays.forEach((d, i) => weekdays.set(fold(d), i));
  const whWords = new Set<string>();
  for (const intent of ['who', 'where', 'when', 'why', 'count'] as const) {
    for (const raw of profile.intents[intent] ?? []) {
      const { phrase, weight } = parseWeighted(raw);
      const words = tokenize(phrase.replace(/\*$/, ''));
      if (words.length === 1 && weight >= 3 && words[0]) whWords.add(words[0].norm);
    }
  }
  for (const w of profile.code === 'fr' ? ['qui', 'quoi', 'comment', 'quel', 'quelle', 'quels', 'quelles', 'koi'] : ['who', 'what', 'how', 'which', 'whom', 'whats', 'wat']) whWords.add(w);
  return {
    profile,
    intents,
    stopwords: wordSet(profile.stopwords),
    fillers: phraseMatcher(profile.fillers, () => true as const),
    markers: wordSet(profile.markers),
    yesNoOpeners: phraseMatcher(profile.yes_no_openers, () => true as const),
    inversions: phraseMatcher(profile.yes_no_inversions, () => true as const),
    negations: wordSet(profile.negations),
    pronouns,
    followUps: phraseMatcher(profile.followup_openers, () => true as const),
    locatives: wordSet(profile.locatives),
    relations: wordSet(profile.relations),
    capacity: phraseMatcher(profile.capacity, () => true as const),
    affiliation: phraseMatcher(profile.affiliation, () => true as const),
    roleWords: phraseMatcher(profile.role_words, () => true as const),
    scopeBreakers: phraseMatcher(profile.scope_breakers, (p) => p),
    generalEndings: profile.general_endings.map((e) => e.toLowerCase()),
    startWords: phraseMatcher(profile.start_words, () => true as const),
    countTargets,
    ordinals,
    months,
    weekdays,
    whWords,
  };
}

export function buildLexicon(kb: KnowledgeBase, spellerOptions: Partial<SpellerOptions> = {}): Lexicon {
  const entities = new PhraseMatcher<EntityRef>();
  for (const entity of kb.entities.values()) {
    const names = new Set([entity.name.fr, entity.name.en, ...(entity.short ? [entity.short.fr, entity.short.en] : []), ...entity.aliases]);
    for (const name of names) entities.add(withoutArticle(name), { entity: entity.id, via: 'alias' });
    if (entity.type === 'person') for (const role of entity.roles) entities.add(role, { entity: entity.id, via: 'role' });
  }
  const concepts = new PhraseMatcher<string>();
  for (const [id, words] of kb.concepts) for (const word of words) concepts.add(word, id);

  const languages = {} as Record<Language, LanguageLexicon>;
  for (const code of LANGUAGES) languages[code] = languageLexicon(kb.languages[code]);

  // A word marks a language when that language uses it and the other does not.
  for (const code of LANGUAGES) {
    const lex = languages[code];
    const other = languages[code === 'fr' ? 'en' : 'fr'];
    const own = new Set([...lex.markers, ...lex.stopwords, ...lex.intents.words]);
    const theirs = new Set([...other.profile.markers, ...other.profile.stopwords].flatMap((p) => tokenize(p).map((t) => t.norm)));
    for (const w of own) if (!theirs.has(w) && !other.intents.words.has(w)) lex.markers.add(w);
  }

  const ambiguousAliases = new Map<string, Set<Language>>();
  for (const entity of kb.entities.values()) {
    for (const alias of entity.aliases) {
      const words = tokenize(alias);
      if (words.length !== 1 || !words[0]) continue;
      for (const code of LANGUAGES) {
        if (languages[code].stopwords.has(words[0].norm)) {
          const set = ambiguousAliases.get(words[0].norm) ?? new Set<Language>();
          set.add(code);
          ambiguousAliases.set(words[0].norm, set);
        }
      }
    }
  }

  const corpusWords = new Set<string>();
  const addText = (text: string) => {
    for (const t of tokenize(text)) corpusWords.add(t.norm);
  };
  for (const article of kb.articles.values()) {
    addText(article.title);
    if (article.title_en) addText(article.title_en);
    for (const p of article.paragraphs) addText(p.text);
  }
  for (const fact of kb.facts.values()) {
    addText(fact.text.fr);
    addText(fact.text.en);
  }

  const vocabulary = new Set<string>([...corpusWords, ...entities.words, ...concepts.words]);
  for (const code of LANGUAGES) {
    const lex = languages[code];
    for (const set of [lex.stopwords, lex.markers, lex.negations, lex.locatives, lex.relations]) for (const w of set) vocabulary.add(w);
    for (const matcher of [lex.intents, lex.capacity, lex.affiliation, lex.startWords, lex.fillers, lex.yesNoOpeners, lex.pronouns, lex.followUps, lex.roleWords, lex.scopeBreakers, lex.countTargets, lex.ordinals]) {
      for (const w of matcher.words) vocabulary.add(w);
    }
    for (const w of lex.months.keys()) vocabulary.add(w);
    for (const w of lex.weekdays.keys()) vocabulary.add(w);
  }

  // Words typed with an everyday ending, or known to the English lexicon, are left as typed:
  // "faisait" must not become a name that shares its first letters.
  const isEveryday = (w: string) => isEnglishWord(w) || languages.fr.generalEndings.some((e) => w.length > e.length + 3 && w.endsWith(e));
  const stems = [entities, concepts, ...LANGUAGES.flatMap((c) => [languages[c].intents, languages[c].scopeBreakers, languages[c].countTargets])].flatMap((m) => [...m.stems]);
  return { entities, concepts, languages, ambiguousAliases, corpusWords, speller: new Speller(vocabulary, { ...spellerOptions, stems, isEveryday }) };
}
