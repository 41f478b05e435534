// `npm run kb:import` on raw articles as copied from their pages: the two
// source articles must give back the paragraphs of today's curated files, and
// a made-up third article must come out as a curator would want it. Every
// import writes into a temporary copy of knowledge/, never into knowledge/.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load as parseYaml } from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge, DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.js';
import { articleSchema, type ArticleFile } from '../../src/knowledge/schema.js';
import { draftArticle } from '../../src/knowledge/import/draft.js';
import { ImportError } from '../../src/knowledge/import/errors.js';
import { importArticle, type ImportRequest } from '../../src/knowledge/import/import.js';
import { readKnownNames } from '../../src/knowledge/import/known.js';
import { loadImportRules } from '../../src/knowledge/import/rules.js';
import { worksheet } from '../../src/knowledge/import/worksheet.js';
import { copyKnowledge, FIXTURES } from '../support/knowledge.js';

const RAW = join(FIXTURES, 'raw');
/** The two source articles, byte for byte as published. */
const SOURCES = ['004_94ffcb58e983f4f7.txt', '000_c5aa6aff028d7bb1.txt'];
const MADE_UP = join(RAW, 'made-up-harbour.txt');

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function knowledgeCopy(options: { withoutArticles?: boolean } = {}): string {
  const dir = copyKnowledge();
  copies.push(dir);
  if (options.withoutArticles) for (const f of readdirSync(join(dir, 'articles'))) rmSync(join(dir, 'articles', f));
  return dir;
}

const curated = (id: string): ArticleFile => articleSchema.parse(parseYaml(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'articles', `${id}.yaml`), 'utf8')));
const curatedIds = () => readdirSync(join(DEFAULT_KNOWLEDGE_DIR, 'articles')).map((f) => f.replace(/\.yaml$/, '')).sort();
const written = (dir: string, id: string): ArticleFile => articleSchema.partial({ title: true }).parse(parseYaml(readFileSync(join(dir, 'articles', `${id}.yaml`), 'utf8'))) as ArticleFile;
const paragraphsOf = (a: Pick<ArticleFile, 'paragraphs'>) => a.paragraphs.map((p) => ({ kind: p.kind, text: p.text }));
const listing = (dir: string) => readdirSync(join(dir, 'articles')).sort().map((f) => [f, readFileSync(join(dir, 'articles', f), 'utf8')]);

