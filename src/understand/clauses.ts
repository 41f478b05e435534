// Where a message's sentences and clauses stand. A sentence (wink-nlp) is
// cut into clauses at its joiners ("et", "but", "alors que") and its commas,
// semicolons and emoji, when what comes before and after each say something
// of their own. The decision at each cut is one table, read top to bottom.
import type { KnowledgeBase } from '../knowledge/types.js';
import { sentences } from '../language/normalize.js';
import { deniedOfTalks, isElliptical, namesSomeoneNew, opensNegated } from './ellipsis.js';
import { endsWithPerson, namesAPost } from './apposition.js';
import type { Query } from './frame.js';
import { grammarOf, type Lexicon } from './lexicon.js';
import type { Term } from './read.js';

export interface Span {
  start: number;
  end: number;
  /** Says only what differs from the clause before it: completed from it. */
  continues?: boolean;
  /** "…, including C": one more of what the clause before names; all else it said holds of it too. */
  adds?: boolean;
  /** After "then", « puis »: what it says came after what the clause before said. */
  after?: boolean;
  /** A relative clause ("…the assembly, which is held in X"): read as said of the name before it. */
  readAs?: string;
  /** A label before a colon ("Recap rapide :"): a remark. */
  heading?: boolean;
}

export type Read = (span: Span) => Query;

