// A claim says several things at once: "A received the U P
// chief in Y during the O assembly" says who met whom, where, and
// on what occasion. When the whole is not supported, a fact-check says which
// of its elements hold: each element is judged with the claim's core (who did
// what), and only when the core alone is supported and pins one meeting, so
// that "in Y" and "on Tuesday" are never each found true of a different one.
import type { Claim } from '../understand/claim.js';
import type { VerifyEnv } from './checks.js';
import { judge, partsOf, unknownVerbWords } from './judge.js';
import type { Judgement } from './verdict.js';
import { dateAgrees } from '../understand/dates.js';

export interface Element {
  /** The element's words as the reader saw them, to find them in the text. */
  surface: string;
  /** Token positions in the claim's reading, when known. */
  start?: number;
  end?: number;
  /** The thing it names, when it names one: facts that name it show it best. */
  entity?: string;
  judgement: Judgement;
}

/** What a claim says besides its core; each can be judged alone with the core. */
const MODIFIERS = ['places', 'notPlaces', 'unknownPlaces', 'venues', 'otherEvents', 'dates', 'events', 'editions', 'counts', 'topics', 'narrower', 'titles', 'identities', 'affiliations'] as const satisfies readonly (keyof Claim)[];

type Modifier = (typeof MODIFIERS)[number];

/** What a meeting's record has: where, when, on what occasion. */
const MEETING_ELEMENTS = ['places', 'unknownPlaces', 'venues', 'dates', 'events'] as const satisfies readonly Modifier[];

function core(claim: Claim): Claim {
  const out: Claim = { ...claim };
  for (const key of MODIFIERS) (out[key] as unknown[]) = [];
  return { ...out, dating: [] };
}

/** Each element of the claim as a claim of its own: the core and that one element. */
type Part = { claim: Claim; surface: string; start?: number; end?: number; entity?: string };

function split(claim: Claim): Part[] {
  const base = core(claim);
  const one = <K extends Modifier>(key: K, item: Claim[K][number]) => ({ ...base, [key]: [item] }) as Claim;
  const out: Part[] = [];
  for (const p of claim.places) out.push({ claim: one('places', p), surface: p.surface, start: p.start, end: p.end, entity: p.entity });
  for (const p of claim.unknownPlaces) out.push({ claim: one('unknownPlaces', p), surface: p });
  for (const v of claim.venues) out.push({ claim: one('venues', v), surface: v });
  // A date said in a clause of time ("when B came") dates the claim; it is no element of its own.
  if (!claim.dating.length) for (const d of claim.dates) out.push({ claim: one('dates', d), surface: '', start: d.start, end: d.end });
  for (const e of claim.events) {
    // The event's number goes with it: "the 94th assembly" is one element.
    const editions = claim.editions.filter((x) => x.entity === e.entity);
    out.push({ claim: { ...one('events', e), editions }, surface: e.surface, start: e.start, end: e.end, entity: e.entity });
  }
  for (const c of claim.counts) out.push({ claim: one('counts', c), surface: c.surface });
  // ("ancien diplomate": "former" goes with the title it says is over.)
  for (const t of claim.topics) out.push({ claim: t.kind === 'concept' && t.opposite ? { ...one('topics', t), titles: claim.titles } : one('topics', t), surface: t.surface });
  for (const n of claim.narrower) out.push({ claim: one('narrower', n), surface: n.surface });
  // "C, T for K, met A": who someone is said to be, beside what they did.
  for (const t of claim.titles) out.push({ claim: { ...one('titles', t), saidTitles: claim.titles }, surface: t.surface });
  for (const i of claim.identities) out.push({ claim: one('identities', i), surface: i.surface });
  for (const a of claim.affiliations) out.push({ claim: one('affiliations', a), surface: a.surface });
  return out;
}

/**
 * The claim's elements, judged one by one, when the whole is not supported
 * and they do not all share its verdict; otherwise none: the claim is one line.
 */
