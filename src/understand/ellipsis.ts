// A clause that leaves out what the one before it said: "A met
// C on Nov 25, then B on Dec 1"; "le communiqué vient de la Q,
// pas de la P"; "the meeting was about <a country>, not about sports". It takes
// the earlier clause's core (its verb, who does it, what it is about) and puts
// its own words in place of the earlier ones of the same kind.
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Claim, Participant } from './claim.js';
import { inFocus } from './cleft.js';
import type { Query } from './frame.js';

/** What an elliptical clause may say in place of the earlier clause's words, kind by kind. */
/** Where and when a clause says it happened. */
const SCENE = ['places', 'unknownPlaces', 'venues', 'dates', 'events', 'meetings'] as const satisfies readonly (keyof Claim)[];
const REPLACED = ['places', 'unknownPlaces', 'venues', 'otherEvents', 'notPlaces', 'dates', 'events', 'meetings', 'editions', 'counts', 'topics', 'narrower', 'titles', 'identities', 'affiliations'] as const satisfies readonly (keyof Claim)[];

/** A clause with no verb of its own, which says who, where, when or what in place of the clause before it. */
export function isElliptical(q: Query, hasVerb: boolean): boolean {
  if (hasVerb) return false;
  const c = q.claim;
  return c.participants.length + c.denied.length + c.places.length + c.unknownPlaces.length + c.dates.length + c.events.length + c.topics.length + c.narrower.length > 0;
}

/** The clause's first word of substance is a negation: "pas de la P", "not about sports". */
export function opensNegated(q: Query): boolean {
  const first = q.reading.terms.find((t) => !(t.kind === 'function' || (t.kind === 'marker' && t.marker === 'filler')));
  return first?.kind === 'negation';
}

/** "…en <a country>, pas en <a country>": after places talked of, a place denied that no meeting was in is denied of the talks, not of where they were. */
// (« …ont parlé de prévention de l'extrémisme, mais pas de la <a country> »: or after anything talked of.)
export function deniedOfTalks(claim: Claim, place: string, kb: KnowledgeBase): boolean {
  const talked = claim.topics.length > 0 && claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'content'));
  return (talked || claim.topics.some((t) => t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'place')) && !kb.meetingsAt.get(place)?.length;
}

/** Someone the earlier clause does not name: "…, then B". */
export function namesSomeoneNew(right: Claim, left: Claim, kb: KnowledgeBase): boolean {
  const people = (c: Claim) => c.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person').map((p) => p.entity);
  const before = new Set(people(left));
  return people(right).some((p) => !before.has(p));
}

/**
 * The elliptical clause made whole from the clause before it. A statement's new clause says its own when and
 * where ("…on Nov 25, then B": not on Nov 25); a question asked again keeps what it does not replace
 * ("did they talk about <a country> in Y?" "and in X?": <a country> still; `keepUnsaid`). `sayAgain`: the clause is a name and a bare
 * verb ("…, C isn't", clause-shapes.ts echoes()), which says again of that name what was said. `ownVerb`: the clause has an
 * auxiliary of its own after its subject (« C y a fait… »), a verb the reader may not know.
 */
