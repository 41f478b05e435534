// Reads a question into a Question: its language, the entities, concepts,
// dates and cue words it contains, and what is left that the bot does not know.
import type { Entity } from '../knowledge/schema.js';
import { LANGUAGES, type KnowledgeBase, type Language } from '../knowledge/types.js';
import { readText } from '../language/normalize.js';
import { findDates, type DateMention } from './dates.js';
import type { CountTarget, CueIntent, EntityRef, Lexicon, LanguageLexicon } from './lexicon.js';

/** Questions are read up to this many characters: enough for any real question, bounded for pasted walls of text. */
export const MAX_QUESTION_CHARS = 600;
/** …and this many words. */
export const MAX_QUESTION_TOKENS = 80;
/** Unknown words looked up for a spelling correction, at most: each costs a fuzzy search. */
export const MAX_CORRECTIONS = 8;

export interface Mention extends EntityRef {
  type: Entity['type'];
  start: number;
  end: number;
  /** Matched only after a spelling correction. */
  fuzzy: boolean;
  /** Preceded by "in", "à", "at"…: the question places something there. */
  locative: boolean;
  /** Next to a title word ("Agency chief", "chef de l'Agence"). */
  roled: boolean;
  /** The words as typed. */
  surface: string;
}

export interface Question {
  text: string;
  language: Language;
  tokens: string[];
  mentions: Mention[];
  concepts: Map<string, number>;
  intentScores: Map<CueIntent, number>;
  yesNo: boolean;
  negated: boolean;
  dates: DateMention[];
  pronouns: Set<'person' | 'meeting' | 'place'>;
  followUp: boolean;
  countTarget?: CountTarget;
  /** Unknown words right after "in", "à": a place the coverage never names ("à Casablanca"). */
  unknownPlaces: string[];
  /** Token spans of "from", "qui bosse pour"…: the organisation after them is claimed as someone's. */
  affiliations: { start: number; end: number }[];
  ordinal?: string;
  scopeBreakers: string[];
  /** Words neither understood nor found anywhere in the coverage. */
  offTopic: string[];
  /** Of those, the ones written like names (capitalised mid-sentence). */
  unknownNames: string[];
  /** Of those, the ones that are no everyday word either: a name or topic the coverage never mentions. */
  strangers: string[];
  /** Asks when something began. */
  asksStart: boolean;
  corrections: number;
  /** Nothing but greetings, fillers or punctuation. */
  empty: boolean;
}

const ACCENTED = /[àâäçéèêëîïôöûùüÿœ]/i;

