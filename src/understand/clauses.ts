// Where a message's sentences and clauses stand. A sentence (wink-nlp) is
// cut into clauses at its joiners ("et", "but", "alors que") and its commas,
// semicolons and emoji, when what comes before and after each say something
// of their own. The decision at each cut is one table, read top to bottom.
import type { KnowledgeBase } from '../knowledge/types.js';
import { deniedOfTalks, isElliptical, namesSomeoneNew, opensNegated } from './ellipsis.js';
import { endsWithPerson, namesAPost } from './apposition.js';
import type { Query } from './frame.js';
import { grammarOf, type Lexicon } from './lexicon.js';
import type { Term } from './read.js';
import { speaksOfThemselves } from './writer.js';
import { addsToWhatWasSaid, verbOnlyInRelative, ANCHORS, onlyAPlace, opensExclusive, namesSomeoneInstead, dayAlone, whenAlone, describesMore, describesOnly, echoes, endsBetween, isAttribution, isFragment, isHeading, isRecap, isLabel, isOpinion, namesMeeting, namesOnly, namesSource, opensIncluding, opensUniversal, opensWithAnaphora, opensWithAuxiliary, opensWithLocative, opensWithParticiple, opensWithMeetingPronoun, opensWithRank, opensWithSubject, placeAlone, placeAndDay, saysOnlyAgain, saysTogether, saysWhoSaid, subjectOf, subjectsOnly, unknownName } from './clause-shapes.js';

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
  /** That relative clause is an aside about that name: what follows goes on from the clause before it. */
  aside?: boolean;
  /** A label before a colon ("Recap rapide :"): a remark. */
  heading?: boolean;
}

export type Read = (span: Span) => Query;

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

/** "est", "était", "been": a word of the passive in any language. */
export function isPassive(w: string, lexicon: Lexicon): boolean {
  return Object.values(lexicon.languages).some((l) => l.passive.has(w));
}

/** "is", « c », « était »: a copula or a word of the passive. */
export function isBe(w: string, lexicon: Lexicon): boolean {
  return grammarOf(lexicon).copula.has(w) || isPassive(w, lexicon);
}

/** A verb the knowledge knows ("met", "a reçu"), or "is", "était", "a été" after what it is said of. */
export function hasVerb(q: Query, lexicon: Lexicon, withinPronoun = false): boolean {
  if (q.claim.predicates.length) return true;
  const { copula, futureAuxiliary, isInfinitive } = grammarOf(lexicon);
  // "le K va envoyer": an auxiliary of the near future before an infinitive.
  if (q.reading.tokens.some((w, i) => futureAuxiliary.has(w) && q.reading.tokens.slice(i + 1, i + 4).some((x) => isInfinitive(x)))) return true;
  const verb = (w: string) => copula.has(w) || isPassive(w, lexicon);
  const subject = q.reading.terms.find((t) => SUBJECTS.has(t.kind));
  // (« c'était », "it's": a pronoun may hold its verb — counted only where asked.)
  return subject !== undefined && q.reading.tokens.slice(subject.kind === 'pronoun' && withinPronoun ? subject.start + 1 : subject.end).some(verb);
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
  /** After "and", « et » alone, no comma: what joins the items of a list. */
  conjunction?: boolean;
  /** After "including", "notamment". */
  including: boolean;
  /** After a colon: "Recap rapide : …", "Headline today: …". */
  colon: boolean;
  /** The colon ends its line ("My notes from both articles:\n1. …"): what is before it titles the lines after. */
  lineEnd?: boolean;
  /** Before a number that opens a list item: "… 2) la réunion…". */
  enumerated?: boolean;
  /** A comma before the joiner: "…two hours, and the two sides…". */
  commaJoined?: boolean;
  /** After "while", « pendant que »: the clause says when the one before happened, and is read with it. */
  temporal?: boolean;
  /** After "because", « parce que », "so": a reason or what follows from it, a clause of its own unless only a noun follows ("because of…"). */
  causal?: boolean;
  /** An emoji (read as a semicolon) or a semicolon between the two parts: "…no comments 😂 anyway A met…". */
  emoji?: boolean;
  /** The sentence says "respectively": its lists pair up, and are read together. */
  respectively?: boolean;
  /** Opens with "which", "qui" right after a name. */
  relative?: { antecedent: string; rest: number };
  /** No joiner and no punctuation, a pronoun that may open a clause: "A a reçu B ils ont parlé de…". */
  runOn?: boolean;
  lexicon: Lexicon;
  kb: KnowledgeBase;
}

type Decision = 'none' | 'heading' | 'clause' | 'continues' | 'adds' | 'relative' | 'subject' | 'remark' | 'sameVerb';

/** « Quand A a reçu B… », "When A met B…": a clause of time up front. */
function opensWithWhen(q: Query, lexicon: Lexicon): boolean {
  const first = q.reading.tokens[0] ?? '';
  return Object.values(lexicon.languages).some((l) => l.whenWords.has(first));
}

/** Whether the clause's first content is this marker ("ça fait des années…": a duration). */
function opensWithMarker(q: Query, marker: string): boolean {
  const first = firstContent(q);
  return first?.kind === 'marker' && first.marker === marker;
}

/** The name of an event ends right before this word, and no "it was" before it makes a cleft (« c'est l'AG qui… »). */
function saidOfNameBefore(reading: Query['reading'], i: number, kb: KnowledgeBase, lexicon: Lexicon): boolean {
  const name = reading.terms.find((t) => t.end === i && t.kind === 'entity');
  // (Not a place: « C… à Y qui veut… » says more of C.)
  if (name?.kind !== 'entity' || kb.entities.get(name.entity)?.type !== 'event') return false;
  const g = grammarOf(lexicon);
  return !reading.tokens.slice(Math.max(0, name.start - 3), name.start).some((w) => g.copula.has(w));
}

/**
 * "where", « où » right after a comma, after a place said with its preposition and nothing done after it ("at the royal
 * palace, where…"): the token where that place's phrase starts.
 */
