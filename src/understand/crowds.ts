// Crowded openings: the phrases that share a first word (at a thousand articles
// "chef de" opens thousands of titles) sorted by the words after it, so that a
// position tries only those that can match there. One walk for phrases held as
// objects (PhraseMatcher) and as numbers in packed arrays (packed-phrases.ts).

/** An opening shared by more phrases than this is also looked up by the word after it (Crowd). */
export const CROWDED = 16;

/**
 * The phrases of a crowded opening (they all share their first `depth` + 1 words): those that end there or whose next
 * word is their last and a stem, tried at every position, and the others by their next word. A next word that is
 * crowded in turn is split the same way, one word further (`deeper`).
 */
export interface Crowd<P> {
  depth: number;
  loose: P[];
  byNext: Map<string, P[]>;
  deeper: Map<string, Crowd<P>>;
}

/** What the walk needs to know of a phrase, however it is held. */
export interface CrowdPhrases<P> {
  /** The phrase's word after its first `depth` + 1, if any. */
  wordAt(phrase: P, depth: number): string | undefined;
  /** Whether that word is the phrase's last and a stem ("chef polic*"): it matches several tokens. */
  endsOnStem(phrase: P, depth: number): boolean;
  matchesAt(phrase: P, tokens: readonly string[], start: number): boolean;
}

/** Phrases sharing their first `depth` + 1 words, split by the word after those. */
export function splitCrowd<P>(phrases: Iterable<P>, depth: number, of: CrowdPhrases<P>): Crowd<P> {
  const crowd: Crowd<P> = { depth, loose: [], byNext: new Map(), deeper: new Map() };
  for (const phrase of phrases) {
    const next = of.wordAt(phrase, depth + 1);
    if (next === undefined || of.endsOnStem(phrase, depth)) crowd.loose.push(phrase);
    else {
      const list = crowd.byNext.get(next);
      if (list) list.push(phrase);
      else crowd.byNext.set(next, [phrase]);
    }
  }
  return crowd;
}

/** The phrases of a crowd that match at `start`, added to `out` (in no particular order). */
export function crowdMatches<P>(crowd: Crowd<P>, tokens: readonly string[], start: number, out: P[], of: CrowdPhrases<P>): void {
  const { loose } = crowd;
  for (let i = 0; i < loose.length; i++) if (of.matchesAt(loose[i] as P, tokens, start)) out.push(loose[i] as P);
  const next = tokens[start + crowd.depth + 1];
  if (next === undefined) return;
  const following = crowd.byNext.get(next);
  if (!following) return;
  if (following.length > CROWDED) {
    let deeper = crowd.deeper.get(next);
    if (!deeper) crowd.deeper.set(next, (deeper = splitCrowd(following, crowd.depth + 1, of)));
    crowdMatches(deeper, tokens, start, out, of);
  } else {
    for (let i = 0; i < following.length; i++) if (of.matchesAt(following[i] as P, tokens, start)) out.push(following[i] as P);
  }
}
