// A Discord message is not a clean question: people greet first, add an
// opinion after, ask two things at once, paste a paragraph with the question
// at the end. The message is cut into sentences (wink-nlp), coordinated
// questions are cut apart ("Qui est B et pourquoi il est venu ?"), and
// each piece is read; the questions are kept, the chatter is set aside.
import type { KnowledgeBase, Language } from '../knowledge/types.js';
import { fold, sentences, textNorms } from '../language/normalize.js';
import { frameQuestion, type Query } from './frame.js';
import { grammarOf, type Lexicon } from './lexicon.js';
import { hasVerb } from './clauses.js';
import { presupposition } from './presupposed.js';
import { readSentence } from './read.js';
import { speaksOfThemselves } from './writer.js';

/** A message is read up to this many characters: a Discord message is at most 2,000, a /check 4,000. */
export const MAX_MESSAGE_CHARS = 4000;
/** …and at most this many sentences, the questions among them wherever they stand. */
export const MAX_SENTENCES = 40;

export interface Utterances {
  /** The questions, in order. */
  questions: Query[];
  /** Statements with something checkable, when the message asks nothing. */
  statements: Query[];
  /** The questions that only say the one before them more precisely. */
  elaborations: ReadonlySet<Query>;
  /** What a question took for granted (presupposed.ts), read as a statement: judged with it. */
  presupposed: ReadonlyMap<Query, Query>;
  /** The second of two questions asked as alternatives ("did A receive B, or did B receive A?"): the one before is the first. */
  alternatives: ReadonlySet<Query>;
}

export function utterancesOf(message: string, kb: KnowledgeBase, lexicon: Lexicon, language: Language): Utterances {
  const read = (text: string) => frameQuestion(readSentence(text, kb, lexicon, language), kb, lexicon);
  // (What a question takes for granted goes before it, as a statement of its own, which goes with that question.)
  const granted = new Map<string, Query>();
  const orSecond = new Set<string>();
  let grant: Query | undefined;
  const pieces = message
    .slice(0, MAX_MESSAGE_CHARS)
    .split(/\n+/)
    .flatMap((line) => (line.trim() ? sentences(line) : []))
    .flatMap((s) => ownBeforeADash(s, (text) => speaksOfThemselves(read(text), lexicon)))
    .slice(0, MAX_SENTENCES)
    .flatMap((s) => {
      const p = presupposition(s, language, lexicon, read, hasSubstance);
      if (!p) return [s];
      granted.set(p.said, p.reading);
      // (An apposition or an opening clause stays in the question, whose reader may see to it; a relative clause,
      // which it would read as a question of its own, does not.)
      return [p.said, p.relative ? p.asked : s];
    })
    .flatMap((s) => (granted.has(s) ? [s] : splitAlternative(s, lexicon, read, orSecond)))
    .flatMap((s) => (granted.has(s) ? [s] : splitCoordinated(s, lexicon)))
    .flatMap((s) => (granted.has(s) ? [s] : splitAboutThat(s, lexicon)));
  const questions: Query[] = [];
  const statements: Query[] = [];
  const presupposed = new Map<Query, Query>();
  const elaborations = new Set<Query>();
  const alternatives = new Set<Query>();
  // (How many questions there were when the piece just read was one: -1 after a statement.)
  let lastPiece = -1;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as string;
    // (What a question took for granted is said, however it reads alone: "A is the new guy" asks nothing.)
    const taken = granted.get(piece);
    if (taken) {
      grant = taken;
      continue;
    }
    let q = read(piece);
    // "did he go to Y? C I mean", "didn't they meet in Y? the C meeting i mean": the names after a question
    // say whom its pronoun stands for, as they would said before it.
    const next = pieces[i + 1];
    if (next !== undefined && isQuestion(q) && q.reading.terms.some((t) => t.kind === 'pronoun')) {
      const after = read(next);
      if (namesOnly(after, lexicon)) {
        q = read(`${next.replace(/[.!…\s]+$/u, '')}, ${piece}`);
        i++;
      }
    }
    // "Is that accurate?", "c'est vrai ?", "is that what the Y article says?": a question about the statements before it,
    // which are what is asked.
    const aboutThat = q.reading.terms.some((t) => t.kind === 'marker' && t.marker === 'about_that');
    if ((q.polar || aboutThat) && ((!hasSubstance(q) && q.claim.topics.length === 0) || aboutThat) && statements.length && isQuestion(q)) {
      questions.push(...statements.splice(0).map((s) => ({ ...s, polar: true, intent: 'yesno' as const })));
      continue;
    }
    if (q.empty) continue;
    // "where's B from? like which country", « qui est C ? genre son poste »: a question that names nothing and has no verb,
    // right after another, asks that one more precisely.
    if (lastPiece === questions.length && questions.length && isQuestion(q) && !q.polar && !hasVerb(q, lexicon) && namesNothing(q)) elaborations.add(q);
    // ("i was reading about A and B.": the writer speaking of themselves asks nothing, however it opens.)
    if (isQuestion(q) && !speaksOfThemselves(q, lexicon)) {
      if (orSecond.has(piece) && lastPiece === questions.length && questions.length) alternatives.add(q);
      questions.push(q);
      if (grant) presupposed.set(q, grant);
      grant = undefined;
      lastPiece = questions.length;
    } else {
      // (What a sentence took for granted goes with that sentence's question only.)
      grant = undefined;
      lastPiece = -1;
      if (hasSubstance(q)) statements.push(q);
    }
  }
  return { questions, statements, elaborations, presupposed, alternatives };
}

