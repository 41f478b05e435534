// A fact-checked message as a Discord reply: one line per claim (✅ supported,
// ❌ contradicted, ❔ not in the coverage), the claim quoted as written, then
// its explanation with [n] markers; a claim that holds in part shows one
// sub-line per element instead. Then the numbered quotes, and under them the
// tally and what was set aside. Within Discord's limits whatever the message:
// every verdict line shows, and explanations, quotes and notes give way first.
import type { Citation, KnowledgeBase, Language } from '../knowledge/types.js';
import type { CheckReport, Verdict } from '../types.js';
import { citationField } from './card.js';
import { clipCited, keepCitations } from './cited.js';
import { encodeAction } from './custom-id.js';
import { quotedEcho } from './echo.js';
import { LABELS } from './labels.js';
import { clip, LIMITS } from './limits.js';
import { COLOURS, DEFAULT_RENDER_OPTIONS, type RenderOptions } from './options.js';
import { ButtonStyle, buttonRow, EPHEMERAL, NO_MENTIONS, type Button, type Embed, type EmbedField, type ReplyPayload, type ShownEmbed } from './payload.js';

export const VERDICT_ICONS: Record<Verdict, string> = { supported: '✅', contradicted: '❌', not_stated: '❔' };

export interface CheckRenderOptions extends RenderOptions {
  /** Offer the "Share in the channel" button; `message` is the id of the message checked, if one was. */
  share: false | { message?: string };
}

/** A verdict line: the icon, what it is about (quoted), and what the articles say of it (empty on a mixed claim's head line). */
interface Line {
  icon: string;
  text: string;
  explanation: string;
  /** An element of the claim above. */
  element: boolean;
  /** Starts a claim (a blank line before it, but for the first). */
  first: boolean;
}

/** How a sub-line is set off under its claim: Discord trims ordinary leading spaces. */
const ELEMENT = '\u2003↳ ';
const DASH = ' — ';
/** Past this much, the claims' verdict lines are quoted shorter, so that they all show with room to explain them. */
const HEADS_ROOM = LIMITS.embedDescription - 1000;
/** The shortest a quoted claim is cut to: « and » and a word or two. */
const MIN_ECHO = 12;
/** An explanation cut shorter than this says nothing: the verdict line stands alone. */
const MIN_EXPLANATION = 12;

/** Clipped, and a « the cut left open closed again (the unchecked claims are quoted in the notes). */
function clipQuoted(text: string, max: number): string {
  const clipped = clip(text, max);
  const open = (s: string) => s.split('«').length - s.split('»').length;
  return open(clipped) > 0 ? `${clip(text, max - 2)} »` : clipped;
}

export function renderCheck(report: CheckReport, kb: KnowledgeBase, options: Partial<CheckRenderOptions> = {}): ReplyPayload {
  const o: CheckRenderOptions = { ...DEFAULT_RENDER_OPTIONS, share: false, ...options };
  const l = LABELS[report.language];
  const lines = verdictLines(report);
  const title = l.checkTitle;
  const notes = report.notes.length ? clipQuoted(report.notes.join('\n'), o.maxNotesChars) : '';
  // With nothing checked, the tally (which says why) is the report.
  const footer = clipQuoted(lines.length ? [report.summary, notes].filter(Boolean).join('\n') : notes, LIMITS.footer);
  const { description, fields } = lines.length ? fit(lines, report.citations, title, footer, kb, report.language, o) : { description: clip(report.summary, LIMITS.embedDescription), fields: [] };
  const embed: Embed = {
    title,
    description,
    color: colourOf(report),
    ...(fields.length ? { fields } : {}),
    ...(footer ? { footer: { text: footer } } : {}),
  };
  const share = o.share && lines.length ? encodeAction({ kind: 'share', language: report.language, ...(o.share.message ? { message: o.share.message } : {}) }) : undefined;
  const buttons: Button[] = share ? [{ type: 2, style: ButtonStyle.Primary, label: clip(l.share, LIMITS.buttonLabel), custom_id: share }] : [];
  return {
    embeds: [embed],
    components: buttons.length ? [buttonRow(buttons)] : [],
    ...(o.ephemeral ? { flags: EPHEMERAL } : {}),
    allowedMentions: NO_MENTIONS,
  };
}

