// A message to fact-check, cut into what can be checked. People write news
// talk, not claims: "salut 👋 A a reçu B à Y lundi, et ils
// ont parlé du <a region>. honnêtement c'est une bonne nouvelle". The message is
// cut into sentences (wink-nlp), each sentence into its clauses where a
// joiner or a comma stands between two parts that each say something of
// their own; greetings, opinions and questions are set aside, and said to be.
import type { KnowledgeBase, Language } from '../knowledge/types.js';
import { clausesOf, hasVerb, tokenSpans, type Span } from './clauses.js';
import { sentenceSpans } from './sentences.js';
import { pointsAtSomeone } from './clause-shapes.js';
import { isElliptical } from './ellipsis.js';
import { frameQuestion, type Query } from './frame.js';
import { speaksOfThemselves } from './writer.js';
import { grammarOf, type Lexicon } from './lexicon.js';
import { hasSubstance, isQuestion, MAX_MESSAGE_CHARS, MAX_SENTENCES } from './message.js';
import { readSentence, type Reading } from './read.js';
import { fold } from '../language/normalize.js';

export type PieceKind = 'claim' | 'question' | 'remark';

export interface Piece {
  kind: PieceKind;
  /** The words as written, and where they stand in the text read (UTF-16 offsets). */
  text: string;
  start: number;
  end: number;
  /** A claim's or question's reading. */
  query?: Query;
  /** Says only what differs from the claim before it ("…, then B on Dec 1", "…, pas de la P"): completed from it. */
  continues?: boolean;
  /** "…, including C", "Also Yemen.": one more of what the claim before names, all else it said kept. */
  adds?: boolean;
  /** Said to come after what the claim before said ("…, then B"). */
  after?: boolean;
  /** "Happened in Y" with nothing before it that happened: what it is said of, nothing says. */
  unsaid?: boolean;
  /** "…, which is hosting the O assembly": an aside about a name; "they" after it are still those of the claim before. */
  aside?: boolean;
}

export function piecesOf(message: string, kb: KnowledgeBase, lexicon: Lexicon, language: Language): Piece[] {
  const text = message.slice(0, MAX_MESSAGE_CHARS);
  const read = (span: Span) => frameQuestion(readSentence(span.readAs ?? text.slice(span.start, span.end), kb, lexicon, language), kb, lexicon);
  const pieces: Piece[] = [];
  // ("Key points from the X meeting:" over the lines that follow: what they say took place is that meeting.)
  let underMeeting = false;
  for (const sentence of sentenceSpans(text, lexicon).slice(0, MAX_SENTENCES)) {
    const clauses = clausesOf(text, sentence, read, kb, lexicon);
    // ("They discussed <a country>. Also Yemen.": a sentence that only adds to the claim before it goes on from it.)
    const [first] = clauses;
    // ("…the U asks for more cooperation. Happened in Y btw": a sentence that opens on "took place", with nothing said to
    // have, says where or when the claim before it did.)
    const lastClaim = pieces.findLast((p) => p.kind === 'claim')?.query;
    const opening = first && !first.continues ? read(first) : undefined;
    // (With no such claim before it, what took place the message does not say.)
    const unsaid = opening !== undefined && !underMeeting && takesPlaceUnsaid(opening, kb);
    const goesOnFrom = unsaid && lastClaim !== undefined && saysSomethingDone(lastClaim, kb);
    if (first && opening && lastClaim && (addsToTheLast(opening, lexicon) || goesOnFrom)) clauses[0] = { ...first, continues: true, adds: true };
    clauses.forEach((clause, i) => {
      const answer = reply(text, clause, pieces.at(-1)?.kind === 'question', lexicon);
      if (answer) pieces.push({ kind: 'remark', text: text.slice(answer.start, answer.end), start: answer.start, end: answer.end });
      const own = classify(text, answer ? { ...clause, start: answer.end } : clause, read, kb, lexicon);
      pieces.push(...(i === 0 && unsaid && !goesOnFrom ? own.map((p) => (p.kind === 'claim' ? { ...p, unsaid: true } : p)) : own));
    });
    if (/:\s*$/.test(text.slice(sentence.start, sentence.end)) && read(sentence).claim.meetings.length > 0) underMeeting = true;
  }
  return pieces;
}