/**
 * "did A receive B, or did B receive A?", « A a reçu B, ou c'est B qui a reçu A ? »: two yes/no questions, each with a
 * verb, or the second saying only the place or day that differs ("…in Y or in X?"), as alternatives; the second is
 * noted in `second`. (Not "before or after C?": a second part with no verb that names someone is one question's.)
 */
function splitAlternative(sentence: string, lexicon: Lexicon, read: (text: string) => Query, second: Set<string>): string[] {
  if (!/\?\s*$/.test(sentence)) return [sentence];
  const { alternative } = grammarOf(lexicon);
  for (const m of sentence.matchAll(/[,;]?\s+(\p{L}+)(?=\s)/gu)) {
    // (As written: « où » is no « ou ».)
    if (!alternative.has((m[1] ?? '').toLowerCase())) continue;
    const left = sentence.slice(0, m.index).trim();
    const right = sentence.slice((m.index ?? 0) + m[0].length).trim();
    const [a, b] = [read(left), read(right)];
    // (The second may say only what differs, "…in Y or in X?": it is the first with that in its place.)
    const differs = (q: Query) => q.claim.places.length + q.claim.dates.length + q.claim.participants.length > 0;
    if (!hasVerb(a, lexicon) || !a.claim.participants.length || !differs(b) || (!hasVerb(b, lexicon) && (b.claim.participants.length > 0 || a.claim.places.length + a.claim.dates.length === 0))) continue;
    second.add(right);
    return [`${left} ?`, right];
  }
  return [sentence];
}

/** Names and nothing said of them: "C I mean", « je parle de la réunion avec C ». */
function namesOnly(q: Query, lexicon: Lexicon): boolean {
  const c = q.claim;
  const named = c.participants.some((p) => p.type === 'person') || c.meetings.length > 0;
  return named && !isQuestion(q) && !hasVerb(q, lexicon) && c.topics.length + c.places.length + c.dates.length + c.events.length + c.titles.length + c.identities.length === 0;
}

function namesNothing(q: Query): boolean {
  const c = q.claim;
  return c.participants.length + c.places.length + c.unknownPlaces.length + c.events.length + c.meetings.length + c.dates.length + c.titles.length + c.identities.length + c.issuers.length === 0 && !c.generic.has('meeting') && !c.generic.has('article');
}