/** Each line's sentences, where they stand in the text; a sentence cut after an abbreviation ("incl.") is mended. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let cursor = lineStart;
    if (line.trim()) {
      for (const s of sentences(line)) {
        const at = text.indexOf(s, cursor);
        if (at < 0) continue;
        const last = spans.at(-1);
        // "…hotspots incl. the <a region>": a short word's full stop, then a lower-case word, ends no sentence.
        if (last && last.start >= lineStart && /(^|[^\p{L}])\p{L}{1,4}\.$/u.test(text.slice(last.start, last.end)) && /^\p{Ll}/u.test(s)) last.end = at + s.length;
        else spans.push({ start: at, end: at + s.length });
        cursor = at + s.length;
      }
    }
    lineStart += line.length + 1;
  }
  return spans;
}

/** Where each token the reader saw stands in the text: tokens come in order, as typed. */
export function tokenSpans(text: string, base: number, raw: readonly string[]): Span[] {
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

/** A verb the knowledge knows ("met", "a reçu"), or "is", "était", "a été" after what it is said of. */
export function hasVerb(q: Query, lexicon: Lexicon): boolean {
  if (q.claim.predicates.length) return true;
  const { copula, futureAuxiliary, isInfinitive } = grammarOf(lexicon);
  // "le K va envoyer": an auxiliary of the near future before an infinitive.
  if (q.reading.tokens.some((w, i) => futureAuxiliary.has(w) && q.reading.tokens.slice(i + 1, i + 4).some((x) => isInfinitive(x)))) return true;
  const verb = (w: string) => copula.has(w) || Object.values(lexicon.languages).some((l) => l.passive.has(w));
  const subject = q.reading.terms.find((t) => SUBJECTS.has(t.kind));
  return subject !== undefined && q.reading.tokens.slice(subject.end).some(verb);
}

const SUBJECTS = new Set<Term['kind']>(['entity', 'date', 'generic', 'pronoun', 'concept']);

/** The first term that is more than grammar and greetings. */
export function firstContent(q: Query): Term | undefined {
  return q.reading.terms.find((t) => !(t.kind === 'function' || (t.kind === 'marker' && t.marker === 'filler')));
}

/** A clause of its own: a verb, a title or a name said of someone, or a subject pronoun with words after it. */
export function standsAlone(q: Query, lexicon: Lexicon): boolean {
  const { claim, reading } = q;
  if (hasVerb(q, lexicon) || claim.titles.length + claim.identities.length + (claim.unknownIssuers?.length ?? 0) > 0) return true;
  const first = firstContent(q);
  if (first?.kind === 'pronoun') return reading.terms.some((t) => t.start > first.start && t.kind !== 'function' && t.kind !== 'marker');
  // ("…, and K already commands two of them": a name, a word the reader reads as no term or only as a cue, then what it is said of.)
  const content = reading.terms.filter((t) => first !== undefined && t.start >= first.end && t.kind !== 'function' && t.kind !== 'marker');
  const covered = (i: number) => reading.terms.some((t) => t.start <= i && i < t.end && t.kind !== 'cue');
  const gap = content[0] && reading.tokens.slice(first!.end, content[0].kind === 'cue' ? content[0].end : content[0].start).some((_, k) => !covered(first!.end + k));
  return first?.kind === 'entity' && gap === true && content.some((t) => t.kind !== 'cue');
}

/** What a candidate cut is decided on. */
interface Cut {
  left: Query;
  right: Query;
  /** After a joiner ("and", "mais"), not a bare comma. */
  joined: boolean;
  /** After "including", "notamment". */
  including: boolean;
  /** After a colon: "Recap rapide : …", "Headline today: …". */
  colon: boolean;
  /** The colon ends its line ("My notes from both articles:\n1. …"): what is before it titles the lines after. */
  lineEnd?: boolean;
  /** Before a number that opens a list item: "… 2) la réunion…". */
  enumerated?: boolean;
  /** After "while", « pendant que »: the clause says when the one before happened, and is read with it. */
  temporal?: boolean;
  /** An emoji (read as a semicolon) or a semicolon between the two parts: "…no comments 😂 anyway A met…". */
  emoji?: boolean;
  /** Opens with "which", "qui" right after a name. */
  relative?: { antecedent: string; rest: number };
  lexicon: Lexicon;
  kb: KnowledgeBase;
}

type Decision = 'none' | 'heading' | 'clause' | 'continues' | 'adds' | 'relative' | 'subject' | 'remark';

/** The cases, first match wins. */
const DECISIONS: { when: (c: Cut) => boolean; then: Decision; example: string }[] = [
  { example: 'Venue: <a venue> · Date : 25/11', when: (c) => c.colon && !c.lineEnd && isLabel(c.left, c.lexicon) && !standsAlone(c.right, c.lexicon) && !isFragment(c.right, c.kb), then: 'none' },
  { example: 'Recap rapide : A a vu…', when: (c) => c.colon && (isHeading(c.left) || c.lineEnd === true), then: 'heading' },
  { example: '…B est secrétaire général adjoint : deux gros postes', when: (c) => c.colon && hasVerb(c.left, c.lexicon) && !hasVerb(c.right, c.lexicon) && describesOnly(c.right, c.kb), then: 'remark' },
  { example: '1) c’est O qui a reçu A 2) la réunion…', when: (c) => c.enumerated === true, then: 'clause' },
  { example: '…was received while the assembly was still going on', when: (c) => c.temporal === true, then: 'none' },
  { example: 'A met B and C together · … B et C dans la même réunion', when: (c) => c.joined && saysTogether(c.right), then: 'none' },
  { example: 'the X meeting was between A and B', when: (c) => c.joined && namesOnly(c.right, c.kb) && endsBetween(c.left, c.lexicon), then: 'none' },
  // ("Le chef de la police de l'U c'est C et il est aussi…": one said to be the other is a claim, and what follows its own.)
  { example: 'Both C and B talked about…', when: (c) => c.joined && subjectsOnly(c.left, c.kb) && !(c.left.claim.identities.length > 0 && opensWithSubject(c.right) && hasVerb(c.right, c.lexicon)), then: 'none' },
  { example: 'La rencontre avec B, c’était à X', when: (c) => !hasVerb(c.left, c.lexicon) && !c.left.reading.terms.some((t) => t.kind === 'predicate' || t.kind === 'negation') && namesMeeting(c.left) && !opensWithMeetingPronoun(c.left, c.lexicon) && opensWithMeetingPronoun(c.right, c.lexicon), then: 'none' },
  { example: 'A on 25 Nov, B on 1 Dec', when: (c) => isFragment(c.left, c.kb) && isFragment(c.right, c.kb), then: 'clause' },
  { example: '…B à X, tous les deux en novembre', when: (c) => !c.joined && opensUniversal(c.right, c.lexicon) && c.right.reading.terms.some((t) => ANCHORS.has(t.kind) && t.kind !== 'pronoun'), then: 'clause' },
  { example: 'X (A on the 25th), assembly wraps up on the 27th', when: (c) => !c.joined && !c.colon && isFragment(c.left, c.kb) && standsAlone(c.right, c.lexicon) && opensWithSubject(c.right), then: 'clause' },
  { example: '…but no comments 😂 anyway A met…', when: (c) => c.emoji === true && standsAlone(c.right, c.lexicon) && opensWithSubject(c.right), then: 'clause' },
  { example: '…, selon le communiqué de l’U', when: (c) => !c.joined && namesSource(c.right) && standsAlone(c.left, c.lexicon), then: 'clause' },
  { example: '…about the Z, nothing else', when: (c) => saysOnlyAgain(c.right, c.lexicon), then: 'none' },
  { example: '…et B mardi à X, même semaine', when: (c) => !c.joined && saysTogether(c.right) && !c.right.reading.terms.some((t) => ANCHORS.has(t.kind)), then: 'clause' },
  { example: 'kudos to the P, A met C…', when: (c) => !c.joined && [c.left, c.right].some(isOpinion) && standsAlone(c.left, c.lexicon) !== standsAlone(c.right, c.lexicon), then: 'clause' },
  { example: 'A, patron de O, a reçu…', when: (c) => !standsAlone(c.left, c.lexicon), then: 'none' },
  { example: '…missions, A said, …', when: (c) => isAttribution(c.right, c.kb), then: 'none' },
  { example: 'A a reçu B, chef de la police de l’U', when: (c) => !c.joined && endsWithPerson(c.left, c.kb) && namesAPost(c.right, c.kb), then: 'none' },
  { example: '…<a region> and <a name no article uses>', when: (c) => c.joined && unknownName(c.right), then: 'continues' },
  { example: '…importante et exemplaire', when: (c) => c.joined && describesMore(c.right), then: 'none' },
  { example: '…received B on Monday, in Casablanca I think', when: (c) => !c.joined && standsAlone(c.left, c.lexicon) && placeAlone(c.right, c.lexicon), then: 'continues' },
  { example: '…moins d’une semaine, respect 👏', when: (c) => !c.right.reading.terms.some((t) => ANCHORS.has(t.kind)), then: 'remark' },
  { example: '…les deux responsables de O, A et B', when: (c) => namesOnly(c.right, c.kb) && c.left.claim.generic.has('person') && (!c.joined || c.left.claim.every === true), then: 'none' },
  { example: '…<an event>, which is being held in X', when: (c) => c.relative !== undefined, then: 'relative' },
  { example: 'B was in <a country> and was received by A · …, reçu lundi par A', when: (c) => !c.including && opensWithAuxiliary(c.right, c.lexicon) && !saysWhoSaid(c.right, c.kb) && (c.joined ? subjectOf(c.left) !== undefined : firstContent(c.left)?.kind === 'entity'), then: 'subject' },
  { example: '…, notamment la traite · …, including C', when: (c) => isElliptical(c.right, hasVerb(c.right, c.lexicon)) && (c.including || opensIncluding(c.right, c.lexicon)), then: 'adds' },
  { example: '…Y communiqué came from X and the X one from Y · …à Y le 1er et celle de X le 25', when: (c) => c.joined && !hasVerb(c.right, c.lexicon) && opensWithAnaphora(c.right, c.lexicon, c.kb) && (c.left.claim.meetings.length > 0 || [...c.left.claim.generic].some((g) => g === 'document' || g === 'article' || g === 'meeting')), then: 'continues' },
  {
    example: '…, then B on Dec 1 · …, pas de O',
    when: (c) => isElliptical(c.right, hasVerb(c.right, c.lexicon)) && (opensNegated(c.right) || namesSomeoneNew(c.right.claim, c.left.claim, c.kb)),
    then: 'continues',
  },
  { example: '…in <a country> but not in <a country>', when: (c) => opensNegated(c.right) && c.right.claim.notPlaces.length > 0 && c.right.claim.notPlaces.every((p) => deniedOfTalks(c.left.claim, p.entity, c.kb)), then: 'continues' },
  { example: '…à Y et se termine le 27 · …, he was on a working visit', when: (c) => !c.including && standsAlone(c.right, c.lexicon) && (c.joined || opensWithSubject(c.right)), then: 'clause' },
  { example: '…à moins d’une semaine d’intervalle, la première à X', when: (c) => opensWithRank(c.right) && c.right.claim.places.length + c.right.claim.dates.length > 0, then: 'clause' },
  { example: 'le 25 c’était un mardi et le 1er un lundi', when: (c) => c.joined && isElliptical(c.right, hasVerb(c.right, c.lexicon)) && [c.left, c.right].every((q) => q.claim.dates.some((d) => d.day !== undefined)), then: 'continues' },
  { example: '…de <a region> et de <a country>', when: () => true, then: 'none' },
];

/** "the X one", « celle de X »: a word standing for the noun said before, among the first words. */
function opensWithAnaphora(q: Query, lexicon: Lexicon, kb: KnowledgeBase): boolean {
  const anaphora = grammarOf(lexicon).nounAnaphora;
  const at = q.reading.tokens.slice(0, 3).findIndex((w) => anaphora.has(w));
  // (Next to a place: "one from the U police" is one of the people, not the meeting.)
  return at >= 0 && q.reading.terms.some((t) => t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'place' && (t.end === at || (t.start > at && t.start - at <= 2)));
}

/** A label before a colon: no one, nothing done, no day ("TL;DR", "Petit résumé pour ceux qui ont raté"). */
function isHeading(q: Query): boolean {
  // "Quick recap of the X one:": a request for a summary, with nothing done in it, labels what follows.
  const recap = (q.reading.intentScores.get('summary') ?? 0) >= 3 && !q.reading.terms.some((t) => t.kind === 'predicate');
  return recap || !q.reading.terms.some((t) => t.kind === 'entity' || t.kind === 'predicate' || t.kind === 'title' || t.kind === 'pronoun' || (t.kind === 'date' && (t.date.day !== undefined || t.date.month !== undefined)));
}

/** "Venue", "Date", "Meeting venue": the name of what the value after the colon gives, and nothing else. */
function isLabel(q: Query, lexicon: Lexicon): boolean {
  // ("c'est le titre : …" says what follows is; it labels nothing.)
  if (q.reading.tokens.some((w) => grammarOf(lexicon).copula.has(w))) return false;
  const content = q.reading.terms.filter((t) => t.kind !== 'function' && !(t.kind === 'marker' && t.marker === 'filler'));
  return content.length > 0 && content.length <= 3 && content.every((t) => t.kind === 'cue' || t.kind === 'generic');
}

/**
 * A verbless note of one meeting: a name and when or where ("A on 25 Nov", "mardi A à X"),
 * or a meeting named by its place and when ("X meeting Tuesday 25 November").
 */
function isFragment(q: Query, kb: KnowledgeBase): boolean {
  const c = q.claim;
  const people = c.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person');
  const byPlace = people.length === 0 && c.dates.length > 0 && (c.meetings.length === 1 || (c.generic.has('meeting') && c.places.length === 1));
  return !c.predicates.length && (people.length === 1 || byPlace) && c.dates.length + c.places.length + c.unknownPlaces.length > 0;
}

/** Terms that make a part more than a remark. */
const ANCHORS = new Set<Term['kind']>(['entity', 'pronoun', 'predicate', 'date', 'number', 'title', 'narrower', 'concept', 'generic']);

/** "A said", "selon le communiqué": who said it, and nothing said. */
function isAttribution(q: Query, kb: KnowledgeBase): boolean {
  const c = q.claim;
  const speech = c.predicates.length > 0 && c.predicates.every((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'content'));
  // ("…, the meeting was requested by the U SG": said of the meeting, a claim of its own.)
  return speech && !c.ofMeeting && !c.generic.has('meeting') && c.participants.length <= 1 && c.topics.length + c.places.length + c.dates.length + c.events.length + c.narrower.length === 0;
}

/** Opens with "including", "notamment": more of the same, some of which may not be said. */
function opensIncluding(q: Query, lexicon: Lexicon): boolean {
  const skipped = q.reading.terms.find((t) => !(t.kind === 'marker' && t.marker === 'filler'))?.start ?? 0;
  return Object.values(lexicon.languages).some((l) => l.including.all(q.reading.tokens).some((m) => m.start <= skipped));
}

/** ", selon le communiqué de l'U", "per the U statement": where what came before comes from, and whose it is. */
function namesSource(q: Query): boolean {
  const { claim, reading } = q;
  const documents = reading.terms.some((t) => t.kind === 'generic' && (t.what === 'document' || t.what === 'article'));
  return documents && claim.issuers.length + (claim.unknownIssuers?.length ?? 0) > 0 && reading.terms.every((t) => t.kind === 'function' || t.kind === 'generic' || t.kind === 'title' || (t.kind === 'entity' && claim.issuers.includes(t.entity)));
}

/** ", nothing else (on the table)", « , rien d'autre »: "only", said again of the clause before. */
function saysOnlyAgain(q: Query, lexicon: Lexicon): boolean {
  const only = Object.values(lexicon.languages).flatMap((l) => l.exclusive.all(q.reading.tokens));
  const first = firstContent(q);
  // (Its "nothing", « rien »: not "tout simplement", a manner of speaking.)
  const denies = q.reading.terms.filter((t) => t.kind === 'negation');
  return first !== undefined && denies.length > 0 && denies.every((n) => only.some((m) => m.start <= n.start && n.end <= m.end)) && only.some((m) => m.start <= first.start && first.start < m.end) && !hasVerb(q, lexicon) && !q.reading.terms.some((t) => t.kind === 'entity' || t.kind === 'concept');
}

/** "La rencontre avec B", "the X meeting": a meeting named, which a pronoun after it may stand for. */
function namesMeeting(q: Query): boolean {
  return q.reading.terms.some((t) => (t.kind === 'generic' || t.kind === 'pronoun') && t.what === 'meeting') || q.claim.meetings.length > 0;
}

/** "c'était…", "it was…": the clause opens with a pronoun for a meeting and its "is" (not « la rencontre »). */
function opensWithMeetingPronoun(q: Query, lexicon: Lexicon): boolean {
  const first = firstContent(q);
  const copula = grammarOf(lexicon).copula;
  return first?.kind === 'pronoun' && first.what === 'meeting' && q.reading.tokens.slice(first.start, first.end).some((w) => copula.has(w));
}

/**
 * ", in Casablanca I think": a place no article names, after its preposition, and nothing else said: where the
 * clause before happened (merged with it, the name would read as a cheer's).
 */
function placeAlone(q: Query, lexicon: Lexicon): boolean {
  const { claim, reading } = q;
  const first = reading.terms.find((t) => !(t.kind === 'marker' && t.marker === 'filler'));
  const locative = first !== undefined && Object.values(lexicon.languages).some((l) => l.locatives.has(reading.tokens[first.start] ?? ''));
  return locative && claim.unknownPlaces.length > 0 && claim.places.length + claim.venues.length === 0 && !reading.terms.some((t) => t.kind === 'predicate' || t.kind === 'pronoun');
}

/** "…and Yemen": a name the coverage never uses, and nothing else said: one more of what the clause before lists. */
function unknownName(q: Query): boolean {
  const content = q.reading.terms.filter((t) => t.kind !== 'function' && !(t.kind === 'marker' && t.marker === 'filler'));
  return content.length > 0 && content.every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.surface) && !t.inCoverage);
}