export function completeEllipsis(left: Claim, right: Claim, kb: KnowledgeBase, how: { keepUnsaid?: boolean; sayAgain?: boolean; ownVerb?: boolean } = {}): Claim {
  const { keepUnsaid = false, sayAgain = false, ownVerb = false } = how;
  // ("B is the deputy head of the P, not the U P chief", "…, not the P guy": after a clause that says what someone
  // is, a post or a noun for a person, and no one else, is what he is said to be instead; no one else in his place.)
  const person = (p: Participant) => kb.entities.get(p.entity)?.type === 'person';
  const [subject, ...more] = left.participants.filter((p) => person(p) && p.via !== 'role');
  const saysWhatHeIs = left.predicates.every((p) => p.ids.every((id) => kb.predicates.get(id)?.kind === 'title')) && left.predicates.length + left.titles.length + left.identities.length > 0;
  const posts = right.participants.filter(person);
  const post = posts.length === 1 && posts[0]?.via === 'role' && posts[0].entity === subject?.entity ? posts[0] : undefined;
  const noun = !posts.length && right.generic.has('person');
  if (subject && !more.length && saysWhatHeIs && (post || noun) && !right.predicates.length && !right.places.length && !right.dates.length) {
    return { ...right, participants: [subject, ...right.participants.filter((p) => !person(p))], identities: post ? [{ person: subject.entity, as: post.entity, surface: post.surface }] : right.identities };
  }
  // ("…, first B then C": the order the new clause says is its own.)
  // (…and "…, and the one with C at the same venue": what it is said to share with the meeting before, too.)
  const out: Claim = { ...left, dating: [], predecessor: undefined, order: right.order, rank: right.rank, figures: right.figures, located: right.located, same: right.same ?? left.same };
  // "…, les deux fois à Y", "…, et bientôt à Genève": what the clause says of all of it, or of when, holds.
  // (What the earlier clause said of only its own words — "only Z" — does not carry to the new ones.)
  // (…unless it names one of them: "both meetings were with A: B in X on Nov 25 and C…" says one meeting each.)
  out.every = right.every || (left.every && !right.participants.some((p) => kb.entities.get(p.entity)?.type === 'person'));
  out.only = right.only;
  out.mainly = right.mainly;
  out.future = left.future || right.future;
  out.already = right.already;
  // ("…, then C, in one week": a round span the new clause says is give or take a day.)
  out.approximate = left.approximate || right.approximate;
  // ("…two days before the end of the O assembly, and C six days later": a clause that says its own when is not measured from the event.)
  out.eventOrder = right.eventOrder ?? (right.dates.length || right.counts.length ? undefined : left.eventOrder);
  out.generic = new Set([...left.generic, ...right.generic]);
  // (What was talked about is one list, named or narrower: "…<a country> and <a country>, plus <a country>" replaces both.)
  const said = (key: (typeof REPLACED)[number]) => (key === 'topics' || key === 'narrower' ? right.topics.length + right.narrower.length : (right[key] as unknown[]).length) > 0;
  for (const key of REPLACED) if (!keepUnsaid || said(key)) (out[key] as unknown[]) = right[key] as unknown[];
  // ("…received B on the 25th, and C the next day": a day counted from another, now said of the meeting before's verb.)
  if (out.counts === right.counts && out.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'meeting'))) out.counts = out.counts.map((c) => (c.relative ? { ...c, relative: undefined, between: true } : c));
  // (How the places were said goes with them.)
  if (out.places === right.places) [out.placeList, out.meetingPlaces] = [right.placeList, right.meetingPlaces];
  const isPerson = (p: Participant) => kb.entities.get(p.entity)?.type === 'person';
  // ("…, pas de la P": the name the clause denies is its own, the negation read on the whole clause.)
  const own = [...right.participants, ...right.denied.map((d) => ({ ...d, role: 'either' as const }))];
  out.denied = [];
  const newPeople = own.filter(isPerson);
  const newOrgs = own.filter((p) => !isPerson(p));
  // "…, then B": the new person takes the place of the one the verb was done to (or, with no doer, of the last one named).
  let participants = left.participants;
  // "C came first, then B": with no one the verb was done to, the new person does it in place of the first.
  // ("A received two U officials: B on the 25th…": people said without a name are whom it was done to.)
  const doneTo = participants.some((p) => isPerson(p) && p.role === 'object') || left.generic.has('person');
  // ("ce n'est pas A qui a reçu C, c'est B": the one a cleft put in focus is the one the new person stands in for.)
  const focused = left.cleft ? participants.filter((p) => isPerson(p) && inFocus(left.cleft as { start: number; end: number })(p)) : [];
  // ("…by A's deputy, not A himself": someone named before stands for no one else; the people stay as they were.)
  const again = newPeople.length > 0 && newPeople.every((p) => participants.some((x) => x.entity === p.entity && x.via !== 'role'));
  if (again) participants = left.participants;
  else if (newPeople.length === 1 && focused.length === 1) {
    participants = participants.map((p) => (p === focused[0] ? { ...(newPeople[0] as Participant), role: p.role } : p));
    out.cleft = undefined;
  } else if (newPeople.length && !doneTo && participants.some((p) => isPerson(p) && p.role === 'agent')) {
    participants = [...participants.filter((p) => !isPerson(p)), ...newPeople.map((p) => ({ ...p, role: 'agent' as const }))];
  } else if (newPeople.length && newPeople.every((p) => p.role === 'agent') && participants.some((p) => isPerson(p) && p.role === 'agent')) {
    // ("B was received by A, then by C": "by" says who did it; C takes the doer's place, not B's.)
    participants = [...participants.filter((p) => !(isPerson(p) && p.role === 'agent')), ...newPeople];
  } else if (newPeople.length) {
    const doer = participants.filter((p) => isPerson(p) && p.role === 'agent');
    const kept = doer.length ? doer : participants.filter(isPerson).slice(0, -1);
    participants = [...kept, ...participants.filter((p) => !isPerson(p)), ...newPeople.map((p) => ({ ...p, role: doer.length ? ('object' as const) : p.role }))];
  }
  // "…de la Q, pas de la P": an organisation in place of the issuer, or of the organisation, said before.
  if (newOrgs.length) {
    if (left.issuers.length) out.issuers = newOrgs.map((o) => o.entity);
    else participants = [...participants.filter(isPerson), ...newOrgs.map((o) => ({ ...o, role: participants.find((p) => !isPerson(p))?.role ?? o.role }))];
  }
  out.participants = participants;
  // ("A n'est pas le chef de la P, c'est B": a name alone takes the place of the one a post was said of, the post kept.)
  const nameAlone = newPeople.length === 1 && !right.predicates.length && REPLACED.every((key) => !(right[key] as unknown[]).length);
  const named = newPeople[0]?.entity;
  // (The post's own words — « chef du bureau du K » — go with it.)
  if (nameAlone && named !== undefined && !keepUnsaid && left.identities.length + left.titles.length > 0) {
    const before = new Set(left.participants.filter(isPerson).map((p) => p.entity));
    out.identities = left.identities.map((i) => (before.has(i.person) ? { ...i, person: named } : i));
    out.titles = left.titles.map((t) => (t.person !== undefined && before.has(t.person) ? { ...t, person: named } : t));
    out.affiliations = left.affiliations.map((a) => (before.has(a.person) ? { ...a, person: named } : a));
    out.topics = left.topics;
    out.narrower = left.narrower;
  } else if (!keepUnsaid && ((nameAlone && right.additive) || sayAgain)) {
    // ("B is new in the job; C too", "…, C isn't": what was said of the one before is said of the name — where and when
    // too, "B was in X on Nov 25, and C too", when "too" says it of a person and the clause says no where or when of its own.)
    const ownScene = right.places.length + right.unknownPlaces.length + right.dates.length + right.events.length + right.meetings.length > 0;
    if (right.additive && newPeople.length > 0 && !ownScene) for (const key of SCENE) (out[key] as unknown[]) = left[key] as unknown[];
    out.topics = left.topics;
    out.narrower = left.narrower;
  }
  if (!right.topics.length && right.notPlaces.length && right.notPlaces.every((p) => deniedOfTalks(left, p.entity, kb))) {
    out.topics = right.notPlaces.map((p) => ({ kind: 'entity' as const, entity: p.entity, surface: p.surface }));
    out.notPlaces = [];
  }
  // ("…à X ; C y a fait un discours": with an auxiliary of its own, words of a verb the reader does not know are what the
  // new clause says was done, not the verb before; nor, of someone new, the day it was done.)
  if (ownVerb && !keepUnsaid && !right.predicates.length && newPeople.length && right.topics.some((t) => t.kind === 'word')) {
    out.predicates = [];
    if (!right.dates.length) out.dates = [];
  }
  return out;
}

/**
 * "C's title is", « A est » (with "the same" read as grammar): who, a verb "to be" and nothing after it. Any fact
 * naming them would carry it; it says nothing a fact could prove. (Not "…, C non plus", « comme C », whose verb is the
 * clause before's.)
 */
export function saysOnlyWho(q: Query, kb: KnowledgeBase, isBe: (w: string) => boolean): boolean {
  const c = q.claim;
  const said = (v: unknown) => (Array.isArray(v) ? v.length > 0 : v instanceof Set ? v.size > 0 : v !== undefined && v !== false);
  // (A post is a participant too — "il est chef de la P" — and so is a body someone is with: each says something of them.)
  const named = c.participants.every((p) => p.via !== 'role' && kb.entities.get(p.entity)?.type === 'person');
  const last = q.reading.terms.filter((t) => t.kind !== 'function').at(-1);
  const endsOnBe = last !== undefined && last.end - last.start === 1 && isBe(q.reading.tokens[last.start] ?? '');
  return c.participants.length > 0 && named && endsOnBe && Object.entries(c).every(([key, v]) => key === 'participants' || !said(v));
}
