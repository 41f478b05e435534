// Turns a plan into the Answer: sentences with [n] markers, the citations
// they point to (numbered in order of first use), and suggestions on refusal.
import type { Fact, KnowledgeBase, Language } from '../knowledge/types.js';
import type { Plan, Sentence } from './plan.js';
import type { Answer, Citation } from '../types.js';

/** Citations numbered in order of first use; one quote keeps one number however often it is cited. */
export class CitationList {
  readonly citations: Citation[] = [];
  // Looked up by quote (a long answer cites hundreds, at a thousand articles thousands), then article and
  // paragraph: the base's own quote strings are the keys, not a new string made for each citation.
  private readonly numbers = new Map<string, { article: string; paragraph: number; n: number }[]>();

  numberOf(c: Citation): number {
    let same = this.numbers.get(c.quote);
    if (!same) this.numbers.set(c.quote, (same = []));
    const known = same.find((x) => x.article === c.article && x.paragraph === c.paragraph);
    if (known) return known.n;
    const n = this.citations.push(c);
    same.push({ article: c.article, paragraph: c.paragraph, n });
    return n;
  }

  /** Sentences as text with their [n] markers, the numbers used and the facts they rest on. */
  write(sentences: readonly Sentence[]): { text: string; numbers: number[]; facts: Fact[] } {
    const facts = new Set<Fact>();
    const numbers = new Set<number>();
    const text = sentences
      .map((s) => {
        const markers = [...new Set(s.facts.flatMap((f) => f.citations.map((c) => this.numberOf(c))))];
        for (const n of markers) numbers.add(n);
        for (const f of s.facts) facts.add(f);
        return markers.length ? withMarkers(s.text, markers) : s.text;
      })
      .join(' ')
      // A paragraph break between the answers to two questions of one message.
      .replace(/ ?\n\n ?/g, '\n\n');
    // Sets keep the order of first insertion: the same lists as includes() before push().
    return { text, numbers: [...numbers], facts: [...facts] };
  }
}

export function compose(plan: Plan, language: Language, kb: KnowledgeBase, maxSuggestions = 3): Answer {
  const list = new CitationList();
  const { text, facts } = list.write(plan.sentences);
  const citations = list.citations;

  return {
    language,
    intent: plan.intent,
    answered: plan.answered,
    text,
    citations: plan.answered ? citations : [],
    confidence: Math.round(plan.confidence * 100) / 100,
    suggestions: plan.answered ? [] : suggestionsFor(plan.suggestAbout, language, kb, maxSuggestions),
    ...(plan.verdict === 'contradicted' ? { premise: 'corrected' as const } : plan.verdict === 'supported' && plan.intent === 'yesno' ? { premise: 'confirmed' as const } : {}),
    ...(plan.verdict ? { verdict: plan.verdict } : {}),
    facts: plan.answered ? facts.map((f) => f.id) : [],
    focus: plan.focus,
  };
}

/** "… à Lisbonne." + [1, 2] → "… à Lisbonne [1][2]." */
function withMarkers(sentence: string, markers: number[]): string {
  const tag = markers.map((n) => `[${n}]`).join('');
  const end = /([.!?…]+)$/.exec(sentence);
  return end ? `${sentence.slice(0, end.index)} ${tag}${end[1]}` : `${sentence} ${tag}`;
}

/** Suggestions about what the question named first, then the general ones. */
export function suggestionsFor(about: readonly string[], language: Language, kb: KnowledgeBase, max: number): string[] {
  const scored = kb.suggestions.map((s, i) => ({
    text: s[language],
    score: about.reduce((n, id, rank) => n + (s.about.includes(id) ? 10 - rank : 0), 0),
    i,
  }));
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  // Keep one general suggestion in view so a refusal always opens the whole coverage.
  const picked = scored.slice(0, max - 1);
  const general = scored.find((s) => !picked.includes(s) && kb.suggestions[s.i]?.about.length === 0);
  return [...picked, ...(general ? [general] : scored.slice(max - 1, max))].map((s) => s.text);
}