function placeBefore(reading: Query['reading'], i: number, lexicon: Lexicon): number | undefined {
  const own = lexicon.languages[reading.language];
  const word = reading.tokens[i] ?? '';
  const needed = own.accented.get(word);
  if (!grammarOf(lexicon).placeRelative.has(word) || (needed !== undefined && (reading.raw[i] ?? '').toLowerCase() !== needed)) return undefined;
  const from = [1, 2, 3, 4, 5].map((k) => i - k).find((k) => k >= 0 && own.locatives.has(reading.tokens[k] ?? ''));
  if (from === undefined || reading.terms.some((t) => t.kind === 'predicate' && t.start > from && t.start < i)) return undefined;
  // (Not "…, where the O assembly had wrapped up the day before": a when of its own is measured from the clause before.)
  // (A whole date in it, "where the O GA ran until Nov 27", is its own; past a comma, ", on 26 November", the clause before's.)
  const inIt = (t: { start: number }) => !reading.clauses.some((c) => c > i && c <= t.start);
  const when = reading.terms.some((t) => t.start > i && ((t.kind === 'date' && (t.date.month === undefined || !inIt(t))) || t.kind === 'number' || (t.kind === 'marker' && ['before', 'after', 'then', 'sooner', 'since'].includes(t.marker))));
  return when ? undefined : from;
}

/** "It was…", « C'est… »: a pronoun and "is" open the clause, as a cleft does. */
function opensCleft(q: Query, lexicon: Lexicon): boolean {
  const verb = q.reading.tokens[1] ?? '';
  // (Its subject a pronoun or a word of grammar, not a name: « A est… » is no cleft.)
  const subject = q.reading.terms.find((t) => t.start === 0);
  return (subject?.kind === 'pronoun' || subject?.kind === 'function') && (grammarOf(lexicon).copula.has(verb) || Object.values(lexicon.languages).some((l) => l.passive.has(verb)));
}

/** Where it was, where it was not, or a place talked of ("…parle du terrorisme au Z et au W": W is one more place talked of). */
function saysAPlace(q: Query, kb: KnowledgeBase): boolean {
  return q.claim.places.length + (q.claim.notPlaces?.length ?? 0) > 0 || q.claim.topics.some((t) => t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'place');
}

/** What a clause may end on before a run-on one: a name, a day, an idea, a word (not "qui", a verb or a grammar word). */
const RUN_ON_AFTER = new Set<Term['kind']>(['entity', 'date', 'number', 'concept', 'narrower', 'generic', 'title', 'word']);

/** What says something of the coverage: a name, a verb, a day, a number, a post, an idea. */
const SAID = new Set<Term['kind']>(['entity', 'predicate', 'date', 'number', 'title', 'narrower', 'concept']);

