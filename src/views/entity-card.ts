// What the coverage says a person or organisation is, and the meetings they
// took part in, as cited lines.
import type { Entity } from '../knowledge/schema.js';
import type { KnowledgeBase, Language } from '../knowledge/types.js';
import { factsAbout } from '../retrieve/graph.js';
import type { Card } from '../render/card.js';
import { numberCitations, type CitedLine } from '../render/cited.js';
import { LABELS } from '../render/labels.js';
import { entityLabel } from './entities.js';
import { meetingsMatching, timelineLines } from './timeline.js';

/** Facts about an entity that has no role or definition (someone known only by what they said): at most this many. */
const MAX_OTHER_FACTS = 3;

export function entityCard(kb: KnowledgeBase, entity: Entity, language: Language): Card {
  const defining = factsAbout(kb, entity.id, 'role', 'definition');
  const facts = defining.length ? defining : factsAbout(kb, entity.id).slice(0, MAX_OTHER_FACTS);
  const meetings = meetingsMatching(kb, { participant: entity.id });
  const lines: CitedLine[] = [
    ...facts.map((f) => ({ text: f.text[language], citations: f.citations })),
    ...(meetings.length ? [{ text: '', citations: [] }, { text: `__${LABELS[language].meetings}__`, citations: [] }, ...timelineLines(kb, meetings, language)] : []),
  ];
  const { text, citations } = numberCitations(lines);
  return { language, tone: 'info', title: entityLabel(entity, language), text, citations, sourcesButton: citations.length > 0 };
}
