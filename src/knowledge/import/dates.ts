// Dates written out in an article: "10 mars 2026", "1er avril 2026",
// "3 March 2026", "March 3, 2026". Month names come from import.yaml.
import type { ImportRules } from './rules.js';
import { textOf, type Word } from './words.js';

export interface FoundDate {
  /** YYYY-MM-DD */
  iso: string;
  /** As written in the text. */
  text: string;
}

/** Whether a string is a YYYY-MM-DD date that exists on the calendar. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && isoDate(Number(match[1]), Number(match[2]), Number(match[3])) === value;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The day at `at` ("25", "1er", "1", "3rd"): its number and how many words it takes. */
function dayAt(text: readonly Word[], at: number, rules: ImportRules): { day: number; length: number } | undefined {
  const word = text[at];
  if (!word) return undefined;
  const glued = /^(\d{1,2})(\p{L}+)$/u.exec(word.text);
  if (glued && rules.dayEndings.has({ ...word, lower: (glued[2] as string).toLocaleLowerCase() })) return { day: Number(glued[1]), length: 1 };
  if (!/^\d{1,2}$/.test(word.text)) return undefined;
  const next = text[at + 1];
  const ending = next !== undefined && next.space === '' && rules.dayEndings.has(next) ? 1 : 0;
  return { day: Number(word.text), length: 1 + ending };
}

function yearAt(text: readonly Word[], at: number): number | undefined {
  const word = text[at];
  return word && /^\d{4}$/.test(word.text) ? Number(word.text) : undefined;
}

/** Every full date (day, month and year) in a run of words, in order. */
export function datesIn(text: readonly Word[], rules: ImportRules): FoundDate[] {
  const found: FoundDate[] = [];
  const take = (start: number, end: number, year: number | undefined, month: number | undefined, day: number) => {
    if (year === undefined || month === undefined) return false;
    const iso = isoDate(year, month, day);
    if (iso) found.push({ iso, text: textOf(text.slice(start, end)) });
    return iso !== undefined;
  };
  for (let i = 0; i < text.length; i++) {
    // 10 mars 2026 · 1er avril 2026 · 3 March 2026
    const day = dayAt(text, i, rules);
    if (day) {
      const m = i + day.length;
      const month = text[m] ? rules.months.get(text[m].lower) : undefined;
      if (take(i, m + 2, yearAt(text, m + 1), month, day.day)) {
        i = m + 1;
        continue;
      }
    }
    // March 3, 2026 · March 3 2026
    const month = rules.months.get(text[i]?.lower ?? '');
    const after = month ? dayAt(text, i + 1, rules) : undefined;
    if (month && after) {
      let y = i + 1 + after.length;
      if (text[y]?.text === ',') y++;
      if (take(i, y + 1, yearAt(text, y), month, after.day)) i = y;
    }
  }
  return found;
}
