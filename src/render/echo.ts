// What the bot repeats of a user's own words. An unknown name typed in an
// option: plain words only. No markdown (an unbalanced ``` or ** would
// swallow the rest of the message), no quote marks (they would close the
// “…” or « … » the echo sits in), no mentions, links, emoji, invisible or
// control characters, and no pile of combining marks. A claim it checked:
// quoted as written, but inert (see quotedEcho).
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

/** Control, invisible and direction-changing characters (they would hide or reorder the words quoted), and halves of broken characters. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** What Discord's Markdown reads in running text, mentions and custom emoji included (`<@123>`). */
const MARKDOWN = /[\\*_~`|[\]<>]/g;

/**
 * A user's words quoted as they wrote them, in « … »: punctuation kept, but
 * on one line, with Markdown escaped (it shows as typed and cannot run into
 * the bot's own), their « » turned into ‹ › so the quote stays closed (and
 * their “ ” into ", as the bot's own sentences quote with those), links
 * without their https:// (so Discord does not make them links), no
 * invisible characters, and at most `max` characters, escapes included.
 */
export function quotedEcho(text: string, max: number): string {
  const plain = text
    .normalize('NFC')
    .replace(INVISIBLE, ' ')
    .replace(/(\p{M}{2})\p{M}+/gu, '$1')
    // A link's address stays readable, but is not a link: the bot does not post people's links for them.
    .replace(/\bhttps?:\/\/(?=\S)/gi, '')
    .replace(/«/g, '‹')
    .replace(/»/g, '›')
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  const escape = (s: string) => s.replace(MARKDOWN, '\\$&');
  const room = max - 4;
  let cut = Math.max(room, 0);
  let escaped = escape(clip(plain, cut));
  // Each escape takes a character of the room: cut the words shorter until they fit with theirs.
  while (escaped.length > room && cut > 1) {
    cut -= escaped.length - room;
    escaped = escape(clip(plain, Math.max(cut, 1)));
  }
  return `« ${escaped} »`;
}
