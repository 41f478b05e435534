// `npm run kb:import` as the operator runs it: the worksheet on stdout, a
// clear message and exit code when it refuses, knowledge/ itself never touched.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.js';
import { runScript } from '../support/cli.js';
import { copyKnowledge, FIXTURES } from '../support/knowledge.js';

const SCRIPT = 'src/bin/kb-import.ts';
const MADE_UP = join(FIXTURES, 'raw', 'made-up-harbour.txt');
const dir = copyKnowledge();
const projectArticles = readdirSync(join(DEFAULT_KNOWLEDGE_DIR, 'articles'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run kb:import', () => {
  it('writes the article into KNOWLEDGE_DIR and prints the worksheet; a second run changes nothing', () => {
    const first = runScript(SCRIPT, [MADE_UP], undefined, { KNOWLEDGE_DIR: dir });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^kb:import: .*made-up-harbour\.txt → .*karsvik-2026-03-03\.yaml \(written\)/);
    expect(first.stdout).toContain('  person       Ingrid Solberg\n  person       Tomas Veldhuis\n');
    expect(first.stdout).toContain('  first in ¶2: The harbour master of Karsvik, Ingrid Solberg, received Tomas Veldhuis');
    expect(first.stdout).toContain('quote: "The meeting aims to prepare a joint warning system for the ports of the Skerra coast before the equinox tides."');
    expect(first.stdout).toMatch(/kb:check\n {2}The knowledge base is invalid \(3 problems\)/);
    expect(existsSync(join(dir, 'articles', 'karsvik-2026-03-03.yaml'))).toBe(true);

    const again = runScript(SCRIPT, [MADE_UP], undefined, { KNOWLEDGE_DIR: dir });
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('(unchanged: this import was already there)');
  });

  it('refuses to overwrite a different article, with the fix, and exit code 1', () => {
    const run = runScript(SCRIPT, [MADE_UP, '--id', 'karsvik-2026-03-03', '--date', '2026-03-04', '--knowledge', dir]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('karsvik-2026-03-03.yaml already exists and differs from this import; nothing was written.');
    expect(run.stderr).toContain('fix: pass --force');
  });

  it('explains its usage when called without an article or with an unknown flag (exit code 2)', () => {
    for (const args of [[], ['--frobnicate', MADE_UP]]) {
      const run = runScript(SCRIPT, args, undefined, { KNOWLEDGE_DIR: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('usage: npm run kb:import -- path/to/article.txt [--id ID] [--date YYYY-MM-DD] [--force]');
    }
  });

  it('never wrote into the project knowledge/', () => {
    expect(readdirSync(join(DEFAULT_KNOWLEDGE_DIR, 'articles'))).toEqual(projectArticles);
  });
});
