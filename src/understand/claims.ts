// A message to fact-check, cut into what can be checked. People write news
// talk, not claims: "salut 👋 Hammouchi a reçu Zouev à Rabat lundi, et ils
// ont parlé du Sahel. honnêtement c'est une bonne nouvelle". The message is
// cut into sentences (wink-nlp), each sentence into its clauses where a
// joiner or a comma stands between two parts that each say something of
// their own; greetings, opinions and questions are set aside, and said to be.
import type { KnowledgeBase, Language } from '../knowledge/types.js';
import { sentences } from '../language/normalize.js';
import { isElliptical, namesSomeoneNew, opensNegated } from './ellipsis.js';
import { frameQuestion, type Query } from './frame.js';
import { grammarOf, type Lexicon } from './lexicon.js';
import { hasSubstance, isQuestion, MAX_MESSAGE_CHARS, MAX_SENTENCES } from './message.js';
import { readSentence, type Reading } from './read.js';

export type PieceKind = 'claim' | 'question' | 'remark';

export interface Piece {
  kind: PieceKind;
  /** The words as written, and where they stand in the text read (UTF-16 offsets). */
  text: string;
  start: number;
  end: number;
  /** A claim's or question's reading. */
  query?: Query;
  /** Says only what differs from the claim before it ("…, then Zouev on Dec 1", "…, pas de la DGSN"): completed from it. */
  continues?: boolean;
}

interface Span {
  start: number;
  end: number;
  continues?: boolean;
}

export function piecesOf(message: string, kb: KnowledgeBase, lexicon: Lexicon, language: Language): Piece[] {
  const text = message.slice(0, MAX_MESSAGE_CHARS);
  const read = (span: Span) => frameQuestion(readSentence(text.slice(span.start, span.end), kb, lexicon, language), kb, lexicon);
  const pieces: Piece[] = [];
  for (const sentence of sentenceSpans(text).slice(0, MAX_SENTENCES)) {
    for (const clause of clausesOf(text, sentence, read, kb, lexicon)) pieces.push(...classify(text, clause, read, lexicon));
  }
  return pieces;
}

/** Each line's sentences, where they stand in the text. */
function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let cursor = lineStart;
    if (line.trim()) {
      for (const s of sentences(line, false)) {
        const at = text.indexOf(s, cursor);
        if (at < 0) continue;
        spans.push({ start: at, end: at + s.length });
        cursor = at + s.length;
      }
    }
    lineStart += line.length + 1;
  }
  return spans;
}

/** Where each token the reader saw stands in the text: tokens come in order, as typed. */
function tokenSpans(text: string, base: number, raw: readonly string[]): Span[] {
  const spans: Span[] = [];
  let cursor = base;
  for (const token of raw) {
    const at = text.indexOf(token, cursor);
    const start = at < 0 ? cursor : at;
    spans.push({ start, end: start + (at < 0 ? 0 : token.length) });
    cursor = start + (at < 0 ? 0 : token.length);
  }
  return spans;
}

/**
 * A sentence's clauses: cut before a joiner ("et", "but", "alors que") or
 * after a comma or semicolon, when the part before and the part after both
 * say something on their own: a verb, a title, or a subject pronoun with
 * words after it. "du Sahel et de l'Afghanistan" is one part; "se tient à
 * Tanger et se termine le 27" is two.
 */
