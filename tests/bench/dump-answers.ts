// Every answer to every committed case, one JSON line each, for diffing two
// versions of the engine: a change meant to be about speed or memory only
// must leave the dump byte-identical.
//   node dist/tests/bench/dump-answers.js [--passes N] [--articles N] > answers.jsonl
// Each question set is asked with its conversations carried along (as the
// tests ask it) and each fact-check message checked, N passes over all of them
// on one engine (default 2), so answers that a cache warmed by an earlier
// question would change show up as a difference between passes.
// With --articles N the engine is built on a synthetic base of N articles
// (tests/bench/synthetic.ts) and each case is asked of copy 1 in its names as
// well as of the real base (copy 0), so index lookups over many copies are
// compared too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { checkSets } from '../support/checks.js';
import { runCases } from '../support/questions.js';
import { loadSets } from './common.js';
import { renamer, writeSynthetic, type Copy } from './synthetic.js';

const { values } = parseArgs({ options: { passes: { type: 'string', default: '2' }, articles: { type: 'string' } } });
const passes = Number(values.passes);
const articles = values.articles === undefined ? undefined : Number(values.articles);

const root = articles === undefined ? undefined : mkdtempSync(join(tmpdir(), 'coverage-bot-dump-'));
try {
  const manifest = root && articles ? writeSynthetic(articles, join(root, 'knowledge')) : undefined;
  const kb = loadKnowledge(root ? join(root, 'knowledge') : undefined);
  const engine = createEngine(kb);
  const rename = manifest ? renamer(manifest) : undefined;
  // Copy 0 is the real base; copy 1 a renamed one, when there is one.
  const copies: (Copy | undefined)[] = [undefined, ...(manifest && manifest.copies.length > 1 ? [manifest.copies[1]] : [])];
  const line = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
  for (let pass = 0; pass < passes; pass++) {
    for (const [c, copy] of copies.entries()) {
      const say = (text: string) => (copy && rename ? rename.text(text, copy) : text);
      for (const set of loadSets()) {
        const cases = set.cases.map((x) => ({ ...x, q: say(x.q) }));
        for (const r of runCases(cases, (q, context) => engine.answer(q, context))) line({ pass, copy: c, set: set.name, id: r.case.id, answer: r.answer });
      }
      for (const set of checkSets()) for (const x of set.cases) line({ pass, copy: c, checks: set.name, id: x.id, report: engine.check(say(x.message)) });
    }
  }
} finally {
  if (root) rmSync(root, { recursive: true, force: true });
}
