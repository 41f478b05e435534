// `npm run score -- FILE…`: score blind batches (question or fact-check files,
// wherever they are, pending/ included) once, with the suite's own judges, and
// list what went wrong. This is how a batch's first run is taken: on a frozen
// checkout, before any tuning, the figures written as they come.
//   --fails   only the ids that fail, one per line (to diff two engines)
//   --table   one Markdown row per set, as tests/questions/README.md lists where each set stands
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { loadCheckCases, scoreCheck } from '../support/checks.js';
import { falseConfirmation, loadCases, runCases, targetOf } from '../support/questions.js';
import { pct } from './common.js';

const GLYPH = { supported: '✅', contradicted: '❌', not_stated: '❔' } as const;

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { fails: { type: 'boolean', default: false }, table: { type: 'boolean', default: false } } });
  if (positionals.length === 0) {
    process.stderr.write('usage: npm run score -- [--fails] tests/questions/batch-….yaml tests/checks/batch-….yaml …\n');
    process.exit(2);
  }
  const engine = createEngine(loadKnowledge());
  const out: string[] = [];
  // (Below its target, a set is held at its floor: tests/floors.yaml.)
  const row = (file: string, right: number, total: number, target: number, unit: string) => {
    const shown = file.includes('/checks/') ? `../checks/${basename(file)}` : basename(file);
    const below = right / total < target ? ', below the target, held at its floor' : '';
    return `| \`${shown}\` | ${right}/${total}${unit} (${(Math.round((1000 * right) / total) / 10).toFixed(1)} %)${below} |`;
  };
  for (const file of positionals) {
    const name = basename(file, '.yaml');
    // A fact-check batch is a list of messages; a question batch, of questions.
    if (/^\s*message:/m.test(readFileSync(file, 'utf8'))) {
      const scores = loadCheckCases(file).map((c) => ({ c, s: scoreCheck(c, engine.check(c.message)) }));
      const claims = scores.flatMap(({ s }) => s.claims);
      const right = claims.filter((x) => x.correct).length;
      const fcs = claims.filter((x) => x.falseConfirmation).length;
      const asideFcs = scores.flatMap(({ s }) => s.checkedAside).filter((x) => x.got === 'supported').length;
      const aside = scores.reduce((n, { s }) => n + s.checkedAside.length, 0);
      if (values.table) {
        out.push(row(file, right, claims.length, targetOf('checks'), ' claims'));
        continue;
      }
      if (!values.fails) out.push(`${name}: ${pct(right / Math.max(claims.length, 1))} of claims (${right}/${claims.length}), ${fcs} ✅ on claims not supported, ${aside} set-aside text checked (${asideFcs} ✅)`);
      for (const { c, s } of scores) {
        for (const x of s.claims.filter((y) => !y.correct)) {
          out.push(values.fails ? `${name} ${c.id} ${x.span}` : `  ${c.id}${x.falseConfirmation ? ' FALSE ✅' : ''} ${JSON.stringify(x.span)}: want ${GLYPH[x.expected]} got ${x.got ? GLYPH[x.got] : '(no claim)'}\n      in: ${c.message}`);
        }
        for (const x of s.checkedAside) out.push(values.fails ? `${name} ${c.id} aside ${x.text}` : `  ${c.id} set aside ${JSON.stringify(x.text)} checked: ${GLYPH[x.got]}`);
      }
    } else {
      const cases = loadCases(file);
      const results = runCases(cases, (q, ctx) => engine.answer(q, ctx));
      const right = results.filter((r) => r.failures.length === 0).length;
      const fcs = results.filter((r) => falseConfirmation(r.case, r.answer));
      if (values.table) {
        out.push(row(file, right, results.length, targetOf('questions'), ''));
        continue;
      }
      if (!values.fails) out.push(`${name}: ${pct(right / Math.max(results.length, 1))} (${right}/${results.length}), ${fcs.length} false confirmation(s)`);
      for (const r of results.filter((x) => x.failures.length > 0)) {
        out.push(
          values.fails
            ? `${name} ${r.case.id}`
            : `  ${r.case.id}${fcs.includes(r) ? ' FALSE CONFIRMATION' : ''} [${r.case.lang} ${r.case.kind} ${r.case.intent}] ${JSON.stringify(r.case.q)}\n      why:    ${r.failures.join('; ')}\n      answer: ${r.answer.answered ? '' : '(declined) '}${r.answer.text.replace(/\s+/g, ' ')}`,
        );
      }
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
