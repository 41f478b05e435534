// What a start keeps on disk for the next (src/language/token-store.ts, src/knowledge/snapshot.ts):
// the reading of the base's texts and the checked base. A restart with the
// same knowledge reads them and writes nothing; a changed file is read again;
// a damaged store is ignored; and the answers are the same either way.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadReading, readingKey, saveReading } from '../../src/language/token-store.js';
import { runScript } from '../support/cli.js';
import { writeSynthetic } from '../bench/synthetic.js';

const made: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the token store file', () => {
  const previous = process.env['KNOWLEDGE_CACHE_DIR'];
  let dir: string;
  beforeEach(() => {
    dir = temp('coverage-bot-store-');
    process.env['KNOWLEDGE_CACHE_DIR'] = dir;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env['KNOWLEDGE_CACHE_DIR'];
    else process.env['KNOWLEDGE_CACHE_DIR'] = previous;
  });

  it('gives back what was saved, however large: in chunks no string limit reaches, odd characters included', () => {
    const tokens = new Map<string, string>();
    // Over 16 million characters: more than one chunk.
    const long = 'é'.repeat(900);
    for (let i = 0; i < 20_000; i++) tokens.set(`${i} ${long}`, `${i}\u0001${long}`);
    tokens.set('a text with a \u0000 in it', 'a\u0001text');
    tokens.set('', '');
    const sentences = new Map([['Deux phrases. La seconde.', 'Deux phrases.\u0001La seconde.']]);
    const key = readingKey(['x'], ['y']);
    saveReading(key, { tokens, sentences });
    const back = loadReading(key);
    expect(back?.tokens.size).toBe(tokens.size);
    // The same entries (a text holding a NUL is stored apart, so the order may differ).
    expect(back?.tokens).toEqual(tokens);
    expect(back?.tokens.get('a text with a \u0000 in it')).toBe('a\u0001text');
    expect(back?.sentences).toEqual(sentences);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('is ignored when damaged or cut short, and absent when never saved', () => {
    const key = readingKey(['a'], ['b']);
    expect(loadReading(key)).toBeUndefined();
    saveReading(key, { tokens: new Map([['a', 'a']]), sentences: new Map([['b', 'b']]) });
    const file = join(dir, readdirSync(dir)[0] as string);
    writeFileSync(file, readFileSync(file).subarray(0, -3));
    expect(loadReading(key)).toBeUndefined();
    writeFileSync(file, 'not a reading\n');
    expect(loadReading(key)).toBeUndefined();
  });
});

describe('a restart with the same knowledge', () => {
  it('reads the stored base and reading, rewrites neither, and answers as a start without them', () => {
    const knowledge = temp('coverage-bot-restart-kb-');
    const manifest = writeSynthetic(4, knowledge, { qualityCopies: 1 });
    const cache = temp('coverage-bot-restart-cache-');
    const question = manifest.quality[0]?.question ?? '';
    expect(question).not.toBe('');
    const ask = (env: NodeJS.ProcessEnv) => runScript('src/bin/ask.ts', ['--json', '--knowledge', knowledge, question], undefined, env);
    const files = () => new Map(readdirSync(cache).map((f) => [f, statSync(join(cache, f)).mtimeMs]));

    const first = ask({ KNOWLEDGE_CACHE_DIR: cache });
    expect(first.status, first.stderr).toBe(0);
    const written = files();
    expect([...written.keys()].sort().map((f) => f.replace(/-[0-9a-f]+\./, '-….'))).toEqual(['knowledge-….base', 'knowledge-….reading']);

    const second = ask({ KNOWLEDGE_CACHE_DIR: cache });
    expect(second.stdout).toBe(first.stdout);
    expect(files()).toEqual(written);

    const without = ask({ KNOWLEDGE_CACHE_DIR: 'off' });
    expect(without.stdout).toBe(first.stdout);

    // A changed file is read again: a new base, a new reading, the old ones left as they were.
    appendFileSync(join(knowledge, 'suggestions.yaml'), '\n# a comment changes the file, not the base\n');
    const third = ask({ KNOWLEDGE_CACHE_DIR: cache });
    expect(third.stdout).toBe(first.stdout);
    expect(files().size).toBe(4);
  }, 60_000);
});
