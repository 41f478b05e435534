// The shapes of the two parts around a candidate cut, that the table of cases in
// clauses.ts decides on: what a part opens with, ends with, or is made of.
import { inCoverage } from '../knowledge/indexes.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { firstContent, hasVerb, isBe } from './clauses.js';
import type { Query } from './frame.js';
import { grammarOf, type Lexicon } from './lexicon.js';
import type { Term } from './read.js';

/** "the X one", « celle de X »: a word standing for the noun said before, among the first words. */
export function opensWithAnaphora(q: Query, lexicon: Lexicon, kb: KnowledgeBase): boolean {
  const anaphora = grammarOf(lexicon).nounAnaphora;
  const at = q.reading.tokens.slice(0, 3).findIndex((w) => anaphora.has(w));
  // (Next to a place: "one from the U P" is one of the people, not the meeting.)
  return at >= 0 && q.reading.terms.some((t) => t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'place' && (t.end === at || (t.start > at && t.start - at <= 2)));
}

/** A label before a colon: no one, nothing done, no day ("TL;DR", "Petit résumé pour ceux qui ont raté"). */
export function isHeading(q: Query): boolean {
  return isRecap(q) || !q.reading.terms.some((t) => t.kind === 'entity' || t.kind === 'predicate' || t.kind === 'title' || t.kind === 'pronoun' || (t.kind === 'date' && (t.date.day !== undefined || t.date.month !== undefined)));
}

/** "Quick recap of the X one:", "recap for the channel:": a request for a summary, with nothing done in it, labels what follows. */
export function isRecap(q: Query): boolean {
  return (q.reading.intentScores.get('summary') ?? 0) >= 3 && !q.reading.terms.some((t) => t.kind === 'predicate');
}

/** "Venue", "Date", "Meeting venue": the name of what the value after the colon gives, and nothing else. */
export function isLabel(q: Query, lexicon: Lexicon): boolean {
  // ("c'est le titre : …" says what follows is; it labels nothing.)
  if (q.reading.tokens.some((w) => grammarOf(lexicon).copula.has(w))) return false;
  const content = contentOf(q);
  return content.length > 0 && content.length <= 3 && content.every((t) => t.kind === 'cue' || t.kind === 'generic');
}

/**
 * A verbless note of one meeting: a name and when or where ("A on 25 Nov", "mardi A à X"),
 * or a meeting named by its place and when ("X meeting Tuesday 25 November").
 */
export function isFragment(q: Query, kb: KnowledgeBase): boolean {
  const c = q.claim;
  const people = c.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person');
  const byPlace = people.length === 0 && c.dates.length > 0 && (c.meetings.length === 1 || (c.generic.has('meeting') && c.places.length === 1));
  return !c.predicates.length && (people.length === 1 || byPlace) && c.dates.length + c.places.length + c.unknownPlaces.length > 0;
}

/** Terms that make a part more than a remark. */
export const ANCHORS = new Set<Term['kind']>(['entity', 'pronoun', 'predicate', 'date', 'number', 'title', 'narrower', 'concept', 'generic']);

/** "A said", "selon le communiqué": who said it, and nothing said. */
export function isAttribution(q: Query, kb: KnowledgeBase): boolean {
  const c = q.claim;
  const speech = c.predicates.length > 0 && c.predicates.every((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'content'));
  // ("…, the meeting was requested by the U SG": said of the meeting, a claim of its own; so is "…, A said nothing".)
  return speech && !q.negated && !c.ofMeeting && !c.generic.has('meeting') && c.participants.length <= 1 && c.topics.length + c.places.length + c.dates.length + c.events.length + c.narrower.length === 0;
}

/** Opens with "only", « uniquement »: what the clause before said, said to be all there was. */
export function opensExclusive(q: Query, lexicon: Lexicon): boolean {
  const phrase = openingOf(q, lexicon, 'exclusive');
  // (What "only" restricts comes next: a preposition, a name, an idea — not a verb, "…and just dropped by".)
  const next = phrase && q.reading.terms.find((t) => t.start === phrase.end);
  return next !== undefined && (next.kind === 'function' || next.kind === 'entity' || next.kind === 'concept');
}

