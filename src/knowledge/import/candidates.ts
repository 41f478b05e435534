// Sentences worth a fact: those that say who met whom, when, where, why (and
// what was discussed or said, and on whose word), each an exact quote. The
// cue phrases are import.yaml's; a date or a place after "à"/"in" also counts.
import { slots, type Slot } from '../schema.js';
import { datesIn } from './dates.js';
import type { ImportRules } from './rules.js';
import type { Sentence } from './sentences.js';
import { isCapitalised, type Word } from './words.js';

export interface CandidateFact {
  paragraph: number;
  /** The whole sentence: verbatim, within one sentence, as kb:check wants a quote. */
  quote: string;
  slots: Slot[];
}

/** "à Lisbonne", "at the Old Customs House": a place after a place word. */
function namesAPlace(text: readonly Word[], rules: ImportRules): boolean {
  return text.some((_, i) => {
    const marker = rules.cityMarkers.matchAt(text, i) || rules.venueMarkers.matchAt(text, i);
    if (marker === 0) return false;
    const after = i + marker + rules.determiners.matchAt(text, i + marker);
    const word = text[after];
    return word !== undefined && isCapitalised(word) && !rules.notNames.has(word);
  });
}

function slotsOf(sentence: Sentence, rules: ImportRules): Slot[] {
  const found = new Set<Slot>();
  for (const [slot, phrases] of rules.candidates) if (phrases.occursIn(sentence.words)) found.add(slot);
  if (datesIn(sentence.words, rules).length > 0 || rules.whenWords.occursIn(sentence.words)) found.add('when');
  if (namesAPlace(sentence.words, rules)) found.add('where');
  return slots.filter((s) => found.has(s));
}

export function candidateFacts(sentences: readonly Sentence[], rules: ImportRules): CandidateFact[] {
  return sentences.map((s) => ({ paragraph: s.paragraph, quote: s.text, slots: slotsOf(s, rules) })).filter((c) => c.slots.length > 0);
}
