// « c'est à X qu'ils ont parlé de Y », "it was at the X meeting that Y came up",
// « c'est avec B qu'on a parlé de Y »: a cleft that puts a place, a meeting, a
// day or a person before "that", « que », says that is where, when or with whom
// it happened — the one such, so another denies it.
import type { Claim } from './claim-types.js';
import { isBe } from './clauses.js';
import { grammarOf, type Lexicon } from './lexicon.js';
import type { Reading } from './read.js';

/** Words at most between "it was" and "that": the focus is short, or it is no cleft ("c'est bien que…"). */
const MAX_FOCUS = 6;

/** The tokens a "that"-cleft puts in focus, when the reading opens with one; else undefined. */
export function cleftFocus(reading: Reading, lexicon: Lexicon): { start: number; end: number; subject?: true } | undefined {
  const { tokens, terms } = reading;
  const grammar = grammarOf(lexicon);
  // "c'est", "it was", "was it": a word of grammar or a pronoun and "is", either way round, among the first words.
  const startsTerm = (i: number, kinds: readonly string[]) => terms.some((t) => t.start === i && kinds.includes(t.kind));
  const be = (w: string | undefined) => w !== undefined && isBe(w, lexicon);
  // (Read past a negation: « ce n'est pas A qui… », "it wasn't A who…" deny the focus, and are clefts all the same.)
  const kept = tokens.flatMap((w, i) => (Object.values(lexicon.languages).some((l) => l.negations.has(w)) ? [] : [i]));
  const at = (k: number) => tokens[kept[k] ?? -1];
  const from = [0, 1, 2, 3].find((k) => (be(at(k + 1)) && startsTerm(kept[k] ?? -1, ['pronoun', 'function'])) || (be(at(k)) && startsTerm(kept[k + 1] ?? -1, ['pronoun'])));
  if (from === undefined) return undefined;
  const joiner = kept.slice(from + 2, from + 3 + MAX_FOCUS).findIndex((i, k) => k > 0 && grammar.cleftJoiners.has(tokens[i] ?? ''));
  if (joiner < 0) return undefined;
  const start = kept[from + 2] as number;
  const end = kept[from + 2 + joiner] as number;
  // (After a comma, "which", « qui » says more of the name before it: « c'était pendant l'AG, qui a duré… ».)
  if (grammar.relative.has(tokens[end] ?? '') && reading.clauses.includes(end)) return undefined;
  // (Something done after it: "that" then a verb, not « c'est à X que se tient l'AG ? », a place said of an event, which reads the same.)
  if (!terms.some((t) => t.kind === 'predicate' && t.start > end)) return undefined;
  // ("c'est A qui…", "it was A who…": the focus is who did it.)
  return { start, end, ...(grammar.relative.has(tokens[end] ?? '') ? { subject: true as const } : {}) };
}

/** Whether a mention stands within the cleft's focus. */
export function inFocus(focus: { start: number; end: number }): (x: { start: number; end: number }) => boolean {
  return (x) => x.start >= focus.start && x.end <= focus.end;
}

/** The claim without what the cleft focuses on: what is said to have happened, wherever, whenever, with whomever. */
export function withoutFocus(claim: Claim, focus: { start: number; end: number }): { rest: Claim; focused: boolean } {
  const inside = inFocus(focus);
  const rest: Claim = {
    ...claim,
    cleft: undefined,
    places: claim.places.filter((p) => !inside(p)),
    meetings: claim.meetings.filter((m) => !inside(m)),
    dates: claim.dates.filter((d) => !inside(d)),
    participants: claim.participants.filter((p) => !(inside(p) && p.type === 'person')),
  };
  const focused = rest.places.length + rest.meetings.length + rest.dates.length + rest.participants.length < claim.places.length + claim.meetings.length + claim.dates.length + claim.participants.length;
  return { rest, focused };
}
