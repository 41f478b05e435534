// What to say, from what the question asks and what the verifier found.
//
//   question     verdict        answer
//   yes/no       supported      "Yes: <fact>" ("In fact, yes" to a negated question)
//   yes/no       contradicted   "No: <the fact that says otherwise>"
//   yes/no       not stated     "The articles don't say so." + why + what comes closest
//   wh-          contradicted   the correction, then the answer about what did happen
//   wh-          not stated     the same as yes/no, or a refusal when what is asked is unknown
//   wh-          supported/none the facts that answer the slot
import type { Meeting } from '../knowledge/schema.js';
import { inCoverage, meetingsInvolvingAny } from '../knowledge/indexes.js';
import type { Fact, Language } from '../knowledge/types.js';
import { asksWhichOf, type InContext } from '../understand/context.js';
import type { Query } from '../understand/frame.js';
import { dateAgrees } from '../understand/dates.js';
import type { Focus, Intent } from '../types.js';
import { scopeOf } from '../verify/scope.js';
import type { Gap, Judgement } from '../verify/verdict.js';
import { affiliations, factsAbout as factsAboutEntity } from '../retrieve/graph.js';
import type { Plan, Sentence } from './plan.js';
import { answerSlot, countItems, fits, ideasUnanswered, type SlotEnv } from './slots.js';
import { asksOnWhoseBehalf, spokenFor } from './on-behalf.js';
import { notTheirWords } from './spoken-of.js';
import { articlesHold } from './article-words.js';

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

/** A filled sentence frame, with the language's contractions made ("de le" → "du"). */
function contract(text: string, contractions: Record<string, string>): string {
  let out = text;
  for (const [from, to] of Object.entries(contractions)) out = out.split(from).join(to);
  return out;
}