/** The cases, first match wins. */
const DECISIONS: { when: (c: Cut) => boolean; then: Decision; example: string }[] = [
  // (Run on, with no punctuation: a subject and a verb after a clause with a verb of its own open one of their own, as a full stop would.)
  { example: 'A a reçu B ils ont parlé de Z · …in Y it was a Monday', when: (c) => c.runOn === true && hasVerb(c.left, c.lexicon, true) && hasVerb(c.right, c.lexicon, true) && opensWithSubject(c.right), then: 'clause' },
  { example: 'A a reçu B lui-même', when: (c) => c.runOn === true, then: 'none' },
  // (The writer speaking of themselves after a comma is their own clause, set aside: "…, je l'ai vu sur <a channel>".)
  { example: '…le 2 décembre, je l’ai vu à la télé', when: (c) => !c.joined && speaksOfThemselves(c.right, c.lexicon), then: 'clause' },
  // (…and before a comma, what follows is a claim of its own: "ok so i was reading about A and B, they met in Y".)
  { example: 'i was reading about A and B, they met in Y', when: (c) => !c.joined && !c.colon && speaksOfThemselves(c.left, c.lexicon) && standsAlone(c.right, c.lexicon) && opensWithSubject(c.right), then: 'clause' },
  // ("c'était pas A à X, c'était B": after a denial of one person, "it was" and someone is who the denied clause holds of instead.)
  { example: 'c’était pas A à X, c’était B', when: (c) => !c.joined && c.left.reading.negated && c.left.claim.participants.filter((p) => c.kb.entities.get(p.entity)?.type === 'person').length === 1 && namesSomeoneInstead(c.right, c.kb, c.lexicon), then: 'continues' },
  { example: '…because of their experience', when: (c) => c.causal === true && Object.values(c.lexicon.languages).some((l) => l.relations.has(c.right.reading.tokens[0] ?? '')), then: 'none' },
  { example: '…the Y one on Tuesday, so X came first', when: (c) => c.causal === true && standsAlone(c.right, c.lexicon) && opensWithSubject(c.right), then: 'clause' },
  { example: '…, he said so in X', when: (c) => c.causal === true && !hasVerb(c.right, c.lexicon) && !opensWithSubject(c.right), then: 'none' },
  { example: 'Venue: <a venue> · Date : 25/11', when: (c) => c.colon && !c.lineEnd && isLabel(c.left, c.lexicon) && !isRecap(c.left) && !standsAlone(c.right, c.lexicon) && !isFragment(c.right, c.kb), then: 'none' },
  { example: 'Recap rapide : A a vu…', when: (c) => c.colon && (isHeading(c.left) || c.lineEnd === true), then: 'heading' },
  // (Someone and a word the reader does not know, then a colon and what they did, one by one: the words before it title the list.)
  { example: 'A enchaîne : B à X le 25, C à Y le 1er', when: (c) => c.colon && !hasVerb(c.left, c.lexicon) && c.left.claim.topics.every((t) => t.kind === 'word') && c.left.claim.dates.length + c.left.claim.places.length === 0 && isFragment(c.right, c.kb), then: 'heading' },
  { example: '…B est T : deux gros postes', when: (c) => c.colon && hasVerb(c.left, c.lexicon) && !hasVerb(c.right, c.lexicon) && describesOnly(c.right, c.kb), then: 'remark' },
  { example: '1) c’est O qui a reçu A 2) la réunion…', when: (c) => c.enumerated === true, then: 'clause' },
  { example: '…was received while the assembly was still going on', when: (c) => c.temporal === true, then: 'none' },
  // (A second "after", « avant », after a joiner: one more thing what the clause before says happened is ordered against.)
  { example: '…happened after the O assembly was over and after A met C', when: (c) => c.joined && orderAt(c.right) === 0 && (orderAt(c.left) ?? 0) > 0, then: 'sameVerb' },
  // (A cleft goes on past the commas around where or when: what was done, after "that", « que », is what it is said of.)
  { example: 'C’est avec B, à X, que A a parlé de…', when: (c) => opensCleft(c.left, c.lexicon) && grammarOf(c.lexicon).cleftJoiners.has(c.right.reading.tokens[0] ?? '') && !grammarOf(c.lexicon).relative.has(c.right.reading.tokens[0] ?? ''), then: 'none' },
  // ("Of the delegation heads A met, B was the first": the set the claim after the comma picks from, no claim of its own.)
  { example: 'Of the heads A met at the assembly, B was the first', when: (c) => !c.joined && grammarOf(c.lexicon).partitive.has(c.left.reading.tokens[0] ?? '') && standsAlone(c.right, c.lexicon), then: 'none' },
  { example: 'Quand A a reçu B à X, ils ont parlé de…', when: (c) => !c.joined && !/\?/.test(c.left.reading.text + c.right.reading.text) && opensWithWhen(c.left, c.lexicon) && standsAlone(c.right, c.lexicon), then: 'none' },
  // (Not "…and the one with C at the same venue": a second meeting, compared with the first.)
  { example: 'A met B and C together · … B et C dans la même réunion', when: (c) => c.joined && saysTogether(c.right) && !c.right.reading.tokens.slice(0, 3).some((w) => grammarOf(c.lexicon).nounAnaphora.has(w)) && !(c.right.claim.predicates.length > 0 && opensWithSubject(c.right)), then: 'none' },
  { example: 'A received B and C in X and Y respectively', when: (c) => c.joined && c.respectively === true && !hasVerb(c.right, c.lexicon), then: 'none' },
  { example: 'the X meeting was between A and B', when: (c) => c.joined && namesOnly(c.right, c.kb) && endsBetween(c.left, c.lexicon), then: 'none' },
  // ("Le chef de la P de l'U c'est C et il est aussi…": one said to be the other is a claim, and what follows its own.)
  // (…nor « c'était B, et c'était un lundi »: a pronoun and its verb open a clause of their own.)
  { example: 'Both C and B talked about…', when: (c) => c.joined && subjectsOnly(c.left, c.kb) && !((c.left.claim.identities.length > 0 || firstContent(c.right)?.kind === 'pronoun') && opensWithSubject(c.right) && hasVerb(c.right, c.lexicon, true)), then: 'none' },
  { example: 'La rencontre avec B, c’était à X', when: (c) => !hasVerb(c.left, c.lexicon) && !c.left.reading.terms.some((t) => t.kind === 'predicate' || t.kind === 'negation') && namesMeeting(c.left) && !opensWithMeetingPronoun(c.left, c.lexicon) && opensWithMeetingPronoun(c.right, c.lexicon), then: 'none' },
  { example: 'A on 25 Nov, B on 1 Dec', when: (c) => isFragment(c.left, c.kb) && isFragment(c.right, c.kb), then: 'clause' },
  // (After a claim about both meetings, a place and a day: one of them, said on its own.)
  // (…or days between them, then the two days: « les 2 rencontres à moins d'une semaine d'écart, 25 nov et 1er déc ».)
  { example: '…both were in K, X on Nov 25 and Y on Dec 1', when: (c) => !c.joined && (c.left.claim.every === true || c.left.claim.counts.some((n) => n.between)) && standsAlone(c.left, c.lexicon) && (placeAndDay(c.right, c.kb) || dayAlone(c.right)), then: 'clause' },
  { example: '…X on Nov 25 and Y on Dec 1', when: (c) => (placeAndDay(c.left, c.kb) && placeAndDay(c.right, c.kb)) || (dayAlone(c.left) && dayAlone(c.right)), then: 'clause' },
  // (After what someone said or wants, "both in X and in Y" says where what was spoken of is: « …, à la fois à X et… ».)
  { example: '…wants to support its P units, both in X and in peacekeeping missions', when: (c) => !c.joined && opensUniversal(c.right, c.lexicon) && saysContent(c.left, c.kb) && !c.right.claim.predicates.length && !c.right.claim.participants.length && c.right.claim.places.length > 0, then: 'continues' },
  { example: '…B à X, tous les deux en novembre', when: (c) => !c.joined && opensUniversal(c.right, c.lexicon) && c.right.reading.terms.some((t) => ANCHORS.has(t.kind) && t.kind !== 'pronoun'), then: 'clause' },
  // (A day alone after a clause that says none, past an emoji: "…with the P 🤝 on monday" — when that was.)
  { example: '…a stronger partnership with the P 🤝 on monday', when: (c) => c.emoji === true && !c.joined && !c.colon && standsAlone(c.left, c.lexicon) && c.left.claim.dates.length === 0 && whenAlone(c.right) && !hasVerb(c.right, c.lexicon) && !c.right.reading.terms.some((t) => t.kind === 'pronoun'), then: 'continues' },
  // (Not a place alone after a clause that says none, « …c'était un mardi, a Y si je me souviens bien »: where that was.)
  { example: '…c’était un mardi, à Y si je me souviens bien', when: (c) => !c.joined && !c.colon && isFragment(c.left, c.kb) && !saysAPlace(c.left, c.kb) && onlyAPlace(c.right, c.kb), then: 'none' },
  { example: 'X (A on the 25th), assembly wraps up on the 27th', when: (c) => !c.joined && !c.colon && isFragment(c.left, c.kb) && standsAlone(c.right, c.lexicon) && opensWithSubject(c.right), then: 'clause' },
  { example: '…but no comments 😂 anyway A met…', when: (c) => c.emoji === true && standsAlone(c.right, c.lexicon) && opensWithSubject(c.right), then: 'clause' },
  // (…or with when it was first, then someone and a verb: « …le 1er décembre ; la veille il avait reçu B ».)
  { example: '…on 1 December; the day before he had met B', when: (c) => c.emoji === true && !c.joined && c.right.claim.predicates.length > 0 && c.right.reading.terms.some((t) => t.kind === 'pronoun' || (t.kind === 'entity' && c.kb.entities.get(t.entity)?.type === 'person')) && c.left.claim.predicates.length > 0, then: 'clause' },
  { example: 'recap: Tuesday 25 Nov, X, B; Monday 1 Dec, Y, C', when: (c) => c.emoji === true && !c.joined && saysWhenOrWhere(c.left) && opensWithWhenOrWhere(c.right, c.kb), then: 'clause' },
  { example: 't’as tout inversé 😂 c’est B à X', when: (c) => c.emoji === true && !c.left.reading.terms.some((t) => ANCHORS.has(t.kind)) && c.right.claim.participants.some((p) => c.kb.entities.get(p.entity)?.type === 'person'), then: 'clause' },
  { example: '…, selon le communiqué de l’U', when: (c) => !c.joined && namesSource(c.right) && standsAlone(c.left, c.lexicon), then: 'clause' },
  { example: 'Selon un communiqué de l’U, A et B ont…', when: (c) => !c.joined && namesSource(c.left) && !namesSource(c.right), then: 'clause' },
  { example: '…about the Z, nothing else', when: (c) => saysOnlyAgain(c.right, c.lexicon), then: 'none' },
  { example: '…et B mardi à X, même semaine', when: (c) => !c.joined && saysTogether(c.right) && !c.right.reading.terms.some((t) => ANCHORS.has(t.kind)), then: 'clause' },
  // (« …, c'est énorme pour le pays », "…, that's huge for K": after a comma, "it is" and a judgement no fact makes.)
  { example: '…jusqu’au 27 novembre, c’est énorme pour le pays', when: (c) => !c.joined && judgedFirst(c.right, c.kb), then: 'remark' },
  { example: 'kudos to the P, A met C…', when: (c) => !c.joined && [c.left, c.right].some(isOpinion) && standsAlone(c.left, c.lexicon) !== standsAlone(c.right, c.lexicon), then: 'clause' },
  // (A cheer that names nothing, then someone and what they did: "bravo, A met C…", "nice photo btw, A met C…". Not a
  // sneer at what follows: « ouais bien sûr, l'U qui vient apprendre… ».)
  { example: 'bravo, A met C in Y', when: (c) => !c.joined && c.left.reading.terms.some((t) => t.kind === 'marker' && t.marker === 'opinion') && !c.left.reading.terms.some((t) => ANCHORS.has(t.kind)) && standsAlone(c.right, c.lexicon) && opensWithSubject(c.right) && subjectIsPerson(c.right, c.kb), then: 'clause' },
  // ("…, C isn't": a name and a bare verb say the clause before again, of that name.)
  { example: 'B is new in the job, C isn’t · …, C non · …, C did too', when: (c) => !c.including && echoes(c.right, c.lexicon) && standsAlone(c.left, c.lexicon), then: 'continues' },
  // (A clause after ", and" with a subject and a verb of its own is a claim of its own, whatever the clause before says: its verb may be one the reader does not know.)
  { example: '…lasted two hours, and the two sides looked at… · …, and it lasted three days', when: (c) => c.commaJoined === true && !c.including && standsAlone(c.right, c.lexicon) && opensWithSubject(c.right) && !opensWithAnaphora(c.right, c.lexicon, c.kb), then: 'clause' },
  // (A participle right after the comma, no auxiliary: said of the one the clause before opens with.)
  { example: 'C, T de l’U, reçu à Y', when: (c) => !c.joined && firstContent(c.left)?.kind === 'entity' && c.left.reading.terms.filter((t) => t.kind !== 'function').length > 1 && opensWithParticiple(c.right, c.lexicon), then: 'subject' },
  // (An aside that names nothing, then "but" and a claim: « jsp comment ça s'écrit mais A a été reçu… ».)
  { example: 'jsp comment ça s’écrit mais A a été reçu par B', when: (c) => c.joined && !c.left.reading.terms.some((t) => SAID.has(t.kind)) && standsAlone(c.right, c.lexicon) && opensWithSubject(c.right), then: 'clause' },
  // (A cheer, an emoji, then a name and what it did: « bravo à la P 👏 l'U reconnaît… ».)
  { example: 'bravo à la P 👏👏 l’U reconnaît…', when: (c) => c.emoji === true && isOpinion(c.left) && opensWithSubject(c.right) && firstContent(c.right)?.kind === 'entity', then: 'clause' },
  // (Said with "including", « notamment »: one more of what the clause before names, whatever that clause's shape.)
  { example: '…lutter contre la criminalité transnationale, notamment la cybercriminalité', when: (c) => c.including && !standsAlone(c.left, c.lexicon) && isElliptical(c.right, hasVerb(c.right, c.lexicon)), then: 'adds' },
  // (A tag that asks, and names nothing, after a comma: "…, weird no?", « …, non ? » is the writer's aside, not the claim's question.)
  { example: '…mais pas de l’<a country>, weird no?', when: (c) => !c.joined && /\?\s*$/.test(c.right.reading.text) && !c.right.reading.terms.some((t) => ANCHORS.has(t.kind)), then: 'remark' },
  // (A verb right after the comma, no one named after it: said of the name the clause before opens with.)
  { example: 'the O assembly in X was the 94th, ran till Nov 27', when: (c) => !c.joined && !c.including && c.relative === undefined && !grammarOf(c.lexicon).relative.has(c.right.reading.tokens[0] ?? '') && firstContent(c.left)?.kind === 'entity' && standsAlone(c.left, c.lexicon) && firstContent(c.right)?.kind === 'predicate' && c.right.claim.participants.length === 0, then: 'subject' },
  { example: 'A, patron de O, a reçu…', when: (c) => !standsAlone(c.left, c.lexicon), then: 'none' },
  { example: '…missions, A said, …', when: (c) => !c.joined && isAttribution(c.right, c.kb), then: 'none' },
  { example: 'A a reçu B, chef de la P de l’U', when: (c) => !c.joined && endsWithPerson(c.left, c.kb) && namesAPost(c.right, c.kb), then: 'none' },
  // (Denied at one place, then "but at" another: the same claim at that place, not denied; or a claim that says no place,
  // then where: « l'AG c'était la 93e, mais à Y », the same said at Y.)
  // ("…discussed coordinating initiatives, but only at the national level": the clause before, said to be all there was —
  // checked apart from it, which may hold when "only" does not.)
  { example: '…discussed X, but only at the national level', when: (c) => c.joined && opensExclusive(c.right, c.lexicon) && standsAlone(c.left, c.lexicon) && !c.right.claim.participants.some((p) => c.kb.entities.get(p.entity)?.type === 'person'), then: 'continues' },
  { example: 'A n’a pas reçu B à X mais à Y · l’AG c’était la 93e, mais à Y', when: (c) => c.joined && ((c.left.negated && c.left.claim.predicates.length > 0) || (!saysAPlace(c.left, c.kb) && standsAlone(c.left, c.lexicon))) && opensWithLocative(c.right, c.lexicon) && !hasVerb(c.right, c.lexicon) && c.right.claim.places.length > 0 && c.right.claim.participants.length + c.right.claim.dates.length + c.right.claim.topics.length === 0, then: 'continues' },
  // (…or after a comma, in a list of names: "…, <a region>, <a name no article uses> and…".)
  { example: '…<a region> and <a name no article uses> · …<a region>, <a name no article uses>', when: (c) => (c.joined || (!c.colon && endsWithName(c.left))) && unknownName(c.right), then: 'continues' },
  { example: '…importante et exemplaire', when: (c) => c.joined && describesMore(c.right), then: 'none' },
  { example: '…received B on Monday, in Casablanca I think', when: (c) => !c.joined && standsAlone(c.left, c.lexicon) && placeAlone(c.right, c.lexicon, c.kb), then: 'continues' },
  // (« …, à la demande du Palais », ", at the invitation of K": why or at whose request it was done, which no article gives — said of the clause before.)
  { example: 'A a reçu B samedi, à la demande du Palais', when: (c) => !c.joined && standsAlone(c.left, c.lexicon) && opensWithMarker(c.right, 'never_given') && c.right.claim.events.length + c.right.claim.dates.length === 0, then: 'continues' },
  // (…in lower case too, after a list of what was talked about: "…the Z, W and <a name no article uses>" — one list, judged whole.)
  { example: '…talked about X, Z and <a name no article uses>', when: (c) => c.joined && saysContent(c.left, c.kb) && c.left.claim.topics.length > 0 && unknownName(c.right, false), then: 'none' },
  // (…or past where it was, a place the reader does not know, after "at", « dans »: where in it — "…in Y, at the royal palace".)
  { example: '…it was in Y, at the royal palace', when: (c) => !c.joined && !c.colon && saysAPlace(c.left, c.kb) && standsAlone(c.left, c.lexicon) && opensWithLocative(c.right, c.lexicon) && !hasVerb(c.right, c.lexicon) && !c.right.reading.terms.some((t) => ANCHORS.has(t.kind)) && c.right.reading.terms.some((t) => t.kind === 'word'), then: 'continues' },
  { example: '…moins d’une semaine, respect 👏', when: (c) => !c.right.reading.terms.some((t) => ANCHORS.has(t.kind)), then: 'remark' },
  // (…or who "they" are: "They met on Tuesday in Y, A and B".)
  // ("They met in Y, A and him": who "him" is, the clause does not say; the names before it are checked.)
  { example: 'Ils se sont vus à Y, A et lui', when: (c) => c.joined && !c.colon && namesThem(c.left, c.kb) && c.right.reading.terms.some((t) => t.kind === 'pronoun') && c.right.reading.terms.every((t) => t.kind === 'function' || (t.kind === 'pronoun' && t.what === 'person')), then: 'remark' },
  { example: '…les deux responsables de O, A et B · They met in Y, A and B', when: (c) => namesOnly(c.right, c.kb) && ((c.left.claim.generic.has('person') && (!c.joined || c.left.claim.every === true)) || (!c.colon && namesThem(c.left, c.kb))), then: 'none' },
  { example: '…<an event>, which is being held in X', when: (c) => c.relative !== undefined, then: 'relative' },
  { example: 'B was in <a country> and was received by A · …, reçu lundi par A', when: (c) => !c.including && opensWithAuxiliary(c.right, c.lexicon) && !saysWhoSaid(c.right, c.kb) && (c.joined ? subjectOf(c.left) !== undefined : firstContent(c.left)?.kind === 'entity'), then: 'subject' },
  { example: '…, notamment la traite · …, including C', when: (c) => isElliptical(c.right, hasVerb(c.right, c.lexicon)) && (c.including || opensIncluding(c.right, c.lexicon) || addsToWhatWasSaid(c.left, c.right, c.lexicon, c.kb)), then: 'adds' },
  { example: '…Y communiqué came from X and the X one from Y · …à Y le 1er, celle de X le 25', when: (c) => !hasVerb(c.right, c.lexicon) && opensWithAnaphora(c.right, c.lexicon, c.kb) && (c.left.claim.meetings.length > 0 || [...c.left.claim.generic].some((g) => g === 'document' || g === 'article' || g === 'meeting')), then: 'continues' },
  // ("the communiqué says that A…, and that B", « …, mais que B »: a second thing the same verb of saying says.)
  { example: 'le communiqué dit que A…, et que B', when: (c) => c.joined && opensThat(c.right, c.lexicon) && saysContent(c.left, c.kb), then: 'continues' },
  // (« …, puis par le ministre X », "…, then by the Y": after a joiner, "by" and who is who did it next.)
  { example: 'C a été reçu par A, puis par le ministre X', when: (c) => c.joined && opensWithAgent(c.right), then: 'continues' },
  // (« …n'ont pas parlé de X, ni de Z »: after a denial, "nor" and what it is of is the same denial, of that.)
  { example: '…n’ont pas parlé de X, ni de Z', when: (c) => !c.joined && c.left.reading.negated && grammarOf(c.lexicon).negators.has(c.right.reading.tokens[0] ?? '') && isElliptical(c.right, hasVerb(c.right, c.lexicon)), then: 'continues' },
  // ("la photo montre A et B": two names joined by "and" alone, nothing else after the second, are one list.)
  { example: 'la photo montre A et B', when: (c) => c.conjunction === true && endsWithName(c.left) && namesOnly(c.right, c.kb) && c.right.claim.participants.length === 1, then: 'none' },
  {
    example: '…, then B on Dec 1 · …, pas de O',
    // (Not a second post after a clause that says who someone is: "B is the U's P chief and the T of Q" says both of B.)
    when: (c) => isElliptical(c.right, hasVerb(c.right, c.lexicon)) && (opensNegated(c.right) || (namesSomeoneNew(c.right.claim, c.left.claim, c.kb) && !postOfTheSame(c))),
    then: 'continues',
  },
  { example: '…in <a country> but not in <a country>', when: (c) => opensNegated(c.right) && c.right.claim.notPlaces.length > 0 && c.right.claim.notPlaces.every((p) => deniedOfTalks(c.left.claim, p.entity, c.kb)), then: 'continues' },
  // (Where, after a comma, with a verb only in what describes that place: « …, dans l'espace qui accueille les travaux ».)
  { example: '…s’est tenue en marge de O, dans l’espace qui accueille les travaux', when: (c) => !c.joined && !c.colon && hasVerb(c.left, c.lexicon) && opensWithLocative(c.right, c.lexicon) && verbOnlyInRelative(c.right, c.lexicon), then: 'none' },
  { example: '…à Y et se termine le 27 · …, he was on a working visit', when: (c) => !c.including && standsAlone(c.right, c.lexicon) && (c.joined || opensWithSubject(c.right)), then: 'clause' },
  { example: '…pas nouveau à ce poste, ça fait des années qu’il y est', when: (c) => !c.including && standsAlone(c.right, c.lexicon) && opensWithMarker(c.right, 'since'), then: 'clause' },
  { example: '…à moins d’une semaine d’intervalle, la première à X', when: (c) => opensWithRank(c.right) && c.right.claim.places.length + c.right.claim.dates.length > 0, then: 'clause' },
  { example: 'le 25 c’était un mardi et le 1er un lundi', when: (c) => c.joined && isElliptical(c.right, hasVerb(c.right, c.lexicon)) && [c.left, c.right].every((q) => q.claim.dates.some((d) => d.day !== undefined)), then: 'continues' },
  // (Not "(both) at the Z HQ and in peacekeeping missions": a place named before the idea, two places one claim joins.)
  { example: '…units at the HQ in Z and in peacekeeping missions', when: (c) => c.joined && (c.left.claim.located ?? []).some((l) => !l.before) && opensWithLocative(c.right, c.lexicon) && !hasVerb(c.right, c.lexicon) && !c.right.claim.participants.length, then: 'continues' },
  // (What will be, said after what was: « …ends Nov 27, and next year's will be in Y » says another time's.)
  { example: '…ends Nov 27, and next year’s will be in Y', when: (c) => c.joined && c.right.claim.future && !c.left.claim.future && hasVerb(c.left, c.lexicon) && c.right.reading.terms.some((t) => t.kind === 'marker' && t.marker === 'passive'), then: 'clause' },
  { example: '…de <a region> et de <a country>', when: () => true, then: 'none' },
];

