// The facts that answer what a question asks (its slot), about the meetings
// or the entity it is about: who, where, when, why, what was discussed or
// said, who someone is, how many, the sources, a summary.
import type { Meeting } from '../knowledge/schema.js';
import type { Article, Fact, KnowledgeBase } from '../knowledge/types.js';
import type { Bm25Index } from '../retrieve/bm25.js';
import { placesOf, positionOf, uniqueFacts } from '../knowledge/fact-marks.js';
import { keptScores, numberedByPlace, type KeptScores } from './kept-scores.js';
import { relevance, relevanceByPlace } from './relevance.js';

export { mayBeRelevant, relevance } from './relevance.js';
import { isEveryMeeting, listingFacts, slotPool } from '../verify/pool.js';
import { factsAbout, placeAgrees } from '../retrieve/graph.js';
import { grammarOf, type Lexicon } from '../understand/lexicon.js';
import type { Carrier } from '../verify/carry.js';
import type { Query } from '../understand/frame.js';
import type { Intent } from '../types.js';
import { articleTitle, formatDate } from './names.js';
import { fewestOf } from './fewest.js';
import type { PlanOptions, Sentence } from './plan.js';

export interface SlotEnv {
  kb: KnowledgeBase;
  lexicon: Lexicon;
  carrier: Carrier;
  retrieval: Bm25Index<Fact>;
  options: PlanOptions;
}

/** How well each kind of fact answers each kind of question (1 = exactly what was asked). */
const SLOT_FIT: Partial<Record<Intent, Partial<Record<Fact['slot'], number>>>> = {
  who: { who: 1, statement: 0.3, why: 0.2, occasion: 0.5, topic: 0.2 },
  where: { where: 1, occasion: 0.3, why: 0.3, statement: 0.3 },
  when: { when: 1, who: 0.4 },
  why: { why: 1, occasion: 0.4, statement: 0.5, topic: 0.3 },
  topics: { topic: 1, statement: 0.8, why: 0.7, occasion: 0.2 },
  statement: { statement: 1, why: 0.9, topic: 0.3 },
  about: { who: 1, why: 0.5, topic: 0.5 },
  event: { occasion: 1, where: 0.7, why: 0.2 },
  yesno: { who: 1, why: 0.5, topic: 0.5, statement: 0.5 },
};
const WEIGHTS = { slot: 2.5, words: 1.5 };

/** Whether a fact is exactly what a question of this intent asks for. */
export function fits(intent: Intent, fact: Fact): boolean {
  return (SLOT_FIT[intent]?.[fact.slot] ?? 0) >= 1;
}

const say = (fact: Fact, q: Query): Sentence => ({ text: fact.text[q.language], facts: [fact] });
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

/** From this many facts, ranker() works out relevance() for the base at once (relevanceByPlace) rather than fact by fact. */
const LONG_LIST = 256;

