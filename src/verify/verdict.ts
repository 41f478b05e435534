// What the verifier concludes about a claim, as in the FEVER fact-checking
// task: supported, contradicted, or not stated, with the facts that show it.
import type { Bilingual } from '../knowledge/schema.js';
import type { Fact, Meeting } from '../knowledge/types.js';

export type Verdict = 'supported' | 'contradicted' | 'not_stated';

/** What a contradiction is about: the element of the claim the facts say otherwise. */
export type Dimension = 'place' | 'date' | 'occasion' | 'role' | 'title' | 'organisation' | 'identity' | 'edition' | 'issuer' | 'count' | 'end' | 'content' | 'order';

/** Why a claim is not stated. */
export type Gap =
  /** Words no fact carries, as the person typed them. */
  | { kind: 'words'; surfaces: string[] }
  /** A more specific term than the facts use ("football" for "major sporting events"), with the fact that uses the broader one. */
  | { kind: 'narrower'; surface: string; label?: Bilingual; fact?: Fact; also?: string[] }
  /** Two people the articles never show together. */
  | { kind: 'pairing'; people: string[] }
  /** Something grounded (a place, a topic, a predicate) that no fact carries for this situation. */
  | { kind: 'element' }
  /** Something the records never give (an event's start, a meeting's length): what is asked is unknown. */
  | { kind: 'unknown' }
  /** Members of an idea the articles never name ("which languages"). */
  | { kind: 'unnamed'; concept: string; fact?: Fact }
  /** A title the articles never give someone ("minister"). */
  | { kind: 'called'; person: string; surface: string };

export interface Finding {
  verdict: Verdict;
  /** Supported: the facts whose quotes prove it. Contradicted: the facts that say otherwise. */
  facts: Fact[];
  dimension?: Dimension;
  gaps: Gap[];
  /** Not stated: what the articles do report that comes closest. */
  closest: Fact[];
  /** The meetings the claim turned out to be about. */
  meetings: Meeting[];
}

export interface Judgement extends Finding {
  /** One finding per part of the claim (a title, a meeting, what was said in it). */
  findings: Finding[];
}

/** A contradiction outweighs an unstated part, which outweighs support. */
export function combine(findings: readonly Finding[]): Judgement | undefined {
  if (findings.length === 0) return undefined;
  const worst = findings.find((f) => f.verdict === 'contradicted') ?? findings.find((f) => f.verdict === 'not_stated') ?? (findings[0] as Finding);
  const unique = <T>(xs: T[]) => [...new Set(xs)];
  return {
    verdict: worst.verdict,
    facts: unique(findings.filter((f) => f.verdict === worst.verdict).flatMap((f) => f.facts)),
    dimension: worst.dimension,
    gaps: findings.flatMap((f) => f.gaps),
    closest: unique(findings.flatMap((f) => f.closest)),
    meetings: unique(findings.flatMap((f) => f.meetings)),
    findings: [...findings],
  };
}

export function supported(facts: Fact[], meetings: Meeting[] = []): Finding {
  return { verdict: 'supported', facts, gaps: [], closest: [], meetings };
}

/** A contradiction is only ever said with the facts that show it; without them, the claim is merely not stated. */
export function contradicted(dimension: Dimension, facts: Fact[], meetings: Meeting[] = []): Finding {
  if (!facts.length) return notStated([{ kind: 'element' }], [], meetings);
  return { verdict: 'contradicted', facts, dimension, gaps: [], closest: [], meetings };
}

export function notStated(gaps: Gap[], closest: Fact[] = [], meetings: Meeting[] = []): Finding {
  return { verdict: 'not_stated', facts: [], gaps, closest, meetings };
}
