// Draws what the bot sent as terminal text: embeds as boxed blocks (title,
// text, numbered quotes, footer), buttons as numbered items to type, and
// ephemeral replies marked as such. ANSI styles only on a TTY.
import type { Sent } from './mock.js';
import type { Button, Embed, ReplyPayload } from '../render/payload.js';
import { COLOURS } from '../render/options.js';

type Style = 'bold' | 'dim' | 'italic' | 'underline' | 'cyan' | 'green' | 'yellow' | 'blue' | 'magenta' | 'red';
const ANSI: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  cyan: [36, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  red: [31, 39],
};

export interface Painter {
  (style: Style, text: string): string;
}

export function painter(colour: boolean): Painter {
  return (style, text) => (colour && text ? `\u001b[${ANSI[style][0]}m${text}\u001b[${ANSI[style][1]}m` : text);
}

const BAR_STYLE: Record<number, Style> = { [COLOURS.answer]: 'green', [COLOURS.declined]: 'yellow', [COLOURS.info]: 'blue', [COLOURS.contradicted]: 'red' };

/** A character escaped with a backslash (a user's words quoted), held aside in the Private Use Area while styles apply. */
const ESCAPED = /\\([\\*_~`|[\]<>])/g;
const HELD = /[\ue000-\ue0ff]/g;

/**
 * Discord markdown the bot uses (**bold**, __underline__, `code`, [links](…),
 * mentions, escapes) as terminal styles, or plain.
 */
function markdown(text: string, paint: Painter): string {
  return text
    .replace(ESCAPED, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)))
    .replace(/\*\*(.+?)\*\*/g, (_, t: string) => paint('bold', t))
    .replace(/__(.+?)__/g, (_, t: string) => paint('underline', t))
    .replace(/`([^`]+)`/g, (_, t: string) => paint('cyan', t))
    .replace(/\[([^\]]+)\]\((\S+?)\)/g, (_, t: string, url: string) => `${paint('underline', t)} ${paint('dim', `(${url})`)}`)
    .replace(/<@!?\d+>/g, paint('bold', '@you'))
    .replace(HELD, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));
}

/** Word-wraps to `width` columns, keeping the text's own line breaks. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && visible(line).length + 1 + visible(word).length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

const visible = (s: string) => s.replace(/\u001b\[\d+m/g, '');

export interface DrawOptions {
  paint: Painter;
  width: number;
  /** Number given to the first button drawn. */
  firstButton: number;
}

export interface Drawing {
  text: string;
  /** custom_ids of the buttons drawn, in the order of their numbers. */
  buttons: string[];
}

export function drawSent(sent: readonly Sent[], options: DrawOptions): Drawing {
  const out: string[] = [];
  const buttons: string[] = [];
  const { paint } = options;
  /** Embeds drawn already: a message showing the same again (a shared report's private copy) says so rather than repeat it. */
  const drawn = new Set<string>();
  for (const item of sent) {
    switch (item.kind) {
      case 'defer':
        out.push(paint('dim', '… thinking'));
        break;
      case 'reaction':
        out.push(paint('dim', `(reacted ${item.emoji})`));
        break;
      case 'choices':
        out.push(...item.choices.map((c) => `  ${c.name} ${paint('dim', `(${c.value})`)}`));
        break;
      default: {
        if (item.kind === 'update') out.push(paint('dim', '(in place of the reply whose button it was)'));
        const embeds = JSON.stringify(item.payload.embeds);
        const seen = item.payload.embeds.length > 0 && drawn.has(embeds);
        drawn.add(embeds);
        out.push(drawPayload(seen ? { ...item.payload, embeds: [] } : item.payload, item.ephemeral, { ...options, firstButton: options.firstButton + buttons.length }, buttons));
        if (seen) out.push(paint('dim', '(the same as above)'));
      }
    }
  }
  return { text: out.join('\n'), buttons };
}

function drawPayload(payload: ReplyPayload, ephemeral: boolean, options: DrawOptions, buttons: string[]): string {
  const { paint, width } = options;
  const lines: string[] = [];
  if (ephemeral) lines.push(paint('dim', '(only you can see this)'));
  if (payload.content) lines.push(...wrap(markdown(payload.content, paint), width));
  payload.embeds.forEach((embed, i) => lines.push(...(i > 0 ? [''] : []), ...drawEmbed(embed, paint, width)));
  const row: string[] = [];
  for (const button of payload.components.flatMap((r) => r.components)) {
    buttons.push(button.custom_id);
    row.push(drawButton(button, options.firstButton + buttons.length - 1, paint));
  }
  if (row.length) lines.push(...wrap(row.join('   '), width));
  return lines.join('\n');
}

function drawEmbed(embed: Embed, paint: Painter, width: number): string[] {
  const bar = paint(BAR_STYLE[embed.color ?? -1] ?? 'dim', '│');
  const inner = Math.max(20, width - 2);
  const body: string[] = [];
  if (embed.title) body.push(...wrap(paint('bold', embed.title), inner));
  if (embed.description) body.push(...wrap(markdown(embed.description, paint), inner));
  for (const field of embed.fields ?? []) {
    body.push('', ...wrap(paint('cyan', field.name), inner), ...wrap(paint('italic', field.value), inner - 4).map((l) => `    ${l}`));
  }
  if (embed.footer) body.push('', ...wrap(paint('dim', embed.footer.text), inner));
  return body.map((l) => `${bar} ${l}`);
}

function drawButton(button: Button, n: number, paint: Painter): string {
  return `${paint('bold', `[${n}]`)} ${paint(button.style === 1 ? 'magenta' : 'cyan', button.label)}`;
}
