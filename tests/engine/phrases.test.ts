// The phrase matcher (src/understand/phrases.ts) finds at each position the
// phrases that a scan of every phrase added would, in the same order, though
// it looks phrases up by their first words; and a matcher read back from its
// packed phrases (what the lexicon stores with the base) finds the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseMatcher, type PhraseMatch } from '../../src/understand/phrases.js';

const WORDS = ['chef', 'de', 'la', 'police', 'pol', 'polic', 'bureau', 'x'];

/** Every phrase tried at every position, in the order added; prefix phrases ("polic*") match any ending of their last word. */
function scan(phrases: readonly string[], tokens: readonly string[]): PhraseMatch<number>[] {
  const found: PhraseMatch<number>[] = [];
  for (let start = 0; start < tokens.length; start++) {
    // The matcher tries single-word prefix phrases after all the others at a position.
    const order = [...phrases.keys()].sort((a, b) => Number(isStem(phrases[a] as string)) - Number(isStem(phrases[b] as string)) || a - b);
    for (const i of order) {
      const phrase = phrases[i] as string;
      const prefix = phrase.endsWith('*');
      const words = phrase.replace(/\*$/, '').split(' ');
      const wild = prefix && (words.at(-1)?.length ?? 0) >= 3;
      const fits = start + words.length <= tokens.length && words.every((w, k) => (wild && k === words.length - 1 ? (tokens[start + k] as string).startsWith(w) : tokens[start + k] === w));
      if (fits) found.push({ value: i, start, end: start + words.length, weight: 1 });
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
const isStem = (phrase: string) => phrase.endsWith('*') && !phrase.includes(' ') && phrase.length - 1 >= 3;

const phrase = fc.tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }), fc.boolean()).map(([words, prefix]) => `${words.join(' ')}${prefix ? '*' : ''}`);

describe('the phrase matcher', () => {
  it('finds what a scan of every phrase finds, in the same order', () => {
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 30 }), fc.array(fc.constantFrom(...WORDS, 'policiers'), { maxLength: 12 }), (phrases, tokens) => {
        const matcher = new PhraseMatcher<number>();
        phrases.forEach((p, i) => matcher.add(p, i));
        expect(matcher.all(tokens)).toEqual(scan(phrases, tokens));
      }),
      { numRuns: 500 },
    );
    // A crowded first word (more than 16 phrases open with it) is looked up by its second word too.
    const crowded = fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 3 }), { minLength: 17, maxLength: 60 });
    fc.assert(
      fc.property(crowded, fc.array(phrase, { maxLength: 10 }), fc.array(fc.constantFrom(...WORDS, 'policiers'), { maxLength: 12 }), fc.boolean(), (tails, others, tokens, stem) => {
        const phrases = [...tails.map((t, i) => `${['chef', ...t].join(' ')}${stem && i % 3 === 0 ? '*' : ''}`), ...others];
        const matcher = new PhraseMatcher<number>();
        phrases.forEach((p, i) => matcher.add(p, i));
        expect(matcher.all(tokens)).toEqual(scan(phrases, tokens));
        expect(matcher.all(['chef', ...tokens])).toEqual(scan(phrases, ['chef', ...tokens]));
      }),
      { numRuns: 300 },
    );
    // Openings crowded over several words ("chef de la …", thousands at a thousand articles) are split word after word.
    const deep = fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 3 }), { minLength: 17, maxLength: 80 });
    fc.assert(
      fc.property(deep, fc.array(phrase, { maxLength: 10 }), fc.array(fc.constantFrom(...WORDS, 'policiers'), { maxLength: 12 }), fc.boolean(), (tails, others, tokens, stem) => {
        const phrases = [...tails.map((t, i) => `${['chef', 'de', ...(i % 2 ? ['la'] : []), ...t].join(' ')}${stem && i % 3 === 0 ? '*' : ''}`), ...others];
        const matcher = new PhraseMatcher<number>();
        phrases.forEach((p, i) => matcher.add(p, i));
        expect(matcher.all(tokens)).toEqual(scan(phrases, tokens));
        expect(matcher.all(['chef', 'de', 'la', ...tokens])).toEqual(scan(phrases, ['chef', 'de', 'la', ...tokens]));
        expect(matcher.all(['chef', 'de', ...tokens])).toEqual(scan(phrases, ['chef', 'de', ...tokens]));
      }),
      { numRuns: 300 },
    );
    // Two phrases of the same span, one looked up by its first word ("chef polic*"), one by its first two: in the order added.
    const crowd = Array.from({ length: 20 }, (_, i) => `chef bureau ${i}`);
    // A phrase added after a crowded word was looked up is found too.
    const growing = new PhraseMatcher<number>();
    crowd.forEach((p, i) => growing.add(p, i));
    expect(growing.all(['chef', 'de', 'la', 'police'])).toEqual([]);
    growing.add('chef de la police', 99);
    expect(growing.all(['chef', 'de', 'la', 'police']).map((m) => m.value)).toEqual([99]);
    for (const phrases of [['chef polic*', 'chef police'], ['chef police', 'chef polic*'], [...crowd, 'chef polic*', 'chef police'], [...crowd, 'chef police', 'chef polic*']]) {
      const matcher = new PhraseMatcher<number>();
      phrases.forEach((p, i) => matcher.add(p, i));
      expect(matcher.all(['chef', 'police']).map((m) => m.value)).toEqual([phrases.length - 2, phrases.length - 1]);
    }
  });
});

describe('a matcher read back from its packed phrases', () => {
  it('finds the same matches in the same order, knows the same words and stems, and takes more phrases as the original would', () => {
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 40 }), fc.array(fc.constantFrom(...WORDS, 'policiers'), { maxLength: 12 }), fc.array(phrase, { maxLength: 3 }), fc.boolean(), (phrases, tokens, later, weighted) => {
        const built = new PhraseMatcher<number>();
        // (Crowded openings too: one word opens more than sixteen phrases.)
        // (Weights too, when some phrase has one.)
        [...phrases, ...Array.from({ length: 18 }, (_, i) => `chef ${WORDS[i % WORDS.length] as string}`)].forEach((p, i) => built.add(p, i, weighted && i % 3 === 0 ? 2 : 1));
        // Through the structured clone the store uses, as a start reads it back.
        const back = PhraseMatcher.unpacked(structuredClone(built.pack()));
        expect(back.all(tokens)).toEqual(built.all(tokens));
        expect(back.all(['chef', ...tokens])).toEqual(built.all(['chef', ...tokens]));
        expect([...back.words]).toEqual([...built.words]);
        expect([...back.stems]).toEqual([...built.stems]);
        later.forEach((p, i) => {
          built.add(p, 100 + i);
          back.add(p, 100 + i);
        });
        expect(back.all(tokens)).toEqual(built.all(tokens));
        expect(PhraseMatcher.unpacked(back.pack()).all(tokens)).toEqual(built.all(tokens));
      }),
      { numRuns: 300 },
    );
    // Phrases that shared a value share it again (one reference per entity for all its names).
    const shared = { entity: 'x' };
    const matcher = new PhraseMatcher<{ entity: string }>().add('chef de la police', shared).add('bureau', shared).add('police', { entity: 'y' });
    const [a, b, c] = PhraseMatcher.unpacked(structuredClone(matcher.pack())).all(['chef', 'de', 'la', 'police', 'bureau']);
    expect(a?.value).toBe(c?.value);
    expect(a?.value).toEqual(shared);
    expect(b?.value).toEqual({ entity: 'y' });
  });
});

