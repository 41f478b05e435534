// The one place that turns cited text (an answer, an entity card, a timeline)
// into a Discord message: an embed with the text and its numbered quotes, a
// footer, and buttons, always inside Discord's limits.
import type { Citation, KnowledgeBase, Language } from '../knowledge/types.js';
import { articleDate, articleTitle, paragraphLabel } from './article.js';
import { clipCited, highestMarker, keepCitations } from './cited.js';
import { encodeAction, type ButtonAction } from './custom-id.js';
import { LABELS } from './labels.js';
import { clip, LIMITS } from './limits.js';
import { COLOURS, DEFAULT_RENDER_OPTIONS, type RenderOptions } from './options.js';
import { ButtonStyle, buttonRow, EPHEMERAL, NO_MENTIONS, type Button, type EmbedField, type ReplyPayload } from './payload.js';

export interface Card {
  language: Language;
  tone: keyof typeof COLOURS;
  title?: string;
  /** Markdown with [n] markers numbered in order of first use. */
  text: string;
  citations: readonly Citation[];
  confidence?: number;
  premise?: 'confirmed' | 'corrected';
  /** Questions offered as buttons that ask them; texts of kb.suggestions in `language`. */
  suggestions?: readonly string[];
  sourcesButton?: boolean;
  /** One page of a longer list: its place in the footer, and buttons to the pages either side. */
  pager?: Pager;
}

export interface Pager {
  /** From 0. */
  page: number;
  pages: number;
  /** Items in all the pages. */
  total: number;
  /** What a button to another page does. */
  to: (page: number) => ButtonAction;
}

export function renderCard(card: Card, kb: KnowledgeBase, options: Partial<RenderOptions> = {}): ReplyPayload {
  const o = { ...DEFAULT_RENDER_OPTIONS, ...options };
  const title = card.title ? clip(card.title, LIMITS.embedTitle) : undefined;
  const { text, fields, kept } = fit(card, title, kb, o);
  const footer = footerText(card, kept.length);
  const rows = [
    buttonRow([...passageButtons(kept, card.language, Math.min(o.maxPassageButtons, LIMITS.buttonsPerRow - (card.sourcesButton ? 1 : 0))), ...sourcesButton(card)]),
    buttonRow(suggestionButtons(card, kb, o)),
    buttonRow(pagerButtons(card)),
  ].filter((row) => row.components.length > 0);
  return {
    embeds: [
      {
        ...(title ? { title } : {}),
        ...(text ? { description: text } : {}),
        color: COLOURS[card.tone],
        ...(fields.length ? { fields } : {}),
        ...(footer ? { footer: { text: footer } } : {}),
      },
    ],
    components: rows,
    ...(o.ephemeral ? { flags: EPHEMERAL } : {}),
    allowedMentions: NO_MENTIONS,
  };
}

/**
 * Keeps as many citations as fit beside the text: citations give way (from the
 * last) before the text is cut below `minAnswerChars`, and the text is cut at
 * the sentence citing the first dropped one, so every marker left has its quote.
 */
function fit(card: Card, title: string | undefined, kb: KnowledgeBase, o: RenderOptions): { text: string; fields: EmbedField[]; kept: Citation[] } {
  const all = card.citations.map((c, i) => ({ citation: c, field: citationField(c, i + 1, kb, card.language, o) }));
  const size = (f: EmbedField) => f.name.length + f.value.length;
  for (let k = Math.min(all.length, LIMITS.fields); ; k--) {
    const shown = all.slice(0, k);
    const fixed = (title?.length ?? 0) + footerText(card, k).length + shown.reduce((n, s) => n + size(s.field), 0);
    const room = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - fixed);
    const wanted = keepCitations(card.text, k);
    if (k > 0 && room < Math.min(wanted.length, o.minAnswerChars)) continue;
    const text = clipCited(wanted, Math.max(room, 0));
    const kept = shown.slice(0, Math.min(k, highestMarker(text)));
    return { text, fields: kept.map((s) => s.field), kept: kept.map((s) => s.citation) };
  }
}

