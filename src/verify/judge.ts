// Judges a claim against the curated facts: the claim is cut into parts by
// the kind of its predicates (a title, a meeting, what was said in it…),
// each part is checked by its rule (checks.ts), and the verdicts combine:
// one contradiction makes the claim contradicted, one unstated part makes it
// not stated, and only a claim every part of which is supported is supported.
import type { PredicateKind } from '../knowledge/schema.js';
import type { Fact } from '../knowledge/types.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Claim } from '../understand/frame.js';
import { CHECKS, narrowerGaps, type Part, type VerifyEnv } from './checks.js';
import { countFindings } from './counts.js';
import { membershipFinding, representedAt } from './membership.js';
import { otherPlaces } from './meetings.js';
import { locatedFindings, placedFindings } from './located.js';
import { exclusiveFindings } from './only.js';
import { editionFindings, sameFindings } from './shared.js';
import { citeMeetings, topicFindings } from './evidence.js';
import { articleFinding, sourceFinding } from './statements.js';
import { scopeOf } from './scope.js';
import { spreadOverPlaces } from './spread.js';
import { eventSaidApart } from './event-apart.js';
import { besidesExpansion, expansionFinding } from './expansion.js';
import { articleMentions, documentDay } from './coverage-itself.js';
import { throughLinks } from './links.js';
import { rightAfter } from './verb-object.js';
import { orderFindings, timeFindings } from './sequence.js';
import { combine, contradicted, notStated, supported, type Dimension, type Finding, type Judgement } from './verdict.js';
import { inFocus, withoutFocus } from '../understand/cleft.js';
import { affiliations, factsAbout, placeAgrees } from '../retrieve/graph.js';
import { fold } from '../language/normalize.js';
import { meetingsWithIds } from '../knowledge/indexes.js';

/** "did C leave K on 26/11?": the words of a verb the reader does not know, when nothing else says a meeting was what was done. */
export function unknownVerbWords(claim: Claim): string[] {
  const ofMeeting = claim.meetings.length > 0 || claim.ofMeeting === true;
  return !claim.predicates.length && !ofMeeting ? claim.topics.flatMap((t) => (t.kind === 'word' ? [t.surface] : [])) : [];
}

/** Whether a claim says anything that could be checked. */
export function checkable(claim: Claim): boolean {
  return (
    claim.predicates.length +
      claim.participants.length +
      claim.places.length +
      claim.unknownPlaces.length +
      claim.venues.length +
      claim.otherEvents.length +
      claim.events.length +
      claim.meetings.length +
      claim.dates.length +
      claim.editions.length +
      (claim.ordinals?.length ?? 0) +
      claim.counts.length +
      claim.topics.length +
      claim.narrower.length +
      claim.titles.length +
      claim.identities.length +
      claim.affiliations.length +
      claim.issuers.length +
      // "was there a press release?": whether the articles rest on one.
      (claim.generic.has('document') ? 1 : 0) +
      claim.figures.length +
      (claim.located?.length ?? 0) +
      (claim.expansion ? 1 : 0) +
      (claim.placedIn?.length ?? 0) +
      // ("first C, then B": an order of two meetings, with nothing else said.)
      (claim.same || claim.rank || claim.pick || claim.reciprocal || claim.mainly || claim.origin || claim.order ? 1 : 0) >
    0
  );
}

export function judge(original: Claim, base: VerifyEnv): Judgement | undefined {
  if (original.attributedTo?.length) return judgeAttributed(original, original.attributedTo, base);
  return throughLinks(judgeClaim(original, base), original, base.kb);
}

/**
 * "according to O, A received C": what is said, judged first; when it holds, whose account it is — the body that issued
 * what the articles rest on for those meetings — must be O, or the claim gives the account to the wrong one.
 */
