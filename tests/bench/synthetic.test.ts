// The benchmark's synthetic knowledge base (tests/bench/synthetic.ts): it must
// be a base the bot accepts, its copies must be told apart, and at two
// articles it must be today's base.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
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
