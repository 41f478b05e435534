// Which reported meetings a claim is about, and how firmly: two people named
// together pin their meeting; so does a named meeting, or one person who met
// only once. Only a pinned meeting can contradict a claim: a place or a day
// it disagrees with is a correction; otherwise the articles simply do not say.
import type { Meeting } from '../knowledge/schema.js';
import { meetingsInvolvingAny, meetingsWithIds } from '../knowledge/indexes.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { dateAgrees, type DateMention } from '../understand/dates.js';
import type { Claim } from '../understand/frame.js';
import { fold } from '../language/normalize.js';
import { involves, placeAgrees } from '../retrieve/graph.js';

export interface Scope {
  meetings: Meeting[];
  /** The claim names its meeting: a disagreement with it is a contradiction. */
  pinned: boolean;
  /** The people (and organisations) the claim names as taking part. */
  people: string[];
}

/** "A met O's boss", « le patron d'O »: someone only a title names, whom no record has, is in none of the meetings. */
export function namesUnrecorded(claim: Claim): boolean {
  return claim.titles.some((t) => !t.person);
}

export function scopeOf(claim: Claim, kb: KnowledgeBase, focus: readonly string[] = []): Scope {
  const people = [...new Set(claim.participants.map((p) => p.entity))];
  if (claim.meetings.length) {
    const named = kb.meetings.filter((m) => claim.meetings.some((x) => x.entity === m.id));
    return { meetings: named, pinned: true, people };
  }
  // "Both meetings…", "les deux fois": each of the meetings of anyone named, of the conversation, or each of them all.
  if (claim.every) {
    const theirs = meetingsInvolvingAny(kb, people);
    const meant = meetingsWithIds(kb, focus);
    // (Those named must be in each of them: "both meetings were with C".)
    return { meetings: theirs.length > 1 ? theirs : meant.length > 1 ? meant : [...kb.meetings], pinned: true, people };
  }
  // "that piece is about B": the article the conversation is on, whoever the claim names.
  if (claim.generic.has('article') && focus.length) {
    const meant = meetingsWithIds(kb, focus);
    if (meant.length) return { meetings: meant, pinned: meant.length === 1, people };
  }
  // (Not whose words or wish were passed on, "conveyed the SG's wish": someone named as speaking through another was not there.)
  const there = [...new Set(claim.participants.filter((p) => !(p.possessor && p.speaks)).map((p) => p.entity))];
  if (there.length) {
    // The first person's meetings (kb.meetingsInvolving), then those the others took part in too.
    const meetings = (kb.meetingsInvolving.get(there[0] as string) ?? []).filter((m) => there.every((p) => involves(kb, m, p)));
    const persons = there.filter((p) => kb.entities.get(p)?.type === 'person');
    if (meetings.length > 0 && (persons.length >= 2 || meetings.length === 1)) return { meetings, pinned: true, people };
    // "who was A meeting there?": of his meetings, the one the conversation is about.
    const meant = meetings.filter((m) => focus.includes(m.id));
    if (meant.length) return { meetings: meant, pinned: meant.length === 1, people };
    // "A, le mercredi 25 novembre": of their meetings, the one the day (or the place, or the occasion) picks.
    const picked = pickOne(meetings, claim, kb);
    return picked ? { meetings: [picked], pinned: true, people } : { meetings, pinned: false, people };
  }
  if (focus.length) {
    const meetings = meetingsWithIds(kb, focus);
    if (meetings.length) return { meetings, pinned: meetings.length === 1, people };
  }
  // No one named: the place, then the occasion, then the day picks the meeting.
  // A place's meetings come from kb.meetingsAt (the meetings placeAgrees() with), the others from a scan.
  const identifying: (() => Meeting[])[] = [
    ...claim.places.map((p) => () => [...(kb.meetingsAt.get(p.entity) ?? [])]),
    // "the Y article", "the X one": a place named as what tells them apart.
    ...claim.topics.flatMap((t) => (t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'place' ? [() => kb.meetings.filter((m) => m.city === t.entity || m.venue === t.entity)] : [])),
    ...claim.events.map((e) => () => kb.meetings.filter((m) => m.occasion === e.entity)),
    ...claim.dates.map((d) => () => kb.meetings.filter((m) => dateAgrees(m.date, d))),
  ];
  for (const picks of identifying) {
    const meetings = picks();
    if (meetings.length) return { meetings, pinned: meetings.length === 1, people };
  }
  return { meetings: [...kb.meetings], pinned: kb.meetings.length === 1, people };
}

