// Words as typed, before they are grounded: chatter before the question, letters
// stretched for effect, French ordinals wink-nlp cuts, phrases read across the
// adverbs inside them, and names that overlap (the longest wins).
import type { KnowledgeBase } from '../knowledge/types.js';
import { fold } from '../language/normalize.js';
import type { EntityRef, LanguageLexicon, Lexicon } from './lexicon.js';
import { withinEdits } from './speller.js';
import type { PhraseMatch } from './phrases.js';
import type { Term, Token } from './read.js';

/**
 * "ok dumb question maybe but who is…", "i'm writing a school report — what…", « g lu vite fait, le 1er décembre… »:
 * the clauses before the first that holds anything the knowledge grounds are chatter around the question, when one follows;
 * their words are the asker's, not the question's.
 */
export function leadingChatter(terms: Term[], typed: readonly Token[], tokens: readonly string[], languages: readonly LanguageLexicon[]): void {
  const joinerEnds = new Set(languages.flatMap((l) => l.clauseJoiners.all(tokens)).map((m) => m.end));
  const heads = [0, ...typed.flatMap((t, i) => (i > 0 && (t.clause || (joinerEnds.has(i) && languages.some((l) => l.whWords.has(tokens[i] ?? '')))) ? [i] : []))];
  const grounded = (t: Term) => GROUNDED.has(t.kind);
  const inSegment = (t: Term, k: number) => t.start >= (heads[k] as number) && t.start < (heads[k + 1] ?? tokens.length);
  const first = heads.findIndex((_, k) => terms.some((t) => inSegment(t, k) && grounded(t)));
  if (first <= 0) return;
  // (Only clauses that show they are chatter, with a greeting, an aside or an apology: "Royal palace, was he received there?" is no chatter.)
  if (!heads.slice(0, first).every((_, k) => terms.some((t) => inSegment(t, k) && t.kind === 'marker' && t.marker === 'filler'))) return;
  const end = heads[first] as number;
  terms.forEach((t, i) => {
    if (t.start < end && t.kind === 'word') terms[i] = { kind: 'marker', marker: 'filler', start: t.start, end: t.end, surface: t.surface };
  });
}

/** "Guys the Y meeting was…", « les gars, … »: a word for people that opens the sentence calls on the readers; it is chatter. */
export function vocative(terms: Term[], tokens: readonly string[], languages: readonly LanguageLexicon[]): void {
  const called = languages.flatMap((l) => l.vocatives.all(tokens)).find((m) => m.start === 0);
  // (Not "guys met in Y": followed by its verb, it is who did it.)
  const next = terms.filter((t) => t.start >= (called?.end ?? 0) && t.kind !== 'function').sort((a, b) => a.start - b.start)[0];
  if (!called || next?.kind === 'predicate') return;
  terms.forEach((t, i) => {
    if (t.kind === 'generic' && t.start === 0 && t.end <= called.end) terms[i] = { kind: 'marker', marker: 'filler', start: t.start, end: t.end, surface: t.surface };
  });
}

/** What makes a clause more than chatter. */
const GROUNDED = new Set<Term['kind']>(['entity', 'concept', 'narrower', 'predicate', 'date', 'number', 'title', 'generic', 'cue', 'pronoun']);

/** "Heyyy", "sooo", "nooon": a letter typed three times or more is stretched for effect; the word is the one it stretches (two letters or one), when some word is. */
export function unstretched(word: string, known: (w: string) => boolean): string {
  // ("uhh", "ohh": a short word's last letter typed twice is a sound drawn out too.)
  const drawnOut = word.length <= SHORT_STRETCH && /(\p{L})\1$/u.test(word) ? word.slice(0, -1) : undefined;
  if (!/(\p{L})\1\1/u.test(word)) return drawnOut !== undefined && !known(word) && known(drawnOut) ? drawnOut : word;
  const double = word.replace(/(\p{L})\1{2,}/gu, '$1$1');
  const single = word.replace(/(\p{L})\1{2,}/gu, '$1');
  return [double, single].find(known) ?? word;
}

/** Words this long or shorter may end on a letter drawn out twice. */
const SHORT_STRETCH = 4;

/** "1" "er", "93" "e": wink-nlp cuts French ordinals; they are one word. */
export function ordinalsJoined(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out.at(-1);
    if (prev && /^\d+$/.test(prev.norm) && /^(er|re|ere|e|eme|ieme|th|st|nd|rd)$/.test(t.norm)) out[out.length - 1] = { ...prev, norm: prev.norm + t.norm, raw: prev.raw + t.raw };
    else out.push(t);
  }
  return out;
}

