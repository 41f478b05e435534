// Reads one sentence into Terms: every word is grounded in the knowledge (a
// name, a concept, a predicate, a date, a number), in the language (grammar,
// chatter, question words), in a fact's own wording, or marked unaccounted.
// Nothing downstream sees a word that was not accounted for one way or another.
import { oneSlip } from './speller.js';
import { acrossAdverbs, entitySpans, groupBySpan, leadingChatter, ordinalsJoined, surnameAfter, unstretched, vocative } from './words.js';
import { readDescribedPeople } from './described.js';
import { LANGUAGES, type KnowledgeBase, type Language } from '../knowledge/types.js';
import { fold, readText, type Token } from '../language/normalize.js';
import { isEnglishWord } from '../language/nlp.js';
import { findDates, type DateMention } from './dates.js';
import { grammarOf, type ConceptRef, type CountTarget, type CueIntent, type EntityRef, type GenericKind, type Grammar, type LanguageLexicon, type Lexicon, type Marker, type PronounKind, PREPOSITIONAL } from './lexicon.js';

/** A sentence is read up to this many words: enough for any real question, bounded for pasted walls of text. */
export const MAX_QUESTION_TOKENS = 80;
/** Unknown words looked up for a spelling correction, at most: each costs a fuzzy search. */
export const MAX_CORRECTIONS = 8;

interface Span {
  start: number;
  /** Exclusive. */
  end: number;
  /** The words as typed. */
  surface: string;
}

export type Term = Span &
  (
    | { kind: 'entity'; entity: string; via: EntityRef['via']; fuzzy: boolean }
    | { kind: 'narrower'; of: { entity?: string; concept?: string } }
    | { kind: 'concept'; concept: string; relation: Exclude<ConceptRef['relation'], 'narrower'>; fuzzy: boolean }
    | { kind: 'predicate'; predicates: string[]; fuzzy: boolean }
    | { kind: 'date'; date: DateMention }
    | { kind: 'number'; value: number; ordinal: boolean; days?: boolean; /** "a few days": as many as this at most. */ upTo?: number }
    | { kind: 'generic'; what: GenericKind }
    | { kind: 'title' }
    | { kind: 'marker'; marker: Marker }
    | { kind: 'pronoun'; what: PronounKind }
    | { kind: 'negation' }
    | { kind: 'function' }
    | { kind: 'cue' }
    /** A content word no name, concept or predicate grounds: only a fact that uses it can carry it. */
    | { kind: 'word'; word: string; inCoverage: boolean }
  );

export type TermOf<K extends Term['kind']> = Extract<Term, { kind: K }>;

export interface Reading {
  text: string;
  language: Language;
  /** Folded tokens, spelling mended. */
  tokens: string[];
  /** The tokens as typed. */
  raw: string[];
  /** Whether wink-nlp's English lexicon knows each token. */
  english: boolean[];
  /** Whether each token is a wh-word as typed ("où" is, "ou" is not). */
  wh: boolean[];
  /** Token positions where a clause begins (the first word, and after a comma, colon or dash). */
  clauses: number[];
  terms: Term[];
  intentScores: Map<CueIntent, number>;
  /** Where the question's cues stand: a strong one at a clause's head makes it a wh-question. */
  cues: { start: number; end: number; intent: CueIntent; weight: number }[];
  countTarget?: CountTarget;
  ordinal?: string;
  asksStart: boolean;
  /** English: wink-nlp's negation; French: "ne … pas". */
  negated: boolean;
  /** Where a "not" denies the name after it, not the verb ("…la Q, pas la P", "Y, not X"). */
  denials: number[];
  followUp: boolean;
  corrections: number;
  endsWithQuestionMark: boolean;
}

const ACCENTED = /[àâäçéèêëîïôöûùüÿœ]/i;

/** The language of a whole message: its words that only one language uses, accents and elisions; the locale breaks a tie. */
/**
 * What is counted: the word right after "how many", « combien de » ("how many attacks…, according to the article" counts
 * attacks, not articles); with no such word, the first thing that can be counted.
 */
function countTargetOf<T>(targets: readonly { start: number; value: T }[], cues: Reading['cues']): T | undefined {
  const asks = cues.filter((c) => c.intent === 'count');
  if (!asks.length) return targets[0]?.value;
  return targets.find((t) => asks.some((c) => t.start >= c.start && t.start - c.end <= 3))?.value;
}