/** Facts ordered by how close they come to the question: its concepts and names, then its words (BM25). */
export function ranker(q: Query, env: SlotEnv): (facts: readonly Fact[], limit?: number) => Fact[] {
  let words: ReturnType<Bm25Index<Fact>['scorer']> | undefined;
  let relevant: Float32Array | undefined;
  /** This question's scores, kept by place in the base (keptScores): long lists overlap. */
  let kept: KeptScores | undefined;
  // `limit`: only the first so many of the ranking (most callers quote one or two of thousands).
  return (facts, limit = Number.POSITIVE_INFINITY) => {
    const { kb } = env;
    words ??= env.retrieval.scorer(contentTokens(q, env));
    const { ofValue: wordsOf, ofNumber } = words;
    // A long list (at a thousand articles, every fact of every meeting) reads relevance() by the fact's place in the
    // base, worked out for the whole base at once (a fact that is not the base's own object is asked), and keeps each score.
    const long = facts.length > LONG_LIST;
    if (long) {
      relevant ??= relevanceByPlace(q, kb);
      kept ??= keptScores(kb);
    }
    const marked = long ? relevant : undefined;
    // A lasting list (knowledge/fact-marks.ts) comes with its facts' places, and BM25 numbers its documents by the
    // same places (the engine indexes the base's facts in order): a fact's score is read by its place, no lookup.
    const places = long && numberedByPlace(env) ? placesOf(facts) : undefined;
    const aligned = places !== undefined || numberedByPlace(env);
    const scoreAt = (f: Fact, p: number | undefined): number => {
      if (p === undefined || !marked || !kept) return relevance(f, q) * 2 + wordsOf(f) / 10;
      let s = kept.get(p);
      if (Number.isNaN(s)) kept.set(p, (s = (marked[p] as number) * 2 + (aligned ? ofNumber(p) : wordsOf(f)) / 10));
      return s;
    };
    // Facts that score nothing keep their order, after the others: only those that score are sorted, by score
    // then by place in the list (at a thousand articles a list can hold every fact, and most of them score nothing).
    const scoredFacts: Fact[] = [];
    const scores: number[] = [];
    const rest: Fact[] = [];
    // (A lasting list holds each fact once.)
    const list = places ? facts : uniqueFacts(kb, facts);
    for (let i = 0; i < list.length; i++) {
      const f = list[i] as Fact;
      const p = places ? places[i] : marked ? positionOf(kb, f) : undefined;
      const s = scoreAt(f, p === -1 ? undefined : p);
      if (s === 0) {
        if (rest.length < limit) rest.push(f);
      } else {
        scoredFacts.push(f);
        scores.push(s);
      }
    }
    // (Most callers want one or two of thousands: those are picked, not the whole list sorted.)
    const order = limit <= FEW && limit < scoredFacts.length ? bestFirst(scores, limit) : scoredFacts.map((_, k) => k).sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
    const out = order.slice(0, limit).map((k) => scoredFacts[k] as Fact);
    for (const f of rest) {
      if (out.length >= limit) break;
      out.push(f);
    }
    return out;
  };
}

/** Up to this many of a ranking are picked (bestFirst) rather than sorted whole. */
const FEW = 16;

/** The places of the `limit` highest scores, highest first, an earlier place first among equal scores: the head of the sorted order. */
function bestFirst(scores: readonly number[], limit: number): number[] {
  const best: number[] = [];
  for (let k = 0; k < scores.length; k++) {
    const s = scores[k] as number;
    // (A score equal to the last kept comes after it: its place is later.)
    if (best.length === limit && !(s > (scores[best[limit - 1] as number] as number))) continue;
    let j = best.length;
    while (j > 0 && (scores[best[j - 1] as number] as number) < s) j--;
    best.splice(j, 0, k);
    if (best.length > limit) best.pop();
  }
  return best;
}

function contentTokens(q: Query, env: SlotEnv): string[] {
  const { fr, en } = env.lexicon.languages;
  return q.reading.tokens.filter((t) => !fr.stopwords.has(t) && !en.stopwords.has(t));
}

/**
 * Facts about some meetings that answer an intent, best first: what the
 * question asks (slot), what it talks about (concepts, names) and the words
 * it shares with the fact (BM25) all count, so a paraphrase finds its fact.
 */
