// `npm run bench`: how fast, how big and how right the bot is, against its goals.
//   --json          exactly one JSON object on stdout (nothing else)
//   --articles N    the bot on a synthetic base of N articles instead (tests/bench/scale.ts):
//                   cold start, latency, quality and memory at that size; --json gives `scale: {…}`
// Compiled (`node src/bin/build-if-stale.mjs && node dist/tests/bench/bench.js`).
// Bounded (each step has its own cap, the whole run a deadline) and local: the
// only network is the fake Discord on 127.0.0.1 and the bot process talking to it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BOT_ENV } from '../../src/runtime/heap.js';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createBaselines, type Baseline } from '../support/baselines.js';
import { startFakeDiscord, type FakeDiscord, type RecordedRequest } from '../support/fake-discord.js';
import { runScale } from './scale.js';
import { engineAsk, latency, loadSets, machineBusySeconds, median, ms, pct, ROOT, round, score, seededRandom, shuffle, table, type Latency, type Score } from './common.js';

const SEED = 0x5eed;
/** Engine latency is measured over at least this many questions. */
const ENGINE_QUESTIONS = 20_000;
/** The baselines: BM25 is cheap, Fuse costs a few ms a question, so it gets fewer (still ≥ 1,000). */
const BASELINE_QUESTIONS = { bm25: 20_000, fuse: 2_000 } as const;
const COLD_RUNS = 7;
const UNCACHED_RUNS = 3;
const PINNED_QUESTIONS = 10_000;
const OFFLINE_RUNS = 5;
const DISCORD_SEQUENTIAL = 300;
const DISCORD_CONCURRENCY = 100;
const DISCORD_ROUNDS = 5;
const DEADLINE_MS = 115_000;
/** With --articles: a base of 1,000 articles takes minutes to write, start without its token cache and time. */
const SCALE_DEADLINE_MS = 900_000;
/** The fake Discord's HTTP keep-alive for the round-trip test (see discordRoundTrip). */
const KEEP_ALIVE_MS = 60_000;

const GOALS = {
  p99_ms: 1,
  qps: 5_000,
  cold_start_ms: 500,
  rss_mb: 150,
  discord_concurrent_p99_ms: 50,
  accuracy: 0.95,
  margin_points: 30,
};

const { values: flags } = parseArgs({ options: { json: { type: 'boolean', default: false }, articles: { type: 'string' } } });
const json = flags.json;
const progress = (text: string) => {
  if (!json) process.stderr.write(`  … ${text}\n`);
};

// --- children: every process this bench starts, ended on exit --------------

const children = new Set<ChildProcess>();
/** Children started detached, leading their own process group (script → shell → node). */
const groupLeaders = new WeakSet<ChildProcess>();
function track(child: ChildProcess, group = false): ChildProcess {
  children.add(child);
  if (group) groupLeaders.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}
function killChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(groupLeaders.has(child) ? -child.pid : child.pid, signal);
  } catch {
    // already gone
  }
}
process.on('exit', () => {
  for (const child of children) killChild(child, 'SIGKILL');
});
const deadlineMs = flags.articles === undefined ? DEADLINE_MS : SCALE_DEADLINE_MS;
const deadline = setTimeout(() => {
  process.stderr.write(`bench: over its ${deadlineMs / 1000} s deadline; stopping\n`);
  process.exit(2);
}, deadlineMs);
deadline.unref();

