// What a claim names besides people and places, read once the rest is: the
// one event a noun stands for, a person's meeting as "the X one", a building
// said to be somewhere, a day an article is said to be written, and what a
// short name is said to stand for.
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Claim } from './claim-types.js';
import { saysWhenWritten } from './document-day.js';
import { buildingsSomewhere } from './buildings.js';
import { eventByNoun, meetingByOne } from './event-noun.js';
import { readExpansion } from './expansion.js';
import type { Grammar } from './grammar.js';
import type { Lexicon } from './lexicon.js';
import type { Reading } from './read.js';

export function readThingsNamed(claim: Claim, reading: Reading, kb: KnowledgeBase, lexicon: Lexicon, grammar: Grammar, isLocative: (w: string | undefined) => boolean): void {
  eventByNoun(claim, reading, kb);
  meetingByOne(claim, reading, kb, grammar);
  buildingsSomewhere(claim, reading, kb, grammar, isLocative);
  if (saysWhenWritten(reading, claim, grammar)) claim.writtenOn = true;
  const expansion = readExpansion(reading, kb, lexicon);
  if (expansion) claim.expansion = expansion;
}
