// "Les deux étaient des responsables d'O", "both are U officials":
// people said, with no verb, to be people of an organisation. Each of those
// meant (the ones named, else the guests of the meetings meant) must belong
// to it; one who does not says otherwise, with the fact that gives their post.
import type { Fact, KnowledgeBase } from '../knowledge/types.js';
import type { Claim } from '../understand/frame.js';
import { affiliations, factsAbout } from '../retrieve/graph.js';
import type { VerifyEnv } from './env.js';
import { isEveryMeeting } from './pool.js';
import { meetingsWithIds } from '../knowledge/indexes.js';
import { scopeOf } from './scope.js';
import { contradicted, notStated, supported, type Finding } from './verdict.js';

export function membershipFinding(claim: Claim, env: VerifyEnv): Finding | undefined {
  const { kb } = env;
  // ("Both guests came from V", « les deux invités venaient de la P de l'U »: where someone comes from is whose they are.)
  const origin = (id: string) => ['title', 'source'].includes(kb.predicates.get(id)?.kind ?? '') && !claim.generic.has('document');
  // ("both men A received work for the U": a meeting verb inside says whose guests they are.)
  const meets = (p: Claim['predicates'][number]) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'meeting');
  const several = claim.every === true || claim.counts.some((c) => c.target === 'person' && c.value >= 2);
  const relative = several && claim.predicates.some(meets) && claim.predicates.some((p) => p.ids.some(origin));
  // ("were the two U officials in the same meeting?": together, not only whose they are.)
  // (…nor "other U officials with B": people besides those named, whose post says nothing of them.)
  if (!claim.predicates.every((p) => p.ids.some(origin) || (relative && meets(p))) || !claim.generic.has('person') || claim.others || claim.places.length || claim.dates.length || claim.events.length || claim.reciprocal || claim.same !== undefined || claim.topics.some((t) => t.kind === 'concept' && t.opposite)) return undefined;
  // (…nor "the outgoing official at the U office": what the title says of them is checked with it.)
  const orgs = claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'organisation').map((p) => p.entity);
  if (orgs.length !== 1) return undefined;
  const org = orgs[0] as string;
  const persons = claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person');
  const hosting = (p: { possessor?: boolean; role: string }) => p.possessor === true || (relative && p.role === 'agent');
  const named = persons.filter((p) => !hosting(p)).map((p) => p.entity);
  const owners = persons.filter(hosting).map((p) => p.entity);
  // (…nor "the U guy, B, is <a nationality>": a word more said of someone named is more than whose they are, checked with the rest.)
  if (named.length && claim.topics.some((t) => t.kind === 'word')) return undefined;
  const guestsOf = (meetings: readonly { guests: string[] }[]) => [...new Set(meetings.flatMap((m) => m.guests))];
  // ("both of A's guests": all of those the host named received.)
  const host = owners.length ? kb.meetings.filter((m) => owners.includes(m.host)) : [];
  if (owners.length && !host.length) return undefined;
  // (Every meeting's guests, and each one's post, are the base's: gathered once (guestsOfEvery), not at each claim.)
  const meetings = !host.length && !named.length && claim.every ? scopeOf({ ...claim, participants: [] }, kb, env.focus).meetings : [];
  const every = isEveryMeeting(kb, meetings) ? guestsOfEvery(kb) : undefined;
  const meant = host.length ? guestsOf(host) : named.length ? named : every ? every.guests : guestsOf(meetings);
  if (!meant.length) return undefined;
  const roleOf = every ? every.roles : meant.map((p) => factsAbout(kb, p, 'role')[0]);
  const roles = roleOf.filter((f) => f !== undefined);
  const outside = meant.flatMap((p, i) => (affiliations(kb, p).has(org) ? [] : [i]));
  if (!outside.length) return supported(roles);
  // Without a fact that gives their post, nothing shows they are someone else's.
  const shown = outside.flatMap((i) => roleOf[i] ?? []);
  return shown.length ? contradicted('organisation', shown) : notStated([{ kind: 'element' }], roles);
}

const everyGuest = new WeakMap<KnowledgeBase, { guests: readonly string[]; roles: readonly (Fact | undefined)[] }>();

/** The guests of every meeting of the base, each once in the order first met, and the first fact that gives each one's post. */
function guestsOfEvery(kb: KnowledgeBase): { guests: readonly string[]; roles: readonly (Fact | undefined)[] } {
  let known = everyGuest.get(kb);
  if (!known) {
    const guests = Object.freeze([...new Set(kb.meetings.flatMap((m) => m.guests))]);
    known = { guests, roles: Object.freeze(guests.map((p) => factsAbout(kb, p, 'role')[0])) };
    everyGuest.set(kb, known);
  }
  return known;
}

/**
 * "At the Y meeting the U was represented by B", « à la rencontre de Y, B représentait l'U »: whose someone is, said of
 * a meeting named, says he was at it. One the meeting's record does not have there is not who stood for them there:
 * the record says who was.
 */
export function representedAt(claim: Claim, env: VerifyEnv): Finding | undefined {
  const { kb } = env;
  const titled = claim.predicates.length > 0 && claim.predicates.every((p) => p.ids.every((id) => kb.predicates.get(id)?.kind === 'title'));
  if (!titled || !claim.meetings.length) return undefined;
  const meetings = meetingsWithIds(kb, claim.meetings.map((m) => m.entity));
  // (The one who stands for them, not the one stood for: "Z represented the SG at the Y meeting" says nothing of the SG's being there.)
  const people = claim.participants.filter((p) => p.role !== 'object' && kb.entities.get(p.entity)?.type === 'person').map((p) => p.entity);
  const absent = people.filter((p) => !meetings.some((m) => m.host === p || m.guests.includes(p)));
  if (!meetings.length || !absent.length) return undefined;
  return contradicted('identity', meetings.flatMap((m) => factsAbout(kb, m.id, 'who').slice(0, 1)), meetings);
}