/** Words a hedge needs, and a clause before it, to part two clauses (« d'ailleurs » is an adverb, not a hedge). */
const MIN_HEDGE = 3;

/**
 * A sentence's clauses: each candidate cut (a joiner, or a comma, semicolon
 * or emoji between two words) is decided by the table above.
 */
export function clausesOf(text: string, sentence: Span, read: Read, kb: KnowledgeBase, lexicon: Lexicon): Span[] {
  const { reading } = read(sentence);
  const tokens = tokenSpans(text, sentence.start, reading.raw);
  // The sentence's own language: "plus" joins a list in English, it is "more" in French.
  const own = lexicon.languages[reading.language];
  // (The longest joiner only: "mostly because" is one, not "because" inside it.)
  const outermost = <T extends { start: number; end: number }>(all: T[]) => all.filter((m) => !all.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
  const joiners = outermost(own.clauseJoiners.all(reading.tokens));
  const causes = outermost(own.causal.all(reading.tokens));
  // "…hotspots incl. the <a region>", "…, plus Iraq": more of the same, perhaps not all of it said.
  const including = own.including.all(reading.tokens);
  const relatives = grammarOf(lexicon).relative;
  const laughter = grammarOf(lexicon).laughter;
  const respectively = reading.tokens.some((w) => grammarOf(lexicon).respectively.has(w));
  const cuts: { end: number; resume: number; joined: boolean; conjunction?: boolean; runOn?: boolean; placeAt?: number; commaJoined?: boolean; including: boolean; colon: boolean; lineEnd?: boolean; enumerated?: boolean; temporal?: boolean; emoji?: boolean; relativeAt?: number; then?: boolean; causal?: boolean }[] = [];
  // Before each token, where the latest verb (and verb of saying) that ends before it starts: read once, for the run-on cuts.
  const verbSince = sinceBefore(reading, (t) => t.kind === 'predicate', (w) => isBe(w, lexicon));
  const sayingSince = sinceBefore(reading, (t) => t.kind === 'predicate' && t.predicates.some((id) => kb.predicates.get(id)?.kind === 'content'));
  let segmentFrom = 0;
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
    // ("…during the O thing which ended on the 25th": "which" right after an event, no comma, says more of it.)
    if (!joiner && !punctuated && relatives.has(reading.tokens[i] ?? '') && saidOfNameBefore(reading, i, kb, lexicon)) {
      cuts.push({ end: before.end, resume: here.start, joined: false, including: false, colon: false, relativeAt: i });
      continue;
    }
    // ("…on Dec 2 si je dis pas de bêtise C voulait…": a hedge of several words between two clauses parts them as a
    // full stop would; it opens the second, whose reader sets it aside.)
    // (Not right after a joiner: "…, and I think Iraq too" goes on from the clause before.)
    // (…and laughter between two words: "…on a wednesday lmao i can't keep track".)
    const laughs = laughter.has(reading.tokens[i] ?? '') && i >= MIN_HEDGE && i + 1 < reading.tokens.length;
    const hedge = !joiner && !punctuated && !joiners.some((j) => j.end === i) && (laughs || reading.terms.some((t) => t.kind === 'marker' && t.marker === 'filler' && t.start === i && t.end - t.start >= MIN_HEDGE && i >= MIN_HEDGE && t.end < reading.tokens.length));
    if (hedge) {
      cuts.push({ end: before.end, resume: here.start, joined: false, including: false, colon: false, emoji: true });
      continue;
    }
    // ("A a reçu B ils ont parlé de…": a pronoun, not right after a grammar word or a verb, may open a clause; the table decides.)
    // (…and only after words with a verb of their own since the last joiner or comma: not « …, et le même jour il a reçu C »;
    // nor after a verb of saying, whose words follow it: "told A he wanted…"; nor at "that", which joins them.)
    const verbBefore = (verbSince[i] ?? -1) >= segmentFrom;
    const saying = (sayingSince[i] ?? -1) >= segmentFrom;
    const joins = grammarOf(lexicon).complementizers.has(reading.tokens[i] ?? '');
    const runOn = !joiner && !punctuated && i >= 2 && verbBefore && !saying && !joins && !joiners.some((j) => j.end === i) && reading.terms.some((t) => t.kind === 'pronoun' && t.start === i && t.what !== 'place') && reading.terms.some((t) => t.end === i && RUN_ON_AFTER.has(t.kind));
    if (runOn) {
      segmentFrom = i;
      cuts.push({ end: before.end, resume: here.start, joined: false, including: false, colon: false, runOn });
      continue;
    }
    if (!joiner && !punctuated) continue;
    segmentFrom = joiner ? joiner.end : i;
    const resume = joiner ? (tokens[joiner.end] ?? { start: sentence.end }).start : here.start;
    // ("…, while B came on a working visit": after a comma, "while" sets two things side by side.)
    const temporal = joiner !== undefined && !/[,;]/.test(between) && reading.terms.some((t) => t.kind === 'marker' && (t.marker === 'temporal' || t.marker === 'occasion') && t.start === joiner.start);
    const emoji = /[;\p{Extended_Pictographic}\p{Regional_Indicator}]/u.test(between);
    // (The emoji goes with the words before it: "salut tout le monde 👋".)
    const pictograph = [...between.matchAll(/[\p{Extended_Pictographic}\p{Regional_Indicator}][\u{FE0F}\u{200D}\p{Extended_Pictographic}\p{Regional_Indicator}]*/gu)].at(-1);
    // ("…, then…", "…and then…", « …, puis… »: the joiner is "then", or opens it.)
    const then = joiner !== undefined && reading.terms.some((t) => t.kind === 'marker' && t.marker === 'then' && t.start <= joiner.end && t.end > joiner.start);
    // ("…, so X came first": also a comma before the word that says it.)
    const causal = causes.some((c) => c.start === (joiner ? joiner.start : i));
    // ("…at the royal palace, where the O assembly is held": what the clause says is at the place said just before the comma.)
    const where = punctuated && !joiner ? placeBefore(reading, i, lexicon) : undefined;
    if (where !== undefined) {
      cuts.push({ end: before.end, resume: here.start, joined: false, including: false, colon: false, placeAt: where, relativeAt: i });
      continue;
    }
    const conjunction = joiner !== undefined && joiner.end - joiner.start === 1 && grammarOf(lexicon).conjunction.has(reading.tokens[joiner.start] ?? '') && !/[,;:]/.test(between);
    cuts.push({ end: pictograph ? before.end + pictograph.index + pictograph[0].length : before.end, resume, joined: joiner !== undefined, ...(conjunction ? { conjunction } : {}), ...(joiner !== undefined && /,/.test(between) ? { commaJoined: true } : {}), ...(then ? { then } : {}), ...(causal ? { causal } : {}), ...(temporal ? { temporal } : {}), ...(emoji ? { emoji } : {}), colon: between.includes(':'), lineEnd: /:\s*\n/.test(between), including: more !== undefined || (joiner !== undefined && including.some((j) => j.start === joiner.end)), ...(punctuated && relatives.has(reading.tokens[i] ?? '') ? { relativeAt: i } : {}) });
  }
  const spans: Span[] = [];
  let start = sentence.start;
  let pending: { continues?: true; adds?: true; after?: true; relative?: { antecedent: string; rest: number }; aside?: true } = {};
  const close = (end: number): Span => ({ start, end, ...(pending.continues ? { continues: true } : {}), ...(pending.adds ? { adds: true } : {}), ...(pending.after ? { after: true } : {}), ...(pending.relative ? { readAs: `${pending.relative.antecedent} ${text.slice(pending.relative.rest, end)}` } : {}), ...(pending.aside ? { aside: true } : {}) });
  // ("…, but A and B never met": names joined by "and" alone open the clause after a cut; the clause reaches past them.)
  const reach = (k: number): number => {
    let j = k + 1;
    const namesAlone = (q: Query) => namesOnly(q, kb) && q.claim.participants.every((p) => p.via !== 'role') && !q.reading.tokens.some((w) => isBe(w, lexicon));
    while (cuts[j]?.conjunction && namesAlone(read({ start: (cuts[k] as (typeof cuts)[number]).resume, end: (cuts[j] as (typeof cuts)[number]).end }))) j++;
    return cuts[j]?.end ?? sentence.end;
  };
  cuts.forEach((cut, k) => {
    const next = cuts[k + 1]?.end ?? sentence.end;
    if (cut.resume >= next) return;
    const left = read({ start, end: cut.end });
    const right = read({ start: cut.resume, end: reach(k) });
    // "…General Assembly, which…": the name just before the comma is what the clause is about.
    // ("…l'AG d'O, la 93e, qui dure jusqu'au 27": past its number said again, the name the clause is said of.)
    const apposed = (t: { end: number }) => left.reading.terms.every((x) => x.end <= t.end || x.kind === 'function' || (x.kind === 'number' && x.ordinal));
    const antecedent = cut.relativeAt !== undefined ? [...left.reading.terms].reverse().find((t) => t.kind === 'entity' && (t.end === left.reading.tokens.length || apposed(t))) : undefined;
    // (After a place, « où », "where": the place's whole phrase is what the clause is said of.)
    const said = cut.placeAt !== undefined ? text.slice((tokens[cut.placeAt] as Span).start, cut.end) : antecedent?.surface;
    const relative = said !== undefined && cut.relativeAt !== undefined ? { antecedent: said, rest: (tokens[cut.relativeAt + 1] ?? { start: next }).start } : undefined;
    const decision = DECISIONS.find((d) => d.when({ left, right, respectively, joined: cut.joined, conjunction: cut.conjunction, commaJoined: cut.commaJoined, causal: cut.causal, temporal: cut.temporal, emoji: cut.emoji, including: cut.including, colon: cut.colon, lineEnd: cut.lineEnd, enumerated: cut.enumerated, relative, runOn: cut.runOn, lexicon, kb }))?.then ?? 'none';
    if (decision === 'none') return;
    spans.push({ ...close(cut.end), ...(decision === 'heading' ? { heading: true } : {}) });
    const leftStart = start;
    start = cut.resume;
    // "…and was received by A": read with the subject of the clause before it.
    // ("…and after A met C": read after the words of the clause before that come before its own "after".)
    const order = decision === 'sameVerb' ? orderAt(left) : undefined;
    const shared = decision === 'subject' ? subjectOf(left) : order !== undefined ? text.slice(leftStart, tokenSpans(text, leftStart, left.reading.raw)[order]?.start ?? leftStart).trim() : undefined;
    const after = cut.then ? { after: true as const } : {};
    pending = decision === 'continues' ? { continues: true, ...after } : decision === 'clause' ? after : decision === 'adds' ? { continues: true, adds: true } : decision === 'relative' && relative ? { relative, aside: true } : shared ? { relative: { antecedent: shared, rest: cut.resume } } : {};
  });
  spans.push(close(sentence.end));
  return spans;
}

