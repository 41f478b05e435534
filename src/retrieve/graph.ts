// Pure lookups over the knowledge base: who took part in what, what lies where.
import type { Entity, Meeting } from '../knowledge/schema.js';
import type { Fact, KnowledgeBase } from '../knowledge/types.js';

export function participants(m: Meeting): string[] {
  return [m.host, ...m.guests];
}

/** The organisations a person belongs to or leads, with every organisation those are part of and their countries. */
export function affiliations(kb: KnowledgeBase, personId: string): Set<string> {
  let cached = affiliationCache.get(kb)?.get(personId);
  if (cached) return cached;
  const person = kb.entities.get(personId);
  cached = new Set<string>();
  const queue = person?.type === 'person' ? [...person.belongs_to, ...person.leads] : person?.type === 'organisation' ? [...(person.part_of ? [person.part_of] : []), ...(person.country ? [person.country] : [])] : [];
  while (queue.length) {
    const id = queue.pop() as string;
    if (cached.has(id)) continue;
    cached.add(id);
    const org = kb.entities.get(id);
    if (org?.type === 'organisation') {
      if (org.part_of) queue.push(org.part_of);
      if (org.country) queue.push(org.country);
    }
  }
  const perKb = affiliationCache.get(kb) ?? new Map<string, Set<string>>();
  perKb.set(personId, cached);
  affiliationCache.set(kb, perKb);
  return cached;
}

const affiliationCache = new WeakMap<KnowledgeBase, Map<string, Set<string>>>();

/** The base's events, in its order (found once per base: a question asks of them, not of every entity). */
export function eventsOf(kb: KnowledgeBase): Extract<Entity, { type: 'event' }>[] {
  let cached = eventCache.get(kb);
  if (!cached) {
    cached = [...kb.entities.values()].filter((e): e is Extract<Entity, { type: 'event' }> => e.type === 'event');
    eventCache.set(kb, cached);
  }
  return cached;
}

const eventCache = new WeakMap<KnowledgeBase, Extract<Entity, { type: 'event' }>[]>();

/** Whether an entity stands inside another: a city in its country, a venue in its city. */
export function within(kb: KnowledgeBase, inner: string, outer: string): boolean {
  return reaches(kb, inner, outer);
}

/** Places nest a few deep: only a longer walk keeps track of where it has been (a loop in `within` ends it). */
const SHALLOW = 8;

/** Whether the walk up the `within` links from one place meets another. */
function reaches(kb: KnowledgeBase, from: string | undefined, to: string): boolean {
  let at = from;
  let seen: Set<string> | undefined;
  for (let steps = 0; at; steps++) {
    if (at === to) return true;
    // (Asked of every meeting at every question that names a place: no set for the usual short walk.)
    if (steps >= SHALLOW) {
      seen ??= new Set();
      if (seen.has(at)) return false;
      seen.add(at);
    }
    const place = kb.entities.get(at);
    at = place?.type === 'place' ? place.within : undefined;
  }
  return false;
}

/** Whether an entity (person or organisation) took part in a meeting, in person or through a member. */
export function involves(kb: KnowledgeBase, m: Meeting, entityId: string): boolean {
  // (Asked of every meeting of the base by some questions: the host, then each guest, with no list made.)
  if (m.host === entityId || affiliations(kb, m.host).has(entityId)) return true;
  for (const g of m.guests) if (g === entityId || affiliations(kb, g).has(entityId)) return true;
  return false;
}

/** Whether a meeting took place at, or inside, a place. */
export function placeAgrees(kb: KnowledgeBase, m: Meeting, placeId: string): boolean {
  return m.city === placeId || reaches(kb, m.venue ?? m.city, placeId);
}

/** Whether any meeting or event is located at a place: such a place named in a question constrains it. */
export function hostsSomething(kb: KnowledgeBase, placeId: string): boolean {
  for (const e of kb.entities.values()) {
    if (e.type === 'meeting' && (e.city === placeId || e.venue === placeId)) return true;
    if (e.type === 'event' && (e.city === placeId || e.venue === placeId)) return true;
  }
  return false;
}

const bySlots = new WeakMap<KnowledgeBase, Map<string, readonly Fact[]>>();

/**
 * The facts filed under an entity, of these slots if any are given. Asked of every meeting by claims that name
 * no one (at a thousand articles, a thousand times a question), so each entity's list per slot is kept per base.
 */
export function factsAbout(kb: KnowledgeBase, id: string, ...slots: Fact['slot'][]): readonly Fact[] {
  const all = kb.factsAbout.get(id) ?? [];
  if (!slots.length) return all;
  let perKb = bySlots.get(kb);
  if (!perKb) bySlots.set(kb, (perKb = new Map()));
  const key = `${id}\u0000${slots.join('\u0000')}`;
  let found = perKb.get(key);
  if (!found) perKb.set(key, (found = all.filter((f) => slots.includes(f.slot))));
  return found;
}

export function displayName(entity: Entity, language: 'fr' | 'en'): string {
  return (entity.short ?? entity.name)[language];
}

export function weekdayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The named people whose post's facts carry each idea: gathered once per base. */
export function postsWithIdea(kb: KnowledgeBase): ReadonlyMap<string, readonly string[]> {
  let found = postsCache.get(kb);
  if (!found) {
    found = new Map();
    for (const fact of kb.facts.values()) {
      const person = kb.entities.get(fact.about);
      if (fact.slot !== 'role' || person?.type !== 'person' || person.named === false) continue;
      for (const concept of fact.concepts) {
        const list = found.get(concept) ?? [];
        if (!list.includes(person.id)) list.push(person.id);
        found.set(concept, list);
      }
    }
    postsCache.set(kb, found);
  }
  return found;
}

const postsCache = new WeakMap<KnowledgeBase, Map<string, string[]>>();
