// "le <a region> <of a country>", "the <country-adjective> <a region>": a place named with another
// place's name as its adjective is one place, narrower than either, unless one
// stands within the other ("X, K" is just X). The articles
// name neither compound, so nothing they say carries it.
import type { KnowledgeBase } from '../knowledge/types.js';
import { within } from '../retrieve/graph.js';
import type { EntityTerm } from './claim-types.js';
import type { Reading } from './read.js';

export interface CompoundPlace {
  surface: string;
  of: { entity: string };
  parts: EntityTerm[];
}

export function compoundPlaces(entities: EntityTerm[], reading: Pick<Reading, 'raw' | 'clauses'>, kb: KnowledgeBase): CompoundPlace[] {
  const places = entities.filter((e) => e.type === 'place').sort((a, b) => a.start - b.start);
  const found: CompoundPlace[] = [];
  for (let i = 1; i < places.length; i++) {
    const [a, b] = [places[i - 1]!, places[i]!];
    if (a.end !== b.start || reading.clauses.includes(b.start) || a.entity === b.entity || within(kb, a.entity, b.entity) || within(kb, b.entity, a.entity)) continue;
    // (Which word is the adjective depends on the language; a country's name is the likelier one: "the <country-adjective> <a region>".)
    const head = (kb.entities.get(a.entity) as { kind?: string } | undefined)?.kind === 'country' ? b : a;
    found.push({ surface: reading.raw.slice(a.start, b.end).join(' '), of: { entity: head.entity }, parts: [a, b] });
  }
  return found;
}
