// What a curated fact carries: its predicates (and what they entail), its
// people, and its topics: concepts, named things, and its own words. A claim's
// element is supported only by a fact that carries it.
import { factCount, positionOf } from '../knowledge/fact-marks.js';
import { inBaseOrder } from '../knowledge/indexes.js';
import type { Fact, KnowledgeBase, Language } from '../knowledge/types.js';
import { tokenizePhrase } from '../language/normalize.js';
import { fold } from '../language/normalize.js';
import { grammarOf, type Lexicon } from '../understand/lexicon.js';
import { saysHeads } from '../understand/titles.js';
import type { Topic } from '../understand/frame.js';
import { affiliations, participants, within } from '../retrieve/graph.js';

/** Words shorter than this are never matched against a fact's wording: "new", "big" say too little to prove anything. */
const MIN_LITERAL = 4;
/** Words whose forms are kept at once, per language. */
const RECENT_FORMS = 2_000;
/** From this many facts, among() looks the topic up in the indexes rather than asking each fact. */
export const AMONG_BY_INDEX = 64;
/** People and organisations whose facts (factsInvolving) are kept at once. */
const RECENT_PEOPLE = 256;

export class Carrier {
  /** Predicate → every predicate a fact carrying it also supports (itself included). */
  private readonly entailed = new Map<string, Set<string>>();
  /**
   * Per language, each word of the facts' own wording (a fact's sentence in that language, and its French quotes):
   * the places in the base (kb.factPosition) of the facts that use it, ascending. Numbers in one array per language,
   * each word's a range of it, rather than a Set of fact ids: at a thousand articles that is a million entries.
   */
  private readonly words = new Map<Language, WordLists>();
  /** The base's facts by their place in it (kb.factPosition). */
  private factsByPosition: Fact[] | undefined;
  /** Per language, the forms of the words asked about lately (a question's words recur; the forms do not change). */
  private readonly formsOf = new Map<Language, Map<string, string[]>>();
  /** Per entity, the entities partOf() says belong to it: every entity asked once, then remembered. */
  private readonly parts = new Map<string, string[]>();
  /** Per predicate, the facts that say or entail it (factsStating), as a list and a set: built once per base, not per question. */
  private readonly stating = new Map<string, { list: Fact[]; set: Set<Fact> }>();
  /** Per set of predicates, the facts that say any of them (factsStatingAny), a few sets at most. */
  private readonly statingAny = new Map<string, readonly Fact[]>();
  /** The base's own facts (saysPredicate() reads any other for itself). */
  private baseFacts: Set<Fact> | undefined;
  /** Per organisation or country, the entities whose affiliations hold it (built on first use). */
  private members: Map<string, string[]> | undefined;
  /** Per person or organisation asked about lately, the facts that may involve them (factsInvolving). */
  private readonly involving = new Map<string, { list: Fact[]; set: Set<Fact> }>();

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly lexicon: Lexicon,
  ) {
    for (const p of kb.predicates.values()) {
      const closure = new Set<string>([p.id]);
      const queue = [...p.entails];
      while (queue.length) {
        const next = queue.pop() as string;
        if (closure.has(next)) continue;
        closure.add(next);
        queue.push(...(kb.predicates.get(next)?.entails ?? []));
      }
      this.entailed.set(p.id, closure);
    }
  }

  /** Whether a fact says (or entails) a predicate. */
  saysPredicate(fact: Fact, predicate: string): boolean {
    // A fact of this base is looked up; one made up elsewhere (a copy) is read for itself.
    if (this.statingOf(predicate).set.has(fact)) return true;
    this.baseFacts ??= new Set(this.kb.facts.values());
    return !this.baseFacts.has(fact) && fact.predicates.some((p) => this.entails(p, predicate));
  }

  /** The facts that say (or entail) a predicate, in the base's order: those saysPredicate() holds for. */
  factsStating(predicate: string): Fact[] {
    return [...this.statingOf(predicate).list];
  }

  /**
   * The facts that say (or entail) any of these predicates, in the base's order, each once: worked out once per set
   * of predicates (a question about every meeting asks for every fact of a meeting verb, thousands at a thousand
   * articles, and sorting them again at each question was most of its time). Shared: not to be changed.
   */
  factsStatingAny(predicates: readonly string[]): readonly Fact[] {
    const key = predicates.join('\u0000');
    let known = this.statingAny.get(key);
    if (!known) {
      known = Object.freeze(inBaseOrder(this.kb, predicates.flatMap((v) => this.statingOf(v).list)));
      if (this.statingAny.size >= RECENT_PEOPLE) this.statingAny.delete(this.statingAny.keys().next().value as string);
      this.statingAny.set(key, known);
    }
    return known;
  }

  private statingOf(predicate: string): { list: Fact[]; set: Set<Fact> } {
    let known = this.stating.get(predicate);
    if (!known) {
      const stating = [...this.entailed].filter(([, closure]) => closure.has(predicate)).map(([p]) => p);
      const list = inBaseOrder(this.kb, stating.flatMap((p) => this.kb.factsWithPredicate.get(p) ?? []));
      this.stating.set(predicate, (known = { list, set: new Set(list) }));
    }
    return known;
  }

  /** Whether one predicate entails another ("received" → "met"). */
  entails(from: string, to: string): boolean {
    return this.entailed.get(from)?.has(to) ?? false;
  }

  /** Who a fact is about doing something: its agents and objects, else the people of the meeting it is about. */
  people(fact: Fact, symmetric: boolean): string[] {
    const own = [...fact.agents, ...fact.objects, ...(fact.speaker ? [fact.speaker] : [])];
    const about = this.kb.entities.get(fact.about);
    const meeting = about?.type === 'meeting' ? participants(about) : [];
    // A discussion in a meeting is between everyone in it; a statement is its speaker's.
    if (symmetric || own.length === 0) return [...new Set([...own, ...meeting])];
    return own;
  }

  /**
   * The facts whose people may involve someone, in the base's order: those where they (or a member of
   * theirs) act, and those about a meeting they took part in. Every fact for which involves() holds of
   * people() (either way) or of the people of the meeting it is about is among them, so a verifier can
   * look at these rather than at every fact, and still check each one as before.
   */
  factsInvolving(who: string): { list: Fact[]; set: Set<Fact> } {
    let known = this.involving.get(who);
    if (!known) {
      const kb = this.kb;
      const found: Fact[] = [];
      for (const x of [who, ...this.membersOf(who)]) found.push(...(kb.factsByActor.get(x) ?? []));
      for (const m of kb.meetingsInvolving.get(who) ?? []) found.push(...(kb.factsAbout.get(m.id) ?? []));
      const list = inBaseOrder(kb, found);
      known = { list, set: new Set(list) };
      if (this.involving.size >= RECENT_PEOPLE) this.involving.delete(this.involving.keys().next().value as string);
      this.involving.set(who, known);
    }
    return known;
  }

  /** The entities that involves() counts as someone: those whose affiliations hold them. */
  private membersOf(who: string): string[] {
    if (!this.members) {
      this.members = new Map();
      for (const id of this.kb.entities.keys()) {
        for (const a of affiliations(this.kb, id)) {
          const list = this.members.get(a);
          if (list) list.push(id);
          else this.members.set(a, [id]);
        }
      }
    }
    return this.members.get(who) ?? [];
  }

  /** Whether someone (or an organisation they belong to, or its country) is among a fact's people. */
  involves(people: readonly string[], who: string): boolean {
    return people.some((p) => p === who || affiliations(this.kb, p).has(who));
  }

  /** Whether the articles themselves write a name's acronyms ("V" is the curators' shorthand, not the articles'). */
  writesAcronyms(surface: string): boolean {
    const acronyms = surface.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2 && /^\p{Lu}+$/u.test(w));
    return acronyms.every((w) => this.lexicon.articleWords.has(fold(w)));
  }

  /** The words a person's titles are made of; a word for whoever leads stands for all of them when they lead something ("boss" of a "chef"). */
  roleWords(person: string): Set<string> {
    const e = this.kb.entities.get(person);
    if (e?.type !== 'person') return new Set();
    const words = new Set(e.roles.flatMap((r) => fold(r).split(/[\s'’-]+/)));
    const heads = grammarOf(this.lexicon).heads;
    if (e.leads.length && [...words].some((w) => heads.has(w))) for (const h of heads) words.add(h);
    return words;
  }

  /** Whether a title's words say that one heads (understand/titles.ts `saysHeads`). */
  saysHeads(said: readonly string[]): boolean {
    return saysHeads(grammarOf(this.lexicon), said);
  }

  /**
   * Whether a title said of someone leaves out the word that makes each of their posts it matches a lower one
   * ("T" said of an under-T): the title of another, higher post.
   */
  lacksRank(person: string, said: readonly string[], alongside: readonly string[] = said): boolean {
    const e = this.kb.entities.get(person);
    if (e?.type !== 'person') return false;
    const ranks = grammarOf(this.lexicon).ranks;
    // (A rank word may be read as a title of its own: "deputy" in "the new deputy T".)
    if (alongside.some((w) => ranks.has(w))) return false;
    const matching = e.roles.map((r) => fold(r).split(/[\s'’-]+/)).filter((words) => said.every((w) => words.includes(w)));
    return matching.length > 0 && matching.every((words) => words.some((w) => ranks.has(w)));
  }

  /** Whether a fact carries a topic: its concept, a thing it names, or the word itself in its wording. */
  carries(fact: Fact, topic: Topic, language: Language): boolean {
    switch (topic.kind) {
      case 'concept':
        // The opposite of what a fact says is never carried by it; checks.ts finds it contradicted.
        return !topic.opposite && fact.concepts.includes(topic.concept);
      case 'entity':
        return [...fact.mentions, ...(fact.items ?? []), fact.about, ...fact.agents].some((id) => id === topic.entity || (!topic.exact && this.partOf(id, topic.entity)));
      case 'word':
        return !topic.someone && this.saysWord(fact, topic.word, language);
    }
  }

  /** Whether something belongs to another: an organisation's body, an event it holds ("the General Assembly" is O's). */
  private partOf(id: string, whole: string): boolean {
    const e = this.kb.entities.get(id);
    if (e?.type === 'event') return e.organiser === whole;
    // The P is part of the P pole, which is K's: up the hierarchy, to its country.
    if (e?.type === 'organisation') return e.part_of === whole || e.country === whole || (e.part_of !== undefined && e.part_of !== id && this.partOf(e.part_of, whole));
    // "an <a country>'s city": Z, which is in the <a country>.
    if (e?.type === 'place') return within(this.kb, id, whole);
    return false;
  }

  /** The entities that belong to another (partOf), in the base's order. */
  private partsOf(whole: string): string[] {
    let found = this.parts.get(whole);
    if (!found) {
      found = [...this.kb.entities.keys()].filter((id) => this.partOf(id, whole));
      this.parts.set(whole, found);
    }
    return found;
  }

  /** Whether a fact's own wording uses a word, in one of its forms ("experienced" for "experience"). */
  saysWord(fact: Fact, word: string, language: Language): boolean {
    if (word.length < MIN_LITERAL) return false;
    const position = this.kb.factPosition.get(fact.id);
    if (position === undefined) return false;
    const index = this.wordIndex(language);
    return this.forms(word, language).some((form) => index.holds(form, position));
  }

  /** Facts whose wording uses a word, in the base's order. */
  factsSaying(word: string, language: Language): Fact[] {
    if (word.length < MIN_LITERAL) return [];
    const index = this.wordIndex(language);
    const lists = this.forms(word, language).flatMap((form) => index.get(form) ?? []);
    const positions = lists.length === 1 ? (lists[0] as Int32Array) : Int32Array.from(new Set(lists.flatMap((l) => [...l]))).sort();
    this.factsByPosition ??= [...this.kb.facts.values()];
    const byPosition = this.factsByPosition;
    return Array.from(positions, (p) => byPosition[p] as Fact);
  }

  /** The facts that carry a topic, in the base's order: every fact carries() says yes to, found through the indexes. */
  factsCarrying(topic: Topic, language: Language): Fact[] {
    switch (topic.kind) {
      case 'concept':
        return topic.opposite ? [] : [...(this.kb.factsWithConcept.get(topic.concept) ?? [])];
      case 'word':
        return topic.someone ? [] : this.factsSaying(topic.word, language);
      case 'entity': {
        // The entity, or what belongs to it (partOf), among a fact's mentions, items, subject or agents.
        const kb = this.kb;
        const found: Fact[] = [];
        for (const id of [topic.entity, ...(topic.exact ? [] : this.partsOf(topic.entity))]) {
          found.push(...(kb.factsMentioning.get(id) ?? []), ...(kb.factsAbout.get(id) ?? []), ...(kb.factsByAgent.get(id) ?? []));
        }
        return inBaseOrder(kb, found);
      }
    }
  }

  /** The facts of a list that carry a topic, in the list's order (through the indexes when the list is long). */
  among(facts: readonly Fact[], topic: Topic, language: Language): Fact[] {
    if (facts.length < AMONG_BY_INDEX) return facts.filter((f) => this.carries(f, topic, language));
    // The carrying facts marked at their place in the base (a Set as large would be built at each question).
    const kb = this.kb;
    const carrying = new Uint8Array(factCount(kb));
    for (const f of this.factsCarrying(topic, language)) {
      const p = positionOf(kb, f);
      if (p !== undefined) carrying[p] = 1;
    }
    return facts.filter((f) => {
      const p = positionOf(kb, f);
      return p !== undefined && carrying[p] === 1;
    });
  }

  private forms(word: string, language: Language): string[] {
    let recent = this.formsOf.get(language);
    if (!recent) this.formsOf.set(language, (recent = new Map()));
    let known = recent.get(word);
    if (!known) {
      known = this.formsNow(word, language);
      if (recent.size >= RECENT_FORMS) recent.delete(recent.keys().next().value as string);
      recent.set(word, known);
    }
    return known;
  }

  private formsNow(word: string, language: Language): string[] {
    const endings = this.lexicon.languages[language].inflections;
    const stems = new Set([word]);
    for (const e of endings) if (word.length - e.length >= MIN_LITERAL && word.endsWith(e)) stems.add(word.slice(0, -e.length));
    const out = new Set<string>();
    for (const s of stems) {
      out.add(s);
      for (const e of endings) out.add(s + e);
      // "experience" + "d", "rencontre" + "é": a stem's final e gives way to the ending.
      if (s.endsWith('e')) for (const e of endings) out.add(s.slice(0, -1) + e);
    }
    return [...out];
  }

  private wordIndex(language: Language): WordLists {
    let index = this.words.get(language);
    if (index) return index;
    const lists = new Map<string, number[]>();
    let position = 0;
    // Facts in the base's order: each list grows in ascending order, each fact once.
    for (const fact of this.kb.facts.values()) {
      const texts = language === 'fr' ? [fact.text.fr, ...fact.evidence.map((e) => e.quote)] : [fact.text.en];
      for (const text of texts) {
        for (const t of tokenizePhrase(text)) {
          let list = lists.get(t.norm);
          if (!list) lists.set(t.norm, (list = []));
          if (list[list.length - 1] !== position) list.push(position);
        }
      }
      position++;
    }
    index = new WordLists(lists);
    this.words.set(language, index);
    return index;
  }
}

/**
 * Each word's ascending list of numbers, all in one array: word i's are all[starts[i]…starts[i + 1]). An array, let
 * alone a view, per word (fifty thousand words at a thousand articles) cost more than the numbers they hold.
 */
class WordLists {
  private readonly ids = new Map<string, number>();
  private readonly starts: Int32Array;
  private readonly all: Int32Array;

  constructor(lists: ReadonlyMap<string, readonly number[]>) {
    let total = 0;
    for (const list of lists.values()) total += list.length;
    this.all = new Int32Array(total);
    this.starts = new Int32Array(lists.size + 1);
    let at = 0;
    for (const [word, list] of lists) {
      this.starts[this.ids.size] = at;
      this.ids.set(word, this.ids.size);
      this.all.set(list, at);
      at += list.length;
    }
    this.starts[this.ids.size] = at;
  }

  /** A word's numbers (a view, made now), if any fact uses it. */
  get(word: string): Int32Array | undefined {
    const id = this.ids.get(word);
    return id === undefined ? undefined : this.all.subarray(this.starts[id] as number, this.starts[id + 1] as number);
  }

  /** Whether a word's list holds a number (binary search). */
  holds(word: string, value: number): boolean {
    const id = this.ids.get(word);
    if (id === undefined) return false;
    let lo = this.starts[id] as number;
    let hi = (this.starts[id + 1] as number) - 1;
    const list = this.all;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = list[mid] as number;
      if (at === value) return true;
      if (at < value) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}
