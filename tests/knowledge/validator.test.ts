// A broken knowledge folder stops start-up with a message that names the file,
// the entry and the fix. Each case breaks one thing in a copy of knowledge/.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { copyKnowledge, editFile } from '../support/knowledge.js';

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function broken(file: string, change: (text: string) => string): KnowledgeError {
  const dir = copyKnowledge();
  copies.push(dir);
  editFile(dir, file, change);
  try {
    loadKnowledge(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return error as KnowledgeError;
  }
  throw new Error(`loading succeeded although ${file} was broken`);
}

describe('the knowledge validator', () => {
  it('accepts the project knowledge', () => {
    const kb = loadKnowledge();
    expect(kb.articles.size).toBe(2);
    for (const fact of kb.facts.values()) expect(fact.citations).toHaveLength(fact.evidence.length);
  });

  it('rejects a quote that is not verbatim, naming the fact and how to fix it', () => {
    const error = broken('facts/rabat.yaml', (t) => t.replace('quote: lundi 1er décembre 2025 à Rabat', 'quote: lundi 1 décembre 2025 à Rabat'));
    expect(error.problems[0]).toMatchObject({ entry: 'rabat.who' });
    expect(error.message).toContain('facts/rabat.yaml');
    expect(error.message).toContain('not found verbatim in article rabat-2025-12-01');
    expect(error.message).toContain('fix:');
  });

  it('explains a quote typed with a straight apostrophe', () => {
    const error = broken('facts/marrakech.yaml', (t) => t.replace('cette rencontre s’est tenue', "cette rencontre s'est tenue"));
    expect(error.message).toContain('marrakech.where');
    expect(error.message).toMatch(/apostrophes/);
  });

  it('rejects a quote that spans two sentences', () => {
    const error = broken('facts/marrakech.yaml', (t) =>
      t.replace('quote: Cette dynamique vise à consolider', 'quote: Sûreté nationale du Royaume du Maroc. Cette dynamique vise à consolider'),
    );
    expect(error.message).toContain('marrakech.sg-wish');
    expect(error.message).toContain('spans more than one sentence');
  });

  it('rejects a place grammar that contradicts the place\'s name or its article', () => {
    const wrongArticle = broken('entities/places.yaml', (t) => t.replace('fr: { article: le, gender: m, number: singular }', 'fr: { article: la, gender: f, number: singular }'));
    expect(wrongArticle.message).toContain('entities/places.yaml');
    expect(wrongArticle.message).toMatch(/does not start with "la"/);
    const wrongGender = broken('entities/places.yaml', (t) => t.replace('fr: { article: le, gender: m, number: singular }', 'fr: { article: le, gender: f, number: singular }'));
    expect(wrongGender.message).toMatch(/"le" is masculine/);
  });

  it('rejects a reference to an entity that does not exist', () => {
    const error = broken('entities/meetings.yaml', (t) => t.replace('guests: [zouev]', 'guests: [zouevv]'));
    expect(error.message).toContain('meeting-rabat');
    expect(error.message).toContain('"zouevv", which is not an entity');
  });

  it('rejects an alias shared by two entities', () => {
    const error = broken('entities/places.yaml', (t) => t.replace('aliases: [Rabat]', 'aliases: [Rabat, Marrakesh]'));
    expect(error.message).toContain('alias "Marrakesh" also names "marrakech"');
  });

  it('rejects a duplicate fact id', () => {
    const error = broken('facts/rabat.yaml', (t) => t.replace('- id: rabat.when', '- id: rabat.who'));
    expect(error.message).toContain('fact id already used');
  });

  it('rejects a field of the wrong shape, naming the entry and the field', () => {
    const error = broken('entities/meetings.yaml', (t) => t.replace('date: "2025-12-01"', 'date: "1 December 2025"'));
    expect(error.message).toContain('#2 (meeting-rabat)');
    expect(error.message).toContain('date');
    expect(error.message).toContain('YYYY-MM-DD');
  });

  it('rejects an unknown field', () => {
    const error = broken('entities/events.yaml', (t) => t.replace('organiser: interpol', 'organiser: interpol\n  organizer: interpol'));
    expect(error.message).toContain('organizer');
    expect(error.message).toMatch(/remove or rename/);
  });

  it('rejects invalid YAML with its line', () => {
    const error = broken('suggestions.yaml', (t) => t.replace('- about: [hammouchi]', '- about: [hammouchi\n  fr: {'));
    expect(error.message).toContain('suggestions.yaml');
    expect(error.message).toMatch(/line \d+/);
    expect(error.message).toContain('not valid YAML');
  });

  it('rejects a meeting without the facts every meeting needs', () => {
    const error = broken('facts/rabat.yaml', (t) => t.replace('- id: rabat.when\n  about: meeting-rabat\n  slot: when', '- id: rabat.when\n  about: meeting-rabat\n  slot: occasion'));
    expect(error.message).toContain('meeting has no "when" fact');
  });

  it('reports every problem at once', () => {
    const dir = copyKnowledge();
    copies.push(dir);
    editFile(dir, 'entities/meetings.yaml', (t) => t.replace('guests: [zouev]', 'guests: [nobody]').replace('guests: [shahkar]', 'guests: [noone]'));
    expect(() => loadKnowledge(dir)).toThrowError(/2 problems/);
  });

  it('names the folder when it is missing', () => {
    expect(() => loadKnowledge(join(copyKnowledge(), 'nope'))).toThrowError(/KNOWLEDGE_DIR/);
  });
});