/** "Also Yemen.", « Et aussi du Yémen. »: "also" at the head, and no verb: one more of what the claim before said. */
function addsToTheLast(q: Query, lexicon: Lexicon): boolean {
  const head = q.reading.terms.find((t) => !(t.kind === 'function' || (t.kind === 'marker' && t.marker === 'filler')));
  const additive = Object.values(lexicon.languages).some((l) => l.additive.all(q.reading.tokens).some((m) => head === undefined || m.start <= head.start));
  return additive && isElliptical(q, hasVerb(q, lexicon));
}

/** "Happened in Y", « A eu lieu lundi »: a verb of taking place first, and nothing named that took place. */
function takesPlaceUnsaid(q: Query, kb: KnowledgeBase): boolean {
  const head = q.reading.terms.find((t) => !(t.kind === 'function' || (t.kind === 'marker' && t.marker === 'filler')));
  const c = q.claim;
  const takesPlace = head?.kind === 'predicate' && head.predicates.every((id) => kb.predicates.get(id)?.kind === 'event');
  return takesPlace && q.pronouns.size === 0 && c.participants.length + c.meetings.length + c.events.length + c.generic.size + c.topics.length + c.titles.length === 0 && c.places.length + c.unknownPlaces.length + c.dates.length > 0;
}

/** A claim of something done, which can have taken place somewhere (not who someone is: "B = U P chief. Held on Nov 26"). */
function saysSomethingDone(q: Query, kb: KnowledgeBase): boolean {
  return q.claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind !== 'title'));
}

/**
 * A clause is a claim, a question or a remark. A claim's span leaves out the
 * greetings and asides around it ("salut tout le monde 👋", "btw"), which
 * are remarks of their own when they open the sentence.
 */
function classify(text: string, clause: Span, read: (s: Span) => Query, kb: KnowledgeBase, lexicon: Lexicon): Piece[] {
  const found = trim(text, clause);
  if (!found || enumerator(text.slice(found.start, found.end))) return [];
  const trimmed: Span = { ...found, ...(clause.readAs ? { readAs: clause.readAs } : {}) };
  const q = read(trimmed);
  // ("My notes from both articles:" on a line of its own, over the lines that follow: a heading.)
  const titles = /:\s*$/.test(text.slice(clause.start, clause.end)) && text.slice(clause.end).trim().length > 0;
  if (clause.heading || titles) return [{ kind: 'remark', text: text.slice(trimmed.start, trimmed.end), start: trimmed.start, end: trimmed.end }];
  const piece = (kind: PieceKind, span: Span, query?: Query): Piece => ({ kind, text: text.slice(span.start, span.end), start: span.start, end: span.end, ...(query ? { query } : {}), ...(kind === 'claim' && clause.continues ? { continues: true } : {}), ...(kind === 'claim' && clause.adds ? { adds: true } : {}), ...(kind === 'claim' && clause.after ? { after: true } : {}), ...(kind === 'claim' && clause.aside ? { aside: true } : {}) });
  if (asks(q, lexicon) || reportsQuestion(q, lexicon)) return [piece('question', trimmed, q)];
  // « Franchement je trouve ça bien que l'U compte sur nos policiers » : an opinion, whatever it is about.
  // (« l'U a bien raison de compter sur… »: said anywhere in the clause, a judgement makes it an opinion.)
  // ("Hope K gets more of these": a verb of wishing that opens the clause, no one before it, is the writer's own wish.)
  const ownWish = grammarOf(lexicon).ownWishes.has(q.reading.tokens[0] ?? '');
  if (ownWish || speaksOfThemselves(q, lexicon) || q.reading.terms.some((t) => t.kind === 'marker' && t.marker === 'opinion') || writersJudgement(q, kb, lexicon)) return [piece('remark', trimmed)];
  // "…, pas de la P", "…, which is held in Y": a claim by what comes before it.
  if (clause.continues || clause.readAs) return [...goesOn(text, trimmed, q, piece)];
  if ((q.empty && !q.claim.same) || !isClaim(q, hasVerb(q, lexicon))) return [piece('remark', trimmed)];
  const tokens = tokenSpans(text, trimmed.start, q.reading.raw);
  // (« même semaine » alone: what it says of the meetings meant is all of it.)
  const content = contentRange(q.reading, lexicon) ?? (q.claim.same ? { first: 0, last: q.reading.tokens.length - 1 } : undefined);
  if (!content) return [piece('remark', trimmed)];
  const span = trim(text, { start: tokens[content.first]?.start ?? trimmed.start, end: tokens[content.last]?.end ?? trimmed.end }) ?? trimmed;
  // (The word that joins it to the clause before, « donc », "so", is no remark: the claim is read without it, and nothing is set aside.)
  const joins = lexicon.languages[q.reading.language].causal.all(q.reading.tokens).some((m) => m.start === 0 && m.end === content.first);
  const opening = joins ? undefined : trim(text, { start: trimmed.start, end: span.start });
  // (A joiner left after the claim, "… and", is grammar between clauses, not a remark.)
  const trailing = q.reading.terms.filter((t) => t.start > content.last);
  const closing = trailing.length && trailing.every((t) => t.kind === 'function') ? undefined : trim(text, { start: span.end, end: trimmed.end });
  // "salut tout le monde 👋 A a reçu… ok": the greeting and the aside are remarks, the rest the claim, read without them.
  return [...(opening && !enumerator(text.slice(opening.start, opening.end)) ? [piece('remark', opening)] : []), piece('claim', span, span.start === trimmed.start && span.end === trimmed.end ? q : read(span)), ...(closing ? [piece('remark', closing)] : [])];
}

