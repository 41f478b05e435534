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
  expect: z.strictObject({
    answered: z.boolean().default(true),
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

/** Why an answer fails its case (empty when it passes). */
export function judge(c: Case, a: Answer): string[] {
  const failures: string[] = [];
  const text = loose(a.text);
  const e = c.expect;
  if (a.answered !== e.answered) failures.push(`answered=${a.answered}, expected ${e.answered}`);
  if (a.language !== c.lang) failures.push(`language ${a.language}, expected ${c.lang}`);
  for (const s of e.all) if (!text.includes(loose(s))) failures.push(`missing "${s}"`);
  for (const group of e.any) if (!group.some((s) => text.includes(loose(s)))) failures.push(`missing one of ${JSON.stringify(group)}`);
  for (const s of e.none) if (text.includes(loose(s))) failures.push(`contains "${s}"`);
  if (e.starts && !e.starts.some((s) => text.startsWith(loose(s)))) failures.push(`does not start with ${JSON.stringify(e.starts)}`);
  const cited = new Set(a.citations.map((x) => x.article));
  for (const article of e.cites ?? []) if (!cited.has(article)) failures.push(`does not cite ${article}`);
  if (!e.answered && a.citations.length > 0) failures.push('a refusal carries citations');
  if (!e.answered && a.suggestions.length < 2) failures.push('a refusal offers fewer than 2 suggestions');
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
