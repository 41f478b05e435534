// What a start keeps on disk for the next (src/language/token-store.ts, src/knowledge/snapshot.ts,
// src/retrieve/bm25-store.ts, src/knowledge/derived.ts): the checked base, the reading of its texts, its
// BM25 index and the lexicon's part that is the base's. A restart with the same knowledge reads them and writes nothing; a
// changed file is read again and replaces them; a damaged store is ignored; and the
// answers are the same either way.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { TextTable } from '../../src/language/stored-texts.js';
import { dropPrefetched, folderTag, loadReading, prefetchStored, readingKey, readStored, saveReading } from '../../src/language/token-store.js';
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
    // Over 16 million characters: more than one chunk.
    const long = 'e'.repeat(900);
    const phrases = Array.from({ length: 20_000 }, (_, i) => `${i} ${long}`);
    phrases.push('', 'a reading with a \u0000 in it', 'after it');
    const passages = ['Deux phrases.\u0001La seconde.', ''];
    const extra = new Map([
      ['a variant', 'a variant'],
      ['a \u0000 variant', 'a variant'],
      ['l’ONU', 'l onu'],
    ]);
    for (let i = 0; i < 20_000; i++) extra.set(`variant ${i} ${long}`, `variant ${i}`);
    const key = readingKey(['x'], ['y']);
    saveReading(key, { phrases, passages, extra });
    const back = loadReading(key, phrases.length, passages.length);
    expect(back?.phrases.toArray()).toEqual(phrases);
    expect(back?.passages.toArray()).toEqual(passages);
    // The same entries (one holding a NUL is stored apart, so the order may differ).
    expect(back?.extra).toEqual(extra);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // A reading of a base with other counts is not this base's.
    expect(loadReading(key, phrases.length + 1, passages.length)).toBeUndefined();
  });

  it('is ignored when damaged or cut short, and absent when never saved', () => {
    const key = readingKey(['a'], ['b']);
    expect(loadReading(key, 1, 1)).toBeUndefined();
    saveReading(key, { phrases: ['a'], passages: ['b'], extra: new Map() });
    expect(loadReading(key, 1, 1)?.phrases.toArray()).toEqual(['a']);
    const file = join(dir, readdirSync(dir)[0] as string);
    writeFileSync(file, readFileSync(file).subarray(0, -1));
    expect(loadReading(key, 1, 1)).toBeUndefined();
    writeFileSync(file, 'not a reading\n');
    expect(loadReading(key, 1, 1)).toBeUndefined();
  });
});

describe('the stored files read ahead of a start', () => {
  const previous = process.env['KNOWLEDGE_CACHE_DIR'];
  afterAll(() => {
    if (previous === undefined) delete process.env['KNOWLEDGE_CACHE_DIR'];
    else process.env['KNOWLEDGE_CACHE_DIR'] = previous;
  });

  it("are the folder's own, given once each as a read would give them, then read again; the rest are forgotten", async () => {
    const dir = temp('coverage-bot-ahead-');
    process.env['KNOWLEDGE_CACHE_DIR'] = dir;
    const tag = folderTag('/some/knowledge');
    const mine = [`knowledge-${tag}-0123abcd.base`, `lexicon-${tag}-4567.derived`].map((f) => join(dir, f));
    const other = join(dir, `knowledge-${folderTag('/other/knowledge')}-0123abcd.base`);
    const writing = `${mine[0]}.123.tmp`;
    const bytes = (i: number) => Buffer.from(Array.from({ length: 3000 + i }, (_, k) => (k * (i + 7)) % 256));
    [...mine, other, writing].forEach((file, i) => writeFileSync(file, bytes(i)));

    await prefetchStored('/some/knowledge');
    const [base, lexicon] = mine as [string, string];
    // Taken from what was read ahead: rewriting the file now does not show.
    writeFileSync(base, 'changed');
    expect(readStored(base).equals(bytes(0))).toBe(true);
    // Asked for again, it is read again.
    expect(readStored(base).toString()).toBe('changed');
    dropPrefetched();
    writeFileSync(lexicon, 'changed too');
    expect(readStored(lexicon).toString()).toBe('changed too');
    expect(readStored(other).equals(bytes(2))).toBe(true);
    expect(() => readStored(join(dir, 'absent'))).toThrow();
  });

  it('read nothing without a cache folder, and never reject', async () => {
    process.env['KNOWLEDGE_CACHE_DIR'] = 'off';
    await expect(prefetchStored('/some/knowledge')).resolves.toBeUndefined();
    process.env['KNOWLEDGE_CACHE_DIR'] = join(temp('coverage-bot-ahead-'), 'never-made');
    await expect(prefetchStored('/some/knowledge')).resolves.toBeUndefined();
  });
});

