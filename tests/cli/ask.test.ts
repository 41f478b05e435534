// The `ask` command line: the engine's contract for scripts and benchmarks.
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/cli.js';

describe('npm run ask', () => {
  it('prints a readable answer with numbered quotes', () => {
    const run = runScript('src/bin/ask.ts', ['Qui a reçu Faisal Shahkar à Marrakech ?']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Hammouchi');
    expect(run.stdout).toMatch(/\[1\] « .*Faisal Shahkar/);
  });

  it('--json prints one JSON object with the Answer fields and the question', () => {
    const run = runScript('src/bin/ask.ts', ['--json', 'where did hammouchi meet zouev']);
    expect(run.status).toBe(0);
    const answer = JSON.parse(run.stdout);
    expect(answer).toMatchObject({ question: 'where did hammouchi meet zouev', language: 'en', intent: 'where', answered: true });
    expect(answer.citations[0]).toHaveProperty('quote');
    expect(typeof answer.confidence).toBe('number');
    expect(Array.isArray(answer.suggestions)).toBe(true);
  });

  it('--jsonl answers line by line, keeps conversations apart, and survives bad lines', () => {
    const input = [
      'qui a reçu zouev ?',
      JSON.stringify({ question: 'who received Shahkar?', conversation: 'a' }),
      JSON.stringify({ question: 'qui a reçu Zouev ?', conversation: 'b' }),
      JSON.stringify({ question: 'and where?', conversation: 'a' }),
      '{not json',
      JSON.stringify({ conversation: 'a' }),
      JSON.stringify({ question: 'et où ?', conversation: 'b', locale: 'fr' }),
    ].join('\n');
    const run = runScript('src/bin/ask.ts', ['--jsonl'], `${input}\n`);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(7);
    expect(lines[3].text).toContain('Marrakech');
    expect(lines[6].text).toContain('Rabat');
    expect(lines[4]).toMatchObject({ line: 5 });
    expect(lines[4].error).toMatch(/JSON/);
    expect(lines[5].error).toMatch(/question/);
  });

  it('--check prints one JSON report: each claim with its span, verdict, explanation and citations', () => {
    const text = 'Hammouchi received Shahkar in Rabat, and they talked about the World Cup. Great news!';
    const run = runScript('src/bin/ask.ts', ['--check', text]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.text).toBe(text);
    // The articles put that meeting in Marrakech, and never name the World Cup.
    expect(report.claims.map((c: { verdict: string }) => c.verdict)).toEqual(['contradicted', 'not_stated']);
    for (const c of report.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(report.claims[0].explanation).toContain('Marrakech');
    expect(report.claims[0].cites.length).toBeGreaterThan(0);
    expect(report.citations[report.claims[0].cites[0] - 1]).toHaveProperty('quote');
    expect(report.setAside).toEqual([expect.objectContaining({ kind: 'remark', text: 'Great news!' })]);
    expect(report.summary).toMatch(/^2 claims checked/);
  });

  it('--check --jsonl reports line by line and survives bad lines', () => {
    const input = ['Zouev est russe.', JSON.stringify({ text: 'Hammouchi received Zouev in Rabat.' }), '{nope', JSON.stringify({ locale: 'fr' })].join('\n');
    const run = runScript('src/bin/ask.ts', ['--check', '--jsonl'], `${input}\n`);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ text: 'Zouev est russe.', language: 'fr', claims: [expect.objectContaining({ verdict: 'not_stated' })] });
    expect(lines[1].claims[0].verdict).toBe('supported');
    expect(lines[2]).toMatchObject({ line: 3, error: expect.stringMatching(/JSON/) });
    expect(lines[3]).toMatchObject({ line: 4, error: expect.stringMatching(/text/) });
  });

  it('says how to use it when the question is missing', () => {
    const run = runScript('src/bin/ask.ts', []);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage');
  });

  it('stops with the knowledge error when knowledge/ is broken', () => {
    const run = runScript('src/bin/ask.ts', ['--knowledge', '/nonexistent', 'hello']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('KNOWLEDGE_DIR');
  });
});

describe('npm run kb:check', () => {
  it('summarises a valid knowledge base', () => {
    const run = runScript('src/bin/kb-check.ts', []);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/articles\s+2/);
    expect(run.stdout).toMatch(/facts\s+\d+/);
    expect(run.stdout).toMatch(/entities\s+\d+/);
  });
});
