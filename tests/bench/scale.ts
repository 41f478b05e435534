// `npm run bench -- --articles N [--json]`: the bot on a synthetic base of N
// articles (tests/bench/synthetic.ts) written to a temporary folder.
//   cold start   fresh processes from spawn to the first answer, reading the
//                token cache (after one start that writes it) and without it
//   latency      the question sets, each question asked of a random copy in its
//                names, in a process of its own (tests/bench/scale-run.ts)
//   quality      questions about one copy answered from that copy, misspelt too
//   memory       that process's RSS once it has answered them
// Everything it writes (the base, the token cache) stays in the temporary folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BOT_ENV } from '../../src/runtime/heap.js';
import { median, ms, pct, round, table } from './common.js';
import { writeSynthetic } from './synthetic.js';

/** The targets of issue 12, at 1,000 articles. */
export const SCALE_GOALS = { cold_start_ms: 1_500, p99_ms: 2, rss_mb: 400, quality: 0.95 } as const;

const CACHED_RUNS = 5;
const UNCACHED_RUNS = 2;
const QUESTIONS = 20_000;

interface Line {
  text: string;
  at: number;
}

/** Runs a compiled sibling script to its end; every stdout line with the time it arrived. */
function run(script: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ lines: Line[]; t0: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // (These processes stand in for the bot's: started with its environment, as npm start starts it.)
    const child = spawn(process.execPath, [fileURLToPath(new URL(`./${script}.js`, import.meta.url)), ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...BOT_ENV, ...env } });
    const lines: Line[] = [];
    let pending = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script}: still running after ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      const at = performance.now();
      pending += chunk.toString('utf8');
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        lines.push({ text: pending.slice(0, nl), at });
        pending = pending.slice(nl + 1);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve({ lines, t0, stderr });
      else reject(new Error(`${script} exited with ${code}:\n${stderr.slice(-2000)}`));
    });
  });
}

interface ColdRun {
  /** Spawn → the first answer printed, as this process saw it. */
  spawn_to_first_answer_ms: number;
  /** The child's own clock: process start → first answer. */
  first_answer_at_ms: number;
  load_knowledge_ms: number;
  build_engine_ms: number;
}

async function coldStart(env: NodeJS.ProcessEnv): Promise<ColdRun> {
  const { lines, t0 } = await run('cold-start', [], env, 120_000);
  const ready = JSON.parse(lines[0]?.text ?? '{}') as { phases: Record<string, number> };
  const first = JSON.parse(lines[1]?.text ?? '{}') as { answered_at_ms: number };
  return {
    spawn_to_first_answer_ms: (lines[1]?.at ?? Number.NaN) - t0,
    first_answer_at_ms: first.answered_at_ms,
    load_knowledge_ms: ready.phases['load_knowledge_ms'] ?? Number.NaN,
    build_engine_ms: ready.phases['build_engine_ms'] ?? Number.NaN,
  };
}

/** The token cache's files: name → size and modification time. */
function cacheFiles(dir: string): Map<string, { bytes: number; mtime: number }> {
  const out = new Map<string, { bytes: number; mtime: number }>();
  try {
    for (const f of readdirSync(dir)) {
      const s = statSync(join(dir, f));
      out.set(f, { bytes: s.size, mtime: s.mtimeMs });
    }
  } catch {
    /* none yet */
  }
  return out;
}

interface RunFigures {
  articles: number;
  entities: number;
  facts: number;
  latency: { p50_ms: number; p95_ms: number; p99_ms: number; max_ms: number; mean_ms: number; samples: number };
  qps: number;
  others_cores: number | null;
  distinct_questions: number;
  slowest: { q: string; median_ms: number; times: number }[];
  coverage: { q: string; ms: number; answered: boolean; citations: number; chars: number }[];
  quality: { cases: number; right: number; misspelt_right: number; speller_resolved: number; same_answer: number; fraction: number; wrong: { q: string; misspelt: boolean }[] };
  memory: { rss_after_load_mb: number; heap_after_load_mb: number; rss_after_answers_mb: number; heap_after_answers_mb: number };
}