/** "…and C together", « … et C dans la même réunion »: what is said of all the names joined, not of the last alone. */
function saysTogether(q: Query): boolean {
  return q.reading.terms.some((t) => t.kind === 'marker' && (t.marker === 'reciprocal' || t.marker.startsWith('same_')));
}

/** ": deux gros postes onusiens": words said of what came before, with no one, nowhere, no day and no deed of their own. */
function describesOnly(q: Query, kb: KnowledgeBase): boolean {
  const terms = q.reading.terms.filter((t) => t.kind !== 'function');
  const said = (t: (typeof terms)[number]) => t.kind === 'date' || t.kind === 'predicate' || t.kind === 'title' || t.kind === 'concept' || (t.kind === 'entity' && kb.entities.get(t.entity)?.type !== 'organisation');
  return terms.length > 0 && !terms.some(said);
}

/**
 * "kudos to the P", « bravo la P »: a judgement of someone named, set aside apart from the claim beside it. (A bare
 * "yeah right", « ouais bien sûr », mocks the whole sentence: the sentence is the opinion.)
 */
function isOpinion(q: Query): boolean {
  return q.reading.terms.some((t) => t.kind === 'marker' && t.marker === 'opinion') && q.reading.terms.some((t) => t.kind === 'entity');
}

/** « … et exemplaire »: after "and", words in lower case and nothing else, one more thing said of the same. */
function describesMore(q: Query): boolean {
  const content = q.reading.terms.filter((t) => t.kind !== 'function');
  return content.length > 0 && content.every((t) => t.kind === 'word' && !/^\p{Lu}/u.test(t.surface));
}