/** The one meeting that a day (day and month, whatever weekday is said), a place or an occasion of the claim picks out. */
function pickOne(meetings: readonly Meeting[], claim: Claim, kb: KnowledgeBase): Meeting | undefined {
  const tests: ((m: Meeting) => boolean)[] = [
    ...claim.dates.filter((d) => d.day !== undefined && d.month !== undefined).map((d) => (m: Meeting) => dateAgrees(m.date, { ...d, weekday: undefined })),
    ...claim.places.map((p) => (m: Meeting) => placeAgrees(kb, m, p.entity)),
    ...claim.events.map((e) => (m: Meeting) => m.occasion === e.entity),
  ];
  for (const test of tests) {
    const picked = meetings.filter(test);
    if (picked.length === 1) return picked[0];
  }
  return undefined;
}

const NO_CONFLICT: readonly ('place' | 'date' | 'occasion')[] = Object.freeze([]);

/** Where a meeting disagrees with what the claim says of its place, day and occasion. */
export function conflicts(m: Meeting, claim: Claim, kb: KnowledgeBase, unknownPlaces: readonly string[]): readonly ('place' | 'date' | 'occasion')[] {
  // A claim that says nothing of place, day or occasion disagrees with no meeting (asked of every meeting, often:
  // at a thousand articles, a thousand times a question, so no new list each time).
  if (!claim.places.length && !unknownPlaces.length && !claim.notPlaces.length && !claim.venues.length && !claim.dates.length && !claim.events.length && !claim.otherEvents.length) return NO_CONFLICT;
  // (A list only for a meeting that disagrees: most agree. Loops, not closures: every meeting of the base is asked.)
  let out: ('place' | 'date' | 'occasion')[] | undefined;
  if (wrongPlace(m, claim, kb, unknownPlaces)) (out ??= []).push('place');
  // ("head of the U P since October": when something began, not the meeting's day.)
  for (const d of claim.since ? [] : (claim.dates as readonly DateMention[])) {
    if (dateAgrees(m.date, d)) continue;
    (out ??= []).push('date');
    break;
  }
  // Another occasion, or an event that was over (or not yet begun) on the meeting's day.
  let otherOccasion = claim.otherEvents.length > 0 && m.occasion !== undefined;
  for (let i = 0; i < claim.events.length && !otherOccasion; i++) {
    const id = (claim.events[i] as { entity: string }).entity;
    if (m.occasion) otherOccasion = id !== m.occasion;
    else {
      const e = kb.entities.get(id);
      otherOccasion = e?.type === 'event' && ((e.ends !== undefined && m.date > e.ends) || (e.starts !== undefined && m.date < e.starts));
    }
  }
  if (otherOccasion) (out ??= []).push('occasion');
  return out ?? NO_CONFLICT;
}

/** Whether a meeting was held elsewhere than the claim says: another place, a place the claim denies, another building. */
function wrongPlace(m: Meeting, claim: Claim, kb: KnowledgeBase, unknownPlaces: readonly string[]): boolean {
  for (const p of claim.places) if (!placeAgrees(kb, m, p.entity)) return true;
  if (unknownPlaces.length > 0) return true;
  for (const p of claim.notPlaces) if (placeAgrees(kb, m, p.entity)) return true;
  // "at the airport" of a meeting held at a venue the articles name: another building.
  // (The venue's words are read only when the claim names a venue: every meeting is asked, at a thousand articles a thousand.)
  const venueName = claim.venues.length && m.venue ? kb.entities.get(m.venue) : undefined;
  if (venueName === undefined) return false;
  const venueWords = fold([venueName.name.fr, venueName.name.en, ...venueName.aliases].join(' ')).split(/[^\p{L}\p{N}]+/u);
  return claim.venues.some((v) => !venueWords.includes(fold(v)));
}

/** Whether the meeting is one the claim's occasion, day and place all agree with. */
export function agrees(m: Meeting, claim: Claim, kb: KnowledgeBase, unknownPlaces: readonly string[]): boolean {
  return conflicts(m, claim, kb, unknownPlaces).length === 0 && (!claim.events.length || m.occasion !== undefined);
}