export function factsFor(intent: Intent, meetings: readonly Meeting[], q: Query, env: SlotEnv): Fact[] {
  const { kb } = env;
  let fit = SLOT_FIT[intent] ?? SLOT_FIT.who ?? {};
  // "Why was he in Lisbon?" asks what brought him there: the occasion.
  if (intent === 'why' && q.claim.places.length) fit = { ...fit, occasion: 1.1 };
  // (At a thousand articles a question can be about every meeting: their facts of these slots are gathered once per base.)
  const candidates = slotPool(kb, meetings, new Set((Object.keys(fit) as Fact['slot'][]).filter((slot) => (fit[slot] ?? 0) > 0)));
  if (candidates.length === 0) return [];
  // A long lasting list comes with its facts' places: BM25 and relevance() are read by place, the latter worked out
  // for the whole base at once (relevanceByPlace gives what relevance() gives), not looked up fact by fact.
  const places = candidates.length > LONG_LIST && numberedByPlace(env) ? placesOf(candidates) : undefined;
  const scorer = env.retrieval.scorer(contentTokens(q, env));
  const relevant = places ? relevanceByPlace(q, kb) : undefined;
  const placeOf = (i: number) => (places ? (places[i] as number) : -1);
  const words = candidates.map((f, i) => (placeOf(i) >= 0 ? scorer.ofNumber(placeOf(i)) : scorer.ofValue(f)));
  let top = 1e-9;
  for (const w of words) top = Math.max(top, w);
  const speakers = q.claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person').map((p) => p.entity);
  const relevanceOf = (f: Fact, i: number) => (relevant && placeOf(i) >= 0 ? (relevant[placeOf(i)] as number) : relevance(f, q));
  const score = (f: Fact, i: number) => WEIGHTS.slot * (fit[f.slot] ?? 0) + relevanceOf(f, i) + WEIGHTS.words * ((words[i] as number) / top) + (intent === 'statement' && f.speaker && speakers.includes(f.speaker) ? 1 : 0);
  const ranked = candidates.map((f, i) => ({ f, s: score(f, i) })).sort((a, b) => b.s - a.s);
  const best = ranked[0]?.s ?? 0;
  // "Who talked about the <a region>?": the fact that says it, and who was there.
  if (intent === 'who' && q.claim.topics.length && ranked[0] && ranked[0].f.slot !== 'who' && relevance(ranked[0].f, q) > 0) {
    const content = ranked[0].f;
    const who = factsAbout(kb, content.about, 'who')[0];
    return who ? [who, content] : [content];
  }
  // "Where did they meet?" about two meetings: one answer per meeting.
  if ((intent === 'who' || intent === 'where' || intent === 'when') && meetings.length > 1) {
    // The best fact of each meeting (ranked is best first), looked up rather than searched for each meeting.
    const bestOf = new Map<string, Fact>();
    for (const r of ranked) if (r.s >= best * 0.7 && !bestOf.has(r.f.about)) bestOf.set(r.f.about, r.f);
    const perMeeting = meetings.map((m) => bestOf.get(m.id)).filter(isFact);
    if (perMeeting.length) return perMeeting;
  }
  const hasTopic = q.claim.topics.length > 0;
  const limit = intent === 'topics' && !hasTopic ? env.options.maxFacts : intent === 'about' ? 1 : 2;
  const cut = intent === 'topics' ? 0.6 : 0.8;
  const chosen = ranked.filter((r) => r.s >= best * cut).slice(0, limit).map((r) => r.f);
  // A "why" answer states a purpose, even when the best match is the occasion.
  if (intent === 'why' && !chosen.some((f) => f.slot === 'why')) {
    const purpose = ranked.find((r) => r.f.slot === 'why')?.f;
    if (purpose) chosen.splice(Math.min(chosen.length, limit - 1), 1, purpose);
  }
  return chosen;
}

