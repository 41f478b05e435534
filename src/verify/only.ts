// "Only": a claim that says nothing else was said (« seulement la <a country> »), or that
// someone leads only the organisation named (« dirige seulement la Q »).
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Claim } from '../understand/frame.js';
import { factsAbout, within } from '../retrieve/graph.js';
import type { VerifyEnv } from './env.js';
import { scopeOf } from './scope.js';
import { contradicted, notStated, supported, type Finding } from './verdict.js';

/**
 * "It was all about Africa": only a list the articles give can show that
 * nothing else was said, and one item outside it shows otherwise.
 */
export function exclusiveFindings(claim: Claim, env: VerifyEnv): Finding[] {
  if (!claim.only) return [];
  const { kb } = env;
  const led = onlyLedFindings(claim, env);
  if (led.length) return led;
  const meetings = scopeOf(claim, kb, env.focus).meetings;
  // "A only met C there": no record says whom else someone did not meet.
  const met = claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'meeting'));
  if (met && !claim.topics.length && claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'person')) return [notStated([{ kind: 'element' }], meetings.flatMap((m) => factsAbout(kb, m.id)).slice(0, 1), meetings)];
  const lists = meetings.flatMap((m) => factsAbout(kb, m.id)).filter((f) => f.items?.length);
  return claim.topics.map((t) => {
    if (t.kind !== 'entity') return notStated([{ kind: 'element' }], lists.slice(0, 1));
    const listing = lists.filter((f) => f.items?.some((i) => i === t.entity || within(kb, i, t.entity)));
    if (!listing.length) return notStated([{ kind: 'element' }], lists.slice(0, 1));
    const outside = listing.filter((f) => f.items?.some((i) => i !== t.entity && !within(kb, i, t.entity)));
    return outside.length ? contradicted('content', outside.slice(0, 1), meetings) : supported(listing.slice(0, 1), meetings);
  });
}

/** "A dirige seulement la Q": someone who leads more than the organisations said, none of them part of another. */
function onlyLedFindings(claim: Claim, env: VerifyEnv): Finding[] {
  const { kb } = env;
  const orgs = [...claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'organisation').map((p) => p.entity), ...claim.titles.flatMap((t) => (t.org ? [t.org] : [])), ...(claim.ledOrgs ?? [])];
  if (!orgs.length) return [];
  const related = (a: string, b: string) => a === b || within(kb, a, b) || within(kb, b, a) || partOfOrg(kb, a, b) || partOfOrg(kb, b, a);
  return claim.participants.flatMap((p) => {
    const person = kb.entities.get(p.entity);
    if (person?.type !== 'person' || !person.leads.some((x) => orgs.some((o) => related(x, o)))) return [];
    const more = person.leads.filter((x) => !orgs.some((o) => related(x, o)));
    return more.length ? [contradicted('organisation', factsAbout(kb, person.id, 'role').slice(0, 1))] : [];
  });
}

function partOfOrg(kb: KnowledgeBase, part: string, whole: string): boolean {
  let at = kb.entities.get(part);
  for (let i = 0; at?.type === 'organisation' && at.part_of && i < 5; i++) {
    if (at.part_of === whole) return true;
    at = kb.entities.get(at.part_of);
  }
  return false;
}
