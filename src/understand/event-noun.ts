// "the assembly", « l'assemblée »: a noun for an event that is part of the
// name of one event only, in the whole coverage, stands for that event. With
// several ("the assembly" of two organisations), it stands for none.
import { fold } from '../language/normalize.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Claim } from './claim-types.js';
import type { Grammar } from './grammar.js';
import type { Reading, TermOf } from './read.js';

const eventsByWord = new WeakMap<KnowledgeBase, Map<string, Set<string>>>();

/** Each word of an event's names (fr and en), and the events it is part of the name of. */
function wordsOfEvents(kb: KnowledgeBase): Map<string, Set<string>> {
  let found = eventsByWord.get(kb);
  if (found) return found;
  found = new Map();
  for (const e of kb.entities.values()) {
    if (e.type !== 'event') continue;
    // (Its names, not the loose words it may also be called by: "O conference" makes no press conference the assembly.)
    const names = [e.name.fr, e.name.en];
    for (const w of names.flatMap((n) => fold(n).split(/[^\p{L}\p{N}]+/u))) {
      if (w.length < 4) continue;
      const ids = found.get(w) ?? new Set<string>();
      ids.add(e.id);
      found.set(w, ids);
    }
  }
  eventsByWord.set(kb, found);
  return found;
}

export function eventByNoun(claim: Claim, reading: Reading, kb: KnowledgeBase): void {
  if (claim.events.length || claim.otherEvents.length) return;
  const nouns = reading.terms.filter((t): t is TermOf<'generic'> => t.kind === 'generic' && t.what === 'event');
  for (const noun of nouns) {
    const words = reading.tokens.slice(noun.start, noun.end);
    const ids = words.map((w) => wordsOfEvents(kb).get(w));
    const [only] = ids.length === 1 && ids[0]?.size === 1 ? [...ids[0]] : [];
    if (!only) continue;
    claim.events.push({ entity: only, type: 'event', via: 'alias', surface: reading.raw.slice(noun.start, noun.end).join(' '), start: noun.start, end: noun.end, fuzzy: false });
    claim.generic.delete('event');
    return;
  }
}

/**
 * "the C one", « celle de B », with no noun before it to stand for: "one" right after a person the coverage
 * shows meeting someone, or « celle de / avec » right before one, is that person's meeting.
 */
export function meetingByOne(claim: Claim, reading: Reading, kb: KnowledgeBase, grammar: Grammar): void {
  if (claim.generic.has('meeting') || claim.generic.has('article') || claim.generic.has('document') || claim.generic.has('event')) return;
  const { tokens, terms } = reading;
  const met = (t: Reading['terms'][number]) => t.kind === 'entity' && (kb.meetingsInvolving.get(t.entity)?.length ?? 0) > 0 && kb.entities.get(t.entity)?.type === 'person';
  const one = tokens.some((w, i) => {
    if (!grammar.nounAnaphora.has(w)) return false;
    // (Not "one of them", "l'un d'eux": a part of a group, said with "of" right after.)
    const after = terms.find((t) => t.start > i && t.kind !== 'function');
    const right = tokens[i + 1] ?? '';
    // (Not across a comma: "…received by A, one in X and one in Y".)
    if (terms.some((t) => t.end === i && met(t)) && !grammar.genitive.has(right) && !reading.clauses.includes(i)) return true;
    return (grammar.genitive.has(right) || grammar.companion.has(right)) && after !== undefined && met(after) && after.start - i <= 3;
  });
  if (!one) return;
  claim.generic.add('meeting');
  claim.ofMeeting = true;
}
