// "besides C", "à part C", "other than C": a name the question sets aside,
// whom it asks about someone else than. Not every name after "other" is one.
import type { Reading } from './read.js';

/** Whether the name at `e` is set aside by an exclusion said right before it. */
export function isSetAside(e: { start: number; end: number }, reading: Reading, isGroup: boolean): boolean {
  const { terms } = reading;
  // (« d'autres responsables <of a country> »: a name after the people meant says who they are, not whom they are besides;
  // "the other U guy": a name before the people meant says whose they are too.)
  const ofPeople = (m: { end: number }) => terms.some((g) => g.kind === 'generic' && g.what === 'person' && ((g.start >= m.end && g.end <= e.start) || g.start === e.end));
  // ("l'autre, B", "l'autre, celui avec B": past a comma, the other one is named, not set aside.)
  const pastComma = (m: { start: number }) => reading.clauses.some((c) => c > m.start && c <= e.start);
  // ("quels autres chefs de délégation": a group right after "other" is the kind of people meant.)
  const kindMeant = (m: { end: number }) => isGroup && e.start === m.end;
  // ("who else did A meet?": past the auxiliary that asks, the name is who does it.)
  // (« qui d'autre A a rencontré ? », "who else A met?": the name right after, then its verb, is who does it too.)
  const asks = (m: { start: number; end: number }) => terms.some((t) => t.kind === 'cue' && (t.end === m.start || (t.start < m.start && t.end >= m.end)));
  const doer = (m: { end: number }) => e.start === m.end && terms.some((t) => t.kind === 'predicate' && t.start >= e.end && t.start - e.end <= 2);
  const subject = (m: { start: number; end: number }) => asks(m) && (terms.some((t) => t.kind === 'marker' && (t.marker === 'opener' || t.marker === 'inversion') && t.start >= m.end && t.end <= e.start) || doer(m));
  return terms.some((m) => m.kind === 'marker' && m.marker === 'exclusion' && m.end <= e.start && e.start - m.end <= 2 && !ofPeople(m) && !pastComma(m) && !kindMeant(m) && !subject(m));
}
