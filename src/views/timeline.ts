// The meetings the coverage reports, as dated entries: where, who received
// whom, and why, each line carrying the citations it rests on.
import type { Entity, Meeting } from '../knowledge/schema.js';
import type { Fact, KnowledgeBase, Language } from '../knowledge/types.js';
import { displayName, factsAbout, involves, placeAgrees } from '../retrieve/graph.js';
import { formatDate } from '../compose/names.js';
import type { CitedLine } from '../render/cited.js';
import { joinList } from '../render/join.js';
import { LABELS } from '../render/labels.js';

/** Which fact says why a meeting happened, in order of preference. */
const WHY_SLOTS: readonly Fact['slot'][] = ['why', 'occasion', 'topic'];
/** Which fact vouches for the date, place and participants. */
const WHO_SLOTS: readonly Fact['slot'][] = ['who', 'when', 'where'];

export interface MeetingFilter {
  /** A person or organisation that took part, in person or through a member. */
  participant?: string;
  /** A place the meeting was at or inside. */
  place?: string;
}

export function meetingsMatching(kb: KnowledgeBase, filter: MeetingFilter): Meeting[] {
  // The participant's or the place's own meetings (the base's indexes), then the other condition.
  const candidates = filter.participant ? (kb.meetingsInvolving.get(filter.participant) ?? []) : filter.place ? (kb.meetingsAt.get(filter.place) ?? []) : kb.meetings;
  return candidates.filter((m) => (!filter.participant || involves(kb, m, filter.participant)) && (!filter.place || placeAgrees(kb, m, filter.place)));
}

export interface Page<T> {
  items: T[];
  /** From 0; a page past the end is the last one. */
  page: number;
  pages: number;
  total: number;
}

/** One page of a list, `size` items a page. */
export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const at = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  return { items: items.slice(at * size, (at + 1) * size), page: at, pages, total: items.length };
}

function firstFact(kb: KnowledgeBase, meeting: Meeting, slots: readonly Fact['slot'][]): Fact | undefined {
  for (const slot of slots) {
    const fact = factsAbout(kb, meeting.id, slot)[0];
    if (fact) return fact;
  }
  return undefined;
}

/** Three lines a meeting: the date and place, who received whom, and why. */
export function meetingLines(kb: KnowledgeBase, meeting: Meeting, language: Language): CitedLine[] {
  const name = (id: string) => {
    const e = kb.entities.get(id);
    return e ? e.name[language] : id;
  };
  const place = [meeting.venue, meeting.city]
    .map((id) => (id ? kb.entities.get(id) : undefined))
    .filter((e): e is Entity => !!e)
    .map((e) => displayName(e, language))
    .join(', ');
  const who = firstFact(kb, meeting, WHO_SLOTS);
  const why = firstFact(kb, meeting, WHY_SLOTS);
  return [
    { text: `**${formatDate(meeting.date, kb, language)}**${place ? ` — ${place}` : ''}`, citations: [] },
    { text: `${LABELS[language].received(name(meeting.host), joinList(meeting.guests.map(name), language, kb))}.`, citations: who?.citations ?? [] },
    ...(why ? [{ text: why.text[language], citations: why.citations }] : []),
  ];
}

/** Entries of several meetings, separated by a blank line. */
export function timelineLines(kb: KnowledgeBase, meetings: readonly Meeting[], language: Language): CitedLine[] {
  return meetings.flatMap((m, i) => [...(i > 0 ? [{ text: '', citations: [] }] : []), ...meetingLines(kb, m, language)]);
}
