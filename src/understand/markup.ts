// Discord markup around what people type: the words stay, the markup goes.
// "**Quick check:** did `B` meet ||A||? <:pepe:123> 🙏" reads as
// "Quick check: did B meet A?".

const PICTOGRAPH = /\p{Extended_Pictographic}/gu;

const RULES: [RegExp, string][] = [
  // Mentions of users, roles and channels, and custom emoji: not words of the question.
  [/<a?:\w+:\d+>/g, ' '],
  [/<(@[!&]?|#)\d+>/g, ' '],
  // …and as typed ("@Sami dit que…", "@everyone"): whom it is said to, not what.
  [/(^|\s)@[\p{L}\p{N}_.]+/gu, '$1 '],
  [/<t:\d+(:\w)?>/g, ' '],
  [/https?:\/\/\S+/g, ' '],
  // The bot's own citation markers, pasted back ("…à Y [1] ok").
  [/\[\d{1,2}\]/g, ' '],
  // Code blocks and spans, spoilers, bold, italics, strike-through, underline: keep the text inside.
  [/```(?:\w+\n)?([\s\S]*?)```/g, ' $1 '],
  [/`([^`]*)`/g, '$1'],
  [/\|\|([\s\S]*?)\|\|/g, '$1'],
  [/(\*\*|__|~~)([\s\S]*?)\1/g, '$2'],
  [/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,!?;:]|$)/g, '$1$2'],
  // Block quotes, headings and sub-text at the start of a line.
  [/^\s*(>>>|>|#{1,3}|-#)\s+/gm, ''],
  // :shortcode: emoji and pictographs.
  [/:[a-z0-9_+-]+:/gi, ' '],
  [PICTOGRAPH, ' '],
  // Skin tones, variation selectors, joiners and keycaps that pictographs leave behind.
  [/[\u{1F3FB}-\u{1F3FF}]|\u{FE0F}|\u{200D}|\u{20E3}/gu, ''],
];

export function stripMarkup(text: string, pictograph = ' '): string {
  let out = text;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, pattern === PICTOGRAPH ? pictograph : replacement);
  return out
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

/**
 * The text without its markup, and where each of its characters stands in the
 * text as sent: the words are kept in order, so each is found again; a space
 * or a break the stripping put in stands where the markup was.
 */
export function stripMarkupAligned(text: string): { text: string; at: (i: number) => number } {
  // A pictograph between words reads as a pause: "il enchaîne 😂 mardi…".
  const stripped = stripMarkup(text, ' ; ');
  const map: number[] = [];
  let i = 0;
  for (const ch of stripped) {
    if (text.startsWith(ch, i)) {
      map.push(i);
      i += ch.length;
    } else if (/[\s;]/.test(ch)) map.push(i);
    else {
      const k = text.indexOf(ch, i);
      map.push(k < 0 ? i : k);
      if (k >= 0) i = k + ch.length;
    }
    for (let extra = 1; extra < ch.length; extra++) map.push((map.at(-1) ?? 0) + 1);
  }
  map.push(text.length);
  return { text: stripped, at: (j) => map[Math.max(0, Math.min(j, map.length - 1))] ?? text.length };
}