function clausesOf(text: string, sentence: Span, read: (s: Span) => Query, kb: KnowledgeBase, lexicon: Lexicon): Span[] {
  const { reading } = read(sentence);
  const tokens = tokenSpans(text, sentence.start, reading.raw);
  const joiners = [...Object.values(lexicon.languages).flatMap((l) => l.clauseJoiners.all(reading.tokens))];
  // Candidate cuts: a clause may start at `resume`; the one before ends at `end`.
  const cuts: { end: number; resume: number; joined: boolean }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const before = tokens[i - 1] as Span;
    const here = tokens[i] as Span;
    const joiner = joiners.find((j) => j.start === i);
    const punctuated = /[,;]/.test(text.slice(before.end, here.start));
    if (!joiner && !punctuated) continue;
    const resume = joiner ? (tokens[joiner.end] ?? { start: sentence.end }).start : here.start;
    cuts.push({ end: before.end, resume, joined: joiner !== undefined });
  }
  const spans: Span[] = [];
  let start = sentence.start;
  let continues = false;
  cuts.forEach((cut, k) => {
    const next = cuts[k + 1]?.end ?? sentence.end;
    if (cut.resume >= next) return;
    const right = read({ start: cut.resume, end: next });
    const left = read({ start, end: cut.end });
    if (!standsAlone(left, lexicon)) return;
    // "…, then Zouev on Dec 1", "…, pas de la DGSN": a clause without a verb, which says someone else or denies.
    const gapped = isElliptical(right, hasVerb(right, lexicon)) && (opensNegated(right) || namesSomeoneNew(right.claim, left.claim, kb));
    // After a bare comma, the next clause has its own subject: "Hammouchi, qui est…, a reçu" is one clause.
    if (!gapped && ((!cut.joined && !opensWithSubject(right)) || !standsAlone(right, lexicon))) return;
    spans.push({ start, end: cut.end, continues });
    start = cut.resume;
    continues = gapped;
  });
  spans.push({ start, end: sentence.end, continues });
  return spans;
}

/** Begins with who or what it is about, not with a verb or a relative "qui", "which". */
function opensWithSubject(q: Query): boolean {
  const first = q.reading.terms.find((t) => !(t.kind === 'function' || (t.kind === 'marker' && t.marker === 'filler')));
  return first !== undefined && !q.reading.wh[first.start] && ['entity', 'pronoun', 'generic', 'title', 'concept', 'narrower', 'date'].includes(first.kind);
}

/** A verb the knowledge knows ("met", "a reçu"), or "is", "était", "a été" after a name. */
function hasVerb(q: Query, lexicon: Lexicon): boolean {
  if (q.claim.predicates.length) return true;
  const { copula } = grammarOf(lexicon);
  const verb = (w: string) => copula.has(w) || Object.values(lexicon.languages).some((l) => l.passive.has(w));
  const named = q.reading.terms.find((t) => t.kind === 'entity');
  return named !== undefined && q.reading.tokens.slice(named.end).some(verb);
}

/** A clause of its own: a verb, a title or a name said of someone, or a subject pronoun with words after it. */
function standsAlone(q: Query, lexicon: Lexicon): boolean {
  const { claim, reading } = q;
  if (hasVerb(q, lexicon) || claim.titles.length + claim.identities.length > 0) return true;
  const firstContent = reading.terms.find((t) => !(t.kind === 'function' || (t.kind === 'marker' && t.marker === 'filler')));
  return firstContent?.kind === 'pronoun' && reading.terms.some((t) => t.start > firstContent.start && t.kind !== 'function' && t.kind !== 'marker');
}

/**
 * A clause is a claim, a question or a remark. A claim's span leaves out the
 * greetings and asides around it ("salut tout le monde 👋", "btw"), which
 * are remarks of their own when they open the sentence.
 */
function classify(text: string, clause: Span, read: (s: Span) => Query, lexicon: Lexicon): Piece[] {
  const trimmed = trim(text, clause);
  if (!trimmed) return [];
  const q = read(trimmed);
  const piece = (kind: PieceKind, span: Span, query?: Query): Piece => ({ kind, text: text.slice(span.start, span.end), start: span.start, end: span.end, ...(query ? { query } : {}), ...(kind === 'claim' && clause.continues ? { continues: true } : {}) });
  if (asks(q)) return [piece('question', trimmed, q)];
  if (clause.continues) return [piece('claim', trimmed, q)];
  if (q.empty || !isClaim(q, hasVerb(q, lexicon))) return [piece('remark', trimmed)];
  const tokens = tokenSpans(text, trimmed.start, q.reading.raw);
  const content = contentRange(q.reading);
  if (!content) return [piece('remark', trimmed)];
  const span = trim(text, { start: tokens[content.first]?.start ?? trimmed.start, end: tokens[content.last]?.end ?? trimmed.end }) ?? trimmed;
  const opening = trim(text, { start: trimmed.start, end: span.start });
  // "salut tout le monde 👋 Hammouchi a reçu…": the greeting is a remark, the rest the claim, read without it.
  return [...(opening ? [piece('remark', opening)] : []), piece('claim', span, span.start === trimmed.start && span.end === trimmed.end ? q : read(span))];
}

