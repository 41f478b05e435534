// What the nouns of a sentence add to its Claim once the names are placed:
// an idea (a concept of the knowledge) is a topic, a description of the
// meeting, a building where it was, or another event; a word the knowledge
// does not know after "in" is a place it does not know. Split from claim.ts,
// which places the names; the two share the sentence's reading (ClaimScope).
import { fold } from '../language/normalize.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Claim, EntityTerm, Mention } from './claim-types.js';
import type { Grammar, Lexicon } from './lexicon.js';
import type { Reading, Term, TermOf } from './read.js';

/** What claim.ts has read of the sentence, which the nouns are read against. */
export interface ClaimScope {
  reading: Reading;
  kb: KnowledgeBase;
  lexicon: Lexicon;
  grammar: Grammar;
  entities: EntityTerm[];
  predicates: TermOf<'predicate'>[];
  meetingNouns: Term[];
  glue: (w: string) => boolean;
  isLocative: (w: string | undefined) => boolean;
  /** The word before a span, past an article or a possessive. */
  before: (e: { start: number }) => string | undefined;
  /** Said of an idea right before it ("terror risks in Yemen"), not of the meeting. */
  ofIdea: (e: { start: number }) => boolean;
}

export function readNouns(claim: Claim, scope: ClaimScope): void {
  const { reading, kb, lexicon, grammar, entities, predicates, meetingNouns, glue, isLocative, before, ofIdea } = scope;
  const { terms, tokens } = reading;
  const first = predicates[0];
  const of = <K extends Term['kind']>(kind: K) => terms.filter((t): t is TermOf<K> => t.kind === kind);
  // "C visited the P headquarters": a building a verb of going takes, perhaps with whose or what it is before it.
  const going = first !== undefined && kb.predicates.get(first.predicates[0] ?? '')?.kind === 'presence' ? first : undefined;
  const wentTo = (x: { start: number }) => going !== undefined && x.start >= going.end && x.start - going.end <= 4 && terms.every((t) => t.start < going.end || t.start >= x.start || t.kind === 'function' || t.kind === 'concept' || t.kind === 'entity');
  // (The words that said which building, read with it.)
  const saysWhich = new Set<number>();
  // (Ideas that only said which building: no topic of their own.)
  const saidOfVenue = new Set<number>();
  for (const c of of('concept')) {
    if (saidOfVenue.has(c.start)) continue;
    // "au siège de la P": a building, even when the word also names an idea of the facts.
    // (…past a word that says which: « au siège central de la P ».)
    const which = terms.find((t) => t.kind === 'word' && !t.inCoverage && t.start === c.end && t.end === c.end + 1);
    const from = which?.end ?? c.end;
    const owner = entities.find((e) => e.type === 'organisation' && e.start > from && e.start - from <= 2 && tokens.slice(from, e.start).every((w) => glue(w) || Object.values(lexicon.languages).some((l) => l.relations.has(w))));
    // (Only of a meeting: "to support P units at HQ" is about the idea's place.)
    // (…or a clause that is only where: "…, pas au siège de la P".)
    // (…or « pas au siège de la P », ", not at P headquarters": whose it is may stand before it.)
    const onlyWhere = terms.every((t) => t.start >= c.start || t.kind === 'function' || t.kind === 'negation' || (t.kind === 'entity' && t.end === c.start && kb.entities.get(t.entity)?.type === 'organisation'));
    const ofMeeting = meetingNouns.length > 0 || entities.some((e) => e.type === 'meeting') || predicates.some((p) => p.predicates.some((id) => kb.predicates.get(id)?.kind === 'meeting')) || onlyWhere;
    // ("at P headquarters": whose it is, before it.)
    const heldThere = entities.some((e) => e.type === 'meeting') || predicates.some((p) => p.predicates.every((id) => ['meeting', 'event'].includes(kb.predicates.get(id)?.kind ?? ''))) || onlyWhere;
    const ownerBefore = heldThere ? entities.find((e) => e.type === 'organisation' && e.end === c.start) : undefined;
    // ("at the (X) P headquarters": words that say which building, ideas or names, between "at the" and it.)
    const modifiers: Term[] = [];
    for (let at = c.start; ; ) {
      const m = terms.find((t) => t.end === at && (t.kind === 'concept' || (t.kind === 'entity' && ['place', 'organisation'].includes(kb.entities.get(t.entity)?.type ?? ''))));
      if (!m || modifiers.length >= 3) break;
      modifiers.unshift(m);
      at = m.start;
    }
    const lead = heldThere && modifiers.length && modifiers.some((m) => m.kind === 'concept') && isLocative(before(modifiers[0] as Term)) ? modifiers : [];
    if (c.end - c.start === 1 && grammar.venues.has(tokens[c.start] ?? '') && ((isLocative(before(ownerBefore ?? c)) && !ofIdea(c) && ofMeeting) || wentTo(c) || (lead.length > 0 && !ofIdea(lead[0] as Term)))) {
      if (lead.length) {
        const words = new Set(lead.filter((m) => m.kind === 'concept').map((m) => m.surface));
        claim.topics = claim.topics.filter((t) => !(t.kind === 'concept' && words.has(t.surface)));
        for (const m of lead) saidOfVenue.add(m.start);
        claim.venues.push(reading.raw.slice(lead.find((m) => m.kind === 'concept')?.start ?? c.start, c.end).join(' '));
        continue;
      }
      claim.venues.push(owner && which ? `${c.surface} ${which.surface}` : c.surface);
      if (owner && which) saysWhich.add(which.start);
      for (const o of [owner, ownerBefore]) if (o) claim.participants = claim.participants.filter((p) => p.start !== o.start);
      continue;
    }
    // ("to help deprive them of…", « aider à priver… »: a verb before another verb or idea adds nothing to check.)
    const afterIt = terms.find((t) => t.start >= c.end && t.kind !== 'function');
    if (c.end - c.start === 1 && grammar.lightVerbs.has(tokens[c.start] ?? '') && afterIt && (afterIt.kind === 'predicate' || afterIt.kind === 'concept') && afterIt.start - c.end <= 1) continue;
    // "a former Russian ambassador": the opposite of an idea said of a word no fact has qualifies that word, not the idea.
    // (…or past "of": « un ancien de l'OV » is someone who was at that office, not someone whose post is not new.)
    // (Only past "of" and an article: "a vacation, not work" still says the opposite of the working visit.)
    const ofWord = (w: string) => grammar.articles.has(w) || Object.values(lexicon.languages).some((l) => l.relations.has(w));
    if (c.relation === 'opposite' && terms.some((t) => t.kind === 'word' && !t.inCoverage && t.start >= c.end && t.start - c.end <= 2 && tokens.slice(c.end, t.start).every(ofWord))) continue;
    // ("came for a peacekeeping conference": an event an idea describes, that someone went to, with no name the articles
    // give it, is another event; what was said of « les événements sportifs » is an idea.)
    const eventNoun = of('generic').find((g) => g.what === 'event' && (g.end === c.start || c.end === g.start));
    const going = predicates.some((p) => p.predicates.some((id) => kb.predicates.get(id)?.kind === 'presence'));
    if (eventNoun && going && !entities.some((e) => e.type === 'event')) {
      claim.otherEvents.push(reading.raw.slice(Math.min(c.start, eventNoun.start), Math.max(c.end, eventNoun.end)).join(' '));
      continue;
    }
    // ("…during his working visit": someone's occasion, like a noun for the meeting, is what any fact of it says; not
    // « pendant une heure », how long.)
    const asOccasion = of('marker').some((m) => m.marker === 'occasion' && m.end < c.start && c.start - m.end <= 2 && grammar.possessive.has(tokens[m.end] ?? '') && tokens.slice(m.end, c.start).every((w) => glue(w) || grammar.possessive.has(w)));
    // ("strengthen the P", « renforcer la P de K »: an idea said of a body right after it is that body's; a fact
    // must say it of them — "strengthen cooperation with the P" is the cooperation's.)
    const ofBody = kb.concepts.get(c.concept)?.of_body !== true ? undefined : entities.find((e) => e.type === 'organisation' && e.start >= c.end && e.start - c.end <= 2 && tokens.slice(c.end, e.start).every((w) => grammar.articles.has(w) || grammar.possessive.has(w)));
    // (A noun for the meeting beside the idea describes it, "the K meeting"; a pronoun after it takes the idea up, « l'idée X ça
    // a été abordé… »: what was talked about.)
    // ("they lack qualification", « manquent de qualification »: an idea said to be wanting is its opposite, said.)
    // (Not the noun, "le manque de policiers": a shortage criticised says nothing of what the officers lack.)
    const wanting = c.relation !== 'opposite' && [1, 2].some((k) => grammar.privative.has(tokens[c.start - k] ?? '') && !grammar.articles.has(tokens[c.start - k - 1] ?? '') && tokens.slice(c.start - k + 1, c.start).every(ofWord));
    (asOccasion || meetingNouns.some((g) => (g.end === c.start || c.end === g.start) && !(g.kind === 'pronoun' && g.start === c.end)) ? claim.described : claim.topics).push({ kind: 'concept', concept: c.concept, surface: c.surface, fuzzy: c.fuzzy, ...(c.relation === 'opposite' || wanting ? { opposite: true } : {}), ...(ofBody ? { of: ofBody.entity } : {}) });
  }
  // ("A a seulement reçu…": "a" folds to « à », but "only" is no town.)
  const exclusiveStarts = new Set(Object.values(lexicon.languages).flatMap((l) => l.exclusive.all(tokens).map((m) => m.start)));
  const exclusiveAt = (i: number) => exclusiveStarts.has(i);
  const commonNoun = (p: Mention) => ((kb.entities.get(p.entity) as { common_nouns?: string[] } | undefined)?.common_nouns ?? []).some((n) => fold(n) === fold(p.surface));
  // (« dans un hôtel »: a building's name, read as a word that asks, is still a building.)
  const venueCues = of('cue').filter((c) => c.end - c.start === 1 && grammar.venues.has(tokens[c.start] ?? '') && isLocative(before(c))).map((c): TermOf<'word'> => ({ ...c, kind: 'word', word: tokens[c.start] ?? '', inCoverage: true }));
  // (« il l'a qualifiée comment ? »: with a verb of saying, a question word where it stands asks what was said; it is
  // nothing said. "A a reçu B comment ?" still asks a manner no fact gives.)
  const saying = predicates.some((p) => p.predicates.every((id) => kb.predicates.get(id)?.kind === 'content'));
  const asks = (x: { start: number }) => saying && reading.endsWithQuestionMark && reading.wh[x.start] === true && grammar.inSitu.has(tokens[x.start] ?? '');
  for (const w of [...of('word').filter((x) => !saysWhich.has(x.start) && !asks(x)), ...venueCues]) {
    // "à Casablanca", "in Geneva", "a tanger": a name where a place goes ("a duré" is a verb, not a place).
    const prev = before(w);
    // (As typed: "proposé" mended into "propos" is still a participle.)
    const verbal = grammar.auxiliary.has(prev ?? '') && (grammar.isFoldedParticiple(w.word) || grammar.isFoldedParticiple(fold(w.surface)));
    // (A word of two letters, "qd", "ds", is shorthand, not a town.)
    const nameLike = /^\p{Lu}/u.test(w.surface) || (!reading.english[w.start] && !verbal && w.word.length > 2);
    // "at the airport", "aux bureaux de l'U": a building, after a locative and perhaps whose it is.
    const owner = entities.find((e) => e.end === w.start && e.type === 'organisation');
    // (…or a word before it that says which: "at the royal palace", which the coverage does not know.)
    const which = of('word').find((x) => x.end === w.start && !x.inCoverage && grammar.articles.has(tokens[x.start - 1] ?? '') && isLocative(tokens[x.start - 2]));
    const venue = grammar.venues.has(w.word) && ((isLocative(before(owner ?? which ?? w)) && !ofIdea(owner ?? which ?? w)) || wentTo(w));
    if (venue) {
      if (which) claim.topics = claim.topics.filter((t) => !(t.kind === 'word' && t.surface === which.surface));
      claim.venues.push(which ? `${which.surface} ${w.surface}` : w.surface);
      if (owner) claim.participants = claim.participants.filter((p) => p.start !== owner.start);
    } else if (isLocative(prev) && nameLike && !w.inCoverage && !ofIdea(w) && !exclusiveAt(w.start)) claim.unknownPlaces.push(w.surface);
    // ("aux jardins W": a name after a place said by a common noun, "jardins", names another place.)
    else if (/^\p{Lu}/u.test(w.surface) && !w.inCoverage && claim.places.some((p) => p.end === w.start && isLocative(before(p)) && commonNoun(p))) {
      const place = claim.places.find((p) => p.end === w.start) as Mention;
      claim.places = claim.places.filter((p) => p !== place);
      claim.unknownPlaces.push(`${place.surface} ${w.surface}`);
    }
    // ("…respectively": how the lists pair up, not something said.)
    else if (!grammar.respectively.has(w.word)) claim.topics.push({ kind: 'word', word: w.word, surface: w.surface });
  }
}
