// `npm run kb:gaps`: what users asked that the knowledge base could not answer.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseGapLog, summariseGaps } from '../gaps/summary.js';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../knowledge/load.js';
import { tokenize } from '../language/normalize.js';

const { values } = parseArgs({ options: { file: { type: 'string' }, top: { type: 'string', default: '10' }, json: { type: 'boolean', default: false } } });
const file = values.file ?? process.env.GAPS_LOG ?? 'gaps.jsonl';
if (!existsSync(file)) {
  console.error(`No gaps log at ${file}. Set GAPS_LOG=path/to/gaps.jsonl in .env to record declined questions, or pass --file.`);
  process.exit(1);
}
const top = Number(values.top);
if (!Number.isInteger(top) || top < 1) {
  console.error('--top takes a whole number, for example --top 20');
  process.exit(2);
}

const kb = loadKnowledge(process.env.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR);
const stopwords = new Set(Object.values(kb.languages).flatMap((l) => [...l.stopwords, ...l.fillers].flatMap((w) => tokenize(String(w)).map((t) => t.norm))));
const { entries, invalid } = parseGapLog(readFileSync(file, 'utf8'));
const summary = { ...summariseGaps(entries, stopwords, top), invalidLines: invalid };

if (values.json) {
  console.log(JSON.stringify(summary));
} else {
  console.log(`${summary.total} declined question${summary.total === 1 ? '' : 's'} in ${file}` + (invalid ? ` (${invalid} unreadable line${invalid === 1 ? '' : 's'} skipped)` : ''));
  console.log(`  by language: ${Object.entries(summary.byLanguage).map(([l, n]) => `${l} ${n}`).join(', ') || '—'}`);
  console.log('\nAsked most:');
  for (const { question, count } of summary.mostFrequent) console.log(`  ${String(count).padStart(4)} × ${question}`);
  console.log('\nGrouped by shared words (what to curate next):');
  for (const g of summary.groups) console.log(`  "${g.word}" — ${g.count} question${g.count === 1 ? '' : 's'}: ${g.examples.map((e) => JSON.stringify(e)).join(', ')}`);
  if (summary.groups.length === 0) console.log('  (no word is shared by two questions yet)');
}