/** Several predicates for one phrase ("host": to receive someone, or to hold an event): kept together, told apart by their arguments. */
/** Phrases matched as if the adverbs said inside them were not there ("a bien eu lieu" is "a eu lieu"), at their places in the text. */
export function acrossAdverbs<T>(tokens: readonly string[], adverbs: ReadonlySet<string>, match: (tokens: readonly string[]) => PhraseMatch<T>[]): PhraseMatch<T>[] {
  const kept = tokens.flatMap((t, i) => (adverbs.has(t) && i > 0 ? [] : [i]));
  if (kept.length === tokens.length) return match(tokens);
  const direct = match(tokens);
  const across = match(kept.map((i) => tokens[i] as string))
    .filter((m) => m.end - m.start > 1)
    .map((m) => ({ ...m, start: kept[m.start] as number, end: (kept[m.end - 1] as number) + 1 }));
  return [...direct, ...across.filter((m) => !direct.some((d) => d.start === m.start && d.end === m.end))];
}

export function groupBySpan(matches: PhraseMatch<string>[]): { start: number; end: number; values: string[] }[] {
  const groups = new Map<string, { start: number; end: number; values: string[] }>();
  for (const m of matches) {
    const key = `${m.start}:${m.end}`;
    const g = groups.get(key) ?? { start: m.start, end: m.end, values: [] };
    if (!g.values.includes(m.value)) g.values.push(m.value);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/**
 * Entity mentions: overlapping matches of one entity merge ("93e AG" + "AG
 * de l'Agence" → one mention), then the longest span wins between entities.
 */
export function entitySpans(lexicon: Lexicon, tokens: string[]): { value: EntityRef; start: number; end: number }[] {
  const spans: { value: EntityRef; start: number; end: number }[] = [];
  for (const m of lexicon.entities.all(tokens)) {
    const same = spans.find((s) => s.value.entity === m.value.entity && m.start <= s.end && m.end >= s.start);
    if (same) {
      same.start = Math.min(same.start, m.start);
      same.end = Math.max(same.end, m.end);
      if (m.value.via === 'alias') same.value = m.value;
    } else spans.push({ value: m.value, start: m.start, end: m.end });
  }
  // ("head of the P pole": a title whose organisation runs on past it is that title of the longer name, read as one.)
  const cut = (s: (typeof spans)[number]) => s.value.via === 'role' && spans.some((o) => o !== s && o.value.entity !== s.value.entity && o.start > s.start && o.start < s.end && o.end > s.end);
  for (let i = spans.length - 1; i >= 0; i--) if (cut(spans[i] as (typeof spans)[number])) spans.splice(i, 1);
  spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Array<boolean>(tokens.length).fill(false);
  const kept = spans.filter((s) => {
    for (let i = s.start; i < s.end; i++) if (taken[i]) return false;
    for (let i = s.start; i < s.end; i++) taken[i] = true;
    return true;
  });
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * "Faisal Chakar": after a person's first name typed right, a word two slips from the name that follows it in one of
 * that person's aliases is that name (alone, "Chakar" is too far from any name to be mended).
 */
export function surnameAfter(kb: KnowledgeBase, first: string, word: string): string | undefined {
  const next = followersOf(kb).get(first);
  const found = next?.filter((n) => withinEdits(word, n, SURNAME_EDITS));
  return found?.length === 1 ? found[0] : undefined;
}

/** How far a surname typed after a first name may be from the one meant. */
const SURNAME_EDITS = 2;

/** The word that follows each first word of the base's people's aliases of two words or more, once per base. */
function followersOf(kb: KnowledgeBase): Map<string, string[]> {
  let map = followers.get(kb);
  if (map) return map;
  map = new Map();
  for (const e of kb.entities.values()) {
    if (e.type !== 'person') continue;
    for (const alias of [e.name.fr, e.name.en, ...e.aliases]) {
      const [head, second] = fold(alias).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      if (!head || !second) continue;
      const list = map.get(head) ?? [];
      if (!list.includes(second)) list.push(second);
      map.set(head, list);
    }
  }
  followers.set(kb, map);
  return map;
}

const followers = new WeakMap<KnowledgeBase, Map<string, string[]>>();
