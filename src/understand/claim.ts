// A sentence's Claim: who did what with whom, where, when, on what
// occasion, about which topic, in which capacity, how many. Position in the
// sentence tells the doer from the one it is done to; the grammar words come
// from the language profiles; nothing here knows any article.
import { fold } from '../language/normalize.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { affiliations } from '../retrieve/graph.js';
import { editionOf, readAmounts } from './amounts.js';
import { readLocated, readNested, readPlaced, readPlaceList } from './located.js';
import { readIncreases } from './increase.js';
import { grammarOf, PREPOSITIONAL, type Lexicon } from './lexicon.js';
import type { Reading, Term, TermOf } from './read.js';

export type { Claim, EntityTerm, Mention, Participant, Topic } from './claim-types.js';
import type { Claim, EntityTerm } from './claim-types.js';
import { titlesToLeaders } from './leaders.js';
import { namesMeeting, readTitles, unknownNameAfter } from './titles.js';
import { ownsIdea } from './owners.js';
import { compoundPlaces } from './compound.js';
import { readTimeClause } from './time-clause.js';
import { deniedOfTalks } from './ellipsis.js';
import { postsOfBodies } from './apposition.js';
import { readVoice } from './voice.js';
import { cleftFocus } from './cleft.js';
import { isSetAside } from './exclusion.js';
import { readNouns } from './claim-nouns.js';
import { broughtAlong } from './along.js';
import { readThingsNamed } from './things-named.js';
import { nameAfterItsNoun } from './described.js';

