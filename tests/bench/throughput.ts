// Spawned by `npm run bench` pinned to one CPU (taskset -c 0): sequential
// throughput when V8's garbage collector and compiler threads cannot borrow the
// machine's other cores. Prints one JSON line: { questions, qps, cores }.
//   node dist/tests/bench/throughput.js [questions]
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { loadSets, seededRandom, shuffle } from './common.js';

const count = Number(process.argv[2] ?? 10_000);
const engine = createEngine(loadKnowledge());
const pool = loadSets().flatMap((set) => set.cases.map((c) => c.q));
const random = seededRandom(0x5eed);
for (let pass = 0; pass < 3; pass++) for (const q of shuffle(pool, random)) engine.answer(q);
const questions = shuffle(Array.from({ length: Math.ceil(count / pool.length) }, () => pool).flat(), random).slice(0, count);
const cpu = process.cpuUsage();
const started = performance.now();
for (const q of questions) engine.answer(q);
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
process.stdout.write(`${JSON.stringify({ questions: questions.length, qps: questions.length / seconds, cores: (used.user + used.system) / 1e6 / seconds })}\n`);
