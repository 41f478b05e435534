// A link a page prints to another article (« Lire aussi : … ») is quoted like the
// article's own words, but it is another article's headline.
import type { Fact, KnowledgeBase } from '../knowledge/types.js';
import type { Claim } from '../understand/frame.js';
import { combine, notStated, type Judgement } from './verdict.js';

/**
 * What only a link's headline says is another article's word: it holds a claim that names the link ("the
 * read-also link says…"), not one that takes it as the coverage's ("the Y article says the O assembly
 * won everyone over"); and it is no "what they do report" either: "what did the O assembly decide?" is not
 * answered by a headline that names nothing it decided.
 */
export function throughLinks(j: Judgement | undefined, claim: Claim, kb: KnowledgeBase): Judgement | undefined {
  const linked = linkFacts(kb);
  if (!j || !linked.size || claim.topics.some((t) => t.kind === 'concept' && kb.concepts.get(t.concept)?.link)) return j;
  const fromLink = (f: Fact) => linked.has(f);
  if (![...j.facts, ...j.closest].some(fromLink)) return j;
  const own = (facts: readonly Fact[]) => facts.filter((f) => !fromLink(f));
  // (A topic only the link speaks of is not said: the claim rests on it.)
  const shown = [...j.facts, ...j.closest];
  const onLink = claim.topics.filter((t) => t.kind === 'concept' && shown.some((f) => fromLink(f) && f.concepts.includes(t.concept)) && !own(shown).some((f) => f.concepts.includes(t.concept)));
  // (…and a question about it refused: "why did the O assembly win everyone over?" — not with "they say nothing about it", which
  // the headline would belie.)
  if (j.verdict !== 'contradicted' && onLink.length) return combine([notStated([{ kind: 'unknown' }], [], j.meetings)]) ?? j;
  // (Of what an article mentions, names its link mentions are mentioned: « l'article de Y parle de l'AG ? ».)
  if (claim.article) return j;
  return { ...j, facts: own(j.facts), closest: own(j.closest), findings: j.findings.map((f) => ({ ...f, facts: own(f.facts), closest: own(f.closest) })) };
}

const byBase = new WeakMap<KnowledgeBase, Set<Fact>>();

/** The facts quoted only from links, found once per base (judge() asks on every claim it weighs). */
function linkFacts(kb: KnowledgeBase): Set<Fact> {
  let set = byBase.get(kb);
  if (!set) {
    const kindOf = (article: string, paragraph: number) => kb.articles.get(article)?.paragraphs.find((p) => p.number === paragraph)?.kind;
    set = new Set([...kb.facts.values()].filter((f) => f.citations.every((c) => kindOf(c.article, c.paragraph) === 'link')));
    byBase.set(kb, set);
  }
  return set;
}