export function respond(ctx: InContext, judgement: Judgement | undefined, env: SlotEnv, previous?: Focus): Plan {
  const { query: q } = ctx;
  const { kb } = env;
  const t = kb.languages[q.language].templates;
  const named = [...new Set([...q.claim.participants.map((p) => p.entity), ...q.claim.places.map((p) => p.entity), ...q.claim.events.map((e) => e.entity), ...q.claim.meetings.map((m) => m.entity)])];
  // ("A a vu un mec de l'U à Y ?" … "il a dit quoi ?": "il" is the one the question did not name, whom the answer found.)
  // ("the U K guy wants…, he said so…": of several, the one from the organisation said.)
  const orgs = q.claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'organisation').map((p) => p.entity);
  const unnamedIn = (meetings: readonly Meeting[]) => {
    const found = q.claim.generic.has('person') && meetings.length === 1 && meetings[0] ? [meetings[0].host, ...meetings[0].guests].filter((p) => !q.claim.participants.some((x) => x.entity === p)) : [];
    const theirs = found.length > 1 && orgs.length ? found.filter((p) => orgs.some((o) => affiliations(kb, p).has(o))) : found;
    return theirs.length === 1 ? theirs[0] : undefined;
  };
  const latterOf = () => {
    const people = q.claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person' && p.start >= 0).sort((a, b) => a.start - b.start);
    return people.length > 1 ? { latter: people.at(-1)?.entity } : {};
  };
  // ("and who did he receive after that?": of the meetings answered about, those of the days the question said.)
  // (No day said, nothing to drop: at a thousand articles the meetings answered about may be every one.)
  const ofDays = (meetings: readonly Meeting[]) => {
    if (!q.claim.dates.length) return meetings;
    const kept = meetings.filter((m) => q.claim.dates.every((d) => dateAgrees(m.date, d)));
    return kept.length ? kept : meetings;
  };
  const focusFor = (answered: readonly Meeting[], facts: readonly Fact[], person?: string): Focus => {
    const meetings = ofDays(answered);
    return {
      intent: q.intent,
      // ("what event was there?" … "when did it end?": the occasion the answer gave is what "it" may stand for.)
      entities: [...new Set([...named, ...(q.intent === 'event' ? meetings.flatMap((m) => (m.occasion ? [m.occasion] : [])) : []), ...(ctx.inherited ? previous?.entities ?? [] : [])])],
      meetings: meetings.length < kb.meetings.length || q.claim.meetings.length ? meetings.map((m) => m.id) : [],
      // (The first said: « ce dernier a rencontré A ? » is about the one « ce dernier » stood for, added after the names.)
      person: person ?? unnamedIn(meetings) ?? [...q.claim.participants].sort((a, b) => (a.start < 0 ? Infinity : a.start) - (b.start < 0 ? Infinity : b.start)).find((p) => kb.entities.get(p.entity)?.type === 'person')?.entity ?? (kb.entities.get(ctx.subject ?? '')?.type === 'person' ? ctx.subject : undefined),
      facts: facts.map((f) => f.id),
      ...latterOf(),
    };
  };
  const decline = (text: string, confidence = 0.7): Plan => ({
    intent: q.intent,
    answered: false,
    sentences: [{ text, facts: [] }],
    confidence,
    // ("where are those units based?" declined, then "did he mention X?": "he" is still the one spoken of before.)
    focus: previous && ctx.inherited ? previous : { ...focusFor([], []), ...(previous?.person && !named.some((id) => kb.entities.get(id)?.type === 'person') ? { person: previous.person } : {}) },
    suggestAbout: [...named, ...(previous?.entities ?? [])],
  });
  const plan = (sentences: Sentence[], confidence: number, meetings: readonly Meeting[], verdict?: Judgement['verdict'], person?: string): Plan => {
    const facts = [...new Set(sentences.flatMap((s) => s.facts))];
    return {
      intent: q.intent,
      answered: facts.length > 0,
      sentences,
      ...(verdict ? { verdict } : {}),
      confidence: Math.max(0.3, confidence - 0.05 * q.reading.corrections - (ctx.inherited ? 0.05 : 0)),
      focus: focusFor(meetings, facts, person),
      suggestAbout: named,
    };
  };

  if (q.intent === 'help' || (q.empty && !previous)) return { ...decline(t.help, 1), intent: 'help' };
  if (q.empty) return decline(t.decline, 0.6);
  // ("do you think O is good at it?", « à ton avis… »: the bot's own view, which it does not have; a yes would pass a judgement off as the articles'.)
  // ("do you think they met in Y?" asks a fact the articles hold: where, when, who met, what post.)
  const factual = q.claim.places.length + q.claim.dates.length + q.claim.events.length + q.claim.meetings.length + q.claim.titles.length + q.claim.identities.length > 0 || q.claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'meeting'));
  if (!factual && q.reading.terms.some((x) => x.kind === 'marker' && x.marker === 'asks_opinion')) return decline(t.no_opinion, 0.8);
  if (ctx.unclear) {
    const options = kb.meetings.slice(-3).map((m) => (m.short ?? m.name)[q.language]);
    return decline(fill(t.clarify, { options: joinOr(options, t) }), 0.6);
  }

  // "Which organisations appear in the articles?": the ones they name, each with what they say of it.
  // (Only when they are what is asked, "which organisations": not « priver les organisations de K de quoi ? ».)
  if (!q.polar && !named.length && asksWhichOf(q) && !q.claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind !== 'content'))) {
    const kind = q.claim.generic.has('organisation') ? 'organisation' : 'person';
    const all = [...kb.entities.values()].filter((e) => e.type === kind && (e.type !== 'person' || e.named));
    // At any size a list stays readable: the first names, then how many more.
    const listed = all.slice(0, env.options.maxNames);
    const facts = listed.flatMap((e) => factsAboutEntity(kb, e.id).slice(0, 1));
    const list = joinAnd(listed.map((e) => e.name[q.language]), t);
    const text = all.length > listed.length ? fill(t.names_more, { list: listed.map((e) => e.name[q.language]).join(t.list_sep), n: String(all.length - listed.length) }) : fill(t.names_list, { list });
    if (listed.length) return plan([{ text, facts }], 0.85, []);
  }
  // "on behalf of who?": the facts in which the one asked about speaks for someone else, who is then the one spoken of.
  const behalf = asksOnWhoseBehalf(q) ? spokenFor(q, kb) : undefined;
  if (behalf) return plan(behalf.facts.slice(0, 2).map((f) => say(f, q.language)), 0.85, behalf.meetings, undefined, behalf.principal);

  // "Who is the U T?": someone the articles speak of without naming.
  const unnamed = ctx.subject ? kb.entities.get(ctx.subject) : undefined;
  // ("who passed on the SG's message?" asks who did something, not who the SG is.)
  const whoIs = q.intent === 'role' || q.intent === 'definition' || (q.intent === 'who' && (!q.claim.predicates.length || (q.reading.intentScores.get('role') ?? 0) >= 3));
  if (!q.polar && whoIs && unnamed?.type === 'person' && !unnamed.named) return decline(fill(t.not_named, { who: unnamed.name[q.language] }).replace(/\s*[:;] .*$/, '.'), 0.85);
  // ("what's the name of the U T B spoke for?": the name asked is his, whoever else is named.)
  const nameless = q.reading.terms.some((x) => x.kind === 'marker' && x.marker === 'asks_name') ? q.claim.participants.map((p) => kb.entities.get(p.entity)).find((e) => e?.type === 'person' && !e.named) : undefined;
  if (!q.polar && nameless) return decline(fill(t.not_named, { who: nameless.name[q.language] }).replace(/\s*[:;] .*$/, '.'), 0.85);
  // "where's that guy from?", "quel âge a-t-il ?": what articles of this kind never give.
  if (!q.polar && q.reading.terms.some((x) => x.kind === 'marker' && x.marker === 'never_given')) return decline(t.not_said, 0.8);
  // "who's the O T?": a title at an organisation that no one the articles name holds.
  const vacant = q.claim.titles.find((x) => x.org && !x.person);
  if (!q.polar && (q.intent === 'role' || q.intent === 'who') && vacant && !q.claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'person')) {
    const org = kb.entities.get(vacant.org as string);
    return decline(fill(t.decline_about, { what: `${vacant.surface} (${org?.short?.[q.language] ?? org?.name[q.language] ?? vacant.org})` }), 0.8);
  }
  // "a est directeur depuis quand ?", "when did the meeting start?": no article gives when something began, but an event's.
  if (!q.polar && q.reading.asksStart && !q.claim.events.length && !q.claim.eventOrder) return decline(t.not_said, 0.75);

  const verdict = judgement?.verdict;
  if (q.polar) {
    // ("didn't B mention X?" asks whether he did: "Yes, in fact". "i heard B never mentioned X", « le K a même pas été
    // mentionné » says he did not, and is judged as said: what proves he did proves it wrong.)
    const saidDenial = q.negated && q.stated;
    const openers = saidDenial ? { supported: t.no, contradicted: t.yes } : { supported: q.negated ? t.in_fact : t.yes, contradicted: t.no };
    const sentences = judgement ? verdictSentences(judgement, q, env, openers) : undefined;
    if (!judgement || !sentences) return { ...decline(t.not_stated, 0.6), verdict: 'not_stated' };
    const said = saidDenial && judgement.verdict !== 'not_stated' ? (judgement.verdict === 'supported' ? 'contradicted' : 'supported') : judgement.verdict;
    return plan(sentences, said === 'supported' ? 0.9 : said === 'contradicted' ? 0.85 : 0.8, judgement.meetings, said);
  }

  // A wh-question about what will happen: the articles report what happened; about before ("his post before?"), what is now.
  // (…or somewhere else than the places they give: "where did C go after Y?".)
  if ((q.claim.future || q.claim.past || q.claim.predecessor || q.claim.otherPlaces) && verdict !== 'supported') return decline(t.not_said, 0.75);
  // A wh-question: its presupposition first.
  if (verdict === 'contradicted' && judgement) {
    const sentences = correction(judgement, q, t.no);
    const more = answerSlot(q.intent, q, judgement.meetings, env, ctx.subject) ?? [];
    for (const s of more.slice(0, 2)) if (!s.facts.every((f) => sentences.some((x) => x.facts.includes(f)))) sentences.push(s);
    return plan(sentences, 0.8, judgement.meetings, 'contradicted');
  }
  if (verdict === 'not_stated' && judgement) {
    // What is asked is something the articles never give ("his nationality", "how long it lasted", "who won the W"):
    // a refusal, in the person's words. A presupposition about people or places they do name gets "they don't say so".
    // (Not a city the knowledge knows only to tell it from the coverage's: "what's the weather in <a city>?" is about nothing they report.)
    const grounded = q.claim.participants.length + q.claim.places.filter((p) => inCoverage(kb, p.entity)).length + q.claim.events.length + q.claim.meetings.length > 0;
    // What is asked being unknown ("combien de temps il est resté") is a refusal whatever else the question says.
    const unknown = judgement.gaps.some((g) => g.kind === 'unknown');
    // (Asked of a city it knows only as elsewhere, and of no one and nothing reported: a refusal, as for a word it does not know.)
    // (Where it is said, or what it is said of: "the weather in <a city>" is an idea at a place.)
    const named = [...q.claim.places.map((p) => p.entity), ...q.claim.topics.flatMap((x) => (x.kind === 'entity' ? [x.entity] : []))];
    const elsewhere = !q.polar && !grounded && named.length > 0 && named.every((id) => kb.entities.get(id)?.type === 'place' && !inCoverage(kb, id));
    if (q.claim.future || unknown || elsewhere || judgement.gaps.every((g) => g.kind === 'words' || g.kind === 'unknown' || g.kind === 'unnamed' || (!grounded && g.kind === 'narrower'))) {
      // (Only words no article's text holds: "they say nothing about X" of an X an article has would be false.)
      const words = judgement.gaps.flatMap((g) => (g.kind === 'words' ? g.surfaces : [])).filter((w) => !articlesHold(kb, env.lexicon, w));
      // "which languages?": the articles speak of them without naming any; said so, as a refusal.
      const which = judgement.gaps.find((g) => g.kind === 'unnamed');
      const unnamedText = which && !unknown ? gapSentence(which, q, env)?.text : undefined;
      if (unnamedText) return decline(unnamedText, 0.75);
      return decline(words.length && !unknown ? fill(t.decline_about, { what: echo(words) }) : t.not_said, 0.75);
    }
    return plan(unstated(judgement, q, env), 0.75, judgement.meetings, 'not_stated');
  }

  // A count of something no fact speaks of ("combien gagne-t-il par mois ?"): what is counted is unknown.
  if (!judgement && q.intent === 'count' && !q.reading.countTarget) {
    const stray = strayWords(q, env).filter((w) => !articlesHold(kb, env.lexicon, w));
    if (stray.length) return decline(fill(t.decline_about, { what: echo(stray) }), 0.7);
  }
  // "How many is that?": what the last answer listed.
  if (q.intent === 'count' && ctx.inherited && !q.reading.countTarget) {
    const listed = (previous?.facts ?? []).map((id) => kb.facts.get(id)).find((f) => f?.items?.length);
    if (listed) return plan([countItems(listed, q, env)], 0.85, []);
  }
  // ("how many K attacks…?": a word right after "how many" that nothing counts; not the meetings, nor the articles.)
  const counted = q.intent === 'count' && !q.reading.countTarget ? countedWords(q) : [];
  if (counted.length) return decline(counted.every((w) => articlesHold(kb, env.lexicon, w)) ? t.not_said : fill(t.decline_about, { what: echo(counted) }), 0.7);
  const meetings = judgement?.meetings.length ? judgement.meetings : meetingsInScope(ctx, env);
  const slots = [q.intent, ...q.also];
  const sentences: Sentence[] = [];
  // The facts that proved what the question takes for granted answer it, when they are of the kind it asks for.
  // What was said (asked, discussed, stressed) is proved by the very facts that say it.
  // ("Who passed on the SG's message?": the fact that says it says who.)
  const saysWho = (f: Fact) => [f.speaker, ...f.agents].some((a) => a !== undefined && !named.includes(a) && kb.entities.get(a)?.type === 'person');
  const said = (f: Fact) => (['statement', 'topics', 'why'].includes(q.intent) || (q.intent === 'who' && saysWho(f))) && f.predicates.some((p) => kb.predicates.get(p)?.kind === 'content');
  const proving = verdict === 'supported' ? [...(judgement?.facts ?? []).filter((f) => fits(q.intent, f)), ...(judgement?.facts ?? []).filter((f) => !fits(q.intent, f) && said(f))] : [];
  sentences.push(...proving.slice(0, 2).map((f) => say(f, q.language)));
  const written = new Set(sentences.map((x) => x.text));
  // (A fact that proves only what a wh-question takes for granted leaves the slot asked for to be answered: "what were
  // the goals of his bilateral meetings?" is answered by their goal, after the fact that says there were such meetings.)
  // (…of the meetings those facts are of: the goal of the meeting they say there were, not another's.)
  const ofProving = meetings.filter((m) => proving.some((f) => f.about === m.id));
  const slotMeetings = proving.length && ofProving.length ? ofProving : meetings;
  for (const intent of q.polar || proving.some((f) => fits(q.intent, f)) ? q.also : slots) {
    for (const s of answerSlot(intent, q, intent === q.intent ? slotMeetings : meetings, env, ctx.subject) ?? []) {
      if (written.has(s.text)) continue;
      written.add(s.text);
      sentences.push(s);
    }
  }
  // ("what does A think of B?": A's words about anything but B are no answer; "what did the SG himself tell A?": words
  // someone else passed on are not his own. Each is said to be no answer, then the words the articles do report are given.)
  const unsaid = notTheirWords(q, sentences.flatMap((s) => s.facts), env);
  if (unsaid) return plan([{ text: contract(fill(t[unsaid.template], unsaid.values), kb.languages[q.language].contractions), facts: [] }, ...sentences], 0.75, meetings, 'not_stated', unsaid.speaker);
  if (!sentences.length) {
    const subject = ctx.subject ? kb.entities.get(ctx.subject) : undefined;
    if (subject?.type === 'person' && !subject.named) return decline(fill(t.not_named, { who: subject.name[q.language] }).replace(/\s*[:;] .*$/, '.'), 0.85);
    return decline(t.decline, 0.6);
  }
  if (q.intent === 'who' || q.intent === 'where' || q.intent === 'when') {
    const saying = ideasUnanswered(q, slotMeetings, env, sentences.flatMap((x) => x.facts));
    if (saying) sentences.push(say(saying, q.language));
  }
  return plan(sentences, 0.9, meetings, undefined, answerPerson(q.intent, meetings, q, env, sentences.flatMap((x) => x.facts)));
}

