// Spawned by `npm run bench`: loads the knowledge (KNOWLEDGE_DIR, else knowledge/) and builds the engine in a fresh
// process, prints one JSON line as soon as the engine is ready (the parent times
// spawn → that line) with the phases as this process saw them (performance.now()
// counts from the process's start) and its memory; then answers one question and
// prints a second line (the parent times spawn → first answer: whatever the engine
// defers past "ready", such as the language model, shows there).
// With --answers it then answers every question of both sets once and prints a
// third line with the memory after that (and after a GC when --expose-gc is on).
import { dropPrefetched, prefetchStored } from '../../src/language/token-store.js';
import { tuneHeap, whileLoading } from '../../src/runtime/heap.js';

// Set up as the bot's process is (src/bin/start.ts), its stored files read while it imports.
tuneHeap();
const boot = performance.now();
const prefetched = prefetchStored(process.env['KNOWLEDGE_DIR'] || undefined);
const { loadKnowledge } = await import('../../src/knowledge/load.js');
const { createEngine } = await import('../../src/engine.js');
const imported = performance.now();
await prefetched;
// (The load and the build with V8 set up as the bot's process sets it: src/runtime/heap.ts.)
let loaded = 0;
const { kb, engine } = whileLoading(() => {
  const base = loadKnowledge(process.env['KNOWLEDGE_DIR'] || undefined);
  loaded = performance.now();
  return { kb: base, engine: createEngine(base) };
});
dropPrefetched();
const built = performance.now();
const memory = process.memoryUsage();
const line = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
line({
  ready_ms: built,
  uptime_ms: process.uptime() * 1000,
  phases: { boot_ms: boot, imports_ms: imported - boot, load_knowledge_ms: loaded - imported, build_engine_ms: built - loaded },
  memory: { rss: memory.rss, heapUsed: memory.heapUsed, heapTotal: memory.heapTotal, external: memory.external, arrayBuffers: memory.arrayBuffers },
});

const asked = performance.now();
// The base's first suggestion about someone: a question it can answer.
const first = engine.answer(kb.suggestions.find((s) => s.about.length > 0)?.fr ?? kb.suggestions[0]?.fr ?? '?');
const answeredAt = performance.now();
const afterFirst = process.memoryUsage();
line({ first_answer_ms: answeredAt - asked, answered_at_ms: answeredAt, answered: first.answered, rss: afterFirst.rss, heapUsed: afterFirst.heapUsed });

if (process.argv.includes('--answers')) {
  const { loadSets } = await import('./common.js');
  const questions = loadSets().flatMap((set) => set.cases.map((c) => c.q));
  for (const q of questions) engine.answer(q);
  const after = process.memoryUsage();
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const afterGc = gc ? process.memoryUsage() : undefined;
  line({
    questions: questions.length,
    after_answers: { rss: after.rss, heapUsed: after.heapUsed, heapTotal: after.heapTotal },
    ...(afterGc ? { after_gc: { rss: afterGc.rss, heapUsed: afterGc.heapUsed, heapTotal: afterGc.heapTotal } } : {}),
  });
}