/**
 * « C est SG ?? non il est adjoint… », "No, it was in Y": a yes or no that opens a clause, right after a question
 * or before a comma, is the writer's answer, not part of the claim. ("No UN official came…": a determiner, kept.)
 */
function reply(text: string, clause: Span, afterQuestion: boolean, lexicon: Lexicon): Span | undefined {
  const said = text.slice(clause.start, clause.end);
  const m = /^[\s,;:.!…\-–—]*(\p{L}+)(\s*[,.!…;:]+)?\s+\S/u.exec(said);
  // (« Non c'était à Y » opening the message: a reply that is never a determiner needs no comma.)
  const opensMessage = text.slice(0, clause.start).trim() === '' && grammarOf(lexicon).bareReplies.has(fold(m?.[1] ?? ''));
  if (!m?.[1] || (!afterQuestion && !m[2] && !opensMessage) || !grammarOf(lexicon).replies.has(fold(m[1]))) return undefined;
  const start = clause.start + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/** A clause read with the one before, less an aside that ends it ("…, et aussi de la Libye apparemment"). */
function goesOn(text: string, span: Span, q: Query, piece: (kind: PieceKind, span: Span, query?: Query) => Piece): Piece[] {
  const { terms } = q.reading;
  const said = terms.filter((t) => t.kind !== 'function' && !(t.kind === 'marker' && t.marker === 'filler')).at(-1);
  const aside = said ? terms.filter((t) => t.start >= said.end) : [];
  const tokens = tokenSpans(text, span.start, q.reading.raw);
  // (…ending on its last word: a flag or an emoji after it, "…to the Kingdom 🇲🇦", is no part of it.)
  if (!said || !aside.some((t) => t.kind === 'marker' && t.marker === 'filler')) return [piece('claim', { ...span, end: Math.min(span.end, tokens.at(-1)?.end ?? span.end) }, q)];
  const cut = tokens[said.end - 1]?.end ?? span.end;
  const rest = trim(text, { start: cut, end: span.end });
  return [piece('claim', { ...span, end: cut }, q), ...(rest ? [piece('remark', rest)] : [])];
}

/** A list item's number alone ("1)", "2."): neither said nor set aside. */
function enumerator(text: string): boolean {
  return /^\d{1,2}[.)]?$/.test(text.trim());
}

/**
 * A question mark, a question word that asks, or a question's opening ("did…", "est-ce que…") before
 * anything else: "B is the new…" opens with a name, and is a statement.
 */
function asks(q: Query, lexicon: Lexicon): boolean {
  if (q.reading.endsWithQuestionMark) return true;
  const first = q.reading.terms.find((t) => !(t.kind === 'function' || (t.kind === 'marker' && t.marker === 'filler')));
  if (!first) return false;
  // "who met A" asks; "A, qui est le patron…" does not.
  // (« Quand A a reçu B à X, ils ont parlé de… »: a clause of time up front, then what happened, with no question mark.)
  const whenFirst = Object.values(lexicon.languages).some((l) => l.whenWords.has(q.reading.tokens[first.start] ?? ''));
  if (whenFirst && first.start === 0 && q.reading.clauses.length > 1 && !/\?/.test(q.reading.text)) return false;
  // (« le rôle du K au Z est important »: a word that asks, after an article, is a noun.)
  const noun = first.kind === 'cue' && grammarOf(lexicon).articles.has(q.reading.tokens[first.start - 1] ?? '');
  if (q.interrogative && (q.reading.wh[first.start] || (first.kind === 'cue' && !noun))) return true;
  // ("Il paraît que…", "apparently…": hearsay opens a claim; only a one-word opening asks without a question mark.)
  return isQuestion(q) && first.kind === 'marker' && (first.marker === 'opener' || first.marker === 'inversion') && first.end - first.start === 1;
}

