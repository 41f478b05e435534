// The question set (tests/questions/questions.yaml) and how an answer is judged
// against it. Shared by the vitest suite and `npm run eval`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as parse } from 'js-yaml';
import { z } from 'zod';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import type { Answer, AnswerContext, Turn } from '../../src/types.js';

const caseSchema = z.strictObject({
  id: z.string(),
  q: z.string(),
  lang: z.enum(['fr', 'en']),
  kind: z.enum(['answer', 'decline', 'premise', 'followup']),
  intent: z.string(),
  conv: z.string().optional(),
  /** What in the articles justifies the expectation (a short quote), for whoever reviews the case. */
  note: z.string().optional(),
  expect: z.strictObject({
    /** Absent for a claim the articles do not state: the bot may or may not cite the closest fact. */
    answered: z.boolean().optional(),
    /** The verdict on the claim the question makes or presupposes (yes/no, "…, right?", a false or unstated presupposition). */
    verdict: z.enum(['supported', 'contradicted', 'not_stated']).optional(),
    all: z.array(z.string()).default([]),
    any: z.array(z.array(z.string())).default([]),
    none: z.array(z.string()).default([]),
    cites: z.array(z.string()).optional(),
    starts: z.array(z.string()).optional(),
  }),
});
export type Case = z.infer<typeof caseSchema>;

/** The project root, whether this runs from tests/ or from dist/tests/. */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const QUESTIONS_FILE = join(projectRoot(), 'tests', 'questions', 'questions.yaml');
export const HOLDOUT_FILE = join(projectRoot(), 'tests', 'questions', 'holdout.yaml');
export const QUESTIONS_DIR = join(projectRoot(), 'tests', 'questions');

export function loadCases(file = QUESTIONS_FILE): Case[] {
  return z.array(caseSchema).parse(parse(readFileSync(file, 'utf8')));
}

/** The folding the question set was written for: case, accents, apostrophes, spaces. */
export function loose(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

/** Openers that confirm or deny: "Yes:", "Oui :", "Si :", "No:", "Non :". */
const YES = /^(yes|oui|si|in fact, yes)\b/;
const NO = /^(no|non)\b/;

/** The verdict an answer gives: its own field, else what its opening word says. */
export function verdictOf(a: Answer): 'supported' | 'contradicted' | 'not_stated' | undefined {
  const own = (a as Answer & { verdict?: 'supported' | 'contradicted' | 'not_stated' }).verdict;
  if (own) return own;
  const text = loose(a.text);
  if (YES.test(text)) return 'supported';
  if (NO.test(text)) return 'contradicted';
  // An engine without the field: a refusal that neither confirms nor denies says the claim is unstated.
  return a.answered ? undefined : 'not_stated';
}

/**
 * A false confirmation: the case's claim is contradicted or unstated, yet the
 * answer says yes, or answers as if the claim held (no verdict, no correction).
 */
export function falseConfirmation(c: Case, a: Answer): boolean {
  const expected = c.expect.verdict;
  if (expected !== 'contradicted' && expected !== 'not_stated') return false;
  const given = verdictOf(a);
  if (given === 'supported' || YES.test(loose(a.text))) return true;
  return given === undefined && a.answered;
}

/** Why an answer fails its case (empty when it passes). */
export function judge(c: Case, a: Answer): string[] {
  const failures: string[] = [];
  const text = loose(a.text);
  const e = c.expect;
  const answered = e.answered ?? (e.verdict === 'not_stated' ? undefined : true);
  if (answered !== undefined && a.answered !== answered) failures.push(`answered=${a.answered}, expected ${answered}`);
  if (e.verdict) {
    const given = verdictOf(a);
    if (given !== e.verdict) failures.push(`verdict ${given ?? 'none'}, expected ${e.verdict}`);
    if (e.verdict === 'not_stated' && (YES.test(text) || NO.test(text))) failures.push('an unstated claim answered with yes or no');
  }
  if (falseConfirmation(c, a)) failures.push('FALSE CONFIRMATION');
  if (a.language !== c.lang) failures.push(`language ${a.language}, expected ${c.lang}`);
  for (const s of e.all) if (!text.includes(loose(s))) failures.push(`missing "${s}"`);
  for (const group of e.any) if (!group.some((s) => text.includes(loose(s)))) failures.push(`missing one of ${JSON.stringify(group)}`);
  for (const s of e.none) if (text.includes(loose(s))) failures.push(`contains "${s}"`);
  if (e.starts && !e.starts.some((s) => text.startsWith(loose(s)))) failures.push(`does not start with ${JSON.stringify(e.starts)}`);
  const cited = new Set(a.citations.map((x) => x.article));
  for (const article of e.cites ?? []) if (!cited.has(article)) failures.push(`does not cite ${article}`);
  if (answered === false && a.citations.length > 0) failures.push('a refusal carries citations');
  if (answered === false && a.suggestions.length < 2) failures.push('a refusal offers fewer than 2 suggestions');
  return failures;
}

/** Citations that are not verbatim in the paragraph they name. */
export function invalidCitations(a: Answer, kb: KnowledgeBase): string[] {
  return a.citations
    .filter((c) => !kb.articles.get(c.article)?.paragraphs.find((p) => p.number === c.paragraph)?.text.includes(c.quote))
    .map((c) => `${c.article} ¶${c.paragraph}: ${c.quote}`);
}

export interface CaseResult {
  case: Case;
  answer: Answer;
  failures: string[];
}

/** Asks every case, carrying each conversation's turns along. */
export function runCases(cases: Case[], ask: (question: string, context: AnswerContext) => Answer): CaseResult[] {
  const conversations = new Map<string, Turn[]>();
  return cases.map((c) => {
    const conversation = c.conv ? conversations.get(c.conv) ?? [] : [];
    const answer = ask(c.q, { conversation });
    if (c.conv) conversations.set(c.conv, [...conversation, { question: c.q, answer }]);
    return { case: c, answer, failures: judge(c, answer) };
  });
}

const floorsSchema = z.strictObject({
  questions: z.number(),
  checks: z.number(),
  below_target: z.record(z.string(), z.number()).default({}),
  /** "<set>/<case id>" → why: set-aside text the bot checks on purpose, against its writer (a ✅ there is no false one). */
  checked_aside: z.record(z.string(), z.string().min(20)).default({}),
});

function floors() {
  return floorsSchema.parse(parse(readFileSync(join(QUESTIONS_DIR, '..', 'floors.yaml'), 'utf8')));
}

/** The cases whose set-aside text the bot checks on purpose (tests/floors.yaml `checked_aside`). */
export function checkedOnPurpose(set: string, id: string): boolean {
  return `${set}/${id}` in floors().checked_aside;
}

/** The target every set of this kind is held to (tests/floors.yaml), floors aside. */
export function targetOf(kind: 'questions' | 'checks'): number {
  return floors()[kind];
}

/** The accuracy a set must keep (tests/floors.yaml): the target, or the floor of a newer batch below it. */
export function floorOf(set: string, kind: 'questions' | 'checks'): number {
  const all = floors();
  return all.below_target[kind === 'checks' ? `checks/${set}` : set] ?? all[kind];
}