/** "Both C", « Et C » before "and": people named, perhaps with "both", and nothing else, the start of a subject. */
function subjectsOnly(q: Query, kb: KnowledgeBase): boolean {
  const content = q.reading.terms.filter((t) => t.kind !== 'function' && !(t.kind === 'marker' && t.marker === 'filler'));
  const names = content.filter((t) => t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'person');
  return names.length > 0 && content.every((t) => names.includes(t) || ((t.kind === 'marker' || t.kind === 'pronoun') && t.end <= (names[0]?.start ?? 0)));
}

/** "A et B": names of people and nothing else, as after "the two officials," (who they are). */
/** "…between A", « …entre A »: the clause ends on a name after a word of two sides, whose other side follows. */
function endsBetween(q: Query, lexicon: Lexicon): boolean {
  const grammar = grammarOf(lexicon);
  const last = q.reading.terms.filter((t) => t.kind !== 'function').at(-1);
  const { tokens } = q.reading;
  return last?.kind === 'entity' && [tokens[last.start - 1], tokens[last.start - 2]].some((w) => grammar.spanWords.has(w ?? ''));
}

function namesOnly(q: Query, kb: KnowledgeBase): boolean {
  const content = q.reading.terms.filter((t) => t.kind !== 'function');
  return content.length > 0 && content.every((t) => t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'person');
}