describe('the table that finds a text', () => {
  const list = ['b', 'a', 'b', 'c', 'a', 'l’ONU', ''];

  it('keeps each text once, in the order first met, and finds each by its text', () => {
    const table = TextTable.of(list);
    expect(table.texts).toEqual([...new Set(list)]);
    for (const [i, text] of table.texts.entries()) expect(table.indexOf(text)).toBe(i);
    expect(table.indexOf('d')).toBe(-1);
  });

  it('is stored with the reading and taken back for the same list, never for another', () => {
    const dir = temp('coverage-bot-table-');
    const previous = process.env['KNOWLEDGE_CACHE_DIR'];
    process.env['KNOWLEDGE_CACHE_DIR'] = dir;
    try {
      const phrases = TextTable.of(list);
      const passages = TextTable.of(['Une phrase.']);
      const key = readingKey(['t'], ['u']);
      saveReading(key, { phrases: phrases.texts, passages: passages.texts, extra: new Map(), tables: { phrases: phrases.data, passages: passages.data } });
      const back = loadReading(key);
      const data = back?.tables?.phrases;
      expect(data).toBeDefined();
      const restored = data && TextTable.restore(list, data);
      expect(restored?.texts).toEqual(phrases.texts);
      for (const text of list) expect(restored?.indexOf(text)).toBe(phrases.indexOf(text));
      // Another list (another length), or slots that would never end a lookup: not this table.
      expect(data && TextTable.restore([...list, 'd'], data)).toBeUndefined();
      expect(data && TextTable.restore(list, { ...data, slots: new Int32Array(data.slots.length).fill(1) })).toBeUndefined();
    } finally {
      if (previous === undefined) delete process.env['KNOWLEDGE_CACHE_DIR'];
      else process.env['KNOWLEDGE_CACHE_DIR'] = previous;
    }
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
    expect([...written.keys()].map((f) => f.replace(/-[0-9a-f]{8}-[0-9a-f]+\./, '-….')).sort()).toEqual(['knowledge-….base', 'knowledge-….reading', 'lexicon-….derived', 'retrieval-….bm25']);

    const second = ask({ KNOWLEDGE_CACHE_DIR: cache });
    expect(second.stdout).toBe(first.stdout);
    expect(files()).toEqual(written);

    const without = ask({ KNOWLEDGE_CACHE_DIR: 'off' });
    expect(without.stdout).toBe(first.stdout);

    // A changed file is read again: a new base and a new reading replace the folder's old ones (and what is derived from it).
    appendFileSync(join(knowledge, 'suggestions.yaml'), '\n# a comment changes the file, not the base\n');
    const third = ask({ KNOWLEDGE_CACHE_DIR: cache });
    expect(third.stdout).toBe(first.stdout);
    const replaced = files();
    expect(replaced.size).toBe(written.size);
    expect([...replaced.keys()].filter((f) => written.has(f))).toEqual([]);

    // Another knowledge folder's files are its own: they replace none of these.
    const other = temp('coverage-bot-restart-other-');
    writeSynthetic(2, other, { qualityCopies: 1 });
    expect(runScript('src/bin/ask.ts', ['--json', '--knowledge', other, question], undefined, { KNOWLEDGE_CACHE_DIR: cache }).status).toBe(0);
    expect([...replaced.keys()].every((f) => files().has(f))).toBe(true);
    expect(files().size).toBe(2 * written.size);
  }, 90_000);
});