/** A numbered quote as an embed field: "[n] article · date · ¶", then the quote (cut; "Full passage" shows it whole). */
export function citationField(c: Citation, n: number, kb: KnowledgeBase, language: Language, o: RenderOptions): EmbedField {
  const article = kb.articles.get(c.article);
  const where = article
    ? [clip(articleTitle(article, kb, language), o.maxTitleInField), articleDate(article, kb, language), paragraphLabel(article, c.paragraph, language)]
    : [c.article];
  return {
    name: clip(`[${n}] ${where.join(' · ')}`, LIMITS.fieldName),
    value: `« ${clip(c.quote, Math.min(o.maxQuoteChars, LIMITS.fieldValue - 4))} »`,
  };
}

function footerText(card: Card, citations: number): string {
  const l = LABELS[card.language];
  const parts = [
    ...(card.confidence !== undefined ? [l.confidence(Math.round(card.confidence * 100))] : []),
    ...(card.premise === 'corrected' ? [l.premiseCorrected] : []),
    ...(citations > 0 ? [l.sourceCount(citations)] : []),
    ...(card.pager ? [l.page(card.pager.page + 1, card.pager.pages, card.pager.total)] : []),
  ];
  return clip(parts.join(' · '), LIMITS.footer);
}

function passageButtons(citations: readonly Citation[], language: Language, max: number): Button[] {
  const byParagraph = new Map<string, { article: string; paragraph: number; numbers: number[] }>();
  citations.forEach((c, i) => {
    const key = `${c.article}\u0000${c.paragraph}`;
    const entry = byParagraph.get(key) ?? { article: c.article, paragraph: c.paragraph, numbers: [] };
    entry.numbers.push(i + 1);
    byParagraph.set(key, entry);
  });
  const label = LABELS[language].fullPassage;
  const buttons: Button[] = [];
  for (const p of byParagraph.values()) {
    const customId = encodeAction({ kind: 'passage', language, article: p.article, paragraph: p.paragraph });
    if (!customId || buttons.length >= max) continue;
    const numbers = byParagraph.size > 1 ? ` ${p.numbers.map((n) => `[${n}]`).join('')}` : '';
    buttons.push({ type: 2, style: ButtonStyle.Secondary, label: clip(label + numbers, LIMITS.buttonLabel), custom_id: customId });
  }
  return buttons;
}

function sourcesButton(card: Card): Button[] {
  const customId = card.sourcesButton ? encodeAction({ kind: 'sources', language: card.language }) : undefined;
  return customId ? [{ type: 2, style: ButtonStyle.Secondary, label: LABELS[card.language].sources, custom_id: customId }] : [];
}

/** Previous and Next, when there is a page that way (and its id fits Discord's limit). */
function pagerButtons(card: Card): Button[] {
  const pager = card.pager;
  if (!pager) return [];
  const l = LABELS[card.language];
  const buttons: Button[] = [];
  for (const [page, label] of [
    [pager.page - 1, l.previous],
    [pager.page + 1, l.next],
  ] as const) {
    if (page < 0 || page >= pager.pages) continue;
    const customId = encodeAction(pager.to(page));
    if (customId) buttons.push({ type: 2, style: ButtonStyle.Secondary, label, custom_id: customId });
  }
  return buttons;
}

function suggestionButtons(card: Card, kb: KnowledgeBase, o: RenderOptions): Button[] {
  const buttons: Button[] = [];
  for (const text of card.suggestions ?? []) {
    const index = kb.suggestions.findIndex((s) => s[card.language] === text);
    const customId = index === -1 ? undefined : encodeAction({ kind: 'ask', language: card.language, suggestion: index, private: o.ephemeral });
    if (!customId || buttons.some((b) => b.custom_id === customId) || buttons.length >= Math.min(o.maxSuggestionButtons, LIMITS.buttonsPerRow)) continue;
    buttons.push({ type: 2, style: ButtonStyle.Primary, label: clip(text, LIMITS.buttonLabel), custom_id: customId });
  }
  return buttons;
}