/** "Someone asked where the X meeting was", « il a demandé où… »: a verb of asking, then a question word: a question reported, not a claim. */
function reportsQuestion(q: Query, lexicon: Lexicon): boolean {
  const { asking } = grammarOf(lexicon);
  const { tokens, wh } = q.reading;
  return tokens.some((t, i) => asking.has(t) && wh[i + 1] === true);
}

/** Says something the coverage could bear on: someone doing something, a name said of someone, a place, a day, a thing more specific than the articles name. */
function isClaim(q: Query, verb: boolean): boolean {
  const c = q.claim;
  // ("OSN ça veut dire …": what a short name stands for is said of it, verb or none.)
  if (c.expansion) return true;
  // "B", "@here A": a name alone says nothing of it.
  const nameOnly = !verb && !c.same && !c.order && c.predicates.length + c.titles.length + c.identities.length + c.affiliations.length + c.places.length + c.notPlaces.length + c.unknownPlaces.length + c.dates.length + c.events.length + c.meetings.length + c.topics.length + c.narrower.length + c.counts.length + c.issuers.length + (c.unknownIssuers?.length ?? 0) + (c.ordinals?.length ?? 0) + (c.placedIn?.length ?? 0) === 0;
  if (nameOnly) return false;
  // ("…, ça c'est C", "that's C": a pronoun, a verb to be and a name, which the clause alone does not say of what: no claim
  // of its own. Read as "the meeting", it confirmed any name in any meeting.)
  if (pointsAtSomeone(q) && c.predicates.length + c.titles.length + c.identities.length === 0) return false;
  // ("that's the gist of the X piece", « c'est le résumé de l'article de X »: a word about the coverage said of an article, nothing of the news.)
  const ofTheArticle = (c.generic.has('article') || c.generic.has('document')) && q.reading.cues.length > 0 && c.participants.length + c.predicates.length + c.topics.length + c.dates.length + c.events.length + c.titles.length + c.counts.length + c.issuers.length + (c.unknownIssuers?.length ?? 0) === 0;
  if (ofTheArticle) return false;
  // "he's Russian", "it lasted about 30 minutes": said of whoever or whatever the claim before is about.
  const aboutSomeone = q.pronouns.size > 0 && c.topics.length + c.titles.length + q.reading.terms.filter((t) => t.kind === 'number').length > 0;
  // (« …, même semaine »: the meetings meant, said to share a week.)
  // (« selon A, il faut… »: words given as someone's say something of them.)
  const said = (c.same || c.order || ((c.source || c.attributedTo?.length) && c.topics.length) ? 1 : 0) + (c.figures?.length ?? 0) + c.narrower.length + c.places.length + c.unknownPlaces.length + c.dates.length + c.notPlaces.length + c.editions.length + (c.ordinals?.length ?? 0) + c.counts.length + c.issuers.length + (c.unknownIssuers?.length ?? 0) + (c.placedIn?.length ?? 0) > 0;
  // "Un accord a été signé": a verb and something it is said of; "c'est une bonne nouvelle" has no verb the reader knows.
  const stated = verb && (c.topics.some((t) => t.kind !== 'word' || c.predicates.length > 0) || c.generic.size > 0);
  // « Attendez, … », "Wait, …": a verb said of no one and nothing is no claim (an imperative, an aside).
  const bareVerb = q.reading.terms.every((t) => t.kind === 'predicate' || t.kind === 'function' || (t.kind === 'marker' && (t.marker === 'filler' || t.marker === 'tag' || t.marker === 'opener')));
  if (bareVerb) return false;
  // "Big day in Y!!": a place, with no one, nothing done and no when, is a cheer, not a claim (a clause that goes on from one is read elsewhere).
  const placeOnly = !verb && !c.rank && !c.order && c.places.length > 0 && c.participants.length + c.titles.length + c.identities.length + c.affiliations.length + c.dates.length + c.events.length + c.meetings.length + c.topics.length + c.narrower.length + c.counts.length + c.editions.length + c.generic.size + q.pronouns.size === 0;
  if (placeOnly) return false;
  return hasSubstance(q) || aboutSomeone || said || stated || (c.topics.length > 0 && c.predicates.length > 0);
}

const ANCHORS = new Set<Reading['terms'][number]['kind']>(['entity', 'pronoun', 'predicate', 'date', 'number', 'title', 'narrower', 'concept']);