function failure(request: ImportRequest): ImportError {
  try {
    importArticle(request);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('the import succeeded');
}

describe('importing the two source articles', () => {
  const rules = loadImportRules(DEFAULT_KNOWLEDGE_DIR);
  const known = readKnownNames(DEFAULT_KNOWLEDGE_DIR);
  const drafts = SOURCES.map((file) => draftArticle(readFileSync(join(RAW, file), 'utf8'), { file }, rules, known));

  it('names them as the curated files are named: their first city and their date', () => {
    expect(drafts.map((d) => d.id).sort()).toEqual(curatedIds());
  });

  it('gives the curated paragraphs: leftovers gone, the caption printed twice kept once as a caption', () => {
    for (const draft of drafts) expect(draft.clean.paragraphs).toEqual(paragraphsOf(curated(draft.id)));
  });

  it('keeps the title the page has, and marks the page without one as needing an editorial title', () => {
    for (const draft of drafts) {
      const article = curated(draft.id);
      if (article.title_editorial) expect(draft.clean.title).toBeUndefined();
      else expect(draft.clean.title).toBe(article.title);
    }
  });

  it('finds the publication date and the communiqué the article cites', () => {
    for (const draft of drafts) {
      const article = curated(draft.id);
      expect(draft.date).toBe(article.date);
      expect(draft.communique?.id).toBe(article.communique);
      expect(draft.communique?.known).toBe(article.communique);
    }
  });

  it('lists no unknown name: the knowledge has every one of them', () => {
    for (const draft of drafts) expect(draft.names.filter((n) => !n.known)).toEqual([]);
  });

  it('offers as candidates the sentences the curated facts quote, each a whole sentence of the article', () => {
    const kb = loadKnowledge();
    for (const draft of drafts) {
      const quotes = draft.candidates.map((c) => c.quote);
      for (const c of draft.candidates) expect(draft.clean.paragraphs[c.paragraph - 1]?.text).toContain(c.quote);
      const facts = [...kb.facts.values()].filter((f) => ['who', 'when', 'where', 'why', 'source'].includes(f.slot));
      for (const fact of facts) {
        for (const e of fact.evidence.filter((e) => e.article === draft.id)) {
          expect(quotes.some((q) => q.includes(e.quote)), `${fact.id}: ${e.quote}`).toBe(true);
        }
      }
    }
  });

  it('writes files that, with their curated title and summary, load with every curated fact still quoting them', () => {
    const dir = knowledgeCopy({ withoutArticles: true });
    for (const file of SOURCES) {
      const report = importArticle({ path: join(RAW, file), knowledgeDir: dir });
      expect(report.status).toBe('written');
      const article = written(dir, report.draft.id);
      expect(paragraphsOf(article)).toEqual(paragraphsOf(curated(report.draft.id)));
      const { title, title_en, summary } = curated(report.draft.id);
      writeFileSync(join(dir, 'articles', `${report.draft.id}.yaml`), dump({ ...article, title, ...(title_en ? { title_en } : {}), summary }));
    }
    const kb = loadKnowledge(dir);
    const original = loadKnowledge();
    expect(kb.facts.size).toBe(original.facts.size);
    for (const fact of kb.facts.values()) expect(fact.citations).toEqual(original.facts.get(fact.id)?.citations);
  });

  it('refuses to overwrite a curated article, and writes nothing', () => {
    const dir = knowledgeCopy();
    const before = listing(dir);
    for (const file of SOURCES) {
      const error = failure({ path: join(RAW, file), knowledgeDir: dir });
      expect(error.problem).toMatch(/already exists and differs/);
      expect(error.fix).toContain('--force');
    }
    expect(listing(dir)).toEqual(before);
  });
});

describe('importing a made-up third article', () => {
  it('writes the article: title kept, caption once, leftovers gone, date and communiqué found', () => {
    const dir = knowledgeCopy();
    const report = importArticle({ path: MADE_UP, knowledgeDir: dir });
    expect(report.status).toBe('written');
    expect(report.draft.id).toBe('karsvik-2026-03-03');
    const article = written(dir, 'karsvik-2026-03-03');
    expect(article.date).toBe('2026-03-03');
    expect(article.title).toBe('Karsvik harbour master receives the North Sea tidal envoy before the spring floods');
    expect(article.title_editorial).toBe(false);
    expect(article.communique).toBe('kpa');
    expect(paragraphsOf(article)).toEqual([
      { kind: 'caption', text: 'Harbour master Ingrid Solberg and Tomas Veldhuis, envoy of the North Sea Tidal Commission, on the Karsvik quays on Tuesday 3 March 2026.' },
      { kind: 'body', text: 'The harbour master of Karsvik, Ingrid Solberg, received Tomas Veldhuis, special envoy of the North Sea Tidal Commission, on Tuesday 3 March 2026 at the Old Customs House in Karsvik.' },
      { kind: 'body', text: 'According to a statement from the Karsvik Port Authority (KPA), the two officials discussed the spring tides forecast for the end of March and the protection of the eastern quays against flooding.' },
      { kind: 'body', text: 'The meeting aims to prepare a joint warning system for the ports of the Skerra coast before the equinox tides. Veldhuis also praised the work of the United Nations on coastal resilience.' },
      // The page's link to another article: kept last, as a link.
      { kind: 'link', text: 'Read also: Five things to know about the Karsvik flood barrier' },
    ]);
    expect(report.draft.clean.removed.map((r) => r.rule)).toEqual(['share buttons', 'related posts', 'caption printed again']);
    expect(report.draft.clean.removed.find((r) => r.rule === 'related posts')?.following).toBe(4);
  });

  it('lists the names the knowledge does not know, with a guess at their kind and where they first appear', () => {
    const dir = knowledgeCopy();
    const { draft } = importArticle({ path: MADE_UP, knowledgeDir: dir });
    const unknown = draft.names.filter((n) => !n.known).map((n) => [n.kind, n.name, n.acronym, n.paragraph]);
    expect(unknown).toEqual([
      ['person', 'Ingrid Solberg', undefined, 1],
      ['person', 'Tomas Veldhuis', undefined, 1],
      ['organisation', 'North Sea Tidal Commission', undefined, 1],
      ['place', 'Karsvik', undefined, 1],
      ['place', 'Old Customs House', undefined, 2],
      ['organisation', 'Karsvik Port Authority', 'KPA', 3],
      ['name', 'Skerra', undefined, 4],
    ]);
    // A name the knowledge has is not listed; nor are leftovers, weekdays or months.
    expect(draft.names.find((n) => n.name === 'United Nations')?.known).toBe(true);
    const all = draft.names.map((n) => n.name).join(' | ');
    for (const word of ['Brennøy', 'Easter', 'Tuesday', 'March', 'Harbour']) expect(all).not.toContain(word);
  });

  it('offers the sentences that say who met whom, when, where and why, with the article id to paste', () => {
    const dir = knowledgeCopy();
    const report = importArticle({ path: MADE_UP, knowledgeDir: dir });
    const slotsOf = (start: string) => report.draft.candidates.find((c) => c.quote.startsWith(start))?.slots;
    expect(slotsOf('The harbour master of Karsvik')).toEqual(['who', 'when', 'where']);
    expect(slotsOf('According to a statement')).toEqual(expect.arrayContaining(['topic', 'source']));
    expect(slotsOf('The meeting aims to')).toEqual(['why']);
    const text = worksheet(report);
    expect(text).toContain('  - article: karsvik-2026-03-03\n      quote: "The harbour master of Karsvik, Ingrid Solberg, received Tomas Veldhuis');
  });

  it('leaves kb:check saying what the curator must still do', () => {
    const dir = knowledgeCopy();
    const report = importArticle({ path: MADE_UP, knowledgeDir: dir });
    expect(report.check.ok).toBe(false);
    const problems = report.check.ok ? [] : report.check.problems;
    expect(problems.every((p) => p.file.endsWith('karsvik-2026-03-03.yaml'))).toBe(true);
    expect(problems.map((p) => p.problem)).toEqual([
      'communique names "kpa", which is not an entity',
      'summary names fact "karsvik-2026-03-03.who", which does not exist',
      'no fact of slot "source" quotes this article',
    ]);
    const text = worksheet(report);
    for (const heading of ['The article', 'Names the knowledge does not know yet', 'Candidate facts', 'Still to do', 'kb:check']) expect(text).toContain(heading);
    expect(text).toContain('Add the organisation "Karsvik Port Authority (KPA)" to knowledge/entities/ with id kpa');
  });

  it('passes kb:check once the curator adds the entities and facts from the worksheet', () => {
    const dir = knowledgeCopy();
    const report = importArticle({ path: MADE_UP, knowledgeDir: dir });
    const sentence = (start: string) => report.draft.candidates.find((c) => c.quote.startsWith(start))?.quote ?? '';
    const received = sentence('The harbour master of Karsvik');
    const source = sentence('According to a statement');
    writeFileSync(
      join(dir, 'entities', 'karsvik.yaml'),
      dump([
        { id: 'kpa', type: 'organisation', name: { fr: 'l’Autorité portuaire de Karsvik', en: 'the Karsvik Port Authority' }, aliases: ['KPA'] },
        { id: 'solberg', type: 'person', name: { fr: 'Ingrid Solberg', en: 'Ingrid Solberg' }, aliases: ['Solberg'] },
        { id: 'veldhuis', type: 'person', name: { fr: 'Tomas Veldhuis', en: 'Tomas Veldhuis' }, aliases: ['Veldhuis'] },
        { id: 'karsvik', type: 'place', kind: 'city', name: { fr: 'Karsvik', en: 'Karsvik' } },
        { id: 'meeting-karsvik', type: 'meeting', name: { fr: 'la rencontre de Karsvik', en: 'the Karsvik meeting' }, article: 'karsvik-2026-03-03', host: 'solberg', guests: ['veldhuis'], date: '2026-03-03', city: 'karsvik', communique: 'kpa' },
      ]),
    );
    const predicates: Record<string, string[]> = { who: ['receive'], when: ['receive'], where: ['meet'], source: ['issue'] };
    const fact = (id: string, slot: string, quote: string) => ({ id, about: 'meeting-karsvik', slot, predicates: predicates[slot], text: { fr: '…', en: '…' }, evidence: [{ article: 'karsvik-2026-03-03', quote }] });
    writeFileSync(
      join(dir, 'facts', 'karsvik.yaml'),
      dump([
        fact('karsvik.who', 'who', received.slice(received.indexOf('Ingrid Solberg, received'), received.indexOf(', special envoy'))),
        fact('karsvik.when', 'when', 'on Tuesday 3 March 2026'),
        fact('karsvik.where', 'where', 'at the Old Customs House in Karsvik'),
        fact('karsvik.source', 'source', source.slice(0, source.indexOf(','))),
      ]),
    );
    const file = join(dir, 'articles', 'karsvik-2026-03-03.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('summary: ["karsvik-2026-03-03.who"]', 'summary: [karsvik.who]'));
    const kb = loadKnowledge(dir);
    expect(kb.articles.get('karsvik-2026-03-03')?.paragraphs.map((p) => p.kind)).toEqual(['caption', 'body', 'body', 'body', 'link']);
    expect(kb.facts.get('karsvik.who')?.citations).toEqual([{ article: 'karsvik-2026-03-03', paragraph: 2, quote: 'Ingrid Solberg, received Tomas Veldhuis' }]);
  });
});

describe('what an import writes', () => {
  it('is idempotent: the same import again changes nothing', () => {
    const dir = knowledgeCopy();
    expect(importArticle({ path: MADE_UP, knowledgeDir: dir }).status).toBe('written');
    const after = listing(dir);
    expect(importArticle({ path: MADE_UP, knowledgeDir: dir }).status).toBe('unchanged');
    expect(listing(dir)).toEqual(after);
  });

  it('refuses to overwrite an article that differs unless --force', () => {
    const dir = knowledgeCopy();
    importArticle({ path: MADE_UP, knowledgeDir: dir });
    const file = join(dir, 'articles', 'karsvik-2026-03-03.yaml');
    const edited = readFileSync(file, 'utf8').replace('communique: "kpa"', 'communique: "karsvik-port"');
    writeFileSync(file, edited);
    const error = failure({ path: MADE_UP, knowledgeDir: dir });
    expect(error.problem).toContain('karsvik-2026-03-03.yaml already exists and differs');
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(importArticle({ path: MADE_UP, knowledgeDir: dir, force: true }).status).toBe('replaced');
    expect(readFileSync(file, 'utf8')).toContain('communique: "kpa"');
  });

  it('refuses the same article under a second id, and an id another file already uses', () => {
    const dir = knowledgeCopy();
    importArticle({ path: MADE_UP, knowledgeDir: dir });
    const before = listing(dir);
    expect(failure({ path: MADE_UP, knowledgeDir: dir, id: 'harbour-2026-03-03' }).problem).toContain('this article is already in');
    writeFileSync(join(dir, 'articles', 'other-name.yaml'), readFileSync(join(dir, 'articles', 'karsvik-2026-03-03.yaml'), 'utf8').replace(/^id: .*$/m, 'id: "taken"'));
    expect(failure({ path: MADE_UP, knowledgeDir: dir, id: 'taken', force: true }).problem).toContain('the id taken is already used by');
    rmSync(join(dir, 'articles', 'other-name.yaml'));
    expect(listing(dir)).toEqual(before);
  });

  it('takes --id and --date, and says when the text gives another date', () => {
    const dir = knowledgeCopy();
    const report = importArticle({ path: MADE_UP, knowledgeDir: dir, id: 'harbour', date: '2026-03-04' });
    expect(written(dir, 'harbour').date).toBe('2026-03-04');
    expect(worksheet(report)).toContain('given with --date; the text gives 2026-03-03 ("3 March 2026", ¶1)');
    const source = importArticle({ path: join(RAW, SOURCES[1] as string), knowledgeDir: dir, id: 'source-copy', date: '2026-01-01', force: true });
    expect(worksheet(source)).toMatch(/given with --date; the page printed \d{4}-\d{2}-\d{2}/);
    expect(failure({ path: MADE_UP, knowledgeDir: dir, id: 'Not An Id' }).fix).toContain('lowercase letters');
    expect(failure({ path: MADE_UP, knowledgeDir: dir, date: '2026-02-30' }).fix).toContain('YYYY-MM-DD');
  });

  it('asks for --date when the text gives none', () => {
    const dir = knowledgeCopy();
    const raw = join(dir, 'undated.txt');
    writeFileSync(raw, 'Mira Holm opened the new ferry terminal in Vastby.\n\nThe terminal serves three islands.\n');
    expect(failure({ path: raw, knowledgeDir: dir }).fix).toContain('--date');
    const report = importArticle({ path: raw, knowledgeDir: dir, date: '2026-05-02' });
    expect(report.draft.id).toBe('vastby-2026-05-02');
    expect(report.draft.clean.title).toBeUndefined();
  });

  it.each([
    ['empty', Buffer.alloc(0), /is empty/],
    ['blank', Buffer.from(' \n\n \t\n'), /is empty/],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), /not text/],
    ['not UTF-8', Buffer.from('Le pr\xe9sident a re\xe7u le ministre.', 'latin1'), /not UTF-8/],
    ['nothing but leftovers', Buffer.from('Share this:\n\nRelated Posts\n\nAnother story\n'), /no paragraphs/],
    ['no words', Buffer.from('***\n\n2026 — 12\n'), /no paragraphs/],
  ])('reads nothing from an unreadable article (%s) and writes nothing', (_, bytes, message) => {
    const dir = knowledgeCopy();
    const raw = join(dir, 'raw.txt');
    writeFileSync(raw, bytes);
    const before = listing(dir);
    const error = failure({ path: raw, knowledgeDir: dir, date: '2026-01-01' });
    expect(error.problem).toMatch(message);
    expect(error.fix.length).toBeGreaterThan(10);
    expect(listing(dir)).toEqual(before);
  });

  it('says so when the raw file is missing or a folder', () => {
    const dir = knowledgeCopy();
    expect(failure({ path: join(dir, 'nope.txt'), knowledgeDir: dir }).problem).toContain('there is no file at');
    expect(failure({ path: dir, knowledgeDir: dir }).problem).toContain('is a folder');
  });
});