function judgeAttributed(claim: Claim, bodies: string[], env: VerifyEnv): Judgement | undefined {
  const said = judge({ ...claim, attributedTo: undefined }, env);
  if (said?.verdict !== 'supported' || !said.meetings.length) return said;
  const meetings = said.meetings.map((m) => ({ entity: m.id, type: 'meeting' as const, via: 'alias' as const, surface: '', start: -1, end: -1, fuzzy: false }));
  const issued = judge({ ...claim, attributedTo: undefined, predicates: [], participants: [], places: [], dates: [], events: [], topics: [], narrower: [], described: [], titles: [], identities: [], affiliations: [], counts: [], issuers: bodies, meetings, generic: new Set(['document']), ofMeeting: true }, env);
  if (issued?.verdict !== 'contradicted') return said;
  // (…or what someone of O said: « …parlent plusieurs langues d'après l'U » is the U P chief's word. Only for what was
  // said — ideas, no meeting done — since no one's words put a meeting somewhere.)
  const done = claim.predicates.some((p) => p.ids.some((id) => env.kb.predicates.get(id)?.kind !== 'content'));
  if (done || !claim.topics.length) return issued;
  const speakers = bodies.map((entity) => ({ entity, type: 'organisation' as const, via: 'alias' as const, surface: '', start: -1, end: -1, fuzzy: false, role: 'agent' as const }));
  const theirs = judge({ ...claim, attributedTo: undefined, participants: [...claim.participants, ...speakers], predicates: [{ ids: ['say'], surface: '', start: -1, fuzzy: false }] }, env);
  return theirs?.verdict === 'supported' ? theirs : issued;
}

function judgeClaim(original: Claim, base: VerifyEnv): Judgement | undefined {
  if (!checkable(original)) return undefined;
  // ("agreed to hold joint exercises in 2026", « a annoncé une conférence en 2026 »: a year after the coverage's last, in
  // what someone said, is when what they spoke of would be — a plan, which no meeting's day can deny.)
  const claim = !original.future && plannedLater(original, base.kb) ? { ...original, future: true } : original;
  const env = { ...base, asked: claim.asked };
  // ("was the first meeting in Y?", "did the second guy talk about Z?": the meeting of that rank, among those of the
  // conversation, else every meeting, is what the rest is said of.)
  if (claim.pick) {
    const discussed = meetingsWithIds(env.kb, env.focus);
    // (The earliest or the latest, in one pass: of every meeting of a base of a thousand articles, no sort.)
    const first = claim.pick === 'first';
    const picked = (discussed.length > 1 ? discussed : env.kb.meetings).reduce<(typeof discussed)[number] | undefined>((best, m) => (!best || (first ? m.date < best.date : m.date > best.date) ? m : best), undefined);
    if (!picked) return combine([notStated([{ kind: 'element' }])]);
    const meeting = { entity: picked.id, type: 'meeting' as const, via: 'alias' as const, surface: '', start: -1, end: -1, fuzzy: false };
    return judge({ ...claim, pick: undefined, meetings: [...claim.meetings, meeting] }, { ...env, focus: [picked.id] });
  }
  // (« c'est à X qu'ils ont parlé de Y »: what the cleft focuses on is where, when or with whom it happened — when it
  // happened, by the articles, only elsewhere, the focus is wrong.)
  if (claim.cleft) {
    const whole = judge({ ...claim, cleft: undefined }, env);
    const { rest, focused } = withoutFocus(claim, claim.cleft);
    // (Who did it, in focus, is corrected only for a meeting — "c'est C qui a reçu B": whoever did; what else someone did,
    // « c'est B qui a demandé la rencontre », with no one, says too little to be another's.)
    const meets = claim.predicates.some((p) => p.ids.some((id) => env.kb.predicates.get(id)?.kind === 'meeting'));
    if (!focused || whole?.verdict !== 'not_stated' || (claim.cleft.subject && !meets)) return whole;
    const elsewhere = judge(rest, env);
    // (The meetings it did happen at said first: where, when and with whom is the correction.)
    const shown = elsewhere?.verdict === 'supported' ? [...new Set([...citeMeetings(elsewhere.meetings, rest, env.kb), ...elsewhere.facts])] : [];
    return shown.length ? combine([contradicted(focusDimension(claim, claim.cleft), shown, elsewhere?.meetings)]) : whole;
  }
  // ("l'article de X parle de Y ?", "does the Y piece mention Z?": the article is what speaks; a fact it carries that
  // says each thing named is what it mentions, whoever said it.)
  const mentioned = articleMentions(claim, env);
  if (mentioned) return mentioned;
  // ("OSN stands for …": what an organisation's short name spells out is its full name, or it is not.)
  // (What else the clause says, "…, et A la dirige depuis 2015", is judged too.)
  if (claim.expansion) {
    const rest = besidesExpansion(claim, claim.expansion);
    const more = rest.predicates.length + rest.participants.length + rest.dates.length + rest.places.length > 0 ? (judge(rest, env)?.findings ?? []) : [];
    return combine([expansionFinding(claim.expansion, env.kb, env.isFunctionWord), ...more]);
  }
  // (« l'U a un bureau à Y »: a building of an organisation somewhere, which no fact gives — a meeting there is no office.)
  if (claim.owned) return combine([notStated([{ kind: 'words', surfaces: claim.venues }])]);
  // ("the article is dated 25 November", "the communiqué came out on the 27th": a day said of the coverage itself. No fact
  // quotes when an article or a communiqué was written — the days the facts give are the meetings' and the events'.)
  if (documentDay(claim, env.kb)) return combine([notStated([{ kind: 'unknown' }])]);
  // "who held the post before B?": the articles name no one before anyone.
  if (claim.predecessor) return combine([notStated([{ kind: 'unknown' }])]);
  // ("one in X and one in Y": a place each; the claim holds if some matching of meetings and places holds.)
  const spread = spreadOverPlaces(claim, env.kb);
  if (spread) {
    const best = bestReading(spread.readings.map((claims) => combine(claims.flatMap((c) => judge(c, env)?.findings ?? []))));
    return spread.unpaired && best?.verdict === 'supported' ? combine([notStated([{ kind: 'element' }], best.facts, best.meetings)]) : best;
  }
  // ("A received B during the O assembly, which runs until the 27th": the day after the event's own verb is the event's.)
  const apart = eventSaidApart(claim, env.kb);
  if (apart) return combine(apart.flatMap((c) => judge(c, env)?.findings ?? []));
  const claims = eachSpeaker(distribute(asked(claim, env), env.kb), env);
  const denials = deniedFindings(claim, env);
  if (claims.length > 1 || denials.length) return combine([...denials, ...claims.flatMap((c) => judgeOne(c, env)?.findings ?? [])]);
  return judgeOne(claims[0] as Claim, env);
}

