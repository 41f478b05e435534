import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Citation, KnowledgeBase } from '../../src/knowledge/types.js';
import { renderAnswer } from '../../src/render/answer.js';
import { renderCard, type Card } from '../../src/render/card.js';
import { clipCited, highestMarker, keepCitations, numberCitations } from '../../src/render/cited.js';
import { decodeAction, encodeAction } from '../../src/render/custom-id.js';
import { renderHelp } from '../../src/render/help.js';
import { checkChoices, checkMessageLimits, LIMITS } from '../../src/render/limits.js';
import { renderMeetings } from '../../src/render/meetings.js';
import { LABELS } from '../../src/render/labels.js';
import { renderPassage } from '../../src/render/passage.js';
import { atPlace } from '../../src/render/place.js';
import type { Entity } from '../../src/knowledge/schema.js';
import { renderSources } from '../../src/render/sources.js';
import type { Answer } from '../../src/types.js';

let kb: KnowledgeBase;
let article: string;
let engineAnswer: Answer;
beforeAll(() => {
  kb = loadKnowledge();
  article = [...kb.articles.keys()][0] as string;
  engineAnswer = createEngine(kb).answer('Who is Abdellatif Hammouchi?');
});

const cite = (i: number, quote = `quote number ${i} `.repeat(3)): Citation => ({ article, paragraph: 1 + (i % 3), quote });

/** A real answer of the engine, with the fields a test is about replaced. */
function answer(over: Partial<Answer>): Answer {
  return { ...engineAnswer, language: 'en', intent: 'who', answered: true, text: 'An answer [1].', citations: [cite(1)], confidence: 0.9, suggestions: [], premise: undefined, ...over };
}

