// Dates a question names: "25 novembre", "Dec 1st", "on Monday", "le 1er".
// English dates come from wink-nlp's named entities; French ones, which its
// English model does not know, from the French month and weekday names.
import { fold, tokenize } from '../language/normalize.js';
import type { LanguageLexicon } from './lexicon.js';

export interface DateMention {
  day?: number;
  month?: number;
  year?: number;
  weekday?: number;
  /** "late November": the days of the month it may be, first and last. */
  days?: [number, number];
  /** "after that", said after a meeting: a day later (or earlier) than this one (ISO). */
  after?: string;
  before?: string;
  /** The day of the meeting a clause of time names ("when B came"): a moment the claim is said as of. */
  ofClause?: true;
  /** Token span, so the tokens count as understood. */
  start: number;
  end: number;
}

/** `recognised`: the DATE entities wink-nlp found in the question (English only). */
export function findDates(tokens: readonly string[], recognised: readonly string[], lexicons: readonly LanguageLexicon[]): DateMention[] {
  const dates: DateMention[] = [];
  const month = (t: string | undefined) => {
    if (t === undefined) return undefined;
    for (const lex of lexicons) {
      const m = lex.months.get(t);
      if (m !== undefined) return m;
    }
    return undefined;
  };
  const day = (t: string | undefined) => {
    const m = t === undefined ? null : /^(\d{1,2})(?:er|e|eme|st|nd|rd|th)?$/.exec(t);
    const n = m?.[1] ? Number(m[1]) : NaN;
    return n >= 1 && n <= 31 ? n : undefined;
  };
  const year = (t: string | undefined) => (t !== undefined && /^(19|20)\d\d$/.test(t) ? Number(t) : undefined);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    for (const lex of lexicons) {
      const short = t === undefined ? undefined : lex.weekdaysShort.get(t);
      // ("tue 2/12", "on tue": a short name is a weekday before a day, a month or a date in figures, or after "on".)
      const dated = day(tokens[i + 1]) !== undefined || month(tokens[i + 1]) !== undefined || /^\d{1,2}[/.]\d{1,2}/.test(tokens[i + 1] ?? '') || lex.syntax.dayLead.has(tokens[i - 1] ?? '');
      const wd = t === undefined ? undefined : lex.weekdays.get(t) ?? (short !== undefined && dated ? short : undefined);
      if (wd === undefined) continue;
      // ("tuesday 25th", "Tuesday the 25th", « mardi 25 »: the day of the month said with its weekday, no month after it.)
      // (Not "Monday, 3 days after": a number past a comma, or before what it counts, is no day.)
      const k = day(tokens[i + 1]) !== undefined ? i + 1 : /\p{L}/u.test(tokens[i + 1] ?? '') && lex.stopwords.has(tokens[i + 1] ?? '') && day(tokens[i + 2]) !== undefined ? i + 2 : undefined;
      const after = k === undefined ? undefined : tokens[k + 1];
      const counts = after !== undefined && /\p{L}/u.test(after) && !lexicons.some((l) => l.stopwords.has(after) || l.locatives.has(after));
      const monthAfter = k !== undefined && [tokens[k + 1], tokens[k + 2]].some((w) => month(w) !== undefined);
      if (k !== undefined && !monthAfter && !counts) dates.push({ weekday: wd, day: day(tokens[k]), start: i, end: k + 1 });
      else dates.push({ weekday: wd, start: i, end: i + 1 });
    }
    // ("on the 25th", "until the 27th": a day of the month said with its ordinal ending after a word that leads a day,
    // with no month near; "on the 93rd", past 31, or "the 25th day", which it counts, are not days.)
    const ordinalDay = t !== undefined && /^\d{1,2}(?:st|nd|rd|th)$/.test(t) && day(t) !== undefined;
    const led = lexicons.some((l) => l.syntax.dayLead.has(tokens[i - 2] ?? '') && lexicons.some((x) => x.stopwords.has(tokens[i - 1] ?? '')));
    const monthNear = [tokens[i - 1], tokens[i + 1], tokens[i + 2]].some((w) => month(w) !== undefined);
    if (ordinalDay && led && !monthNear && !dates.some((d) => d.start <= i && d.end > i) && (tokens[i + 1] === undefined || !/^\p{L}/u.test(tokens[i + 1] ?? '') || lexicons.some((l) => l.stopwords.has(tokens[i + 1] ?? '')))) {
      dates.push({ day: day(t), start: i, end: i + 1 });
      continue;
    }
    // "30/11", "11/25", "1.12.2025": day then month, unless only the other order makes a day.
    const figures = t === undefined ? null : /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?$/.exec(t);
    if (figures) {
      const [a, b] = [Number(figures[1]), Number(figures[2])];
      // ("1/12" in English may be the first of December or the twelfth of January: which, nothing says.)
      const english = lexicons[0]?.profile.code === 'en';
      if (english && a <= 12 && b <= 12 && a !== b) continue;
      const [d, mo] = b > 12 && a <= 12 ? [b, a] : [a, b];
      const y = figures[3] ? Number(figures[3].length === 2 ? `20${figures[3]}` : figures[3]) : undefined;
      if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) dates.push({ day: d, month: mo, ...(y ? { year: y } : {}), start: i, end: i + 1 });
      continue;
    }
    const m = month(t);
    // "en 2024", "in 2025": a year on its own is a date too; "2000 policiers", a number before what it counts, is not.
    const next = tokens[i + 1];
    const grammar = (w: string, kind: 'stopwords' | 'locatives') => lexicons.some((lex) => lex[kind].has(w));
    const counts = next !== undefined && !grammar(next, 'stopwords') && month(next) === undefined && !/^\d/.test(next) && !grammar(tokens[i - 1] ?? '', 'locatives');
    if (m === undefined && year(t) !== undefined && month(tokens[i - 1]) === undefined && !counts) dates.push({ year: year(t), start: i, end: i + 1 });
    if (m === undefined) continue;
    // "25 novembre 2025", "25 (th) of November", "November 25(th)"
    let d = day(tokens[i - 1]);
    let start = i;
    if (d !== undefined) start = i - 1;
    else if (tokens[i - 1] === 'of' && day(tokens[i - 2]) !== undefined) {
      d = day(tokens[i - 2]);
      start = i - 2;
    }
    let end = i + 1;
    if (d === undefined && day(tokens[i + 1]) !== undefined) {
      d = day(tokens[i + 1]);
      end = i + 2;
    }
    const y = year(tokens[end]);
    if (y !== undefined) end += 1;
    // "late November", « fin novembre », "early in December": a part of the month right before it.
    const partAt = (k: number) => lexicons.map((l) => l.monthParts.get(tokens[k] ?? '')).find((x) => x !== undefined);
    const linked = ['of', 'in', 'de', 'd'].includes(tokens[start - 1] ?? '');
    const days = d === undefined ? (partAt(start - 1) ?? (linked ? partAt(start - 2) : undefined)) : undefined;
    if (days) start -= partAt(start - 1) ? 1 : 2;
    dates.push({ day: d, month: m, year: y, start, end, ...(days ? { days } : {}) });
    // ("du 24 au 27 novembre", "from 24 to 27 November": the first day is of the same month, and named too.)
    const first = d !== undefined && start === i - 1 && lexicons.some((l) => l.rangeJoiners.has(tokens[start - 1] ?? '')) ? day(tokens[start - 2]) : undefined;
    if (first !== undefined && first < (d as number)) dates.push({ day: first, month: m, year: y, start: start - 2, end: start - 1 });
  }

  // wink-nlp reads English dates the token scan may miss ("Dec. 1st", "1/12").
  const english = lexicons.find((l) => l.profile.code === 'en');
  if (english) {
    for (const value of recognised) {
      const words = tokenize(value).map((w) => w.norm);
      if (dates.some((d) => d.month !== undefined && words.some((w) => english.months.get(w) === d.month))) continue;
      const m = words.map((w) => english.months.get(fold(w))).find((x) => x !== undefined);
      const d = words.map(day).find((x) => x !== undefined);
      if (m !== undefined || d !== undefined) dates.push({ day: d, month: m, start: -1, end: -1 });
    }
  }
  return dates;
}

/** Whether an ISO date (YYYY-MM-DD) agrees with everything a mention says. */
export function dateAgrees(iso: string, mention: DateMention): boolean {
  const [y, m, d, weekday] = dayOf(iso);
  if (mention.year !== undefined && mention.year !== y) return false;
  if (mention.month !== undefined && mention.month !== m) return false;
  if (mention.day !== undefined && mention.day !== d) return false;
  if (mention.days && (d < mention.days[0] || d > mention.days[1])) return false;
  if (mention.weekday !== undefined && mention.weekday !== weekday) return false;
  if ((mention.after !== undefined && iso <= mention.after) || (mention.before !== undefined && iso >= mention.before)) return false;
  return true;
}

/** The base's dates, read: a date said in a question is checked against every meeting (thousands at a thousand articles), and they share a few days. */
const days = new Map<string, readonly [number, number, number, number]>();
const DAYS_KEPT = 4_096;

/** Year, month, day and weekday (0 = Sunday) of an ISO date. */
function dayOf(iso: string): readonly [number, number, number, number] {
  let known = days.get(iso);
  if (!known) {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    known = [y, m, d, new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
    if (days.size >= DAYS_KEPT) days.clear();
    days.set(iso, known);
  }
  return known;
}