/** What a cleft's focus says: where (a place or a meeting), when, or who. */
function focusDimension(claim: Claim, focus: { start: number; end: number }): Dimension {
  const inside = inFocus(focus);
  return claim.dates.some(inside) ? 'date' : claim.places.some(inside) || claim.meetings.some(inside) ? 'place' : 'identity';
}

/** Of several readings of a claim: one that holds; else, if every one is denied, the first; else it is not stated. */
function bestReading(readings: readonly (Judgement | undefined)[]): Judgement | undefined {
  const held = readings.find((r) => r?.verdict === 'supported');
  if (held || readings.length === 1) return held ?? readings[0];
  if (readings.every((r) => r?.verdict === 'contradicted')) return readings[0];
  return combine([notStated([{ kind: 'element' }], [], [...new Set(readings.flatMap((r) => r?.meetings ?? []))])]);
}

/**
 * "A dirige la Q, pas la P": the name denied, put where the one before it stands
 * (the last of its kind named before it), makes a claim of its own; if that one holds, the denial is wrong.
 */
function deniedFindings(claim: Claim, env: VerifyEnv): Finding[] {
  const findings: Finding[] = [];
  for (const d of claim.denied) {
    const contrasted = [...claim.participants].reverse().find((p) => p.type === d.type && p.start < d.start);
    // ("covered the <a region> but not <a country>": a name talked about, in place of the last one talked about.)
    const topic = contrasted ? undefined : [...claim.topics].reverse().find((t) => t.kind === 'entity' && env.kb.entities.get(t.entity)?.type === d.type);
    // ("A is just head of the Q, not the P": an organisation denied of someone said to hold a post, who belongs to it.)
    const holders = [...claim.identities.map((i) => i.person), ...claim.titles.flatMap((t) => (t.person ? [t.person] : []))];
    const holder = !contrasted && !topic && d.type === 'organisation' ? holders.find((p) => affiliations(env.kb, p).has(d.entity)) : undefined;
    if (holder) findings.push(contradicted('organisation', factsAbout(env.kb, holder, 'role').slice(0, 1)));
    // ("U P units are in the missions, but not at the Z HQ": a place denied of what is said, with no place before it — the
    // same said there.)
    const where = !contrasted && !topic && d.type === 'place' && claim.topics.some((t) => t.kind === 'concept');
    if (where) {
      const held = judge({ ...claim, denied: [], topics: [...claim.topics, { kind: 'entity' as const, entity: d.entity, surface: d.surface }] }, env);
      // (Where the articles do not put it, they do not say it is not: not stated.)
      findings.push(held?.verdict === 'supported' ? contradicted('place', held.facts, held.meetings) : notStated([{ kind: 'element' }]));
      continue;
    }
    if (!contrasted && !topic) continue;
    const positive: Claim = {
      ...claim,
      denied: [],
      participants: claim.participants.map((p) => (p === contrasted ? { ...p, entity: d.entity, surface: d.surface } : p)),
      topics: claim.topics.map((t) => (t === topic ? { kind: 'entity' as const, entity: d.entity, surface: d.surface } : t)),
    };
    const held = judge(positive, env);
    if (held?.verdict === 'supported') findings.push(contradicted(d.type === 'person' ? 'identity' : 'organisation', held.facts, held.meetings));
  }
  return findings;
}