/** Opens with "including", "notamment": more of the same, some of which may not be said. */
export function opensIncluding(q: Query, lexicon: Lexicon): boolean {
  return opensWithOneOf(q, lexicon, 'including');
}

/** Whether one of a language's phrases stands first, past the fillers. */
function opensWithOneOf(q: Query, lexicon: Lexicon, phrases: 'including' | 'additive' | 'exclusive'): boolean {
  return openingOf(q, lexicon, phrases) !== undefined;
}

/** The phrase of that list that stands first, past the fillers. */
function openingOf(q: Query, lexicon: Lexicon, phrases: 'including' | 'additive' | 'exclusive'): { start: number; end: number } | undefined {
  const skipped = q.reading.terms.find((t) => !(t.kind === 'marker' && t.marker === 'filler'))?.start ?? 0;
  for (const l of Object.values(lexicon.languages)) {
    const found = l[phrases].all(q.reading.tokens).find((m) => m.start <= skipped);
    if (found) return found;
  }
  return undefined;
}

/** « …, et aussi de la Libye », "and also Yemen": "also" at the head of what follows a clause about what was said adds one more to it. */
export function addsToWhatWasSaid(left: Query, right: Query, lexicon: Lexicon, kb: KnowledgeBase): boolean {
  const saidBefore = left.claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'content'));
  return saidBefore && opensWithOneOf(right, lexicon, 'additive');
}

/** ", selon le communiqué de l'U", "per the U statement": where what came before comes from, and whose it is. */
export function namesSource(q: Query): boolean {
  const { claim, reading } = q;
  const documents = reading.terms.some((t) => t.kind === 'generic' && (t.what === 'document' || t.what === 'article'));
  return documents && claim.issuers.length + (claim.unknownIssuers?.length ?? 0) > 0 && reading.terms.every((t) => t.kind === 'function' || t.kind === 'generic' || t.kind === 'title' || (t.kind === 'entity' && claim.issuers.includes(t.entity)));
}

/** ", nothing else (on the table)", « , rien d'autre »: "only", said again of the clause before. */
export function saysOnlyAgain(q: Query, lexicon: Lexicon): boolean {
  const only = Object.values(lexicon.languages).flatMap((l) => l.exclusive.all(q.reading.tokens));
  const first = firstContent(q);
  // (Its "nothing", « rien »: not "tout simplement", a manner of speaking.)
  const denies = q.reading.terms.filter((t) => t.kind === 'negation');
  return first !== undefined && denies.length > 0 && denies.every((n) => only.some((m) => m.start <= n.start && n.end <= m.end)) && only.some((m) => m.start <= first.start && first.start < m.end) && !hasVerb(q, lexicon) && !q.reading.terms.some((t) => t.kind === 'entity' || t.kind === 'concept');
}

/** "La rencontre avec B", "the X meeting": a meeting named, which a pronoun after it may stand for. */
export function namesMeeting(q: Query): boolean {
  return q.reading.terms.some((t) => (t.kind === 'generic' || t.kind === 'pronoun') && t.what === 'meeting') || q.claim.meetings.length > 0;
}

/** "c'était…", "it was…": the clause opens with a pronoun for a meeting and its "is" (not « la rencontre »). */
export function opensWithMeetingPronoun(q: Query, lexicon: Lexicon): boolean {
  const first = firstContent(q);
  const copula = grammarOf(lexicon).copula;
  return first?.kind === 'pronoun' && first.what === 'meeting' && q.reading.tokens.slice(first.start, first.end).some((w) => copula.has(w));
}

/** "…in peacekeeping missions", ", in Z I think": opens (past a filler) with a word that says where. */
export function opensWithLocative(q: Query, lexicon: Lexicon): boolean {
  const first = q.reading.terms.find((t) => !(t.kind === 'marker' && t.marker === 'filler'));
  return first !== undefined && Object.values(lexicon.languages).some((l) => l.locatives.has(q.reading.tokens[first.start] ?? ''));
}

/**
 * ", in Casablanca I think": a place no article names, after its preposition, and nothing else said: where the
 * clause before happened (merged with it, the name would read as a cheer's).
 */
