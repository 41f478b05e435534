// The benchmark's synthetic knowledge base (tests/bench/synthetic.ts): it must
// be a base the bot accepts, its copies must be told apart, and at two
// articles it must be today's base.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_OPTIONS } from '../../src/compose/plan.js';
import { createEngine } from '../../src/engine.js';
import { articleTitle } from '../../src/render/article.js';
import { checkMessageLimits, clip, LIMITS } from '../../src/render/limits.js';
import { renderSources } from '../../src/render/sources.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { phraseKey } from '../../src/language/normalize.js';
import { loadCases, QUESTIONS_FILE } from '../support/questions.js';
import { renamer, withinOneEdit, writeSynthetic } from './synthetic.js';

const dirs: string[] = [];
function base(articles: number) {
  const dir = mkdtempSync(join(tmpdir(), 'coverage-bot-synthetic-'));
  dirs.push(dir);
  const manifest = writeSynthetic(articles, dir, { qualityCopies: 3 });
  return { dir, manifest, kb: loadKnowledge(dir) };
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const real = loadKnowledge();

describe('the synthetic knowledge base', () => {
  it('at two articles is the real base: the same answers to the same questions', () => {
    const { kb } = base(2);
    expect([...kb.articles.keys()].sort()).toEqual([...real.articles.keys()].sort());
    const synthetic = createEngine(kb);
    const today = createEngine(real);
    const questions = [...real.suggestions.flatMap((s) => [s.fr, s.en]), ...loadCases(QUESTIONS_FILE).slice(0, 40).map((c) => c.q)];
    for (const q of questions) {
      const a = synthetic.answer(q);
      const b = today.answer(q);
      expect({ q, text: a.text, citations: a.citations }).toEqual({ q, text: b.text, citations: b.citations });
    }
  });

  it('validates at any size, odd ones included, with every name and id its own', () => {
    for (const n of [3, 6]) {
      const { kb, manifest } = base(n);
      expect(kb.articles.size).toBe(n);
      expect(manifest.copies).toHaveLength(Math.ceil(n / real.articles.size));
      // Every copy has its own version of every real entity, none sharing a name with another.
      const full = manifest.copies.filter((c) => c.articles.length === real.articles.size);
      const owners = new Map<string, string>();
      for (const copy of full) {
        for (const id of real.entities.keys()) {
          const entity = kb.entities.get(copy.ids[id] ?? '');
          expect(entity, `${id} in copy ${copy.index}`).toBeDefined();
          for (const name of [entity?.name.fr ?? '', entity?.name.en ?? '', ...(entity?.aliases ?? [])]) {
            const key = phraseKey(name);
            expect(owners.get(key) ?? entity?.id, `"${name}"`).toBe(entity?.id);
            owners.set(key, entity?.id ?? '');
          }
        }
      }
      // The loader checked every quote is verbatim in its article; each copy's facts quote its own articles.
      for (const copy of manifest.copies) {
        for (const id of real.facts.keys()) {
          const fact = kb.facts.get(copy.ids[id] ?? '');
          if (fact) for (const c of fact.citations) expect(copy.articles).toContain(c.article);
        }
      }
    }
  });

  it("answers a question about one copy from that copy's articles, and keeps each misspelling one edit from the name it stands for", () => {
    const { kb, manifest } = base(6);
    const engine = createEngine(kb);
    expect(manifest.quality.length).toBeGreaterThan(0);
    for (const c of manifest.quality) {
      expect(c.copy).toBeGreaterThan(0);
      expect(withinOneEdit(c.typo.word, c.typo.as) && c.typo.word !== c.typo.as).toBe(true);
      expect(c.question).not.toBe(c.original);
      const answer = engine.answer(c.question);
      expect(answer.citations.length, c.question).toBeGreaterThan(0);
      for (const citation of answer.citations) expect(c.articles, c.question).toContain(citation.article);
    }
  });

  it('keeps list answers to a few, with a count of the rest, however many articles there are', () => {
    const { kb } = base(12);
    const engine = createEngine(kb);
    const shown = DEFAULT_PLAN_OPTIONS.maxListed;
    for (const [q, total, more] of [
      ['list the meetings', kb.meetings.length, 'more meetings'],
      ['qui a rencontré qui ?', kb.meetings.length, 'autres rencontres'],
      ['what are your sources?', kb.articles.size, 'more articles'],
      ['summarise the coverage', kb.articles.size, 'more articles'],
      // (…and questions about every meeting: where, how many.)
      ['where did the meetings take place?', kb.meetings.length, 'more meetings'],
      ['how many meetings do the articles cover?', kb.meetings.length, 'more meetings'],
    ] as const) {
      const answer = engine.answer(q);
      expect(answer.answered, q).toBe(true);
      expect(new Set(answer.citations.map((c) => c.article)).size, q).toBe(shown);
      expect(answer.text, q).toContain(`${total - shown} ${more}`);
    }
    // What the question narrows to is listed whole.
    const place = kb.entities.get(kb.meetings[7]?.city ?? '');
    const one = engine.answer(`list the meetings in ${place?.name.en ?? ''}`);
    expect([...new Set(one.citations.map((c) => c.article))]).toEqual([kb.meetings[7]?.article]);
    expect(one.text).not.toContain('more meetings');
    // Names too: the first few, then how many more.
    const organisations = [...kb.entities.values()].filter((e) => e.type === 'organisation').length;
    expect(engine.answer('which organisations appear in the articles?').text).toContain(`and ${organisations - DEFAULT_PLAN_OPTIONS.maxNames} more`);
    // /sources: the newest articles that fit in one reply, in date order, and how many there are.
    const sources = renderSources(kb, 'en');
    expect(checkMessageLimits(sources)).toEqual([]);
    const newest = [...kb.articles.values()].sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
    const titles = sources.embeds.map((e) => e.title);
    expect(titles.length).toBeLessThan(kb.articles.size);
    expect(titles).toEqual(newest.slice(0, titles.length).reverse().map((a) => clip(articleTitle(a, kb, 'en'), LIMITS.embedTitle)));
    expect(sources.embeds.at(-1)?.footer?.text).toContain(`of ${kb.articles.size} articles`);
  });

  it('renames word by word, keeping case, and leaves copy 0 as it is', () => {
    const { manifest } = base(4);
    const rename = renamer(manifest);
    const [first, second] = manifest.copies;
    const realName = real.entities.values().next().value?.name.fr ?? '';
    expect(rename.text(realName, first as (typeof manifest.copies)[0])).toBe(realName);
    const renamed = rename.text(realName, second as (typeof manifest.copies)[0]);
    expect(renamed).not.toBe(realName);
    expect(renamed.split(/\s+/)).toHaveLength(realName.split(/\s+/).length);
    expect(rename.text(realName.toUpperCase(), second as (typeof manifest.copies)[0])).toBe(renamed.toUpperCase());
  });
});