/** (`before`: the language of the conversation so far, which a tie — « un mercredi ? » — keeps.) */
export function detectLanguage(text: string, lexicon: Lexicon, locale?: string, before?: Language): Language {
  const score: Record<Language, number> = { fr: 0, en: 0 };
  for (const { norm, raw } of readText(text.slice(0, 2000)).tokens) {
    // (An acronym is no word of either language: "U" is not French « un ».)
    if (raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase()) continue;
    const fr = lexicon.languages.fr.languageMarkers.has(norm);
    const en = lexicon.languages.en.languageMarkers.has(norm);
    if (fr && !en) score.fr += 1;
    if (en && !fr) score.en += 1;
  }
  if (ACCENTED.test(text)) score.fr += 1.5;
  if (/\b(l|d|qu|j|c|n|s)['’]\p{L}/iu.test(text)) score.fr += 1;
  if (score.fr !== score.en) return score.fr > score.en ? 'fr' : 'en';
  const fromLocale = locale?.toLowerCase().startsWith('fr') ? 'fr' : locale ? 'en' : undefined;
  return before ?? fromLocale ?? 'en';
}

/** Whether a message is written in a language the bot does not read: mostly words of other languages, hardly any of its own. */
export function unsupportedLanguage(text: string, lexicon: Lexicon): boolean {
  const words = readText(text.slice(0, 600)).tokens.map((t) => t.norm);
  if (/[¿¡]/.test(text)) return true;
  const foreign = words.filter((w) => lexicon.unsupported.has(w)).length;
  const own = words.filter((w) => LANGUAGES.some((l) => lexicon.languages[l].stopwords.has(w) || lexicon.languages[l].languageMarkers.has(w))).length;
  return foreign >= 2 && foreign > own;
}

interface Candidate extends Span {
  priority: number;
  term: Term;
}

/** What grounds a span, strongest first: a longer match wins, then the lower priority. */
const PRIORITY = { entity: 0, date: 1, number: 2, predicate: 3, narrower: 4, generic: 4.5, concept: 5, title: 7, marker: 8, pronoun: 9, function: 10 } as const;

export function readSentence(text: string, kb: KnowledgeBase, lexicon: Lexicon, language: Language): Reading {
  const reading = readText(text);
  const typed = ordinalsJoined(reading.tokens).slice(0, MAX_QUESTION_TOKENS);
  const lex = lexicon.languages[language];
  const other = lexicon.languages[language === 'fr' ? 'en' : 'fr'];
  const both: LanguageLexicon[] = [lex, other];
  const isStop = (w: string) => lex.stopwords.has(w) || other.stopwords.has(w);

  let corrections = 0;
  let lookups = 0;
  const fuzzy = new Array<boolean>(typed.length).fill(false);
  // A capitalised word is a name: it may only be mended into a name (a surname typed with a letter short), never into a common word ("Geneva" is no "general").
  const nameLike = (i: number) => /^\p{Lu}/u.test(typed[i]?.raw ?? '') && i > 0;
  const commonWord = (w: string) => both.some((l) => l.stopwords.has(w) || l.roleWords.words.has(w) || l.intents.words.has(w) || l.predicates.words.has(w)) || lexicon.concepts.words.has(w);
  // Nor into a word only the other language uses ("repart" is no "report").
  const theirs = (l: LanguageLexicon, w: string) => l.predicates.words.has(w) || l.intents.words.has(w) || l.generic.words.has(w) || l.markers.words.has(w) || l.stopwords.has(w);
  const otherOnly = (w: string) => theirs(other, w) && !theirs(lex, w) && !lexicon.entities.words.has(w) && !lexicon.concepts.words.has(w);
  const tokens = typed.map(({ norm: typedNorm, raw }, i) => {
    const norm = unstretched(typedNorm, (w) => isStop(w) || lexicon.speller.knows(w));
    if (isStop(norm)) return norm;
    // An acronym is as typed: "UNODC" is another office than "V", one letter apart.
    if (raw.length >= 3 && /^\p{Lu}+$/u.test(raw)) return norm;
    if (!lexicon.speller.knows(norm) && ++lookups > MAX_CORRECTIONS) return norm;
    const fixed = lexicon.speller.correct(norm) ?? (nameLike(i) ? surnameAfter(kb, typed[i - 1]?.norm ?? '', norm) : undefined);
    // A word is never mended into a grammar word ("marié" must not vanish as "marge"), but for one slip ("acording", "teh").
    if (fixed !== undefined && fixed !== norm && (!isStop(fixed) || oneSlip(norm, fixed)) && !(nameLike(i) && (!lexicon.entities.words.has(fixed) || commonWord(fixed))) && !otherOnly(fixed)) {
      corrections++;
      fuzzy[i] = true;
      return fixed;
    }
    return norm;
  });
  const raw = typed.map((t) => t.raw);
  // The words as typed, French elisions rejoined ("l'Intérieur", not "l Intérieur").
  const surface = (start: number, end: number) =>
    raw
      .slice(start, end)
      .map((w, i, all) => (i < all.length - 1 && /^(l|d|qu|j|n|s|c|m|t|y|jusqu|lorsqu|puisqu)$/i.test(w) ? `${w}'` : `${w} `))
      .join('')
      .trim();
  const candidates: Candidate[] = [];
  const add = (m: { start: number; end: number }, priority: number, term: Term) => candidates.push({ start: m.start, end: m.end, surface: surface(m.start, m.end), priority, term });
  const span = (m: { start: number; end: number }) => ({ start: m.start, end: m.end, surface: surface(m.start, m.end) });
  const wasMended = (m: { start: number; end: number }) => fuzzy.slice(m.start, m.end).some(Boolean);
  // "ou" is no "où", "la" no "là": an accent-bearing cue or pronoun counts only as typed with its accent.
  // A question word opening a question can only be that word ("ou exactement ils se sont vus ?"); a pronoun still needs its accent.
  const whLeads = grammarOf(lexicon).whLead;
  const accentOk = (m: { start: number; end: number }, opening = false) => {
    for (let i = m.start; i < m.end; i++) {
      const needed = lex.accented.get(tokens[i] ?? '') ?? other.accented.get(tokens[i] ?? '');
      // ("d'ou elle vient…": a question word after a preposition that leads one still opens the question.)
      const first = i === 0 || tokens.slice(0, i).every((w) => whLeads.has(w));
      // (« c'est la qu'il l'a reçu »: between "is" and the cleft's « que », no article stands — it is « là ».)
      const cleftSlot = grammarOf(lexicon).copula.has(tokens[i - 1] ?? '') && grammarOf(lexicon).cleftJoiners.has(tokens[i + 1] ?? '');
      if (needed && m.end - m.start === 1 && !(opening && first) && !cleftSlot && (raw[i] ?? '').toLowerCase() !== needed) return false;
    }
    return true;
  };

  for (const m of entitySpans(lexicon, tokens)) {
    const single = m.end - m.start === 1 ? tokens[m.start] : undefined;
    // "un" is French for "a": the U only when typed in capitals.
    if (single !== undefined && lexicon.ambiguousAliases.get(single)?.has(language)) {
      const asTyped = raw[m.start] ?? '';
      if (asTyped !== asTyped.toUpperCase()) continue;
    }
    add(m, PRIORITY.entity, { kind: 'entity', entity: m.value.entity, via: m.value.via, fuzzy: wasMended(m), ...span(m) });
  }
  // A year alone ("en 2024") yields to a name that holds it ("the 2099 W"), and is no figure.
  const years = new Set<number>();
  for (const d of findDates(tokens, reading.dates, both)) {
    if (d.start < 0) continue;
    const yearOnly = d.month === undefined && d.day === undefined && d.weekday === undefined;
    if (yearOnly) years.add(d.start);
    add(d, yearOnly ? PRIORITY.narrower + 0.25 : PRIORITY.date, { kind: 'date', date: d, ...span(d) });
  }
  tokens.forEach((t, i) => {
    if (years.has(i)) return;
    // ("1,700" comes normalised as "1700": a figure of any size.)
    const digits = /^(\d+)(e|er|re|eme|ieme|th|st|nd|rd)?$/.exec(t);
    if (!digits?.[1]) return;
    const suffix = digits[2] ?? (/^(e|eme|ieme|th|st|nd|rd)$/.test(tokens[i + 1] ?? '') ? tokens[i + 1] : undefined);
    const end = digits[2] === undefined && suffix !== undefined ? i + 2 : i + 1;
    add({ start: i, end }, PRIORITY.number, { kind: 'number', value: Number(digits[1]), ordinal: suffix !== undefined, ...span({ start: i, end }) });
  });
  // ("Interesting that the <a region> came up…", "I heard that the…": "that" before an article, after no verb, opens a clause; it
  // points at nothing. "was that the Y meeting?" keeps it a pronoun.)
  const g = grammarOf(lexicon);
  const linking = (w: string) => g.copula.has(w) || g.auxiliary.has(w) || both.some((l) => l.passive.has(w));
  const opensClause = (m: { start: number; end: number }) => m.end - m.start === 1 && g.complementizers.has(tokens[m.start] ?? '') && g.articles.has(tokens[m.end] ?? '') && !linking(tokens[m.start - 1] ?? '');
  for (const l of both) {
    const weight = l === lex ? 0 : 0.5;
    for (const m of l.numbers.all(tokens)) add(m, PRIORITY.number + weight, { kind: 'number', value: m.value, ordinal: false, ...span(m) });
    for (const m of l.spans.all(tokens)) add(m, PRIORITY.number + weight, { kind: 'number', value: m.value[0], ...(m.value[1] > m.value[0] ? { upTo: m.value[1] } : {}), ordinal: false, days: true, ...span(m) });
    for (const group of groupBySpan(acrossAdverbs(tokens, grammarOf(lexicon).insertedAdverbs, (t) => l.predicates.all(t)))) {
      // ("Venue:" is no French « venu* »: the other language's verb never takes a word English knows.)
      if (l === other && language === 'en' && typed.slice(group.start, group.end).every((t) => t.english === true || isEnglishWord(t.norm))) continue;
      // (Nor a word this language reads as one of its own fillers or grammar: « attends, c'est A qui… » is no "attends".)
      if (l === other && tokens.slice(group.start, group.end).every((w) => lex.markers.words.has(w) || lex.stopwords.has(w))) continue;
      // (« l'accueil » mended into « accueilli »: a word after an article is a noun, not the verb it was mended into.)
      if (wasMended(group) && g.articles.has(tokens[group.start - 1] ?? '')) continue;
      add(group, PRIORITY.predicate + weight, { kind: 'predicate', predicates: group.values, fuzzy: wasMended(group), ...span(group) });
    }
    for (const m of l.generic.all(tokens)) add(m, PRIORITY.generic + weight, { kind: 'generic', what: m.value, ...span(m) });
    // ("meeting was on a tuesday": a noun for a meeting opening the clause, its article dropped as chat drops it, is "the
    // meeting" where the language has that phrase for it — not "meetings", which it has not.)
    const theOne = (m: { start: number; end: number; value: string }) => m.value === 'meeting' && m.end - m.start === 1 && (m.start === 0 || typed[m.start]?.clause === true) && [...g.articles].some((a) => l.pronouns.all([a, tokens[m.start] ?? '']).some((p) => p.start === 0 && p.end === 2 && p.value === 'meeting'));
    for (const m of l.generic.all(tokens)) if (theOne(m)) add(m, PRIORITY.generic - 0.1 + weight, { kind: 'pronoun', what: 'meeting', ...span(m) });
    for (const m of l.roleWords.all(tokens)) add(m, PRIORITY.title + weight, { kind: 'title', ...span(m) });
    // (« la can… »: a word after an article is a noun, not the verb that opens a question.)
    // (« …mais pas sur l'X »: a filler ending on a word that says what something is about, « pas sûr » typed bare, is
    // that word before an article.)
    const notFiller = (m: { start: number; end: number; value: string }) => m.value === 'filler' && m.end - m.start > 1 && g.about.has(tokens[m.end - 1] ?? '') && g.articles.has(tokens[m.end] ?? '');
    for (const m of l.markers.all(tokens)) if (!(m.value === 'opener' && g.articles.has(tokens[m.start - 1] ?? '')) && !notFiller(m)) add(m, PRIORITY.marker + weight, { kind: 'marker', marker: m.value, ...span(m) });
    for (const m of l.pronouns.all(tokens)) if (accentOk(m) && !opensClause(m)) add(m, PRIORITY.pronoun + weight, { kind: 'pronoun', what: m.value, ...span(m) });
    for (const m of l.functionPhrases.all(tokens)) add(m, PRIORITY.function + weight, { kind: 'function', ...span(m) });
    for (const m of l.negationPhrases.all(tokens)) add(m, PRIORITY.marker + weight, { kind: 'negation', ...span(m) });
  }
  // "can" is no CAN, "us" no US: a one-word name that is also a grammar word counts only in capitals — or after an article, « la can ».
  const plain = (m: { start: number; end: number }) => m.end - m.start === 1 && isStop(tokens[m.start] ?? '') && (raw[m.start] ?? '') !== (raw[m.start] ?? '').toUpperCase() && !g.articles.has(tokens[m.start - 1] ?? '');
  for (const m of lexicon.narrower.all(tokens)) if (!plain(m) && !wasMended(m)) add(m, PRIORITY.narrower, { kind: 'narrower', of: m.value, ...span(m) });
  for (const m of lexicon.concepts.all(tokens)) {
    if (m.value.relation === 'narrower' || plain(m)) continue;
    add(m, PRIORITY.concept, { kind: 'concept', concept: m.value.concept, relation: m.value.relation, fuzzy: wasMended(m), ...span(m) });
  }

  // "B's visit", "la visite", "the head of": after a determiner, a word both verb and noun is the noun.
  for (const c of candidates) {
    if (c.term.kind !== 'generic' && c.term.kind !== 'title') continue;
    const before = tokens[c.start - 1];
    // The other language's determiner only where it is not a word of this one ("a" is "has" in French).
    // ("…received C, head of the U P": right after a person's name, before "of" and a body, a post.)
    const ofBody = candidates.some((n) => n.term.kind === 'entity' && n.start > c.end && n.start - c.end <= 4 && kb.entities.get(n.term.entity)?.type === 'organisation');
    const apposed = c.term.kind === 'title' && lex.relations.has(tokens[c.end] ?? '') && ofBody && candidates.some((n) => n.term.kind === 'entity' && n.end === c.start && kb.entities.get(n.term.entity)?.type === 'person');
    if (apposed || (before !== undefined && (lex.determiners.has(before) || (other.determiners.has(before) && !lex.stopwords.has(before)) || /^\d+$/.test(before) || candidates.some((n) => n.term.kind === 'number' && n.end === c.start)))) c.priority = PRIORITY.predicate - 0.5;
  }
  // ("the visit was official": a word for a person right after "is", no determiner, ending the clause, says what something is.)
  const adjectival = (c: Candidate) => c.term.kind === 'generic' && c.term.what === 'person' && c.end - c.start === 1 && c.end === tokens.length && linking(tokens[c.start - 1] ?? '');
  for (let k = candidates.length - 1; k >= 0; k--) if (adjectival(candidates[k] as Candidate)) candidates.splice(k, 1);
  // (« il l'a vu »: a pronoun written with its auxiliary, « l'a », lends it to a verb of meeting after it, read from its participle;
  // « qui l'a sorti » keeps « a sorti », done to a thing.)
  // (« qui l'a dit »: done by a verb of saying, it is what was said — a thing, as « ça » is.)
  for (const p of candidates) {
    if (p.term.kind !== 'pronoun' || p.term.what !== 'person' || p.end - p.start < 2 || !g.auxiliary.has(tokens[p.end - 1] ?? '')) continue;
    // (Not with what was said named after it: « il l'a décrite comment, cette expérience ? ».)
    const namedAfter = (end: number) => candidates.some((x) => x.start >= end && (x.term.kind === 'concept' || x.term.kind === 'entity' || x.term.kind === 'narrower' || x.term.kind === 'generic'));
    const saying = candidates.some((c) => c.term.kind === 'predicate' && c.start === p.end && c.term.predicates.every((id) => kb.predicates.get(id)?.kind === 'content') && !namedAfter(c.end));
    if (saying) p.term = { ...p.term, what: 'meeting' };
    for (const c of candidates) {
      if (c.term.kind !== 'predicate' || c.start !== p.end - 1 || c.end <= p.end || !c.term.predicates.every((id) => kb.predicates.get(id)?.kind === 'meeting')) continue;
      c.start = p.end;
      c.surface = surface(c.start, c.end);
      c.term = { ...c.term, ...span(c) };
    }
  }
  // The longest span wins; between equals, the stronger kind.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const taken = new Array<Term | undefined>(tokens.length).fill(undefined);
  const terms: Term[] = [];
  for (const c of candidates) {
    if (!isPlaced(c, tokens)) continue;
    let free = true;
    for (let i = c.start; i < c.end; i++) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) taken[i] = c.term;
    terms.push(c.term);
  }

  // Cues of what is asked score intents over every word, and ground the words nothing else did.
  const intentScores = new Map<CueIntent, number>();
  const cues: Reading['cues'] = [];
  for (const l of both) {
    const factor = l === lex ? 1 : 0.5;
    for (const m of l.intents.longest(tokens)) {
      const last = m.end - m.start === 1 && !terms.some((x) => x.start >= m.end && CONTENT.has(x.kind));
      if (terms.some((t) => t.kind === 'entity' && m.start >= t.start && m.end <= t.end) || (!accentOk(m, true) && !last)) continue;
      // ("invited" in English is no French « invité* »: the other language's cue never takes a word English knows.)
      if (l === other && language === 'en' && typed.slice(m.start, m.end).some((t) => t.english === true)) continue;
      intentScores.set(m.value, (intentScores.get(m.value) ?? 0) + m.weight * factor);
      cues.push({ start: m.start, end: m.end, intent: m.value, weight: m.weight * factor });
      for (let i = m.start; i < m.end; i++) {
        if (taken[i]) continue;
        const term: Term = { kind: 'cue', ...span({ start: i, end: i + 1 }) };
        taken[i] = term;
        terms.push(term);
      }
    }
  }

  // What is left, word by word: grammar, a word of some fact, or unaccounted.
  tokens.forEach((t, i) => {
    if (taken[i]) return;
    const s = span({ start: i, end: i + 1 });
    let term: Term;
    // ("the EU": a word typed in capitals that is grammar only in the other language is a name, not « eu ».)
    const acronym = (raw[i] ?? '').length >= 2 && /^\p{Lu}+$/u.test(raw[i] ?? '') && !lex.stopwords.has(t) && !lex.markers.words.has(t);
    if (lex.negations.has(t) || other.negations.has(t)) term = { kind: 'negation', ...s };
    else if ((isStop(t) && !acronym) || lex.locatives.has(t) || other.locatives.has(t) || lex.relations.has(t) || other.relations.has(t)) term = { kind: 'function', ...s };
    // (A day in figures no reading could settle, "1/12", is said and not understood.)
    else if (/^\d+\/\d+/.test(t)) term = { kind: 'word', word: t, inCoverage: false, ...s };
    // ("pendant 3h", "45 m": a letter right after a number is its unit, something said — a duration no article gives.)
    else if (t.length === 1 && /\p{L}/u.test(t) && /^\d+$/.test(tokens[i - 1] ?? '')) term = { kind: 'word', word: `${tokens[i - 1]}${t}`, inCoverage: false, ...s };
    else if (!/[\p{L}]/u.test(t) || t.length < 2) term = { kind: 'function', ...s };
    else if (lex.months.has(t) || lex.weekdays.has(t)) term = { kind: 'function', ...s };
    else {
      // A capitalised name is in the coverage as typed or not at all: "Porto" is not "port", mended.
      const typed = raw[i] ?? t;
      // (…and "EU" is not the « eu » of « a eu lieu ».)
      const inCoverage = !(acronym && isStop(t)) && (lexicon.corpusWords.has(fold(typed)) || (typed[0] === typed[0]?.toLowerCase() && lexicon.corpusWords.has(t)));
      term = { kind: 'word', word: t, inCoverage, ...s };
    }
    taken[i] = term;
    terms.push(term);
  });
  terms.sort((a, b) => a.start - b.start);
  takenUp(terms, kb, tokens, g.resumptive, (i) => lex.whWords.has(tokens[i] ?? '') || other.whWords.has(tokens[i] ?? ''), (w) => lex.locatives.has(w) || other.locatives.has(w));
  readDescribedPeople(terms, tokens, kb, g, surface, (i) => typed[i]?.clause === true);
  vocative(terms, tokens, both);
  leadingChatter(terms, typed, tokens, both);

  const firstWord = terms.find((t) => !(t.kind === 'marker' && t.marker === 'filler'));
  const followUp = firstWord !== undefined && lex.followUps.all(tokens).some((m) => m.start === firstWord.start);
  // English negation is wink-nlp's; French ("ne … pas", "n'a pas") comes from the profile's words.
  // "…, ou pas ?" asks; it does not deny.
  const inTag = (i: number) => asksAt(terms, tokens, g, i);
  // English: wink-nlp's negation; a language it does not read: its own negating words ("pas", "rien").
  // "…la Q, pas la P": a "not" opening a clause (after a comma or a joiner) right before a name denies that name, not the verb.
  const joinerEnds = new Set(both.flatMap((l) => l.clauseJoiners.all(tokens)).map((m) => m.end));
  // (A word that denies on its own, "not", « pas », not « n' », which waits for its verb.)
  const deniesAlone = (t: { start: number; end: number }) => t.end - t.start > 1 || both.some((l) => l.syntax.negators.has(tokens[t.start] ?? '')) || (lex.syntax.negators.size === 0 && (tokens[t.start] ?? '').length > 1);
  const denials = terms
    // (…or right after the name it stands against, a comma left unsaid: « à Y pas X ».)
    .filter((t) => t.kind === 'negation' && (t.start === 0 || typed[t.start]?.clause === true || joinerEnds.has(t.start) || (deniesAlone(t) && terms.some((x) => x.kind === 'entity' && x.end === t.start))))
    .filter((t) => {
      // ("from the U not from the O": the word that says how the name stands, said again, is no name of its own.)
      const next = terms.find((x) => x.start >= t.end && x.kind !== 'function' && !(x.kind === 'marker' && PREPOSITIONAL.has(x.marker)));
      // ("no, B isn't new": a "no" a comma parts from the name answers someone; it denies nothing of the name.)
      // ("No U official came…": a name that only says whose the people are; "no" is said of them, and denies the verb.)
      const ofPeople = next?.kind === 'entity' && next.start === t.end && terms.some((x) => x.kind === 'generic' && x.start === next.end);
      return next?.kind === 'entity' && next.start - t.end <= 2 && !(next.start === t.end && typed[next.start]?.clause === true) && !ofPeople;
    })
    .map((t) => t.start);
  const denial = (i: number) => denials.includes(i);
  const clauseNegations = terms.filter((t) => t.kind === 'negation' && !denial(t.start));
  // (« il a raté A », "missed A": a verb that says another did not happen is that one, denied — of someone named right
  // after it. With no one, « pour ceux qui ont raté : … », it is what the reader missed: no verb of the claim.)
  const denying: TermOf<'predicate'>[] = [];
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k] as Term;
    if (t.kind !== 'predicate' || !t.predicates.some((id) => kb.predicates.get(id)?.denies !== undefined)) continue;
    const someone = terms.some((x) => x.kind === 'entity' && kb.entities.get(x.entity)?.type === 'person' && x.start >= t.end && x.start - t.end <= 1);
    if (someone) {
      t.predicates = t.predicates.map((id) => kb.predicates.get(id)?.denies ?? id);
      denying.push(t);
    } else {
      // (Its words read as they would be without it: the auxiliary a word of grammar, the participle a word.)
      const last = t.end - 1;
      const word = { kind: 'word' as const, word: tokens[last] ?? '', inCoverage: false, start: last, end: t.end, surface: raw[last] ?? '' };
      terms.splice(k, 1, ...(last > t.start ? [{ kind: 'function' as const, start: t.start, end: last, surface: raw.slice(t.start, last).join(' ') }] : []), word);
    }
  }
  const negatedAsSaid =
    lex.syntax.negators.size === 0
      ? (reading.negated && (clauseNegations.length > 0 || !denials.length)) || clauseNegations.some((t) => t.surface.toLowerCase() !== 'no')
      : tokens.some((t, i) => (lex.syntax.negators.has(t) || (lex.syntax.boundNegators.has(t) && [...tokens.slice(Math.max(0, i - 3), i), ...tokens.slice(i + 1, i + 3)].some((w) => lex.negations.has(w)))) && !inTag(i) && !denial(i)) ||
        terms.some((t) => t.kind === 'negation' && t.end - t.start > 1 && !inTag(t.start)) ||
        // (…or the other language's, among its words: "they didn't even mention X dans la réunion de Y".)
        tokens.some((t, i) => other.negations.has(t) && (typed[i]?.english === true || (typed[i - 1]?.english === true && typed[i + 1]?.english === true)) && !inTag(i) && !denial(i));
  const negated = negatedAsSaid !== denying.length > 0;
  return {
    text,
    language,
    tokens,
    raw,
    english: typed.map((t) => t.english ?? false),
    // "ils sont déployés ou ?": an unaccented "ou" that ends the question asks where.
    // (…or one "exactly" follows: « c'était ou exactement à Y ».)
    wh: tokens.map((t, i) => (lex.whWords.has(t) || other.whWords.has(t)) && !inTag(i) && (accentOk({ start: i, end: i + 1 }, true) || !terms.some((x) => x.start > i && CONTENT.has(x.kind)) || terms.some((x) => x.kind === 'marker' && x.marker === 'exactly' && x.start === i + 1))),
    clauses: [0, ...typed.flatMap((t, i) => (t.clause && i > 0 ? [i] : []))],
    terms,
    intentScores,
    cues,
    countTarget: countTargetOf(both.flatMap((l) => l.countTargets.all(tokens)), cues),
    // "the 2nd article", "le premier" — but "in like 2 sentences" orders nothing: a digit counts next to an article or a meeting.
    ordinal: both
      .flatMap((l) => l.ordinals.all(tokens))
      .find((m) => !/^\d+$/.test(tokens[m.start] ?? '') || terms.some((t) => t.kind === 'generic' && (t.what === 'article' || t.what === 'meeting') && t.end === m.start))?.value,
    // (Not « début décembre », "early December": a word of a date is when, not an event's start.)
    asksStart: both.some((l) => l.startWords.all(tokens).some((m) => !terms.some((t) => t.kind === 'date' && t.start <= m.start && t.end >= m.end))),
    negated,
    denials,
    followUp,
    corrections,
    endsWithQuestionMark: /\?\s*$/.test(text),
  };
}

