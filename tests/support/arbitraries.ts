// fast-check generators for the text users (and pranksters) send a bot.
import fc from 'fast-check';

const pieces = [
  '👍', '🇲🇦', '👩‍👩‍👧', '\u200b', '\u200d', '\u202e', '\u2066', '\ufeff', '\u0000', '\u0007', '\u001b[31m',
  'مرحبا بكم في الرباط', 'שלום', 'e\u0301\u0301\u0301', 'Z̷̢̛a̶l̸g̵o̴',
  '**', '__', '~~', '||spoiler||', '`', '```js\nconsole.log(1)\n```', '> quote', '# title', '[lien](https://example.com)',
  '@everyone', '@here', '<@&123456789012345678>', '<@123456789012345678>', '<@!123456789012345678>', '<#123456789012345678>',
  'https://discord.gg/abc', 'http://127.0.0.1:1/x', ':smile:', '<:custom:123>',
  'Hammouchi', 'Zouev', 'Marrakech', 'qui', 'où', 'why', 'when', 'Rabat ?',
];

/** One question-like string: fragments, unicode and markup mixed, up to maxLength characters. */
export function hostileText(maxLength = 10_000): fc.Arbitrary<string> {
  const fragment = fc.oneof(
    fc.constantFrom(...pieces),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
  );
  const mixed = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(' '));
  const repeated = fc.tuple(fc.constantFrom('hammouchi', 'où', 'lol', '@everyone', 'a'), fc.integer({ min: 100, max: 3000 })).map(([w, n]) => `${w} `.repeat(n));
  const long = fc.string({ unit: 'grapheme', minLength: 1000, maxLength: 4000 });
  return fc.oneof({ weight: 6, arbitrary: mixed }, { weight: 1, arbitrary: repeated }, { weight: 1, arbitrary: long }).map((s) => s.slice(0, maxLength));
}

/** What a renderer must not let through when it echoes text: quote marks that close its own, lone fences, line breaks. */
const delimiters = ['»', '«', '“', '”', '"', "'", '```', '`', '\n', '\r\n', '\t', '> ', '- ', '1. ', '||', '\\', '*', '_', '~'];

/**
 * hostileText() with the delimiters of the bot's own replies mixed in: for the
 * handlers, which wrap echoed text in “…” or « … » and in code blocks.
 */
export function hostileMessage(maxLength = 10_000): fc.Arbitrary<string> {
  const withDelimiters = fc
    .array(fc.oneof(fc.constantFrom(...delimiters, ...pieces), fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 40 })
    .map((parts) => parts.join(''));
  return fc.oneof({ weight: 3, arbitrary: hostileText(maxLength) }, { weight: 2, arbitrary: withDelimiters.map((s) => s.slice(0, maxLength)) });
}
