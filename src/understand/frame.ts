// From a sentence's Terms to a Query: what it asks (its slots), whether it
// wants a yes or a no, and the Claim it makes or presupposes: who did what
// with whom, where, when, on what occasion, about which topic, in which
// capacity, how many. Position in the sentence tells the doer from the one
// it is done to; nothing here knows any article.
import type { Entity } from '../knowledge/schema.js';
import type { KnowledgeBase, Language } from '../knowledge/types.js';
import type { Intent } from '../types.js';
import type { DateMention } from './dates.js';
import type { CountTarget, CueIntent, GenericKind, Lexicon, PronounKind } from './lexicon.js';
import type { Reading, Term, TermOf } from './read.js';

export interface Mention {
  entity: string;
  type: Entity['type'];
  via: 'alias' | 'role';
  surface: string;
  start: number;
  end: number;
  fuzzy: boolean;
}

export interface Participant extends Mention {
  /** Who does what the verb says, or to whom it is done; "either" when no verb orders them. */
  role: 'agent' | 'object' | 'either';
}

export type Topic =
  /** `opposite`: the claim says the opposite of the idea ("reduce" for "strengthen"). */
  | { kind: 'concept'; concept: string; surface: string; fuzzy: boolean; opposite?: boolean }
  | { kind: 'entity'; entity: string; surface: string }
  | { kind: 'word'; word: string; surface: string };

export interface Claim {
  /** Each verb of the claim, with the predicates it may name. */
  predicates: { ids: string[]; surface: string; start: number; fuzzy: boolean }[];
  participants: Participant[];
  /** Places something is said to happen in ("in Rabat", "à Marrakech"). */
  places: Mention[];
  /** Names after "in", "à" that the coverage does not know ("à Casablanca"): no reported meeting was there. */
  unknownPlaces: string[];
  events: Mention[];
  meetings: Mention[];
  dates: DateMention[];
  /** "the 94th General Assembly": a number said of a named thing. */
  editions: { entity: string; value: number; surface: string }[];
  /** "three meetings": a number said of a count. */
  counts: { value: number; target?: CountTarget; surface: string }[];
  topics: Topic[];
  /** More specific things than the coverage names ("football"): never supported. */
  narrower: { surface: string; of: { entity?: string; concept?: string } }[];
  /** A title said of someone ("minister Hammouchi", "head of Interpol"); `unknownOrg` when its organisation is a name the coverage never uses. */
  titles: { person?: string; org?: string; unknownOrg?: string; surface: string }[];
  /** A named person said to be the one a title designates ("Zouev, the UN police chief"). */
  identities: { person: string; as: string; unknownOrg?: string; surface: string }[];
  /** A person said to work for an organisation ("Shahkar from Interpol"). */
  affiliations: { person: string; org: string; surface: string }[];
  generic: Set<GenericKind>;
  /** Organisations said to have issued a document ("Interpol's press release"). */
  issuers: string[];
  /** People set aside: "besides Shahkar", "à part Shahkar". */
  excluded: string[];
  /** "other", "d'autres": the claim is about more than the people it names. */
  others: boolean;
  /** Said in the future ("will", "bientôt"): the articles report what happened. */
  future: boolean;
  /** Meetings that date a clause of time ("when Zouev came"): their facts show the day. */
  dating: string[];
  /** "Shahkar before Zouev", "first Zouev, then Shahkar": who was met earlier. */
  order?: { earlier: string; later: string };
  /** "not in Marrakech": places the claim says it did not happen in. */
  notPlaces: Mention[];
  /** "about a week": a number give or take one. */
  approximate: boolean;
  /** "which languages", "quels foyers": an idea whose members are asked for by name. */
  which?: string;
  /** The idea a question asks about ("what language", "how long"): when no fact carries it, what is asked is unknown. */
  asked?: string;
  /** "before Zouev" with no one to compare: someone earlier than a person, whom the articles never name. */
  predecessor?: string;
}

