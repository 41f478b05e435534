// The importer's pieces: its rules file (knowledge/language/import.yaml) and
// how it is checked, the cleaning of a raw page, dates, phrases and names.
import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../src/knowledge/check.js';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.js';
import { cleanArticle } from '../../src/knowledge/import/clean.js';
import { datesIn } from '../../src/knowledge/import/dates.js';
import { ImportError } from '../../src/knowledge/import/errors.js';
import { namesIn } from '../../src/knowledge/import/names.js';
import { IMPORT_RULES_FILE, loadImportRules } from '../../src/knowledge/import/rules.js';
import { readSentences } from '../../src/knowledge/import/sentences.js';
import { Phrases, words } from '../../src/knowledge/import/words.js';
import { copyKnowledge, editFile } from '../support/knowledge.js';

const rules = loadImportRules(DEFAULT_KNOWLEDGE_DIR);

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function brokenRules(change: (text: string) => string): KnowledgeError {
  const dir = copyKnowledge();
  copies.push(dir);
  editFile(dir, IMPORT_RULES_FILE, change);
  try {
    loadImportRules(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return error as KnowledgeError;
  }
  throw new Error('the broken rules loaded');
}

describe('knowledge/language/import.yaml', () => {
  it('loads: leftovers, months of both languages, cues for every candidate slot', () => {
    expect(rules.leftovers.length).toBeGreaterThan(0);
    expect(new Set(rules.months.values()).size).toBe(12);
    expect([...rules.candidates.keys()]).toEqual(expect.arrayContaining(['who', 'when', 'where', 'why', 'source']));
  });

  it('names the file, the entry and the fix for a pattern that is not a regular expression', () => {
    const error = brokenRules((t) => t.replace("'^(lire aussi|", "'^((lire aussi|"));
    expect(error.problems[0]).toMatchObject({ entry: 'leftovers #3 (read-also link)', problem: 'pattern: is not a valid regular expression' });
    expect(error.message).toContain('import.yaml');
    expect(error.problems[0]?.fix).toMatch(/backslash/);
  });

  it('explains a removal it does not know and a candidate key that is not a fact slot', () => {
    expect(brokenRules((t) => t.replace(/^ {4}remove: rest$/m, '    remove: everything')).problems[0]?.fix).toBe('use one of: match, paragraph, rest, link');
    const error = brokenRules((t) => t.replace('  why: [', '  whyy: ['));
    expect(error.problems[0]?.entry).toBe('candidates');
    expect(error.problems[0]?.fix).toContain('who, when, where');
  });

  it('says what to do when the file is missing or not YAML', () => {
    expect(brokenRules(() => 'leftovers: [').problems[0]?.problem).toMatch(/not valid YAML/);
    const dir = copyKnowledge();
    copies.push(dir);
    rmSync(`${dir}/${IMPORT_RULES_FILE}`);
    expect(() => loadImportRules(dir)).toThrow(/is missing[\s\S]*fix: copy the importer's rules/);
  });

  it('is checked by kb:check, which reports its problems with the others', () => {
    const dir = copyKnowledge();
    copies.push(dir);
    expect(checkKnowledge(dir)).toMatchObject({ ok: true });
    editFile(dir, IMPORT_RULES_FILE, (t) => t.replace(/^ {4}remove: rest$/m, '    remove: all'));
    const check = checkKnowledge(dir);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain('import.yaml › leftovers #4 (related posts): remove:');
  });
});

describe('cleaning a raw page', () => {
  it('reads one paragraph a line when the text has no blank lines', () => {
    const clean = cleanArticle('A short headline\nThe first paragraph.\nThe second paragraph.\nRead also: another story\n', 'raw.txt', rules);
    expect(clean.title).toBe('A short headline');
    expect(clean.paragraphs).toEqual([
      { kind: 'body', text: 'The first paragraph.' },
      { kind: 'body', text: 'The second paragraph.' },
      // A link to another article is kept, last, as a link: its headline can be quoted.
      { kind: 'link', text: 'Read also: another story' },
    ]);
  });

  it('joins the lines of a paragraph and keeps its characters', () => {
    const clean = cleanArticle('Le directeur a reçu,\n  ce mardi,  l’envoyé du 93ᵉ congrès.\n\nSuite.\n', 'raw.txt', rules);
    expect(clean.paragraphs.map((p) => p.text)).toEqual(['Le directeur a reçu, ce mardi, l’envoyé du 93ᵉ congrès.', 'Suite.']);
    expect(clean.title).toBeUndefined();
  });

  it('takes a date token off the paragraph it starts, keeping the rest, and gives its date', () => {
    const clean = cleanArticle(' date 2026-03-10 Photo caption of the day.\n\nThe text.\n', 'raw.txt', rules);
    expect(clean.leftoverDate).toBe('2026-03-10');
    expect(clean.paragraphs[0]?.text).toBe('Photo caption of the day.');
  });

  it('drops the page below "Related Posts" and a comment form', () => {
    const clean = cleanArticle('The text.\n\nLeave A Reply\n\nName\n\nWebsite\n', 'raw.txt', rules);
    expect(clean.paragraphs.map((p) => p.text)).toEqual(['The text.']);
    expect(clean.removed).toEqual([{ rule: 'comment form', text: 'Leave A Reply', following: 2 }]);
  });

  it('fails with a clear message when nothing is left', () => {
    expect(() => cleanArticle('Related Posts\n\nAnother story\n', 'raw.txt', rules)).toThrow(ImportError);
  });

  // Whatever the article, leftovers put between its paragraphs (and page furniture
  // after it) are removed and every paragraph comes back character for character,
  // in its order; the links to other articles come after them, each once.
  it('gives back the paragraphs of any article, whatever leftovers surround them', () => {
    const word = fc.stringMatching(/^[a-zà-ÿ’]{1,10}$/);
    const paragraph = fc.array(word, { minLength: 3, maxLength: 25 }).map((ws) => `${ws.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
    const leftover = fc.constantFrom('Share this:', 'Lire aussi : un autre article', 'Read also: another story', 'date 2026-01-05');
    fc.assert(
      fc.property(fc.uniqueArray(paragraph, { minLength: 1, maxLength: 8 }), fc.array(fc.option(leftover, { nil: undefined }), { minLength: 8, maxLength: 8 }), (paragraphs, noise) => {
        const page = paragraphs.flatMap((p, i) => [noise[i], p].filter((x): x is string => x !== undefined));
        const raw = `${page.join('\n\n')}\n\nRelated Posts\n\nSome other headline\n\nLeave A Reply\n`;
        const clean = cleanArticle(raw, 'raw.txt', rules);
        const links = [...new Set(noise.slice(0, paragraphs.length).flatMap((n) => (n !== undefined && /^(Lire aussi|Read also)/.test(n) ? [n] : [])))];
        expect(clean.paragraphs).toEqual([...paragraphs.map((text) => ({ kind: 'body', text })), ...links.map((text) => ({ kind: 'link', text }))]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('dates, phrases and names', () => {
  const dates = (text: string) => datesIn(words(text), rules).map((d) => [d.iso, d.text]);

  it('reads dates written out in French and English', () => {
    expect(dates('lundi 1er décembre 2025 à Lisbonne')).toEqual([['2025-12-01', '1er décembre 2025']]);
    expect(dates('ce mardi 10 mars 2026 et jusqu’au 12 mars 2026')).toEqual([['2026-03-10', '10 mars 2026'], ['2026-03-12', '12 mars 2026']]);
    expect(dates('on March 3, 2026, and on the 4th March 2026')).toEqual([['2026-03-03', 'March 3, 2026'], ['2026-03-04', '4th March 2026']]);
    expect(dates('le 30 février 2026, le 10 mars, en 2026')).toEqual([]);
  });

  it('matches phrases by word, ignoring case and apostrophes but not accents; * matches any ending', () => {
    const reçu = new Phrases(['a reçu*', "s'est tenue"]);
    expect(reçu.occursIn(words('Elle A REÇUE hier.'))).toBe(true);
    expect(reçu.occursIn(words('La réunion s’est tenue à Évora.'))).toBe(true);
    expect(reçu.occursIn(words('il a recu'))).toBe(false);
    expect(new Phrases(['à']).occursIn(words('il a fini'))).toBe(false);
  });

  it('reads a name with its abbreviation, names at the start of a sentence, and guesses their kind', () => {
    const sentences = readSentences([
      { text: 'Selon un communiqué de l’Autorité portuaire de Lisbonne (APL), Ana Ribeiro a reçu Lars Berg à Évora.' },
      { text: 'Ana Ribeiro a salué la Banque de France. Cette visite était la première.' },
    ]);
    expect(namesIn(sentences, rules).map((n) => [n.kind, n.name, n.acronym ?? '', n.paragraph])).toEqual([
      ['organisation', 'Autorité portuaire de Lisbonne', 'APL', 1],
      ['person', 'Ana Ribeiro', '', 1],
      ['person', 'Lars Berg', '', 1],
      ['place', 'Évora', '', 1],
      ['name', 'Banque de France', '', 2],
    ]);
  });
});