/**
 * "A received B and C": one claim per person on the side
 * named twice, each of which must hold. "B and C met" stays one
 * claim: with nobody on the other side, it says they met each other.
 */
function distribute(claim: Claim, kb: KnowledgeBase): Claim[] {
  const persons = claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person');
  // ("A met B and C together", "… in the same meeting": each of them, and all of them at once.)
  const together = claim.reciprocal === true || claim.same === 'meeting';
  for (const role of ['object', 'agent'] as const) {
    const side = persons.filter((p) => p.role === role);
    const others = persons.filter((p) => p.role !== role);
    if (side.length >= 2 && others.length >= 1) {
      // ("les deux responsables, C et B": each of them, which is what "both" said.)
      const each = side.map((one) => ({ ...claim, every: false, reciprocal: false, same: together ? undefined : claim.same, participants: claim.participants.filter((p) => p === one || !side.includes(p)) }));
      return together ? [...each, claim] : each;
    }
  }
  return [claim];
}

/**
 * "Both U officials praised the language skills": what each said, for each of the people meant (the guests of
 * the meetings meant), when the claim names none of them.
 */
function eachSpeaker(claims: Claim[], env: VerifyEnv): Claim[] {
  const { kb } = env;
  const [claim] = claims;
  if (claims.length !== 1 || !claim?.every || !claim.generic.has('person')) return claims;
  // (Someone named as the one they said it to, « avec A », is no speaker: each of the others still must have said it.)
  if (claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'person' && p.role === 'agent')) return claims;
  if (!claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'content'))) return claims;
  // (Of an organisation named — "the U officials" —, its own; and only a few, whom "both" or "each" can mean: past that,
  // no one in particular is meant, and the claim is judged whole.)
  const bodies = [...claim.participants.map((p) => p.entity), ...claim.topics.flatMap((t) => (t.kind === 'entity' ? [t.entity] : []))].filter((id) => kb.entities.get(id)?.type === 'organisation');
  const meant = [...new Set(scopeOf(claim, kb, env.focus).meetings.flatMap((m) => m.guests))];
  const guests = bodies.length ? meant.filter((g) => bodies.some((b) => affiliations(kb, g).has(b))) : meant;
  if (guests.length < 2 || guests.length > MAX_SPEAKERS) return claims;
  return guests.map((g) => ({ ...claim, every: false, participants: [...claim.participants, { entity: g, type: 'person' as const, via: 'alias' as const, surface: '', start: -1, end: -1, fuzzy: false, role: 'agent' as const }] }));
}

/** In what a wh-question takes for granted, an organisation that met no one is what it asks about ("the link between the meeting and O"). */
function asked(claim: Claim, env: VerifyEnv): Claim {
  if (!env.presupposed) return claim;
  // (Not the one said to have issued a communiqué: "why did O issue a press release…" takes that for granted.)
  const issues = claim.predicates.some((p) => p.ids.some((id) => env.kb.predicates.get(id)?.kind === 'source'));
  const idle = claim.participants.filter((p) => env.kb.entities.get(p.entity)?.type === 'organisation' && !env.kb.meetingsInvolving.get(p.entity)?.length && !(issues && p.role === 'agent'));
  if (!idle.length) return claim;
  return { ...claim, participants: claim.participants.filter((p) => !idle.includes(p)), topics: [...claim.topics, ...idle.map((p) => ({ kind: 'entity' as const, entity: p.entity, surface: p.surface }))] };
}