export async function runScale(articles: number, json: boolean): Promise<void> {
  const say = (text: string) => {
    if (!json) process.stderr.write(`  … ${text}\n`);
  };
  const root = mkdtempSync(join(tmpdir(), 'coverage-bot-scale-'));
  try {
    const knowledge = join(root, 'knowledge');
    const cache = join(root, 'cache');
    say(`writing a synthetic base of ${articles} articles to ${knowledge}`);
    const generated = performance.now();
    const manifest = writeSynthetic(articles, knowledge);
    const manifestFile = join(root, 'manifest.json');
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const generate_ms = performance.now() - generated;

    say(`cold start without the token cache: ${UNCACHED_RUNS} fresh processes`);
    const uncached: ColdRun[] = [];
    for (let i = 0; i < UNCACHED_RUNS; i++) uncached.push(await coldStart({ KNOWLEDGE_DIR: knowledge, KNOWLEDGE_CACHE_DIR: 'off' }));

    say('cold start with the token cache: one start that writes it, then fresh processes that read it');
    const writer = await coldStart({ KNOWLEDGE_DIR: knowledge, KNOWLEDGE_CACHE_DIR: cache });
    const written = cacheFiles(cache);
    const cached: ColdRun[] = [];
    for (let i = 0; i < CACHED_RUNS; i++) cached.push(await coldStart({ KNOWLEDGE_DIR: knowledge, KNOWLEDGE_CACHE_DIR: cache }));
    const after = cacheFiles(cache);
    // Valid: what the first start wrote is all the later starts needed (nothing rewritten, nothing added).
    const cacheValid = written.size > 0 && after.size === written.size && [...after].every(([f, s]) => written.get(f)?.mtime === s.mtime);
    const cacheMb = [...after.values()].reduce((n, s) => n + s.bytes, 0) / 1024 / 1024;

    say(`latency, quality and memory: ${QUESTIONS.toLocaleString('en')} questions in a process of its own`);
    const { lines } = await run('scale-run', [manifestFile, String(QUESTIONS)], { KNOWLEDGE_DIR: knowledge, KNOWLEDGE_CACHE_DIR: cache }, 600_000);
    const figures = JSON.parse(lines.at(-1)?.text ?? '{}') as RunFigures;

    const cold = median(cached.map((r) => r.spawn_to_first_answer_ms));
    const coldNoCache = median(uncached.map((r) => r.spawn_to_first_answer_ms));
    const scale = {
      articles,
      cold_start_ms: round(cold, 1),
      cold_start_nocache_ms: round(coldNoCache, 1),
      p50_ms: round(figures.latency.p50_ms, 4),
      p99_ms: round(figures.latency.p99_ms, 4),
      qps: Math.round(figures.qps),
      rss_mb: round(figures.memory.rss_after_answers_mb, 1),
      quality: round(figures.quality.fraction, 4),
    };
    const goals = [
      { goal: 'cold start, token cache', target: `< ${SCALE_GOALS.cold_start_ms} ms`, value: ms(cold, 0), met: cold < SCALE_GOALS.cold_start_ms },
      { goal: 'p99 latency', target: `< ${SCALE_GOALS.p99_ms} ms`, value: ms(figures.latency.p99_ms), met: figures.latency.p99_ms < SCALE_GOALS.p99_ms },
      { goal: 'RSS after answering', target: `< ${SCALE_GOALS.rss_mb} MB`, value: `${scale.rss_mb} MB`, met: scale.rss_mb < SCALE_GOALS.rss_mb },
      { goal: 'token cache valid (not rewritten)', target: 'yes', value: cacheValid ? 'yes' : 'no', met: cacheValid },
      { goal: 'misspelt names resolved', target: '>= 95%', value: pct(figures.quality.speller_resolved), met: figures.quality.speller_resolved >= SCALE_GOALS.quality },
    ];

    if (json) {
      process.stdout.write(
        `${JSON.stringify({
          scale,
          detail: {
            generate_ms: round(generate_ms, 0),
            entities: figures.entities,
            facts: figures.facts,
            cold_start: {
              cached_runs: cached.map((r) => round(r.spawn_to_first_answer_ms, 1)),
              uncached_runs: uncached.map((r) => round(r.spawn_to_first_answer_ms, 1)),
              writing_the_cache_ms: round(writer.spawn_to_first_answer_ms, 1),
              load_knowledge_ms: round(median(cached.map((r) => r.load_knowledge_ms)), 1),
              build_engine_ms: round(median(cached.map((r) => r.build_engine_ms)), 1),
              load_knowledge_nocache_ms: round(median(uncached.map((r) => r.load_knowledge_ms)), 1),
            },
            token_cache: { valid: cacheValid, mb: round(cacheMb, 1) },
            latency: figures.latency,
            other_processes_cores: figures.others_cores,
            distinct_questions: figures.distinct_questions,
            slowest: figures.slowest,
            coverage: figures.coverage,
            quality: figures.quality,
            memory: figures.memory,
          },
          goals,
        })}\n`,
      );
      return;
    }

    const out: string[] = [];
    out.push('', `coverage-bot at scale: ${articles} articles (${figures.entities} entities, ${figures.facts} facts), generated in ${(generate_ms / 1000).toFixed(1)} s`, '');
    out.push(
      table(
        ['', 'median', 'runs'],
        [
          ['spawn -> first answer, token cache', ms(cold, 0), cached.map((r) => r.spawn_to_first_answer_ms.toFixed(0)).join(' ')],
          ['  of which loadKnowledge()', ms(median(cached.map((r) => r.load_knowledge_ms)), 0), ''],
          ['  of which createEngine()', ms(median(cached.map((r) => r.build_engine_ms)), 0), ''],
          ['spawn -> first answer, no token cache', ms(coldNoCache, 0), uncached.map((r) => r.spawn_to_first_answer_ms.toFixed(0)).join(' ')],
          ['  of which loadKnowledge()', ms(median(uncached.map((r) => r.load_knowledge_ms)), 0), ''],
          ['the start that writes the token cache', ms(writer.spawn_to_first_answer_ms, 0), `${cacheMb.toFixed(1)} MB, ${cacheValid ? 'then read, never rewritten' : 'REWRITTEN by later starts'}`],
        ],
      ),
      '',
    );
    const l = figures.latency;
    out.push(
      table(['engine', 'questions', 'p50', 'p95', 'p99', 'max', 'q/s'], [['one process', l.samples.toLocaleString('en'), ms(l.p50_ms), ms(l.p95_ms), ms(l.p99_ms), ms(l.max_ms), Math.round(figures.qps).toLocaleString('en')]]),
      ...(figures.others_cores !== null && figures.others_cores > 0.2
        ? [`  WARNING: other processes kept ${figures.others_cores.toFixed(2)} cores busy meanwhile: the tail latencies are inflated; run again on a quiet machine.`]
        : []),
      `  ${figures.distinct_questions} questions of the sets, each asked of a random copy in its names. The slowest:`,
      table(['question', 'median', 'asked'], figures.slowest.map((s) => [s.q.slice(0, 70), ms(s.median_ms), String(s.times)])),
      '',
      table(['about the whole coverage', 'time', 'citations', 'characters'], figures.coverage.map((c) => [c.q, ms(c.ms), String(c.citations), String(c.chars)])),
      '',
    );
    const q = figures.quality;
    out.push(
      `quality: ${q.cases} questions about ${new Set(manifest.quality.map((c) => c.copy)).size} copies (the base's suggestions, renamed), each as typed and with its longest name misspelt`,
      table(
        ['', 'right'],
        [
          ['answered from that copy, as typed', pct(q.right)],
          ['answered from that copy, misspelt', pct(q.misspelt_right)],
          ['misspelling mended into the right name (speller)', pct(q.speller_resolved)],
          ["the same answer as the real base's, renamed", pct(q.same_answer)],
          ['quality (both kinds)', pct(q.fraction)],
        ],
      ),
      ...q.wrong.map((w) => `    wrong${w.misspelt ? ' (misspelt)' : ''}: ${w.q}`),
      '',
      `memory: RSS ${figures.memory.rss_after_load_mb.toFixed(1)} MB after load, ${figures.memory.rss_after_answers_mb.toFixed(1)} MB after answering (heap ${figures.memory.heap_after_answers_mb.toFixed(1)} MB)`,
      '',
      table(['goal at 1,000 articles', 'target', 'measured', ''], goals.map((g) => [g.goal, g.target, g.value, g.met ? 'met' : 'MISSED'])),
      '',
    );
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
