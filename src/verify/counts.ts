// "Three meetings", "a week apart", "quatre régions": what the articles count,
// against the number the claim says. Each kind of thing counted has its way of
// counting; a number nothing counts ("1,700 officers deployed") is one the
// articles do not give, so the claim is not stated, never supported.
import type { Meeting } from '../knowledge/schema.js';
import { meetingsInvolvingAny, meetingsOfAll } from '../knowledge/indexes.js';
import type { Fact, KnowledgeBase } from '../knowledge/types.js';
import type { Claim } from '../understand/frame.js';
import type { CountTarget } from '../understand/lexicon.js';
import { factsAbout } from '../retrieve/graph.js';
import type { VerifyEnv } from './env.js';
import { sideOf } from './evidence.js';
import { firstOfSlot, ofSlot } from './pool.js';
import { conflicts, namesUnrecorded } from './scope.js';
import { contradicted, notStated, supported, type Finding } from './verdict.js';

interface Counted {
  n: number;
  facts: Fact[];
  meetings?: Meeting[];
  /** Give or take this much ("about a week"). */
  slack?: number;
}

type Counter = (claim: Claim, kb: KnowledgeBase, count: Claim['counts'][number]) => Counted | undefined;

const meetingVerbSaid = (claim: Claim, kb: KnowledgeBase) => claim.generic.has('meeting') || claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'meeting'));

const COUNTERS: Record<CountTarget, Counter> = {
  // "deux rencontres": the meetings of everyone named.
  meeting: (claim, kb) => {
    const people = claim.participants.map((p) => p.entity);
    const meetings = people.length ? meetingsOfAll(kb, people) : [...kb.meetings];
    return { n: meetings.length, facts: [...ofSlot(kb, meetings, 'who')], meetings };
  },
  // "a week apart": the days between the meetings the claim names, or the two there are.
  // (Days said of an event — "it lasted 4 days" — are its length, which no record gives.)
  day: (claim, kb, count) => {
    // ("two days before the end of the O assembly": between the one meeting meant and that edge of the event.)
    const order = claim.eventOrder;
    if (count.between && order && order.relation !== 'on') {
      const people = claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person').map((p) => p.entity);
      const named = claim.meetings.flatMap((x) => { const e = kb.entities.get(x.entity); return e?.type === 'meeting' ? [e] : []; });
      // (Of those, the ones the claim's place and day allow: "…in Y at the start of December, a week after…".)
      const [m, ...more] = named.length ? named : (people.length ? meetingsOfAll(kb, people) : [...kb.meetings]).filter((x) => conflicts(x, claim, kb, claim.unknownPlaces).length === 0);
      const event = kb.entities.get(order.event ?? m?.occasion ?? '');
      const edge = event?.type === 'event' ? ((order.point ?? (order.relation === 'after' ? 'end' : 'start')) === 'start' ? event.starts : event.ends) : undefined;
      // (With no one meeting meant — "…after the O meeting with B" names two — the days between the meetings.)
      if (m && !more.length && event?.type === 'event') {
        if (edge === undefined) return undefined;
        const n = Math.round(Math.abs(Date.parse(edge) - Date.parse(m.date)) / 86_400_000);
        return { n, facts: [...factsAbout(kb, m.id, 'when').slice(0, 1), ...factsAbout(kb, event.id, 'when').slice(0, 1)], meetings: [m], slack: claim.approximate ? 1 : 0 };
      }
    }
    if (!count.between || kb.meetings.length < 2 || (claim.events.length && !claim.generic.has('meeting') && !claim.participants.length)) return undefined;
    const named = meetingsInvolvingAny(kb, claim.participants.map((p) => p.entity));
    const [a, b] = (named.length === 2 ? named : kb.meetings.length === 2 ? kb.meetings : []) as Meeting[];
    if (!a || !b) return undefined;
    const n = Math.round(Math.abs(Date.parse(b.date) - Date.parse(a.date)) / 86_400_000);
    return { n, facts: [a, b].flatMap((m) => factsAbout(kb, m.id, 'when').slice(0, 1)), meetings: [a, b], slack: claim.approximate ? 1 : 0 };
  },
  article: (_claim, kb) => ({ n: kb.articles.size, facts: [...sourceFacts(kb)] }),
  // "quatre régions": the items of the list the articles give of that idea.
  // (A list of what was said in a meeting counts nothing of an event: "the assembly gathered 196 countries".)
  item: (claim, kb) => {
    const first = claim.topics.find((t) => t.kind === 'concept');
    if (first?.kind !== 'concept') return undefined;
    // (Listed as what was said: "like 190 countries showed up" counts who came — a verb the reader does not know, or
    // one that is no saying — which no list gives.)
    if (claim.predicates.length && !claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'content'))) return undefined;
    if (claim.topics.some((t) => t.kind === 'word' && t.word !== '')) return undefined;
    const ofEvent = (f: Fact) => claim.events.every((e) => f.about === e.entity);
    // (The facts of the first idea, in the base's order, hold every fact that carries them all: not every fact of the base.)
    const fact = (kb.factsWithConcept.get(first.concept) ?? []).find((f) => f.items?.length && ofEvent(f) && claim.topics.every((t) => t.kind !== 'concept' || f.concepts.includes(t.concept)));
    return fact ? { n: fact.items?.length ?? 0, facts: [fact] } : undefined;
  },
  // "he met two U officials": the people met, of the group named, besides those named.
  // (Only of meetings: "1,700 officers deployed" counts no one the records name.)
  person: (claim, kb) => {
    if (!meetingVerbSaid(claim, kb)) return undefined;
    const persons = claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person').map((p) => p.entity);
    const groups = claim.participants.filter((p) => kb.entities.get(p.entity)?.type !== 'person').map((p) => p.entity);
    const meetings = persons.length ? meetingsOfAll(kb, persons) : [...kb.meetings];
    // (Only how many: with no one named, the people of a group are among those of its meetings, kb.meetingsInvolving, not of every meeting.)
    const among = !persons.length && groups.length ? (kb.meetingsInvolving.get(groups[0] as string) ?? []) : meetings;
    const met = new Set(among.flatMap((m) => [m.host, ...m.guests]).filter((p) => !persons.includes(p) && groups.every((g) => sideOf(kb, [p], g))));
    return { n: met.size, facts: firstOfSlot(kb, meetings, 'who'), meetings };
  },
};

