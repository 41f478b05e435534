// From a sentence's Terms to a Query: what it asks (its slots), whether it
// wants a yes or a no, and the Claim it makes or presupposes (see claim.ts).
import type { KnowledgeBase, Language } from '../knowledge/types.js';
import type { Intent } from '../types.js';
import { readClaim, type Claim, type EntityTerm } from './claim.js';
import { grammarOf, type CueIntent, type Lexicon, type PronounKind } from './lexicon.js';
import type { Grammar } from './grammar.js';
import type { Reading, Term, TermOf } from './read.js';

export type { Claim, Mention, Participant, Topic } from './claim.js';

export interface Query {
  reading: Reading;
  language: Language;
  /** Wants a yes or a no (or a statement to check). */
  polar: boolean;
  /** Has a question word where one asks ("who…", "…quel âge"). */
  interrogative: boolean;
  /** Said, not asked: no "?", no verb that opens it, no tag ("i heard B never mentioned X", not "didn't B mention X?"). */
  stated: boolean;
  /** Opens with a strong cue: a request even without "?" ("résume-moi l'article", "list the meetings"). */
  request: boolean;
  negated: boolean;
  intent: Intent;
  /** Further slots asked at once: "where and when". */
  also: Intent[];
  claim: Claim;
  /** "who else", "d'autres": what the question does not already know. */
  exclude: boolean;
  pronouns: Set<PronounKind>;
  followUp: boolean;
  /** Nothing but greetings, chatter or punctuation. */
  empty: boolean;
}

