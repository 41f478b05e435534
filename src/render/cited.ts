// Text with [n] citation markers: numbering, and cutting it to a size without
// ever splitting a marker or keeping a marker whose citation was dropped.
import type { Citation } from '../knowledge/types.js';
import { ELLIPSIS, headOf } from './limits.js';

const MARKER = /\[(\d+)\]/g;

export interface CitedLine {
  text: string;
  citations: readonly Citation[];
}

/** Joins lines into one text, numbering citations in order of first use (as the engine does) and marking each line. */
export function numberCitations(lines: readonly CitedLine[], separator = '\n'): { text: string; citations: Citation[] } {
  const citations: Citation[] = [];
  const numberOf = (c: Citation) => {
    let i = citations.findIndex((x) => x.article === c.article && x.paragraph === c.paragraph && x.quote === c.quote);
    if (i === -1) i = citations.push(c) - 1;
    return i + 1;
  };
  const text = lines
    .map((line) => {
      const markers = [...new Set(line.citations.map(numberOf))];
      return markers.length ? withMarkers(line.text, markers) : line.text;
    })
    .join(separator);
  return { text, citations };
}

/** "… in the city." + [1, 2] → "… in the city [1][2]." */
export function withMarkers(sentence: string, markers: readonly number[]): string {
  const tag = markers.map((n) => `[${n}]`).join('');
  const end = /([.!?…:;]+)$/.exec(sentence);
  return end ? `${sentence.slice(0, end.index)} ${tag}${end[1]}` : `${sentence} ${tag}`;
}

/** The highest marker in a text, 0 when it has none. */
export function highestMarker(text: string): number {
  let max = 0;
  for (const m of text.matchAll(MARKER)) max = Math.max(max, Number(m[1]));
  return max;
}

/** The text up to the sentence that first cites past `k`, so no marker points to a dropped citation. */
export function keepCitations(text: string, k: number): string {
  for (const m of text.matchAll(MARKER)) {
    if (Number(m[1]) <= k) continue;
    const before = text.slice(0, m.index);
    const ends = [...before.matchAll(/[.!?…](?=\s)|\n/g)];
    const end = ends.at(-1);
    const kept = end ? before.slice(0, end.index + end[0].length) : before;
    return kept.trimEnd() + (kept.trim() === '' ? ELLIPSIS : ` ${ELLIPSIS}`);
  }
  return text;
}

/** Cuts text to `max` characters with an ellipsis, never inside a [n] marker, preferring a word boundary. */
export function clipCited(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return ELLIPSIS.slice(0, max);
  let cut = max - 1;
  const open = text.lastIndexOf('[', cut - 1);
  if (open !== -1 && /^\[\d*$/.test(text.slice(open, cut)) && /^\d*\]/.test(text.slice(cut))) cut = open;
  const space = text.lastIndexOf(' ', cut);
  if (space > cut * 0.6) cut = space;
  return headOf(text, cut).trimEnd() + ELLIPSIS;
}