/** "tous les deux en novembre", "both were U officials": what is said of all of those before. */
function opensUniversal(q: Query, lexicon: Lexicon): boolean {
  const first = firstContent(q);
  return first !== undefined && Object.values(lexicon.languages).some((l) => l.universal.all(q.reading.tokens).some((m) => m.start === first.start));
}

/** "…and was received by A", "…et a été reçu par…", "…and flew to X": a verb or its auxiliary first, its subject left unsaid, in a statement. */
/** "the first in X", « la première à X »: a rank first, standing for one of the meetings said before. */
function opensWithRank(q: Query): boolean {
  const first = firstContent(q);
  return first?.kind === 'marker' && (first.marker === 'first' || first.marker === 'last');
}

/** « …, a souligné le chef de la P » : a verb of saying followed by who said it, an attribution of what came before. */
function saysWhoSaid(q: Query, kb: KnowledgeBase): boolean {
  const verb = q.reading.terms.find((t) => t.kind === 'predicate');
  const saying = verb?.kind === 'predicate' && verb.predicates.some((id) => kb.predicates.get(id)?.kind === 'content');
  return saying && q.reading.terms.some((t) => t.start >= verb.end && t.start - verb.end <= 2 && (t.kind === 'title' || (t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'person')));
}

function opensWithAuxiliary(q: Query, lexicon: Lexicon): boolean {
  // ("…and then flew to X": a word of sequence first, then the verb; "…pour parler de…" is a purpose, not a verb of its own.)
  // (« …, a reçu B »: the auxiliary, read as a word of grammar, before the verb.)
  const auxiliary = grammarOf(lexicon).auxiliary;
  const first = q.reading.terms.find((t) => !(t.kind === 'marker' && (t.marker === 'filler' || t.marker === 'then')) && !(t.kind === 'function' && t.end - t.start === 1 && auxiliary.has(q.reading.tokens[t.start] ?? '')));
  if (q.reading.endsWithQuestionMark || !q.reading.terms.some((t) => t.kind === 'predicate')) return false;
  return first?.kind === 'predicate' || (first?.kind === 'marker' && (first.marker === 'opener' || first.marker === 'passive' || first.marker === 'inversion'));
}