export function frameQuestion(reading: Reading, kb: KnowledgeBase, lexicon: Lexicon): Query {
  const { terms, tokens, language } = reading;
  const grammar = grammarOf(lexicon);
  const lex = lexicon.languages[language];
  const other = lexicon.languages[language === 'fr' ? 'en' : 'fr'];
  const isWh = (t: string) => lex.whWords.has(t) || other.whWords.has(t);
  const whAt = (i: number) => reading.wh[i] ?? false;
  const of = <K extends Term['kind']>(kind: K) => terms.filter((t): t is TermOf<K> => t.kind === kind);
  const markers = of('marker');
  const marked = (kind: TermOf<'marker'>['marker']) => markers.filter((m) => m.marker === kind);
  const entities = of('entity').map((t) => ({ ...t, type: kb.entities.get(t.entity)?.type ?? 'person' }));
  const predicates = of('predicate');

  // ---- Interrogative words: at the head of the clause ("c koi", "who"), near its end ("il est venu quand ?"), or after a preposition.
  const quiet = (t: Term) => !whAt(t.start) && (t.kind === 'function' || t.kind === 'negation' || (t.kind === 'marker' && (t.marker === 'filler' || t.marker === 'opener')));
  const head = terms.find((t) => !quiet(t) && !(t.kind === 'cue' && grammar.whLead.has(tokens[t.start] ?? '')));
  let headEnd = head?.end ?? 0;
  if (head?.kind === 'cue') while (terms.some((t) => t.kind === 'cue' && t.start === headEnd)) headEnd++;
  const contentEnd = [...terms].reverse().find((t) => !(t.kind === 'marker' && (t.marker === 'filler' || t.marker === 'tag' || t.marker === 'opener')) && t.kind !== 'function')?.end ?? tokens.length;
  // A clause after a comma has its own head: "According to B, what should…".
  const clauseHeads = reading.clauses.map((c) => terms.find((t) => t.start >= c && !quiet(t))?.start).filter((x): x is number => x !== undefined);
  const asking = (i: number) => {
    if (!whAt(i)) return false;
    // "c'est A qui recevait ?": "qui" right after a name introduces what is said of it.
    // (Not past a comma: « à part B, qui A a-t-il rencontré ? » asks.)
    // (So does "who" after "the same guy", « le même gars qui… »: whether it was the same is asked, not who.)
    const sameOne = terms.some((t) => t.kind === 'marker' && t.marker === 'same_person' && t.end === i);
    if (grammar.relative.has(tokens[i] ?? '') && (entities.some((e) => e.end === i) || sameOne) && !reading.clauses.includes(i)) return false;
    if (head && i >= head.start && i < headEnd) return true;
    // "c'était quand…", "it was where?": only a pronoun and grammar before it.
    if (terms.filter((t) => t.start < i).every((t) => quiet(t) || t.kind === 'pronoun' || t.kind === 'marker')) return true;
    // At a clause's head, or ending one: "…, what should…", "Elle a eu lieu quand, la rencontre… ?"
    if (clauseHeads.includes(i) || clauseHeads.includes(i - 1) || reading.clauses.includes(i + 1)) return true;
    if (i >= contentEnd - 3) return true;
    // ("A a reçu qui à Y le 1er décembre ?", "he met who?": "who" right after the verb is its object, asked — with a
    // question mark or without one: no relative follows a verb, « A y a rencontré qui de l'U ».)
    if (grammar.relative.has(tokens[i] ?? '') && predicates.some((p) => p.end === i)) return true;
    // "il est resté combien de temps au K ?": in a question, some question words ask wherever they stand.
    if (reading.endsWithQuestionMark && lex.syntax.inSitu.has(tokens[i] ?? '') && !entities.some((e) => e.end === i)) return true;
    const before = tokens[i - 1];
    return before !== undefined && grammar.whLead.has(before) && (i === 1 || !entities.some((e) => e.end === i - 1));
  };
  // "…still on when B came": a "when" that opens a clause of time asks nothing, unless it heads the question.
  const opensClause = (i: number) => (lex.whenWords.has(tokens[i] ?? '') || other.whenWords.has(tokens[i] ?? '')) && entities.some((e) => e.start === i + 1) && predicates.some((p) => p.start > i);
  const asked = new Set(tokens.flatMap((_, i) => (asking(i) && !(opensClause(i) && !(head && i >= head.start && i < headEnd)) ? [i] : [])));
  // "qu'est-ce que…", "c koi…": a strong cue at the head asks, whatever its words; so does one of several words anywhere ("C c'est quoi son titre").
  // ("A job?", "B full title?": one name and, last, what is asked of it, and nothing else, asks it.)
  const bare = entities.length === 1 && terms.every((t) => t.kind === 'entity' || t.kind === 'cue' || t.kind === 'function' || (t.kind === 'marker' && t.marker === 'filler'));
  // (…even a weaker cue, last after one name alone: "B's title?".)
  for (const c of reading.cues) if ((c.weight >= 3 && ((head && c.start <= head.start && c.end > head.start) || (c.end - c.start >= 2 && reading.tokens.slice(c.start, c.end).some((_, k) => whAt(c.start + k))))) || (c.weight >= 2 && bare && c.end === contentEnd)) asked.add(c.start);
  const interrogative = asked.size > 0;

  // ---- Yes/no: an opener or inversion up front, a tag at the end, a "?" after a statement, or a statement alone.
  const firstContent = terms.find((t) => !(t.kind === 'marker' && t.marker === 'filler') && t.kind !== 'function');
  // ("in the Y one was K a topic", "at the X meeting did they…": a place or meeting set up front, then the verb that asks.)
  const setUp = firstContent?.kind === 'entity' && ['place', 'meeting'].includes(kb.entities.get(firstContent.entity)?.type ?? '') && [firstContent.start - 1, firstContent.start - 2].some((i) => lex.locatives.has(tokens[i] ?? '') || other.locatives.has(tokens[i] ?? ''));
  const afterSetUp = (m: { start: number }) => setUp && firstContent !== undefined && m.start >= firstContent.end && terms.every((t) => t.start < firstContent.end || t.start >= m.start || t.kind === 'function');
  const opener = marked('opener').some((m) => firstContent !== undefined && (m.start <= firstContent.start + 1 || afterSetUp(m)));
  // (Said, not asked: only a verb that opens it asks — not "was" right after the name, "C wasn't received in X" —, and a
  // verb and a pronoun that close it are a tag with no "?", "B is new, isn't he".)
  const [verbBefore, last] = terms.slice(-2);
  const closingTag = last?.kind === 'pronoun' && last.end === tokens.length && verbBefore?.kind === 'marker' && (verbBefore.marker === 'opener' || verbBefore.marker === 'inversion');
  const opening = [...marked('opener'), ...marked('inversion')].some((m) => m.start <= (firstContent?.start ?? 0) || afterSetUp(m));
  const stated = !reading.endsWithQuestionMark && !opening && !closingTag && !marked('tag').length;
  const hasContent = entities.length + predicates.length + of('concept').length + of('title').length + of('narrower').length > 0;
  const strongCue = [...reading.intentScores.values()].some((s) => s >= 2);
  // (« parle-moi d'O », "talk me through…": the verb of a request to tell is the request, not something said to be discussed.)
  const telling = reading.cues.filter((c) => c.intent === 'summary' && c.weight >= 3);
  // ("what does the Y article call A?": a page's verb of saying with a name right after it, asked, asks what the page names
  // A — the name it gives, not something said.)
  const page = terms.find((t) => t.kind === 'generic' && (t.what === 'article' || t.what === 'document'));
  const naming = (t: Term) => t.kind === 'predicate' && asked.size > 0 && page !== undefined && page.end <= t.start && grammar.naming.has(tokens[t.start] ?? '') && entities.some((e) => e.start === t.end);
  const told = (t: Term) => (t.kind === 'predicate' && telling.some((c) => c.start <= t.start && t.start < c.end)) || naming(t);
  const claim = readClaim(terms.some(told) ? { ...reading, terms: terms.filter((t) => !told(t)) } : reading, kb, lexicon, entities, asked, lex.locatives, other.locatives);
  // ("before or after B?", « pendant l'AG ou après ? »: which of them is asked, not whether one holds; the days of
  // what is named answer it.)
  const eitherOrder = markers.some((m) => (m.marker === 'before' || m.marker === 'after') && grammar.alternative.has(tokens[m.start - 1] ?? ''));
  if (eitherOrder) {
    // (The two meetings ordered are still what is asked about; an occasion said against "after" is one of the two answers.)
    const ordered = claim.order ? [claim.order.earlier, claim.order.later] : [];
    claim.meetings = [...claim.meetings, ...ordered.filter((id) => !claim.meetings.some((x) => x.entity === id)).map((id) => ({ entity: id, type: 'meeting' as const, via: 'alias' as const, surface: '', start: -1, end: -1, fuzzy: false }))];
    claim.order = undefined;
    claim.eventOrder = undefined;
    claim.events = claim.events.filter((e) => !markers.some((m) => m.marker === 'occasion' && m.end <= e.start && e.start - m.end <= 2));
  }
  // "y a eu plus de 10 jours entre les deux rencontres ?": a number said of the meetings is a claim to check, not a request for them.
  // (« les deux rencontres c'était bien en 2025 ? »: so is a day or a year said of them.)
  // (« toutes les rencontres de A c'était avec des organisations… ? »: and what "it was" says of them.)
  const saysOfThem = reading.endsWithQuestionMark && of('pronoun').some((p) => p.what === 'meeting' && p.start > 0 && terms.some((t) => t.start >= p.end && ['word', 'concept', 'generic'].includes(t.kind)));
  // ("i read the two meetings were 2 weeks apart": without "?", a verb that says it.)
  const measured = ((reading.endsWithQuestionMark || marked('opener').length > 0) && claim.counts.length + claim.dates.length > 0) || saysOfThem;
  // "Can you give me a summary?": a request for the whole coverage, not a yes/no question.
  const request = !measured && (['summary', 'meetings', 'help'] as const).some((i) => (reading.intentScores.get(i) ?? 0) >= 3) && !markers.some((m) => m.marker === 'tag');
  // "and for the X one?": the last question again, about something else; no claim of its own.
  // ("et c'était aussi pendant l'AG ?": "it was…" says something of the meeting meant; a claim, not the last question again.)
  const ofTheMeeting = of('pronoun').some((p) => p.what === 'meeting') && reading.terms.some((t) => t.kind === 'date' || (t.kind === 'entity' && t.start > 0));
  // ("et lui, il était nouveau ?": "was" and what is said of him is a claim of its own, not the last question again.)
  const saysOfHim = of('pronoun').some((p) => p.what === 'person') && marked('passive').length > 0 && of('concept').length > 0;
  // (« et B y était aussi ? », "was B there too?": being at the place last spoken of is a claim too.)
  const beingThere = of('pronoun').some((p) => p.what === 'place') && marked('passive').length > 0 && entities.some((e) => e.type === 'person');
  // ("and the second one was in X too?": a meeting picked by its rank, and "was" and what is said of it, is a claim too.)
  const ofTheRanked = (claim.rank ?? claim.pick) !== undefined && marked('opener').length + marked('passive').length > 0 && claim.places.length + claim.dates.length + claim.participants.length > 0;
  const elliptical = reading.followUp && !predicates.length && !of('title').length && claim.same === undefined && !opener && !marked('inversion').length && !marked('tag').length && !ofTheMeeting && !saysOfHim && !beingThere && !ofTheRanked;
  // ("Le communiqué de Y dit que…": a document said to say something is where a claim comes from, not what is asked about.)
  const attributed = of('generic').some((g) => (g.what === 'document' || g.what === 'article') && predicates.some((p) => p.start > g.start && p.start - g.end <= 3 && p.predicates.some((id) => kb.predicates.get(id)?.kind === 'content')));
  // (« toutes les rencontres … c'était avec … ? »: a list's cue at the head, with no wh-word, asks nothing when the rest says something of them.)
  const asks = interrogative && !(saysOfThem && [...asked].every((i) => !whAt(i) && reading.cues.some((c) => c.start === i && c.weight >= 3)));
  const polar =
    !eitherOrder &&
    !asks &&
    !request &&
    !elliptical &&
    // (« c le même communiqué pour les deux ? »: "the same one", asked, is a claim about the meetings compared.)
    (opener || measured || marked('inversion').length > 0 || marked('tag').length > 0 || (reading.endsWithQuestionMark && (hasContent || claim.same !== undefined)) || (hasContent && predicates.length + of('title').length > 0 && (!strongCue || attributed)));

  // "l'événement qui se déroule…": a wh-word that asks nothing (a relative) is no cue.
  const scores = new Map<CueIntent, number>();
  for (const c of reading.cues) {
    if (c.end - c.start === 1 && whAt(c.start) && !asked.has(c.start)) continue;
    scores.set(c.intent, (scores.get(c.intent) ?? 0) + c.weight);
  }
  const cueReading: Reading = { ...reading, intentScores: scores };
  // ("He (B) talked…", « lui, B, … »: a pronoun its name follows right away stands for that name, not for the one before.)
  const named = (p: { end: number }) => entities.some((e) => e.type === 'person' && e.start === p.end);
  const pronouns = new Set(of('pronoun').filter((p) => p.what !== 'person' || !named(p)).map((p) => p.what));
  const meaningful = terms.some((t) => !quiet(t) && t.kind !== 'marker' && t.kind !== 'cue') || reading.intentScores.size > 0;
  const intent = polar ? 'yesno' : eitherOrder ? 'when' : chooseIntent(cueReading, entities, claim, kb, lexicon, isWh);
  return {
    reading,
    language,
    polar,
    interrogative,
    stated,
    // A request without "?": a cue at the head ("liste-moi…", "résume…"), or one for the whole coverage anywhere ("give me all the meetings").
    request: !measured && reading.cues.some((c) => {
      const whole = ['meetings', 'summary', 'help', 'count', 'sources'].includes(c.intent);
      const atHead = head !== undefined && c.start <= head.start + 1;
      return (atHead && c.weight >= (whole ? 2 : 3)) || (whole && c.intent !== 'sources' && c.weight >= 3);
    }),
    // ("…only about the Z, nothing else": a negation that says "only" again denies nothing.)
    // ("OSN doesn't stand for…": what a short name stands for is denied by a negation of its own only, not by « …, pour ceux qui savaient pas ».)
    negated: claim.expansion ? claim.expansion.negated : everythingBut(reading, grammar) || (reading.negated && !negationInChatter(reading, lexicon) && !negationSaysOnly(reading, lexicon) && !((claim.notPlaces.length || claim.notDates?.length) && terms.filter((t) => t.kind === 'negation').every((t) => [...claim.notPlaces, ...(claim.notDates ?? [])].some((p) => p.start - t.end <= 2 && p.start > t.start))) && !contrastOnly(reading, lexicon)),
    intent,
    also: polar ? [] : moreSlots(reading, intent, grammar.conjunction),
    // ("Quel poste occupe C ?", "why does the U even care about…": words that only frame what a wh-question asks are
    // nothing it says; in a yes/no question, a claim or a negated question, "why doesn't C care…?", they are what is said, and stay.)
    claim: polar || !interrogative || reading.negated ? claim : withoutFrames(claim, lex.askingFrames),
    exclude: marked('exclusion').length > 0,
    pronouns,
    followUp: reading.followUp,
    empty: !meaningful && entities.length === 0,
  };
}

