// What a claim says of time beyond a meeting's own day: the order of two
// meetings, a meeting's rank among others, where a day stands against an
// event's start and end, and ranks, durations and a future no fact gives.
import { meetingsInvolvingAny, meetingsWithIds } from '../knowledge/indexes.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Claim } from '../understand/frame.js';
import { dateAgrees } from '../understand/dates.js';
import { factsAbout } from '../retrieve/graph.js';
import type { VerifyEnv } from './checks.js';
import { scopeOf } from './scope.js';
import { contradicted, notStated, supported, type Finding } from './verdict.js';

/** "The GA's last day was 27 November": the days said are the event's edge, not a meeting's (no meeting, no one in the claim). */
export function datesAnEdge(claim: Claim, kb: KnowledgeBase): boolean {
  return claim.eventOrder?.relation === 'on' && claim.dates.length > 0 && !claim.meetings.length && !claim.ofMeeting && !claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'person');
}

/** What a claim says of time beyond a meeting's day: ranks, durations, an event's edges, the future. */
export function timeFindings(claim: Claim, env: VerifyEnv): Finding[] {
  const findings: Finding[] = [];
  // "Was it B's first trip to K?": no article says how many times anyone came before;
  // "depuis un mois", "for years": nor how long anything has lasted.
  // ("surtout pour parler de la <a country>": the articles list what was said, and rank none of it.)
  // (« il n'a fait que transmettre »: nor that someone did nothing else.)
  if (claim.visitRank !== undefined || claim.since || claim.mainly || claim.onlyDoing || claim.origin) findings.push(notStated([{ kind: 'unknown' }]));
  // (« A était encore à X », "still in X": at a time the claim does not say, which no record pins; a day said, or an event, is checked.)
  const people = claim.participants.some((p) => env.kb.entities.get(p.entity)?.type === 'person');
  if (claim.still && people && claim.places.length && !claim.dates.length && !claim.events.length) findings.push(notStated([{ kind: 'unknown' }]));
  findings.push(...eventOrderFindings(claim, env));
  // "Will they meet again?": the articles report what happened.
  if (claim.future) findings.push(notStated([{ kind: 'unknown' }]));
  return findings;
}

/** "C before B": the days of their meetings, in that order or not. */
export function orderFindings(claim: Claim, env: VerifyEnv): Finding[] {
  const { kb } = env;
  // ("A first, then B": the two meetings in that order, which "first" only says again.)
  if (claim.rank && !claim.order) return rankFindings(claim, claim.rank, env);
  if (!claim.order) return [];
  const meetingOf = (id: string) => {
    const m = kb.entities.get(id);
    return m?.type === 'meeting' ? m : undefined;
  };
  const [a, b] = [meetingOf(claim.order.earlier), meetingOf(claim.order.later)];
  if (!a || !b) return [notStated([{ kind: 'element' }])];
  const facts = [a, b].flatMap((m) => factsAbout(kb, m.id, 'when').slice(0, 1));
  return [a.date < b.date ? supported(facts, [a, b]) : contradicted('order', facts, [a, b])];
}

/**
 * "après la clôture de l'AG d'O": the day of the meeting meant against the event's end or start.
 * A meeting held on the event's occasion was during it; otherwise the event's dates decide, and
 * a date the records do not give (an opening day) leaves it unsaid.
 */
