// What is worked out from a base alone and kept beside its snapshot
// (src/knowledge/derived.ts): worked out once, then read back as it was
// (typed arrays, shared objects); worked out again when the file is damaged,
// rejected, or the cache is off.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { derivedFromBase } from '../../src/knowledge/derived.js';

describe('data derived from a base', () => {
  const previous = process.env['KNOWLEDGE_CACHE_DIR'];
  const made: string[] = [];
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coverage-bot-derived-'));
    made.push(dir);
    process.env['KNOWLEDGE_CACHE_DIR'] = dir;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env['KNOWLEDGE_CACHE_DIR'];
    else process.env['KNOWLEDGE_CACHE_DIR'] = previous;
    for (const d of made) rmSync(d, { recursive: true, force: true });
  });

  const version = '0123abcd-5678';
  const make = () => {
    const shared = { id: 'x' };
    return { numbers: Int32Array.from([3, 1, 2]), values: [shared, shared] };
  };

  it('is worked out once, then read back as it was', () => {
    let built = 0;
    const build = () => (built++, make());
    const first = derivedFromBase('test', version, build);
    const second = derivedFromBase('test', version, build);
    expect(built).toBe(1);
    expect(second.numbers).toBeInstanceOf(Int32Array);
    expect([...second.numbers]).toEqual([...first.numbers]);
    expect(second.values[0]).toBe(second.values[1]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Another base's version is not this one's.
    derivedFromBase('test', '0123abcd-9999', build);
    expect(built).toBe(2);
  });

  it('is worked out again when its file is damaged or rejected, and every time with the cache off', () => {
    let built = 0;
    const build = () => (built++, make());
    derivedFromBase('test', version, build);
    for (const f of readdirSync(dir)) writeFileSync(join(dir, f), 'not v8 data');
    expect([...derivedFromBase('test', version, build).numbers]).toEqual([3, 1, 2]);
    expect(built).toBe(2);
    derivedFromBase('test', version, build, () => false);
    expect(built).toBe(3);
    process.env['KNOWLEDGE_CACHE_DIR'] = 'off';
    derivedFromBase('test', version, build);
    derivedFromBase('test', version, build);
    expect(built).toBe(5);
  });
});