/** For each token, the latest start of a term (or of a word) that matches and ends before it; -1 when none does. */
function sinceBefore(reading: Query['reading'], term: (t: Term) => boolean, word: (w: string) => boolean = () => false): number[] {
  const startsEndingAt = new Map<number, number>();
  for (const t of reading.terms) if (term(t)) startsEndingAt.set(t.end, Math.max(startsEndingAt.get(t.end) ?? -1, t.start));
  const since: number[] = [];
  let latest = -1;
  for (let i = 0; i <= reading.tokens.length; i++) {
    latest = Math.max(latest, startsEndingAt.get(i) ?? -1);
    since.push(latest);
    if (word(reading.tokens[i] ?? '')) latest = Math.max(latest, i);
  }
  return since;
}

/** Where the clause's first "after" or "before" stands, when it says what came first, not how long after. */
function orderAt(q: Query): number | undefined {
  return q.reading.terms.find((t) => t.kind === 'marker' && (t.marker === 'after' || t.marker === 'before') && !q.reading.terms.some((n) => n.kind === 'number' && n.end <= t.start))?.start;
}

/** After a clause saying who someone is, a post alone, joined by "and": another post said of them. */
function postOfTheSame(c: Cut): boolean {
  const says = c.left.claim.identities.length + c.left.claim.titles.length > 0;
  return c.joined && says && c.right.claim.participants.length > 0 && c.right.claim.participants.every((p) => p.via === 'role') && !c.right.reading.negated;
}