export function placeAlone(q: Query, lexicon: Lexicon, kb: KnowledgeBase): boolean {
  const { claim, reading } = q;
  // (A city the knowledge knows but no meeting is at and no fact names is as far from the coverage as one it does not know.)
  const elsewhere = claim.places.length > 0 && claim.places.every((p) => !inCoverage(kb, p.entity));
  const named = (claim.unknownPlaces.length > 0 && claim.places.length === 0) || elsewhere;
  return opensWithLocative(q, lexicon) && named && claim.venues.length === 0 && !reading.terms.some((t) => t.kind === 'predicate' || t.kind === 'pronoun');
}

/** The clause's terms past grammar words and fillers. */
function contentOf(q: Query): Query['reading']['terms'] {
  return q.reading.terms.filter((t) => t.kind !== 'function' && !(t.kind === 'marker' && t.marker === 'filler'));
}

/** Something said, and each thing said of this shape. */
function onlyOf(q: Query, shape: (t: Query['reading']['terms'][number]) => boolean): boolean {
  const content = contentOf(q);
  return content.length > 0 && content.every(shape);
}

/** Words the reader does not know and the coverage never uses, and nothing else ("…and yemen"); `named`: capitalised ("…and Yemen"). */
export function unknownName(q: Query, named = true): boolean {
  return onlyOf(q, (t) => t.kind === 'word' && (!named || /^\p{Lu}/u.test(t.surface)) && !t.inCoverage);
}

/** A place and nothing else: « …, à Y si je me souviens bien ». */
export function onlyAPlace(q: Query, kb: KnowledgeBase): boolean {
  return onlyOf(q, (t) => t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'place');
}

/** "…and C together", « … et C dans la même réunion »: what is said of all the names joined, not of the last alone. */
export function saysTogether(q: Query): boolean {
  return q.reading.terms.some((t) => t.kind === 'marker' && (t.marker === 'reciprocal' || t.marker.startsWith('same_')));
}

/** ": deux gros postes onusiens": words said of what came before, with no one, nowhere, no day and no deed of their own. */
export function describesOnly(q: Query, kb: KnowledgeBase): boolean {
  const terms = q.reading.terms.filter((t) => t.kind !== 'function');
  const said = (t: (typeof terms)[number]) => t.kind === 'date' || t.kind === 'predicate' || t.kind === 'title' || t.kind === 'concept' || (t.kind === 'entity' && kb.entities.get(t.entity)?.type !== 'organisation');
  return terms.length > 0 && !terms.some(said);
}

/**
 * "kudos to the P", « bravo la P »: a judgement of someone named, set aside apart from the claim beside it. (A bare
 * "yeah right", « ouais bien sûr », mocks the whole sentence: the sentence is the opinion.)
 */
export function isOpinion(q: Query): boolean {
  return q.reading.terms.some((t) => t.kind === 'marker' && t.marker === 'opinion') && q.reading.terms.some((t) => t.kind === 'entity');
}

/** « … et exemplaire »: after "and", words in lower case and nothing else, one more thing said of the same. */
export function describesMore(q: Query): boolean {
  const content = q.reading.terms.filter((t) => t.kind !== 'function');
  return content.length > 0 && content.every((t) => t.kind === 'word' && !/^\p{Lu}/u.test(t.surface));
}

/** "Both C", « Et C » before "and": people named, perhaps with "both", and nothing else, the start of a subject. */
export function subjectsOnly(q: Query, kb: KnowledgeBase): boolean {
  const content = contentOf(q);
  const names = content.filter((t) => t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'person');
  return names.length > 0 && content.every((t) => names.includes(t) || ((t.kind === 'marker' || t.kind === 'pronoun') && t.end <= (names[0]?.start ?? 0)));
}

/** "A et B": names of people and nothing else, as after "the two officials," (who they are). */
/** "…between A", « …entre A »: the clause ends on a name after a word of two sides, whose other side follows. */
export function endsBetween(q: Query, lexicon: Lexicon): boolean {
  const grammar = grammarOf(lexicon);
  const last = q.reading.terms.filter((t) => t.kind !== 'function').at(-1);
  const { tokens } = q.reading;
  return last?.kind === 'entity' && [tokens[last.start - 1], tokens[last.start - 2]].some((w) => grammar.spanWords.has(w ?? ''));
}

export function namesOnly(q: Query, kb: KnowledgeBase): boolean {
  const content = q.reading.terms.filter((t) => t.kind !== 'function');
  return content.length > 0 && content.every((t) => t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'person');
}