function chooseIntent(reading: Reading, named: EntityTerm[], claim: Claim, kb: KnowledgeBase, lexicon: Lexicon, isWh: (t: string) => boolean): Intent {
  const scores = reading.intentScores;
  const score = (i: CueIntent) => scores.get(i) ?? 0;
  const hasPerson = named.some((m) => m.type === 'person');
  const hasOrgOrPlace = named.some((m) => m.type === 'organisation' || m.type === 'place' || m.type === 'event');
  const asks = claim.predicates.map((p) => p.ids.map((id) => kb.predicates.get(id)?.asks).find(Boolean)).find(Boolean);
  const grammar = grammarOf(lexicon);
  const what = reading.tokens.some((t) => grammar.what.has(t));
  if (score('help') >= 3 && named.length === 0) return 'help';
  if (score('count') >= 3) return 'count';
  // A list or a summary of the coverage, unless a sharper question word asks something else ("which hotspots did the communiqué list?").
  const sharper = Math.max(...(['who', 'where', 'when', 'why', 'topics', 'statement', 'event'] as CueIntent[]).map(score));
  // "le titre de A": a person's title, not an article's.
  const ofPerson = hasPerson && !claim.generic.has('article') && !claim.generic.has('document');
  // (« la rencontre reflète quoi, selon le communiqué ? »: what its verb asks for, right after it, is asked; a document
  // only mentioned is where the answer comes from — unless a cue asks for one, « quel communiqué », « le titre ».)
  const inSitu = reading.terms.some((t) => t.kind === 'predicate' && grammar.what.has(reading.tokens[t.end] ?? ''));
  const askedForSources = reading.cues.some((c) => c.intent === 'sources' && c.weight >= 3);
  // ("c quoi les zones citées dans le communiqué", "what does the communique say the meeting shows?": a document said as
  // where something is said, or as who says it, is where the answer comes from, not what is asked.)
  const locatives = Object.values(lexicon.languages).flatMap((l) => [...l.locatives]);
  const documents = reading.terms.filter((t) => t.kind === 'generic' && (t.what === 'document' || t.what === 'article'));
  const saying = (i: number) => reading.terms.some((t) => t.kind === 'predicate' && t.start >= i && t.start - i <= 1 && t.predicates.some((id) => kb.predicates.get(id)?.kind === 'content'));
  // (Not « dans quel article… ? », "which piece…": a document a question word stands before is what is asked.)
  const attributions = Object.values(lexicon.languages).flatMap((l) => l.attribution.all(reading.tokens));
  const where = (g: { start: number; end: number }) => [g.start - 1, g.start - 2].some((i) => locatives.includes(reading.tokens[i] ?? '')) || attributions.some((m) => m.end === g.start || m.end === g.start - 1) || saying(g.end);
  const documentIsWhere = documents.length > 0 && documents.every((g) => where(g) && !isWh(reading.tokens[g.start - 1] ?? ''));
  const verbAsks = (inSitu || (what && documentIsWhere)) && !askedForSources && asks !== undefined && asks !== 'sources' ? asks : undefined;
  if (score('sources') >= 3 && score('sources') > score('summary') && score('sources') > sharper && !ofPerson && !verbAsks) return 'sources';
  if (score('summary') >= 3 && score('summary') > sharper) {
    // ("tell me about the Z", « parle-moi d'O »: what the telling is of, right after it. Something talked about: what was
    // said of it; an organisation or an event: what it is. A person, a place, a meeting, an article: their story.)
    const telling = reading.terms.find((t) => t.kind === 'marker' && t.marker === 'telling');
    const object = telling && reading.terms.find((t) => t.start >= telling.end && t.kind !== 'function');
    const metThere = (id: string) => kb.meetings.some((m) => m.city === id);
    if (object?.kind === 'concept' || (object?.kind === 'entity' && !metThere(object.entity) && claim.topics.some((t) => t.kind === 'entity' && t.entity === object.entity))) return 'topics';
    if (object?.kind === 'entity' && ['organisation', 'event'].includes(kb.entities.get(object.entity)?.type ?? '')) return 'definition';
    return 'summary';
  }
  if (asks === 'sources') return 'sources';
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || PRIORITY.indexOf(a[0]) - PRIORITY.indexOf(b[0]));
  // A lone unaccented "ou" is more often "or" than "where".
  let best: CueIntent | undefined = ranked.find(([intent, s]) => !(intent === 'where' && s < 1))?.[0];
  if (best === 'sources' && verbAsks) best = verbAsks;
  if (score('role') >= 3 && score('role') >= score('who') && claim.predicates.length === 0) best = 'role';
  if (best === 'role' && !hasPerson && hasOrgOrPlace) best = 'definition';
  if (best === 'definition' && hasPerson && !hasOrgOrPlace) best = 'role';
  if (best === 'who' && claim.identities.length === 0 && named.some((m) => m.type === 'person' && m.via === 'role') && claim.predicates.length === 0) best = 'who';
  if ((best === 'definition' || best === 'role' || best === undefined || best === 'topics') && asks && (what || best === undefined)) best = asks;
  // (« directeur général de quoi ? »: what a title is of asks the post, not what was said.)
  // (…« est le patron de quoi ? »: or a verb that says what someone heads.)
  const post = (t: Reading['terms'][number]) => t.kind === 'title' || (t.kind === 'predicate' && t.predicates.some((id) => kb.predicates.get(id)?.kind === 'title'));
  if (best === 'topics' && reading.cues.some((c) => c.intent === 'topics' && reading.terms.some((t) => post(t) && t.end === c.start))) best = 'role';
  if (best === 'meetings' && score('who') > score('meetings')) best = 'who';
  if (best === 'who' && named.length === 0 && score('meetings') > 0 && claim.predicates.length === 0) best = 'meetings';
  if (best === 'help' && named.length > 0) best = undefined;
  // "which U official…", "quel responsable…": a person is asked for.
  if (best === undefined && claim.generic.has('person') && what) return 'who';
  // "qui est venu voir A ?": "qui est" before a verb asks who, not who someone is.
  if (best === 'role' && claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind !== 'title'))) best = 'who';
  // "c'est quoi le but…": the sharper cue says what is asked.
  if (best === 'definition' && sharper >= 2) best = ranked.find(([i]) => ['who', 'where', 'when', 'why', 'topics', 'statement', 'event'].includes(i))?.[0] ?? best;
  // "c'est quoi le domaine de coopération…", "what's the sports angle…": what follows "what is" is an idea, not a name; what was said of it.
  const afterCue = reading.terms.find((t) => t.kind !== 'function' && t.kind !== 'cue' && !(t.kind === 'marker' && t.marker === 'filler'));
  if (best === 'definition' && afterCue?.kind === 'concept') best = 'topics';
  // "Tell me about B's visit": about the meeting, not the man.
  if ((best === 'definition' || best === 'role') && claim.generic.has('meeting')) return 'about';
  // "c'est quoi l'événement…", "what big event…": the occasion.
  if (claim.generic.has('event') && what && (best === undefined || best === 'definition' || best === 'topics')) best = 'event';
  // "c'est quoi le lien avec le sport ?": a generic "what is" about an idea asks what was said about it.
  if ((best === undefined || best === 'definition' || best === 'role') && claim.topics.some((t) => t.kind === 'concept') && score('role') < 3 && named.length === 0) best = 'topics';
  if (best) return best;
  if (what && claim.predicates.length > 0) return 'about';
  if (reading.tokens.some(isWh) && named.length > 0) return 'about';
  if (named.length > 0) return 'about';
  return 'unknown';
}

