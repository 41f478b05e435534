// "the HQ in Z", « le siège … c'est à Z »: an idea the knowledge puts
// in one place (a concept's `at`), said to be somewhere. Read apart from the
// places of meetings: where an idea is says nothing of where anyone met.
import { fold } from '../language/normalize.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Claim, EntityTerm } from './claim-types.js';
import type { Reading } from './read.js';

/** How far past the idea the place may be: past whose it is and a verb (« le siège des unités de la P, c'est à Z »). */
const REACH = 12;

/** Whether an organisation is, or is part of, one whose idea this is (a fact's `describes`); any, when no fact says whose. */
function ownedBy(kb: KnowledgeBase, concept: string, org: string): boolean {
  const owners = new Set((kb.factsWithConcept.get(concept) ?? []).flatMap((f) => (f.describes?.[concept] ? [f.describes[concept]] : [])));
  if (!owners.size) return true;
  for (let at: string | undefined = org; at !== undefined; at = (kb.entities.get(at) as { part_of?: string } | undefined)?.part_of) if (owners.has(at)) return true;
  return false;
}

/**
 * "the X gardens are in Y", « …, qui se trouvent à Y »: a place the knowledge locates, then only "is" and a locative, then
 * another place it knows — said of where the first one is, not of where anyone met.
 */
export function readPlaced(claim: Claim, reading: Reading, kb: KnowledgeBase, entities: readonly EntityTerm[], isLocative: (w: string | undefined) => boolean, linking: (w: string) => boolean): void {
  const { tokens } = reading;
  // (No verb but "is", or one of being somewhere: « se trouvent à Y ».)
  if (claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind !== 'presence')) || entities.some((e) => e.type === 'person' || e.type === 'meeting' || e.type === 'event')) return;
  // (Not « la réunion de X c'était aux jardins de Y »: what is said to be there is the meeting.)
  if (claim.ofMeeting || claim.generic.size > 0) return;
  const places = entities.filter((e) => e.type === 'place');
  const [inner, outer] = places;
  if (places.length !== 2 || !inner || !outer || isLocative(tokens[inner.start - 1]) || (kb.entities.get(inner.entity) as { within?: string } | undefined)?.within === undefined) return;
  const between = tokens.slice(inner.end, outer.start);
  const verb = (i: number) => claim.predicates.some((p) => p.start <= inner.end + i && inner.end + i < p.start + 3);
  const asked = [tokens[inner.start - 1], tokens[inner.start - 2]].some((w) => w !== undefined && linking(w));
  if (between.length > 4 || !isLocative(between.at(-1)) || !(asked || between.some((w, i) => linking(w) || verb(i))) || !between.every((w, i) => linking(w) || isLocative(w) || verb(i))) return;
  claim.predicates = [];
  (claim.placedIn ??= []).push({ place: inner.entity, in: outer.entity, surface: outer.surface });
  claim.topics = claim.topics.filter((t) => !(t.kind === 'entity' && t.entity === inner.entity));
  claim.places = claim.places.filter((p) => p.entity !== outer.entity && p.entity !== inner.entity);
}

/**
 * "at the W gardens in Y", « aux jardins de W à Y »: a venue the knowledge puts in a city, then right away "in" another
 * place — said of where the venue is, as well as of where it happened.
 */
export function readNested(claim: Claim, reading: Reading, kb: KnowledgeBase, entities: readonly EntityTerm[], isLocative: (w: string | undefined) => boolean): void {
  const places = entities.filter((e) => e.type === 'place');
  for (const [i, venue] of places.entries()) {
    const next = places[i + 1];
    const entity = kb.entities.get(venue.entity) as { kind?: string; within?: string } | undefined;
    if (!next || entity?.kind !== 'venue' || entity.within === undefined || next.start - venue.end !== 1 || !isLocative(reading.tokens[venue.end])) continue;
    (claim.placedIn ??= []).push({ place: venue.entity, in: next.entity, surface: next.surface });
  }
}