export function countFindings(claim: Claim, env: VerifyEnv): Finding[] {
  return claim.counts.map((count) => {
    const { value, target, bound, surface } = count;
    // ("…sat down with O's T the same day": none of the meetings the span is between is theirs.)
    // (…nor with someone the articles never name: « …a rencontré le roi le lendemain ».)
    if (count.between && (namesUnrecorded(claim) || claim.topics.some((t) => t.kind === 'word' && t.someone))) return notStated([{ kind: 'element' }]);
    const counted = target ? COUNTERS[target](claim, env.kb, count) : undefined;
    if (!counted) return notStated([{ kind: 'words', surfaces: [surface] }]);
    const { n, facts, meetings, slack = 0 } = counted;
    // ("held like 40 bilateral meetings during the assembly": where a fact of those meetings says they were some of many, with
    // a group no article counts, the meetings the records name are the fewest there were; more, the articles do not say.)
    if (target === 'meeting' && value > n && (meetings ?? []).some((m) => withUncounted(env.kb, m))) return notStated([{ kind: 'element' }], facts, meetings);
    // "less than a week": within the bound, not equal to it.
    // ("a few days": anywhere in its range.)
    const holds = count.upTo !== undefined ? n >= value - slack && n <= count.upTo + slack : bound === 'at_most' ? n < value : bound === 'at_least' ? n > value : Math.abs(n - value) <= slack;
    return holds ? supported(facts, meetings) : contradicted('count', facts, meetings);
  });
}

/** Whether a fact of the meeting names a group no article counts (an entity marked `group`) as met too. */
function withUncounted(kb: KnowledgeBase, meeting: Meeting): boolean {
  return factsAbout(kb, meeting.id).some((f) => (f.objects ?? []).some((o) => (kb.entities.get(o) as { group?: boolean } | undefined)?.group === true));
}

/** The base's facts that say where its articles come from, in its order: gathered once per base, not at each claim. */
function sourceFacts(kb: KnowledgeBase): readonly Fact[] {
  let found = sources.get(kb);
  if (!found) sources.set(kb, (found = Object.freeze([...kb.facts.values()].filter((f) => f.slot === 'source'))));
  return found;
}

const sources = new WeakMap<KnowledgeBase, readonly Fact[]>();