function eventOrderFindings(claim: Claim, env: VerifyEnv): Finding[] {
  const { kb } = env;
  const order = claim.eventOrder;
  if (!order) return [];
  const scope = scopeOf(claim, kb, env.focus);
  const [meeting] = scope.meetings;
  const eventId = order.event ?? meeting?.occasion;
  const event = eventId ? kb.entities.get(eventId) : undefined;
  if (event?.type !== 'event') return order.relation === 'on' ? [notStated([{ kind: 'element' }])] : [];
  const point = order.point ?? (order.relation === 'after' ? 'end' : 'start');
  // "the GA's last day was 27 November": the day said is the event's edge, which its record gives or not.
  if (datesAnEdge(claim, kb)) {
    const edge = point === 'start' ? event.starts : event.ends;
    const when = factsAbout(kb, event.id, 'when').slice(0, 1);
    if (edge === undefined) return [notStated([{ kind: 'element' }], when)];
    return [claim.dates.every((d) => dateAgrees(edge, d)) ? supported(when) : contradicted(point === 'start' ? 'date' : 'end', when)];
  }
  if (!scope.pinned || scope.meetings.length !== 1 || !meeting) return order.relation === 'on' && !claim.dates.length ? [notStated([{ kind: 'element' }])] : [];
  const facts = [...factsAbout(kb, meeting.id, 'when').slice(0, 1), ...factsAbout(kb, event.id, 'when').slice(0, 1)];
  const { starts, ends } = event;
  const day = meeting.date;
  // "on day one": the day is the event's first (or last) day only if the records give that day.
  if (order.relation === 'on') {
    const edge = point === 'start' ? starts : ends;
    if (edge === undefined) return [notStated([{ kind: 'element' }], facts, [meeting])];
    return [edge === day ? supported(facts, [meeting]) : contradicted(point === 'start' ? 'date' : 'end', facts, [meeting])];
  }
  // Where the day stands against the event: during it (its occasion), before it, after it, or not known.
  const where = meeting.occasion === event.id ? 'during' : ends !== undefined && day > ends ? 'after' : starts !== undefined && day < starts ? 'before' : starts !== undefined && ends !== undefined ? 'during' : undefined;
  // After its start and before its end hold of a day during it; before its start and after its end of the days outside.
  const HOLDS: Record<string, Record<string, boolean>> = {
    'after end': { after: true, during: false, before: false },
    'before start': { before: true, during: false, after: false },
    'after start': { during: true, after: true, before: false },
    'before end': { during: true, before: true, after: false },
  };
  const holds = where ? HOLDS[`${order.relation} ${point}`]?.[where] : undefined;
  if (holds === undefined) return [notStated([{ kind: 'element' }], facts, [meeting])];
  return [holds ? supported(facts, [meeting]) : contradicted('end', facts, [meeting])];
}

/**
 * "B came first": the one meeting the claim pins, against the others around it
 * (those of the conversation, else those its people took part in). A question that
 * pins no meeting ("which came first?") asks, and claims nothing.
 */
function rankFindings(claim: Claim, rank: 'first' | 'last', env: VerifyEnv): Finding[] {
  const { kb } = env;
  const scope = scopeOf({ ...claim, rank: undefined }, kb, env.focus);
  const [meeting] = scope.meetings;
  // ("which came first?" asks what the days answer; "qui a parlé en dernier ?" an order of speaking no article gives.)
  const ofMeetings = claim.predicates.every((p) => p.ids.some((id) => ['meeting', 'presence', 'event'].includes(kb.predicates.get(id)?.kind ?? '')));
  if (env.presupposed && !ofMeetings) return [notStated([{ kind: 'unknown' }])];
  if (!scope.pinned || scope.meetings.length !== 1 || !meeting) return [];
  const discussed = meetingsWithIds(kb, env.focus);
  const pool = discussed.length > 1 && discussed.includes(meeting) ? discussed : meetingsInvolvingAny(kb, [meeting.host, ...meeting.guests]);
  const others = pool.filter((m) => m !== meeting);
  if (!others.length) return [notStated([{ kind: 'element' }])];
  const holds = others.every((m) => (rank === 'first' ? meeting.date < m.date : meeting.date > m.date));
  const shown = [meeting, ...others].sort((a, b) => a.date.localeCompare(b.date));
  const facts = shown.flatMap((m) => factsAbout(kb, m.id, 'when').slice(0, 1));
  // A question ("which one came first?") claims no order: the days of the meetings answer it.
  return [holds || env.presupposed ? supported(facts, shown) : contradicted('order', facts, shown)];
}

