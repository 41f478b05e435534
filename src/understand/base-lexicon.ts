// What the lexicon reads of the base itself: the phrase matchers of every name,
// title and narrower term, the words of the articles and facts, and the aliases
// that are also a common word. At a thousand articles that is a hundred and
// sixty thousand names and a million words read at every start, a third of
// the start; the same base and code always give the same, so it is kept as
// data with the base (knowledge/derived.ts) and read back.
import { derivedFromBase } from '../knowledge/derived.js';
import { LANGUAGES, type KnowledgeBase, type Language } from '../knowledge/types.js';
import { phraseNorms } from '../language/normalize.js';
import type { EntityRef, NarrowerRef } from './lexicon.js';
import { PhraseMatcher, type PackedPhrases } from './phrases.js';
import { withoutArticle } from './vocabulary.js';

export interface BaseLexicon {
  entities: PackedPhrases<EntityRef>;
  narrower: PackedPhrases<NarrowerRef>;
  /** The words of the articles (titles and paragraphs), then those the facts' wording adds, each once, in the order met. */
  corpusWords: string[];
  /** How many of corpusWords the articles hold. */
  articleWords: number;
  /** One-word aliases that are a common word of a language, and those languages. */
  ambiguousAliases: [string, Language[]][];
}

/** The base's part of the lexicon, from the cache when this base and code were read before. */
export function baseLexicon(kb: KnowledgeBase, isStopword: (language: Language, word: string) => boolean): BaseLexicon {
  const base = derivedFromBase('lexicon', kb.version, () => readBase(kb, isStopword), (data) => Array.isArray(data?.corpusWords) && data.entities?.starts instanceof Int32Array);
  return { ...base, entities: owned(base.entities), narrower: owned(base.narrower) };
}

/**
 * The phrases with arrays of their own: read back, they are views of the whole file's buffer, which they would keep
 * (its strings and other arrays too, read into objects of their own) for as long as the base.
 */
function owned<T>(packed: PackedPhrases<T>): PackedPhrases<T> {
  const { starts, wordIds, prefix, weights, valueIds } = packed;
  return { ...packed, starts: starts.slice(), wordIds: wordIds.slice(), prefix: prefix.slice(), weights: weights?.slice(), valueIds: valueIds.slice() };
}

function readBase(kb: KnowledgeBase, isStopword: (language: Language, word: string) => boolean): BaseLexicon {
  const entities = new PhraseMatcher<EntityRef>();
  const narrower = new PhraseMatcher<NarrowerRef>();
  for (const entity of kb.entities.values()) {
    const names = new Set([entity.name.fr, entity.name.en, ...(entity.short ? [entity.short.fr, entity.short.en] : []), ...entity.aliases]);
    // (One reference per entity and kind, shared by its names: a hundred thousand names at a thousand articles.)
    const byName: EntityRef = { entity: entity.id, via: 'alias' };
    for (const name of names) entities.add(withoutArticle(name), byName);
    const byRole: EntityRef = { entity: entity.id, via: 'role' };
    if (entity.type === 'person') for (const role of entity.roles) entities.add(role, byRole);
    for (const word of entity.narrower) narrower.add(word, { entity: entity.id });
  }
  for (const [id, c] of kb.concepts) for (const word of c.narrower) narrower.add(word, { concept: id });

  const ambiguous = new Map<string, Language[]>();
  for (const entity of kb.entities.values()) {
    for (const alias of entity.aliases) {
      const words = phraseNorms(alias);
      const word = words[0];
      if (words.length !== 1 || !word) continue;
      for (const code of LANGUAGES) {
        if (!isStopword(code, word)) continue;
        const languages = ambiguous.get(word) ?? [];
        if (!languages.includes(code)) languages.push(code);
        ambiguous.set(word, languages);
      }
    }
  }

  const corpus = new Set<string>();
  const addText = (text: string) => {
    for (const w of phraseNorms(text)) corpus.add(w);
  };
  for (const article of kb.articles.values()) {
    addText(article.title);
    if (article.title_en) addText(article.title_en);
    for (const p of article.paragraphs) addText(p.text);
  }
  const articleWords = corpus.size;
  for (const fact of kb.facts.values()) {
    addText(fact.text.fr);
    addText(fact.text.en);
  }
  return { entities: entities.pack(), narrower: narrower.pack(), corpusWords: [...corpus], articleWords, ambiguousAliases: [...ambiguous] };
}