export function elementsOf(claim: Claim, whole: Judgement, env: VerifyEnv): Element[] {
  if (whole.verdict === 'supported') return [];
  // ("il est arrivé dimanche": with a verb the reader does not know, what was done is no meeting — judge() says as much
  // of the whole; its day or place, alone, would be judged as a meeting's.)
  const unknownVerb = unknownVerbWords(claim).length > 0;
  // (…and "C was in X on the 28th", where and when no meeting was, is where C was that day — people travel: its day
  // alone, "C … on the 28th", would be read as a meeting of C's and denied by the day of the one the articles report.
  // Where and when a meeting was, "C was in Y on Monday" stands against whoever the articles have there.)
  const kinds = (c: Claim) => partsOf(c, env.kb).map((p) => p.kind).sort().join();
  const presence = !claim.predicates.length && claim.places.length > 0 && claim.dates.length > 0 && kinds(claim) === 'presence';
  // (…nor where their own meeting was: "C was in Y on the 24th", of C's meeting in Y on the 25th, says the wrong day.)
  const theirs = (m: { host: string; guests: readonly string[] }) => claim.participants.some((p) => m.host === p.entity || m.guests.includes(p.entity));
  const someMeetingThere = presence && claim.places.some((p) => (env.kb.meetingsAt.get(p.entity) ?? []).some((m) => theirs(m) || claim.dates.every((d) => dateAgrees(m.date, d))));
  const asWhole = presence && !someMeetingThere ? 'presence' : undefined;
  const parts = split(claim).filter((p) => (!unknownVerb || !MEETING_ELEMENTS.some((key) => p.claim[key].length > 0)) && (asWhole === undefined || kinds(p.claim) === asWhole));
  if (!parts.length) return [];
  const base = judge(core(claim), env);
  // Without a supported core pinned to one meeting, an element could be true of another meeting than the claim's.
  if (!base || base.verdict !== 'supported' || base.meetings.length > 1 || (claim.participants.length === 0 && claim.meetings.length === 0 && claim.events.length === 0)) return [];
  const judged: Element[] = [];
  for (const part of parts) {
    const judgement = judge(part.claim, env);
    if (!judgement) return [];
    // Each element about the core's meeting, or about none: never another one.
    if (judgement.meetings.some((m) => !base.meetings.includes(m)) && base.meetings.length) return [];
    // The facts that name the element first: "pendant l'AG" is shown by the fact that names the assembly.
    const names = (f: { mentions: string[]; about: string }) => part.entity !== undefined && (f.mentions.includes(part.entity) || f.about === part.entity);
    const first = <T extends { mentions: string[]; about: string }>(facts: T[]) => [...facts.filter(names), ...facts.filter((f) => !names(f))];
    // (Not for an element the articles deny: what says otherwise comes first there.)
    const shown = judgement.verdict !== 'supported' ? judgement : { ...judgement, facts: first(judgement.facts), findings: judgement.findings.map((f) => ({ ...f, facts: first(f.facts) })) };
    judged.push({ surface: part.surface, ...(part.start !== undefined ? { start: part.start, end: part.end } : {}), ...(part.entity ? { entity: part.entity } : {}), judgement: shown });
  }
  // "A, le ministre de l'Intérieur, a reçu C": who did what holds, beside the element that does not.
  const doing = coreSpan(claim);
  // (Only beside an element the articles do not state: a contradiction's explanation already says what holds.)
  const withCore = doing && parts.length === 1 && whole.verdict === 'not_stated' ? [{ surface: '', ...doing, judgement: base }, ...judged] : judged;
  const verdicts = new Set(withCore.map((e) => e.judgement.verdict));
  return verdicts.size > 1 ? withCore : [];
}

/** Where the claim says what was done, and to whom: from its verb to the last name after it ("a reçu C"). */
function coreSpan(claim: Claim): { start: number; end: number } | undefined {
  const verb = claim.predicates[0];
  if (!verb) return undefined;
  const after = claim.participants.filter((p) => p.start > verb.start);
  return { start: verb.start, end: Math.max(verb.start + 1, ...after.map((p) => p.end)) };
}