function exited(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      killChild(child, 'SIGKILL');
      resolve();
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Resolves with the time (performance.now()) the text first matches, or rejects after timeoutMs or if the child exits first. */
function waitForOutput(child: ChildProcess, streams: ('stdout' | 'stderr')[], test: (all: string) => boolean, timeoutMs: number, what: string): Promise<{ at: number; text: string }> {
  return new Promise((resolve, reject) => {
    let all = '';
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`${what}: nothing after ${timeoutMs} ms; output so far:\n${all.slice(-2000)}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      const at = performance.now();
      all += chunk.toString('utf8');
      if (test(all)) {
        cleanup();
        resolve({ at, text: all });
      }
    };
    const onExit = (code: number | null, signal: string | null) => {
      cleanup();
      reject(new Error(`${what}: the process exited (${code ?? signal}) first; output:\n${all.slice(-2000)}`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      for (const s of streams) child[s]?.off('data', onData);
      child.off('exit', onExit);
    };
    for (const s of streams) child[s]?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** Sibling compiled file (bench runs from dist/tests/bench/). */
function sibling(name: string): string {
  return fileURLToPath(new URL(`./${name}.js`, import.meta.url));
}
const START_JS = join(ROOT, 'dist', 'src', 'bin', 'start.js');

// --- 1. accuracy -------------------------------------------------------------

interface Accuracy {
  engine: { questions: Score; holdout: Score };
  bm25: { questions: Score; holdout: Score };
  fuse: { questions: Score; holdout: Score };
}

// --- 2. latency ---------------------------------------------------------------


interface Timed {
  latency: Latency;
  qps: number;
  /** CPU cores the process kept busy on average (main thread plus V8's GC and compiler threads). */
  cores: number;
  answered: number;
  /** Cores kept busy by other processes meanwhile (and steal): above ~0.2 the figures are contended. */
  othersCores: number | undefined;
}

function timeEach(questions: readonly string[], ask: (q: string) => { answered: boolean }): Timed {
  const samples = new Float64Array(questions.length);
  let answered = 0;
  const machine = machineBusySeconds();
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < questions.length; i++) {
    const t = performance.now();
    if (ask(questions[i] as string).answered) answered++;
    samples[i] = performance.now() - t;
  }
  const elapsed = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const machineAfter = machineBusySeconds();
  const othersCores = machine !== undefined && machineAfter !== undefined ? Math.max(0, (machineAfter - machine - cpuSeconds) / (elapsed / 1000)) : undefined;
  return { latency: latency(Array.from(samples)), qps: questions.length / (elapsed / 1000), cores: cpuSeconds / (elapsed / 1000), answered, othersCores };
}

// --- 3. cold start -------------------------------------------------------------

interface ColdRun {
  spawn_to_ready_ms: number;
  spawn_to_first_answer_ms: number;
  ready_ms: number;
  first_answer_ms: number;
  phases: Record<string, number>;
  memory: { rss: number; heapUsed: number; heapTotal: number };
  first_answer_rss: number;
}

/** The first `count` lines a child prints, each with the time (performance.now()) it arrived. */
function lines(child: ChildProcess, count: number, timeoutMs: number, what: string): Promise<{ text: string; at: number }[]> {
  return new Promise((resolve, reject) => {
    const out: { text: string; at: number }[] = [];
    let pending = '';
    const timer = setTimeout(() => finish(new Error(`${what}: ${out.length} of ${count} lines after ${timeoutMs} ms`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      const at = performance.now();
      pending += chunk.toString('utf8');
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0 && out.length < count) {
        out.push({ text: pending.slice(0, nl), at });
        pending = pending.slice(nl + 1);
      }
      if (out.length >= count) finish();
    };
    const onExit = (code: number | null) => finish(new Error(`${what}: exited (${code}) after ${out.length} of ${count} lines`));
    const finish = (error?: Error) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(out);
    };
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

async function coldStart(options: { answers?: boolean; nodeFlags?: string[]; env?: NodeJS.ProcessEnv } = {}): Promise<{ run: ColdRun; last?: Record<string, unknown> }> {
  const t0 = performance.now();
  const args = [...(options.nodeFlags ?? []), sibling('cold-start'), ...(options.answers ? ['--answers'] : [])];
  const child = track(spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...BOT_ENV, ...options.env } }));
  const got = await lines(child, options.answers ? 3 : 2, 20_000, 'cold start');
  await exited(child, 10_000);
  const [ready, first, last] = got.map((l) => JSON.parse(l.text) as Record<string, unknown>) as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>?];
  const run: ColdRun = {
    spawn_to_ready_ms: (got[0]?.at ?? Number.NaN) - t0,
    spawn_to_first_answer_ms: (got[1]?.at ?? Number.NaN) - t0,
    ready_ms: ready['ready_ms'] as number,
    first_answer_ms: first['first_answer_ms'] as number,
    phases: ready['phases'] as Record<string, number>,
    memory: ready['memory'] as ColdRun['memory'],
    first_answer_rss: first['rss'] as number,
  };
  return { run, ...(last ? { last } : {}) };
}

// --- 4. offline prompt ---------------------------------------------------------

interface OfflineRun {
  spawn_to_prompt_ms: number;
  /** What the bot itself logged: ms from its process start to the prompt (TTY mode only). */
  own_ms?: number;
  engine_built_ms?: number;
  via: 'pty' | 'pipe';
}

const HAS_SCRIPT = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;
const HAS_TASKSET = process.platform === 'linux' && spawnSync('taskset', ['-c', '0', process.execPath, '-e', '0'], { stdio: 'ignore' }).status === 0;

async function offlineReady(): Promise<OfflineRun> {
  const env = { ...BOT_ENV, PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? tmpdir(), TERM: 'xterm', SHELL: '/bin/sh', LANG: 'C.UTF-8', LOG_LEVEL: 'debug', COLUMNS: '100' };
  const command = `'${process.execPath}' '${START_JS}' --offline`;
  const t0 = performance.now();
  // A pseudo-terminal (util-linux script) shows the interactive prompt; without one, the
  // first line piped in is echoed ("› …") as soon as the prompt reads input.
  const child = HAS_SCRIPT
    ? spawn('script', ['-qfec', command, '/dev/null'], { cwd: tmpdir(), env, stdio: ['pipe', 'pipe', 'pipe'], detached: true })
    : spawn(process.execPath, [START_JS, '--offline'], { cwd: tmpdir(), env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  track(child, true);
  if (!HAS_SCRIPT) child.stdin?.write('/quit\n');
  const seen = await waitForOutput(child, ['stdout', 'stderr'], (s) => s.includes('› '), 15_000, 'offline prompt');
  const spawn_to_prompt_ms = seen.at - t0;
  // The bot logs (debug) when the prompt is up: let that line arrive, then stop it.
  let text = seen.text;
  if (HAS_SCRIPT && !/prompt ready/.test(text)) text = (await waitForOutput(child, ['stdout'], (s) => /prompt ready/.test(seen.text + s), 2_000, 'offline debug line').catch(() => ({ text: '' }))).text + seen.text;
  killChild(child, 'SIGTERM');
  await exited(child, 5_000);
  const own = /offline prompt ready (\d+) ms/.exec(text)?.[1];
  const built = /engine built in (\d+) ms/.exec(text)?.[1];
  return { spawn_to_prompt_ms, ...(own ? { own_ms: Number(own) } : {}), ...(built ? { engine_built_ms: Number(built) } : {}), via: HAS_SCRIPT ? 'pty' : 'pipe' };
}

// --- 5. Discord round trip ------------------------------------------------------

interface DiscordFigures {
  login_ms: number;
  sequential: Latency;
  concurrent: Latency;
  concurrent_batch_ms: number[];
  failures: number;
  /** HTTP connections the bot opened to the fake after logging in. */
  connections: number;
  keep_alive_ms: number | null;
  bot_rss_mb?: number;
  bot_peak_rss_mb?: number;
}

function withTimeout<T>(p: Promise<T>, msTimeout: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} timed out after ${msTimeout} ms`)), msTimeout)))]).finally(() =>
    clearTimeout(timer),
  );
}

