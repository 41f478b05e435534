// /meetings as a reply: the meetings the articles report (those of a
// participant, at a place, when asked), a page at a time, with buttons to the
// pages either side. The page and the filter travel in the buttons' custom_id,
// so a click rebuilds the page from the knowledge alone.
import type { KnowledgeBase, Language } from '../knowledge/types.js';
import { displayName } from '../retrieve/graph.js';
import { meetingsMatching, pageOf, timelineLines, type MeetingFilter } from '../views/timeline.js';
import { renderCard } from './card.js';
import { numberCitations } from './cited.js';
import { LABELS } from './labels.js';
import { DEFAULT_RENDER_OPTIONS, type RenderOptions } from './options.js';
import type { ReplyPayload } from './payload.js';
import { atPlace } from './place.js';

export interface MeetingsView {
  language: Language;
  filter: MeetingFilter;
  /** From 0; past the end, the last page. */
  page: number;
}

/** The title: "Meetings", "Meetings with X in Y". */
export function meetingsTitle(kb: KnowledgeBase, filter: MeetingFilter, language: Language): string {
  const l = LABELS[language];
  const person = filter.participant ? kb.entities.get(filter.participant) : undefined;
  const place = filter.place ? kb.entities.get(filter.place) : undefined;
  return [l.meetings, ...(person ? [l.meetingsWith(displayName(person, language))] : []), ...(place ? [atPlace(place, language)] : [])].join(' ');
}

export function renderMeetings(kb: KnowledgeBase, view: MeetingsView, options: Partial<RenderOptions> = {}): ReplyPayload {
  const o = { ...DEFAULT_RENDER_OPTIONS, ...options };
  const { language, filter } = view;
  const title = meetingsTitle(kb, filter, language);
  const all = meetingsMatching(kb, filter);
  if (!all.length) return renderCard({ language, tone: 'declined', title, text: LABELS[language].noMeeting, citations: [] }, kb, o);
  const shown = pageOf(all, view.page, o.meetingsPerPage);
  const { text, citations } = numberCitations(timelineLines(kb, shown.items, language));
  const pager = { page: shown.page, pages: shown.pages, total: shown.total, to: (page: number) => ({ kind: 'meetings' as const, language, page, ...filter }) };
  return renderCard({ language, tone: 'info', title, text, citations, sourcesButton: true, ...(shown.pages > 1 ? { pager } : {}) }, kb, o);
}
