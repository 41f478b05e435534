// A third article is an edit to knowledge/, never to code: the engine answers
// about a made-up article it has never seen, through the same code.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { knowledgeWithThirdArticle } from '../support/knowledge.js';

const engine = createEngine(loadKnowledge(knowledgeWithThirdArticle()));

describe('a made-up third article', () => {
  it('is loaded and validated with the other two', () => {
    expect(engine.kb.articles.size).toBe(3);
    expect(engine.kb.meetings.map((m) => m.id)).toContain('meeting-lisbon');
  });

  it('answers who met whom, in French and English', () => {
    const fr = engine.answer('Qui a reçu Lars Berg à Lisbonne ?');
    expect(fr.answered).toBe(true);
    expect(fr.language).toBe('fr');
    expect(fr.text).toContain('Ana Ribeiro');
    expect(fr.citations.map((c) => c.article)).toEqual(['lisbon-2026-03-10']);
    const en = engine.answer('who did ribiero meet?');
    expect(en.language).toBe('en');
    expect(en.text).toContain('Lars Berg');
  });

  it('answers when and what was discussed, with misspellings', () => {
    expect(engine.answer('quand berg a été reçu par ribeiro').text).toContain('10 mars 2026');
    const topics = engine.answer('What did Ribeiro and Berg talk about?');
    expect(topics.text).toMatch(/tide/i);
    expect(topics.citations[0]?.quote).toContain('marées');
  });

  it('corrects a false premise about it', () => {
    const a = engine.answer('Did Ribeiro meet Berg in Rabat?');
    expect(a.text.startsWith('No')).toBe(true);
    expect(a.text).toContain('Lisbon');
  });

  it('still answers about the original articles', () => {
    expect(engine.answer('Who received Zouev?').text).toContain('Hammouchi');
  });

  it('lists three articles as sources', () => {
    const a = engine.answer('what are your sources?');
    expect(new Set(a.citations.map((c) => c.article)).size).toBe(3);
  });
});