/** Whether a word is in a yes/no tag ("…, ou pas ?"), or offers the other answer anywhere (« …ou pas avec C ? »): a negation there asks; it denies nothing. */
export function asksAt(terms: readonly Term[], tokens: readonly string[], grammar: Grammar, i: number): boolean {
  return terms.some((t) => t.kind === 'marker' && t.marker === 'tag' && i >= t.start && i < t.end) || grammar.alternative.has(tokens[i - 1] ?? '');
}

const CONTENT = new Set<Term['kind']>(['entity', 'predicate', 'concept', 'narrower', 'word', 'date', 'title', 'generic']);

/** A yes/no tag counts only at the end ("…, right?"); an opener or inversion only near the start. */
function isPlaced(c: Candidate, tokens: readonly string[]): boolean {
  if (c.term.kind !== 'marker') return true;
  if (c.term.marker === 'tag') return c.end === tokens.length;
  return true;
}

export type { Token };

/**
 * « et la <a country> ça a été évoqué ? »: a one-word pronoun for a meeting that can take up what is named right before it
 * (syntax `resumptive`) does; « où ça ? » only echoes the question word. Neither is a meeting: a word of grammar.
 */
function takenUp(terms: Term[], kb: KnowledgeBase, tokens: readonly string[], resumptive: ReadonlySet<string>, isWh: (i: number) => boolean, isLocative: (w: string) => boolean): void {
  for (let k = 1; k < terms.length; k++) {
    const p = terms[k] as Term;
    const before = terms[k - 1] as Term;
    if (p.kind !== 'pronoun' || p.what !== 'meeting' || p.end - p.start !== 1 || before.end !== p.start || !resumptive.has(tokens[p.start] ?? '')) continue;
    // (Not a place said with its "in", « c'est à Y ça ? »: where it was, and « ça » what was there.)
    const thing = before.kind === 'concept' || before.kind === 'word' || before.kind === 'narrower' || (before.kind === 'entity' && kb.entities.get(before.entity)?.type === 'place' && !isLocative(tokens[before.start - 1] ?? ''));
    // (Not before a verb that says something took place: « …un plan pour la <a region> ça se passait le 25 » — that is the meeting.)
    const verb = terms.slice(k + 1).find((t) => t.kind === 'predicate');
    const happened = verb?.kind === 'predicate' && verb.predicates.some((id) => ['meeting', 'event'].includes(kb.predicates.get(id)?.kind ?? ''));
    if ((thing && !happened) || isWh(p.start - 1)) terms[k] = { kind: 'function', start: p.start, end: p.end, surface: p.surface };
  }
}