function judgeOne(original: Claim, env: VerifyEnv): Judgement | undefined {
  // "c'était à Y ?" about the meeting just discussed is a claim about that meeting.
  const claim = praised(env.focus.length ? original : existence(original, env.kb), env.kb);
  // "did C visit any other city?": nothing but the places the articles give of them answers it.
  if (claim.otherPlaces) return combine([otherPlaces(claim, env)]);
  // ("…the communiqué says X. C said that himself": the words "that" takes up are those of whom their fact says said
  // them; someone else named as saying them is not stated.)
  const restated = claim.restates ? env.kb.facts.get(claim.restates) : undefined;
  const sayers = claim.participants.filter((p) => env.kb.entities.get(p.entity)?.type === 'person').map((p) => p.entity);
  if (restated && sayers.length) {
    const doers = [...(restated.speaker ? [restated.speaker] : []), ...restated.agents];
    // (Said by another person, the one named is wrong; said by a communiqué, no one named said it.)
    const byPerson = doers.some((d) => env.kb.entities.get(d)?.type === 'person');
    if (!sayers.some((p) => doers.some((d) => d === p || affiliations(env.kb, p).has(d)))) return combine([byPerson ? contradicted('identity', [restated]) : notStated([{ kind: 'element' }], [restated])]);
  }
  const represented = representedAt(claim, env);
  if (represented) return combine([represented]);
  const membership = membershipFinding(claim, env);
  // (What is said of when it happened still counts: "the meeting with the U guy was on day one", "both U officials, on
  // the same day".)
  if (membership) return combine([membership, ...timeFindings(claim, env), ...countFindings(claim, env)]);
  // "The meeting was requested by the T": what was asked for is the meeting itself, which no one is said to have asked for.
  const sayingOnly = claim.predicates.length > 0 && claim.predicates.every((p) => p.ids.every((id) => env.kb.predicates.get(id)?.kind === 'content'));
  if (sayingOnly && claim.ofMeeting && (claim.participants.some((p) => p.role === 'agent') || claim.doerCountry !== undefined) && !env.presupposed && claim.places.length + claim.unknownPlaces.length + claim.dates.length === 0 && !claim.meetings.length && !claim.issuers.length && !claim.generic.has('document') && claim.topics.length + claim.narrower.length === 0) return combine([notStated([{ kind: 'element' }])]);
  const parts = partsOf(claim, env.kb);
  const findings: Finding[] = [];
  // "did C leave K on 26/11?": with a verb the reader does not know, what was done is not a meeting,
  // so a meeting's other day or place cannot deny it.
  // (A verb said of a meeting itself — "la rencontre s'est faite à Y" — is its taking place.)
  const unknownVerb = unknownVerbWords(claim);
  const meetingCheck = (part: Part): Finding => {
    const found = CHECKS[part.kind](claim, part, env);
    if (part.kind !== 'meeting' || !unknownVerb.length) return found;
    // (…nor can a meeting held confirm it: « l'U a un bureau à Y » is not "the U's man met someone in Y".)
    const said = (w: string) => found.facts.some((f) => env.carrier.carries(f, { kind: 'word', word: fold(w), surface: w }, env.language));
    return found.verdict === 'contradicted' || (found.verdict === 'supported' && !unknownVerb.every(said)) ? notStated([{ kind: 'words', surfaces: unknownVerb }], found.facts, found.meetings) : found;
  };
  // "il va inviter A à Z": a meeting to come is none of those reported, so none of them can deny it.
  // (What a named event will do — "the assembly runs until the 27th" — its record says.)
  // (…nor one before those: "B avait déjà visité le K avant ?", "had been there before".)
  const elsewhen = (part: Part) => (claim.future && !(part.kind === 'event' && claim.events.length) && part.kind !== 'title') || (claim.past === true && (part.kind === 'presence' || part.kind === 'meeting'));
  for (const part of parts) findings.push(elsewhen(part) ? notStated([{ kind: 'unknown' }]) : meetingCheck(part));
  findings.push(...editionFindings(claim, env), ...countFindings(claim, env), ...orderFindings(claim, env));
  // "rencontres bilatérales": what the meeting noun says, by any fact of the meetings meant.
  if (claim.described.length) {
    const meetings = scopeOf(claim, env.kb, env.focus).meetings;
    const described = topicFindings(claim.described, meetings, env);
    findings.push(described.finding ?? supported(described.carriers, meetings));
  }
  // "Did he say which languages?": only a fact that lists them says which.
  if (claim.which) {
    const listed = env.kb.factsWithConcept.get(claim.which) ?? [];
    if (!listed.some((f) => f.items?.length)) findings.push(notStated([{ kind: 'unnamed', concept: claim.which, ...(listed[0] ? { fact: env.rank(listed, 1)[0] as Fact } : {}) }]));
  }
  findings.push(...exclusiveFindings(claim, env), ...sameFindings(claim, env), ...locatedFindings(claim, env), ...placedFindings(claim, env));
  // ("the O T wants…": someone who holds a title at an organisation no one the articles name holds.)
  const vacant = claim.titles.filter((t) => t.org && !t.person && !(env.kb.leadersOf.get(t.org)?.length));
  const orgName = (id: string) => { const o = env.kb.entities.get(id); return (o?.short ?? o?.name)?.[env.language] ?? id; };
  if (vacant.length) findings.push(notStated([{ kind: 'words', surfaces: vacant.map((t) => `${t.surface} (${orgName(t.org as string)})`) }]));
  // "came for a peacekeeping conference": an event the articles never name; only a meeting's occasion can deny it.
  if (claim.otherEvents.length && !parts.some((p) => p.kind === 'meeting')) findings.push(notStated([{ kind: 'words', surfaces: claim.otherEvents }]));
  // "1,700 officers": a figure no record counts is one the articles do not give.
  if (claim.figures.length) findings.push(notStated([{ kind: 'words', surfaces: claim.figures }]));
  findings.push(...timeFindings(claim, env));
  // A narrower term no part has spoken for: the articles do not name it.
  if (claim.narrower.length && !parts.some((p) => p.kind === 'content')) {
    const gaps = narrowerGaps(claim, [], env);
    findings.push(notStated(gaps, gaps.flatMap((g) => (g.kind === 'narrower' && g.fact ? [g.fact] : []))));
  }
  if (claim.source) findings.push(sourceFinding(claim.source, findings, env));
  if (claim.article) findings.push(articleFinding(claim.article, findings, env));
  return combine(findings);
}

