// A meeting at an event, and the event's own days said in the same breath: each judged on its own.
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Claim } from '../understand/frame.js';

/**
 * A meeting said to be at an event, and then, by a verb of the event's own after its name, when the event is: the
 * meeting with the days said before that verb, the event with those after it — each judged on its own.
 */
export function eventSaidApart(claim: Claim, kb: KnowledgeBase): [Claim, Claim] | undefined {
  const kindOf = (p: Claim['predicates'][number]) => p.ids.map((id) => kb.predicates.get(id)?.kind);
  const meeting = claim.predicates.find((p) => kindOf(p).includes('meeting'));
  const event = claim.events[0];
  const own = claim.predicates.find((p) => kindOf(p).every((k) => k === 'event') && event !== undefined && p.start >= event.end && meeting !== undefined && p.start > meeting.start);
  // (Right after that verb: "runs until Nov 27", « se termine le 27 » — not "…, where O was
  // held, on 26 November", which may be the meeting's day as well.)
  if (!meeting || !own || claim.events.length !== 1) return undefined;
  const ownEnd = own.start + own.surface.split(/\s+/).length;
  const ofEvent = (d: { start: number }) => d.start === ownEnd;
  if (!claim.dates.some(ofEvent)) return undefined;
  const before = (d: { start: number }) => !ofEvent(d);
  return [
    { ...claim, predicates: claim.predicates.filter((p) => p !== own), dates: claim.dates.filter(before) },
    { ...claim, predicates: [own], participants: [], topics: [], places: [], dates: claim.dates.filter(ofEvent), ofMeeting: false, generic: new Set([...claim.generic].filter((g) => g !== 'meeting')) },
  ];
}