function procStatusMb(pid: number | undefined, field: string): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

async function discordRoundTrip(questions: readonly string[]): Promise<DiscordFigures> {
  const fake: FakeDiscord = await startFakeDiscord();
  // The fake answers with "Keep-Alive: timeout=1"; undici drops a connection whose hint is within its own
  // 1 s threshold, so against the fake as configured every REST call would open a new TCP connection.
  // Discord keeps connections alive far longer: give the fake a Discord-like keep-alive, and count connections.
  const server = (fake as unknown as { server?: Server }).server;
  let connections = 0;
  if (server) {
    server.keepAliveTimeout = KEEP_ALIVE_MS;
    server.on('connection', () => connections++);
  }
  // The bot as `npm start` runs it (dist/src/bin/start.js), configured by its environment to use the fake.
  // A temporary working directory keeps a developer's .env out of it.
  const env = {
    PATH: process.env['PATH'] ?? '',
    ...BOT_ENV,
    HOME: process.env['HOME'] ?? tmpdir(),
    DISCORD_TOKEN: fake.token,
    DISCORD_API_BASE: fake.apiBase,
    COOLDOWN_SECONDS: '0',
    LOG_LEVEL: 'info',
  };
  const t0 = performance.now();
  const bot = track(spawn(process.execPath, [START_JS], { cwd: tmpdir(), env, stdio: ['ignore', 'pipe', 'pipe'] }));
  try {
    const login = await waitForOutput(bot, ['stderr', 'stdout'], (s) => /logged in as/.test(s), 30_000, 'Discord bot login');
    const login_ms = login.at - t0;
    await fake.waitUntil(() => fake.connectedShards().length > 0, 5_000, 'a gateway session');
    const loginConnections = connections;
    const users = Array.from({ length: DISCORD_CONCURRENCY }, (_, i) => fake.addUser({ username: `bench-user-${i}` }).id);
    let failures = 0;
    let n = 0;
    const one = async (): Promise<number | undefined> => {
      const i = n++;
      const question = questions[i % questions.length] as string;
      const user = users[i % users.length] as string;
      const sent = performance.now();
      const handle = fake.slash('ask', { question }, { user, locale: i % 2 ? 'fr' : 'en-US' });
      try {
        const callback: RecordedRequest = await withTimeout(handle.callback, 10_000, 'interaction callback');
        return callback.at - sent;
      } catch {
        failures++;
        return undefined;
      }
    };
    for (let i = 0; i < 30; i++) await one(); // warm-up: JIT, keep-alive connections
    const sequential: number[] = [];
    for (let i = 0; i < DISCORD_SEQUENTIAL; i++) {
      const rt = await one();
      if (rt !== undefined) sequential.push(rt);
    }
    const concurrent: number[] = [];
    const batches: number[] = [];
    for (let round = 0; round < DISCORD_ROUNDS; round++) {
      const started = performance.now();
      const rts = await Promise.all(Array.from({ length: DISCORD_CONCURRENCY }, () => one()));
      batches.push(performance.now() - started);
      for (const rt of rts) if (rt !== undefined) concurrent.push(rt);
    }
    const rss = procStatusMb(bot.pid, 'VmRSS');
    const peak = procStatusMb(bot.pid, 'VmHWM');
    return {
      login_ms,
      sequential: latency(sequential),
      concurrent: latency(concurrent),
      concurrent_batch_ms: batches,
      failures,
      connections: connections - loginConnections,
      keep_alive_ms: server ? KEEP_ALIVE_MS : null,
      ...(rss !== undefined ? { bot_rss_mb: rss } : {}),
      ...(peak !== undefined ? { bot_peak_rss_mb: peak } : {}),
    };
  } finally {
    killChild(bot, 'SIGTERM');
    await exited(bot, 5_000);
    await fake.close();
  }
}

// --- run -------------------------------------------------------------------------

const MB = 1024 * 1024;

