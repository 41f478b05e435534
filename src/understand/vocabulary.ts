// The words the bot knows, and the speller that mends a question's words into
// them: the articles' and facts' words, every name and idea, the grammar of
// each language; names, not everyday words, are what a bad first letter is mended into.
import { isEnglishWord } from '../language/nlp.js';
import { fold, tokenizePhrase as tokenize } from '../language/normalize.js';
import { LANGUAGES, type KnowledgeBase, type Language } from '../knowledge/types.js';
import type { ConceptRef, EntityRef, LanguageLexicon } from './lexicon.js';
import type { PhraseMatcher } from './phrases.js';
import { Speller, type SpellerOptions } from './speller.js';

/** "the U" → "U", "le pôle P" → "pôle P": an article must not make a name look longer than another. */
export function withoutArticle(name: string): string {
  return name.replace(/^(the|le|la|les)\s+/i, '').replace(/^l['’]/i, '');
}

export function buildSpeller(
  kb: KnowledgeBase,
  languages: Record<Language, LanguageLexicon>,
  entities: PhraseMatcher<EntityRef>,
  concepts: PhraseMatcher<ConceptRef>,
  narrower: PhraseMatcher<unknown>,
  corpusWords: ReadonlySet<string>,
  spellerOptions: Partial<SpellerOptions>,
): { speller: Speller; unsupported: Set<string> } {
  // Narrower terms are matched as typed: a misspelt word is never mended into one ("intéresse" is no "internet"),
  // but a word they share with the articles or the grammar ("monde") stays known.
  const vocabulary = new Set<string>([...corpusWords, ...entities.words, ...concepts.words]);
  for (const code of LANGUAGES) {
    const lex = languages[code];
    for (const set of [lex.stopwords, lex.languageMarkers, lex.negations, lex.locatives, lex.relations]) for (const w of set) vocabulary.add(w);
    // (The words of the language profile's phrase lists are known as typed: "esp", for "especially", is no misspelt "sep".)
    for (const m of [lex.intents, lex.predicates, lex.markers, lex.pronouns, lex.generic, lex.roleWords, lex.numbers, lex.spans, lex.followUps, lex.startWords, lex.countTargets, lex.ordinals, lex.functionPhrases, lex.negationPhrases, lex.clauseJoiners, lex.universal, lex.including, lex.exclusive, lex.mainly, lex.firstTime, lex.attribution, lex.spelling, lex.sameSaid, lex.causal, lex.additive]) {
      for (const w of m.words) vocabulary.add(w);
    }
    for (const w of lex.months.keys()) vocabulary.add(w);
    for (const w of lex.weekdays.keys()) vocabulary.add(w);
  }
  const unsupported = new Set(kb.unsupportedWords.map(fold).filter((w) => !vocabulary.has(w) || w === '¿' || w === '¡'));

  // Words typed with an everyday ending, or known to the English lexicon, are left as typed:
  // "faisait" must not become a name that shares its first letters.
  // (A narrower term typed as it is, « attentats », is left as typed too: it is no misspelt "attends".)
  const isEveryday = (w: string) => isEnglishWord(w) || unsupported.has(w) || narrower.words.has(w) || languages.fr.generalEndings.some((e) => w.length > e.length + 3 && w.endsWith(e));
  const stems = [entities, concepts, narrower, ...LANGUAGES.flatMap((c) => [languages[c].intents, languages[c].predicates, languages[c].countTargets])].flatMap((m) => [...m.stems]);
  // The words of names (not of titles, not grammar): a typo in a first letter is mended into one of these only.
  // Gathered the first time a first letter needs mending (rarely), not at every start.
  let names: Set<string> | undefined;
  const nameWords = () => {
    const words = new Set<string>();
    for (const entity of kb.entities.values()) {
      for (const name of [entity.name.fr, entity.name.en, ...(entity.short ? [entity.short.fr, entity.short.en] : []), ...entity.aliases]) {
        for (const t of tokenize(withoutArticle(name))) if (!languages.fr.stopwords.has(t.norm) && !languages.en.stopwords.has(t.norm)) words.add(t.norm);
      }
    }
    return words;
  };
  const isName = (word: string) => (names ??= nameWords()).has(word);
  return { speller: new Speller(vocabulary, { ...spellerOptions, stems, isEveryday, isName }), unsupported };
}