/** The worst verdict sets the colour: one contradicted claim is what a reader must see first. */
function colourOf(report: CheckReport): number {
  const verdicts = new Set(report.claims.map((c) => c.verdict));
  if (verdicts.has('contradicted')) return COLOURS.contradicted;
  if (verdicts.has('not_stated')) return COLOURS.declined;
  return verdicts.size ? COLOURS.answer : COLOURS.info;
}

function verdictLines(report: CheckReport): Line[] {
  return report.claims.flatMap((claim) => {
    const head = { icon: VERDICT_ICONS[claim.verdict], text: claim.text, element: false, first: true };
    if (!claim.parts?.length) return [{ ...head, explanation: claim.explanation }];
    return [{ ...head, explanation: '' }, ...claim.parts.map((p) => ({ icon: VERDICT_ICONS[p.verdict], text: p.text, explanation: p.explanation, element: true, first: false }))];
  });
}

/** The description: the verdict lines with their quoted text cut to `maxClaim` / `maxElement`, and their explanations. */
function describe(lines: readonly Line[], explanations: readonly string[], maxClaim: number, maxElement: number): string {
  return lines
    .map((line, i) => {
      const quoted = line.element ? quotedEcho(line.text, maxElement) : `**${quotedEcho(line.text, maxClaim)}**`;
      const said = explanations[i] ? `${DASH}${explanations[i]}` : '';
      return `${line.first && i > 0 ? '\n' : ''}${line.element ? ELEMENT : ''}${line.icon} ${quoted}${said}`;
    })
    .join('\n');
}

/**
 * Lays the report out in one embed: the verdict lines first, always whole
 * (quoted shorter when there are many); then as many quotes as fit beside the
 * explanations. Quotes give way (from the last) before the explanations are
 * cut below `minAnswerChars`; an explanation is cut at the sentence citing the
 * first dropped quote, then all are cut to share the room left. Quotes are
 * numbered in the order the text shows them, so every marker has its quote
 * and every quote its marker.
 */
function fit(lines: readonly Line[], citations: readonly Citation[], title: string, footer: string, kb: KnowledgeBase, language: Language, o: RenderOptions): { description: string; fields: EmbedField[] } {
  const shown = renumber(
    lines.map((line) => line.explanation),
    citations,
  );
  let maxClaim = o.maxClaimChars;
  let maxElement = o.maxPartChars;
  const bare = lines.map(() => '');
  // (Down to a few words each: a cut further on would leave a quote open.)
  while (describe(lines, bare, maxClaim, maxElement).length > HEADS_ROOM && (maxClaim > MIN_ECHO || maxElement > MIN_ECHO)) {
    maxClaim = Math.max(MIN_ECHO, Math.floor(maxClaim * 0.75));
    maxElement = Math.max(MIN_ECHO, Math.floor(maxElement * 0.75));
  }
  const heads = describe(lines, bare, maxClaim, maxElement).length;
  const top = Math.min(shown.citations.length, LIMITS.fields);
  const sizes = shown.citations.slice(0, top).map((c, i) => {
    const f = citationField(c, i + 1, kb, language, o);
    return f.name.length + f.value.length;
  });
  for (let k = top; ; k--) {
    const room = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - title.length - footer.length - sizes.slice(0, k).reduce((n, s) => n + s, 0));
    const wanted = shown.texts.map((text) => (text ? keepCitations(text, k) : ''));
    const want = wanted.reduce((n, t) => n + (t ? t.length + DASH.length : 0), 0);
    const left = room - heads;
    if (k > 0 && left < Math.min(want, o.minAnswerChars)) continue;
    const cut = (budget: number) => {
      const share = allot(
        wanted.map((t) => (t ? t.length + DASH.length : 0)),
        Math.max(budget, 0),
      );
      const explanations = wanted.map((t, i) => {
        const max = (share[i] ?? 0) - DASH.length;
        return t && max >= Math.min(t.length, MIN_EXPLANATION) ? clipCited(t, max) : '';
      });
      // Cutting may have dropped markers: number again, so the quotes kept are those still cited.
      return renumber(explanations, shown.citations.slice(0, k));
    };
    // Numbering again can lengthen a marker ("[9]" to "[10]" when its first mention was cut): give back what that took.
    let budget = left;
    let kept = cut(budget);
    for (let over = describe(lines, kept.texts, maxClaim, maxElement).length - room; over > 0 && budget > 0; over = describe(lines, kept.texts, maxClaim, maxElement).length - room) {
      budget -= over;
      kept = cut(budget);
    }
    return {
      // Whole unless the verdict lines alone overflow (hundreds of mixed claims' elements): then cut like any text.
      description: clipCited(describe(lines, kept.texts, maxClaim, maxElement), Math.max(room, 0)),
      fields: kept.citations.map((c, i) => citationField(c, i + 1, kb, language, o)),
    };
  }
}

