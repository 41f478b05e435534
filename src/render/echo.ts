// What the bot repeats of a user's own words (an unknown name typed in an
// option): plain words only. No markdown (an unbalanced ``` or ** would
// swallow the rest of the message), no quote marks (they would close the
// “…” or « … » the echo sits in), no mentions, links, emoji, invisible or
// control characters, and no pile of combining marks.
import { clip } from './limits.js';

export function plainEcho(text: string, max: number): string {
  const plain = text
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}'’.,?!-]+/gu, ' ')
    // A letter keeps two accents at most (é, ệ): "Zalgo" text keeps its letters.
    .replace(/(\p{M}{2})\p{M}+/gu, '$1')
    .replace(/(^|\s)\p{M}+/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return clip(plain, max);
}
