// « l'U a un bureau à Y », "O has offices in Y": a building said to be
// somewhere, with no meeting said to be held in it, is a building of the
// organisation's — which no meeting held in Y makes true.
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Claim } from './claim-types.js';
import type { Grammar } from './grammar.js';
import type { Reading } from './read.js';

export function buildingsSomewhere(claim: Claim, reading: Reading, kb: KnowledgeBase, grammar: Grammar, isLocative: (w: string | undefined) => boolean): void {
  const { tokens, terms } = reading;
  const happens = claim.meetings.length > 0 || claim.ofMeeting === true || claim.generic.has('meeting') || claim.predicates.some((p) => p.ids.some((id) => ['meeting', 'presence', 'event'].includes(kb.predicates.get(id)?.kind ?? '')));
  // (A common noun: "Palais des Congrès", capitalised, is a building's name, which the places' own checks weigh.)
  const word = (t: Reading['terms'][number]) => t.kind === 'word' && t.end - t.start === 1 && grammar.venues.has(tokens[t.start] ?? '') && (reading.raw[t.start] ?? '') === (reading.raw[t.start] ?? '').toLowerCase();
  const said = (t: Reading['terms'][number]) => {
    const w = tokens[t.start] as string;
    claim.venues.push(reading.raw[t.start] ?? w);
    claim.topics = claim.topics.filter((x) => !(x.kind === 'word' && x.word === w));
  };
  if (happens) {
    // ("the meeting took place at an office in Y": where it was held, a building no article gives — not a word some
    // fact's name happens to have, "Office of K".)
    const grammarWord = (i: number) => terms.some((x) => x.start === i && x.end === i + 1 && x.kind === 'function');
    for (const t of terms) if (word(t) && (isLocative(tokens[t.start - 1]) || (isLocative(tokens[t.start - 2]) && grammarWord(t.start - 1)))) said(t);
    return;
  }
  for (const t of terms) {
    if (!word(t) || !isLocative(tokens[t.end])) continue;
    const place = terms.find((x) => x.kind === 'entity' && x.start === t.end + 1 && kb.entities.get(x.entity)?.type === 'place');
    if (!place) continue;
    said(t);
    claim.owned = true;
  }
}
