// Language detection and entity matching, on the project's knowledge.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { readQuestion } from '../../src/understand/question.js';

const engine = createEngine(loadKnowledge());
const read = (text: string, locale?: string) => readQuestion(text, engine.kb, engine.lexicon, locale);
const entities = (text: string) => read(text).mentions.map((m) => m.entity);

describe('language detection', () => {
  it.each([
    ['Qui a reçu Faisal Shahkar ?', 'fr'],
    ['qui a recu shahkar', 'fr'],
    ["c koi l'unoct", 'fr'],
    ['pourquoi zouev est venu', 'fr'],
    ['who received shahkar?', 'en'],
    ['wat did they discuss in rabat', 'en'],
    ["what's hammouchi's job", 'en'],
  ])('%s → %s', (text, language) => {
    expect(read(text).language).toBe(language);
  });

  it('lets the locale break a tie, and only a tie', () => {
    expect(read('Zouev ?', 'fr').language).toBe('fr');
    expect(read('Zouev ?', 'en-GB').language).toBe('en');
    expect(read('who is zouev', 'fr').language).toBe('en');
  });
});

describe('entity matching', () => {
  it('finds names through typos', () => {
    expect(entities('hamouchi')).toEqual(['hammouchi']);
    expect(entities('shakar')).toEqual(['shahkar']);
    expect(entities('zouef a marakech')).toEqual(['zouev', 'marrakech']);
  });

  it('finds organisations by French and English names and abbreviations', () => {
    for (const text of ['UNOCT', 'UN Office of Counter-Terrorism', 'Bureau des Nations Unies pour la lutte contre le terrorisme']) expect(entities(text)).toEqual(['unoct']);
    expect(entities('OIPC')).toEqual(['interpol']);
    expect(entities("l'ONU")).toEqual(['un']);
  });

  it('does not take the French article "un" for the UN, unless written in capitals', () => {
    expect(entities('il a reçu un responsable')).toEqual([]);
    expect(entities('un responsable de l’UN')).toEqual(['un']);
    expect(entities('the un police chief')).toEqual(['shahkar']);
  });

  it('designates people by their title', () => {
    expect(read('le chef de la police de l’ONU').mentions[0]).toMatchObject({ entity: 'shahkar', via: 'role' });
    expect(entities('the head of the DGSN')).toEqual(['hammouchi']);
  });

  it('merges overlapping names of one thing', () => {
    expect(entities("la 93e AG d'Interpol")).toEqual(['interpol-ga-93']);
  });

  it('marks places the question puts something in', () => {
    const [rabat] = read('did they meet in Rabat').mentions;
    expect(rabat?.locative).toBe(true);
  });

  it('leaves everyday words alone instead of turning them into names', () => {
    expect(read('quel temps il faisait').tokens).toContain('faisait');
    expect(read("d'apres tes articles").tokens).toContain('apres');
  });
});
