// The grammar words of every language at once, from the language profiles:
// a message may mix French and English, so each role is the union of both.
import { fold } from '../language/normalize.js';
import type { LanguageLexicon, Lexicon } from './lexicon.js';

export type SyntaxRole = 'apposition' | 'whLead' | 'companion' | 'about' | 'what' | 'copula' | 'heads' | 'insertedAdverbs' | 'naming' | 'nounAnaphora' | 'issuer' | 'articles' | 'conjunction' | 'auxiliary' | 'spanWords' | 'venues' | 'ranks' | 'asking' | 'addressee' | 'relative' | 'futureAuxiliary' | 'complementizers' | 'possessive' | 'inSitu' | 'negators' | 'origin' | 'boundNegators' | 'restrictive' | 'dayLead' | 'placeNouns' | 'eventParts' | 'lightVerbs' | 'onePerson' | 'alternative' | 'ownWishes' | 'firstPerson' | 'everything' | 'partitive' | 'replies' | 'bareReplies' | 'respectively' | 'placeRelative' | 'abbreviations' | 'cleftJoiners' | 'likening' | 'laughter' | 'describing' | 'genitive' | 'relativeDays' | 'resumptive' | 'privative' | 'pluralMeetings' | 'dayNouns' | 'demonstratives';

/** The grammar words of every language at once (a message may mix them), and the endings of verb forms. */
export interface Grammar extends Record<SyntaxRole, Set<string>> {
  /** A past participle as typed, accents kept ("reçu", "received"). */
  isParticiple(word: string): boolean;
  /** The same, on a folded word ("dure" for "duré"). */
  isFoldedParticiple(word: string): boolean;
  isProgressive(word: string): boolean;
  /** An infinitive, folded ("inviter", "venir"). */
  isInfinitive(word: string): boolean;
}

const grammars = new WeakMap<Lexicon, Grammar>();

export function grammarOf(lexicon: Lexicon): Grammar {
  const known = grammars.get(lexicon);
  if (known) return known;
  const languages = Object.values(lexicon.languages);
  const union = (role: SyntaxRole) => new Set(languages.flatMap((l) => [...l.syntax[role]]));
  const endings = (pick: (l: LanguageLexicon) => readonly string[]) => languages.flatMap(pick).filter(Boolean);
  const participle = endings((l) => l.profile.syntax.participle_endings).map((e) => e.toLowerCase());
  const folded = participle.map(fold);
  const progressive = endings((l) => l.profile.syntax.progressive_endings).map((e) => e.toLowerCase());
  const infinitive = endings((l) => l.profile.syntax.infinitive_endings).map(fold);
  const grammar: Grammar = {
    apposition: union('apposition'),
    whLead: union('whLead'),
    companion: union('companion'),
    about: union('about'),
    what: union('what'),
    copula: union('copula'),
    heads: union('heads'),
    insertedAdverbs: union('insertedAdverbs'),
    naming: union('naming'),
    nounAnaphora: union('nounAnaphora'),
    issuer: union('issuer'),
    articles: union('articles'),
    conjunction: union('conjunction'),
    auxiliary: union('auxiliary'),
    spanWords: union('spanWords'),
    venues: union('venues'),
    ranks: union('ranks'),
    asking: union('asking'),
    addressee: union('addressee'),
    relative: union('relative'),
    futureAuxiliary: union('futureAuxiliary'),
    complementizers: union('complementizers'),
    possessive: union('possessive'),
    inSitu: union('inSitu'),
    negators: union('negators'),
    origin: union('origin'),
    boundNegators: union('boundNegators'),
    restrictive: union('restrictive'),
    dayLead: union('dayLead'),
    placeNouns: union('placeNouns'),
    eventParts: union('eventParts'),
    lightVerbs: union('lightVerbs'),
    onePerson: union('onePerson'),
    alternative: union('alternative'),
    ownWishes: union('ownWishes'),
    firstPerson: union('firstPerson'),
    everything: union('everything'),
    partitive: union('partitive'),
    replies: union('replies'),
    bareReplies: union('bareReplies'),
    respectively: union('respectively'),
    placeRelative: union('placeRelative'),
    abbreviations: union('abbreviations'),
    cleftJoiners: union('cleftJoiners'),
    likening: union('likening'),
    laughter: union('laughter'),
    describing: union('describing'),
    genitive: union('genitive'),
    relativeDays: union('relativeDays'),
    resumptive: union('resumptive'),
    privative: union('privative'),
    pluralMeetings: union('pluralMeetings'),
    dayNouns: union('dayNouns'),
    demonstratives: union('demonstratives'),
    isParticiple: (w) => participle.some((e) => w.toLowerCase().endsWith(e)),
    isFoldedParticiple: (w) => folded.some((e) => w.endsWith(e)),
    isProgressive: (w) => progressive.some((e) => w.toLowerCase().endsWith(e)),
    isInfinitive: (w) => w.length > 4 && infinitive.some((e) => w.endsWith(e)),
  };
  grammars.set(lexicon, grammar);
  return grammar;
}