/** The first and last token that are more than grammar and asides. */
function contentRange(reading: Reading, lexicon: Lexicon): { first: number; last: number } | undefined {
  const content = reading.terms.filter((t) => t.kind !== 'function' && !(t.kind === 'marker' && (t.marker === 'filler' || t.marker === 'tag')));
  const said = content.at(-1);
  // ("…discussed Z mostly", « …du Z uniquement »: a word that says how much, right after, is the claim's own.)
  const own = lexicon.languages[reading.language];
  // (So is "the same", « la même chose », after a verb: what was said, the clause before's.)
  // (…and "too", « aussi »: "B was there too" puts B with those of the clause before.)
  const qualifiers = said ? [own.mainly, own.exclusive, own.firstTime, own.additive, ...(said.kind === 'predicate' ? [own.sameSaid] : [])].flatMap((m) => m.all(reading.tokens)) : [];
  let last = said;
  for (let q = qualifiers.find((m) => last && m.start === last.end); q && last; q = qualifiers.find((m) => last && m.start === last.end)) last = { ...last, end: q.end };
  // The claim proper begins with something said: a name, a pronoun, a verb, a date, an idea ("hey guys, U P chief…").
  const first = content.find((t) => ANCHORS.has(t.kind));
  if (!first || !last) return undefined;
  // A leading aside is cut off only when it holds one ("salut", "btw"), not "the" or "le"; the claim starts
  // right after it ("So the X meeting…"), past whom it greets ("hey guys, …").
  const lead = reading.terms.filter((t) => t.end <= first.start);
  // ("Selon le communiqué, A…", "According to the statement, …": a document named before a comma is where the claim comes from.)
  const attribution = reading.clauses.includes(first.start) && lead.some((t) => t.kind === 'generic' && (t.what === 'document' || t.what === 'article')) && lead.every((t) => t.kind === 'function' || t.kind === 'generic' || (t.kind === 'marker' && t.marker === 'filler'));
  if (attribution) return { first: first.start, last: last.end - 1 };
  // (So is an attribution of several words, "D'après l'article", "the article says": where the claim comes from.)
  // ("Didn't say anything about…", "Not true that…": an opening that denies, or is denied, is the claim's own verb, no aside.)
  const isNegation = (w: string | undefined) => w !== undefined && Object.values(lexicon.languages).some((l) => l.negations.has(w));
  const denies = (t: { start: number; end: number }) => reading.tokens.slice(Math.max(0, t.start - 1), t.end).some(isNegation);
  // ("I don't think…", « je (ne) crois pas que… »: a hedge denied denies what follows, and stays with it; "I didn't know" is an aside.)
  const deniedHedge = (t: { start: number; end: number }) => !reading.tokens.slice(t.start, t.end).some(isNegation) && (isNegation(reading.tokens[t.start - 1]) || isNegation(reading.tokens[t.end]));
  const lastAside = lead.findLastIndex((t) => t.kind === 'marker' && ((t.marker === 'filler' && !deniedHedge(t)) || (t.marker === 'opener' && t.end - t.start > 1 && !denies(t))));
  if (lastAside < 0) return { first: 0, last: last.end - 1 };
  // (…and past one word the greeting ends on before a comma: "hi all, …".)
  const greeted = (t: (typeof lead)[number]) => (t.kind === 'marker' || t.kind === 'function') && t.end - t.start === 1 && reading.clauses.includes(t.end) && t.start === (lead[lastAside]?.end ?? -1);
  const after = lead.slice(lastAside + 1).find((t) => !(t.kind === 'generic' && t.what === 'person') && !greeted(t));
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

/**
 * "the U should learn from K", « l'U devrait… »: what ought to be is the writer's judgement, unless someone is
 * said to have said or thought it: a verb before it ("C said K should…"), someone named with words between
 * him and it ("C thinks K should…", where "C should…" judges C) or a clause that goes on from one ("…, and
 * that they should…").
 */
function writersJudgement(q: Query, kb: KnowledgeBase, lexicon: Lexicon): boolean {
  const { raw, tokens, terms } = q.reading;
  const modal = lexicon.languages[q.reading.language].modalJudgements.all(raw.map((w) => fold(w)))[0];
  if (!modal) return false;
  const verbBefore = terms.some((t) => t.kind === 'predicate' && t.end <= modal.start);
  const someoneThinks = terms.some((t) => t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'person' && t.end < modal.start - 1);
  return !verbBefore && !someoneThinks && !grammarOf(lexicon).complementizers.has(tokens[0] ?? '');
}