/** "tous les deux en novembre", "both were U officials": what is said of all of those before. */
export function opensUniversal(q: Query, lexicon: Lexicon): boolean {
  const first = firstContent(q);
  return first !== undefined && Object.values(lexicon.languages).some((l) => l.universal.all(q.reading.tokens).some((m) => m.start === first.start));
}

/** "…and was received by A", "…et a été reçu par…", "…and flew to X": a verb or its auxiliary first, its subject left unsaid, in a statement. */
/** "the first in X", « la première à X »: a rank first, standing for one of the meetings said before. */
export function opensWithRank(q: Query): boolean {
  const first = firstContent(q);
  return first?.kind === 'marker' && (first.marker === 'first' || first.marker === 'last');
}

/** « …, a souligné le chef de la P » : a verb of saying followed by who said it, an attribution of what came before. */
export function saysWhoSaid(q: Query, kb: KnowledgeBase): boolean {
  const verb = q.reading.terms.find((t) => t.kind === 'predicate');
  const saying = verb?.kind === 'predicate' && verb.predicates.some((id) => kb.predicates.get(id)?.kind === 'content');
  return saying && q.reading.terms.some((t) => t.start >= verb.end && t.start - verb.end <= 2 && (t.kind === 'title' || (t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'person')));
}

export function opensWithAuxiliary(q: Query, lexicon: Lexicon): boolean {
  // ("…and then flew to X": a word of sequence first, then the verb; "…pour parler de…" is a purpose, not a verb of its own.)
  // (« …, a reçu B »: the auxiliary, read as a word of grammar, before the verb.)
  const auxiliary = grammarOf(lexicon).auxiliary;
  const first = q.reading.terms.find((t) => !(t.kind === 'marker' && (t.marker === 'filler' || t.marker === 'then')) && !(t.kind === 'function' && t.end - t.start === 1 && auxiliary.has(q.reading.tokens[t.start] ?? '')));
  if (q.reading.endsWithQuestionMark || !q.reading.terms.some((t) => t.kind === 'predicate')) return false;
  // (An opener of one word, "did", "is": not "the headline says", which opens a claim of its own.)
  return first?.kind === 'predicate' || (first?.kind === 'marker' && ((first.marker === 'opener' && first.end - first.start === 1) || first.marker === 'passive' || first.marker === 'inversion'));
}

/** « reçu à Y », "received in Y": a clause that opens with a past participle of a verb the knowledge knows, no auxiliary before it. */
export function opensWithParticiple(q: Query, lexicon: Lexicon): boolean {
  const first = q.reading.terms.find((t) => !(t.kind === 'marker' && t.marker === 'filler'));
  return !q.reading.endsWithQuestionMark && first?.kind === 'predicate' && first.start === 0 && grammarOf(lexicon).isParticiple(q.reading.raw[first.start] ?? '');
}

/** Who the clause is about: the name or pronoun it opens with, or the first person it names before its verb. */
export function subjectOf(q: Query): string | undefined {
  const first = firstContent(q);
  if (first && (first.kind === 'entity' || first.kind === 'pronoun')) return first.surface;
  const verb = q.reading.terms.find((t) => t.kind === 'predicate' || (t.kind === 'marker' && (t.marker === 'opener' || t.marker === 'passive')));
  return q.claim.participants.find((p) => p.type === 'person' && (verb === undefined || p.end <= verb.start))?.surface;
}

/** Begins with who or what it is about, not with a verb or a relative "qui", "which". */
export function opensWithSubject(q: Query): boolean {
  const first = firstContent(q);
  // ("…, 2000 policiers sont…": a number before a name or an idea counts the subject; "six days before…" is a span.)
  const counting = first?.kind === 'number' && q.reading.terms.some((t) => t.start === first.end && ['entity', 'generic', 'title', 'concept', 'narrower'].includes(t.kind));
  return first !== undefined && !q.reading.wh[first.start] && (counting || ['entity', 'pronoun', 'generic', 'title', 'concept', 'narrower', 'date', 'word'].includes(first.kind));
}

/**
 * "…, C isn't", « …, C non », "C did too": one name, then a bare verb, a "no" or a tag, nothing said of it;
 * every word read. What the clause before said, said again of that name (not a claim that C is in the articles).
 */