/** Who the clause is about: the name or pronoun it opens with, or the first person it names before its verb. */
function subjectOf(q: Query): string | undefined {
  const first = firstContent(q);
  if (first && (first.kind === 'entity' || first.kind === 'pronoun')) return first.surface;
  const verb = q.reading.terms.find((t) => t.kind === 'predicate' || (t.kind === 'marker' && (t.marker === 'opener' || t.marker === 'passive')));
  return q.claim.participants.find((p) => p.type === 'person' && (verb === undefined || p.end <= verb.start))?.surface;
}

/** Begins with who or what it is about, not with a verb or a relative "qui", "which". */
function opensWithSubject(q: Query): boolean {
  const first = firstContent(q);
  // ("…, 2000 policiers sont…": a number before a name or an idea counts the subject; "six days before…" is a span.)
  const counting = first?.kind === 'number' && q.reading.terms.some((t) => t.start === first.end && ['entity', 'generic', 'title', 'concept', 'narrower'].includes(t.kind));
  return first !== undefined && !q.reading.wh[first.start] && (counting || ['entity', 'pronoun', 'generic', 'title', 'concept', 'narrower', 'date', 'word'].includes(first.kind));
}

/**
 * A sentence's clauses: each candidate cut (a joiner, or a comma, semicolon
 * or emoji between two words) is decided by the table above.
 */
