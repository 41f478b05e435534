// "the K's P boss", « le patron de la P »: a title said of an
// organisation, with no one named, is the one person the knowledge says leads it.
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Claim } from './claim-types.js';

/** Replaces each title of an organisation, held by no one named, by the organisation's one leader. */
export function titlesToLeaders(claim: Claim, kb: KnowledgeBase): void {
  for (const t of [...claim.titles]) {
    if (t.person || !t.org) continue;
    const leaders = (kb.leadersOf.get(t.org) ?? []).map((id) => kb.entities.get(id)).filter((e) => e !== undefined);
    const leader = leaders.length === 1 ? leaders[0] : undefined;
    if (!leader) continue;
    claim.titles.splice(claim.titles.indexOf(t), 1);
    const org = claim.participants.find((p) => p.entity === t.org);
    claim.participants = claim.participants.filter((p) => p !== org);
    // "B is the outgoing V chief": with no verb, the one person named is said to be that leader.
    const named = claim.participants.filter((p) => p.type === 'person' && p.via === 'alias');
    const one = named.length === 1 ? named[0] : undefined;
    if (one && !claim.predicates.length) {
      claim.identities.push({ person: one.entity, as: leader.id, surface: t.surface });
      continue;
    }
    claim.participants.push({ entity: leader.id, type: 'person', via: 'role', surface: t.surface, start: org?.start ?? -1, end: org?.end ?? -1, fuzzy: false, role: org?.role ?? 'either' });
  }
}
