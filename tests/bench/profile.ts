// Where the time goes, for whoever makes the bench's figures better:
//   node src/bin/build-if-stale.mjs && node dist/tests/bench/profile.js [engine|first-sight|start|discord] [--top N]
//   engine       the engine on the question sets, repeated (warm caches, as the bench's 20,000-question loop)
//   first-sight  fresh engines asked each distinct question once (empty speller cache)
//   start        a fresh process loading the knowledge and building the engine (node --cpu-prof)
//   discord      the bot (dist/src/bin/start.js) answering 10 x 100 concurrent /ask from the fake Discord
// Prints the functions with the most time, inclusive and self, project files first.
// The .cpuprofile is kept (path printed) for Chrome DevTools or speedscope.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { loadSets, ROOT, seededRandom, shuffle, table } from './common.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function label(n: ProfileNode): string {
  const url = n.callFrame.url.replace(`file://${ROOT}/`, '').replace(/^node_modules\//, '');
  return `${n.callFrame.functionName || '(anonymous)'}  ${url || '(native)'}${url ? `:${n.callFrame.lineNumber + 1}` : ''}`;
}

/** Self and inclusive milliseconds by function, and self by module. */
export function summarise(profile: Profile): { total: number; self: [string, number][]; inclusive: [string, number][]; modules: [string, number][] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const modules = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const leaf = byId.get(id);
    if (!leaf) return;
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + dt);
    const url = leaf.callFrame.url.replace(`file://${ROOT}/`, '');
    const module = url.startsWith('node_modules/') ? url.split('/').slice(0, url.split('/')[1]?.startsWith('@') ? 3 : 2).join('/') : url || `(${leaf.callFrame.functionName || 'native'})`;
    modules.set(module, (modules.get(module) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (!node) break;
      const key = label(node);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  });
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { total, self: sorted(self), inclusive: sorted(inclusive).filter(([k]) => !/^\((root|program|idle|garbage)/.test(k)), modules: sorted(modules) };
}

async function profileInProcess(run: () => void): Promise<Profile> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  run();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  return profile as unknown as Profile;
}

/** The bot as npm start runs it, under --cpu-prof, answering rounds of 100 concurrent /ask against the fake Discord. */
async function profileDiscord(questions: readonly string[]): Promise<Profile> {
  const { startFakeDiscord } = await import('../support/fake-discord.js');
  const fake = await startFakeDiscord();
  // As in the bench: a Discord-like keep-alive, or undici reconnects for every call.
  const server = (fake as unknown as { server?: import('node:http').Server }).server;
  if (server) server.keepAliveTimeout = 60_000;
  const dir = mkdtempSync(join(tmpdir(), 'coverage-bot-prof-'));
  const env = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? tmpdir(), DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, COOLDOWN_SECONDS: '0', LOG_LEVEL: 'info' };
  const bot = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval', '100', join(ROOT, 'dist', 'src', 'bin', 'start.js')], { cwd: tmpdir(), env, stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the bot did not log in within 30 s')), 30_000);
      bot.stderr?.on('data', (d: Buffer) => {
        if (/logged in as/.test(String(d))) {
          clearTimeout(timer);
          resolve();
        }
      });
      bot.once('exit', (code) => reject(new Error(`the bot exited (${code})`)));
    });
    const users = Array.from({ length: 100 }, (_, i) => fake.addUser({ username: `profile-user-${i}` }).id);
    let n = 0;
    for (let round = 0; round < 10; round++) {
      await Promise.all(Array.from({ length: 100 }, () => fake.slash('ask', { question: questions[n++ % questions.length] as string }, { user: users[n % 100] as string }).waitForCallback(10_000)));
    }
  } finally {
    bot.kill('SIGTERM');
    await new Promise((resolve) => (bot.exitCode !== null ? resolve(undefined) : bot.once('exit', resolve)));
    await fake.close();
  }
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('the bot wrote no profile');
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
}

function profileStart(): Profile {
  const dir = mkdtempSync(join(tmpdir(), 'coverage-bot-prof-'));
  const script = fileURLToPath(new URL('./cold-start.js', import.meta.url));
  const result = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval', '100', script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cold start failed: ${result.stderr}`);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('no profile written');
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
  const what = positionals[0] ?? 'engine';
  const top = Number(values.top);
  let profile: Profile;
  let note: string;
  if (what === 'start') {
    profile = profileStart();
    note = 'a fresh process: imports, loadKnowledge(), createEngine()';
  } else if (what === 'discord') {
    profile = await profileDiscord(loadSets().flatMap((s) => s.cases.map((c) => c.q)));
    note = 'the bot process (start-up included), 10 rounds of 100 concurrent /ask';
  } else {
    const kb = loadKnowledge();
    const questions = loadSets().flatMap((s) => s.cases.map((c) => c.q));
    const warm = createEngine(kb);
    for (let i = 0; i < 3; i++) for (const q of questions) warm.answer(q);
    if (what === 'first-sight') {
      profile = await profileInProcess(() => {
        for (let i = 0; i < 5; i++) {
          const fresh = createEngine(kb);
          for (const q of questions) fresh.answer(q);
        }
      });
      note = `5 fresh engines x ${questions.length} distinct questions (engine construction included)`;
    } else if (what === 'engine') {
      const list = shuffle(Array.from({ length: 26 }, () => questions).flat(), seededRandom(1));
      profile = await profileInProcess(() => {
        for (const q of list) warm.answer(q);
      });
      note = `${list.length} questions, warm engine`;
    } else throw new Error(`unknown profile "${what}": engine, first-sight, start or discord`);
  }
  const file = join(mkdtempSync(join(tmpdir(), 'coverage-bot-prof-')), `${what}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const s = summarise(profile);
  const row = ([k, v]: [string, number]) => [k, `${v.toFixed(1)} ms`, `${((v / s.total) * 100).toFixed(1)}%`];
  const out = [
    `profile "${what}": ${note}; ${s.total.toFixed(0)} ms sampled; saved to ${file}`,
    '',
    table(['inclusive', 'time', 'share'], s.inclusive.slice(0, top * 2).map(row)),
    '',
    table(['self', 'time', 'share'], s.self.slice(0, top).map(row)),
    '',
    table(['module (self)', 'time', 'share'], s.modules.slice(0, top).map(row)),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
