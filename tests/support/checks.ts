// Messages to fact-check (tests/checks/*.yaml) and how a CheckReport is scored
// against them. Shared by the vitest suite and the check evaluation.
//
// Scoring, fixed before any batch was run: each expected claim takes the
// verdict of the bot's claims whose spans overlap it (of the parts it
// overlaps, when a claim has parts), the worst of them if several
// (contradicted, then not stated, then supported); no overlap is a miss.
// A false confirmation is a ✅ on a claim the batch says is contradicted or
// not stated. Set-aside text is scored apart: a claim the bot checks there is
// "checked but set aside", a ✅ there a false confirmation too.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load as parse } from 'js-yaml';
import { z } from 'zod';
import type { CheckReport, Verdict } from '../../src/types.js';
import { QUESTIONS_DIR } from './questions.js';

const verdict = z.enum(['supported', 'contradicted', 'not_stated']);

const checkCaseSchema = z.strictObject({
  id: z.string(),
  // 'mixed': a message written in both languages (the writer's label; either reply language is right).
  lang: z.enum(['fr', 'en', 'mixed']),
  message: z.string(),
  claims: z.array(z.strictObject({ span: z.string(), verdict, cites: z.array(z.string()).optional(), note: z.string().optional() })),
  set_aside: z.array(z.string()).default([]),
});
export type CheckCase = z.infer<typeof checkCaseSchema>;

export const CHECKS_DIR = join(QUESTIONS_DIR, '..', 'checks');

export function loadCheckCases(file: string): CheckCase[] {
  const cases = z.array(checkCaseSchema).parse(parse(readFileSync(file, 'utf8')));
  for (const c of cases) {
    for (const s of [...c.claims.map((x) => x.span), ...c.set_aside]) if (!c.message.includes(s)) throw new Error(`${file}: ${c.id}: "${s}" is not in its message`);
  }
  return cases;
}

export function checkSets(): { name: string; cases: CheckCase[] }[] {
  return readdirSync(CHECKS_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: f.replace(/\.yaml$/, ''), cases: loadCheckCases(join(CHECKS_DIR, f)) }));
}

export interface ClaimScore {
  span: string;
  expected: Verdict;
  /** Undefined: no claim of the bot's covers it. */
  got?: Verdict;
  correct: boolean;
  falseConfirmation: boolean;
}

export interface CaseScore {
  id: string;
  claims: ClaimScore[];
  /** Set-aside text the bot judged as a claim, with its verdict. */
  checkedAside: { text: string; got: Verdict }[];
}

const WORST: Verdict[] = ['contradicted', 'not_stated', 'supported'];

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Where `span` stands in the message (its first occurrence). */
function at(message: string, span: string): Span {
  const start = message.indexOf(span);
  return { start, end: start + span.length };
}

/** The verdict the bot gave the text at `span`: its parts there, or its claims there, the worst of them. */
function verdictAt(report: CheckReport, span: Span): Verdict | undefined {
  const found: Verdict[] = [];
  for (const claim of report.claims) {
    if (!overlaps(claim, span)) continue;
    const parts = (claim.parts ?? []).filter((p) => overlaps(p, span));
    found.push(...(parts.length ? parts.map((p) => p.verdict) : [claim.verdict]));
  }
  return WORST.find((v) => found.includes(v));
}

export function scoreCheck(c: CheckCase, report: CheckReport): CaseScore {
  const claims = c.claims.map((claim) => {
    const got = verdictAt(report, at(c.message, claim.span));
    return { span: claim.span, expected: claim.verdict, got, correct: got === claim.verdict, falseConfirmation: got === 'supported' && claim.verdict !== 'supported' };
  });
  const checkedAside = c.set_aside.flatMap((text) => {
    const span = at(c.message, text);
    // Set aside unless a claim of the bot's covers most of it.
    const covering = report.claims.filter((x) => Math.min(x.end, span.end) - Math.max(x.start, span.start) > (span.end - span.start) / 2);
    const got = WORST.find((v) => covering.some((x) => x.verdict === v));
    return got ? [{ text, got }] : [];
  });
  return { id: c.id, claims, checkedAside };
}