export function isQuestion(q: Query): boolean {
  if (q.reading.endsWithQuestionMark || q.interrogative || q.request) return true;
  if (!q.polar) return false;
  return q.reading.terms.some((t) => t.kind === 'marker' && (t.marker === 'opener' || t.marker === 'inversion' || t.marker === 'tag'));
}

export function hasSubstance(q: Query): boolean {
  const c = q.claim;
  // (« …, selon B »: whose words they are is someone in it too.)
  // (« la rencontre à X c'était un lundi »: a place or a day said of "the meeting" is a claim about it.)
  const ofAMeeting = (q.pronouns.has('meeting') || c.generic.has('meeting')) && c.places.length + c.dates.length > 0;
  // (« entre X et Y ya eu 10 jours d'écart »: days said between places or days are a span between the meetings there.)
  const apart = c.counts.some((n) => n.target === 'day') && c.places.length + c.dates.length + c.topics.filter((t) => t.kind === 'entity').length > 0;
  return c.participants.length + c.predicates.length + c.titles.length + c.identities.length + c.events.length + c.meetings.length + (c.source || c.attributedTo?.length ? 1 : 0) > 0 || ofAMeeting || apart;
}

/** "I read the U asked…, is that what the article says?": the statement, then the question about it. */
function splitAboutThat(sentence: string, lexicon: Lexicon): string[] {
  for (const comma of [...sentence.matchAll(/,\s*/g)]) {
    const rest = sentence.slice((comma.index ?? 0) + comma[0].length);
    const tokens = textNorms(rest);
    // ("…, c'est ça ?" is a tag on the sentence, which is asked whole; "…, is that what the article says?" a question of its own.)
    if (Object.values(lexicon.languages).some((l) => l.markers.all(tokens).some((m) => m.value === 'about_that' && m.start === 0 && m.end < tokens.length))) {
      return [sentence.slice(0, comma.index).trim(), rest.trim()];
    }
  }
  return [sentence];
}

/** "Qui est B et pourquoi il est venu ?": two questions, cut before the second question word when the first part stands alone. */
/**
 * "ok so i was reading about A and B — did they talk about X?": what the writer says of themselves before a dash ends
 * there, as a full stop would. (Not any dash: "A hosted B in Y — what was the point?" asks of what it says.)
 */
function ownBeforeADash(sentence: string, own: (text: string) => boolean): string[] {
  const m = /^(.*?\S)\s+[—–-]\s+(\S.*\?)\s*$/u.exec(sentence);
  return m?.[1] && m[2] && own(m[1]) ? [m[1], m[2]] : [sentence];
}

function splitCoordinated(sentence: string, lexicon: Lexicon): string[] {
  const wh = [...lexicon.languages.fr.whWords, ...lexicon.languages.en.whWords];
  const { conjunction } = grammarOf(lexicon);
  const words = sentence.split(/(\s+)/);
  for (let i = 2; i < words.length; i += 2) {
    const joiner = fold(words[i - 2] ?? '').replace(/[,;]$/, '');
    const next = fold(words[i] ?? '').replace(/[^\p{L}']/gu, '');
    const comma = /[,;]$/.test(words[i - 2] ?? '');
    if (!((conjunction.has(joiner) || comma) && wh.includes(next))) continue;
    const left = words.slice(0, comma && !conjunction.has(joiner) ? i - 1 : i - 2).join('').trim().replace(/[,;]$/, '');
    // "where and when": the first part is only a question word; one question with two slots.
    const leftWords = left.split(/\s+/).map((w) => fold(w).replace(/[^\p{L}']/gu, ''));
    if (leftWords.filter((w) => !wh.includes(w)).length < 2 || !leftWords.some((w) => wh.includes(w))) continue;
    const right = words.slice(i).join('').trim();
    return [left.endsWith('?') ? left : `${left} ?`, ...splitCoordinated(right, lexicon)];
  }
  return [sentence];
}