/**
 * "Are there U P units at the Z headquarters?": no verb, no person,
 * no meeting: a claim that something is said, whose names and places are its topics.
 */
function existence(claim: Claim, kb: KnowledgeBase): Claim {
  const persons = claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'person');
  // (…nor "the meeting in Y was four days after the assembly ended": said of a meeting, by a pronoun for one.)
  if (claim.predicates.length || persons || claim.every || claim.meetings.length || claim.generic.has('meeting') || claim.ofMeeting === true || claim.eventOrder !== undefined || claim.events.length || claim.dates.length || claim.titles.length || claim.identities.length || claim.affiliations.length) return claim;
  if (!claim.places.length && !claim.participants.length) return claim;
  // (Whose an idea is stays said: "the P's headquarters" are theirs, not just named beside them.)
  const named = [...claim.participants, ...claim.places].map((m) => ({ kind: 'entity' as const, entity: m.entity, surface: m.surface, ...('owns' in m && m.owns ? { owns: true as const } : {}) }));
  // What it names is said of each other when it says whose something is, or where, at a place no meeting was:
  // "O has its headquarters in Z". (Not "did the U guy call it important?": someone of the U is what it is said of.)
  // (…or at a place where none of the organisation's meetings was: "are the U P units based in X?", X a meeting of others.)
  const orgs = claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'organisation').map((p) => p.entity);
  const notTheirs = (place: string) => orgs.length > 0 && orgs.every((o) => !(kb.meetingsInvolving.get(o) ?? []).some((m) => placeAgrees(kb, m, place)));
  const together = !claim.generic.has('person') && (claim.participants.some((p) => p.owns) || claim.places.some((p) => !kb.meetingsAt.get(p.entity)?.length || notTheirs(p.entity)));
  return { ...claim, participants: [], places: [], topics: [...claim.topics, ...named], ...(together ? { saidTogether: true as const } : {}) };
}

/**
 * "C praised the O assembly": with a verb whose object is what is said, an event right after it is what was
 * said, which the fact must name — not an event that happened, beside words of C's about something else.
 */
function praised(claim: Claim, kb: KnowledgeBase): Claim {
  const verbs = claim.predicates.filter((t) => t.ids.every((id) => kb.predicates.get(id)?.object_is_topic === true));
  const isObject = (e: { start: number }) => verbs.some((v) => rightAfter(v, e.start, 2));
  const objects = claim.events.filter(isObject);
  if (!objects.length) return claim;
  return { ...claim, events: claim.events.filter((e) => !objects.includes(e)), topics: [...claim.topics, ...objects.map((e) => ({ kind: 'entity' as const, entity: e.entity, surface: e.surface }))] };
}

