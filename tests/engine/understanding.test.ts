// How a sentence is read: its language, the names, ideas and verbs it
// grounds in the knowledge, the words it leaves unaccounted, and the claim
// it makes or takes for granted.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { frameQuestion } from '../../src/understand/frame.js';
import { detectLanguage, readSentence } from '../../src/understand/read.js';

const engine = createEngine(loadKnowledge());
const { kb, lexicon } = engine;
const language = (text: string, locale?: string) => detectLanguage(text, lexicon, locale);
const read = (text: string) => readSentence(text, kb, lexicon, language(text));
const frame = (text: string) => frameQuestion(read(text), kb, lexicon);
const entities = (text: string) => read(text).terms.flatMap((t) => (t.kind === 'entity' ? [t.entity] : []));
const kinds = (text: string) => Object.fromEntries(read(text).terms.map((t) => [t.surface.toLowerCase(), t.kind]));

describe('language detection', () => {
  it.each([
    ['Qui a reçu Faisal Shahkar ?', 'fr'],
    ['qui a recu shahkar', 'fr'],
    ["c koi l'unoct", 'fr'],
    ['pourquoi zouev est venu', 'fr'],
    ['who received shahkar?', 'en'],
    ['wat did they discuss in rabat', 'en'],
    ["what's hammouchi's job", 'en'],
    // An acronym is no French « un », whatever the accents around it.
    ['The Rabat communiqué calls Morocco a reliable partner in UN efforts', 'en'],
    ['un communiqué de la DGSN', 'fr'],
  ])('%s → %s', (text, expected) => {
    expect(language(text)).toBe(expected);
  });

  it('lets the locale break a tie, and only a tie', () => {
    expect(language('Zouev ?', 'fr')).toBe('fr');
    expect(language('Zouev ?', 'en-GB')).toBe('en');
    expect(language('who is zouev', 'fr')).toBe('en');
  });
});

describe('grounding', () => {
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

  it('does not take a grammar word for a name or a narrower term unless it is typed in capitals', () => {
    expect(entities('il a reçu un responsable')).toEqual([]);
    expect(entities('un responsable de l’UN')).toEqual(['un']);
    expect(kinds('can you tell me')['can']).not.toBe('narrower');
    expect(kinds('did they talk about the CAN')['can']).toBe('narrower');
  });

  it('designates people by their title', () => {
    expect(read('le chef de la police de l’ONU').terms.find((t) => t.kind === 'entity')).toMatchObject({ entity: 'shahkar', via: 'role' });
    expect(entities('the head of the DGSN')).toEqual(['hammouchi']);
  });

  it('grounds verbs in the predicate lexicon, ideas in concepts, and leaves other content words unaccounted', () => {
    expect(read('did they discuss terrorism').terms.find((t) => t.kind === 'predicate')).toMatchObject({ predicates: ['discuss'] });
    expect(kinds('did they discuss terrorism')['terrorism']).toBe('concept');
    expect(kinds('did the UN criticize Morocco')['criticize']).toBe('word');
    expect(kinds('did they talk about football')['football']).toBe('narrower');
  });

  it('leaves everyday words alone instead of mending them into names or ideas', () => {
    expect(read('quel temps il faisait').tokens).toContain('faisait');
    expect(read('Did they discuss religion?').tokens).toContain('religion');
    expect(read('Is the headquarters in Geneva?').tokens).toContain('geneva');
  });

  it('reads "ou" as "or" and "où" as "where", unless an unaccented "ou" ends the question', () => {
    expect(frame('Hammouchi a reçu Zouev à Rabat ou à Marrakech ?').intent).toBe('yesno');
    expect(frame('où a eu lieu la rencontre ?').intent).toBe('where');
    expect(frame('la rencontre a eu lieu ou').intent).toBe('where');
  });
});

describe('dates', () => {
  // A part of a month is the days it spans; a word-internal hyphen parts no clause.
  it.each([
    ['late November', [21, 31]],
    ['fin novembre', [21, 31]],
    ['early in December', [1, 10]],
    ['mi-novembre', [11, 20]],
  ])('%s', (text, days) => {
    expect(frame(`The meeting was ${text}`).claim.dates.map((d) => d.days)).toEqual([days]);
  });
  it('reads "Secretary-General" as one stretch of a clause', () => {
    expect(read("Zouev isn't the UN Secretary-General").clauses).toEqual([0]);
  });
});

describe('the claim a question makes', () => {
  it('orders who does what: the one received is not the one who receives', () => {
    const { claim } = frame('Did Zouev receive Hammouchi?');
    expect(claim.participants.map((p) => [p.entity, p.role])).toEqual([['zouev', 'agent'], ['hammouchi', 'object']]);
    const passive = frame('Zouev a-t-il été reçu par Hammouchi ?').claim;
    expect(passive.participants.map((p) => [p.entity, p.role])).toEqual([['zouev', 'object'], ['hammouchi', 'agent']]);
  });

  it('tells where something happened from what was talked about', () => {
    const { claim } = frame('Did they discuss Syria in Rabat?');
    expect(claim.places.map((p) => p.entity)).toEqual(['rabat']);
    expect(claim.topics).toContainEqual(expect.objectContaining({ kind: 'entity', entity: 'syria' }));
  });

  it('reads titles, identities and editions said of someone or something', () => {
    expect(frame('Is Hammouchi a minister?').claim.titles).toEqual([expect.objectContaining({ person: 'hammouchi' })]);
    expect(frame('Is Zouev the UN police chief?').claim.identities).toEqual([expect.objectContaining({ person: 'zouev', as: 'shahkar' })]);
    expect(frame('Was it the 92nd General Assembly?').claim.editions).toEqual([expect.objectContaining({ entity: 'interpol-ga-93', value: 92 })]);
  });

  it('dates a clause of time by the meeting of the person in it', () => {
    const { claim } = frame("l'AG d'Interpol était encore en cours quand Zouev est venu ?");
    expect(claim.dates).toContainEqual(expect.objectContaining({ day: 1, month: 12, year: 2025 }));
    expect(claim.participants).toEqual([]);
  });

  it('tells a question from a statement to check', () => {
    expect(frame('who met zouev').polar).toBe(false);
    expect(frame('Hammouchi met Zouev in Rabat').polar).toBe(true);
    expect(frame('hammouchi met zouev on a tuesday right').polar).toBe(true);
    expect(frame('Can you give me a summary of the Marrakech meeting?').intent).toBe('summary');
  });
});