/** Every [n] in the description has its field "[n] …", and every field is cited. */
function expectConsistentNumbering(payload: ReturnType<typeof renderCard>): void {
  const embed = payload.embeds[0];
  const markers = [...(embed?.description ?? '').matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  const fields = (embed?.fields ?? []).map((f) => Number(/^\[(\d+)\]/.exec(f.name)?.[1]));
  expect(fields).toEqual(fields.map((_, i) => i + 1));
  for (const m of markers) expect(fields).toContain(m);
  expect(Math.max(0, ...markers)).toBe(fields.length);
  // No marker was cut in half.
  expect(embed?.description ?? '').not.toMatch(/\[\d*(…|$)/);
}

describe('checkMessageLimits', () => {
  it('accepts a plain reply and names each limit a message breaks', () => {
    expect(checkMessageLimits({ content: 'hi' })).toEqual([]);
    expect(checkMessageLimits({})).toEqual(['message is empty']);
    const problems = checkMessageLimits({
      content: 'x'.repeat(2001),
      embeds: [{ title: 't'.repeat(257), description: 'd'.repeat(4097), fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v'.repeat(1025) })), footer: { text: 'f'.repeat(2049) } }],
      components: [
        { type: 1, components: Array.from({ length: 6 }, (_, i) => ({ type: 2, custom_id: `${'c'.repeat(100)}${i}`, label: 'l'.repeat(81) })) },
        ...Array.from({ length: 5 }, () => ({ type: 1, components: [{ type: 2, custom_id: 'same', label: 'ok' }] })),
      ],
    });
    for (const fragment of ['content', 'title', 'description', '26 fields', 'field 0 value', 'footer', 'embeds in all', '6 component rows', 'row 0 has 6', 'custom_id is', 'label', 'used twice']) {
      expect(problems.join('\n')).toContain(fragment);
    }
  });

  it('checks autocomplete choices', () => {
    expect(checkChoices([{ name: 'a', value: 'b' }])).toEqual([]);
    expect(checkChoices(Array.from({ length: 26 }, () => ({ name: 'a', value: 'b' })))).toHaveLength(1);
    expect(checkChoices([{ name: 'x'.repeat(101), value: '' }])).toHaveLength(2);
  });
});

describe('cited text', () => {
  it('numbers citations in order of first use and marks lines before their final punctuation', () => {
    const a = cite(1);
    const b = cite(2);
    const { text, citations } = numberCitations([
      { text: 'First.', citations: [a] },
      { text: 'Second', citations: [b, a] },
      { text: '**Heading**', citations: [] },
    ]);
    expect(text).toBe('First [1].\nSecond [2][1]\n**Heading**');
    expect(citations).toEqual([a, b]);
  });

  it('cuts text without splitting a marker, and drops the sentence citing past the kept citations', () => {
    const text = 'One fact [1]. Another fact [2][3]. A third [4].';
    expect(keepCitations(text, 4)).toBe(text);
    expect(keepCitations(text, 2)).toBe('One fact [1]. …');
    expect(keepCitations('[2] leads.', 1)).toBe('…');
    for (let max = 1; max <= text.length; max++) {
      const cut = clipCited(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut).not.toMatch(/\[\d*…/);
    }
    expect(highestMarker(clipCited(text, 30))).toBeLessThanOrEqual(3);
  });
});

describe('renderAnswer', () => {
  it('shows the answer, a « quote » field per citation with title, date and paragraph, the confidence and buttons', () => {
    const payload = renderAnswer(answer({ text: 'Shown [1][2].', citations: [cite(1), cite(2)] }), kb);
    const embed = payload.embeds[0];
    expect(embed?.description).toBe('Shown [1][2].');
    expect(embed?.fields?.[0]?.name).toMatch(/^\[1\] .+ · .+ \d{4} · (¶\d+|caption)$/);
    expect(embed?.fields?.[0]?.value).toMatch(/^« quote number 1 .* »$/);
    expect(embed?.footer?.text).toBe('Confidence 90 % · 2 sources');
    const labels = payload.components.flatMap((r) => r.components.map((b) => b.label));
    expect(labels).toEqual(['Full passage [1]', 'Full passage [2]', 'Sources']);
    expect(payload.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(payload.flags).toBeUndefined();
    expect(renderAnswer(answer({}), kb, { ephemeral: true }).flags).toBe(64);
  });

  it('labels buttons in the answer\'s language and offers a refusal\'s suggestions as buttons', () => {
    const suggestions = kb.suggestions.slice(0, 3).map((s) => s.fr);
    const payload = renderAnswer(answer({ language: 'fr', answered: false, text: 'Je ne sais pas.', citations: [], suggestions }), kb);
    const buttons = payload.components.flatMap((r) => r.components);
    expect(buttons.map((b) => b.label)).toEqual(suggestions);
    expect(buttons.map((b) => decodeAction(b.custom_id))).toEqual([0, 1, 2].map((i) => ({ kind: 'ask', language: 'fr', suggestion: i, private: false })));
    expect(payload.embeds[0]?.description).toContain(kb.languages.fr.templates.suggest);
    // A refusal is not an answer: no "Confidence" in its footer (it has no footer at all, with no source).
    expect(payload.embeds[0]?.footer).toBeUndefined();
  });

  it('gives the help card no confidence either, whether the engine or /help builds it', () => {
    const help = renderAnswer(answer({ intent: 'help', answered: true, confidence: 1, text: kb.languages.en.templates.help, citations: [] }), kb);
    expect(help.embeds[0]?.footer).toBeUndefined();
    const declinedWithSources = renderAnswer(answer({ answered: false, confidence: 1, text: 'I do not know [1].' }), kb);
    expect(declinedWithSources.embeds[0]?.footer?.text).toBe('1 source');
    expect(renderHelp(kb, 'fr', []).embeds[0]?.footer).toBeUndefined();
  });

  it('fits a very long answer with 30 citations inside every limit, dropping whole trailing citations', () => {
    const citations = Array.from({ length: 30 }, (_, i) => cite(i + 1, `verbatim words ${i} `.repeat(40)));
    const text = citations.map((_, i) => `Sentence number ${i + 1} says a great deal ${'more '.repeat(40)}[${i + 1}].`).join(' ');
    const payload = renderAnswer(answer({ text, citations }), kb);
    expect(checkMessageLimits(payload)).toEqual([]);
    expectConsistentNumbering(payload);
    const fields = payload.embeds[0]?.fields ?? [];
    expect(fields.length).toBeGreaterThan(3);
    expect(fields.length).toBeLessThan(30);
    expect(payload.embeds[0]?.footer?.text).toContain(`${fields.length} sources`);
  });

  it('cuts an answer of 10,000 characters with an ellipsis', () => {
    const payload = renderAnswer(answer({ text: `${'word '.repeat(2000)}[1].` }), kb);
    expect(checkMessageLimits(payload)).toEqual([]);
    expect(payload.embeds[0]?.description?.endsWith('…')).toBe(true);
    expect(payload.embeds[0]?.fields ?? []).toEqual([]);
  });

  it('stays within limits and keeps numbering whole for any text and citations', () => {
    const quote = fc.string({ minLength: 1, maxLength: 2000 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 800 }), fc.integer({ min: 0, max: 3 })), { maxLength: 40 }),
        fc.array(quote, { minLength: 40, maxLength: 40 }),
        fc.string({ maxLength: 400 }),
        (sentences, quotes, title) => {
          let next = 0;
          const lines = sentences.map(([s, n]) => ({ text: s.replace(/[[\]]/g, ''), citations: Array.from({ length: n }, () => cite(next, quotes[next++ % 40])) }));
          const { text, citations } = numberCitations(lines, ' ');
          const card: Card = { language: 'en', tone: 'answer', title, text, citations, confidence: 0.5, suggestions: kb.suggestions.map((s) => s.en), sourcesButton: true };
          const payload = renderCard(card, kb);
          expect(checkMessageLimits(payload)).toEqual([]);
          expectConsistentNumbering(payload);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('other replies', () => {
  it('renders the sources, a passage, the help and a missing passage within limits', () => {
    for (const language of ['fr', 'en'] as const) {
      const sources = renderSources(kb, language);
      expect(sources.embeds).toHaveLength(kb.articles.size);
      expect(checkMessageLimits(sources)).toEqual([]);
      const editorial = [...kb.articles.values()].find((a) => a.title_editorial);
      if (editorial) expect(sources.embeds.map((e) => e.title).join('\n')).toContain(kb.languages[language].templates.editorial_title);

      const passage = renderPassage(kb, article, 1, language);
      expect(passage.flags).toBe(64);
      expect(passage.embeds[0]?.description).toBe(kb.articles.get(article)?.paragraphs[0]?.text);
      expect(checkMessageLimits(passage)).toEqual([]);
      expect(renderPassage(kb, article, 999, language).content).toBeTruthy();

      const help = renderHelp(kb, language, [{ name: 'ask', description: 'Ask' }]);
      expect(checkMessageLimits(help)).toEqual([]);
      for (const s of kb.suggestions) expect(help.embeds[0]?.description).toContain(s.fr);
    }
  });

  it('encodes button actions in custom_ids of at most 100 characters, and rejects foreign ones', () => {
    for (const action of [
      { kind: 'passage', language: 'en', article: 'an-article', paragraph: 3 },
      { kind: 'sources', language: 'fr' },
      { kind: 'ask', language: 'en', suggestion: 12, private: true },
      { kind: 'meetings', language: 'fr', page: 0 },
      { kind: 'meetings', language: 'en', page: 41, participant: 'a-person', place: 'a.place' },
      { kind: 'meetings', language: 'en', page: 2, place: 'a-place' },
      { kind: 'share', language: 'fr' },
      { kind: 'share', language: 'en', message: '123456789012345678901' },
    ] as const) {
      expect(decodeAction(encodeAction(action) ?? '')).toEqual(action);
    }
    // A page whose filter does not fit in a custom_id has no button rather than a broken one.
    expect(encodeAction({ kind: 'meetings', language: 'fr', page: 1, participant: 'p'.repeat(60), place: 'q'.repeat(40) })).toBeUndefined();
    for (const foreign of ['meetings:fr:1', 'meetings:fr:x::', 'meetings:fr:1:A B:', 'meetings:de:1::', 'meetings:fr:1:::']) expect(decodeAction(foreign)).toBeUndefined();
    expect(encodeAction({ kind: 'passage', language: 'fr', article: 'x'.repeat(100), paragraph: 1 })).toBeUndefined();
    for (const foreign of ['', 'confirm', 'ask:de:1', 'ask:fr:x', 'passage:fr:a', 'passage:a:1', 'passage:fr:a:1:2', 'sources:fr:1', 'share:de', 'share:fr:abc', 'share:fr:12', 'share:fr:123456789012345678:x']) {
      expect(decodeAction(foreign)).toBeUndefined();
    }
    expect(LIMITS.customId).toBe(100);
  });
});

describe('renderMeetings', () => {
  it('shows one page with no page buttons when all meetings fit, and otherwise pages that carry the filter', () => {
    const all = renderMeetings(kb, { language: 'en', filter: {}, page: 0 });
    const ids = (p: ReturnType<typeof renderMeetings>) => p.components.flatMap((r) => r.components).map((b) => decodeAction(b.custom_id));
    expect(ids(all).some((a) => a?.kind === 'meetings')).toBe(false);
    expect(all.embeds[0]?.footer?.text ?? '').not.toMatch(/Page/);
    // One meeting a page, narrowed to the host of the first meeting: as many pages as that host's meetings.
    const host = kb.meetings[0]?.host ?? '';
    const theirs = kb.meetings.filter((m) => m.host === host).length;
    expect(theirs).toBeGreaterThan(1);
    const first = renderMeetings(kb, { language: 'en', filter: { participant: host }, page: 0 }, { meetingsPerPage: 1 });
    expect(first.embeds[0]?.footer?.text).toContain(LABELS.en.page(1, theirs, theirs));
    expect(ids(first).filter((a) => a?.kind === 'meetings')).toEqual([{ kind: 'meetings', language: 'en', page: 1, participant: host }]);
    const last = renderMeetings(kb, { language: 'en', filter: { participant: host }, page: 99 }, { meetingsPerPage: 1 });
    expect(ids(last).filter((a) => a?.kind === 'meetings')).toEqual([{ kind: 'meetings', language: 'en', page: theirs - 2, participant: host }]);
    for (const p of [all, first, last]) expect(checkMessageLimits(p)).toEqual([]);
  });
});

describe('atPlace', () => {
  /** A made-up place: its French name, kind and article. */
  const place = (fr: string, kind: 'city' | 'country' | 'region' | 'venue', article?: string): Entity =>
    ({ id: 'x', type: 'place', kind, name: { fr, en: `${fr} (en)` }, aliases: [], narrower: [], ...(article !== undefined ? { grammar: { fr: { article } } } : {}) }) as Entity;

  it('contracts French "à" with the article of the place\'s name, by kind of place, and never says "à le" or "à les"', () => {
    const cases: [Entity, string][] = [
      [place('le Pays-Haut', 'country', 'le'), 'au Pays-Haut'],
      [place('les Îles Lointaines', 'country', 'les'), 'aux Îles Lointaines'],
      [place('la Terre-Neuve', 'country', 'la'), 'en Terre-Neuve'],
      [place("l'Estrie", 'country', "l'"), 'en Estrie'],
      [place('Bonneterre', 'country'), 'à Bonneterre'],
      [place('la Vallée Verte', 'region', 'la'), 'dans la Vallée Verte'],
      [place('le Bourg', 'city', 'le'), 'au Bourg'],
      [place('les Jardins du Nord', 'venue', 'les'), 'aux Jardins du Nord'],
      [place('la Halle', 'venue', 'la'), 'à la Halle'],
      [place("l'Arène", 'venue', "l'"), "à l'Arène"],
      [place('Villeneuve', 'city'), 'à Villeneuve'],
    ];
    for (const [p, expected] of cases) expect(atPlace(p, 'fr'), p.name.fr).toBe(expected);
    expect(atPlace(place('le Bourg', 'city', 'le'), 'en')).toBe('in le Bourg (en)');
  });

  it('names every place of the knowledge base without "à le" or "à les"', () => {
    for (const entity of kb.entities.values()) if (entity.type === 'place') expect(atPlace(entity, 'fr')).not.toMatch(/^à (le|les) /);
  });
});
