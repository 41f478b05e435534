// "ok so i was reading about A and B", « j'étais en train de lire l'article » :
// the writer as the one who does something speaks of themselves, not of the
// coverage — nothing to check, nothing to answer. (What they heard or think is
// read before this: "i heard", « je crois que » are fillers.)
import type { Query } from './frame.js';
import { grammarOf, type Lexicon } from './lexicon.js';

export function speaksOfThemselves(q: Query, lexicon: Lexicon): boolean {
  const { terms, tokens } = q.reading;
  // (With a verb the articles' facts know, it is something else said, "i don't think the SG's message was mentioned".)
  // (…or with where or when: « j'ai vu passer un truc sur A à Y début décembre » tells what happened.)
  const c = q.claim;
  if (c.places.length + c.unknownPlaces.length + c.dates.length + c.events.length + c.meetings.length > 0) return false;
  // The first word past the fillers and hearsay that open it ("ok so", "lol j'ai lu que").
  const opening = terms.filter((t) => t.kind === 'marker');
  let at = 0;
  while (opening.some((t) => t.start === at)) at = opening.find((t) => t.start === at)?.end ?? at + 1;
  // ("…, and I think Iraq too": the person right before a filler's verb says no more than the filler.)
  if (opening.some((t) => t.start === at + 1 && t.kind === 'marker' && t.marker === 'filler')) return false;
  const grammar = grammarOf(lexicon);
  // (Not what they suppose, after "that", « que » — the words after which a clause says what, as in a cleft, not « de »,
  // which an infinitive follows: « je suppose que C arrivait de Z » says C did.)
  const reports = tokens.slice(at + 1).some((w) => grammar.complementizers.has(w) && grammar.cleftJoiners.has(w));
  // (A verb is theirs only right after them — « je l'ai vu à la télé », "I met him once" —; further on it is someone else's.)
  const theirVerb = c.predicates.length === 0 || (c.predicates[0]?.start ?? Infinity) <= at + 3;
  // (…nor what they ask, however they put it: "i was wondering who met C".)
  return grammar.firstPerson.has(tokens[at] ?? '') && theirVerb && !reports && !q.interrogative && !/\?\s*$/.test(q.reading.text);
}
