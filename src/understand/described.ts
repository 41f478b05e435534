// "the U K guy", « le mec du K »: a noun for one
// person, with an idea right next to it (and perhaps whose people he is), is
// the one person whose post the articles describe with that idea. Read as that
// person said by a post, as if the words were one of his titles; when more than
// one person's post has the idea, or none, the words stay as they were.
import type { KnowledgeBase } from '../knowledge/types.js';
import { affiliations, postsWithIdea } from '../retrieve/graph.js';
import type { Grammar } from './lexicon.js';
import type { Reading, Term, TermOf } from './read.js';
import type { Claim, EntityTerm } from './claim-types.js';

/** Replaces, in `terms` (in order), each described person by the entity it stands for. */
export function readDescribedPeople(terms: Term[], tokens: readonly string[], kb: KnowledgeBase, grammar: Grammar, surface: (start: number, end: number) => string, opensClause: (i: number) => boolean): void {
  for (let i = 0; i < terms.length; i++) {
    const noun = terms[i] as Term;
    if (noun.kind !== 'generic' || noun.what !== 'person' || noun.end - noun.start !== 1 || !grammar.onePerson.has(tokens[noun.start] ?? '')) continue;
    // The idea right before the noun ("K guy"), or after it past grammar words ("le mec du K").
    const before = terms[i - 1];
    // (Whose people he is may stand between the noun and the idea: « le responsable U de l'idée X ».)
    const [next, second] = terms.slice(i + 1).filter((t) => t.kind !== 'function');
    const owner = next?.kind === 'entity' && next.start === noun.end && kb.entities.get(next.entity)?.type === 'organisation' ? next : undefined;
    const after = owner ? second : next;
    // (Grammar words only: not across a comma, "the other UN guy, the P one".)
    const between = (from: number, to: number) => to - from <= 2 && terms.every((t) => t.end <= from || t.start >= to || t.kind === 'function') && !tokens.slice(from, to + 1).some((_, k) => opensClause(from + k));
    const idea = before?.kind === 'concept' && before.end === noun.start ? before : after?.kind === 'concept' && between((owner ?? noun).end, after.start) ? after : undefined;
    // (The idea, or a word broader than it — "P" for the UN P units —; "the outgoing official" is the opposite of the new one.)
    if (idea?.relation !== 'same' && idea?.relation !== 'broader') continue;
    // Whose people he is, next to the idea or the noun: "the U K guy", « le mec du K de l'U ».
    const [first, last] = idea.start < noun.start ? [idea, noun] : [noun, idea];
    const org = idea === after && owner ? owner : terms.find((t): t is TermOf<'entity'> => t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'organisation' && (t.end === first.start || between(last.end, t.start)));
    const people = (postsWithIdea(kb).get(idea.concept) ?? []).filter((p) => !org || affiliations(kb, p).has(org.entity));
    if (people.length !== 1) continue;
    const start = Math.min(first.start, org?.start ?? Infinity);
    const end = Math.max(last.end, org?.end ?? -1);
    const at = terms.findIndex((t) => t.start >= start);
    const count = terms.filter((t) => t.start >= start && t.end <= end).length;
    terms.splice(at, count, { kind: 'entity', entity: people[0] as string, via: 'role', fuzzy: false, start, end, surface: surface(start, end) });
    i = at;
  }
}

/**
 * « le gars de l'U, Z, … »: who Z is, said before naming him — the body is his, no one else asked about. (One person
 * only: not « les deux responsables de l'U, B et C », each of whom the words describe.)
 */
export function nameAfterItsNoun(claim: Claim, reading: Reading, kb: KnowledgeBase, entities: readonly EntityTerm[], describesOne: (from: number, to: number) => boolean): void {
  const persons = reading.terms.filter((g) => g.kind === 'generic' && g.what === 'person');
  const nounOf = (e: EntityTerm) => persons.find((g) => g.end <= e.start && describesOne(g.start, e.start));
  const named = entities.find((e) => e.type === 'person' && reading.clauses.includes(e.start) && nounOf(e));
  const noun = named && nounOf(named);
  if (!named || !noun || claim.every || entities.some((e) => e !== named && e.type === 'person' && e.start > named.start)) return;
  claim.participants = claim.participants.filter((p) => !(p.start >= noun.end && p.end <= named.start && kb.entities.get(p.entity)?.type === 'organisation'));
  if (persons.length === 1) claim.generic.delete('person');
}