/** Shares `total` among wants: each gets what it wants or an equal share of what is left, the smallest served first. */
function allot(wants: readonly number[], total: number): number[] {
  const out = wants.map(() => 0);
  const order = wants.map((_, i) => i).filter((i) => (wants[i] ?? 0) > 0);
  order.sort((a, b) => (wants[a] ?? 0) - (wants[b] ?? 0));
  let left = total;
  order.forEach((i, n) => {
    const given = Math.min(wants[i] ?? 0, Math.floor(left / (order.length - n)));
    out[i] = given;
    left -= given;
  });
  return out;
}

const MARKER = /\[(\d+)\]/g;

/**
 * The texts with their [n] markers numbered in the order they are read, and
 * the citations in that order: a quote no text shows any more is left out, a
 * marker with no citation is removed.
 */
export function renumber(texts: readonly string[], citations: readonly Citation[]): { texts: string[]; citations: Citation[] } {
  const order: number[] = [];
  const renumbered = texts.map((text) =>
    text.replace(MARKER, (_, n: string) => {
      const old = Number(n);
      if (!citations[old - 1]) return '';
      let at = order.indexOf(old);
      if (at === -1) at = order.push(old) - 1;
      return `[${at + 1}]`;
    }),
  );
  return { texts: renumbered, citations: order.map((n) => citations[n - 1] as Citation) };
}

/** An embed handed back by Discord, in the shape the bot sends. */
function resent(embed: ShownEmbed): Embed {
  return {
    ...(embed.title ? { title: embed.title } : {}),
    ...(embed.description ? { description: embed.description } : {}),
    ...(embed.color !== null ? { color: embed.color } : {}),
    ...(embed.fields.length ? { fields: embed.fields.map((f) => ({ name: f.name, value: f.value, ...(f.inline ? { inline: true } : {}) })) } : {}),
    ...(embed.footer?.text ? { footer: { text: embed.footer.text } } : {}),
  };
}

/**
 * A private check report posted again for everyone: the very embeds its
 * reader saw, under a line saying who shared it (a mention, which pings no
 * one: nothing is ever parsed) and linking the message checked, when one was.
 */
export function renderSharedCheck(embeds: readonly ShownEmbed[], language: Language, sharer: string, link?: string): ReplyPayload {
  return { content: clip(LABELS[language].sharedBy(`<@${sharer}>`, link), LIMITS.content), embeds: embeds.map(resent), components: [], allowedMentions: NO_MENTIONS };
}

/** The private report once shared: the same embeds, saying so, without the button (a second click would post it twice). */
export function renderSharedNotice(embeds: readonly ShownEmbed[], language: Language): ReplyPayload {
  return { content: LABELS[language].shared, embeds: embeds.map(resent), components: [], flags: EPHEMERAL, allowedMentions: NO_MENTIONS };
}