export function echoes(q: Query, lexicon?: Lexicon): boolean {
  const { terms, tokens } = q.reading;
  // ("…, and C too", « …, et C aussi »: a name and a word that says "as well" say the clause before again, of that name.)
  const also = lexicon !== undefined && Object.values(lexicon.languages).some((l) => l.additive.all(tokens).some((m) => terms.some((t) => t.kind === 'entity' && t.end <= m.start && q.claim.participants.some((p) => p.entity === t.entity && p.type === 'person'))));
  const names = terms.filter((t) => t.kind === 'entity');
  const bare = (t: Term) => t.kind === 'negation' || (t.kind === 'marker' && (t.marker === 'opener' || t.marker === 'tag' || t.marker === 'inversion' || t.marker === 'passive'));
  const quiet = (t: Term) => bare(t) || t.kind === 'function' || (t.kind === 'marker' && t.marker === 'filler');
  const read = tokens.every((_, i) => terms.some((t) => t.start <= i && i < t.end));
  // (Not "…, pas C", "…, not C": a name denied after its negation sets it against the clause before.)
  const name = names[0];
  return name !== undefined && names.length === 1 && read && terms.every((t) => t === name || quiet(t)) && (also || terms.some((t) => bare(t) && t.start > name.start));
}

/** "that's C", « ça c'est C »: words of grammar, then one person by name (not by a post), and nothing else. */
export function pointsAtSomeone(q: Query): boolean {
  const { terms } = q.reading;
  const last = terms.at(-1);
  const byName = last?.kind === 'entity' && q.claim.participants.some((p) => p.entity === last.entity && p.type === 'person' && p.via !== 'role');
  return byName && terms.some((t) => t.kind === 'pronoun') && terms.slice(0, -1).every((t) => t.kind === 'function' || t.kind === 'pronoun');
}

/** "25 nov": a day, and nothing else said. */
export function dayAlone(q: Query): boolean {
  const c = q.claim;
  return c.dates.length === 1 && c.dates[0]?.day !== undefined && c.places.length + c.topics.length + c.predicates.length + c.participants.length + c.events.length + c.meetings.length === 0;
}

/** "on monday", "le 25": one day, by its date or its weekday, and nothing else said. */
export function whenAlone(q: Query): boolean {
  const c = q.claim;
  return c.dates.length === 1 && c.places.length + c.unknownPlaces.length + c.topics.length + c.predicates.length + c.participants.length + c.events.length + c.meetings.length === 0;
}

/** "X on Nov 25": a place and a day, and nothing else said. */
export function placeAndDay(q: Query, kb: KnowledgeBase): boolean {
  const c = q.claim;
  // (A place with no "in" before it is read as a topic.)
  const places = [...c.places, ...c.topics.filter((t) => t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'place')];
  return places.length === 1 && c.places.length + c.topics.length === 1 && c.dates.length === 1 && c.predicates.length + c.participants.length + c.events.length + c.meetings.length === 0;
}

/** "c'était B", "it was the P chief": a pronoun and its verb, then one person, by name or by post, and nothing else. */
export function namesSomeoneInstead(q: Query, kb: KnowledgeBase, lexicon: Lexicon): boolean {
  const terms = q.reading.terms.filter((t) => t.kind !== 'function');
  const [first, ...rest] = terms;
  const people = new Set(rest.map((t) => (t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'person' ? t.entity : '')));
  // (The pronoun with its verb, or right before it: not « …, la rencontre avec B », which names a meeting.)
  const saysIs = first !== undefined && q.reading.tokens.slice(first.start, first.end + 1).some((w) => isBe(w, lexicon));
  return first?.kind === 'pronoun' && saysIs && rest.length > 0 && people.size === 1 && !people.has('');
}

/** Every verb of the clause comes after a relative pronoun (« qui », "which") that follows something it names. */
export function verbOnlyInRelative(q: Query, lexicon: Lexicon): boolean {
  const relative = q.reading.tokens.findIndex((w, i) => i > 0 && grammarOf(lexicon).relative.has(w));
  return relative > 0 && q.claim.predicates.length > 0 && q.reading.terms.every((t) => t.kind !== 'predicate' || t.start > relative);
}