/** Words of a question no fact uses, in any form: "combien gagne a" asks about something else than the coverage. */
/** The words right after "how many", « combien de », that no term the reader knows accounts for. */
function countedWords(q: Query): string[] {
  const cue = q.reading.cues.find((c) => c.intent === 'count');
  if (!cue) return [];
  // (The noun phrase that follows: the words, ideas and narrower terms up to the next other term.)
  const after = q.reading.terms.filter((t) => t.start >= cue.end && t.kind !== 'function').sort((a, b) => a.start - b.start);
  const stop = after.findIndex((t) => !(t.kind === 'word' || t.kind === 'concept' || t.kind === 'narrower'));
  const next = (stop < 0 ? after : after.slice(0, stop)).filter((t) => t.start - cue.end <= 2);
  return next.some((t) => t.kind === 'word' || t.kind === 'narrower') ? next.map((t) => t.surface) : [];
}

function strayWords(q: Query, env: SlotEnv): string[] {
  return q.reading.terms.filter((t) => t.kind === 'word' && !t.inCoverage && env.carrier.factsSaying(t.word, q.language).length === 0).map((t) => t.surface);
}

/** The meetings a question is about when the verifier had nothing to check. */
function meetingsInScope(ctx: InContext, env: SlotEnv): Meeting[] {
  const scope = scopeOf(ctx.query.claim, env.kb, ctx.focus);
  return scope.meetings;
}

