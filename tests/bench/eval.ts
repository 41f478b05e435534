// `npm run eval`: both question sets through the engine and the two baselines
// (tests/support/baselines.ts), scored by the same judge.
//   --json   one JSON object instead of the tables
import { parseArgs } from 'node:util';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createBaselines, passages, type Baseline } from '../support/baselines.js';
import { engineAsk, fraction, loadSets, pct, round, score, table, type Ask, type Score, type Tally } from './common.js';

const KIND_LABELS: Record<string, string> = {
  answer: 'answerable, answered right',
  decline: 'unanswerable, declined right',
  premise: 'false premises corrected',
  followup: 'follow-ups right',
};

const SYSTEMS = ['engine', 'bm25', 'fuse'] as const;
type System = (typeof SYSTEMS)[number];

function baselineAsk(b: Baseline): Ask {
  return (q) => b.answer(q);
}

function scoreJson(s: Score, withFailures: boolean): Record<string, unknown> {
  const tallies = (r: Record<string, Tally>) => Object.fromEntries(Object.entries(r).map(([k, t]) => [k, { ...t, accuracy: round(t.right / t.total, 4) }]));
  return {
    accuracy: round(s.accuracy, 4),
    right: s.right,
    total: s.total,
    by_kind: tallies(s.byKind),
    by_language: tallies(s.byLanguage),
    by_intent: tallies(s.byIntent),
    by_verdict: tallies(s.byVerdict),
    false_confirmations: s.falseConfirmations.length,
    citations: { ...s.citations, validity: round(s.citations.validity, 4) },
    ...(withFailures
      ? {
          failures: s.results
            .filter((r) => r.failures.length > 0)
            .map((r) => ({ id: r.case.id, question: r.case.q, why: r.failures, answer: r.answer.text, answered: r.answer.answered, language: r.answer.language })),
        }
      : {}),
  };
}

function setTable(scores: Record<System, Score>): string {
  const e = scores.engine;
  const rows: string[][] = [];
  const row = (label: string, pick: (s: Score) => Tally | undefined) => rows.push([label, ...SYSTEMS.map((s) => fraction(pick(scores[s])))]);
  row('overall', (s) => ({ right: s.right, total: s.total }));
  rows.push([]);
  for (const kind of Object.keys(KIND_LABELS)) if (e.byKind[kind]) row(KIND_LABELS[kind] ?? kind, (s) => s.byKind[kind]);
  rows.push([]);
  for (const lang of Object.keys(e.byLanguage)) row(`language ${lang}`, (s) => s.byLanguage[lang]);
  rows.push([]);
  for (const intent of Object.keys(e.byIntent)) row(`intent ${intent}`, (s) => s.byIntent[intent]);
  rows.push([]);
  for (const verdict of Object.keys(e.byVerdict)) row(`claims ${verdict.replace('_', ' ')}`, (s) => s.byVerdict[verdict]);
  rows.push(['false confirmations', ...SYSTEMS.map((s) => String(scores[s].falseConfirmations.length))]);
  rows.push([]);
  rows.push(['citations verbatim', ...SYSTEMS.map((s) => `${pct(scores[s].citations.validity)} (${scores[s].citations.verbatim}/${scores[s].citations.total})`)]);
  return table(['', ...SYSTEMS], rows);
}

function failureList(s: Score): string {
  const failed = s.results.filter((r) => r.failures.length > 0);
  if (failed.length === 0) return '  (none)';
  return failed
    .map((r) => `  ${r.case.id} [${r.case.lang} ${r.case.kind} ${r.case.intent}] ${JSON.stringify(r.case.q)}\n      why:    ${r.failures.join('; ')}\n      answer: ${r.answer.answered ? '' : '(declined) '}${r.answer.text.replace(/\s+/g, ' ')}`)
    .join('\n');
}

function main(): void {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
  const kb = loadKnowledge();
  const engine = createEngine(kb);
  const sets = loadSets();
  const tuningSet = sets.find((s) => s.name === 'questions');
  if (!tuningSet) throw new Error('tests/questions/questions.yaml is missing');
  const baselines = createBaselines(engine, tuningSet.cases);
  const asks: Record<System, Ask> = { engine: engineAsk(engine), bm25: baselineAsk(baselines.bm25), fuse: baselineAsk(baselines.fuse) };
  const results = sets.map((set) => ({
    set,
    scores: Object.fromEntries(SYSTEMS.map((s) => [s, score(set.cases, asks[s], kb)])) as Record<System, Score>,
  }));

  const baselineInfo = {
    sentences: passages(kb).length,
    bm25: { description: baselines.bm25.description, threshold: round(baselines.bm25.threshold, 4), tuning: roundAll(baselines.tuning.bm25) },
    fuse: { description: baselines.fuse.description, threshold: round(baselines.fuse.threshold, 4), tuning: roundAll(baselines.tuning.fuse) },
  };

  if (values.json) {
    const out = {
      knowledge: { articles: kb.articles.size, facts: kb.facts.size, entities: kb.entities.size },
      baselines: baselineInfo,
      sets: Object.fromEntries(
        results.map(({ set, scores }) => [
          set.name,
          { file: set.file, cases: set.cases.length, ...Object.fromEntries(SYSTEMS.map((s) => [s, scoreJson(scores[s], s === 'engine')])) },
        ]),
      ),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }

  const out: string[] = [];
  out.push('coverage-bot evaluation: the engine against two retrieval baselines, scored by the same judge');
  out.push(`knowledge: ${kb.articles.size} articles, ${kb.facts.size} facts, ${kb.entities.size} entities; baselines index ${baselineInfo.sentences} sentences`);
  for (const name of ['bm25', 'fuse'] as const) {
    const t = baselines.tuning[name];
    out.push(
      `  ${name.padEnd(4)}  ${baselines[name].description}; declines below ${t.threshold.toFixed(4)}, the cut that maximises its own accuracy on questions.yaml (${pct(t.accuracy)}; answering every match ${pct(t.alwaysAnswer)}, declining all ${pct(t.neverAnswer)})`,
    );
  }
  out.push('  Baselines answer in the question\'s language (the engine\'s marker rule) and offer the suggested questions when they decline; they ignore conversations.');
  for (const { set, scores } of results) {
    const about = set.name === 'questions' ? 'the first tuning set' : 'written independently; see tests/questions/README.md';
    out.push('', `== ${set.name}.yaml: ${set.cases.length} questions (${about}) ==`, '', setTable(scores), '');
    const failed = scores.engine.total - scores.engine.right;
    out.push(`Engine failures on ${set.name}.yaml (${failed}):`, failureList(scores.engine));
  }
  out.push('', '== side by side ==', '');
  const rows = results.map(({ set, scores }) => {
    const better = Math.max(scores.bm25.accuracy, scores.fuse.accuracy);
    const margin = (scores.engine.accuracy - better) * 100;
    return [
      `${set.name}.yaml (${set.cases.length})`,
      pct(scores.engine.accuracy),
      pct(scores.bm25.accuracy),
      pct(scores.fuse.accuracy),
      `${margin >= 0 ? '+' : ''}${margin.toFixed(1)} pts`,
      pct(scores.engine.citations.validity),
      String(scores.engine.falseConfirmations.length),
    ];
  });
  out.push(table(['set', 'engine', 'bm25', 'fuse', 'engine - best baseline', 'engine citations verbatim', 'engine false confirmations'], rows));
  process.stdout.write(`${out.join('\n')}\n`);
}

function roundAll<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? round(v, 4) : v])) as T;
}

main();
