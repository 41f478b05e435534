// Discord markup around what people type: the words stay, the markup goes.
// "**Quick check:** did `Zouev` meet ||Hammouchi||? <:pepe:123> 🙏" reads as
// "Quick check: did Zouev meet Hammouchi?".

const RULES: [RegExp, string][] = [
  // Mentions of users, roles and channels, and custom emoji: not words of the question.
  [/<a?:\w+:\d+>/g, ' '],
  [/<(@[!&]?|#)\d+>/g, ' '],
  [/<t:\d+(:\w)?>/g, ' '],
  [/https?:\/\/\S+/g, ' '],
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
  [/\p{Extended_Pictographic}/gu, ' '],
  // Skin tones, variation selectors, joiners and keycaps that pictographs leave behind.
  [/[\u{1F3FB}-\u{1F3FF}]|\u{FE0F}|\u{200D}|\u{20E3}/gu, ''],
];

export function stripMarkup(text: string): string {
  let out = text;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}
