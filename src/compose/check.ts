// A fact-checked message as a report: one entry per claim with its verdict,
// the sentence that explains it and the quotes it rests on (numbered across
// the whole report), then the tally and what was set aside or left unchecked.
import type { KnowledgeBase, Language } from '../knowledge/types.js';
import type { CheckReport, CheckedClaim } from '../types.js';
import type { Verdict } from '../verify/verdict.js';
import { CitationList } from './answer.js';
import type { Sentence } from './plan.js';
import { joinAnd } from './respond.js';

interface Span {
  text: string;
  start: number;
  end: number;
}

export interface JudgedClaim extends Span {
  verdict: Verdict;
  sentences: Sentence[];
  /** Its elements, when they do not all share one verdict. */
  parts: (Span & { verdict: Verdict; sentences: Sentence[] })[];
}

const VERDICTS: Verdict[] = ['supported', 'contradicted', 'not_stated'];

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** "{n} claim{s}": the plural mark where the count calls for one. */
const counted = (template: string, n: number, more: Record<string, string | number> = {}) => fill(template, { n, s: n > 1 ? 's' : '', ...more });

export function composeCheck(judged: readonly JudgedClaim[], unchecked: readonly Span[], setAside: readonly (Span & { kind: 'question' | 'remark' })[], language: Language, kb: KnowledgeBase, maxClaims: number): CheckReport {
  const t = kb.languages[language].templates;
  const list = new CitationList();
  const claims: CheckedClaim[] = judged.map((j) => {
    const whole = list.write(j.sentences);
    const parts = j.parts.map((p) => {
      const written = list.write(p.sentences);
      return { text: p.text, start: p.start, end: p.end, verdict: p.verdict, explanation: written.text, cites: written.numbers };
    });
    return {
      text: j.text,
      start: j.start,
      end: j.end,
      verdict: j.verdict,
      explanation: whole.text,
      cites: whole.numbers,
      facts: whole.facts.map((f) => f.id),
      ...(parts.length ? { parts } : {}),
    };
  });

  const tally = VERDICTS.map((v) => ({ v, n: claims.filter((c) => c.verdict === v).length })).filter((x) => x.n > 0);
  const summary = claims.length
    ? counted(t.check_count, claims.length, { list: joinAnd(tally.map((x) => counted(t[`check_count_${x.v}`], x.n)), t) })
    : t.check_nothing;

  const notes: string[] = [];
  const questions = setAside.filter((s) => s.kind === 'question').length;
  const remarks = setAside.length - questions;
  const asides = [...(questions ? [questions === 1 ? t.check_question : counted(t.check_questions, questions)] : []), ...(remarks ? [remarks === 1 ? t.check_remark : counted(t.check_remarks, remarks)] : [])];
  if (asides.length) notes.push(fill(t.check_set_aside, { list: joinAnd(asides, t) }));
  if (unchecked.length) notes.push(counted(t.check_unchecked, unchecked.length, { max: maxClaims, list: unchecked.map((u) => `« ${u.text} »`).join(t.list_sep) }));

  return { language, claims, unchecked: unchecked.map(({ text, start, end }) => ({ text, start, end })), setAside: setAside.map(({ text, start, end, kind }) => ({ text, start, end, kind })), summary, notes, citations: list.citations };
}