async function run(): Promise<void> {
  const began = performance.now();
  const load = loadavg()[0] ?? 0;
  progress('loading the knowledge and the question sets');
  const kb = loadKnowledge();
  const engine = createEngine(kb);
  const sets = loadSets();
  const [questionsSet, holdoutSet] = sets as [(typeof sets)[0], (typeof sets)[0]];

  progress('accuracy: both sets through the engine and the baselines (tuning the baselines on questions.yaml)');
  const baselines = createBaselines(engine, questionsSet.cases);
  const ask = engineAsk(engine);
  const baselineAsk = (b: Baseline) => (q: string) => b.answer(q);
  const accuracy: Accuracy = {
    engine: { questions: score(questionsSet.cases, ask, kb), holdout: score(holdoutSet.cases, ask, kb) },
    bm25: { questions: score(questionsSet.cases, baselineAsk(baselines.bm25), kb), holdout: score(holdoutSet.cases, baselineAsk(baselines.bm25), kb) },
    fuse: { questions: score(questionsSet.cases, baselineAsk(baselines.fuse), kb), holdout: score(holdoutSet.cases, baselineAsk(baselines.fuse), kb) },
  };

  const pool = sets.flatMap((s) => s.cases.map((c) => ({ q: c.q, lang: c.lang })));
  const random = seededRandom(SEED);
  const list = shuffle(Array.from({ length: Math.ceil(ENGINE_QUESTIONS / pool.length) }, () => pool).flat(), random);
  const questions = list.map((x) => x.q);
  const french = list.filter((x) => x.lang === 'fr').length;

  progress(`engine latency: warm-up, then ${questions.length.toLocaleString('en')} questions in one process`);
  for (let pass = 0; pass < 3; pass++) for (const q of shuffle(pool, random)) engine.answer(q.q);
  const engineRun = timeEach(questions, (q) => engine.answer(q));
  // The loop above asks each question ~50 times, so the speller's cache of corrections is warm.
  // A fresh engine (empty caches, JIT still warm) asked each distinct question once shows first-sight cost.
  progress(`engine first-sight latency: a fresh engine, each of the ${pool.length} distinct questions once`);
  const fresh = createEngine(kb);
  const firstSight = timeEach(shuffle(pool, random).map((x) => x.q), (q) => fresh.answer(q));

  const baselineRuns = {} as Record<'bm25' | 'fuse', Timed>;
  for (const name of ['bm25', 'fuse'] as const) {
    progress(`${name} latency: ${BASELINE_QUESTIONS[name].toLocaleString('en')} questions`);
    const b = baselines[name];
    for (const q of pool) b.answer(q.q);
    baselineRuns[name] = timeEach(questions.slice(0, BASELINE_QUESTIONS[name]), (q) => b.answer(q));
  }

  let pinned: { questions: number; qps: number; cores: number } | undefined;
  let pinnedError: string | undefined;
  if (HAS_TASKSET) {
    progress(`throughput pinned to one CPU: ${PINNED_QUESTIONS.toLocaleString('en')} questions in a fresh process under taskset -c 0`);
    try {
      const child = track(spawn('taskset', ['-c', '0', process.execPath, sibling('throughput'), String(PINNED_QUESTIONS)], { stdio: ['ignore', 'pipe', 'pipe'] }));
      const [line] = await lines(child, 1, 30_000, 'pinned throughput');
      await exited(child, 5_000);
      pinned = JSON.parse(line?.text ?? '') as { questions: number; qps: number; cores: number };
    } catch (error) {
      pinnedError = (error as Error).message.split('\n')[0];
    }
  }

  progress(`cold start: ${COLD_RUNS} fresh processes, then ${UNCACHED_RUNS} without the knowledge token cache`);
  const cold: ColdRun[] = [];
  for (let i = 0; i < COLD_RUNS; i++) cold.push((await coldStart()).run);
  // A fresh clone's first start, or the first after the knowledge changed: no stored wink-nlp reading.
  const uncached: ColdRun[] = [];
  for (let i = 0; i < UNCACHED_RUNS; i++) uncached.push((await coldStart({ env: { KNOWLEDGE_CACHE_DIR: 'off' } })).run);
  const memoryRun = await coldStart({ answers: true, nodeFlags: ['--expose-gc'] });

  progress(`offline prompt: ${OFFLINE_RUNS} starts of npm start -- --offline (${HAS_SCRIPT ? 'in a pseudo-terminal' : 'piped'})`);
  const offline: OfflineRun[] = [];
  let offlineError: string | undefined;
  for (let i = 0; i < OFFLINE_RUNS; i++) {
    try {
      offline.push(await offlineReady());
    } catch (error) {
      offlineError = (error as Error).message;
      break;
    }
  }

  progress(`Discord round trip: the bot (dist/src/bin/start.js) against the fake Discord on 127.0.0.1`);
  let discord: DiscordFigures | undefined;
  let discordError: string | undefined;
  try {
    discord = await discordRoundTrip(shuffle(pool, random).map((x) => x.q));
  } catch (error) {
    discordError = (error as Error).message;
  }

  // --- figures ---
  // Other processes on the machine while the engine was timed; and the load average at both ends.
  const loadEnd = loadavg()[0] ?? 0;
  const othersCores = engineRun.othersCores;
  const busy = othersCores !== undefined ? othersCores > 0.2 : Math.max(load, loadEnd) > cpus().length / 2 + 0.5;
  const medianOf = (pick: (r: ColdRun) => number) => median(cold.map(pick));
  const cold_start_ms = medianOf((r) => r.spawn_to_ready_ms);
  const offline_ready_ms = offline.length ? median(offline.map((r) => r.spawn_to_prompt_ms)) : Number.NaN;
  const rss_mb = medianOf((r) => r.memory.rss) / MB;
  const heap_mb = medianOf((r) => r.memory.heapUsed) / MB;
  const spawn_to_first_answer_ms = medianOf((r) => r.spawn_to_first_answer_ms);
  const first_answer_ms = medianOf((r) => r.first_answer_ms);
  const uncached_ms = uncached.length ? median(uncached.map((r) => r.spawn_to_ready_ms)) : Number.NaN;
  const uncachedPhase = (k: string) => (uncached.length ? median(uncached.map((r) => r.phases[k] ?? Number.NaN)) : Number.NaN);
  const first_answer_rss_mb = medianOf((r) => r.first_answer_rss) / MB;
  const second = memoryRun.last as { after_answers?: { rss: number; heapUsed: number }; after_gc?: { rss: number; heapUsed: number } } | undefined;
  const rssAfterAnswersMb = second?.after_answers ? second.after_answers.rss / MB : Number.NaN;
  const better = Math.max(accuracy.bm25.questions.accuracy, accuracy.fuse.questions.accuracy);
  const margin = (accuracy.engine.questions.accuracy - better) * 100;

  // The goals as set, then stricter readings of the same goals (reported, not the goals as written).
  const goals = [
    { goal: 'engine p99 latency', target: `< ${GOALS.p99_ms} ms`, value: ms(engineRun.latency.p99_ms), met: engineRun.latency.p99_ms < GOALS.p99_ms },
    { goal: 'throughput, one core', target: `>= ${GOALS.qps.toLocaleString('en')} q/s`, value: `${Math.round(engineRun.qps).toLocaleString('en')} q/s`, met: engineRun.qps >= GOALS.qps },
    { goal: 'cold start (spawn -> engine ready)', target: `< ${GOALS.cold_start_ms} ms`, value: ms(cold_start_ms, 0), met: cold_start_ms < GOALS.cold_start_ms },
    { goal: 'cold start (spawn -> offline prompt)', target: `< ${GOALS.cold_start_ms} ms`, value: ms(offline_ready_ms, 0), met: offline_ready_ms < GOALS.cold_start_ms },
    { goal: 'RSS after load', target: `< ${GOALS.rss_mb} MB`, value: `${rss_mb.toFixed(1)} MB`, met: rss_mb < GOALS.rss_mb },
    {
      goal: `Discord round trip p99, ${DISCORD_CONCURRENCY} concurrent`,
      target: `< ${GOALS.discord_concurrent_p99_ms} ms`,
      value: discord ? ms(discord.concurrent.p99_ms, 1) : 'not measured',
      met: discord ? discord.concurrent.p99_ms < GOALS.discord_concurrent_p99_ms && discord.failures === 0 : false,
    },
    { goal: 'accuracy (questions.yaml)', target: `>= ${pct(GOALS.accuracy, 0)}`, value: pct(accuracy.engine.questions.accuracy), met: accuracy.engine.questions.accuracy >= GOALS.accuracy },
    { goal: 'accuracy above the better baseline', target: `>= ${GOALS.margin_points} pts`, value: `${margin.toFixed(1)} pts`, met: margin >= GOALS.margin_points },
  ];
  const stricter = [
    {
      goal: 'throughput pinned to one CPU',
      target: `>= ${GOALS.qps.toLocaleString('en')} q/s`,
      value: pinned ? `${Math.round(pinned.qps).toLocaleString('en')} q/s` : 'n/a',
      met: pinned !== undefined && pinned.qps >= GOALS.qps,
    },
    {
      goal: 'engine p99, first sight (fresh caches)',
      target: `< ${GOALS.p99_ms} ms`,
      value: ms(firstSight.latency.p99_ms),
      met: firstSight.latency.p99_ms < GOALS.p99_ms,
    },
    { goal: 'spawn -> first answer', target: `< ${GOALS.cold_start_ms} ms`, value: ms(spawn_to_first_answer_ms, 0), met: spawn_to_first_answer_ms < GOALS.cold_start_ms },
    { goal: 'spawn -> engine ready, no token cache', target: `< ${GOALS.cold_start_ms} ms`, value: ms(uncached_ms, 0), met: uncached_ms < GOALS.cold_start_ms },
    { goal: `RSS after answering ${pool.length} questions`, target: `< ${GOALS.rss_mb} MB`, value: `${rssAfterAnswersMb.toFixed(1)} MB`, met: rssAfterAnswersMb < GOALS.rss_mb },
    {
      goal: 'RSS of the Discord bot after its test',
      target: `< ${GOALS.rss_mb} MB`,
      value: discord?.bot_rss_mb !== undefined ? `${discord.bot_rss_mb.toFixed(1)} MB` : 'n/a',
      met: discord?.bot_rss_mb !== undefined && discord.bot_rss_mb < GOALS.rss_mb,
    },
  ];

  const baselineJson = (name: 'bm25' | 'fuse') => {
    const r = baselineRuns[name];
    return {
      p50_ms: round(r.latency.p50_ms, 4),
      p95_ms: round(r.latency.p95_ms, 4),
      p99_ms: round(r.latency.p99_ms, 4),
      max_ms: round(r.latency.max_ms, 4),
      qps: Math.round(r.qps),
      samples: r.latency.samples,
      accuracy: round(accuracy[name].questions.accuracy, 4),
      holdout_accuracy: round(accuracy[name].holdout.accuracy, 4),
      threshold: round(baselines[name].threshold, 4),
      method: baselines[name].description,
      p50_vs_engine: round(r.latency.p50_ms / engineRun.latency.p50_ms, 3),
      p99_vs_engine: round(r.latency.p99_ms / engineRun.latency.p99_ms, 3),
      qps_vs_engine: round(r.qps / engineRun.qps, 3),
    };
  };

  const out = {
    engine: {
      p50_ms: round(engineRun.latency.p50_ms, 4),
      p95_ms: round(engineRun.latency.p95_ms, 4),
      p99_ms: round(engineRun.latency.p99_ms, 4),
      max_ms: round(engineRun.latency.max_ms, 4),
      mean_ms: round(engineRun.latency.mean_ms, 4),
      qps: Math.round(engineRun.qps),
      cores_used: round(engineRun.cores, 2),
      qps_pinned_one_cpu: pinned ? Math.round(pinned.qps) : null,
      samples: engineRun.latency.samples,
      french_share: round(french / list.length, 3),
      answered_share: round(engineRun.answered / list.length, 3),
      first_sight: {
        p50_ms: round(firstSight.latency.p50_ms, 4),
        p95_ms: round(firstSight.latency.p95_ms, 4),
        p99_ms: round(firstSight.latency.p99_ms, 4),
        max_ms: round(firstSight.latency.max_ms, 4),
        mean_ms: round(firstSight.latency.mean_ms, 4),
        samples: firstSight.latency.samples,
      },
    },
    accuracy: round(accuracy.engine.questions.accuracy, 4),
    holdout_accuracy: round(accuracy.engine.holdout.accuracy, 4),
    accuracy_margin_points: round(margin, 1),
    citation_validity: round(accuracy.engine.questions.citations.validity, 4),
    baselines: { bm25: baselineJson('bm25'), fuse: baselineJson('fuse') },
    cold_start_ms: round(cold_start_ms, 1),
    cold_start: {
      runs: cold.length,
      spawn_to_ready_ms: cold.map((r) => round(r.spawn_to_ready_ms, 1)),
      child_ready_ms: round(medianOf((r) => r.ready_ms), 1),
      phases_ms: Object.fromEntries(Object.keys(cold[0]?.phases ?? {}).map((k) => [k, round(medianOf((r) => r.phases[k] ?? Number.NaN), 1)])),
      first_answer_ms: round(first_answer_ms, 2),
      spawn_to_first_answer_ms: round(spawn_to_first_answer_ms, 1),
      no_token_cache: {
        runs: uncached.length,
        spawn_to_ready_ms: Number.isFinite(uncached_ms) ? round(uncached_ms, 1) : null,
        load_knowledge_ms: Number.isFinite(uncachedPhase('load_knowledge_ms')) ? round(uncachedPhase('load_knowledge_ms'), 1) : null,
      },
    },
    offline_ready_ms: Number.isFinite(offline_ready_ms) ? round(offline_ready_ms, 1) : null,
    offline: {
      runs: offline.length,
      via: offline[0]?.via ?? null,
      spawn_to_prompt_ms: offline.map((r) => round(r.spawn_to_prompt_ms, 1)),
      own_ms: offline.every((r) => r.own_ms !== undefined) && offline.length ? median(offline.map((r) => r.own_ms as number)) : null,
      engine_built_ms: offline.every((r) => r.engine_built_ms !== undefined) && offline.length ? median(offline.map((r) => r.engine_built_ms as number)) : null,
      ...(offlineError ? { error: offlineError } : {}),
    },
    rss_mb: round(rss_mb, 1),
    heap_mb: round(heap_mb, 1),
    memory: {
      rss_after_first_answer_mb: round(first_answer_rss_mb, 1),
      rss_after_answers_mb: second?.after_answers ? round(second.after_answers.rss / MB, 1) : null,
      heap_after_answers_mb: second?.after_answers ? round(second.after_answers.heapUsed / MB, 1) : null,
      rss_after_gc_mb: second?.after_gc ? round(second.after_gc.rss / MB, 1) : null,
      heap_after_gc_mb: second?.after_gc ? round(second.after_gc.heapUsed / MB, 1) : null,
      discord_bot_rss_mb: discord?.bot_rss_mb !== undefined ? round(discord.bot_rss_mb, 1) : null,
      discord_bot_peak_rss_mb: discord?.bot_peak_rss_mb !== undefined ? round(discord.bot_peak_rss_mb, 1) : null,
    },
    discord: discord
      ? {
          p50_ms: round(discord.sequential.p50_ms, 3),
          p95_ms: round(discord.sequential.p95_ms, 3),
          p99_ms: round(discord.sequential.p99_ms, 3),
          max_ms: round(discord.sequential.max_ms, 3),
          samples: discord.sequential.samples,
          concurrent_p50_ms: round(discord.concurrent.p50_ms, 3),
          concurrent_p95_ms: round(discord.concurrent.p95_ms, 3),
          concurrent_p99_ms: round(discord.concurrent.p99_ms, 3),
          concurrent_max_ms: round(discord.concurrent.max_ms, 3),
          concurrent_samples: discord.concurrent.samples,
          concurrency: DISCORD_CONCURRENCY,
          concurrent_batch_ms: discord.concurrent_batch_ms.map((x) => round(x, 1)),
          failures: discord.failures,
          connections: discord.connections,
          fake_keep_alive_ms: discord.keep_alive_ms,
          login_ms: round(discord.login_ms, 1),
        }
      : { p50_ms: null, p99_ms: null, concurrent_p99_ms: null, error: discordError ?? 'not measured' },
    goals: goals.map((g) => ({ goal: g.goal, target: g.target, value: g.value, met: g.met })),
    stricter: stricter.map((g) => ({ goal: g.goal, target: g.target, value: g.value, met: g.met })),
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? '?',
      loadavg_1m_at_start: round(load, 2),
      loadavg_1m_at_end: round(loadEnd, 2),
      other_processes_cores_during_engine_loop: othersCores !== undefined ? round(othersCores, 2) : null,
      busy,
    },
    seed: SEED,
    elapsed_s: round((performance.now() - began) / 1000, 1),
  };

  if (json) {
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return;
  }

  const report: string[] = [];
  const say = (...text: string[]) => report.push(...text);
  const others = othersCores !== undefined ? `; other processes used ${othersCores.toFixed(2)} cores while the engine was timed` : '';
  say('', `coverage-bot bench: ${out.machine.cpus} x ${out.machine.cpu}, Node ${process.version}; load average ${load.toFixed(2)} at start, ${loadEnd.toFixed(2)} at end${others}; ${out.elapsed_s} s`);
  if (busy) say(`  WARNING: the machine was busy with other work: latencies, throughput and start-up times are inflated; run again on a quiet machine.`);

  say('', '== engine: one question at a time, one process, one core ==', '');
  const latRow = (name: string, r: Timed, extra: string[] = []) => [
    name,
    r.latency.samples.toLocaleString('en'),
    ms(r.latency.p50_ms),
    ms(r.latency.p95_ms),
    ms(r.latency.p99_ms),
    ms(r.latency.max_ms),
    Math.round(r.qps).toLocaleString('en'),
    ...extra,
  ];
  say(table(['', 'questions', 'p50', 'p95', 'p99', 'max', 'q/s'], [latRow('engine', engineRun), latRow('engine, first sight', firstSight)]));
  say(
    `  The process kept ${engineRun.cores.toFixed(2)} cores busy meanwhile (V8's GC and compiler threads run beside the main thread).`,
    pinned
      ? `  Pinned to one CPU (taskset -c 0, a fresh process, ${pinned.questions.toLocaleString('en')} questions): ${Math.round(pinned.qps).toLocaleString('en')} q/s.`
      : `  Pinned to one CPU: not measured (${pinnedError ?? 'taskset unavailable'}).`,
    `  ${pct(french / list.length, 0)} French, shuffled (seed ${SEED}), each asked alone (no conversation) after a warm-up of ${3 * pool.length} questions; ${pct(engineRun.answered / list.length, 0)} answered.`,
    `  First sight: a fresh engine (empty speller cache) asked each of the ${pool.length} distinct questions once; q/s there is indicative only.`,
  );

  say('', '== baselines, same run, same questions ==', '');
  say(
    table(
      ['', 'questions', 'p50', 'p95', 'p99', 'max', 'q/s', 'p50 / engine', 'q/s / engine'],
      (['bm25', 'fuse'] as const).map((name) => {
        const r = baselineRuns[name];
        return latRow(name, r, [`${(r.latency.p50_ms / engineRun.latency.p50_ms).toFixed(2)}x`, `${(r.qps / engineRun.qps).toFixed(2)}x`]);
      }),
    ),
  );
  say(`  bm25: ${baselines.bm25.description}, declines below ${baselines.bm25.threshold.toFixed(3)}`, `  fuse: ${baselines.fuse.description}, declines below ${baselines.fuse.threshold.toFixed(3)}`);

  say('', '== accuracy (same judge for all; baselines tuned on questions.yaml) ==', '');
  say(
    table(
      ['set', 'engine', 'bm25', 'fuse', 'engine citations verbatim'],
      (['questions', 'holdout'] as const).map((set) => [
        `${set}.yaml (${accuracy.engine[set].total})`,
        pct(accuracy.engine[set].accuracy),
        pct(accuracy.bm25[set].accuracy),
        pct(accuracy.fuse[set].accuracy),
        pct(accuracy.engine[set].citations.validity),
      ]),
    ),
  );
  say('  (npm run eval breaks these down by intent, language and kind, and lists each failure.)');

  say('', '== start-up and memory (fresh processes) ==', '');
  const phases = out.cold_start.phases_ms as Record<string, number>;
  say(
    table(
      ['', 'median', 'runs'],
      [
        ['spawn -> engine ready (tests/bench/cold-start)', ms(cold_start_ms, 0), out.cold_start.spawn_to_ready_ms.map((x) => x.toFixed(0)).join(' ')],
        ['  node boot (before the script runs)', ms(phases['boot_ms'] ?? Number.NaN, 0), ''],
        ['  imports (engine modules and their dependencies)', ms(phases['imports_ms'] ?? Number.NaN, 0), ''],
        ['  loadKnowledge()', ms(phases['load_knowledge_ms'] ?? Number.NaN, 0), ''],
        ['  createEngine()', ms(phases['build_engine_ms'] ?? Number.NaN, 0), ''],
        ['  then the first answer', ms(first_answer_ms, 1), ''],
        ['spawn -> first answer', ms(spawn_to_first_answer_ms, 0), cold.map((r) => r.spawn_to_first_answer_ms.toFixed(0)).join(' ')],
        [
          'spawn -> engine ready, no token cache (KNOWLEDGE_CACHE_DIR=off)',
          ms(uncached_ms, 0),
          uncached.map((r) => r.spawn_to_ready_ms.toFixed(0)).join(' '),
        ],
        ['  of which loadKnowledge()', ms(uncachedPhase('load_knowledge_ms'), 0), ''],
        [],
        [
          `spawn -> offline prompt (npm start -- --offline, ${out.offline.via ?? '?'})`,
          ms(offline_ready_ms, 0),
          offlineError ? `failed: ${offlineError.split('\n')[0]}` : out.offline.spawn_to_prompt_ms.map((x) => x.toFixed(0)).join(' '),
        ],
        ['  as the bot logs it (process start -> prompt)', ms(out.offline.own_ms ?? Number.NaN, 0), ''],
        ['  of which knowledge + engine (createApp)', ms(out.offline.engine_built_ms ?? Number.NaN, 0), ''],
      ],
    ),
  );
  say('');
  say(
    table(
      ['memory', 'RSS', 'heap used'],
      [
        ['after load (engine ready, median)', `${rss_mb.toFixed(1)} MB`, `${heap_mb.toFixed(1)} MB`],
        ['after the first answer (median)', `${first_answer_rss_mb.toFixed(1)} MB`, ''],
        [`after answering all ${pool.length} questions once`, mb(second?.after_answers?.rss), mb(second?.after_answers?.heapUsed)],
        ['  then after a full GC', mb(second?.after_gc?.rss), mb(second?.after_gc?.heapUsed)],
        ['the Discord bot process after the round-trip test', discord?.bot_rss_mb !== undefined ? `${discord.bot_rss_mb.toFixed(1)} MB` : 'n/a', `(peak RSS ${discord?.bot_peak_rss_mb?.toFixed(1) ?? '?'} MB)`],
      ],
    ),
  );

  say('', '== Discord round trip: INTERACTION_CREATE sent by the fake -> interaction callback received ==', '');
  if (discord) {
    say(
      table(
        ['', 'samples', 'p50', 'p95', 'p99', 'max'],
        [
          ['1 at a time', String(discord.sequential.samples), ms(discord.sequential.p50_ms, 2), ms(discord.sequential.p95_ms, 2), ms(discord.sequential.p99_ms, 2), ms(discord.sequential.max_ms, 2)],
          [
            `${DISCORD_CONCURRENCY} concurrent (x${DISCORD_ROUNDS})`,
            String(discord.concurrent.samples),
            ms(discord.concurrent.p50_ms, 2),
            ms(discord.concurrent.p95_ms, 2),
            ms(discord.concurrent.p99_ms, 2),
            ms(discord.concurrent.max_ms, 2),
          ],
        ],
      ),
    );
    say(
      `  The bot runs as npm start runs it (node dist/src/bin/start.js, real discord.js client) in its own process, the fake in this one; both on 127.0.0.1.`,
      `  Login (spawn -> "logged in") ${ms(discord.login_ms, 0)}; each batch of ${DISCORD_CONCURRENCY} done in ${discord.concurrent_batch_ms.map((x) => x.toFixed(0)).join(', ')} ms; ${discord.failures} interaction(s) unanswered.`,
      `  The fake's HTTP keep-alive is raised to ${(discord.keep_alive_ms ?? 1000) / 1000} s as on Discord (at its 1 s, undici reconnects for every call); the bot opened ${discord.connections} connection(s) for ${discord.sequential.samples + discord.concurrent.samples + 30} interactions.`,
    );
  } else say(`  not measured: ${discordError ?? '?'}`);

  say('', '== goals ==', '');
  say(table(['goal', 'target', 'measured', ''], goals.map((g) => [g.goal, g.target, g.value, g.met ? 'met' : 'MISSED'])));
  const missed = goals.filter((g) => !g.met).length;
  say('', missed ? `${missed} of ${goals.length} goals missed.` : `All ${goals.length} goals met.`);
  say('', 'Stricter readings of the same goals (not the goals as written):', '');
  say(table(['reading', 'target', 'measured', ''], stricter.map((g) => [g.goal, g.target, g.value, g.met ? 'met' : 'MISSED'])), '');
  process.stdout.write(`${report.join('\n')}\n`);
}

function mb(bytes: number | undefined): string {
  return bytes === undefined ? 'n/a' : `${(bytes / MB).toFixed(1)} MB`;
}

if (!existsSync(START_JS)) {
  process.stderr.write(`bench: ${START_JS} is missing; run it through npm run bench (which compiles first)\n`);
  process.exit(1);
}
const articles = flags.articles === undefined ? undefined : Number(flags.articles);
if (articles !== undefined && !(Number.isInteger(articles) && articles >= 1)) {
  process.stderr.write(`bench: --articles takes a whole number of articles (at least 1), not "${flags.articles}"\n`);
  process.exit(1);
}
(articles === undefined ? run() : runScale(articles, json))
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
