// What is said of several meetings at once ("in the same city", "the same
// week") and of a numbered thing ("the 94th assembly"): each as its record has it.
import type { Meeting } from '../knowledge/schema.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Claim } from '../understand/frame.js';
import { factsAbout } from '../retrieve/graph.js';
import type { VerifyEnv } from './checks.js';
import { firstOfSlot, isEveryMeeting } from './pool.js';
import { namesUnrecorded, scopeOf } from './scope.js';
import { contradicted, notStated, supported, type Finding } from './verdict.js';

/** "Were they in the same city?", "put out by the same body?": the meetings meant, each as its record has it. */
const SHARED: Record<NonNullable<Claim['same']>, { of: (m: Meeting) => string; slot: 'where' | 'source' | 'when' | 'who'; dimension: 'place' | 'issuer' | 'date' | 'role' }> = {
  place: { of: (m) => m.city, slot: 'where', dimension: 'place' },
  issuer: { of: (m) => m.communique, slot: 'source', dimension: 'issuer' },
  // (« le même responsable dans les deux articles »: the guests, the one or ones each meeting was with.)
  person: { of: (m) => [...m.guests].sort().join(' '), slot: 'who', dimension: 'role' },
  host: { of: (m) => m.host, slot: 'who', dimension: 'role' },
  week: { of: (m) => mondayOf(m.date), slot: 'when', dimension: 'date' },
  month: { of: (m) => m.date.slice(0, 7), slot: 'when', dimension: 'date' },
  year: { of: (m) => m.date.slice(0, 4), slot: 'when', dimension: 'date' },
  // ("the two articles tell of the same meeting", « la même rencontre »: one meeting, or several.)
  meeting: { of: (m) => m.id, slot: 'who', dimension: 'role' },
};

/** The Monday that starts an ISO date's week (weeks run Monday to Sunday, as in both languages' calendars). */
function mondayOf(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

export function sameFindings(claim: Claim, env: VerifyEnv): Finding[] {
  // ("A met O's boss the same week": none of the meetings compared is theirs.)
  if (!claim.same || namesUnrecorded(claim)) return [];
  const { kb } = env;
  const scoped = scopeOf({ ...claim, every: true }, kb, env.focus).meetings;
  const meetings = scoped.length > 1 ? scoped : [...kb.meetings];
  if (meetings.length < 2) return [];
  // ("both were received by the same man, A": the one named is in every meeting meant.)
  // ("did A receive the same official both times?": the one who received is not the same one meant; only who is said to be it.)
  const hosting = claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'meeting' && !kb.predicates.get(id)?.symmetric));
  const named = claim.same === 'person' || claim.same === 'host' ? claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person' && !(claim.same === 'person' && hosting && p.role === 'agent')).map((p) => p.entity) : [];
  // (Each meeting's first fact of the slot: of every meeting of the base, gathered once per base, pool.ts.)
  if (named.length) {
    const facts = firstOfSlot(kb, meetings, 'who');
    return [meetings.every((m) => named.some((p) => [m.host, ...m.guests].includes(p))) ? supported(facts, meetings) : contradicted('role', facts, meetings)];
  }
  const same = claim.same;
  const shared = SHARED[same];
  const facts = firstOfSlot(kb, meetings, shared.slot);
  return [allAlike(kb, meetings, same) ? supported(facts, meetings) : contradicted(shared.dimension, facts, meetings)];
}

const everyAlike = new WeakMap<KnowledgeBase, Map<NonNullable<Claim['same']>, boolean>>();

/** Whether the meetings are alike in what SHARED reads of them; of every meeting of the base, worked out once per base. */
function allAlike(kb: KnowledgeBase, meetings: readonly Meeting[], same: NonNullable<Claim['same']>): boolean {
  const alike = () => new Set(meetings.map(SHARED[same].of)).size === 1;
  if (!isEveryMeeting(kb, meetings)) return alike();
  let known = everyAlike.get(kb);
  if (!known) everyAlike.set(kb, (known = new Map()));
  let found = known.get(same);
  if (found === undefined) known.set(same, (found = alike()));
  return found;
}

/** "The 94th General Assembly": a number said of a numbered thing. */
export function editionFindings(claim: Claim, env: VerifyEnv): Finding[] {
  const numberOf = (entity: string) => {
    const e = env.kb.entities.get(entity);
    const own = /\d+/.exec(`${e?.name.fr ?? ''} ${e?.name.en ?? ''}`)?.[0];
    return own === undefined ? undefined : Number(own);
  };
  const edition = (entity: string, value: number) => {
    const facts = factsAbout(env.kb, entity, 'where', 'definition').slice(0, 1);
    return numberOf(entity) === value ? supported(facts) : contradicted('edition', facts);
  };
  // ("…during the GA, it was the 92nd": a number said of nothing numbered is the one the claim's event or its meeting's occasion has.)
  // (Only for a claim that says such a number: the scope of most claims is every meeting of the base, each read for its number.)
  const said = claim.ordinals ?? [];
  const numbered = said.length === 0 ? [] : [...new Set([...claim.events.map((e) => e.entity), ...scopeOf(claim, env.kb, env.focus).meetings.flatMap((m) => (m.occasion ? [m.occasion] : []))])].filter((id) => numberOf(id) !== undefined);
  const ordinals = said.map(({ value, surface }) => (numbered.length === 1 ? edition(numbered[0] as string, value) : notStated([{ kind: 'words', surfaces: [surface] }])));
  return [...claim.editions.map(({ entity, value }) => edition(entity, value)), ...ordinals];
}