export function readClaim(reading: Reading, kb: KnowledgeBase, lexicon: Lexicon, entities: EntityTerm[], asked: Set<number>, ...locativeSets: Set<string>[]): Claim {
  const { terms, tokens } = reading;
  const grammar = grammarOf(lexicon);
  // Words that may stand between a name and what is said of it ("A, the head of…").
  const glue = (w: string) => w === ',' || grammar.apposition.has(w);
  const of = <K extends Term['kind']>(kind: K) => terms.filter((t): t is TermOf<K> => t.kind === kind);
  const markerAt = (kind: TermOf<'marker'>['marker'], end: number) => of('marker').some((m) => m.marker === kind && (m.end === end || (m.end === end - 1 && glue(tokens[end - 1] ?? ''))));
  const saying = (p: TermOf<'predicate'>) => p.predicates.some((id) => kb.predicates.get(id)?.kind === 'content');
  // ("gars de l'U": only a noun for a person and whose they are stand between two tokens.)
  const describesOne = (from: number, to: number) => terms.filter((t) => t.start >= from && t.end <= to).every((t) => t.kind === 'function' || (t.kind === 'generic' && t.what === 'person') || (t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'organisation'));
  // ("mon cousin dit que…", "@Sami dit que…": hearsay from no one the articles name; what follows is the claim, and its verb the first.)
  const hearsay = (speech: TermOf<'predicate'>) => !entities.some((e) => e.end <= speech.start) && !terms.some((t) => t.kind === 'pronoun' && t.end <= speech.start);
  const said = of('predicate');
  // ("The X statement says the SG came…": a document saying it is where the claim comes from, not something done.)
  // (« l'article de Y dit… »: past whose or which it is.)
  const fromDocument = (speech: TermOf<'predicate'>) => terms.some((t) => t.kind === 'generic' && (t.what === 'document' || t.what === 'article') && t.end <= speech.start && (speech.start - t.end <= 1 || (speech.start - t.end <= 3 && terms.every((x) => x.end <= t.end || x.start >= speech.start || x.kind === 'function' || x.kind === 'entity'))));
  // (After a document's "says", any verb is what it says: "the Y piece says they discussed…".)
  // ("Is C described as new?", « C est-il décrit comme nouveau ? »: what someone is described as, by no one named,
  // is what the claim says of him, as "C is new" would. Not "mentioned as", which says he was talked of.)
  // (« présente-t-il le K comme… »: "as" a few words on, past whom it is said of.)
  const likens = (p: TermOf<'predicate'>) => grammar.likening.has(tokens[p.end - 1] ?? '') || tokens.slice(p.end, p.end + 5).some((w, k) => grammar.likening.has(w) && !said.some((q) => q.start >= p.end && q.start < p.end + k));
  // (Not "it was Z who described…": after "who", « qui », the verb is active, done by the one named.)
  const passively = (p: TermOf<'predicate'>) => grammar.isParticiple(reading.raw[p.start] ?? '') && !grammar.relative.has(tokens[p.start - 1] ?? '') && of('marker').some((m) => (m.marker === 'passive' || m.marker === 'opener' || m.marker === 'inversion') && m.end <= p.start);
  const describedBy = (p: TermOf<'predicate'>) => grammar.describing.has(tokens[p.start] ?? '') && likens(p) && passively(p) && !of('marker').some((m) => m.marker === 'agent' && m.start >= p.end);
  const predicates = said.filter((p, i) => !(saying(p) && ((hearsay(p) && said.slice(i + 1).some((q) => !saying(q))) || (fromDocument(p) && said.length > i + 1) || describedBy(p))));
  const first = predicates[0];
  const isLocative = (w: string | undefined) => w !== undefined && locativeSets.some((s) => s.has(w));
  const before = (e: { start: number }) => {
    const prev = tokens[e.start - 1];
    // ("at the airport", "at his office": past an article or whose it is.)
    return grammar.articles.has(prev ?? '') || grammar.possessive.has(prev ?? '') ? tokens[e.start - 2] : prev;
  };
  const { passive, isPassiveWord } = readVoice(reading, kb, lexicon, entities, first, isLocative);
  // ("Was B received…?" is passive; "Is it true that A received…" opens with "is" and is not.)

  // "B asked K to host an office", "il a dit qu'il reviendrait": a verb after a verb of saying and
  // "to", "que" is what was said, not something done; it is part of what the claim says was said.
  const embedded = new Set(
    predicates.filter((p, i) => {
      const speech = predicates.slice(0, i).find(saying);
      if (!speech || saying(p)) return false;
      const between = tokens.slice(speech.end, p.start);
      return between.some((w) => grammar.complementizers.has(w)) && !between.some((w) => grammar.conjunction.has(w));
    }),
  );
  // ("any other K city": a noun for a place within a few words of "other"; not "what other places came up", talked of.)
  const talked = predicates.some((p) => p.predicates.some((id) => kb.predicates.get(id)?.kind === 'content'));
  const otherPlaces = !talked && of('marker').some((m) => m.marker === 'exclusion' && tokens.slice(m.end, m.end + 3).some((w) => grammar.placeNouns.has(w)));
  // ("…en 2024 non pas en 2025", "on the 25th not the 1st": a day right after a negation, with a day said before it, is set
  // against that one. One thing happens on one day: what the day said settles it, and the day denied adds nothing to check.)
  const negations = of('negation');
  const deniedDay = (d: { start: number }) => negations.some((n) => n.end <= d.start && d.start - n.end <= 2 && of('date').some((x) => x.end <= n.start));
  const claim: Claim = {
    ...(passive ? { passive: true } : {}),
    predicates: predicates.filter((p) => !embedded.has(p)).map((p) => ({ ids: p.predicates, surface: p.surface, start: p.start, fuzzy: p.fuzzy })),
    participants: [],
    places: [],
    unknownPlaces: [],
    venues: [],
    otherEvents: [],
    events: [],
    meetings: [],
    dates: of('date').filter((d) => !deniedDay(d)).map((d) => d.date),
    editions: [],
    counts: [],
    topics: [],
    described: [],
    narrower: of('narrower').map((n) => ({ surface: n.surface, of: n.of })),
    titles: [],
    identities: [],
    affiliations: [],
    generic: new Set(of('generic').map((g) => g.what)),
    // ("la rencontre", "cette visite" as pronouns; not "ça" or "it", which may be the assembly.)
    ofMeeting: of('generic').some((g) => g.what === 'meeting') || of('pronoun').some((p) => p.what === 'meeting' && tokens.slice(p.start, p.end).some((w) => Object.values(lexicon.languages).some((l) => l.generic.words.has(w)))),
    figures: [],
    issuers: [],
    excluded: [],
    // (« l'autre, Z, … », "the other one, Z": the other one is named; no one besides is asked about.)
    // (…or after the words that say who the other one is: « l'autre gars de l'U, Z, … ».)
    others: of('marker').some((m) => m.marker === 'exclusion' && !entities.some((e) => e.type === 'person' && e.start >= m.end && reading.clauses.includes(e.start) && (e.start - m.end <= 1 || describesOne(m.end, e.start)))) && !otherPlaces,
    ...(otherPlaces ? { otherPlaces } : {}),
    ...(tokens.some((w) => grammar.respectively.has(w)) ? { respectively: true } : {}),
    // "will", "bientôt", or "va inviter": an auxiliary of the near future before an infinitive.
    // ("il va d'ailleurs inviter": an adverb or two may stand between.)
    // (The infinitive as typed: an unknown verb may have been mended into some other word.)
    future: of('marker').some((m) => m.marker === 'future') || tokens.some((w, i) => grammar.futureAuxiliary.has(w) && reading.raw.slice(i + 1, i + 4).some((x) => grammar.isInfinitive(fold(x)))),
    dating: [],
    notPlaces: [],
    ...(of('date').some(deniedDay) ? { notDates: of('date').filter(deniedDay).map((d) => d.date) } : {}),
    denied: [],
    approximate: of('marker').some((m) => m.marker === 'approximately'),
  };
  const documents = of('generic').filter((g) => g.what === 'document');

  // People by their names (not "the U T", whom the articles never name).
  const aliases = entities.filter((e) => e.type === 'person' && e.via === 'alias' && (kb.entities.get(e.entity) as { named?: boolean } | undefined)?.named !== false);
  // ("it was K that asked…": the pronoun that opens a cleft, and the word that joins it to what was done, point at nothing.)
  const focus = cleftFocus(reading, lexicon);
  const ofCleft = (p: { start: number; end: number }) => focus !== undefined && (p.start === focus.end || (p.end <= focus.start && focus.start - p.end <= 2));
  const meetingNouns = [...of('generic').filter((g) => g.what === 'meeting'), ...of('pronoun').filter((p) => p.what === 'meeting' && !ofCleft(p))];
  // ("C came as O's head", « en tant que chef de la P »: a title said in what capacity is the doer's.)
  const inCapacity = (t: { start: number }) => of('marker').some((m) => m.marker === 'capacity' && m.end <= t.start && t.start - m.end <= 3);
  const unknownOrgAfter = (end: number) => unknownNameAfter(reading, glue, end);
  // Right after an idea and a locative ("terror risks in Yemen", "une mission en Haïti"): the place of the idea.
  // ("le siège de l'U à Z": a place said of a thing named before it, not of a person.)
  // (Not someone's building, « son bureau au siège de la P », "his office at P headquarters": one place, said twice.)
  const building = (t: Term) => t.end - t.start === 1 && grammar.venues.has(tokens[t.start] ?? '') && grammar.possessive.has(tokens[t.start - 1] ?? '');
  // (Not the organisation someone is from, "B (U P) in X", "C from O in Z": the place is where they were.)
  const affiliation = (t: Term) => t.kind === 'entity' && aliases.some((a) => a.end === t.start || (t.start - a.end === 1 && of('marker').some((m) => m.marker === 'affiliation' && m.start === a.end)));
  // (Nor an event: "its 93rd assembly in Z" says where the event was.)
  // (Nor a building said as where, "at O HQ in Z": the place is where that building is, where it happened.)
  // (…whose owner is named before it: "O" in "at O HQ". Not "units at HQ in Z": after an idea, the building is the idea's.)
  const whereBuilding = (t: Term) => {
    if (!grammar.venues.has(tokens[t.end - 1] ?? '') && !grammar.venues.has(tokens[t.end] ?? '')) return false;
    const at = [1, 2, 3].map((k) => t.start - k).find((i) => isLocative(tokens[i]));
    const before = at === undefined ? undefined : terms.find((x) => x.end === at);
    return before !== undefined && (before.kind === 'predicate' || (before.kind === 'entity' && kb.entities.get(before.entity)?.type === 'person'));
  };
  // (…or a word that asks, used as a noun after whose or which it is: "<a country>'s role in <a country>".)
  const nounCue = (t: Term) => t.kind === 'cue' && (grammar.possessive.has(tokens[t.start - 1] ?? '') || grammar.articles.has(tokens[t.start - 1] ?? ''));
  const idea = (t: Term) => !building(t) && !whereBuilding(t) && (t.kind === 'concept' || t.kind === 'word' || t.kind === 'narrower' || nounCue(t) || (t.kind === 'entity' && !['person', 'event'].includes(kb.entities.get(t.entity)?.type ?? '') && !affiliation(t)));
  // ("the units C talked about are at Z", « les unités dont parle C, c'est au siège de Z »: past a verb of saying, "are"
  // says where the thing talked about is, not where it was said.)
  const saidOfIt = (e: { start: number }) => {
    const said = predicates.filter((p) => p.end <= e.start && p.predicates.every((id) => kb.predicates.get(id)?.kind === 'content')).at(-1);
    return said !== undefined && predicates.every((p) => p.end <= said.end || p.start >= e.start) && tokens.slice(said.end, e.start).some((w) => isPassiveWord(w) || grammar.copula.has(w)) && terms.some((t) => idea(t) && t.end <= said.start);
  };
  const ofIdea = (e: { start: number }) => isLocative(before(e)) && (terms.some((t) => idea(t) && (t.end === e.start - 1 || t.end === e.start - 2)) || saidOfIt(e));
  const linked = (a: { start: number; end: number }, b: { start: number; end: number }) => {
    const [x, y] = a.end <= b.start ? [a, b] : [b, a];
    const between = tokens.slice(x.end, y.start);
    return between.length <= 4 && between.every((w) => glue(w));
  };
  const { inClause, namesSomeone: clausePeople } = readTimeClause(reading, lexicon, asked, entities, kb, claim);
  const compounds = compoundPlaces(entities, reading, kb);
  for (const c of compounds) claim.narrower.push({ surface: c.surface, of: c.of });
  // ("according to A, …": a person right after it is whose words these are, not someone in them.)
  const attributedAt = new Set(Object.values(lexicon.languages).flatMap((l) => l.attribution.all(tokens).map((m) => m.end)));
  for (const e of entities.filter((x) => !compounds.some((c) => c.parts.includes(x)))) {
    // (A place in the clause is where its own person was; with no one named there, "when they met in P", it is the claim's.)
    if (inClause(e) && (e.type === 'person' || (e.type === 'place' && clausePeople))) continue;
    const mention = { entity: e.entity, type: e.type, via: e.via, surface: e.surface, start: e.start, end: e.end, fuzzy: e.fuzzy };
    const prepositional = (i: number) => terms.some((t) => t.kind === 'marker' && PREPOSITIONAL.has(t.marker) && t.start <= i && i < t.end);
    const denied = reading.denials.some((d) => d < e.start && e.start - d <= 3 && tokens.slice(d + 1, e.start).every((w, k) => glue(w) || prepositional(d + 1 + k)));
    // (A place denied keeps its own way, notPlaces, below, unless it is talked about: "…but not <a country>".)
    const talkedOf = e.type === 'place' && !isLocative(before(e)) && claim.topics.some((t) => t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'place');
    if (denied && (e.type !== 'place' || talkedOf)) {
      claim.denied.push(mention);
      continue;
    }
    // "besides C": set aside, not met.
    if (isSetAside(e, reading, (kb.entities.get(e.entity) as { group?: boolean } | undefined)?.group === true)) {
      claim.excluded.push(e.entity);
      continue;
    }
    // "le communiqué de l'U", "O's press release": who issued it.
    // "l'U … dans son communiqué": the one whose document it is, named before "son", "its".
    const owns = documents.some((d) => d.start > e.end && grammar.possessive.has(tokens[d.start - 1] ?? '') && !entities.some((o) => o.type === 'organisation' && o.start > e.end && o.end < d.start));
    // ("the U's own press release": its possessive, and "own", between.)
    const ownWords = new Set(Object.values(lexicon.languages).flatMap((l) => l.additive.all(tokens)).flatMap((m) => tokens.slice(m.start, m.end)));
    const right = (d: { start: number }) => e.end <= d.start && d.start - e.end <= 3 && tokens.slice(e.end, d.start).every((w) => grammar.possessive.has(w) || ownWords.has(w));
    // ("the Y meeting was reported by the U", « annoncée par l'U »: who put out word of it, with no document named.)
    const between = (from: number) => from <= e.start && e.start - from <= 3 && tokens.slice(from, e.start).every((w) => glue(w) || grammar.issuer.has(w));
    // (Not "B comes from the U", « les deux visiteurs venaient de l'U »: a person coming from somewhere.)
    const person = (x: Term) => (x.kind === 'entity' && kb.entities.get(x.entity)?.type === 'person') || ((x.kind === 'generic' || x.kind === 'pronoun') && x.what === 'person');
    const putOut = reading.terms.some((t) => t.kind === 'predicate' && t.predicates.every((id) => kb.predicates.get(id)?.kind === 'source') && between(t.end) && !reading.terms.some((x) => x.end <= t.start && person(x)));
    if (e.type === 'organisation' && (owns || putOut || documents.some((d) => (d.end <= e.start && between(d.end)) || right(d)))) {
      claim.issuers.push(e.entity);
      continue;
    }
    // ("according to O, …", « selon l'O »: a body right after it is whose account the claim is given as — the issuer of
    // what the articles rest on; an event's name there stands for whoever holds it.)
    const attributed = attributedAt.has(e.start) || (attributedAt.has(e.start - 1) && grammar.articles.has(tokens[e.start - 1] ?? ''));
    const body = e.type === 'organisation' ? e.entity : e.type === 'event' ? (kb.entities.get(e.entity) as { organiser?: string } | undefined)?.organiser : undefined;
    if (attributed && body !== undefined && !asked.size) {
      (claim.attributedTo ??= []).push(body);
      continue;
    }
    // "O's 93rd General Assembly": the organisation that holds the event named next to it is no participant;
    // "the U general assembly": an organisation that does not hold it names another event.
    const organiser = (ev: EntityTerm) => (kb.entities.get(ev.entity) as { organiser?: string } | undefined)?.organiser;
    // (« l'AG de l'U »: the organisation may follow the event, past "of" and "the".)
    const next = e.type === 'organisation' ? entities.find((ev) => ev.type === 'event' && ((ev.start >= e.end && ev.start - e.end <= 1) || (e.start >= ev.end && e.start - ev.end <= 3 && tokens.slice(ev.end, e.start).every((w) => glue(w))))) : undefined;
    if (next && organiser(next) === e.entity) continue;
    if (next && organiser(next) !== undefined && !affiliations(kb, e.entity).has(organiser(next) as string)) {
      claim.otherEvents.push(`${e.surface} ${next.surface}`);
      continue;
    }
    // A title, or the name of someone the articles never name ("the U T"), said of a named person.
    // "the O T", "O's T": a title at an organisation its usual holder does not belong to is someone else's.
    const owner = e.type === 'person' && e.via === 'role' ? entities.find((o) => o.type === 'organisation' && (o.end === e.start || (o.end === e.start - 1 && grammar.possessive.has(tokens[o.end] ?? '')) || (o.start >= e.end && o.start - e.end <= 2 && tokens.slice(e.end, o.start).every(glue)))) : undefined;
    if (owner && !affiliations(kb, e.entity).has(owner.entity)) {
      // ("Is B the T of O?": with no verb, the one person named is said to hold it.)
      // ("B, le T d'O, a dit…": so is the name right beside it.)
      // (Not past a word the reader does not know, which may be the verb: « B était accompagné du T d'O ».)
      // (…on either side: "did O's T sit in on the B meeting?"; nor one who only says which meeting.)
      const unread = (a: { start: number; end: number }) => { const [x, y] = a.end <= e.start ? [a, e] : [e, a]; return terms.some((t) => t.kind === 'word' && t.start >= x.end && t.end <= y.start); };
      const only = predicates.length === 0 && new Set(aliases.map((a) => a.entity)).size === 1 && !namesMeeting(reading, lexicon, aliases[0] as EntityTerm) ? aliases[0] : undefined;
      const holder = aliases.find((a) => linked(a, e))?.entity ?? (only && !unread(only) ? only.entity : undefined);
      claim.titles.push({ ...(holder ? { person: holder } : {}), org: owner.entity, surface: e.surface });
      claim.participants = claim.participants.filter((p) => p.start !== owner.start);
      continue;
    }
    // ("the U's T": its own, named by its organisation, which is no one else in the claim.)
    if (owner && owner.end <= e.start) claim.participants = claim.participants.filter((p) => p.start !== owner.start);
    // (By a name or by a post, « le SG de l'U », someone the articles never name.)
    const unnamed = e.type === 'person' && (kb.entities.get(e.entity) as { named?: boolean } | undefined)?.named === false;
    // ("B is the U T's envoy": the one whose post it is, someone else.)
    // (Said after the name, with its apostrophe: « s'intéresse » opens the next word, and is no possessive.)
    const possessor = /^['’]/.test(reading.raw[e.end] ?? '') && grammar.possessive.has(tokens[e.end] ?? '');
    if (((e.type === 'person' && e.via === 'role') || unnamed) && !possessor) {
      const isVerb = (w: string) => grammar.copula.has(w) || isPassiveWord(w);
      // "B, le chef…" (a title, next to the name); across "is" whatever words stand between ("b est le nouveau chef…");
      // someone never named only across "is" ("is B the U T?"), not "told A the T wants".
      // (Not "A's meeting with the U P chief": someone's, or someone with, is another person.)
      const apart = (a: { end: number }) => grammar.possessive.has(tokens[a.end] ?? '') || tokens.slice(a.end, e.start).some((w) => grammar.companion.has(w));
      // ("why was A meeting all these delegation heads?": a meeting between them is no "is".)
      const across = aliases.find((a) => a.end <= e.start && e.start - a.end <= 4 && !apart(a) && !terms.some((t) => t.start >= a.end && t.end <= e.start && (t.kind === 'entity' || t.kind === 'predicate' || (t.kind === 'generic' && t.what === 'meeting'))) && (tokens.slice(a.end, e.start).some(isVerb) || (!predicates.length && tokens.slice(0, a.start).some(isVerb))));
      // (Someone never named, between commas right after a name, "C, the U T, …", is said to be them too.)
      const between = (a: { end: number }) => reading.clauses.includes(a.end) && (reading.clauses.includes(e.end) || e.end === tokens.length);
      // ("The U's P chief is also its deputy head": one post said of another, across "is".)
      const byPost = entities.find((a) => a !== e && a.type === 'person' && a.via === 'role' && a.end <= e.start && e.start - a.end <= 4 && !apart(a) && (tokens.slice(a.end, e.start).some(isVerb) || (!predicates.length && tokens.slice(0, a.start).some(isVerb))) && !terms.some((t) => t.start >= a.end && t.end <= e.start && (t.kind === 'entity' || t.kind === 'predicate')));
      const named = aliases.find((a) => linked(a, e) && (!unnamed || between(a))) ?? across ?? (inCapacity(e) ? aliases.find((a) => a.start < e.start) : undefined) ?? byPost;
      if (named) {
        claim.identities.push({ person: named.entity, as: e.entity, surface: e.surface, ...unknownOrgAfter(e.end) });
        continue;
      }
    }
    // "O, c'est bien l'Organisation internationale de P criminelle ?": two names of one thing.
    // ("…is called V", « … s'appelle … »: a name given to it.)
    const naming = (w: string) => grammar.naming.has(w);
    const same = entities.find(
      (o) =>
        o !== e &&
        o.start < e.start &&
        o.type === e.type &&
        e.type !== 'person' &&
        e.start - o.end <= 4 &&
        tokens.slice(o.end, e.start).every((w) => glue(w) || grammar.copula.has(w) || naming(w)) &&
        tokens.slice(o.end, e.start).some((w) => grammar.copula.has(w) || naming(w)),
    );
    if (same) {
      claim.predicates = claim.predicates.filter((p) => !(p.start >= same.end && p.start < e.start && naming(tokens[p.start] ?? '')));
      claim.identities.push({ person: same.entity, as: e.entity, surface: e.surface });
      claim.participants = claim.participants.filter((p) => p.entity !== same.entity || p.start !== same.start);
      claim.places = claim.places.filter((p) => p.start !== same.start);
      claim.topics = claim.topics.filter((t) => !(t.kind === 'entity' && t.entity === same.entity));
      continue;
    }
    if (e.type === 'organisation') {
      // The name nearest before "from": "A met C from U P" says where C works.
      // ("B = U P", "B est de la P de l'U": with no verb, "is" says whose they are.)
      const across = predicates.length === 0 ? [...aliases].reverse().find((a) => a.end <= e.start && e.start - a.end <= 4 && tokens.slice(a.end, e.start).some((w) => grammar.copula.has(w)) && tokens.slice(a.end, e.start).every((w) => glue(w) || grammar.copula.has(w))) : undefined;
      // ("met anyone from the U": whoever stands between is the one from it, not the name before.)
      const between = (a: { end: number }, m: { start: number }) => of('generic').some((g) => g.what === 'person' && g.start >= a.end && g.end <= m.start) || of('pronoun').some((p) => p.start >= a.end && p.end <= m.start);
      const person = [...aliases].reverse().find((a) => a.end <= e.start && of('marker').some((m) => m.marker === 'affiliation' && m.start >= a.end && m.start - a.end <= 2 && m.end <= e.start && !between(a, m))) ?? across;
      if (person) {
        claim.affiliations.push({ person: person.entity, org: e.entity, surface: e.surface, ...(isLocative(before(e)) ? { at: true as const } : {}) });
        continue;
      }
    }
    const edition = editionOf(e, tokens, kb, (i) => of('date').some((d) => i >= d.start && i < d.end));
    if (edition !== undefined) claim.editions.push({ entity: e.entity, value: edition, surface: e.surface });
    if (e.type === 'meeting') claim.meetings.push(mention);
    else if (e.type === 'event') {
      // ("met A to discuss the O assembly resolutions", « ont parlé de l'AG »: what was talked about, not when;
      // a verb of saying takes a clause instead: "says the O assembly was the 93rd".)
      const said = predicates.some((p) => p.end <= e.start && e.start - p.end <= 3 && p.predicates.some((id) => kb.predicates.get(id)?.asks === 'topics') && tokens.slice(p.end, e.start).every((w) => grammar.articles.has(w) || grammar.about.has(w) || lexicon.languages[reading.language].determiners.has(w)));
      if (said) claim.topics.push({ kind: 'entity', entity: e.entity, surface: e.surface });
      else if (!claim.otherEvents.some((o) => o.endsWith(e.surface))) claim.events.push(mention);
    }
    else if (e.type === 'place') {
      // "in Y": where it happened; "<a country>": what was talked about; "K hosted": where, said as a doer.
      const firstKind = first ? kb.predicates.get(first.predicates[0] ?? '')?.kind : undefined;
      // "quel endroit de X": a place within the place asked for.
      const placeCue = reading.cues.some((c) => c.intent === 'where' && c.end === e.start - 1 && lexicon.languages[reading.language].relations.has(tokens[e.start - 1] ?? ''));
      // "the X meeting", "les réunions de X": where the meeting was.
      // "the X meeting", "les réunions de X", "l'article de Y", "le communiqué de Y": where the meeting (it reports) was.
      const articleNouns = of('generic').filter((g) => g.what === 'article' || g.what === 'document');
      // (Not past a colon or a comma before a clause of its own: "headline on the X article: K asks…" names no article of K;
      // "the B meeting: Y, Tuesday" does say where it was.)
      const opensClause = reading.clauses.includes(e.start) && predicates.some((p) => p.start >= e.end);
      const meetingNoun = [...meetingNouns, ...articleNouns].some((g) => g.start === e.end || (g.end <= e.start && e.start - g.end <= 2 && tokens.slice(g.end, e.start).every((w) => glue(w) || isLocative(w)) && !opensClause));
      // "not in X", "pas à X": where it did not happen.
      // ("…in Y, not X": a place denied after a comma, its locative left unsaid.)
      const negatedAt = ([e.start - 1, e.start - 2, e.start - 3].some((i) => terms.some((t) => t.kind === 'negation' && t.start === i)) && isLocative(before(e))) || reading.denials.some((d) => d < e.start && e.start - d <= 3 && tokens.slice(d + 1, e.start).every((w) => glue(w)));
      if (negatedAt) {
        (deniedOfTalks(claim, e.entity, kb) ? claim.denied : claim.notPlaces).push(mention);
        continue;
      }
      // "le K au <a region>", "P units at the Z headquarters": where an idea is, not where the meeting was,
      // when the place is a region, or no meeting's (kb.meetingsAt: the meetings placeAgrees() with).
      const region = (kb.entities.get(e.entity) as { kind?: string } | undefined)?.kind === 'region';
      // ("was the <a region> one of the hotspots in the talks": a region said with no "in" before it is talked of, not met in.)
      // (« le <a region> c'était pas au menu »: a region before "it was" is what it was about; "the <a region> meeting" names a meeting.)
      const namesAMeeting = meetingNoun && !of('pronoun').some((p) => p.what === 'meeting' && p.start === e.end);
      // ("did they get into the <a region>": right after a verb of saying, whose own last word may be "into", it is what was said.)
      const saidOf = predicates.some((p) => p.end <= e.start && tokens.slice(p.end, e.start).every((w) => glue(w)) && p.predicates.some((id) => kb.predicates.get(id)?.kind === 'content'));
      // ("A said K asked the U": a country right before the verb of the clause a verb of saying takes is who did that — K
      // asked, not A; still what the claim is about.)
      const askingCountry = (kb.organisationsOf.get(e.entity)?.length ?? 0) > 0 && first !== undefined && firstKind === 'content' && e.start >= first.end && tokens.slice(first.end, e.start).every((w) => grammar.complementizers.has(w) || grammar.articles.has(w)) && predicates.some((p) => p !== first && p.start === e.end && p.predicates.some((id) => kb.predicates.get(id)?.kind === 'content' && !kb.predicates.get(id)?.symmetric));
      if (askingCountry) claim.doerCountry = e.entity;
      if ((ofIdea(e) && (region || !kb.meetingsAt.get(e.entity)?.length)) || (region && (!isLocative(before(e)) || saidOf) && !namesAMeeting && !markerAt('occasion', e.start))) {
        claim.topics.push({ kind: 'entity', entity: e.entity, surface: e.surface });
        continue;
      }
      // ("flew in from Z": where someone came from, which no fact gives.)
      if (firstKind === 'presence' && grammar.origin.has(tokens[e.start - 1] ?? '')) {
        claim.topics.push({ kind: 'word', word: tokens.slice(e.start - 1, e.end).join(' '), surface: `${reading.raw[e.start - 1] ?? ''} ${e.surface}` });
        continue;
      }
      // ("A visited Z": the place a verb of going takes is where one went.)
      const destination = first !== undefined && firstKind === 'presence' && e.start >= first.end && e.start - first.end <= 2 && tokens.slice(first.end, e.start).every((w) => glue(w));
      // ("Venue: <a venue>": a place right after the word that asks where is the answer to it.)
      const labelled = reading.cues.some((c) => c.intent === 'where' && c.end === e.start);
      // ("K asked the U for more cooperation": a country before a verb of saying, with no "in", is who said it.)
      // (A country some organisation of the knowledge belongs to, that is: whose people could have said it; "<a country> was on
      // the agenda" is what was talked about. And a verb one side does: in a discussion both sides speak.)
      const peopled = (kb.organisationsOf.get(e.entity)?.length ?? 0) > 0;
      const oneSided = first !== undefined && !first.predicates.some((id) => kb.predicates.get(id)?.symmetric);
      // (…or after a passive verb and "by", « par »: "the meeting was requested by K".)
      const byIt = passive === true && first !== undefined && e.start >= first.end && markerAt('agent', e.start) && of('marker').some((m) => m.marker === 'agent' && m.start >= first.end && m.end <= e.start);
      if (peopled && oneSided && first !== undefined && (e.start < first.start || byIt) && firstKind === 'content' && !isLocative(before(e)) && (!meetingNoun || byIt) && !entities.some((o) => o !== e && o.type !== 'place' && o.start < first.start)) {
        // (Still what the claim is about, as before: only who may have said it is narrowed.)
        claim.doerCountry = e.entity;
        // ("it was K that asked…": the cleft singles the country out as the one who said it.)
        if (focus && e.start >= focus.start && e.end <= focus.end) claim.singledOut = 'cleft';
      }
      // ("asked B to open an office in Y": a place after the verb of what was asked is where that would be, said of it,
      // not where the asking was.)
      // (…the verb of it one the reader does not know: "asked B to open…", « a demandé au K d'ouvrir… ».)
      const askedVerb = (p: TermOf<'predicate'>) => saying(p) && p.end <= e.start && terms.some((t) => (t.kind === 'word' || t.kind === 'predicate') && t.start > p.end && t.end < e.start && grammar.complementizers.has(tokens[t.start - 1] ?? ''));
      const ofAsked = [...embedded, ...predicates.filter(askedVerb)].some((p) => p.end <= e.start && !predicates.some((q) => !embedded.has(q) && q !== p && q.start > p.end && q.start < e.start));
      if (ofAsked && isLocative(before(e))) {
        claim.topics.push({ kind: 'entity', entity: e.entity, surface: e.surface });
        continue;
      }
      // ("in X and Y": the second place is where, as the first is.)
      const coordinated = grammar.conjunction.has(tokens[e.start - 1] ?? '') && claim.places.some((p) => p.end === e.start - 1);
      if (isLocative(before(e)) || coordinated || markerAt('occasion', e.start) || meetingNoun || placeCue || destination || labelled || (first !== undefined && e.start < first.start && firstKind !== 'content')) {
        claim.places.push(mention);
        // ("the meeting in Y took place at P": a place a meeting noun names, and those listed with it, say which meeting.)
        // (A noun, not a pronoun: « c'était à Y » says where, not which.)
        const named = of('generic').filter((g) => g.what === 'meeting').some((g) => g.start === e.end || (g.end <= e.start && e.start - g.end <= 2 && tokens.slice(g.end, e.start).every((w) => glue(w) || isLocative(w))));
        if (named || (coordinated && claim.meetingPlaces?.includes(claim.places.find((p) => p.end === e.start - 1)?.entity ?? ''))) (claim.meetingPlaces ??= []).push(e.entity);
      }
      else {
        // ("une délégation américaine", "an <a country>'s official": a country next to a noun for people says where they are from.)
        const ofPeople = [...of('generic').filter((g) => g.what === 'person'), ...of('concept')].some((n) => n.end === e.start || n.start === e.end);
        claim.topics.push({ kind: 'entity', entity: e.entity, surface: e.surface, ...(ofPeople && (kb.entities.get(e.entity) as { kind?: string } | undefined)?.kind === 'country' ? { exact: true as const } : {}) });
      }
    } else if (e.type === 'person' && attributedAt.has(e.start) && !asked.size) {
      claim.source = e.entity;
    } else {
      const aboutIt = first !== undefined && e.start > first.end && grammar.about.has(tokens[e.start - 1] ?? '') && kb.predicates.get(first.predicates[0] ?? '')?.kind === 'content';
      if (aboutIt) claim.topics.push({ kind: 'entity', entity: e.entity, surface: e.surface });
      else {
        const agentMarked = markerAt('agent', e.start);
        // "la rencontre avec B", "the B meeting": who the meeting was with, in no particular role.
        const companion = grammar.companion.has(tokens[e.start - 1] ?? '') || meetingNouns.some((g) => g.start === e.end || g.start === e.end + 1);
        // "quels responsables de l'U A a reçus ?": a name inside the question phrase is what is asked, the object.
        const inWhPhrase = asked.size > 0 && [...asked].some((w) => w < e.start) && of('generic').some((g) => g.what === 'person' && g.end <= e.start && g.start > Math.min(...asked)) && entities.some((o) => o !== e && o.start > e.end && (first === undefined || o.start < first.start));
        // ("was it A who asked…", « c'est A qui a demandé… »: a name right before "who" does what follows, whatever "was" opens.)
        // (Not "A, qui dirige…": after a comma, « qui » opens a clause about A, it singles no one out.)
        // (…past "himself", « lui-même »: "it was the U T himself who…".)
        // (…and past "is the one", « est celui »: "A is the one who praised…".)
        const inCleft = (t: (typeof terms)[number]) => t.kind === 'function' || t.kind === 'pronoun' || (t.kind === 'marker' && (t.marker === 'opener' || t.marker === 'passive'));
        const relativeAt = [e.end, e.end + 1, e.end + 2, e.end + 3].find((i) => grammar.relative.has(tokens[i] ?? '') && terms.every((t) => t.end <= e.end || t.start >= i || inCleft(t)));
        // (« c'est A qui l'a dit »: the pronoun the verb is done to is no word between the relative and its verb.)
        const pronounWords = (from: number, to: number) => terms.filter((t) => t.kind === 'pronoun' && t.start > from && t.end <= to).reduce((n, t) => n + t.end - t.start, 0);
        const cleft = first !== undefined && relativeAt !== undefined && e.start < first.start && first.start - relativeAt - pronounWords(relativeAt, first.start) <= 2 && !reading.clauses.includes(relativeAt);
        if (cleft) claim.singledOut = 'cleft';
        // (After a passive verb, only "by", « par » names the doer, with no one between: « …reçus par A sont de l'U » — the U is theirs.)
        const byBefore = (verb: { end: number }) => of('marker').some((m) => m.marker === 'agent' && m.start >= verb.end && m.end <= e.start && !entities.some((o) => o.type === 'person' && o.start >= m.end && o.end <= e.start));
        const doneBy = first !== undefined && (passive ? e.start > first.start && byBefore(first) : e.start < first.start);
        const role = agentMarked || cleft ? 'agent' : inWhPhrase ? 'object' : companion || first === undefined ? 'either' : doneBy ? 'agent' : 'object';
        // ("A's guests", "the guests of A": whose the people meant are.)
        // (The possessive after a name is "'s", with its apostrophe: « la P s'engage » is a verb.)
        // (…and "the wish of A", « le souhait de A »: whose words or wish they are.)
        const ofSaying = of('predicate').some((p) => p.end === e.start - 1 && p.predicates.some((id) => kb.predicates.get(id)?.kind === 'content'));
        const apostrophe = grammar.possessive.has(tokens[e.end] ?? '') && /^['’]/.test(reading.raw[e.end] ?? '');
        const whose = apostrophe || (lexicon.languages[reading.language].relations.has(tokens[e.start - 1] ?? '') && of('generic').some((g) => g.what === 'person' && g.end === e.start - 1)) || (ofSaying && grammar.genitive.has(tokens[e.start - 1] ?? ''));
        const owns = ownsIdea(e, whose, reading, lexicon);
        // ("conveyed A's wish", « le souhait de A »: the words or the wish are A's own.)
        const wordsOwned = (apostrophe && of('predicate').some((p) => p.start === e.end + 1 && p.predicates.some((id) => kb.predicates.get(id)?.kind === 'content'))) || (ofSaying && grammar.genitive.has(tokens[e.start - 1] ?? '') && !apostrophe);
        claim.participants.push({ ...mention, role, ...(whose ? { possessor: true } : {}), ...(owns ? { owns: true } : {}), ...(wordsOwned ? { speaks: true } : {}) });
      }
    }
  }

  readTitles(claim, { reading, kb, lexicon, entities, aliases, predicates, linked, glue, inCapacity, unknownOrgAfter });
  // A title's organisation is said of the person, not met by them.
  claim.participants = claim.participants.filter((p) => !claim.titles.some((t) => t.org === p.entity && t.person));
  titlesToLeaders(claim, kb);

  // (Not the verb of a clause of time: « …quand A a reçu B » says when, not what was said.)
  for (const p of [...embedded].filter((x) => !inClause(x))) claim.topics.push({ kind: 'word', word: tokens.slice(p.start, p.end).join(' '), surface: p.surface });
  readNouns(claim, { reading, kb, lexicon, grammar, entities, predicates, meetingNouns, glue, isLocative, before, ofIdea });
  // ("U P units are deployed in the missions, but not at the Z HQ": with no one and nothing done, a place denied is where
  // what is said is not — denied of the ideas, not of where a meeting was.)
  if (claim.notPlaces.length && !claim.predicates.length && !claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'person') && claim.topics.some((t) => t.kind === 'concept')) {
    claim.denied.push(...claim.notPlaces);
    claim.notPlaces = [];
  }
  claim.topics.push(...postsOfBodies(reading, kb, lexicon, entities, asked));
  // (« A lui a parlé de X »: spoke to someone, one side; a discussion said of both sides is not that.)
  if (predicates.some((p) => [p.start - 1, p.start - 2].some((i) => grammar.addressee.has(tokens[i] ?? '')))) claim.singledOut ??= 'addressee';
  broughtAlong(claim, reading, grammar);
  readAmounts(claim, reading, kb, lexicon, entities, meetingNouns);
  // ("where did C go after Y?", « où est allé C après Y ? »: a place right after "after", with someone going and no meeting
  // or event set in order, is where they were before — what is asked is somewhere else, as "any other city" asks.)
  const going = predicates.some((p) => p.predicates.some((id) => kb.predicates.get(id)?.kind === 'presence'));
  const orderedFrom = (p: { start: number }) => of('marker').some((m) => (m.marker === 'after' || m.marker === 'before') && (m.end === p.start || (m.end === p.start - 1 && grammar.articles.has(tokens[m.end] ?? ''))));
  const fromPlace = going && !claim.order && !claim.eventOrder && claim.participants.some((p) => p.type === 'person') ? entities.find((e) => e.type === 'place' && orderedFrom(e)) : undefined;
  if (fromPlace) {
    claim.otherPlaces = true;
    claim.places = claim.places.filter((p) => p.start !== fromPlace.start);
    claim.topics = claim.topics.filter((t) => !(t.kind === 'entity' && t.entity === fromPlace.entity));
  }
  readLocated(claim, reading, kb, entities, isLocative, (w) => grammar.copula.has(w) || isPassiveWord(w));
  readPlaced(claim, reading, kb, entities, isLocative, (w) => grammar.copula.has(w) || grammar.articles.has(w) || isPassiveWord(w));
  if (!claim.placedIn?.length) readNested(claim, reading, kb, entities, isLocative);
  readIncreases(claim, reading, lexicon);
  readPlaceList(claim, reading, (w) => w === ',' || grammar.conjunction.has(w));
  readThingsNamed(claim, reading, kb, lexicon, grammar, isLocative);
  if (focus) claim.cleft = focus;
  nameAfterItsNoun(claim, reading, kb, entities, describesOne);
  return claim;
}