/** Sentences answering a question's slot about its meetings or subject; undefined when nothing answers it. */
export function answerSlot(intent: Intent, q: Query, meetings: readonly Meeting[], env: SlotEnv, subject?: string): Sentence[] | undefined {
  const { kb } = env;
  const t = kb.languages[q.language].templates;
  const ofFacts = (facts: Fact[]) => (facts.length ? facts.map((f) => say(f, q)) : undefined);
  const event = q.claim.events[0]?.entity;
  const aboutEvent = event !== undefined && !q.claim.participants.length && !q.claim.meetings.length && !q.claim.generic.has('meeting');
  switch (intent) {
    case 'role':
    case 'definition': {
      // ("who are C and B?": each of the people named, when nothing is said of them.)
      const people = intent === 'role' && !q.claim.predicates.length ? [...new Set(q.claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person').map((p) => p.entity))] : [];
      if (people.length >= 2) {
        const each = people.map((p) => entityAnswer(p, intent, q, env));
        if (each.every((a) => a !== undefined)) return each.flat() as Sentence[];
      }
      return subject ? entityAnswer(subject, intent, q, env) : undefined;
    }
    case 'meetings': {
      // ("à part C, quels autres chefs de délégation A a rencontrés ?": the others, not C's meeting.)
      if (q.exclude) return ofFacts(othersMet(q, meetings, env));
      const every = isEveryMeeting(kb, meetings);
      const { kept, rest } = fewest(every ? kb.meetings : meetings, (m) => factsAbout(kb, m.id, 'who'), dateOf(kb, (m) => m.article), q, env, 'who', every);
      return withRest(ofFacts(kept.flatMap((m) => factsAbout(kb, m.id, 'who'))), rest, t.meetings_more);
    }
    case 'count':
      return countAnswer(q, meetings, env);
    case 'summary': {
      // ("c quoi l'histoire des grands événements sportifs ?": the story of something talked about is the facts that say it.)
      if (q.claim.topics.some((t) => t.kind === 'concept') && !q.claim.participants.length && !q.claim.meetings.length && !q.claim.events.length && !q.claim.generic.has('meeting') && !q.claim.generic.has('article')) break;
      const article = articleFor(q, meetings, env);
      if (article) return ofFacts(article.summary.map((id) => kb.facts.get(id)).filter(isFact));
      const headlines = (a: Article) => a.summary.slice(0, 2).map((id) => kb.facts.get(id)).filter(isFact);
      const { kept, rest } = fewest(kb.articlesByDate, headlines, dateOf(kb, (a) => a.id), q, env, 'headlines', true);
      return withRest(ofFacts(kept.flatMap(headlines)), rest, t.articles_more);
    }
    case 'sources': {
      const reported = new Set(meetings.map((m) => m.article));
      const source = (a: Article) => (kb.factsCiting.get(a.id) ?? []).filter((f) => f.slot === 'source').slice(0, 1);
      const every = meetings.length === kb.meetings.length;
      const cited = every ? kb.articlesByDate : kb.articlesByDate.filter((a) => reported.has(a.id));
      const { kept, rest } = fewest(cited, source, dateOf(kb, (a) => a.id), q, env, 'sources', every);
      const lines = kept.map((a) => {
        const [fact] = source(a);
        return { text: fill(t.source_line, { title: articleTitle(a, kb, q.language), date: formatDate(a.date, kb, q.language), fact: fact?.text[q.language] ?? '' }), facts: fact ? [fact] : [] };
      });
      return withRest(lines, rest, t.articles_more);
    }
    default:
      break;
  }
  if (aboutEvent && ['when', 'where', 'about', 'why', 'topics', 'yesno', 'who'].includes(intent)) {
    const slot = intent === 'where' ? 'where' : intent === 'when' ? 'when' : undefined;
    const facts = slot ? factsAbout(kb, event, slot) : factsAbout(kb, event);
    if (intent !== 'who' && facts.length) return ofFacts(facts.slice(0, 2));
  }
  // "Where are the peacekeeping missions deployed?": an idea as the subject; the facts that speak of it.
  const ideas = q.claim.topics.filter((x) => x.kind === 'concept');
  if (intent === 'where' && ideas.length && !q.claim.participants.length && !q.claim.places.length && !q.claim.meetings.length) {
    const first = ideas[0];
    const facts = (first?.kind === 'concept' ? (kb.factsWithConcept.get(first.concept) ?? []) : []).filter((f) => ideas.every((x) => x.kind === 'concept' && f.concepts.includes(x.concept)));
    if (facts.length) return ofFacts(ranker(q, env)(facts).slice(0, 2));
  }
  // "Where are the U P units?": a place named as a subject, not as a meeting's location.
  const subjectPlace = q.claim.topics.find((x) => x.kind === 'entity' && kb.entities.get(x.entity)?.type === 'place');
  if (intent === 'where' && subjectPlace?.kind === 'entity' && !q.claim.participants.length) {
    const facts = (kb.factsMentioning.get(subjectPlace.entity) ?? []).filter((f) => f.mentions.includes(subjectPlace.entity));
    if (facts.length) return ofFacts(ranker(q, env)(facts).slice(0, 2));
  }
  if (intent === 'who' && q.exclude) return ofFacts(othersMet(q, meetings, env));
  if (intent === 'about' && subject && !meetings.length) return entityAnswer(subject, intent, q, env);
  // "Where did the two meetings take place?" of a base with hundreds: the most relevant few, then how many more.
  if ((intent === 'who' || intent === 'where' || intent === 'when') && meetings.length > env.options.maxListed) {
    // (Of every meeting, gathered once per base, as for 'meetings'.)
    const every = isEveryMeeting(kb, meetings);
    const { kept, rest } = fewest(every ? kb.meetings : meetings, (m) => factsAbout(kb, m.id, intent), dateOf(kb, (m) => m.article), q, env, intent, every);
    return withRest(ofFacts(factsFor(intent, kept, q, env)), rest, t.meetings_more);
  }
  return ofFacts(factsFor(intent, meetings, q, env));
}

/** "Who else did X meet?": the meetings the articles report besides those the conversation knows. */
function othersMet(q: Query, meetings: readonly Meeting[], env: SlotEnv): Fact[] {
  const { kb } = env;
  const known = new Set(meetings.length < kb.meetings.length ? meetings.flatMap((m) => m.guests) : kb.meetings.flatMap((m) => m.guests));
  const people = q.claim.participants.map((p) => p.entity);
  // Someone named acts in every fact kept: their own facts (in the base's order) rather than every fact of the base.
  const first = people[0];
  const pool = first !== undefined ? (kb.factsByActor.get(first) ?? []) : [...kb.facts.values()];
  // ("besides C, who did A meet in X?", "…during the O assembly?": at the place, or on the occasion, asked about.)
  // (Once per meeting: with no one named, the pool is every fact of the base.)
  const thereOf = new Map<string, boolean>();
  const there = (f: Fact) => {
    let found = thereOf.get(f.about);
    if (found === undefined) {
      const meeting = kb.entities.get(f.about);
      found = meeting?.type !== 'meeting' || (q.claim.places.every((p) => placeAgrees(kb, meeting, p.entity)) && q.claim.events.every((e) => meeting.occasion === e.entity));
      thereOf.set(f.about, found);
    }
    return found;
  };
  // (One fact per meeting, the first: a set of the meetings seen, as the pool can be every fact of the base.)
  const seen = new Set<string>();
  return pool.filter((f) => {
    if (seen.has(f.about) || !f.predicates.some((p) => p === 'meet' || kb.predicates.get(p)?.entails.includes('meet')) || !people.every((p) => f.agents.includes(p) || f.objects.includes(p)) || !f.objects.some((o) => !known.has(o)) || !there(f)) return false;
    seen.add(f.about);
    return true;
  });
}

function entityAnswer(subject: string, intent: Intent, q: Query, env: SlotEnv): Sentence[] | undefined {
  const { kb } = env;
  const entity = kb.entities.get(subject);
  if (!entity) return undefined;
  let facts = factsAbout(kb, subject, 'role', 'definition');
  if (entity.type === 'person' && intent === 'about') {
    facts = [...facts, ...(kb.meetingsInvolving.get(subject) ?? []).flatMap((m) => factsAbout(kb, m.id, 'who'))];
  } else if (facts.length === 0 && entity.type === 'place') {
    facts = kb.meetings.filter((m) => placeAgrees(kb, m, subject)).flatMap((m) => factsAbout(kb, m.id, 'where'));
    if (facts.length === 0) facts = mentioning(kb, subject);
  } else if (facts.length === 0) facts = factsAbout(kb, subject).length ? factsAbout(kb, subject) : mentioning(kb, subject);
  return facts.length ? facts.slice(0, env.options.maxFacts).map((f) => say(f, q)) : undefined;
}

function countAnswer(q: Query, meetings: readonly Meeting[], env: SlotEnv): Sentence[] | undefined {
  const { kb } = env;
  const lang = q.language;
  const t = kb.languages[lang].templates;
  const target = q.reading.countTarget ?? (q.claim.topics.length ? 'item' : 'meeting');
  // "How many days did the assembly still have to run?": from the day said to the event's end.
  const event = q.claim.events[0] ? kb.entities.get(q.claim.events[0].entity) : undefined;
  const day = q.claim.dates.find((d) => d.day !== undefined && d.month !== undefined);
  if (target === 'day' && event?.type === 'event' && event.ends && day) {
    const iso = `${day.year ?? event.ends.slice(0, 4)}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
    const days = Math.round((Date.parse(event.ends) - Date.parse(iso)) / 86_400_000);
    const when = factsAbout(kb, event.id, 'when').slice(0, 1);
    if (days >= 0) return [...when.map((f) => say(f, q)), { text: fill(t.days_left, { n: String(days) }), facts: when }];
  }
  // "How many days between the two meetings?": the ones named, or both when there are only two.
  // (Only with a word of a span between them: "how many days did C's visit last" asks a length no record gives.)
  const spanned = kb.meetings.length === 2 ? kb.meetings : meetings;
  const between = q.reading.tokens.some((w) => grammarOf(env.lexicon).spanWords.has(w));
  if (target === 'day' && spanned.length === 2 && between) {
    const [a, b] = spanned as [Meeting, Meeting];
    const days = Math.round(Math.abs(Date.parse(b.date) - Date.parse(a.date)) / 86_400_000);
    const when = [a, b].flatMap((m) => factsAbout(kb, m.id, 'when').slice(0, 1));
    return [...when.map((f) => say(f, q)), { text: fill(t.days_between, { n: String(days) }), facts: when }];
  }
  // (Days of nothing said to be between: how long something lasted, which no record gives.)
  if (target === 'day' && !between) return undefined;
  if (target === 'article') {
    // (The count is the base's; the sources quoted, the first few: at a thousand articles, a thousand markers say nothing.)
    const facts = kb.articlesByDate.slice(0, env.options.maxListed).flatMap((a) => (kb.meetingsInArticle.get(a.id) ?? []).flatMap((m) => factsAbout(kb, m.id, 'source')));
    return [{ text: fill(t.count_articles, { n: String(kb.articles.size) }), facts }];
  }
  if (target === 'item') {
    // Only an idea or a name says what is counted: "how many does he earn" counts nothing the articles list.
    if (!q.claim.topics.some((x) => x.kind !== 'word')) return undefined;
    // ("how many peacekeeping missions?": a list counts only what it is a list of, the ideas its fact carries.)
    const ideas = q.claim.topics.flatMap((x) => (x.kind === 'concept' ? [x.concept] : []));
    const withItems = listingFacts(kb, meetings).filter((f) => ideas.every((c) => f.concepts.includes(c)));
    const fact = ranker(q, env)(withItems)[0];
    return fact ? [countItems(fact, q, env)] : undefined;
  }
  // "How many U officials did he receive?": people count as the ones met.
  if (target === 'person' && !q.claim.predicates.some((p) => p.ids.some((id) => env.kb.predicates.get(id)?.kind === 'meeting'))) return undefined;
  const met = target === 'person' ? peopleMet(q, meetings, env) : undefined;
  if (met) return [met];
  // ("how many bilateral meetings did A hold?": meetings of a kind a fact speaks of without a number are not the ones reported.)
  const ofKind = unnumbered(q, meetings, env);
  if (ofKind) return [{ text: t.count_not_given, facts: [] }, say(ofKind, q)];
  const lead = meetings.length === 1 ? t.count_meeting_one : fill(t.count_meetings, { n: String(meetings.length) });
  // "How many meetings?" of a base with hundreds: the count, the most relevant few, and how many more.
  const every = isEveryMeeting(kb, meetings);
  const { kept, rest } = fewest(every ? kb.meetings : meetings, (m) => factsAbout(kb, m.id, 'who'), dateOf(kb, (m) => m.article), q, env, 'who', every);
  return withRest([{ text: lead, facts: [] }, ...kept.flatMap((m) => factsAbout(kb, m.id, 'who')).map((f) => say(f, q))], rest, t.meetings_more);
}

/** The ideas a question asks about, as a subject or as what describes one (« réunions bilatérales »). */
export const ideasAsked = (q: Query) => [...q.claim.topics, ...q.claim.described].flatMap((x) => (x.kind === 'concept' ? [x.concept] : []));
const carryingAll = (ideas: readonly string[]) => (f: Fact) => ideas.every((c) => f.concepts.includes(c));

/** A fact of these meetings that speaks of every idea asked about, when the answer's facts do not: "who did A hold
 *  bilateral meetings with?" is answered by the meeting, then by the fact that says there were such meetings. */
export function ideasUnanswered(q: Query, meetings: readonly Meeting[], env: SlotEnv, answered: readonly Fact[]): Fact | undefined {
  const ideas = ideasAsked(q);
  const carries = carryingAll(ideas);
  if (!ideas.length || meetings.length > env.options.maxListed || answered.some(carries)) return undefined;
  return meetings.flatMap((m) => factsAbout(env.kb, m.id)).find(carries);
}

/** The fact of these meetings that speaks of the kind of meeting counted, when the meetings' own accounts do not. */
function unnumbered(q: Query, meetings: readonly Meeting[], env: SlotEnv): Fact | undefined {
  const ideas = ideasAsked(q);
  if (!ideas.length || meetings.length > env.options.maxListed) return undefined;
  const carries = carryingAll(ideas);
  const facts = meetings.flatMap((m) => factsAbout(env.kb, m.id));
  if (facts.some((f) => f.slot === 'who' && carries(f))) return undefined;
  return facts.find((f) => f.slot !== 'who' && carries(f) && f.predicates.some((p) => p === 'meet' || env.kb.predicates.get(p)?.entails.includes('meet')));
}

/** "How many U officials did A meet?": the people met besides those named, counted in the question's words, with their meetings. */
function peopleMet(q: Query, meetings: readonly Meeting[], env: SlotEnv): Sentence | undefined {
  const { kb } = env;
  const cue = q.reading.cues.find((c) => c.intent === 'count');
  const noun = q.reading.terms.find((t) => t.kind === 'generic' && t.what === 'person' && cue !== undefined && t.start >= cue.end && t.start - cue.end <= 3);
  if (!cue || !noun || meetings.length > env.options.maxListed) return undefined;
  const named = new Set(q.claim.participants.map((p) => p.entity));
  const people = [...new Set(meetings.flatMap((m) => [m.host, ...m.guests]))].filter((p) => !named.has(p) && kb.entities.get(p)?.type === 'person');
  if (!people.length) return undefined;
  const t = kb.languages[q.language].templates;
  const list = joinList(people.map((p) => kb.entities.get(p)?.name[q.language] ?? p), t);
  const facts = meetings.flatMap((m) => factsAbout(kb, m.id, 'who').slice(0, 1));
  // (The question's words from the first that is not grammar: « combien de responsables » counts "responsables".)
  const from = q.reading.terms.find((x) => x.start >= cue.end && x.kind !== 'function')?.start ?? noun.start;
  const text = people.length === 1 ? fill(t.count_person_one, { list }) : fill(t.count_people, { n: String(people.length), what: q.reading.raw.slice(from, noun.end).join(' '), list });
  return { text, facts };
}

export function countItems(fact: Fact, q: Query, env: SlotEnv): Sentence {
  const t = env.kb.languages[q.language].templates;
  const names = (fact.items ?? []).map((id) => env.kb.entities.get(id)?.name[q.language] ?? id);
  return { text: fill(t.count_items, { n: String(names.length), list: joinList(names, t) }), facts: [fact] };
}

export function joinList(items: readonly string[], t: { and: string; list_sep: string }): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(t.list_sep)}${t.and}${items.at(-1) as string}`;
}

/** fewestOf() with the question's ranking and the options' limit. */
function fewest<T>(items: readonly T[], factsOf: (item: T) => readonly Fact[], dateOf: (item: T) => string, q: Query, env: SlotEnv, what: string, lasting: boolean): { kept: T[]; rest: number } {
  return fewestOf(items, factsOf, dateOf, { kb: env.kb, limit: env.options.maxListed, rank: ranker(q, env) }, what, lasting);
}

/** An item's article's date ('' for none). */
const dateOf = <T>(kb: KnowledgeBase, articleOf: (item: T) => string) => (item: T) => kb.articles.get(articleOf(item))?.date ?? '';

/** A list's sentences, then how many it left out. */
function withRest(sentences: Sentence[] | undefined, rest: number, template: string): Sentence[] | undefined {
  return sentences && rest > 0 ? [...sentences, { text: fill(template, { n: String(rest) }), facts: [] }] : sentences;
}

function articleFor(q: Query, meetings: readonly Meeting[], env: SlotEnv) {
  const { kb } = env;
  const articles = kb.articlesByDate;
  const ordinal = q.reading.ordinal;
  if (ordinal === '1') return articles[0];
  if (ordinal === '2') return articles[1];
  if (ordinal === 'last') return articles.at(-1);
  if (meetings.length === 1) return kb.articles.get((meetings[0] as Meeting).article);
  return undefined;
}

const isFact = (f: Fact | undefined): f is Fact => f !== undefined;

/** The facts that name an entity among their mentions (the index also holds those that count it among their items). */
const mentioning = (kb: KnowledgeBase, id: string) => (kb.factsMentioning.get(id) ?? []).filter((f) => f.mentions.includes(id));
