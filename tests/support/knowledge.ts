// Knowledge folders for tests: the project's own, or a copy with changes.
import { cpSync, mkdtempSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.js';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** A fresh copy of knowledge/ in a temporary folder, to break or extend. */
export function copyKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), 'coverage-bot-kb-'));
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

/** knowledge/ plus the made-up third article of tests/fixtures/third-article. */
export function knowledgeWithThirdArticle(): string {
  const dir = copyKnowledge();
  const fixture = join(FIXTURES, 'third-article');
  for (const sub of ['articles', 'entities', 'facts']) cpSync(join(fixture, sub), join(dir, sub), { recursive: true });
  appendFileSync(join(dir, 'concepts.yaml'), `\n${readFileSync(join(fixture, 'concepts.yaml'), 'utf8')}`);
  return dir;
}

/** Rewrites one file of a knowledge copy. */
export function editFile(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}
