// Claims about the coverage itself rather than the news it reports: what an
// article is said to speak of ("does the Y piece mention Z?"), and the day an
// article or a communiqué is said to have been written.
import type { Fact, KnowledgeBase } from '../knowledge/types.js';
import type { Claim } from '../understand/frame.js';
import type { VerifyEnv } from './env.js';
import { combine, supported, type Judgement } from './verdict.js';

/** "Does the Y article mention Z?": with no one said to speak, a fact of that article saying each idea or name; else undefined (judged as said). */
export function articleMentions(claim: Claim, env: VerifyEnv): Judgement | undefined {
  const { kb } = env;
  const article = claim.article;
  // (Only topics: what else is said — "…, like the <a cup>", a figure, a title — is for the rest of the checks to weigh.)
  // (An event it speaks of is a topic: « l'article de Y parle de l'AG ? » — its link's headline included.)
  const topics = [...claim.topics, ...claim.events.map((e) => ({ kind: 'entity' as const, entity: e.entity, surface: e.surface }))];
  // (« l'AG de l'O »: a name that only says whose the event is.)
  if (!article || claim.participants.some((p) => !p.possessor) || !topics.length || claim.places.length + claim.unknownPlaces.length + claim.venues.length + claim.dates.length + claim.otherEvents.length + claim.meetings.length + claim.narrower.length + claim.figures.length + claim.counts.length + claim.titles.length > 0) return undefined;
  // ("has a 'read also' link about X": with no verb, a part of the article that names it.)
  const partNamed = !claim.predicates.length && claim.topics.some((t) => t.kind === 'concept' && kb.concepts.get(t.concept)?.link);
  if (!partNamed && (!claim.predicates.length || !claim.predicates.every((p) => p.ids.every((id) => kb.predicates.get(id)?.kind === 'content')))) return undefined;
  const inArticle = (f: Fact) => f.evidence.some((e) => e.article === article);
  const carriers = topics.map((t) => (t.kind === 'concept' && !t.opposite ? kb.factsWithConcept.get(t.concept) : t.kind === 'entity' ? kb.factsMentioning.get(t.entity) : undefined)?.find(inArticle));
  if (carriers.some((f) => f === undefined)) return undefined;
  const facts = [...new Set(carriers as Fact[])];
  return combine([supported(facts)]);
}

/** A day said of an article or a document and of nothing that happened: no one, no meeting, no event, no verb but issuing one. */
export function documentDay(claim: Claim, kb: KnowledgeBase): boolean {
  const ofDocument = claim.generic.has('article') || claim.generic.has('document');
  const happened = claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'person') || claim.meetings.length + claim.events.length + claim.topics.length + claim.titles.length > 0 || claim.generic.has('meeting') || claim.generic.has('event');
  return ofDocument && claim.writtenOn === true && !happened && claim.predicates.every((p) => p.ids.every((id) => kb.predicates.get(id)?.kind === 'source'));
}
