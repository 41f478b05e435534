// Spawned by `npm run bench -- --articles N` (tests/bench/scale.ts): the bot's
// engine in a process of its own, on the synthetic base in KNOWLEDGE_DIR, as a
// bot process would hold it. Prints one JSON line: latency and throughput over
// the question sets asked of random copies, the slowest questions, the
// answers to the questions about the whole coverage (sources, meetings), the
// quality check, and memory.
//   node dist/tests/bench/scale-run.js MANIFEST.json [questions]
import { readFileSync } from 'node:fs';
import { tuneHeap, whileLoading } from '../../src/runtime/heap.js';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { latency, loadSets, machineBusySeconds, median, seededRandom, shuffle } from './common.js';
import { renamer, type Copy, type Manifest } from './synthetic.js';

const [manifestFile, countArg] = process.argv.slice(2);
if (!manifestFile || !process.env['KNOWLEDGE_DIR']) {
  process.stderr.write('usage: KNOWLEDGE_DIR=… node scale-run.js MANIFEST.json [questions]\n');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
const count = Number(countArg ?? 20_000);
/** Slow bases are timed for this long at most (and at least MIN_TIMED questions): enough for a p99. */
const BUDGET_MS = 120_000;
const MIN_TIMED = 2_000;
const MB = 1024 * 1024;

// Set up as the bot's process is (src/bin/start.ts; scale.ts starts this one with the bot's environment).
tuneHeap();
const started = performance.now();
const { kb, engine } = whileLoading(() => {
  const base = loadKnowledge(process.env['KNOWLEDGE_DIR']);
  return { kb: base, engine: createEngine(base) };
});
const ready = performance.now() - started;
const afterLoad = process.memoryUsage();
// A bot returns to the event loop between its load and its first question (it logs in to Discord, then waits for
// one): what the load scheduled for then (runtime/heap.ts) runs here too.
await new Promise((resolve) => setImmediate(resolve));

const rename = renamer(manifest);
const random = seededRandom(manifest.seed);
const copyOf = (i: number) => manifest.copies[i] as Copy;

// The question sets (written about the real base), each asked of a random copy in that copy's names.
const real = loadSets().flatMap((s) => s.cases.map((c) => c.q));
const pool = real.map((q) => rename.text(q, copyOf(Math.floor(random() * manifest.copies.length))));
for (let pass = 0; pass < 2; pass++) for (const q of shuffle(pool, random)) engine.answer(q);
const questions = shuffle(Array.from({ length: Math.ceil(count / pool.length) }, () => pool).flat(), random).slice(0, count);
const machineBefore = machineBusySeconds();
const cpuBefore = process.cpuUsage();
const samples: number[] = [];
const perQuestion = new Map<string, number[]>();
const loopStart = performance.now();
for (let i = 0; i < questions.length && (i < MIN_TIMED || performance.now() - loopStart < BUDGET_MS); i++) {
  const q = questions[i] as string;
  const t = performance.now();
  engine.answer(q);
  const dt = performance.now() - t;
  samples.push(dt);
  const list = perQuestion.get(q);
  if (list) list.push(dt);
  else perQuestion.set(q, [dt]);
}
const elapsed = performance.now() - loopStart;
const cpu = process.cpuUsage(cpuBefore);
const machineAfter = machineBusySeconds();
/** Cores other processes kept busy while the engine was timed: above ~0.2 the tail latencies are contended. */
const othersCores = machineBefore !== undefined && machineAfter !== undefined ? Math.max(0, (machineAfter - machineBefore - (cpu.user + cpu.system) / 1e6) / (elapsed / 1000)) : null;
const timed = latency(samples);
const slowest = [...perQuestion]
  .map(([q, times]) => ({ q, median_ms: median(times), times: times.length }))
  .sort((a, b) => b.median_ms - a.median_ms)
  .slice(0, 8);

// The questions about the whole coverage (the base's suggestions that name nothing): time and size of their answers.
const timeOf = (q: string, runs = 20) => {
  engine.answer(q);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    engine.answer(q);
    times.push(performance.now() - t);
  }
  return median(times);
};
const coverage = kb.suggestions
  .filter((s) => s.about.length === 0)
  .flatMap((s) => [s.fr, s.en])
  .map((q) => {
    const a = engine.answer(q);
    return { q, ms: timeOf(q), answered: a.answered, citations: a.citations.length, chars: a.text.length };
  });

// The quality check: each question about a copy, as typed and misspelt, answered from that copy's articles only.
const fromCopy = (q: string, articles: readonly string[]) => {
  const a = engine.answer(q);
  return a.answered && a.citations.length > 0 && a.citations.every((c) => articles.includes(c.article));
};
let right = 0;
let rightMisspelt = 0;
let resolved = 0;
let same = 0;
const wrong: { q: string; misspelt: boolean }[] = [];
for (const c of manifest.quality) {
  const copy = copyOf(c.copy);
  if (fromCopy(c.question, c.articles)) right++;
  else wrong.push({ q: c.question, misspelt: false });
  if (fromCopy(c.misspelt, c.articles)) rightMisspelt++;
  else wrong.push({ q: c.misspelt, misspelt: true });
  if (engine.lexicon.speller.correct(c.typo.as) === c.typo.word) resolved++;
  // The same question about the real base, renamed into this copy's names: the same answer.
  if (engine.answer(c.question).text === rename.text(engine.answer(c.original).text, copy)) same++;
}
const n = manifest.quality.length;
const afterAnswers = process.memoryUsage();

process.stdout.write(
  `${JSON.stringify({
    articles: kb.articles.size,
    entities: kb.entities.size,
    facts: kb.facts.size,
    ready_ms: ready,
    latency: timed,
    qps: samples.length / (elapsed / 1000),
    others_cores: othersCores,
    distinct_questions: pool.length,
    slowest,
    coverage,
    quality: {
      cases: n,
      right: right / Math.max(n, 1),
      misspelt_right: rightMisspelt / Math.max(n, 1),
      speller_resolved: resolved / Math.max(n, 1),
      same_answer: same / Math.max(n, 1),
      fraction: (right + rightMisspelt) / Math.max(2 * n, 1),
      wrong: wrong.slice(0, 10),
    },
    memory: {
      rss_after_load_mb: afterLoad.rss / MB,
      heap_after_load_mb: afterLoad.heapUsed / MB,
      rss_after_answers_mb: afterAnswers.rss / MB,
      heap_after_answers_mb: afterAnswers.heapUsed / MB,
    },
  })}\n`,
);
