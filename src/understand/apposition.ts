// ", chef de la police de l'U" after "…a reçu B": a post said of the name
// before it (an apposition), not a claim of its own that someone holds it.
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Query } from './frame.js';

/** The clause's last words of substance name a person, perhaps before where or when: "…received B (in Y)". */
export function endsWithPerson(q: Query, kb: KnowledgeBase): boolean {
  const content = q.reading.terms.filter((t) => t.kind !== 'function' && t.kind !== 'date' && !(t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'place'));
  const last = content.at(-1);
  return last?.kind === 'entity' && last.via === 'alias' && kb.entities.get(last.entity)?.type === 'person';
}

/** ", chef de la police de l'U", ", sous-secrétaire général chargé de…": a post and nothing else, said of the name before it. */
export function namesAPost(q: Query, kb: KnowledgeBase): boolean {
  const terms = q.reading.terms.filter((t) => t.kind !== 'function');
  const post = (t: (typeof terms)[number]) => t.kind === 'title' || (t.kind === 'entity' && t.via === 'role' && kb.entities.get(t.entity)?.type === 'person');
  const allowed = (t: (typeof terms)[number]) => post(t) || t.kind === 'concept' || (t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'organisation') || (t.kind === 'predicate' && t.predicates.every((id) => kb.predicates.get(id)?.kind === 'title'));
  return terms.some(post) && terms.every(allowed);
}
