// ", chef de la P de l'U" after "…a reçu B": a post said of the name
// before it (an apposition), not a claim of its own that someone holds it;
// and a post said of a country or a body, which no fact gives.
import type { KnowledgeBase } from '../knowledge/types.js';
import type { EntityTerm, Topic } from './claim-types.js';
import type { Query } from './frame.js';
import { grammarOf, type Lexicon } from './lexicon.js';
import type { Reading } from './read.js';

/** The clause's last words of substance name a person, perhaps before where or when: "…received B (in Y)". */
export function endsWithPerson(q: Query, kb: KnowledgeBase): boolean {
  const content = q.reading.terms.filter((t) => t.kind !== 'function' && t.kind !== 'date' && !(t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'place'));
  const last = content.at(-1);
  return last?.kind === 'entity' && last.via === 'alias' && kb.entities.get(last.entity)?.type === 'person';
}

/** ", chef de la P de l'U", ", T chargé de…": a post and nothing else, said of the name before it. */
export function namesAPost(q: Query, kb: KnowledgeBase): boolean {
  const terms = q.reading.terms.filter((t) => t.kind !== 'function');
  const heads = (t: (typeof terms)[number]) => t.kind === 'predicate' && t.predicates.every((id) => kb.predicates.get(id)?.kind === 'title');
  // (", head of K's national P": a verb of heading that opens it is the post's noun.)
  const post = (t: (typeof terms)[number]) => t.kind === 'title' || (t.kind === 'entity' && t.via === 'role' && kb.entities.get(t.entity)?.type === 'person') || (t === terms[0] && heads(t));
  const allowed = (t: (typeof terms)[number]) => post(t) || t.kind === 'concept' || (t.kind === 'entity' && ['organisation', 'place'].includes(kb.entities.get(t.entity)?.type ?? '')) || heads(t);
  return terms.some(post) && terms.every(allowed);
}

/**
 * "K's role in the <a region>", « le rôle du K »: a word that asks for someone's post, said of a country or a body,
 * is something of theirs no fact gives. (Not "his job at the U", a person's post; nor in a question, which asks for it.)
 */
export function postsOfBodies(reading: Reading, kb: KnowledgeBase, lexicon: Lexicon, entities: readonly EntityTerm[], asked: ReadonlySet<number>): Topic[] {
  const { tokens } = reading;
  const grammar = grammarOf(lexicon);
  const relations = lexicon.languages[reading.language].relations;
  const country = (e: EntityTerm) => (kb.entities.get(e.entity) as { kind?: string } | undefined)?.kind === 'country';
  const ofPerson = (c: { start: number }) => grammar.possessive.has(tokens[c.start - 1] ?? '') && !entities.some((e) => e.end === c.start - 1);
  const before = (c: { start: number }, e: EntityTerm) => e.end === c.start - 1 && grammar.possessive.has(tokens[e.end] ?? '');
  const after = (c: { end: number }, e: EntityTerm) => country(e) && e.start > c.end && e.start - c.end <= 2 && relations.has(tokens[c.end] ?? '');
  const owned = (c: { start: number; end: number }) => !ofPerson(c) && entities.some((e) => e.type !== 'person' && e.type !== 'meeting' && (before(c, e) || after(c, e)));
  return reading.cues
    .filter((c) => c.intent === 'role' && c.end - c.start === 1 && owned(c) && [...asked].every((i) => i === c.start))
    .map((c) => ({ kind: 'word', word: tokens[c.start] as string, surface: reading.raw[c.start] ?? '' }));
}
