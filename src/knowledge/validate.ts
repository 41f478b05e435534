// Whole-base checks: every reference resolves, every alias names one entity,
// every quote is verbatim in its article and stays within one sentence.
import { fold, phraseKey, sentences } from '../language/normalize.js';
import type { Collector } from './load.js';
import type { Entity } from './schema.js';
import type { Article, Fact, KnowledgeBase } from './types.js';

interface Files {
  entityFiles: Map<string, string>;
  articleFiles: Map<string, string>;
  suggestionsFile: string;
  conceptsFile: string;
  predicatesFile: string;
}

const REQUIRED_MEETING_SLOTS = ['who', 'when', 'where'] as const;

export function checkIntegrity(kb: KnowledgeBase, files: Files, out: Collector): void {
  const entityFile = (id: string) => files.entityFiles.get(id) ?? 'knowledge/entities';

  const expect = (file: string, entry: string, field: string, id: string | undefined, types: Entity['type'][] | 'article' | 'fact' | 'concept') => {
    if (id === undefined) return;
    if (types === 'article') {
      if (!kb.articles.has(id)) out.add(file, entry, `${field} names article "${id}", which does not exist`, `use one of: ${[...kb.articles.keys()].join(', ')}`);
      return;
    }
    if (types === 'fact') {
      if (!kb.facts.has(id)) out.add(file, entry, `${field} names fact "${id}", which does not exist`, 'add the fact in knowledge/facts/ or fix the id');
      return;
    }
    if (types === 'concept') {
      if (!kb.concepts.has(id)) out.add(file, entry, `${field} names concept "${id}", which does not exist`, `add "${id}" to knowledge/concepts.yaml or fix the id`);
      return;
    }
    const target = kb.entities.get(id);
    if (!target) out.add(file, entry, `${field} names "${id}", which is not an entity`, `add "${id}" in knowledge/entities/ or fix the id`);
    else if (!types.includes(target.type)) out.add(file, entry, `${field} names "${id}", a ${target.type}, where a ${types.join(' or ')} is expected`, `point ${field} at a ${types.join(' or ')}`);
  };

  for (const article of kb.articles.values()) {
    const file = files.articleFiles.get(article.id) ?? 'knowledge/articles';
    expect(file, article.id, 'communique', article.communique, ['organisation']);
    article.summary.forEach((f) => expect(file, article.id, 'summary', f, 'fact'));
    // /sources and "where does this come from?" quote the article's own attribution.
    const attributed = (kb.factsCiting.get(article.id) ?? []).some((f) => f.slot === 'source');
    if (!attributed) out.add(file, article.id, 'no fact of slot "source" quotes this article', 'add a fact with slot: source quoting where the article says its information comes from ("Selon un communiqué …")');
  }

  for (const [id, concept] of kb.concepts) expect('knowledge/concepts.yaml', id, 'at', concept.at, ['place']);

  const aliasOwner = new Map<string, string>();
  for (const entity of kb.entities.values()) {
    const file = entityFile(entity.id);
    const names = [entity.name.fr, entity.name.en, ...(entity.short ? [entity.short.fr, entity.short.en] : []), ...entity.aliases];
    if (entity.type === 'person') names.push(...entity.roles);
    for (const name of names) {
      const key = phraseKey(name);
      if (key === '') {
        out.add(file, entity.id, `alias "${name}" has no letters or digits`, 'remove it');
        continue;
      }
      const owner = aliasOwner.get(key);
      if (owner && owner !== entity.id) {
        out.add(file, entity.id, `alias "${name}" also names "${owner}"`, 'an alias must name one entity: remove it from one of them');
      } else aliasOwner.set(key, entity.id);
    }
    switch (entity.type) {
      case 'person':
        entity.belongs_to.forEach((o) => expect(file, entity.id, 'belongs_to', o, ['organisation']));
        entity.leads.forEach((o) => expect(file, entity.id, 'leads', o, ['organisation']));
        break;
      case 'organisation':
        expect(file, entity.id, 'part_of', entity.part_of, ['organisation']);
        expect(file, entity.id, 'country', entity.country, ['place']);
        break;
      case 'place':
        expect(file, entity.id, 'within', entity.within, ['place']);
        break;
      case 'event':
        expect(file, entity.id, 'organiser', entity.organiser, ['organisation']);
        expect(file, entity.id, 'city', entity.city, ['place']);
        expect(file, entity.id, 'venue', entity.venue, ['place']);
        break;
      case 'meeting': {
        expect(file, entity.id, 'article', entity.article, 'article');
        expect(file, entity.id, 'host', entity.host, ['person', 'organisation']);
        entity.guests.forEach((g) => expect(file, entity.id, 'guests', g, ['person', 'organisation']));
        expect(file, entity.id, 'city', entity.city, ['place']);
        expect(file, entity.id, 'venue', entity.venue, ['place']);
        expect(file, entity.id, 'occasion', entity.occasion, ['event']);
        expect(file, entity.id, 'communique', entity.communique, ['organisation']);
        const slotsPresent = new Set((kb.factsAbout.get(entity.id) ?? []).map((f) => f.slot));
        for (const slot of REQUIRED_MEETING_SLOTS) {
          if (!slotsPresent.has(slot)) out.add(file, entity.id, `meeting has no "${slot}" fact`, `add a fact with about: ${entity.id} and slot: ${slot} in knowledge/facts/`);
        }
        break;
      }
    }
  }

  for (const [id, concept] of kb.concepts) {
    for (const word of [...concept.same, ...concept.broader, ...concept.narrower]) {
      if (phraseKey(word.replace(/\*$/, '')) === '') out.add(files.conceptsFile, id, `word "${word}" has no letters or digits`, 'remove it');
    }
  }
  for (const predicate of kb.predicates.values()) {
    for (const target of predicate.entails) {
      if (!kb.predicates.has(target)) out.add(files.predicatesFile, predicate.id, `entails "${target}", which is not a predicate`, `add "${target}" to knowledge/predicates.yaml or fix the id`);
    }
  }

  for (const fact of kb.facts.values()) {
    expect(fact.file, fact.id, 'about', fact.about, ['person', 'organisation', 'place', 'event', 'meeting']);
    expect(fact.file, fact.id, 'speaker', fact.speaker, ['person']);
    fact.mentions.forEach((m) => expect(fact.file, fact.id, 'mentions', m, ['person', 'organisation', 'place', 'event', 'meeting']));
    fact.items?.forEach((m) => expect(fact.file, fact.id, 'items', m, ['person', 'organisation', 'place', 'event', 'meeting']));
    fact.concepts.forEach((c) => expect(fact.file, fact.id, 'concepts', c, 'concept'));
    for (const [concept, who] of Object.entries(fact.describes ?? {})) {
      if (!fact.concepts.includes(concept)) out.add(fact.file, fact.id, `describes concept "${concept}", which is not among its concepts`, `add "${concept}" to the fact's concepts or remove it from describes`);
      expect(fact.file, fact.id, `describes.${concept}`, who, ['person', 'organisation', 'place', 'event', 'meeting']);
    }
    for (const p of fact.predicates) {
      if (!kb.predicates.has(p)) out.add(fact.file, fact.id, `predicates names "${p}", which is not in knowledge/predicates.yaml`, `use one of: ${[...kb.predicates.keys()].join(', ')}`);
    }
    [...fact.agents, ...fact.objects].forEach((a) => expect(fact.file, fact.id, 'agents/objects', a, ['person', 'organisation', 'place']));
    fact.evidence.forEach((evidence, i) => {
      const article = kb.articles.get(evidence.article);
      if (!article) {
        expect(fact.file, fact.id, `evidence[${i}].article`, evidence.article, 'article');
        return;
      }
      const citation = locateQuote(article, evidence.quote);
      if (typeof citation === 'string') out.add(fact.file, fact.id, `evidence[${i}].quote ${citation}`, quoteFix(article, evidence.quote));
      else fact.citations.push(citation);
    });
  }

  kb.suggestions.forEach((s, i) => s.about.forEach((a) => expect(files.suggestionsFile, `#${i + 1}`, 'about', a, ['person', 'organisation', 'place', 'event', 'meeting'])));
}

function locateQuote(article: Article, quote: string): Fact['citations'][number] | string {
  for (const paragraph of article.paragraphs) {
    if (!paragraph.text.includes(quote)) continue;
    if (!sentences(paragraph.text).some((s) => s.includes(quote))) {
      return `spans more than one sentence of ${article.id} ¶${paragraph.number}`;
    }
    return { article: article.id, paragraph: paragraph.number, quote };
  }
  return `is not found verbatim in article ${article.id}`;
}

function quoteFix(article: Article, quote: string): string {
  const folded = fold(quote).replace(/\s+/g, ' ');
  const near = article.paragraphs.find((p) => fold(p.text).replace(/\s+/g, ' ').includes(folded));
  if (near) return `the text is in ¶${near.number} but differs in accents, case or apostrophes (the article uses ’): copy it exactly from the article`;
  return 'copy the quote character for character from the article (a sentence or a clause, not a paraphrase)';
}
