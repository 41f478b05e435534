// Shared by `npm run eval` and `npm run bench`: where the project is, the two
// question sets, scoring a system on a set, statistics and plain-text tables.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine } from '../../src/engine.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import type { Answer, AnswerContext } from '../../src/types.js';
import { falseConfirmation, invalidCitations, loadCases, runCases, type Case, type CaseResult } from '../support/questions.js';

/** The project root (the folder with package.json), whether this runs from tests/bench/ or dist/tests/bench/. */
export const ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

export interface QuestionSet {
  /** The file's name without .yaml: "questions" (the first tuning set), "holdout", "batch-…" (blind batches). */
  name: string;
  file: string;
  cases: Case[];
}

/** Every question set in tests/questions/, the tuning set first, then the others by name. */
export function loadSets(): QuestionSet[] {
  const dir = join(ROOT, 'tests', 'questions');
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort((a, b) => (a === 'questions' ? -1 : b === 'questions' ? 1 : a.localeCompare(b)));
  return names.map((name) => {
    const file = join(dir, `${name}.yaml`);
    return { name, file, cases: loadCases(file) };
  });
}

export type Ask = (question: string, context: AnswerContext) => Answer;

export interface Tally {
  right: number;
  total: number;
}

export interface Score {
  accuracy: number;
  right: number;
  total: number;
  byKind: Record<string, Tally>;
  byLanguage: Record<string, Tally>;
  byIntent: Record<string, Tally>;
  citations: { verbatim: number; total: number; validity: number };
  byVerdict: Record<string, Tally>;
  /** Yes (or an unqualified answer) to a contradicted or unstated claim. */
  falseConfirmations: CaseResult[];
  results: CaseResult[];
}

function tallyBy(results: readonly CaseResult[], key: (c: Case) => string): Record<string, Tally> {
  const out: Record<string, Tally> = {};
  for (const r of results) {
    const t = (out[key(r.case)] ??= { right: 0, total: 0 });
    t.total += 1;
    if (r.failures.length === 0) t.right += 1;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** Asks every case (conversations carried along) and scores the answers with the judge. */
export function score(cases: Case[], ask: Ask, kb: KnowledgeBase): Score {
  const results = runCases(cases, ask);
  const right = results.filter((r) => r.failures.length === 0).length;
  const cited = results.reduce((n, r) => n + r.answer.citations.length, 0);
  const invalid = results.reduce((n, r) => n + invalidCitations(r.answer, kb).length, 0);
  return {
    accuracy: right / Math.max(results.length, 1),
    right,
    total: results.length,
    byKind: tallyBy(results, (c) => c.kind),
    byLanguage: tallyBy(results, (c) => c.lang),
    byIntent: tallyBy(results, (c) => c.intent),
    byVerdict: tallyBy(results.filter((r) => r.case.expect.verdict), (c) => c.expect.verdict ?? ''),
    falseConfirmations: results.filter((r) => falseConfirmation(r.case, r.answer)),
    citations: { verbatim: cited - invalid, total: cited, validity: cited === 0 ? 1 : (cited - invalid) / cited },
    results,
  };
}

export function engineAsk(engine: Engine): Ask {
  return (q, context) => engine.answer(q, context);
}

// --- statistics ------------------------------------------------------------

/** The p-th percentile (0-100) of sorted values, nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

export interface Latency {
  samples: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
  mean_ms: number;
}

export function latency(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    samples: sorted.length,
    p50_ms: percentile(sorted, 50),
    p95_ms: percentile(sorted, 95),
    p99_ms: percentile(sorted, 99),
    max_ms: sorted.at(-1) ?? Number.NaN,
    mean_ms: sum / Math.max(sorted.length, 1),
  };
}

/** mulberry32: a small seeded PRNG, so every run asks the same questions in the same order. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

// --- formatting ------------------------------------------------------------

export function pct(x: number, digits = 1): string {
  return Number.isFinite(x) ? `${(x * 100).toFixed(digits)}%` : 'n/a';
}

export function ms(x: number, digits = 3): string {
  return Number.isFinite(x) ? `${x.toFixed(digits)} ms` : 'n/a';
}

export function fraction(t: Tally | undefined): string {
  return t ? `${pct(t.right / Math.max(t.total, 1))} (${t.right}/${t.total})` : '-';
}

/** Round to a few decimals for JSON output. */
export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * A plain-text table: a header row, a rule, the rows; the first column left-aligned,
 * the others right-aligned. An empty row prints a rule.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[], indent = '  '): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    indent + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ').trimEnd();
  const rule = indent + widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map((r) => (r.length === 0 ? rule : line(r)))].join('\n');
}

/** Seconds the whole machine's CPUs were busy so far (Linux /proc/stat; USER_HZ is 100), or undefined elsewhere. */
export function machineBusySeconds(): number | undefined {
  try {
    const fields = (/^cpu\s+(.*)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1] ?? '').trim().split(/\s+/).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    return (user + nice + system + irq + softirq + steal) / 100;
  } catch {
    return undefined;
  }
}
