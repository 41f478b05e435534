// "the Y piece says…", « l'article de Y dit que… »: a place next to the word for an
// article names the article (the one whose meeting was there), not where something
// happened. What the claim says must then be in that article.
import { factsAbout } from '../retrieve/graph.js';
import type { Context } from './amounts.js';

export function readArticleNamed({ claim, kb, lexicon, tokens, grammar, of }: Context): void {
  // (Only an article said to say something — "the Y piece says", « l'article de Y dit » —: in "tl;dr of the X article" the
  // place picks the meeting asked about.)
  // (…past its place and a relative: « l'article de Y qui dit que… »; or with a part of it named too: "the Y piece has a
  // 'read also' link about…".)
  const says = (at: number) => of('predicate').some((p) => p.start >= at && p.start - at <= 4 && p.predicates.some((id) => kb.predicates.get(id)?.kind === 'content'));
  const nouns = of('generic').filter((g) => g.what === 'article');
  const linked = of('concept').some((c) => kb.concepts.get(c.concept)?.link === true);
  const articles = nouns.filter((g) => says(g.end) || nouns.length > 1 || linked);
  if (!articles.length) return;
  // ("the Y piece", « l'article de Y »: right before the noun, or after it past "of", « de ».)
  const relation = (w: string) => Object.values(lexicon.languages).some((l) => l.relations.has(w));
  const names = (p: { start: number; end: number }) => articles.some((g) => p.end === g.start || (p.start > g.end && p.start - g.end <= 2 && tokens.slice(g.end, p.start).every((w) => relation(w) || grammar.articles.has(w))));
  for (const place of claim.places.filter(names)) {
    const ids = new Set((kb.meetingsAt.get(place.entity) ?? []).flatMap((m) => factsAbout(kb, m.id).flatMap((f) => f.evidence.map((e) => e.article))));
    if (ids.size !== 1) continue;
    claim.article = [...ids][0];
    claim.places = claim.places.filter((p) => p !== place);
  }
}