function detectLanguage(tokens: readonly { norm: string }[], raw: string, lexicon: Lexicon, locale?: string): Language {
  const score: Record<Language, number> = { fr: 0, en: 0 };
  for (const { norm } of tokens) {
    const fr = lexicon.languages.fr.markers.has(norm);
    const en = lexicon.languages.en.markers.has(norm);
    if (fr && !en) score.fr += 1;
    if (en && !fr) score.en += 1;
  }
  if (ACCENTED.test(raw)) score.fr += 1.5;
  if (/\b(l|d|qu|j|c|n|s)['’]\p{L}/iu.test(raw)) score.fr += 1;
  if (score.fr !== score.en) return score.fr > score.en ? 'fr' : 'en';
  const fromLocale = locale?.toLowerCase().startsWith('fr') ? 'fr' : locale ? 'en' : undefined;
  return fromLocale ?? 'en';
}

/**
 * Entity mentions: overlapping matches of one entity merge ("93e AG" + "AG
 * de l'Agence" → one mention), then the longest span wins between entities.
 */
function entitySpans(lexicon: Lexicon, tokens: string[]): { value: EntityRef; start: number; end: number }[] {
  const spans: { value: EntityRef; start: number; end: number }[] = [];
  for (const m of lexicon.entities.all(tokens)) {
    const same = spans.find((s) => s.value.entity === m.value.entity && m.start <= s.end && m.end >= s.start);
    if (same) {
      same.start = Math.min(same.start, m.start);
      same.end = Math.max(same.end, m.end);
      if (m.value.via === 'alias') same.value = m.value;
    } else spans.push({ value: m.value, start: m.start, end: m.end });
  }
  spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Array<boolean>(tokens.length).fill(false);
  const kept = spans.filter((s) => {
    for (let i = s.start; i < s.end; i++) if (taken[i]) return false;
    for (let i = s.start; i < s.end; i++) taken[i] = true;
    return true;
  });
  return kept.sort((a, b) => a.start - b.start);
}

export function readQuestion(text: string, kb: KnowledgeBase, lexicon: Lexicon, locale?: string): Question {
  const clipped = text.slice(0, MAX_QUESTION_CHARS);
  const reading = readText(clipped);
  const typed = reading.tokens.slice(0, MAX_QUESTION_TOKENS);
  const language = detectLanguage(typed, clipped, lexicon, locale);
  const lex = lexicon.languages[language];
  const other = lexicon.languages[language === 'fr' ? 'en' : 'fr'];
  const both: LanguageLexicon[] = [lex, other];

  let corrections = 0;
  let lookups = 0;
  const fuzzy = new Array<boolean>(typed.length).fill(false);
  const tokens = typed.map(({ norm }, i) => {
    if (lex.stopwords.has(norm) || other.stopwords.has(norm)) return norm;
    if (!lexicon.speller.knows(norm) && ++lookups > MAX_CORRECTIONS) return norm;
    const fixed = lexicon.speller.correct(norm);
    if (fixed !== undefined && fixed !== norm) {
      corrections++;
      fuzzy[i] = true;
      return fixed;
    }
    return norm;
  });
  const covered = new Array<boolean>(tokens.length).fill(false);
  const cover = (start: number, end: number) => {
    for (let i = Math.max(0, start); i < end; i++) covered[i] = true;
  };

  // Entities first: a name beats a cue word that shares its letters.
  const mentions: Mention[] = [];
  for (const m of entitySpans(lexicon, tokens)) {
    const entity = kb.entities.get(m.value.entity);
    if (!entity) continue;
    const single = m.end - m.start === 1 ? tokens[m.start] : undefined;
    const raw = typed.slice(m.start, m.end).map((t) => t.raw);
    if (single !== undefined && lexicon.ambiguousAliases.get(single)?.has(language)) {
      const asTyped = raw[0] ?? '';
      if (asTyped !== asTyped.toUpperCase()) continue;
    }
    const isLocative = (w: string | undefined) => w !== undefined && (lex.locatives.has(w) || other.locatives.has(w));
    const prev = tokens[m.start - 1];
    const locative = isLocative(prev) || (['la', 'le', 'les', 'l', 'the'].includes(prev ?? '') && isLocative(tokens[m.start - 2]));
    const near = tokens.slice(Math.max(0, m.start - 3), m.end + 2);
    const roled = entity.type === 'organisation' && both.some((l) => l.roleWords.all(near).length > 0);
    mentions.push({ ...m.value, type: entity.type, start: m.start, end: m.end, fuzzy: fuzzy.slice(m.start, m.end).some(Boolean), locative, roled, surface: raw.join(' ') });
    cover(m.start, m.end);
  }

  const cueSpans: { start: number; end: number }[] = [];
  const intentScores = new Map<CueIntent, number>();
  for (const l of both) {
    const factor = l === lex ? 1 : 0.5;
    for (const m of l.intents.longest(tokens)) {
      // A cue inside a name ("Assemblée générale") is part of the name, not a cue.
      if (mentions.some((e) => m.start >= e.start && m.end <= e.end)) continue;
      intentScores.set(m.value, (intentScores.get(m.value) ?? 0) + m.weight * factor);
      if (m.value === 'definition' || m.value === 'role' || m.value === 'help') cueSpans.push(m);
      cover(m.start, m.end);
    }
  }

  const concepts = new Map<string, number>();
  for (const m of lexicon.concepts.all(tokens)) {
    // "veut dire" asks for a meaning; it is no wish.
    if (cueSpans.some((c) => m.start >= c.start && m.end <= c.end)) continue;
    concepts.set(m.value, (concepts.get(m.value) ?? 0) + 1);
    cover(m.start, m.end);
  }

  const dates = findDates(tokens, reading.dates, both);
  for (const d of dates) cover(d.start, d.end);

  const matchIn = <T>(get: (l: LanguageLexicon) => { all(t: readonly string[]): { start: number; end: number; value: T }[] }) => {
    const out: { start: number; end: number; value: T }[] = [];
    for (const l of both) for (const m of get(l).all(tokens)) {
      out.push(m);
      cover(m.start, m.end);
    }
    return out;
  };
  const fillers = matchIn((l) => l.fillers);
  const pronounMatches = matchIn((l) => l.pronouns);
  const breakers = matchIn((l) => l.scopeBreakers);
  const targets = matchIn((l) => l.countTargets);
  const ordinals = matchIn((l) => l.ordinals);
  matchIn((l) => l.roleWords);
  const startWords = matchIn((l) => l.startWords);
  const affiliations = matchIn((l) => l.affiliation);
  const openers = matchIn((l) => l.yesNoOpeners);
  const inversions = matchIn((l) => l.inversions);
  const followUps = lex.followUps.all(tokens).filter((m) => m.start === 0);

  // What is left: stopwords are understood; words of the coverage are on topic.
  const offTopic: string[] = [];
  const unknownNames: string[] = [];
  const strangers: string[] = [];
  const unknownPlaces: string[] = [];
  let meaningful = 0;
  tokens.forEach((t, i) => {
    const isStop = lex.stopwords.has(t) || other.stopwords.has(t);
    if (!isStop || covered[i]) meaningful += fillers.some((f) => i >= f.start && i < f.end) ? 0 : 1;
    if (covered[i] || isStop || t.length < 2 || /^\d+(e|er|re|eme|ieme|th|st|nd|rd)?$/.test(t)) return;
    // "92 eme": the ordinal's ending, split from its number.
    if (/^(e|er|re|eme|ieme|th|st|nd|rd)$/.test(t) && /^\d+$/.test(tokens[i - 1] ?? '')) return;
    if (lexicon.corpusWords.has(t)) return;
    if (lex.markers.has(t) || other.markers.has(t)) return;
    // Echoed back in refusals ("the articles do not mention X"): letters only, never markup or mentions.
    const raw = (typed[i]?.raw ?? t).replace(/[^\p{L}\p{N}'’-]/gu, '').slice(0, 40) || t.slice(0, 40);
    offTopic.push(raw);
    const prev = tokens[i - 1];
    if (prev !== undefined && (lex.locatives.has(prev) || other.locatives.has(prev))) unknownPlaces.push(raw);
    if (i > 0 && /^\p{Lu}\p{Ll}/u.test(raw)) unknownNames.push(raw);
    else if (t.length > 2 && typed[i]?.english === false && !lex.generalEndings.some((e) => t.endsWith(e))) strangers.push(raw);
  });

  // Yes/no: an auxiliary or "est-ce que" up front, an inversion, or no wh-word at all in a sentence with a verb cue.
  const firstContent = tokens.findIndex((_, i) => !fillers.some((f) => i >= f.start && i < f.end));
  const opener = openers.some((m) => m.start === firstContent || m.start === 0);
  const hasWh = tokens.some((t) => lex.whWords.has(t) || other.whWords.has(t));
  // French asks yes/no by intonation alone: "il a reçu Berg à Lisbonne ?".
  const intonation = language === 'fr' && /\?\s*$/.test(clipped) && mentions.length + concepts.size > 0;
  const yesNo = !hasWh && (opener || inversions.length > 0 || intonation);
  // English negation is wink-nlp's; French ("ne … pas", "n'a pas") comes from the profile's words.
  const negated = language === 'en' ? reading.negated : tokens.includes('pas') || tokens.includes('jamais') ? tokens.some((t) => lex.negations.has(t)) : false;

  return {
    text: clipped,
    language,
    tokens,
    mentions,
    concepts,
    intentScores,
    yesNo,
    negated,
    dates,
    pronouns: new Set(pronounMatches.map((m) => m.value)),
    followUp: followUps.length > 0,
    countTarget: targets[0]?.value,
    ordinal: ordinals[0]?.value,
    scopeBreakers: breakers.map((b) => b.value),
    offTopic,
    unknownNames,
    strangers,
    unknownPlaces,
    affiliations: affiliations.map((m) => ({ start: m.start, end: m.end })),
    asksStart: startWords.length > 0,
    corrections,
    empty: meaningful === 0 && mentions.length === 0,
  };
}

export { LANGUAGES };
