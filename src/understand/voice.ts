// Whether a claim's verb is passive: "was received", « a été reçu », « B reçu à Y », "received on Monday by A".
// In the passive the subject is the one the verb was done to.
import type { KnowledgeBase } from '../knowledge/types.js';
import type { EntityTerm } from './claim-types.js';
import { grammarOf, type Lexicon } from './lexicon.js';
import type { Reading, Term, TermOf } from './read.js';

export function readVoice(reading: Reading, kb: KnowledgeBase, lexicon: Lexicon, entities: readonly EntityTerm[], first: TermOf<'predicate'> | undefined, isLocative: (w: string | undefined) => boolean): { passive: boolean; isPassiveWord: (w: string | undefined) => boolean } {
  const { terms, tokens } = reading;
  const grammar = grammarOf(lexicon);
  const of = <K extends Term['kind']>(kind: K) => terms.filter((t): t is TermOf<K> => t.kind === kind);
  const passiveWords = [lexicon.languages.fr.passive, lexicon.languages.en.passive];
  // "was received", "a été reçu": the auxiliary right before the verb; "Was B received?": the auxiliary first, the verb a participle.
  const isPassiveWord = (w: string | undefined) => w !== undefined && passiveWords.some((p) => p.has(w));
  // ("Where was B received?", "by whom was B received?": past the question word too.)
  const firstWord = terms.find((t) => !(t.kind === 'marker' && (t.marker === 'filler' || t.marker === 'agent')) && t.kind !== 'cue');
  const participle = first !== undefined && grammar.isParticiple(first.surface.split(/\s+/)[0] ?? '');
  // ("was not received", "wasn't received": the auxiliary before the negation.)
  const negationAt = (i: number) => Object.values(lexicon.languages).some((l) => l.negations.has(tokens[i] ?? ''));
  let auxiliaryAt = first !== undefined ? first.start - 1 : -1;
  while (auxiliaryAt > 0 && negationAt(auxiliaryAt)) auxiliaryAt--;
  // "B reçu à Y le 1er décembre": in a language that says so, a participle straight after a name, no auxiliary before it.
  const bare =
    first !== undefined &&
    lexicon.languages[reading.language].profile.syntax.bare_participle_passive &&
    grammar.isParticiple(first.surface.split(/\s+/)[0] ?? '') &&
    terms.some((t) => t.kind === 'entity' && t.end === first.start) &&
    !grammar.auxiliary.has(tokens[first.start - 1] ?? '') &&
    // (Followed by where, when or by whom, not by an object: "A reçoit C", "l'U sollicite un renforcement" are active.)
    // (« B reçu un mardi ? »: a day, past an article.)
    (first.end >= tokens.length || isLocative(tokens[first.end]) || grammar.dayLead.has(tokens[first.end] ?? '') || of('marker').some((m) => m.marker === 'agent' && m.start === first.end) || of('date').some((d) => d.start === first.end || (d.start === first.end + 1 && grammar.articles.has(tokens[first.end] ?? ''))));
  // "…, reçu lundi par A", "received on Monday by A": a participle whose doer follows it, no object between.
  const byAfter =
    first !== undefined &&
    participle &&
    !grammar.auxiliary.has(tokens[first.start - 1] ?? '') &&
    of('marker').some((m) => m.marker === 'agent' && m.start >= first.end && m.start - first.end <= 3 && !entities.some((e) => e.start >= first.end && e.end <= m.start));
  // (« il est venu », « est arrivé »: a verb of going takes « être » and is active, unless someone does it to him.)
  const ofGoing = first !== undefined && first.predicates.every((id) => kb.predicates.get(id)?.kind === 'presence') && !byAfter;
  // ("were the two people A received…": a noun, then a name right before the verb, is a clause of its own, "whom A received".)
  const relative = (from: number) => first !== undefined && terms.some((t) => t.kind === 'generic' && t.start >= from && entities.some((e) => e.start === t.end && e.end === first.start));
  const passive =
    first !== undefined &&
    !ofGoing &&
    !grammar.isProgressive(first.surface) &&
    (bare ||
      byAfter ||
      isPassiveWord(tokens[auxiliaryAt]) || (firstWord !== undefined && firstWord.start < first.start && firstWord.end - firstWord.start === 1 && isPassiveWord(tokens[firstWord.start]) && participle && !relative(firstWord.end)));
  return { passive, isPassiveWord };
}