/** "…the 92nd edition, not 93rd": a negation opening a clause with no verb sets aside an alternative; the claim stands. */
function contrastOnly(reading: Reading, lexicon: Lexicon): boolean {
  const negations = reading.terms.filter((t) => t.kind === 'negation');
  // ("no, B isn't new": a negated verb after the name — read as a question's opening, "isn't" — is no contrast.)
  const denies = (w: string) => Object.values(lexicon.languages).some((l) => l.negations.has(w));
  // ("Not true that…", « pas vrai que … »: a negation right before the opening denies what follows it.)
  const negatedVerb = reading.terms.some((t) => t.kind === 'marker' && t.marker === 'opener' && t.start > 0 && reading.tokens.slice(t.start - 1, t.end).some(denies));
  return negations.length > 0 && !negatedVerb && negations.every((n) => reading.clauses.includes(n.start) && !reading.terms.some((t) => t.kind === 'predicate' && t.start > n.start));
}

/** "nothing else", « rien d'autre »: every word that denies stands in a phrase that says "only". */
function negationSaysOnly(reading: Reading, lexicon: Lexicon): boolean {
  const only = Object.values(lexicon.languages).flatMap((l) => l.exclusive.all(reading.tokens));
  const denies = reading.terms.filter((t) => t.kind === 'negation');
  return denies.length > 0 && denies.every((n) => only.some((m) => m.start <= n.start && n.end <= m.end));
}

