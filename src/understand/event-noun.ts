// "the assembly", « l'assemblée »: a noun for an event that is part of the
// name of one event only, in the whole coverage, stands for that event. With
// several ("the assembly" of two organisations), it stands for none.
import { fold } from '../language/normalize.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Claim } from './claim-types.js';
import type { Reading, TermOf } from './read.js';

const eventsByWord = new WeakMap<KnowledgeBase, Map<string, Set<string>>>();

/** Each word of an event's names (fr and en), and the events it is part of the name of. */
function wordsOfEvents(kb: KnowledgeBase): Map<string, Set<string>> {
  let found = eventsByWord.get(kb);
  if (found) return found;
  found = new Map();
  for (const e of kb.entities.values()) {
    if (e.type !== 'event') continue;
    // (Its names, not the loose words it may also be called by: "Interpol conference" makes no press conference the assembly.)
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