/** After "who received X?", "he" is the one who was not named. */
function answerPerson(intent: Intent, meetings: readonly Meeting[], q: Query, env: SlotEnv, facts: readonly Fact[]): string | undefined {
  const people = q.claim.participants.map((p) => p.entity);
  // ("who talked about the P's officers?" … "why does he want them?": "he" is who the answer found saying it.)
  if (intent === 'who') {
    const doer = facts.map((f) => f.speaker).find((p) => p !== undefined && !people.includes(p) && env.kb.entities.get(p)?.type === 'person');
    if (doer) return doer;
  }
  // (The first one only: at a thousand articles a question can be about a thousand meetings.)
  if (intent === 'who' && people.length === 1) {
    for (const m of meetings) for (const p of [m.host, ...m.guests]) if (!people.includes(p)) return p;
  }
  // ("who's B?" "when did he meet A?" "was he there?": "he" goes on standing for whom the last "he" did.)
  const pronounFor = q.claim.participants.find((p) => env.kb.entities.get(p.entity)?.type === 'person' && q.reading.terms.some((t) => t.kind === 'pronoun' && t.what === 'person' && t.start === p.start));
  return pronounFor?.entity ?? people.find((p) => env.kb.entities.get(p)?.type === 'person') ?? (meetings.length === 1 ? meetings[0]?.guests[0] : undefined);
}

