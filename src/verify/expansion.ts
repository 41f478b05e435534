// "OSN stands for …": the words said to be an organisation's full name are
// one of the names the knowledge gives it (its name or a long alias), or they
// are not, and the fact that quotes its name says what it is instead. An
// organisation the knowledge gives no full name to is not stated.
import { fold } from '../language/normalize.js';
import type { Entity, Fact, KnowledgeBase, Language } from '../knowledge/types.js';
import type { Claim } from '../understand/claim-types.js';
import { contradicted, notStated, supported, type Finding } from './verdict.js';

/** A full name has at least this many words that carry meaning. */
const MIN_NAME_WORDS = 2;
/** Words are the same from this many letters on: « générale » and "general", « nationale » and "national". */
const STEM = 5;

export function expansionFinding(expansion: NonNullable<Claim['expansion']>, kb: KnowledgeBase, isFunctionWord: (w: string, language?: Language) => boolean): Finding {
  const entity = kb.entities.get(expansion.entity);
  const allWords = (text: string) => fold(text).replace(/\([^)]*\)/g, ' ').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
  const words = (text: string) => allWords(text).filter((w) => !isFunctionWord(w)).map((w) => w.slice(0, STEM));
  // A name is spelt in one language: French words that match the English name word for word (its translation) are not
  // the French name, which may use another word. The language of each is the one whose function words it has.
  const languageOf = (list: string[]) => {
    const fr = list.filter((w) => isFunctionWord(w, 'fr') && !isFunctionWord(w, 'en')).length;
    const en = list.filter((w) => isFunctionWord(w, 'en') && !isFunctionWord(w, 'fr')).length;
    return fr > en ? 'fr' : en > fr ? 'en' : undefined;
  };
  const saidIn = languageOf(expansion.words);
  const sameLanguage = (name: string) => { const of = languageOf(allWords(name)); return !saidIn || !of || of === saidIn; };
  const names = entity ? fullNames(entity).filter(sameLanguage).map(words).filter((n) => n.length >= MIN_NAME_WORDS) : [];
  const said = expansion.words.filter((w) => !isFunctionWord(w)).map((w) => w.slice(0, STEM));
  const facts = entity ? namingFacts(kb, entity) : [];
  if (!names.length || !facts.length) return notStated([{ kind: 'words', surfaces: [expansion.surface] }]);
  const same = (name: string[]) => name.length === new Set(said).size && name.every((w) => said.includes(w));
  return names.some(same) ? supported(facts) : contradicted('identity', facts);
}

/** The claim without the short name and the words said to spell it out. */
export function besidesExpansion(claim: Claim, expansion: NonNullable<Claim['expansion']>): Claim {
  const inside = (surface: string) => fold(surface).split(/[^\p{L}\p{N}]+/u).filter(Boolean).every((w) => expansion.words.includes(w));
  const generic = new Set(claim.generic);
  generic.delete('organisation');
  return {
    ...claim,
    expansion: undefined,
    participants: claim.participants.filter((p) => p.entity !== expansion.entity && !(p.start >= expansion.start && p.end <= expansion.end)),
    topics: claim.topics.filter((t) => !inside(t.surface ?? '')),
    titles: claim.titles.filter((t) => !inside(t.surface)),
    generic,
  };
}

function fullNames(entity: Entity): string[] {
  return [entity.name.fr, entity.name.en, ...(entity.aliases ?? [])].filter(Boolean);
}

/** The facts about it whose quotes write its name out: those that say what it is first. */
function namingFacts(kb: KnowledgeBase, entity: Entity): Fact[] {
  const about = kb.factsAbout.get(entity.id) ?? [];
  const named = about.filter((f) => f.evidence.some((e) => fullNames(entity).some((n) => n.length > 6 && fold(e.quote).includes(fold(n).replace(/\s*\([^)]*\)\s*/g, ' ').trim()))));
  return [...named.filter((f) => f.slot === 'definition'), ...named.filter((f) => f.slot !== 'definition')].slice(0, 1);
}
