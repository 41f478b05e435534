// "the HQ in Z": where an idea is, against the one place its facts put it (the concept's `at`).
import type { Fact } from '../knowledge/types.js';
import type { Claim } from '../understand/frame.js';
import { within } from '../retrieve/graph.js';
import type { VerifyEnv } from './env.js';
import { contradicted, notStated, supported, type Finding } from './verdict.js';

/** "the X gardens are in Y": a place against the places the knowledge puts it in (its `within` links), quoting what mentions it. */
export function placedFindings(claim: Claim, env: VerifyEnv): Finding[] {
  const { kb } = env;
  return (claim.placedIn ?? []).map(({ place, in: outer }) => {
    // (Quoted only where a fact names the place with where it is — the place said, or the one the knowledge puts it in:
    // the `within` links say where to look, a quote must show it.)
    const parent = (kb.entities.get(place) as { within?: string } | undefined)?.within;
    const holds = place === outer || within(kb, place, outer);
    const shows = (f: Fact) => f.mentions.includes(place) && f.mentions.some((m) => (holds ? m === outer || (m !== place && within(kb, place, m) && within(kb, m, outer)) : m === parent));
    const shown = env.rank((kb.factsMentioning.get(place) ?? []).filter(shows), 1);
    if (!shown.length) return notStated([{ kind: 'element' }]);
    return holds ? supported(shown) : contradicted('place', shown);
  });
}

export function locatedFindings(claim: Claim, env: VerifyEnv): Finding[] {
  const { kb } = env;
  return (claim.located ?? []).flatMap(({ concept, place, surface }) => {
    const at = kb.concepts.get(concept)?.at;
    if (!at) return [];
    // The facts that put the idea there: those of the idea that name the place.
    const carriers = (kb.factsWithConcept.get(concept) ?? []).filter((f: Fact) => f.mentions.includes(at) || f.about === at);
    const shown = env.rank(carriers.length ? carriers : [...(kb.factsWithConcept.get(concept) ?? [])], 1);
    // (A name the coverage does not know may be anywhere, even inside that place: not said, never denied.)
    if (!place) return [notStated([{ kind: 'words', surfaces: [surface] }], shown)];
    // (Broader is said — "in the United States" —, narrower is not: "in Manhattan" says more than the articles.)
    if (place === at || within(kb, at, place)) return [supported(shown)];
    if (within(kb, place, at)) return [notStated([{ kind: 'element' }], shown)];
    return [contradicted('place', shown)];
  });
}
