// "What does A think of B?", « que pense A de B ? » asks what A said about B.
// A's words about something else (a country's experience, its P) are no
// answer to that: said as if they were, they would pass for his view of B.
// So the answer first says the articles report nothing A said about B, then
// gives what they do report him saying. So too for "what did the SG himself
// tell A?", when all the articles give is someone else passing on his wish.
import type { Fact } from '../knowledge/types.js';
import type { Query } from '../understand/frame.js';
import { grammarOf } from '../understand/grammar.js';
import type { SlotEnv } from './slots.js';

/**
 * The people a question about someone's words asks them to be about: named
 * right after an "about" word (« de », "about", "on") or right after the cue
 * that asks for words ("think of"), and not as the owner of what follows
 * ("what did A say of B's officers" is about the officers); never the first
 * person named, whose words they are.
 */
function spokenOf(q: Query, env: SlotEnv): string[] {
  const grammar = grammarOf(env.lexicon);
  const { tokens } = q.reading;
  const cueEnds = new Set(q.reading.cues.filter((c) => c.intent === 'statement').map((c) => c.end));
  // (The first one named is the one whose words are asked for: « que pense A de B ? ».)
  const people = q.reading.terms.filter((t) => t.kind === 'entity' && env.kb.entities.get(t.entity)?.type === 'person').sort((a, b) => a.start - b.start);
  return people.slice(1).flatMap((t) => {
    if (t.kind !== 'entity') return [];
    const before = tokens[t.start - 1] ?? '';
    const owner = grammar.possessive.has(tokens[t.end] ?? '');
    return !owner && (grammar.about.has(before) || cueEnds.has(t.start)) ? [t.entity] : [];
  });
}

/** Whether a fact speaks of someone: as one who acts in it, one it is done to, or one it names. */
function speaksOf(fact: Fact, person: string): boolean {
  return fact.agents.includes(person) || fact.objects.includes(person) || fact.mentions.includes(person);
}

/** The one whose words were asked for: a person the question names besides the one they should be about. */
function speakerAsked(q: Query, about: readonly string[], env: SlotEnv): string | undefined {
  return q.claim.participants.map((p) => p.entity).find((id) => !about.includes(id) && env.kb.entities.get(id)?.type === 'person');
}

/** Whether a fact gives someone's own words: he says them, or does what it says with no one else speaking for him. */
function ownWords(fact: Fact, person: string): boolean {
  return fact.speaker === person || (fact.speaker === undefined && fact.agents.includes(person));
}

/**
 * Of a question about someone's words answered with `facts`: which sentence says the answer is not what was asked
 * (a template of the language file, with its values), or undefined when the facts answer it.
 */
export function notTheirWords(q: Query, facts: readonly Fact[], env: SlotEnv): { template: 'said_nothing_of' | 'not_own_words'; values: Record<string, string>; speaker: string } | undefined {
  if (q.intent !== 'statement' || q.polar || !facts.length) return undefined;
  const about = spokenOf(q, env);
  const speaker = speakerAsked(q, about, env);
  if (!speaker) return undefined;
  const name = (id: string) => env.kb.entities.get(id)?.name[q.language] ?? id;
  const and = env.kb.languages[q.language].templates.and;
  if (about.length && !about.some((p) => facts.some((f) => speaksOf(f, p)))) return { template: 'said_nothing_of', values: { speaker: name(speaker), about: about.map(name).join(and) }, speaker };
  if (!facts.some((f) => ownWords(f, speaker))) return { template: 'not_own_words', values: { speaker: name(speaker) }, speaker };
  return undefined;
}