/**
 * What a verdict on a statement says: the facts that prove it ("Yes: …"), the
 * facts that say otherwise ("No: …"), or why the articles don't say it. The
 * openers are the caller's: an answer says "Yes", a fact-check "The articles say so".
 * Undefined when a supported claim has no fact to show, which never goes unsaid.
 */
export function verdictSentences(j: Judgement, q: Query, env: SlotEnv, openers: { supported: string; contradicted: string }): Sentence[] | undefined {
  const t = env.kb.languages[q.language].templates;
  // "a week apart?": how many days it was, whichever way the verdict goes ("about a week" holds for six).
  const [a, b] = j.meetings;
  const span = q.claim.counts.some((c) => c.target === 'day') && a && b && j.verdict !== 'not_stated' ? [{ text: fill(t.days_between, { n: String(Math.round(Math.abs(Date.parse(b.date) - Date.parse(a.date)) / 86_400_000)) }), facts: [] }] : [];
  if (j.verdict === 'supported') {
    // The first fact of each part of the claim, then the others: every part is shown proved. What the question
    // is about (a communiqué's issuer, what was said) before the meeting record that frames it.
    const record = (f: { slot: string }) => (['who', 'when', 'where'].includes(f.slot) ? 1 : 0);
    const leading = [...new Set(j.findings.flatMap((f) => f.facts.slice(0, 1)))].sort((a, b) => record(a) - record(b));
    const [first, ...rest] = [...new Set([...leading, ...j.facts])];
    if (!first) return undefined;
    return [polar(openers.supported, first, q.language), ...rest.slice(0, leading.length > 1 ? 2 : 1).map((f) => say(f, q.language)), ...span];
  }
  if (j.verdict === 'contradicted') return [...correction(j, q, openers.contradicted), ...(j.dimension === 'count' ? span : [])];
  return unstated(j, q, env);
}