export interface Query {
  reading: Reading;
  language: Language;
  /** Wants a yes or a no (or a statement to check). */
  polar: boolean;
  /** Has a question word where one asks ("who…", "…quel âge"). */
  interrogative: boolean;
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

const GLUE = new Set(['the', 'le', 'la', 'les', 'l', 'a', 'an', 'un', 'une', 'of', 'de', 'du', 'des', 'd', ',', 'is', 'est', 'was', 'etait', 'c', 'it', 'this', 'that', 'ce', 'il', 'elle', 'he', 'she', 's', 'still', 'toujours', 'now', 'really', 'vraiment', 'actually', 'bien', 'pas', 'not']);
const WH_LEAD = new Set(['avec', 'with', 'by', 'par', 'a', 'to', 'for', 'pour', 'de', 'in', 'dans', 'from', 'since', 'depuis', 'until', 'jusqu', 'en', 'on', 'sur', 'at', 'et', 'and', 'mais', 'but', 'then', 'puis', 'ou', 'or', 'so', 'donc', 'alors']);

/** Where a clause of time starts: a "when" word that asks nothing, or "while", "lorsque". */
function temporalClause(reading: Reading, lexicon: Lexicon, asked: Set<number>): number | undefined {
  const lex = lexicon.languages[reading.language];
  const other = lexicon.languages[reading.language === 'fr' ? 'en' : 'fr'];
  const marker = reading.terms.find((t) => t.kind === 'marker' && t.marker === 'temporal');
  if (marker) return marker.start;
  // A clause has a verb: "quand Zouev est venu" is one, "quand, la rencontre avec Zouev" is not.
  const at = reading.tokens.findIndex(
    (t, i) => i > 1 && !asked.has(i) && (lex.whenWords.has(t) || other.whenWords.has(t)) && reading.terms.some((x) => x.kind === 'entity' && x.start > i) && reading.terms.some((x) => x.start > i && (x.kind === 'predicate' || (x.kind === 'marker' && x.marker === 'passive') || lex.passive.has(reading.tokens[x.start] ?? ''))),
  );
  return at >= 0 && at < reading.tokens.length - 1 ? at : undefined;
}

export function frameQuestion(reading: Reading, kb: KnowledgeBase, lexicon: Lexicon): Query {
  const { terms, tokens, language } = reading;
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
  const head = terms.find((t) => !quiet(t) && !(t.kind === 'cue' && WH_LEAD.has(tokens[t.start] ?? '')));
  let headEnd = head?.end ?? 0;
  if (head?.kind === 'cue') while (terms.some((t) => t.kind === 'cue' && t.start === headEnd)) headEnd++;
  const contentEnd = [...terms].reverse().find((t) => !(t.kind === 'marker' && (t.marker === 'filler' || t.marker === 'tag' || t.marker === 'opener')) && t.kind !== 'function')?.end ?? tokens.length;
  // A clause after a comma has its own head: "According to Zouev, what should…".
  const clauseHeads = reading.clauses.map((c) => terms.find((t) => t.start >= c && !quiet(t))?.start).filter((x): x is number => x !== undefined);
  const asking = (i: number) => {
    if (!whAt(i)) return false;
    if (head && i >= head.start && i < headEnd) return true;
    // "c'était quand…", "it was where?": only a pronoun and grammar before it.
    if (terms.filter((t) => t.start < i).every((t) => quiet(t) || t.kind === 'pronoun' || t.kind === 'marker')) return true;
    // At a clause's head, or ending one: "…, what should…", "Elle a eu lieu quand, la rencontre… ?"
    if (clauseHeads.includes(i) || clauseHeads.includes(i - 1) || reading.clauses.includes(i + 1)) return true;
    if (i >= contentEnd - 3) return true;
    const before = tokens[i - 1];
    return before !== undefined && WH_LEAD.has(before) && (i === 1 || !entities.some((e) => e.end === i - 1));
  };
  // "…still on when Zouev came": a "when" that opens a clause of time asks nothing, unless it heads the question.
  const opensClause = (i: number) => (lex.whenWords.has(tokens[i] ?? '') || other.whenWords.has(tokens[i] ?? '')) && entities.some((e) => e.start === i + 1) && predicates.some((p) => p.start > i);
  const asked = new Set(tokens.flatMap((_, i) => (asking(i) && !(opensClause(i) && !(head && i >= head.start && i < headEnd)) ? [i] : [])));
  // "qu'est-ce que…", "c koi…": a strong cue at the head asks, whatever its words; so does one of several words anywhere ("Shahkar c'est quoi son titre").
  for (const c of reading.cues) if (c.weight >= 3 && ((head && c.start <= head.start && c.end > head.start) || (c.end - c.start >= 2 && reading.tokens.slice(c.start, c.end).some((_, k) => whAt(c.start + k))))) asked.add(c.start);
  const interrogative = asked.size > 0;

  // ---- Yes/no: an opener or inversion up front, a tag at the end, a "?" after a statement, or a statement alone.
  const firstContent = terms.find((t) => !(t.kind === 'marker' && t.marker === 'filler') && t.kind !== 'function');
  const opener = marked('opener').some((m) => firstContent !== undefined && m.start <= firstContent.start + 1);
  const hasContent = entities.length + predicates.length + of('concept').length + of('title').length + of('narrower').length > 0;
  const strongCue = [...reading.intentScores.values()].some((s) => s >= 2);
  // "Can you give me a summary?": a request for the whole coverage, not a yes/no question.
  const request = (['summary', 'meetings', 'help'] as const).some((i) => (reading.intentScores.get(i) ?? 0) >= 3) && !markers.some((m) => m.marker === 'tag');
  const polar =
    !interrogative &&
    !request &&
    (opener || marked('inversion').length > 0 || marked('tag').length > 0 || (reading.endsWithQuestionMark && hasContent) || (hasContent && predicates.length + of('title').length > 0 && !strongCue));

  // "l'événement qui se déroule…": a wh-word that asks nothing (a relative) is no cue.
  const scores = new Map<CueIntent, number>();
  for (const c of reading.cues) {
    if (c.end - c.start === 1 && whAt(c.start) && !asked.has(c.start)) continue;
    scores.set(c.intent, (scores.get(c.intent) ?? 0) + c.weight);
  }
  const cueReading: Reading = { ...reading, intentScores: scores };
  const claim = readClaim(reading, kb, lexicon, entities, asked, lex.locatives, other.locatives);
  const pronouns = new Set(of('pronoun').map((p) => p.what));
  const meaningful = terms.some((t) => !quiet(t) && t.kind !== 'marker' && t.kind !== 'cue') || reading.intentScores.size > 0;
  const intent = polar ? 'yesno' : chooseIntent(cueReading, entities, claim, kb, isWh);
  return {
    reading,
    language,
    polar,
    interrogative,
    // A request without "?": a cue at the head ("liste-moi…", "résume…"), or one for the whole coverage anywhere ("give me all the meetings").
    request: reading.cues.some((c) => {
      const whole = ['meetings', 'summary', 'help', 'count', 'sources'].includes(c.intent);
      const atHead = head !== undefined && c.start <= head.start + 1;
      return (atHead && c.weight >= (whole ? 2 : 3)) || (whole && c.intent !== 'sources' && c.weight >= 3);
    }),
    negated: reading.negated && !(claim.notPlaces.length && terms.filter((t) => t.kind === 'negation').every((t) => claim.notPlaces.some((p) => p.start - t.end <= 2 && p.start > t.start))),
    intent,
    also: polar ? [] : moreSlots(reading, intent),
    claim,
    exclude: marked('exclusion').length > 0,
    pronouns,
    followUp: reading.followUp,
    empty: !meaningful && entities.length === 0,
  };
}

type EntityTerm = TermOf<'entity'> & { type: Entity['type'] };

function readClaim(reading: Reading, kb: KnowledgeBase, lexicon: Lexicon, entities: EntityTerm[], asked: Set<number>, ...locativeSets: Set<string>[]): Claim {
  const { terms, tokens } = reading;
  const of = <K extends Term['kind']>(kind: K) => terms.filter((t): t is TermOf<K> => t.kind === kind);
  const markerAt = (kind: TermOf<'marker'>['marker'], end: number) => of('marker').some((m) => m.marker === kind && (m.end === end || (m.end === end - 1 && GLUE.has(tokens[end - 1] ?? ''))));
  const predicates = of('predicate');
  const first = predicates[0];
  const isLocative = (w: string | undefined) => w !== undefined && locativeSets.some((s) => s.has(w));
  const before = (e: { start: number }) => {
    const prev = tokens[e.start - 1];
    return ['la', 'le', 'les', 'l', 'the'].includes(prev ?? '') ? tokens[e.start - 2] : prev;
  };
  // "Was Zouev received", "Shahkar a été reçu par": the subject is the one received.
  const passiveWords = [lexicon.languages.fr.passive, lexicon.languages.en.passive];
  // "was received", "a été reçu": the auxiliary right before the verb; "Was Zouev received?": the auxiliary first, the verb a participle.
  const isPassiveWord = (w: string | undefined) => w !== undefined && passiveWords.some((p) => p.has(w));
  const firstWord = terms.find((t) => !(t.kind === 'marker' && t.marker === 'filler'));
  const participle = first !== undefined && /(ed|en|é|ée|és|ées|u|ue|us|i|is|it)$/.test(first.surface.toLowerCase().split(/\s+/)[0] ?? '');
  const passive =
    first !== undefined &&
    !/ing$/.test(first.surface.toLowerCase()) &&
    (isPassiveWord(tokens[first.start - 1]) || (firstWord !== undefined && firstWord.start < first.start && isPassiveWord(tokens[firstWord.start]) && participle));

  const claim: Claim = {
    predicates: predicates.map((p) => ({ ids: p.predicates, surface: p.surface, start: p.start, fuzzy: p.fuzzy })),
    participants: [],
    places: [],
    unknownPlaces: [],
    events: [],
    meetings: [],
    dates: of('date').map((d) => d.date),
    editions: [],
    counts: [],
    topics: [],
    narrower: of('narrower').map((n) => ({ surface: n.surface, of: n.of })),
    titles: [],
    identities: [],
    affiliations: [],
    generic: new Set(of('generic').map((g) => g.what)),
    issuers: [],
    excluded: [],
    others: of('marker').some((m) => m.marker === 'exclusion'),
    future: of('marker').some((m) => m.marker === 'future'),
    dating: [],
    notPlaces: [],
    approximate: of('marker').some((m) => m.marker === 'approximately'),
  };
  const documents = of('generic').filter((g) => g.what === 'document');

  const aliases = entities.filter((e) => e.type === 'person' && e.via === 'alias');
  const meetingNouns = [...of('generic').filter((g) => g.what === 'meeting'), ...of('pronoun').filter((p) => p.what === 'meeting')];
  // "secrétaire général adjoint de l'ONUDC": a title's organisation that the coverage never names.
  const unknownOrgAfter = (end: number): { unknownOrg?: string } => {
    let i = end;
    while (i < tokens.length && GLUE.has(tokens[i] ?? '')) i++;
    if (i === end) return {};
    const w = terms.find((t) => t.start === i && t.kind === 'word');
    return w && /^\p{Lu}/u.test(w.surface) ? { unknownOrg: w.surface } : {};
  };
  const linked = (a: { start: number; end: number }, b: { start: number; end: number }) => {
    const [x, y] = a.end <= b.start ? [a, b] : [b, a];
    const between = tokens.slice(x.end, y.start);
    return between.length <= 4 && between.every((w) => GLUE.has(w));
  };
  // "quand Zouev est venu", "when Shahkar was there": a clause of time, dated by the one meeting of the people in it.
  const clauseAt = temporalClause(reading, lexicon, asked);
  const inClause = (e: { start: number }) => clauseAt !== undefined && e.start > clauseAt;
  for (const e of entities.filter(inClause)) {
    const theirs = kb.meetings.filter((m) => m.host === e.entity || m.guests.includes(e.entity));
    const only = theirs.length === 1 ? theirs[0] : undefined;
    if (only) {
      const [year, month, day] = only.date.split('-').map(Number) as [number, number, number];
      claim.dates.push({ day, month, year, start: e.start, end: e.end });
      claim.dating.push(only.id);
    }
  }
  // The clause's own verb is not the claim's.
  if (clauseAt !== undefined) claim.predicates = claim.predicates.filter((p) => p.start < clauseAt);
  for (const e of entities) {
    if (inClause(e) && (e.type === 'person' || e.type === 'place')) continue;
    const mention = { entity: e.entity, type: e.type, via: e.via, surface: e.surface, start: e.start, end: e.end, fuzzy: e.fuzzy };
    // "besides Shahkar": set aside, not met.
    if (of('marker').some((m) => m.marker === 'exclusion' && m.end <= e.start && e.start - m.end <= 2)) {
      claim.excluded.push(e.entity);
      continue;
    }
    // "le communiqué de l'ONU", "Interpol's press release": who issued it.
    if (e.type === 'organisation' && documents.some((d) => (d.end <= e.start && e.start - d.end <= 3 && tokens.slice(d.end, e.start).every((w) => GLUE.has(w) || w === 'from')) || (e.end <= d.start && d.start - e.end <= 1))) {
      claim.issuers.push(e.entity);
      continue;
    }
    if (e.type === 'person' && e.via === 'role') {
      const named = aliases.find((a) => linked(a, e));
      if (named) {
        claim.identities.push({ person: named.entity, as: e.entity, surface: e.surface, ...unknownOrgAfter(e.end) });
        continue;
      }
    }
    // "Interpol, c'est bien l'Organisation internationale de police criminelle ?": two names of one thing.
    const same = entities.find((o) => o !== e && o.start < e.start && o.type === e.type && e.type !== 'person' && linked(o, e) && tokens.slice(o.end, e.start).some((w) => ['est', 'is', 'c', 'bien', 'means', 'stands'].includes(w)));
    if (same) {
      claim.identities.push({ person: same.entity, as: e.entity, surface: e.surface });
      claim.participants = claim.participants.filter((p) => p.entity !== same.entity || p.start !== same.start);
      claim.places = claim.places.filter((p) => p.start !== same.start);
      claim.topics = claim.topics.filter((t) => !(t.kind === 'entity' && t.entity === same.entity));
      continue;
    }
    if (e.type === 'organisation') {
      const person = aliases.find((a) => a.end <= e.start && of('marker').some((m) => m.marker === 'affiliation' && m.start >= a.end && m.start - a.end <= 2 && m.end <= e.start));
      if (person) {
        claim.affiliations.push({ person: person.entity, org: e.entity, surface: e.surface });
        continue;
      }
    }
    const edition = editionOf(e, tokens, kb);
    if (edition !== undefined) claim.editions.push({ entity: e.entity, value: edition, surface: e.surface });
    if (e.type === 'meeting') claim.meetings.push(mention);
    else if (e.type === 'event') claim.events.push(mention);
    else if (e.type === 'place') {
      // "in Rabat": where it happened; "Syria": what was talked about; "Morocco hosted": where, said as a doer.
      const firstKind = first ? kb.predicates.get(first.predicates[0] ?? '')?.kind : undefined;
      // "quel endroit de Marrakech": a place within the place asked for.
      const placeCue = reading.cues.some((c) => c.intent === 'where' && c.end === e.start - 1 && lexicon.languages[reading.language].relations.has(tokens[e.start - 1] ?? ''));
      // "the Marrakech meeting", "les réunions de Marrakech": where the meeting was.
      const meetingNoun = meetingNouns.some((g) => g.start === e.end || (g.end <= e.start && e.start - g.end <= 2 && tokens.slice(g.end, e.start).every((w) => GLUE.has(w) || isLocative(w))));
      // "not in Marrakech", "pas à Marrakech": where it did not happen.
      const negatedAt = [e.start - 1, e.start - 2, e.start - 3].some((i) => terms.some((t) => t.kind === 'negation' && t.start === i)) && isLocative(before(e));
      if (negatedAt) {
        claim.notPlaces.push(mention);
        continue;
      }
      // "le terrorisme au Sahel": where an idea is, not where the meeting was.
      const ofIdea = isLocative(before(e)) && terms.some((t) => (t.kind === 'concept' || t.kind === 'word') && (t.end === e.start - 1 || t.end === e.start - 2));
      if (ofIdea && e.type === 'place' && (kb.entities.get(e.entity) as { kind?: string } | undefined)?.kind === 'region') {
        claim.topics.push({ kind: 'entity', entity: e.entity, surface: e.surface });
        continue;
      }
      if (isLocative(before(e)) || markerAt('occasion', e.start) || meetingNoun || placeCue || (first !== undefined && e.start < first.start && firstKind !== 'content')) claim.places.push(mention);
      else claim.topics.push({ kind: 'entity', entity: e.entity, surface: e.surface });
    } else {
      const aboutIt = first !== undefined && e.start > first.end && ['about', 'de', 'du', 'des', 'sur', 'regarding', 'concerning'].includes(tokens[e.start - 1] ?? '') && kb.predicates.get(first.predicates[0] ?? '')?.kind === 'content';
      if (aboutIt) claim.topics.push({ kind: 'entity', entity: e.entity, surface: e.surface });
      else {
        const agentMarked = markerAt('agent', e.start);
        // "la rencontre avec Zouev", "the Zouev meeting": who the meeting was with, in no particular role.
        const companion = ['avec', 'with'].includes(tokens[e.start - 1] ?? '') || meetingNouns.some((g) => g.start === e.end || g.start === e.end + 1);
        // "quels responsables de l'ONU Hammouchi a reçus ?": a name inside the question phrase is what is asked, the object.
        const inWhPhrase = asked.size > 0 && [...asked].some((w) => w < e.start) && of('generic').some((g) => g.what === 'person' && g.end <= e.start && g.start > Math.min(...asked)) && entities.some((o) => o !== e && o.start > e.end && (first === undefined || o.start < first.start));
        const role = agentMarked ? 'agent' : inWhPhrase ? 'object' : companion || first === undefined ? 'either' : (e.start < first.start) !== passive ? 'agent' : 'object';
        claim.participants.push({ ...mention, role });
      }
    }
  }

  // Titles said of someone: next to their name, or across "is" ("Hammouchi is a minister", "Hammouchi, the Interpol president").
  const orgSpans = entities.filter((e) => e.type === 'organisation');
  const linkedOver = (a: { start: number; end: number }, t: { start: number; end: number }) => {
    if (linked(a, t)) return true;
    const org = orgSpans.find((o) => o.end === t.start && o.start >= a.end);
    return org !== undefined && tokens.slice(a.end, org.start).every((w) => GLUE.has(w)) && org.start - a.end <= 3;
  };
  for (const t of of('title')) {
    const person = aliases.find((a) => linkedOver(a, t));
    const next = entities.find((e) => e.type === 'organisation' && e.start >= t.end && e.start - t.end <= 3 && tokens.slice(t.end, e.start).every((w) => GLUE.has(w)));
    const prev = entities.find((e) => e.type === 'organisation' && e.end === t.start);
    const org = (next ?? prev)?.entity;
    if (person || org) claim.titles.push({ person: person?.entity, org, surface: t.surface, ...(org ? {} : unknownOrgAfter(t.end)) });
    else claim.topics.push({ kind: 'word', word: tokens.slice(t.start, t.end).join(' '), surface: t.surface });
  }
  // A title's organisation is said of the person, not met by them.
  claim.participants = claim.participants.filter((p) => !claim.titles.some((t) => t.org === p.entity && t.person));
  // "the Moroccan police boss": a title of an organisation, with no name, is the one who leads it.
  for (const t of [...claim.titles]) {
    if (t.person || !t.org) continue;
    const leaders = [...kb.entities.values()].filter((e) => e.type === 'person' && e.leads.includes(t.org as string));
    const leader = leaders.length === 1 ? leaders[0] : undefined;
    if (!leader) continue;
    claim.titles.splice(claim.titles.indexOf(t), 1);
    const org = claim.participants.find((p) => p.entity === t.org);
    claim.participants = claim.participants.filter((p) => p !== org);
    claim.participants.push({ entity: leader.id, type: 'person', via: 'role', surface: t.surface, start: org?.start ?? -1, end: org?.end ?? -1, fuzzy: false, role: org?.role ?? 'either' });
  }

  for (const c of of('concept')) claim.topics.push({ kind: 'concept', concept: c.concept, surface: c.surface, fuzzy: c.fuzzy, ...(c.relation === 'opposite' ? { opposite: true } : {}) });
  for (const w of of('word')) {
    // "à Casablanca", "in Geneva", "a tanger": a name where a place goes ("a duré" is a verb, not a place).
    const prev = before(w);
    const verbal = prev === 'a' && /(e|ee|es|ees|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites)$/.test(w.word);
    const nameLike = /^\p{Lu}/u.test(w.surface) || (!reading.english[w.start] && !verbal);
    if (isLocative(prev) && nameLike && !w.inCoverage) claim.unknownPlaces.push(w.surface);
    else claim.topics.push({ kind: 'word', word: w.word, surface: w.surface });
  }
  // "Was it the 92nd one?": an ordinal said of the one numbered thing the claim names.
  const numbered = entities.filter((e) => (e.type === 'event' || e.type === 'organisation') && /\d/.test(`${kb.entities.get(e.entity)?.name.fr ?? ''}`));
  for (const n of of('number')) {
    const only = numbered.length === 1 ? numbered[0] : undefined;
    if (n.ordinal && only && !claim.editions.length) {
      claim.editions.push({ entity: only.entity, value: n.value, surface: n.surface });
      continue;
    }
    if (n.ordinal || claim.editions.length) continue;
    // "a week apart": a span of days between the meetings.
    if (n.days) {
      claim.counts.push({ value: n.value, target: 'day', surface: n.surface });
      continue;
    }
    // "three meetings", "deux rencontres": a number is a count only next to what it counts.
    const counted = lexicon.languages[reading.language].countTargets.all(tokens).find((m) => m.start === n.end || m.start === n.end + 1);
    if (counted) claim.counts.push({ value: n.value, target: counted.value, surface: n.surface });
  }
  claim.order = orderOf(claim, terms, kb);
  // "who held the post before Zouev?": someone before him, whom the articles never mention.
  const beforeMarker = of('marker').find((m) => m.marker === 'before');
  const beforeWhom = beforeMarker ? claim.participants.find((p) => p.start === beforeMarker.end || p.start === beforeMarker.end + 1) : undefined;
  if (!claim.order && beforeWhom && claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person').length === 1) claim.predecessor = beforeWhom.entity;
  const whichWords = [lexicon.languages.fr.which, lexicon.languages.en.which];
  // Only an idea named at its own level: "which missions" is answered by "peacekeeping missions", "which languages" only by names.
  // and only an idea the knowledge knows has members ("languages": it lists narrower terms), not "which framework".
  // Asked of a yes/no question ("did he say which languages?"); a wh-question gets what the articles say of it.
  const yesNo = of('marker').some((m) => m.marker === 'opener' || m.marker === 'inversion' || m.marker === 'tag');
  claim.asked = of('concept').find((c) => whichWords.some((w) => w.has(tokens[c.start - 1] ?? '')) || reading.cues.some((q) => q.weight >= 2 && q.start < c.end && c.start < q.end))?.concept;
  claim.which = yesNo ? of('concept').find((c) => c.relation === 'same' && (kb.concepts.get(c.concept)?.narrower.length ?? 0) > 0 && whichWords.some((w) => w.has(tokens[c.start - 1] ?? '')))?.concept : undefined;
  // "Shahkar before Zouev": the one compared with is not one the claim says was met.
  if (claim.order) {
    const compared = claim.participants.find((p) => p.entity === claim.order?.later || p.entity === claim.order?.earlier);
    const marker = of('marker').find((m) => m.marker === 'before' || m.marker === 'after');
    const after = marker ? claim.participants.find((p) => p.start === marker.end || p.start === marker.end + 1) : undefined;
    if (after && compared) claim.participants = claim.participants.filter((p) => p !== after);
  }
  return claim;
}

/** "X before Y", "Y after X", "first X, then Y": the order said of two people's meetings. */
function orderOf(claim: Claim, terms: Term[], kb: KnowledgeBase): Claim['order'] {
  const markers = terms.filter((t): t is TermOf<'marker'> => t.kind === 'marker' && (t.marker === 'before' || t.marker === 'after' || t.marker === 'then'));
  if (!markers.length) return undefined;
  const met = claim.participants.filter((p) => kb.meetings.filter((m) => m.guests.includes(p.entity)).length === 1);
  for (const m of markers) {
    const left = [...met].reverse().find((p) => p.end <= m.start);
    const right = met.find((p) => p.start >= m.end);
    if (!left || !right || left.entity === right.entity) continue;
    return m.marker === 'after' ? { earlier: right.entity, later: left.entity } : { earlier: left.entity, later: right.entity };
  }
  return undefined;
}

/** The number said of a numbered thing ("93e AG", "the 92nd assembly"), when it says one. */
function editionOf(e: EntityTerm, tokens: readonly string[], kb: KnowledgeBase): number | undefined {
  if (e.type !== 'event' && e.type !== 'organisation') return undefined;
  const entity = kb.entities.get(e.entity);
  if (!/\d/.test(`${entity?.name.fr ?? ''} ${entity?.name.en ?? ''}`)) return undefined;
  const numeral = (w: string | undefined) => (w ? /^(\d+)(?:e|er|eme|ieme|th|st|nd|rd)?$/.exec(w)?.[1] : undefined);
  const said = tokens.slice(e.start, e.end).map(numeral).find(Boolean) ?? [tokens[e.start - 1], tokens[e.start - 2]].map(numeral).find(Boolean);
  return said === undefined ? undefined : Number(said);
}

function chooseIntent(reading: Reading, named: EntityTerm[], claim: Claim, kb: KnowledgeBase, isWh: (t: string) => boolean): Intent {
  const scores = reading.intentScores;
  const score = (i: CueIntent) => scores.get(i) ?? 0;
  const hasPerson = named.some((m) => m.type === 'person');
  const hasOrgOrPlace = named.some((m) => m.type === 'organisation' || m.type === 'place' || m.type === 'event');
  const asks = claim.predicates.map((p) => p.ids.map((id) => kb.predicates.get(id)?.asks).find(Boolean)).find(Boolean);
  const what = reading.tokens.some((t) => ['what', 'quoi', 'que', 'qu', 'koi', 'which', 'quel', 'quelle', 'quels', 'quelles', 'whats'].includes(t));
  if (score('help') >= 3 && named.length === 0) return 'help';
  if (score('count') >= 3) return 'count';
  // A list or a summary of the coverage, unless a sharper question word asks something else ("which hotspots did the communiqué list?").
  const sharper = Math.max(...(['who', 'where', 'when', 'why', 'topics', 'statement', 'event'] as CueIntent[]).map(score));
  if (score('sources') >= 3 && score('sources') > score('summary') && score('sources') > sharper) return 'sources';
  if (score('summary') >= 3 && score('summary') > sharper) return 'summary';
  if (asks === 'sources') return 'sources';
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || PRIORITY.indexOf(a[0]) - PRIORITY.indexOf(b[0]));
  // A lone unaccented "ou" is more often "or" than "where".
  let best: CueIntent | undefined = ranked.find(([intent, s]) => !(intent === 'where' && s < 1))?.[0];
  if (score('role') >= 3 && score('role') >= score('who') && claim.predicates.length === 0) best = 'role';
  if (best === 'role' && !hasPerson && hasOrgOrPlace) best = 'definition';
  if (best === 'definition' && hasPerson && !hasOrgOrPlace) best = 'role';
  if (best === 'who' && claim.identities.length === 0 && named.some((m) => m.type === 'person' && m.via === 'role') && claim.predicates.length === 0) best = 'who';
  if ((best === 'definition' || best === 'role' || best === undefined || best === 'topics') && asks && (what || best === undefined)) best = asks;
  if (best === 'meetings' && score('who') > score('meetings')) best = 'who';
  if (best === 'who' && named.length === 0 && score('meetings') > 0 && claim.predicates.length === 0) best = 'meetings';
  if (best === 'help' && named.length > 0) best = undefined;
  // "which UN official…", "quel responsable…": a person is asked for.
  if (best === undefined && claim.generic.has('person') && what) return 'who';
  // "qui est venu voir Hammouchi ?": "qui est" before a verb asks who, not who someone is.
  if (best === 'role' && claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind !== 'title'))) best = 'who';
  // "c'est quoi le but…": the sharper cue says what is asked.
  if (best === 'definition' && sharper >= 2) best = ranked.find(([i]) => ['who', 'where', 'when', 'why', 'topics', 'statement', 'event'].includes(i))?.[0] ?? best;
  // "c'est quoi le domaine de coopération…", "what's the sports angle…": what follows "what is" is an idea, not a name; what was said of it.
  const afterCue = reading.terms.find((t) => t.kind !== 'function' && t.kind !== 'cue' && !(t.kind === 'marker' && t.marker === 'filler'));
  if (best === 'definition' && afterCue?.kind === 'concept') best = 'topics';
  // "Tell me about Zouev's visit": about the meeting, not the man.
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

/** "where and when", "où et quand": the wh-words asked together, after the first. */
function moreSlots(reading: Reading, intent: Intent): Intent[] {
  const wh: CueIntent[] = ['who', 'where', 'when', 'why'];
  return wh.filter((i) => i !== intent && (reading.intentScores.get(i) ?? 0) >= 3 && reading.tokens.some((t, k) => (t === 'and' || t === 'et') && k < 4));
}

/** Which cue wins a tie: the more specific question first. */
const PRIORITY: CueIntent[] = ['when', 'where', 'why', 'who', 'statement', 'topics', 'count', 'meetings', 'summary', 'sources', 'role', 'definition', 'help'];
