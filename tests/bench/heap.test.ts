// The bot's process settings (src/runtime/heap.ts) are the same wherever a bot process starts:
// package.json's start scripts set its environment before Node starts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWERING_V8_FLAGS, BOT_ENV, BOT_V8_FLAGS, tuneHeap, whileLoading } from '../../src/runtime/heap.js';
import { ROOT } from './common.js';

const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('the bot process settings', () => {
  it.each(['start', 'start:sharded', 'dev'])('npm run %s starts node with the bot environment', (name) => {
    const script = scripts[name] ?? '';
    for (const [key, value] of Object.entries(BOT_ENV)) expect(script).toMatch(new RegExp(`^exec env (\\S+=\\S+ )*${key}=${value} .*node `));
  });

  it('sets its V8 flags at run time', () => {
    expect(BOT_V8_FLAGS.every((f) => f.startsWith('--'))).toBe(true);
    expect(() => tuneHeap()).not.toThrow();
  });

  it('loads with its answering flags off, and answers with them on', () => {
    // Each is turned off as --no-…, so each must be a positive flag.
    expect(ANSWERING_V8_FLAGS.every((f) => f.startsWith('--') && !f.startsWith('--no-'))).toBe(true);
    expect(whileLoading(() => 42)).toBe(42);
    expect(() =>
      whileLoading(() => {
        throw new Error('invalid knowledge');
      }),
    ).toThrow('invalid knowledge');
  });
});
