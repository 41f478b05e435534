// A claim of a message read with the claim before it: "…, then B on Dec 1"
// takes the clause before and puts its own words in place; "the X one"
// is the noun said before; "…, that's what B said" says the clause before.
import type { KnowledgeBase } from '../knowledge/types.js';
import { completeEllipsis, opensNegated } from './ellipsis.js';
import type { Query } from './frame.js';
import { grammarOf, type Lexicon } from './lexicon.js';

/**
 * The claim as checked, and whether it only reports something said before it (which, with nothing before,
 * is nothing the articles can hold). `continues`: the splitter read the clause as going on from the one before.
 */
export function claimInContext(read: Query, before: Query | undefined, continues: boolean, kb: KnowledgeBase, lexicon: Lexicon, adds = false): { query: Query; reported: boolean } {
  // "The Y statement came from X; the X one came from Y": "one" stands for the noun said before it.
  const anaphora = grammarOf(lexicon).nounAnaphora;
  const standsFor = before && read.reading.tokens.some((w) => anaphora.has(w)) ? [...before.claim.generic].filter((g) => g === 'document' || g === 'article' || g === 'meeting') : [];
  const named: Query = standsFor.length ? { ...read, claim: { ...read.claim, generic: new Set([...read.claim.generic, ...standsFor]) } } : read;
  // ("…à Y, c'est là que A a vu C": "there" is the place just said.)
  // (One place only: after "the X and Y meetings", "there" is either.)
  const placesBefore = before ? before.claim.places.length + before.claim.unknownPlaces.length + before.claim.topics.filter((t) => t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'place').length : 0;
  const there = before !== undefined && named.pronouns.has('place') && !named.claim.places.length && !named.claim.unknownPlaces.length && placesBefore === 1 && before.claim.places.length + before.claim.unknownPlaces.length === 1;
  const placed: Query = there && before ? { ...named, claim: { ...named.claim, places: before.claim.places, unknownPlaces: before.claim.unknownPlaces } } : named;
  // ("They discussed <a country>. And that was in X with C": "that" is what was just said to be said.)
  const saidBefore = before?.claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'content')) === true;
  const that = before !== undefined && saidBefore && placed.pronouns.has('meeting') && !placed.claim.predicates.length && !placed.claim.topics.length;
  const own: Query = that && before ? { ...placed, claim: { ...placed.claim, predicates: before.claim.predicates, topics: before.claim.topics, narrower: before.claim.narrower } } : placed;
  // ("…, et pas à Z": the clause is negated whole, so what it denies is read as said, once; "not only…" denies nothing.)
  const opens = opensNegated(own) && !own.claim.beyond;
  // (…a place denied after a clause about what was said is a place talked about: « …, mais pas de la <a country> ».)
  const talked = before?.claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'content')) === true;
  const deniedPlaces = own.claim.notPlaces.map((p) => ({ kind: 'entity' as const, entity: p.entity, surface: p.surface }));
  const said = opens
    ? {
        ...own.claim,
        places: talked ? own.claim.places : [...own.claim.places, ...own.claim.notPlaces],
        topics: talked ? [...own.claim.topics, ...deniedPlaces] : own.claim.topics,
        notPlaces: [],
        participants: [...own.claim.participants, ...own.claim.denied.map((d) => ({ ...d, role: 'either' as const }))],
        denied: [],
      }
    : own.claim;
  // ("They discussed the challenges, notably in <a country>": a place going on from what was said is a place talked about.)
  const aboutPlaces = continues && talked && !opens && !said.participants.length && said.places.length && !said.predicates.length;
  const spoken = aboutPlaces ? { ...said, places: [], topics: [...said.topics, ...said.places.map((p) => ({ kind: 'entity' as const, entity: p.entity, surface: p.surface }))] } : said;
  const whole: Query = continues && before ? { ...own, claim: completeEllipsis(before.claim, spoken, kb, adds), negated: (own.negated && !own.claim.beyond) || opens } : own.claim.beyond ? { ...own, negated: false } : own;
  const reported = saysThat(whole, kb);
  return { query: reported && before ? { ...whole, claim: { ...whole.claim, topics: before.claim.topics, narrower: before.claim.narrower } } : whole, reported };
}

/** A verb of saying whose object is a word standing for something said before: "that's what A said", « c'est ce que A a dit ». */
function saysThat(q: Query, kb: KnowledgeBase): boolean {
  const c = q.claim;
  const verb = q.reading.terms.find((t) => t.kind === 'predicate');
  if (!verb || !c.predicates.length || !c.predicates.every((p) => p.ids.every((id) => kb.predicates.get(id)?.kind === 'content'))) return false;
  if (c.topics.length || c.narrower.length) return false;
  return q.reading.terms.some((t) => t.start < verb.start && ((t.kind === 'pronoun' && t.what === 'meeting') || (t.kind === 'marker' && t.marker === 'about_that')));
}