/** The claim's parts: its verbs grouped by kind, or the kind its elements imply when it has no verb. */
export function partsOf(claim: Claim, kb: KnowledgeBase): Part[] {
  // ("la rencontre … était à X": a pronoun for the meeting says a meeting as a noun does.)
  const meetingSaid = claim.generic.has('meeting') || claim.ofMeeting === true;
  const hasPeople = claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'person');
  const byKind = new Map<PredicateKind, string[]>();
  for (const term of claim.predicates) {
    const options = term.ids.map((id) => kb.predicates.get(id)).filter((p) => p !== undefined);
    // "host": an event when an event is what is hosted, a person otherwise. ("A hosted it", "it" the O assembly: the
    // event right after the verb is what is hosted, whoever hosts it.)
    // (Active only: « B a été reçu pendant l'AG » says when the guest was received.)
    const hostsEvent = !claim.passive && claim.events.some((e) => rightAfter(term, e.start, 1));
    const found = options.find((p) => (claim.events.length && (!hasPeople || hostsEvent) ? p.kind === 'event' : p.kind !== 'event')) ?? options[0];
    // (« A a accueilli l'AG »: a verb of receiving someone, whose object is an event, is holding it.)
    const chosen = hostsEvent && found?.kind === 'meeting' && !found.symmetric ? (kb.predicates.get('hold') ?? found) : found;
    if (!chosen) continue;
    let kind = chosen.kind;
    // ("did B visit A in Y?", « A a rendu visite à C »: a visit paid to someone is meeting them, not only being somewhere.)
    // (The one visited right after the verb: not "invited A to visit the U HQ", nor "flew to X after the C meeting"; and no
    // verb of meeting already says it: « en venant voir A ».)
    const visited = claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'person' && p.start >= term.start + 1 && p.start - (term.start + term.surface.split(/\s+/).length) <= 1);
    const meets = claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'meeting'));
    if (kind === 'presence' && visited && !meets && claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person').length >= 2) kind = 'meeting';
    // "the meeting took place in Y": an event verb said of a meeting.
    // "les deux rencontres ont eu lieu… en marge de l'AG": meetings are what took place, the event their occasion.
    // ("…, pendant l'AG qui se terminait le 29": the assembly's end stays the assembly's.)
    if (kind === 'event' && (!claim.events.length || ((meetingSaid || claim.meetings.length > 0) && chosen.said_of_meetings === true)) && (claim.meetings.length || meetingSaid || hasPeople)) kind = 'meeting';
    // "who is B working for": a title verb with nobody's organisation named asks who they are.
    const list = byKind.get(kind) ?? [];
    if (!list.includes(chosen.id)) list.push(chosen.id);
    byKind.set(kind, list);
  }
  // "Le communiqué … vient bien de l'U": a document that comes from somewhere is issued by it, never a visit.
  if (claim.generic.has('document') && byKind.has('presence')) {
    byKind.delete('presence');
    byKind.set('source', [...(byKind.get('source') ?? []), 'issue']);
  }
  const hasTitle = claim.titles.length + claim.identities.length + claim.affiliations.length > 0;
  // "the U's communiqué": a claim about who issued a document; "comes from" with no document is someone's origin, not a source.
  if ((claim.issuers.length || claim.unknownIssuers?.length) && !byKind.has('source')) byKind.set('source', []);
  // (…but "both meetings were reported by the U" is about who reported the meetings.)
  if (byKind.has('source') && !claim.issuers.length && !claim.generic.has('document') && !claim.ofMeeting) {
    byKind.delete('source');
    if (!byKind.size) byKind.set('title', []);
  }
  const onlyWords = claim.topics.length > 0 && claim.topics.every((t) => t.kind === 'word');
  const onePerson = claim.participants.length === 1 && hasPeople;
  // ("the U guy, B, is <a nationality>": one person, and beside them only organisations they belong to.)
  const persons = claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person');
  const onePersonOfTheirs = persons.length === 1 && claim.participants.every((p) => p === persons[0] || affiliations(kb, persons[0]?.entity as string).has(p.entity));
  // "y a bien eu un communiqué pour les 2 rencontres ?": a document, with nothing done, is a claim about the sources.
  // ("K is a reliable partner according to the communiqué": what a document says is its content, not who issued it.)
  const saysSomething = claim.topics.length > 0 && !claim.issuers.length;
  if (byKind.size === 0 && claim.generic.has('document') && !saysSomething && !claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'person')) byKind.set('source', []);
  if (byKind.size === 0) {
    // "C est-il russe ?": a word said of one person is a claim about who they are.
    const title = hasTitle || (onePersonOfTheirs && onlyWords && !claim.places.length && !claim.dates.length && !claim.events.length && !claim.unknownPlaces.length);
    if (title) byKind.set('title', []);
    // ("C, from the U P, was in Y": who someone is, and where, when or at what they were — each judged.)
    const more = claim.places.length + claim.unknownPlaces.length + claim.dates.length + claim.events.length + claim.meetings.length > 0 || meetingSaid;
    if (!title || more) {
      // "were there other people at the assembly?": who was there, beyond those the articles name at its meetings.
      if (claim.others && claim.generic.has('person') && !claim.participants.length) byKind.set('meeting', []);
      else if (claim.events.length && !hasPeople && !claim.meetings.length && !meetingSaid) byKind.set('event', ['hold']);
      // "was B at the assembly?": someone at an event is there, not met there.
      else if (onePerson && claim.events.length && !claim.meetings.length && !meetingSaid && !claim.dates.length) byKind.set('presence', ['attend']);
      // "C était encore au K le 1er décembre ?": one person somewhere on a day is their presence, not a meeting.
      else if (onePerson && (claim.places.length || claim.unknownPlaces.length) && claim.dates.length && !claim.meetings.length && !meetingSaid && !claim.events.length) byKind.set('presence', ['visit']);
      else if (claim.participants.length >= 2 || (claim.participants.length && (claim.dates.length || claim.events.length || claim.meetings.length || meetingSaid))) byKind.set('meeting', []);
      else if (claim.participants.length && (claim.places.length || claim.unknownPlaces.length)) byKind.set('presence', ['visit']);
      else if (claim.meetings.length || meetingSaid || claim.places.length || claim.dates.length) byKind.set('meeting', []);
      // "<a country>?", "U P units at the Z headquarters?": said anywhere, by anyone.
      else if (claim.topics.length || claim.narrower.length) byKind.set('content', []);
      else if (claim.participants.length) byKind.set('meeting', []);
    }
  } else if (hasTitle && !byKind.has('title')) byKind.set('title', []);
  // "Who represented the U at the meeting?": with no one named, a title verb asks who took part.
  // (Not "is the P part of the U?": two organisations, one said to be of the other.)
  const organisationsOnly = claim.participants.length >= 2 && claim.participants.every((p) => kb.entities.get(p.entity)?.type === 'organisation');
  // (…and "part of" then says no framing: an organisation is in another, not in a meeting's frame.)
  if (organisationsOnly && !hasPeople && byKind.has('title')) for (const kind of [...byKind.keys()]) if (kind !== 'title') byKind.delete(kind);
  if (byKind.has('title') && !hasPeople && !hasTitle && claim.participants.length && !organisationsOnly) {
    byKind.delete('title');
    if (!byKind.has('meeting')) byKind.set('meeting', []);
  }
  // Topics belong to what was said, else to the title they qualify, else to the one part there is.
  // (Who someone is, said in passing beside where they were — "C, from the U, was in Y on a working visit" —: to where they were.)
  // (Not a word the reader does not know, "représentant de l'Union africaine": a name beside the post, judged with it.)
  const passing = byKind.has('title') && !claim.titles.length && !claim.identities.length && (byKind.has('presence') || byKind.has('meeting')) && claim.topics.every((t) => t.kind === 'concept');
  const topicsGoTo: PredicateKind | undefined = byKind.has('content') ? 'content' : passing ? (byKind.has('presence') ? 'presence' : 'meeting') : byKind.has('title') ? 'title' : byKind.has('source') ? 'source' : [...byKind.keys()][0];
  return [...byKind].map(([kind, predicates]) => ({ kind, predicates, topics: kind === topicsGoTo ? claim.topics : [] }));
}

/** A verb of saying, and a year later than every article's: what was said is of a time to come. */
function plannedLater(claim: Claim, kb: KnowledgeBase): boolean {
  if (!claim.dates.some((d) => d.year !== undefined) || !claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'content'))) return false;
  const last = lastYearOf(kb);
  return claim.dates.some((d) => d.year !== undefined && d.year > last);
}

/** The year of the base's latest article: read once per base, not at each claim (a thousand articles to scan). */
function lastYearOf(kb: KnowledgeBase): number {
  let year = lastYears.get(kb);
  if (year === undefined) {
    year = -Infinity;
    for (const a of kb.articles.values()) year = Math.max(year, Number(a.date.slice(0, 4)));
    lastYears.set(kb, year);
  }
  return year;
}

const lastYears = new WeakMap<KnowledgeBase, number>();

/** The most people "both", "each" of a group is read as, one by one. */
const MAX_SPEAKERS = 8;