/**
 * A question mark, a question word that asks, or a question's opening ("did…", "est-ce que…") before
 * anything else: "Zouev is the new…" opens with a name, and is a statement.
 */
function asks(q: Query): boolean {
  if (q.reading.endsWithQuestionMark) return true;
  const first = q.reading.terms.find((t) => !(t.kind === 'function' || (t.kind === 'marker' && t.marker === 'filler')));
  if (!first) return false;
  // "who met Hammouchi" asks; "Hammouchi, qui est le patron…" does not.
  if (q.interrogative && (q.reading.wh[first.start] || first.kind === 'cue')) return true;
  return isQuestion(q) && first.kind === 'marker' && (first.marker === 'opener' || first.marker === 'inversion');
}

/** Says something the coverage could bear on: someone doing something, a name said of someone, a place, a day, a thing more specific than the articles name. */
function isClaim(q: Query, verb: boolean): boolean {
  const c = q.claim;
  const aboutSomeone = (q.pronouns.has('person') || q.pronouns.has('group')) && c.topics.length + c.titles.length > 0;
  const said = c.narrower.length + c.places.length + c.unknownPlaces.length + c.dates.length + c.notPlaces.length + c.editions.length + c.counts.length > 0;
  // "Un accord a été signé": a verb and something it is said of; "c'est une bonne nouvelle" has no verb the reader knows.
  const stated = verb && (c.topics.some((t) => t.kind !== 'word' || c.predicates.length > 0) || c.generic.size > 0);
  return hasSubstance(q) || aboutSomeone || said || stated || (c.topics.length > 0 && c.predicates.length > 0);
}

const ANCHORS = new Set<Reading['terms'][number]['kind']>(['entity', 'pronoun', 'predicate', 'date', 'number', 'title', 'narrower', 'concept']);

/** The first and last token that are more than grammar and asides. */
function contentRange(reading: Reading): { first: number; last: number } | undefined {
  const content = reading.terms.filter((t) => t.kind !== 'function' && !(t.kind === 'marker' && (t.marker === 'filler' || t.marker === 'tag')));
  const last = content.at(-1);
  // The claim proper begins with something said: a name, a pronoun, a verb, a date, an idea ("hey guys, UN police chief…").
  const first = content.find((t) => ANCHORS.has(t.kind));
  if (!first || !last) return undefined;
  // A leading aside is cut off only when it holds one ("salut", "btw"), not "the" or "le"; the claim starts
  // right after it ("So the Marrakech meeting…"), past whom it greets ("hey guys, …").
  const lead = reading.terms.filter((t) => t.end <= first.start);
  const lastAside = lead.findLastIndex((t) => t.kind === 'marker' && t.marker === 'filler');
  if (lastAside < 0) return { first: 0, last: last.end - 1 };
  const after = lead.slice(lastAside + 1).find((t) => !(t.kind === 'generic' && t.what === 'person'));
  return { first: after?.start ?? first.start, last: last.end - 1 };
}

/** A span without the spaces, punctuation and emoji at its edges; undefined when nothing is left. */
function trim(text: string, span: Span): Span | undefined {
  let { start, end } = span;
  const edge = /[\s,;:.!…\-–—()"«»“”'’\p{Extended_Pictographic}\u{FE0F}\u{200D}]/u;
  while (start < end && edge.test(text[start] ?? '')) start++;
  // A closing full stop goes; a question or exclamation mark stays, the reader needs it.
  while (end > start && /[\s,;:.…\-–—("«“\p{Extended_Pictographic}\u{FE0F}\u{200D}]/u.test(text[end - 1] ?? '')) end--;
  if (start >= end) return undefined;
  return /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? { start, end } : undefined;
}
