// Summarises the gaps log: the questions asked most, and groups of questions
// that share their key words, so the operator knows what to curate next.
import { fold, tokenize } from '../language/normalize.js';
import type { GapEntry } from './log.js';

export interface GapGroup {
  word: string;
  count: number;
  examples: string[];
}

export interface GapSummary {
  total: number;
  invalidLines: number;
  byLanguage: Record<string, number>;
  mostFrequent: { question: string; count: number }[];
  groups: GapGroup[];
}

export function parseGapLog(text: string): { entries: GapEntry[]; invalid: number } {
  const entries: GapEntry[] = [];
  let invalid = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const value = JSON.parse(line) as GapEntry;
      if (typeof value.question === 'string') entries.push(value);
      else invalid++;
    } catch {
      invalid++;
    }
  }
  return { entries, invalid };
}

export function summariseGaps(entries: GapEntry[], stopwords: ReadonlySet<string>, top = 10): Omit<GapSummary, 'invalidLines'> {
  const byLanguage: Record<string, number> = {};
  const same = new Map<string, { question: string; count: number }>();
  const wordsOf = new Map<GapEntry, Set<string>>();
  for (const entry of entries) {
    byLanguage[entry.language] = (byLanguage[entry.language] ?? 0) + 1;
    const key = fold(entry.question).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const seen = same.get(key) ?? { question: entry.question, count: 0 };
    seen.count++;
    same.set(key, seen);
    wordsOf.set(entry, new Set(tokenize(entry.question).map((t) => t.norm).filter((w) => w.length > 2 && !stopwords.has(w) && !/^\d+$/.test(w))));
  }

  // Greedy grouping: the word shared by most ungrouped questions makes the next group.
  const groups: GapGroup[] = [];
  let left = [...entries];
  while (left.length > 0 && groups.length < top) {
    const counts = new Map<string, number>();
    for (const entry of left) for (const w of wordsOf.get(entry) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (!best || best[1] < 2) break;
    const members = left.filter((e) => wordsOf.get(e)?.has(best[0]));
    groups.push({ word: best[0], count: members.length, examples: [...new Set(members.map((m) => m.question))].slice(0, 3) });
    left = left.filter((e) => !members.includes(e));
  }

  return {
    total: entries.length,
    byLanguage,
    mostFrequent: [...same.values()].sort((a, b) => b.count - a.count || a.question.localeCompare(b.question)).slice(0, top),
    groups,
  };
}
