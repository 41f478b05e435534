// "One in X and one in Y", "in X and Y respectively", « l'un à X, l'autre à Y »:
// places no one meeting can all be at, said of several meetings, are each
// one's. The claim holds when the meetings can be matched with the places,
// one each (in the order the people were named, with "respectively").
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Claim } from '../understand/frame.js';
import { within } from '../retrieve/graph.js';

/**
 * The ways of reading a claim's places one per meeting: each way a list of claims that must all hold, one per place.
 * Undefined when the claim names fewer than two places, or places one meeting could be at all at once (a city and its
 * gardens).
 */
export function spreadOverPlaces(claim: Claim, kb: KnowledgeBase): { readings: Claim[][]; unpaired: boolean } | undefined {
  const places = claim.places.filter((p, i) => claim.places.findIndex((q) => q.entity === p.entity) === i);
  // (Two to a few: past that no one writes a list to pair, and the matchings grow as a factorial.)
  if (places.length < 2 || places.length > MAX_SPREAD || places.some((a) => places.some((b) => a !== b && within(kb, a.entity, b.entity)))) return undefined;
  // ("the meeting in Y took place at P": the place that names the meeting picks it; the other is said of that one.)
  // (Places with nothing joining them are one place said twice, « à Y dans les jardins de P ».)
  if (!claim.placeList) return undefined;
  if (claim.meetingPlaces?.length && places.some((p) => !claim.meetingPlaces?.includes(p.entity))) return undefined;
  const persons = claim.participants.filter((p, i) => kb.entities.get(p.entity)?.type === 'person' && claim.participants.findIndex((q) => q.entity === p.entity) === i);
  // Each of these people with the place in the same position, for each order of them tried.
  const paired = (people: readonly (typeof persons)[number][], orders: readonly (typeof persons)[number][][]) => {
    const others = claim.participants.filter((p) => !people.includes(p));
    return { readings: orders.map((order) => order.map((person, i) => ({ ...claim, every: false, respectively: false, places: [places[i] as (typeof places)[number]], participants: [...others, person] }))), unpaired: false };
  };
  // ("A received B and C in X and Y": B and C, named together, are the side with as many people as places; each is
  // matched with one.)
  for (const role of ['object', 'agent'] as const) {
    const side = persons.filter((p) => p.role === role).sort((a, b) => a.start - b.start);
    const together = side.every((p, i) => i === 0 || p.start - (side[i - 1] as { end: number }).end <= 1);
    if (side.length !== places.length || !together) continue;
    return paired(side, claim.respectively ? [side] : permutations(side));
  }
  // ("C was in Y and B in X", « C c'était à Y et B à X »: each person, then their place, in turn.)
  const named = [...persons].sort((a, b) => a.start - b.start);
  const inTurn = named.length === places.length && named.every((p, i) => p.start >= 0 && (places[i]?.start ?? -1) > p.start && (i === 0 || (places[i - 1]?.start ?? Infinity) < p.start));
  if (inTurn) return paired(named, [named]);
  // (People of several meetings named apart — "after meeting B in X, A went to Y to see C" — are no list of meetings.)
  if (persons.length > 2) return undefined;
  // (No one listed: each place is one of the meetings meant. "Respectively" with no list in the claim pairs with people
  // said elsewhere, which this claim cannot check.)
  return { readings: [places.map((p) => ({ ...claim, every: false, respectively: false, places: [p] }))], unpaired: claim.respectively === true };
}

/** The most places a claim is read as spreading over its meetings. */
const MAX_SPREAD = 4;

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}
