// The speller (src/understand/speller.ts) on made-up vocabularies: the
// closest known word with the same first letter, a first-letter typo mended
// into a name only when one name fits, and the same corrections whether the
// vocabulary holds a hundred words or tens of thousands.
import { describe, expect, it } from 'vitest';
import { oneSlip, Speller } from '../../src/understand/speller.js';
import { seededRandom } from '../bench/common.js';
import { withinOneEdit } from '../bench/synthetic.js';

const NAMES = ['velorani', 'brastoki', 'quendrila', 'tavoshen', 'morbecca'];
const WORDS = ['cooperation', 'partenariat', 'securite', 'terrorisme', 'rencontre', 'adresse', 'apres'];

function speller(extra: readonly string[] = []): Speller {
  return new Speller(new Set([...NAMES, ...WORDS, ...extra]), { isName: (w: string) => NAMES.includes(w) });
}

/** Made-up words, each at least two edits from every other (no two share a one-deletion form). */
function madeUpWords(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const syllables = ['ba', 'ko', 'ri', 'tu', 'me', 'sha', 'lo', 'vi', 'dra', 'ne', 'pu', 'zo', 'gre', 'fa', 'ki', 'stro', 'mel', 'dan', 'tor', 'wi', 'ju', 'pha', 'rek', 'sul', 'ga', 'ho', 'by', 'nix', 'quo', 'ste', 'lun', 'vor'];
  const seen = new Set<string>();
  const out: string[] = [];
  for (let attempt = 0; out.length < count && attempt < 50 * count; attempt++) {
    let w = '';
    const n = 3 + Math.floor(random() * 3);
    for (let i = 0; i < n; i++) w += syllables[Math.floor(random() * syllables.length)];
    const near = [w, ...[...w].map((_, i) => w.slice(0, i) + w.slice(i + 1))];
    if (near.some((d) => seen.has(d))) continue;
    for (const d of near) seen.add(d);
    out.push(w);
  }
  return out;
}

