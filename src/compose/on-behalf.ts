// "on behalf of who?", « au nom de qui ? », "who does B represent?": whom someone
// spoke for. A fact of saying that credits another person besides the speaker
// ("B conveyed the SG's wish") says it; that person is who the answer is then
// about, so "what's his name?" asks his. With no such fact the question is one of
// whose someone is, answered by his post as any "who" question about him.
import type { Meeting } from '../knowledge/schema.js';
import type { Fact, KnowledgeBase } from '../knowledge/types.js';
import { factsAbout } from '../retrieve/graph.js';
import type { Query } from '../understand/frame.js';

/** A "who" question whose affiliation word names no one after it: the one it would name is asked. */
export function asksOnWhoseBehalf(q: Query): boolean {
  const { terms } = q.reading;
  if (q.polar || q.intent !== 'who') return false;
  // (The word after it is the question word, or nothing is: "on behalf of who, B?", "who does B represent?".)
  const object = (m: { end: number }) => terms.filter((t) => t.start >= m.end && t.kind !== 'function').sort((a, b) => a.start - b.start)[0];
  return terms.some((m) => {
    if (m.kind !== 'marker' || m.marker !== 'affiliation') return false;
    const next = object(m);
    return next === undefined || (next.kind === 'cue' && q.reading.cues.some((c) => c.start === next.start && c.intent === 'who'));
  });
}

export interface SpokenFor {
  facts: Fact[];
  /** The person the facts credit besides the one asked about. */
  principal: string;
  meetings: Meeting[];
}

/** The facts of saying in which the one person the question is about speaks for someone else, and that one. */
export function spokenFor(q: Query, kb: KnowledgeBase): SpokenFor | undefined {
  const people = q.claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person');
  const [person] = people;
  if (!person || people.length > 1) return undefined;
  const speaks = (f: Fact) => f.predicates.some((p) => kb.predicates.get(p)?.kind === 'content') && (f.speaker === person.entity || f.agents.includes(person.entity));
  const other = (f: Fact) => f.agents.find((a) => a !== person.entity && kb.entities.get(a)?.type === 'person');
  const meetings = kb.meetingsInvolving.get(person.entity) ?? [];
  const found = meetings.flatMap((m) => factsAbout(kb, m.id).filter((f) => speaks(f) && other(f) !== undefined).map((f) => ({ f, m })));
  const principal = found[0] && other(found[0].f);
  if (!principal) return undefined;
  const facts = found.filter(({ f }) => other(f) === principal);
  return { facts: facts.map(({ f }) => f), principal, meetings: [...new Set(facts.map(({ m }) => m))] };
}