/** "where and when", "où et quand": the wh-words asked together, after the first. */
function moreSlots(reading: Reading, intent: Intent, conjunctions: Set<string>): Intent[] {
  const wh: CueIntent[] = ['who', 'where', 'when', 'why'];
  return wh.filter((i) => i !== intent && (reading.intentScores.get(i) ?? 0) >= 3 && reading.tokens.some((t, k) => conjunctions.has(t) && k < 4));
}

/** Which cue wins a tie: the more specific question first. */
const PRIORITY: CueIntent[] = ['when', 'where', 'why', 'who', 'statement', 'topics', 'count', 'meetings', 'summary', 'sources', 'role', 'definition', 'help'];

/** "ngl I didn't know the assembly was in Y": every word that denies stands in chatter, so the claim is not denied. */
function negationInChatter(reading: Reading, lexicon: Lexicon): boolean {
  const denies = (w: string) => Object.values(lexicon.languages).some((l) => l.negations.has(w));
  const chatter = reading.terms.filter((t) => t.kind === 'marker' && t.marker === 'filler');
  const at = reading.tokens.flatMap((w, i) => (denies(w) ? [i] : []));
  return at.length > 0 && at.every((i) => chatter.some((t) => t.start <= i && i < t.end));
}

function withoutFrames(claim: Claim, frames: ReadonlySet<string>): Claim {
  const topics = claim.topics.filter((t) => t.kind !== 'word' || !frames.has(t.word));
  return topics.length === claim.topics.length ? claim : { ...claim, topics };
}

/**
 * « ils ont parlé de tout sauf de Z », "everything but Z": all that was said, less Z — which says that Z was not,
 * the one thing of it the articles can bear on.
 */
function everythingBut(reading: Reading, grammar: Grammar): boolean {
  const { terms, tokens } = reading;
  // (The word for everything before the exclusion, or its first: « tout sauf », "everything but".)
  const but = terms.find((t) => t.kind === 'marker' && t.marker === 'exclusion' && (grammar.everything.has(tokens[t.start - 1] ?? '') || grammar.everything.has(tokens[t.start] ?? '')));
  // (Not in a question: "did they discuss anything but Z?" asks about the rest.)
  return but !== undefined && !reading.negated && !reading.endsWithQuestionMark && !reading.wh.some(Boolean) && terms.some((t) => (t.kind === 'concept' || t.kind === 'entity' || t.kind === 'narrower') && t.start >= but.end && t.start - but.end <= 2);
}
