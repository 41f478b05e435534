// The knowledge-gaps log and its summary.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GapLog } from '../../src/gaps/log.js';
import { parseGapLog, summariseGaps } from '../../src/gaps/summary.js';
import { runScript } from '../support/cli.js';

const declined = { answered: false, language: 'en', intent: 'unknown' } as const;

describe('the gaps log', () => {
  it('appends declined questions only, without user ids unless asked', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'gaps-')), 'sub', 'gaps.jsonl');
    const log = new GapLog({ path });
    log.record('what was the weather?', declined, 'user-1', new Date('2026-01-01T00:00:00Z'));
    log.record('who received Zouev?', { ...declined, answered: true }, 'user-1');
    log.record('   ', declined);
    await log.flush();
    const lines = readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([{ time: '2026-01-01T00:00:00.000Z', language: 'en', intent: 'unknown', question: 'what was the weather?' }]);

    const withIds = new GapLog({ path, withUserIds: true });
    withIds.record('how old is he', declined, 'user-2');
    await withIds.flush();
    expect(readFileSync(path, 'utf8')).toContain('"user":"user-2"');
  });

  it('does nothing when disabled, and reports a write failure once without throwing', async () => {
    expect(new GapLog().enabled).toBe(false);
    const errors: Error[] = [];
    // A path under a regular file cannot be created: every write fails.
    const file = join(mkdtempSync(join(tmpdir(), 'gaps-')), 'a-file');
    writeFileSync(file, '');
    const log = new GapLog({ path: join(file, 'gaps.jsonl') }, (e) => errors.push(e));
    log.record('a', declined);
    log.record('b', declined);
    await log.flush();
    expect(errors).toHaveLength(1);
  });

  it('summarises the most frequent questions and groups them by shared words', () => {
    const text = [
      { question: 'What was the weather in Rabat?' },
      { question: 'what was the weather in rabat' },
      { question: 'weather in Marrakech?' },
      { question: 'how old is Hammouchi' },
      { question: 'Hammouchi age?' },
    ]
      .map((q) => JSON.stringify({ time: 't', language: 'en', intent: 'unknown', ...q }))
      .concat(['not json'])
      .join('\n');
    const { entries, invalid } = parseGapLog(text);
    expect(invalid).toBe(1);
    const summary = summariseGaps(entries, new Set(['what', 'was', 'the', 'in', 'how', 'is']));
    expect(summary.total).toBe(5);
    expect(summary.mostFrequent[0]).toEqual({ question: 'What was the weather in Rabat?', count: 2 });
    expect(summary.groups[0]).toMatchObject({ word: 'weather', count: 3 });
    expect(summary.groups[1]).toMatchObject({ word: 'hammouchi', count: 2 });
  });

  it('npm run kb:gaps prints the summary', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'gaps-')), 'gaps.jsonl');
    writeFileSync(path, ['weather in rabat', 'weather in marrakech'].map((question) => JSON.stringify({ time: 't', language: 'en', intent: 'unknown', question })).join('\n'));
    const run = runScript('src/bin/kb-gaps.ts', ['--file', path]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2 declined questions');
    expect(run.stdout).toMatch(/"weather" — 2 questions/);
  });
});