export function clausesOf(text: string, sentence: Span, read: Read, kb: KnowledgeBase, lexicon: Lexicon): Span[] {
  const { reading } = read(sentence);
  const tokens = tokenSpans(text, sentence.start, reading.raw);
  // The sentence's own language: "plus" joins a list in English, it is "more" in French.
  const own = lexicon.languages[reading.language];
  const joiners = own.clauseJoiners.all(reading.tokens);
  // "…hotspots incl. the <a region>", "…, plus Iraq": more of the same, perhaps not all of it said.
  const including = own.including.all(reading.tokens);
  const relatives = grammarOf(lexicon).relative;
  const cuts: { end: number; resume: number; joined: boolean; including: boolean; colon: boolean; lineEnd?: boolean; enumerated?: boolean; temporal?: boolean; emoji?: boolean; relativeAt?: number; then?: boolean }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const before = tokens[i - 1] as Span;
    const here = tokens[i] as Span;
    const more = including.find((j) => j.start === i);
    const joiner = joiners.find((j) => j.start === i) ?? more;
    const between = text.slice(before.end, here.start);
    // "… 2) la réunion …": a list item's number (which the reader leaves out), with what follows it the next claim.
    if (/\d{1,2}\)\s/.test(between)) {
      cuts.push({ end: before.end, resume: here.start, joined: false, including: false, colon: false, enumerated: true });
      continue;
    }
    // (A dash between spaces parts clauses as a comma does: "…on Tuesday - the meeting was…".)
    const punctuated = /[,;:–—]|\s-\s|\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(between);
    if (!joiner && !punctuated) continue;
    const resume = joiner ? (tokens[joiner.end] ?? { start: sentence.end }).start : here.start;
    // ("…, while B came on a working visit": after a comma, "while" sets two things side by side.)
    const temporal = joiner !== undefined && !/[,;]/.test(between) && reading.terms.some((t) => t.kind === 'marker' && (t.marker === 'temporal' || t.marker === 'occasion') && t.start === joiner.start);
    const emoji = /[;\p{Extended_Pictographic}\p{Regional_Indicator}]/u.test(between);
    // (The emoji goes with the words before it: "salut tout le monde 👋".)
    const pictograph = [...between.matchAll(/[\p{Extended_Pictographic}\p{Regional_Indicator}][\u{FE0F}\u{200D}\p{Extended_Pictographic}\p{Regional_Indicator}]*/gu)].at(-1);
    const then = joiner !== undefined && reading.terms.some((t) => t.kind === 'marker' && t.marker === 'then' && t.start === joiner.start);
    cuts.push({ end: pictograph ? before.end + pictograph.index + pictograph[0].length : before.end, resume, joined: joiner !== undefined, ...(then ? { then } : {}), ...(temporal ? { temporal } : {}), ...(emoji ? { emoji } : {}), colon: between.includes(':'), lineEnd: /:\s*\n/.test(between), including: more !== undefined || (joiner !== undefined && including.some((j) => j.start === joiner.end)), ...(punctuated && relatives.has(reading.tokens[i] ?? '') ? { relativeAt: i } : {}) });
  }
  const spans: Span[] = [];
  let start = sentence.start;
  let pending: { continues?: true; adds?: true; after?: true; relative?: { antecedent: string; rest: number } } = {};
  const close = (end: number): Span => ({ start, end, ...(pending.continues ? { continues: true } : {}), ...(pending.adds ? { adds: true } : {}), ...(pending.after ? { after: true } : {}), ...(pending.relative ? { readAs: `${pending.relative.antecedent} ${text.slice(pending.relative.rest, end)}` } : {}) });
  cuts.forEach((cut, k) => {
    const next = cuts[k + 1]?.end ?? sentence.end;
    if (cut.resume >= next) return;
    const left = read({ start, end: cut.end });
    const right = read({ start: cut.resume, end: next });
    // "…General Assembly, which…": the name just before the comma is what the clause is about.
    const antecedent = cut.relativeAt !== undefined ? [...left.reading.terms].reverse().find((t) => t.kind === 'entity' && t.end === left.reading.tokens.length) : undefined;
    const relative = antecedent && cut.relativeAt !== undefined ? { antecedent: antecedent.surface, rest: (tokens[cut.relativeAt + 1] ?? { start: next }).start } : undefined;
    const decision = DECISIONS.find((d) => d.when({ left, right, joined: cut.joined, temporal: cut.temporal, emoji: cut.emoji, including: cut.including, colon: cut.colon, lineEnd: cut.lineEnd, enumerated: cut.enumerated, relative, lexicon, kb }))?.then ?? 'none';
    if (decision === 'none') return;
    spans.push({ ...close(cut.end), ...(decision === 'heading' ? { heading: true } : {}) });
    start = cut.resume;
    // "…and was received by A": read with the subject of the clause before it.
    const shared = decision === 'subject' ? subjectOf(left) : undefined;
    pending = decision === 'continues' ? { continues: true, ...(cut.then ? { after: true as const } : {}) } : decision === 'adds' ? { continues: true, adds: true } : decision === 'relative' && relative ? { relative } : shared ? { relative: { antecedent: shared, rest: cut.resume } } : {};
  });
  spans.push(close(sentence.end));
  return spans;
}