/** "They met in Y, A": "they", then after the last comma only who they are, the list of whom may go on. */
function namesThem(q: Query, kb: KnowledgeBase): boolean {
  const from = q.reading.clauses.at(-1) ?? 0;
  const before = q.reading.terms.filter((t) => t.end <= from);
  const after = q.reading.terms.filter((t) => t.start >= from && t.kind !== 'function');
  const person = (t: Query['reading']['terms'][number]) => t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'person';
  const they = (terms: typeof before) => terms.some((t) => t.kind === 'pronoun' && t.what === 'group') && !terms.some(person);
  // (At the comma itself, the clause with "they" is all there is before it.)
  return they(q.reading.terms) || (they(before) && after.every(person));
}

/** The clause ends on a name: a list of them may go on after a comma. */
function endsWithName(q: Query): boolean {
  const last = q.reading.terms.filter((t) => t.kind !== 'function').at(-1);
  return last?.kind === 'entity' && last.end === q.reading.tokens.length;
}

/** A day or a place said. */
function saysWhenOrWhere(q: Query): boolean {
  return q.claim.dates.length + q.claim.places.length > 0;
}

/** Opens with a day or a place ("Monday 1 Dec, …", "Y, …"): after a semicolon, the start of another account. */
function opensWithWhenOrWhere(q: Query, kb: KnowledgeBase): boolean {
  const first = firstContent(q);
  return first?.kind === 'date' || (first?.kind === 'entity' && kb.entities.get(first.entity)?.type === 'place');
}