function correction(j: Judgement, q: Query, opener: string): Sentence[] {
  const [first, ...rest] = j.facts;
  if (!first) return [{ text: opener.replace('{fact}', '').trim(), facts: [] }];
  return [polar(opener, first, q.language), ...rest.slice(0, 1).map((f) => say(f, q.language))];
}

/** "The articles don't say so." Then why, in the person's own words, and what they do report. */
function unstated(j: Judgement, q: Query, env: SlotEnv): Sentence[] {
  const { kb } = env;
  const t = kb.languages[q.language].templates;
  const sentences: Sentence[] = [{ text: t.not_stated, facts: [] }];
  const shown = new Set<Fact>();
  for (const gap of dedupeGaps(j.gaps)) {
    const s = gapSentence(gap, q, env);
    if (s) {
      sentences.push(s);
      s.facts.forEach((f) => shown.add(f));
    }
  }
  // The checks order what comes closest; a gap that already quotes its fact needs nothing more.
  const closest = [...new Set(j.closest)].filter((f) => !shown.has(f)).slice(0, shown.size ? 0 : 2);
  closest.forEach((f, i) => sentences.push(i === 0 ? { text: t.closest.replace('{fact}', lowerFirst(f.text[q.language])), facts: [f] } : say(f, q.language)));
  return sentences;
}