describe('the speller', () => {
  it('mends a mid-length word two edits away only into a name that is no everyday word', () => {
    const s = new Speller(new Set([...NAMES, 'general', 'gentili']), { isName: (w: string) => NAMES.includes(w) || w === 'general' || w === 'gentili', isEveryday: (w: string) => w === 'general' });
    // "geneva" is no misspelt "general" (a word of a name, but an everyday one); a name two edits away is meant.
    expect(s.correct('geneva')).toBeUndefined();
    expect(s.correct('gentiva')).toBe('gentili');
    // Eight letters or more, two edits still mend into any word.
    expect(speller().correct('partenerat')).toBe('partenariat');
  });

  it('mends a typo into the closest known word that starts the same', () => {
    const s = speller();
    expect(s.correct('velorni')).toBe('velorani');
    expect(s.correct('cooperaton')).toBe('cooperation');
    expect(s.correct('partenairat')).toBe('partenariat');
    expect(s.correct('securite')).toBe('securite');
  });

  it('leaves alone short words, words with digits, words too far from any, and everyday words', () => {
    expect(speller().correct('apr')).toBeUndefined();
    expect(speller().correct('velo2ani')).toBeUndefined();
    expect(speller().correct('zzzzzzzz')).toBeUndefined();
    // Short words get one change of length at most: "apres" is no "adresse".
    expect(speller().correct('adrs')).toBeUndefined();
    // A word of four letters is mended one edit only: "pret" is another word, not "press" two edits away.
    expect(speller(['press']).correct('pret')).toBeUndefined();
    expect(speller(['press']).correct('pres')).toBe('press');
    const everyday = new Speller(new Set(NAMES), { isName: (w: string) => NAMES.includes(w), isEveryday: (w) => w.endsWith('ait') });
    expect(everyday.correct('velorait')).toBeUndefined();
  });

  it('mends a typo in the first letter into a name, only when one name fits', () => {
    const s = speller();
    expect(s.correct('pelorani')).toBe('velorani');
    expect(s.correct('elorani')).toBe('velorani');
    expect(s.correct('xvelorani')).toBe('velorani');
    expect(s.correct('rbastoki')).toBe('brastoki');
    // Never into an everyday word; and two names one edit away are a guess no one should make.
    expect(s.correct('xecurite')).toBeUndefined();
    expect(speller(['felorani']).correct('pelorani')).toBeUndefined();
    expect(new Speller(new Set([...NAMES, 'felorani']), { isName: (w: string) => [...NAMES, 'felorani'].includes(w) }).correct('pelorani')).toBeUndefined();
    // A speller told of no names mends no first letter.
    expect(new Speller(new Set(NAMES)).correct('pelorani')).toBeUndefined();
  });

  it('finds the same names among tens of thousands of words as among a few', () => {
    const crowd = madeUpWords(30_000, 7);
    expect(crowd.length).toBe(30_000);
    const targets = crowd.slice(0, 300);
    const targetSet = new Set(targets);
    const crowdSet = new Set(crowd);
    const small = new Speller(new Set(targets), { isName: (w: string) => targetSet.has(w) });
    const large = new Speller(new Set(crowd), { isName: (w: string) => crowdSet.has(w) });
    const random = seededRandom(11);
    let resolved = 0;
    for (const name of targets) {
      const i = Math.floor(random() * name.length);
      const typo = random() < 0.5 ? name.slice(0, i) + name.slice(i + 1) : name.slice(0, i) + (name[i] as string) + name.slice(i);
      // A typo one edit from another word too is a guess, not a correction: it is not asked.
      if (crowd.some((w) => w !== name && withinOneEdit(w, typo))) continue;
      const expected = small.correct(typo);
      expect(large.correct(typo), typo).toBe(expected);
      if (expected === name) resolved++;
    }
    expect(resolved / targets.length).toBeGreaterThan(0.9);
  });

  it('mends one slip in a long word, past the everyday-word guard, into the first such word in the vocabulary', () => {
    const everyday = { isEveryday: () => true };
    // "abcdefh" is one letter more than "abcdef" and one less than "abcdefgh": the word met first wins, whatever its length.
    expect(new Speller(new Set(['abcdefgh', 'abcdef']), everyday).correct('abcdefh')).toBe('abcdefgh');
    expect(new Speller(new Set(['abcdef', 'abcdefgh']), everyday).correct('abcdefh')).toBe('abcdef');
    // Not a letter changed, and not in a short word.
    expect(new Speller(new Set(['abcdefgh']), everyday).correct('abcdefgx')).toBeUndefined();
    expect(new Speller(new Set(['abcde']), everyday).correct('abcdex')).toBeUndefined();
  });

  it('finds through its length buckets the slip a scan of every word of the first letter finds', () => {
    const crowd = madeUpWords(20_000, 5);
    // Words one slip from others, so that a typo has several candidates of different lengths.
    const vocabulary = [...crowd.slice(0, 500).flatMap((w) => [w.slice(0, -1), w + 'a']), ...crowd];
    const s = new Speller(new Set(vocabulary), { isEveryday: () => true });
    const known = new Set(vocabulary);
    const scan = (typo: string) => vocabulary.find((w) => w[0] === typo[0] && w.length >= 6 && oneSlip(typo, w));
    const swapKnown = (typo: string) => [...typo].some((_, i) => i < typo.length - 1 && known.has(typo.slice(0, i) + typo[i + 1] + typo[i] + typo.slice(i + 2)));
    const random = seededRandom(3);
    let compared = 0;
    for (const word of crowd.slice(0, 1_000)) {
      const i = 1 + Math.floor(random() * (word.length - 1));
      for (const typo of [word.slice(0, i) + word.slice(i + 1), word.slice(0, i) + 'e' + word.slice(i)]) {
        // Known words and adjacent swaps are answered before any slip is looked for.
        if (typo.length < 6 || known.has(typo) || swapKnown(typo)) continue;
        expect(s.correct(typo), typo).toBe(scan(typo));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1_000);
  });

  it('knows a word built on a stem with an ending, not a name that merely starts like the stem', () => {
    const s = new Speller(new Set([...NAMES, 'storvalaxi']), { isName: (w: string) => [...NAMES, 'storvalaxi'].includes(w), stems: ['stor', 'partenari'] });
    expect(s.knows('partenariats')).toBe(true);
    expect(s.knows('storia')).toBe(true);
    expect(s.correct('storvalaxy')).toBe('storvalaxi');
  });

  it('remembers a bounded number of corrections', () => {
    const s = new Speller(new Set(NAMES), { cacheSize: 10 });
    for (let i = 0; i < 100; i++) s.correct(`velorani${'x'.repeat(i % 3)}q${i}`);
    expect((s as unknown as { cache: Map<string, unknown> }).cache.size).toBeLessThanOrEqual(10);
    expect(s.correct('velorni')).toBe('velorani');
  });
});