/** The clause opens with a judgement no fact makes (a concept no fact carries), with only "it is" before it. */
function judgedFirst(q: Query, kb: KnowledgeBase): boolean {
  const first = q.reading.terms.find((t) => t.kind !== 'function' && !(t.kind === 'pronoun' && t.start === 0));
  return first?.kind === 'concept' && !kb.factsWithConcept.get(first.concept)?.length && q.reading.terms.filter((t) => t.end <= first.start).length <= 2;
}

/** "that", « que » first: a word that opens a clause, not one that opens a noun's complement (« de », "to"). */
function opensThat(q: Query, lexicon: Lexicon): boolean {
  const first = q.reading.tokens[0] ?? '';
  const g = grammarOf(lexicon);
  return g.complementizers.has(first) && !g.genitive.has(first) && !Object.values(lexicon.languages).some((l) => l.locatives.has(first));
}

/** The clause's verbs say what someone said, asked or wants. */
function saysContent(q: Query, kb: KnowledgeBase): boolean {
  return q.claim.predicates.length > 0 && q.claim.predicates.every((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'content'));
}

/** "…, then by the Y", « …, puis par X »: after the joiner, the word that says who did it, first. */
function opensWithAgent(q: Query): boolean {
  const first = q.reading.terms.find((t) => t.kind !== 'function');
  return first?.kind === 'marker' && first.marker === 'agent';
}

/** The first thing a clause names is a person: "A met C…". */
function subjectIsPerson(q: Query, kb: KnowledgeBase): boolean {
  const first = firstContent(q);
  return first?.kind === 'entity' && kb.entities.get(first.entity)?.type === 'person';
}