function gapSentence(gap: Gap, q: Query, env: SlotEnv): Sentence | undefined {
  const { kb } = env;
  const t = kb.languages[q.language].templates;
  const name = (id: string) => {
    const e = kb.entities.get(id);
    return e ? (e.short ?? e.name)[q.language] : id;
  };
  switch (gap.kind) {
    case 'words': {
      // (Only what no article's text holds: a word the facts leave out may still be in an article.)
      const absent = plainWords(gap.surfaces).filter((s) => !articlesHold(kb, env.lexicon, s));
      return absent.length ? { text: fill(t.unmentioned, { what: absent.map((s) => `“${s}”`).join(t.and) }), facts: [] } : undefined;
    }
    case 'narrower': {
      // "They don't name “W” or “2099”": every more specific word the same idea stands for, once.
      // (Not a word an article's text holds in another sense — an adjective of the text read as a noun of the claim: the closest
      // facts say what they do report.)
      const what = plainWords([gap.surface, ...(gap.also ?? [])]).filter((s) => !articlesHold(kb, env.lexicon, s)).map((s) => `“${s}”`);
      if (!what.length) return undefined;
      return { text: contract(fill(t.not_by_name, { what: joinOr(what, t), label: gap.label?.[q.language] ?? '' }), kb.languages[q.language].contractions), facts: gap.fact ? [gap.fact] : [] };
    }
    case 'unnamed': {
      const label = kb.concepts.get(gap.concept)?.label?.[q.language] ?? '';
      return { text: contract(fill(t.unnamed, { label }), kb.languages[q.language].contractions), facts: gap.fact ? [gap.fact] : [] };
    }
    case 'called':
      return { text: fill(t.not_called, { who: name(gap.person), what: gap.surface }), facts: [] };
    case 'pairing': {
      const [a, b] = gap.people;
      const together = meetingsInvolvingAny(kb, gap.people);
      return together.length || (a && b) ? { text: fill(t.no_meeting, { a: name(a ?? ''), b: name(b ?? '') }), facts: [] } : undefined;
    }
    default:
      return undefined;
  }
}

function dedupeGaps(gaps: readonly Gap[]): Gap[] {
  const out: Gap[] = [];
  const words = new Set<string>();
  for (const g of gaps) {
    if (g.kind === 'words') {
      const fresh = g.surfaces.filter((s) => !words.has(s));
      fresh.forEach((s) => words.add(s));
      if (fresh.length) out.push({ kind: 'words', surfaces: fresh });
    } else if (g.kind === 'element' || g.kind === 'unknown') continue;
    else if (g.kind === 'narrower') {
      const same = out.find((o): o is Extract<Gap, { kind: 'narrower' }> => o.kind === 'narrower' && JSON.stringify(o.label) === JSON.stringify(g.label));
      if (!same) out.push({ ...g, also: [] });
      else if (same.surface !== g.surface && !same.also?.includes(g.surface)) same.also = [...(same.also ?? []), g.surface];
    } else if (!out.some((o) => JSON.stringify(o) === JSON.stringify(g))) out.push(g);
  }
  const merged: Gap[] = out.filter((g) => g.kind !== 'words');
  if (words.size) merged.unshift({ kind: 'words', surfaces: [...words] });
  return merged;
}

const say = (f: Fact, language: Language): Sentence => ({ text: f.text[language], facts: [f] });

function polar(template: string, fact: Fact, language: Language): Sentence {
  return { text: template.replace('{fact}', lowerFirst(fact.text[language])), facts: [fact] };
}

/** Lowercases a leading article or pronoun after "No:", never a name. */
function lowerFirst(text: string): string {
  return /^(La|Le|Les|L'|Ils|Elle|Il|Ces|Cette|The|They|These|This|It)\b/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}

/** The person's own words, echoed back: letters, digits and apostrophes only, a few, and short. */
function plainWords(words: readonly string[]): string[] {
  // (Figures keep their separators: "1,700", "12/1".)
  return words.map((w) => w.replace(/[^\p{L}\p{N}'’ ,./-]/gu, '').trim().slice(0, 40)).filter(Boolean).slice(0, 4);
}

function echo(words: readonly string[]): string {
  const kept = plainWords(words);
  return words.length > kept.length ? `${kept.join(' ')} …` : kept.join(' ');
}

export function joinAnd(items: readonly string[], t: { and: string; list_sep: string }): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(t.list_sep)}${t.and}${items.at(-1) as string}`;
}

function joinOr(items: readonly string[], t: { or: string; list_sep: string }): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(t.list_sep)}${t.or}${items.at(-1) as string}`;
}