export function readLocated(claim: Claim, reading: Reading, kb: KnowledgeBase, entities: readonly EntityTerm[], isLocative: (w: string | undefined) => boolean, linking: (w: string) => boolean): void {
  const { terms, tokens } = reading;
  // (Not past a person: « le siège… où A a reçu B à Y » puts A and B in Y, not the idea; but "the HQ B talked about is in Z":
  // past "is", what is in Z is the idea again.)
  const spoke = (from: number) => claim.predicates.some((p) => p.start >= from && p.start - from <= 1 && p.ids.every((id) => kb.predicates.get(id)?.kind === 'content'));
  const isAgain = (from: number) => spoke(from) && tokens.slice(from).some((w, i) => linking(w) && isLocative(tokens[from + i + 1]));
  const people = entities.filter((e) => e.type === 'person' && !isAgain(e.end));
  for (const idea of terms) {
    if (idea.kind !== 'concept' || !kb.concepts.get(idea.concept)?.at) continue;
    // (Only the idea of its owner: "the P headquarters in Y" is another building than the U's.)
    const owner = entities.find((e) => e.type === 'organisation' && ((e.end <= idea.start && idea.start - e.end <= 1) || (e.start >= idea.end && e.start - idea.end <= 4)));
    if (owner && !ownedBy(kb, idea.concept, owner.entity)) continue;
    const reach = Math.min(idea.end + REACH, ...people.filter((p) => p.start >= idea.end).map((p) => p.start));
    // The first name after a locative, close behind the idea: a place the coverage knows, or a name it does not.
    // (Its locative right before it, or before its article: "in the United States".)
    // (…or "is" right before it, the locative left out: « le siège… c Z ».)
    const after = (at: number) => isLocative(tokens[at - 1]) || isLocative(tokens[at - 2]) || linking(tokens[at - 1] ?? '');
    const place = entities.find((e) => e.type === 'place' && e.start >= idea.end && e.start < reach && after(e.start));
    const name = terms.find((t) => t.kind === 'word' && t.start >= idea.end && t.start < reach && isLocative(tokens[t.start - 1]) && !t.inCoverage && (/^\p{Lu}/u.test(t.surface) || !reading.english[t.start]));
    // ("the Z HQ", « le siège new-yorkais » aside: a place right before the idea says where it is.)
    const named = entities.find((e) => e.type === 'place' && e.end === idea.start);
    const first = named ?? [place, name].filter((x) => x !== undefined).sort((a, b) => a.start - b.start)[0];
    if (!first) continue;
    // (…and nothing else: where the HQ is, not where anyone met.)
    if (named) claim.places = claim.places.filter((p) => p.start !== named.start);
    (claim.located ??= []).push(first.kind === 'entity' ? { concept: idea.concept, place: first.entity, surface: first.surface, ...(first === named ? { before: true as const } : {}) } : { concept: idea.concept, surface: first.surface });
    // (A name the coverage does not know, said as where the idea is, is that and nothing more: not a word to find.)
    if (first.kind === 'word') {
      claim.topics = claim.topics.filter((t) => !(t.kind === 'word' && fold(t.surface) === fold(first.surface)));
      claim.unknownPlaces = claim.unknownPlaces.filter((p) => fold(p) !== fold(first.surface));
    }
  }
}

/**
 * "in X and Y", "one in X, one in Y": places said as a list, each of which may be another meeting's. Places with
 * nothing joining them — « à Y dans les jardins de P » — say one place twice, as precisely as the writer could.
 */
export function readPlaceList(claim: Claim, reading: Reading, joins: (w: string) => boolean): void {
  const places = [...claim.places].sort((a, b) => a.start - b.start);
  if (places.length < 2) return;
  const listed = places.every((p, i) => i === 0 || reading.tokens.slice((places[i - 1] as { end: number }).end, p.start).some(joins));
  if (listed) claim.placeList = true;
}
