/**
 * A check report as Discord shows it (src/render/check.ts): one verdict line
 * per claim, the elements of a mixed claim on sub-lines, numbered quotes, the
 * tally and the notes, within Discord's limits whatever the message.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Citation, KnowledgeBase } from '../../src/knowledge/types.js';
import { renderCheck, renderSharedCheck, renderSharedNotice, VERDICT_ICONS } from '../../src/render/check.js';
import { decodeAction } from '../../src/render/custom-id.js';
import { LABELS } from '../../src/render/labels.js';
import { checkMessageLimits } from '../../src/render/limits.js';
import { COLOURS } from '../../src/render/options.js';
import type { Embed, ReplyPayload } from '../../src/render/payload.js';
import type { CheckReport, CheckedClaim, Verdict } from '../../src/types.js';
import { hostileMessage } from '../support/arbitraries.js';

let kb: KnowledgeBase;
let engine: Engine;
beforeAll(() => {
  kb = loadKnowledge();
  engine = createEngine(kb);
});

/** The example of the issue: the place is wrong, the occasion right, the World Cup not in the coverage. */
const EXAMPLE = "Hammouchi a reçu le chef de la police de l'ONU à Rabat pendant l'AG d'Interpol, et ils ont parlé de la Coupe du monde 2030.";

const VERDICT_LINE = /^(\u2003↳ )?(✅|❌|❔) /;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** The engine's own words (explanations, notes) are whole characters; only what users typed may hold broken ones. */
const whole = (s: string) => s.replace(new RegExp(LONE_SURROGATE, 'g'), '');

const embedOf = (payload: ReplyPayload): Embed => payload.embeds[0] ?? {};
const verdictLines = (payload: ReplyPayload) => (embedOf(payload).description ?? '').split('\n').filter((l) => VERDICT_LINE.test(l));

/** Every [n] of the description has its field "[n] …", fields are numbered 1…k, every field is cited, no marker is cut. */
function expectConsistentNumbering(payload: ReplyPayload): void {
  const embed = embedOf(payload);
  // (A bracket the user typed is sent escaped, "\[6": no marker of ours.)
  const markers = [...(embed.description ?? '').matchAll(/(?<!\\)\[(\d+)\]/g)].map((m) => Number(m[1]));
  const fields = (embed.fields ?? []).map((f) => Number(/^\[(\d+)\]/.exec(f.name)?.[1]));
  expect(fields).toEqual(fields.map((_, i) => i + 1));
  expect(new Set(markers)).toEqual(new Set(fields));
  expect(embed.description ?? '').not.toMatch(/(?<!\\)\[\d*…/);
}

/** Every text of a payload, to look for what must never be sent. */
const texts = (payload: ReplyPayload) => [
  payload.content ?? '',
  ...payload.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]),
  ...payload.components.flatMap((r) => r.components.map((b) => b.label)),
];

const cite = (i: number, quote = `quote number ${i} `.repeat(3)): Citation => ({ article: [...kb.articles.keys()][i % kb.articles.size] as string, paragraph: 1, quote });

function claim(over: Partial<CheckedClaim>): CheckedClaim {
  return { text: 'A claim', start: 0, end: 7, verdict: 'supported', explanation: 'The articles say so [1].', cites: [1], facts: [], ...over };
}

function report(over: Partial<CheckReport>): CheckReport {
  return { language: 'en', claims: [claim({})], unchecked: [], setAside: [], summary: '1 claim checked: 1 supported by the coverage.', notes: [], citations: [cite(1)], ...over };
}

describe('renderCheck on the issue\'s example', () => {
  it('shows the claim, then one sub-line per element (❌ the place, with the right one; ✅ the occasion), then ❔ the World Cup', () => {
    const checked = engine.check(EXAMPLE, { locale: 'fr' });
    const payload = renderCheck(checked, kb, { ephemeral: true, share: {} });
    const lines = verdictLines(payload);
    // Where the UN police chief was received, and on what occasion, as the knowledge records it.
    const meeting = kb.meetings.find((m) => m.occasion);
    const city = kb.entities.get(meeting?.city ?? '')?.name.fr ?? '?';
    const event = kb.entities.get(meeting?.occasion ?? '');
    expect(lines[0]).toMatch(/^❌ \*\*« Hammouchi a reçu le chef de la police de l'ONU à Rabat pendant l'AG d'Interpol »\*\*$/);
    const place = lines.find((l) => l.includes('« Rabat »'));
    expect(place).toMatch(/^\u2003↳ ❌ /);
    expect(place).toContain(city);
    const occasion = lines.find((l) => l.includes("« AG d'Interpol »"));
    expect(occasion).toMatch(/^\u2003↳ ✅ /);
    expect(occasion).toContain(event?.name.fr.replace(/^la /, '').split(' ')[0] ?? '?');
    expect(lines.at(-1)).toMatch(/^❔ \*\*« ils ont parlé de la Coupe du monde 2030 »\*\* — /);
    expect(lines).toHaveLength(4);
    // The mixed claim's own explanation is not repeated above its elements'.
    expect(lines[0]).not.toContain(' — ');
  });

  it('cites verbatim quotes with their article, date and paragraph, numbered as the text shows them', () => {
    const payload = renderCheck(engine.check(EXAMPLE, { locale: 'fr' }), kb, { ephemeral: true, share: {} });
    expectConsistentNumbering(payload);
    const fields = embedOf(payload).fields ?? [];
    expect(fields.length).toBeGreaterThan(2);
    for (const field of fields) {
      const quote = field.value.replace(/^« |…? »$/g, '');
      const article = [...kb.articles.values()].find((a) => field.name.includes(a.date.slice(0, 4)) && a.paragraphs.some((p) => p.text.includes(quote)));
      expect(article, field.value).toBeDefined();
    }
    const first = /\[(\d+)\]/.exec(embedOf(payload).description ?? '')?.[1];
    expect(first).toBe('1');
  });

  it('speaks the message\'s language: title, button, tally', () => {
    const fr = renderCheck(engine.check(EXAMPLE, { locale: 'en-US' }), kb, { share: {} });
    expect(embedOf(fr).title).toBe(LABELS.fr.checkTitle);
    expect(fr.components[0]?.components[0]?.label).toBe(LABELS.fr.share);
    expect(embedOf(fr).footer?.text).toMatch(/^2 affirmations/);
    const en = renderCheck(engine.check('Hammouchi received Zouev in Rabat.', { locale: 'fr' }), kb, { share: {} });
    expect(embedOf(en).title).toBe(LABELS.en.checkTitle);
    expect(en.components[0]?.components[0]?.label).toBe(LABELS.en.share);
  });
});

describe('renderCheck', () => {
  it('marks each verdict with its icon and colours the report by its worst verdict', () => {
    const verdicts: Verdict[] = ['supported', 'not_stated', 'contradicted'];
    const payload = renderCheck(report({ claims: verdicts.map((verdict, i) => claim({ verdict, text: `Claim ${i}`, explanation: `Said [${i + 1}].` })), citations: [cite(1), cite(2), cite(3)] }), kb);
    expect(verdictLines(payload).map((l) => l.slice(0, 1))).toEqual(['✅', '❔', '❌']);
    expect(embedOf(payload).color).toBe(COLOURS.contradicted);
    expect(embedOf(renderCheck(report({ claims: [claim({ verdict: 'not_stated' })] }), kb)).color).toBe(COLOURS.declined);
    expect(embedOf(renderCheck(report({}), kb)).color).toBe(COLOURS.answer);
    expect(VERDICT_ICONS).toEqual({ supported: '✅', contradicted: '❌', not_stated: '❔' });
  });

  it('puts the tally, then the notes, under the quotes; with nothing checked the tally is the report, and there is nothing to share', () => {
    const notes = ['Set aside: a question (ask it with /ask).'];
    const some = renderCheck(report({ notes }), kb, { share: {} });
    expect(embedOf(some).footer?.text).toBe(`1 claim checked: 1 supported by the coverage.\n${notes[0]}`);
    const none = renderCheck(report({ claims: [], citations: [], summary: 'This message makes no claim the coverage could check.', notes }), kb, { share: {} });
    expect(embedOf(none).description).toBe('This message makes no claim the coverage could check.');
    expect(embedOf(none).footer?.text).toBe(notes[0]);
    expect(none.components).toEqual([]);
    expect(checkMessageLimits(none)).toEqual([]);
  });

  it('numbers only the quotes its lines show: a mixed claim\'s own explanation gives way to its elements\'', () => {
    const mixed = claim({
      verdict: 'contradicted',
      explanation: 'Not so [1].',
      parts: [
        { text: 'there', start: 0, end: 5, verdict: 'contradicted', explanation: 'Elsewhere [2].', cites: [2] },
        { text: 'then', start: 6, end: 10, verdict: 'supported', explanation: 'Right [3][2].', cites: [3, 2] },
      ],
    });
    const payload = renderCheck(report({ claims: [mixed], citations: [cite(1, 'one'), cite(2, 'two'), cite(3, 'three')] }), kb);
    expect(embedOf(payload).description).toBe('❌ **« A claim »**\n\u2003↳ ❌ « there » — Elsewhere [1].\n\u2003↳ ✅ « then » — Right [2][1].');
    expect((embedOf(payload).fields ?? []).map((f) => f.value)).toEqual(['« two »', '« three »']);
  });

  it('quotes a claim as written but inert: Markdown escaped, its « » kept from closing the quote, on one line', () => {
    const payload = renderCheck(report({ claims: [claim({ text: '**Hammouchi** met `Zouev`\n in « Rabat » <@123> [1] ||x|| (https://example.com/a_b)', explanation: 'Yes [1].' })] }), kb);
    expect(verdictLines(payload)[0]).toBe('✅ **« \\*\\*Hammouchi\\*\\* met \\`Zouev\\` in ‹ Rabat › \\<@123\\> \\[1\\] \\|\\|x\\|\\| (example.com/a\\_b) »** — Yes [1].');
    expectConsistentNumbering(payload);
  });

  it('offers the share button, carrying the report\'s language and the message checked', () => {
    const payload = renderCheck(report({ language: 'fr' }), kb, { ephemeral: true, share: { message: '123456789012345678' } });
    const button = payload.components[0]?.components[0];
    expect(button?.label).toBe('Partager dans le salon');
    expect(decodeAction(button?.custom_id ?? '')).toEqual({ kind: 'share', language: 'fr', message: '123456789012345678' });
    expect(payload.flags).toBe(64);
    expect(payload.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(renderCheck(report({}), kb).components).toEqual([]);
  });

  it('shares the report as it was shown, saying who shared it and linking the message, pinging no one', () => {
    const shown = renderCheck(report({}), kb, { ephemeral: true, share: {} });
    const embeds = shown.embeds.map((e) => ({ title: e.title ?? null, description: e.description ?? null, color: e.color ?? null, fields: e.fields ?? [], footer: e.footer ?? null }));
    const shared = renderSharedCheck(embeds, 'en', '42', 'https://discord.com/channels/1/2/3');
    expect(shared.content).toBe('Check of a [message](https://discord.com/channels/1/2/3), shared by <@42>.');
    expect(shared.embeds).toEqual(shown.embeds);
    expect(shared.flags).toBeUndefined();
    expect(shared.components).toEqual([]);
    expect(shared.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(renderSharedCheck(embeds, 'fr', '42').content).toBe('Vérification partagée par <@42>.');
    const mine = renderSharedNotice(embeds, 'en');
    expect(mine).toMatchObject({ content: 'Shared in the channel.', components: [], flags: 64 });
    expect(mine.embeds).toEqual(shown.embeds);
  });
});

describe('renderCheck within Discord\'s limits', () => {
  /** A sentence of an explanation (the engine's words, so no quote marks of the user's), citing some of the report's quotes. */
  const sentence = (n: number) =>
    fc.tuple(hostileMessage(300), fc.array(fc.integer({ min: 1, max: n + 2 }), { maxLength: 3 })).map(([s, m]) => `${whole(s).replace(/[[\]«»]/g, '')} ${m.map((i) => `[${i}]`).join('')}.`);
  const explanation = (n: number) => fc.array(sentence(n), { maxLength: 6 }).map((s) => s.join(' '));
  const verdict = fc.constantFrom<Verdict>('supported', 'contradicted', 'not_stated');

  /** Any report the engine could make, and worse: 5 claims of up to 4,000 characters, a dozen elements, 40 long quotes, long notes. */
  const reports = fc.integer({ min: 0, max: 40 }).chain((n) =>
    fc.record({
      language: fc.constantFrom('fr' as const, 'en' as const),
      claims: fc.array(
        fc.record({
          text: hostileMessage(4000),
          verdict,
          explanation: explanation(n),
          parts: fc.option(fc.array(fc.record({ text: hostileMessage(400), verdict, explanation: explanation(n) }), { maxLength: 12 }), { nil: undefined }),
        }),
        { maxLength: 5 },
      ),
      citations: fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1500 }), { minLength: n, maxLength: n }),
      summary: fc.string({ minLength: 1, maxLength: 200 }),
      notes: fc.array(hostileMessage(3000).map(whole), { maxLength: 3 }),
    }),
  );

  /** A generated report as the renderer receives it. */
  const reportOf = (r: GeneratedReport): CheckReport => ({
    language: r.language,
    claims: r.claims.map(({ parts, ...c }) => ({ ...c, start: 0, end: c.text.length, cites: [], facts: [], ...(parts ? { parts: parts.map((p) => ({ ...p, start: 0, end: 0, cites: [] })) } : {}) })),
    unchecked: [],
    setAside: [],
    summary: r.summary,
    notes: r.notes,
    citations: r.citations.map((quote, i) => cite(i, quote)),
  });
  type GeneratedReport = typeof reports extends fc.Arbitrary<infer R> ? R : never;

  it('any report: valid payload, every verdict line shown, numbering whole, no surrogate split, quotes closed', () => {
    fc.assert(
      fc.property(reports, fc.option(fc.constantFrom('123456789012345678901', '1'), { nil: undefined }), (r, message) => {
        const checked = reportOf(r);
        const payload = renderCheck(checked, kb, { ephemeral: true, share: message ? { message } : {} });
        expect(checkMessageLimits(payload)).toEqual([]);
        const lines = checked.claims.flatMap((c) => [c, ...(c.parts ?? [])]);
        if (checked.claims.length) {
          expect(verdictLines(payload).map((l) => (VERDICT_LINE.exec(l)?.[2] ?? ''))).toEqual(lines.map((l) => VERDICT_ICONS[l.verdict]));
          expect(embedOf(payload).footer?.text.startsWith(r.summary.slice(0, 100))).toBe(true);
        }
        expectConsistentNumbering(payload);
        for (const text of texts(payload)) expect(text).not.toMatch(LONE_SURROGATE);
        const description = embedOf(payload).description ?? '';
        expect(description.split('«').length).toBe(description.split('»').length);
      }),
      // Shrinking such reports is slow: a failure is reported within a minute, shrunk as far as it got.
      { numRuns: 100, interruptAfterTimeLimit: 60_000 },
    );
  });

  it('a report whose cut explanations renumber a quote longer ("[9]" to "[10]") still closes every quote (seed that found it)', () => {
    fc.assert(
      fc.property(reports, (r) => {
        const payload = renderCheck(reportOf(r), kb, { ephemeral: true, share: { message: '123456789012345678901' } });
        expect(checkMessageLimits(payload)).toEqual([]);
        const description = embedOf(payload).description ?? '';
        expect(description.split('«').length).toBe(description.split('»').length);
      }),
      { numRuns: 60, seed: 393981767, interruptAfterTimeLimit: 60_000 },
    );
  });

  it('the worst report at once: 5 claims of 4,000 characters with 12 elements each, 40 quotes of 1,000, long notes', () => {
    const citations = Array.from({ length: 40 }, (_, i) => cite(i, `${i} ${'verbatim words '.repeat(70)}`));
    const said = (from: number) => Array.from({ length: 8 }, (_, i) => `${'The articles say something else entirely, at length. '.repeat(4)}[${((from + i) % 40) + 1}].`).join(' ');
    const claims = Array.from({ length: 5 }, (_, c) =>
      claim({
        text: `${'**Claim** 👩‍👩‍👧 '.repeat(300)}`.slice(0, 4000),
        verdict: 'contradicted',
        explanation: said(c),
        parts: Array.from({ length: 12 }, (_, p) => ({ text: `élément ${'x'.repeat(395)}`, start: 0, end: 0, verdict: 'not_stated' as const, explanation: said(c * 12 + p), cites: [] })),
      }),
    );
    const payload = renderCheck(report({ claims, citations, notes: ['n'.repeat(5000), 'm'.repeat(5000)] }), kb, { ephemeral: true, share: { message: '123456789012345678' } });
    expect(checkMessageLimits(payload)).toEqual([]);
    expect(verdictLines(payload)).toHaveLength(5 + 5 * 12);
    expectConsistentNumbering(payload);
    for (const text of texts(payload)) expect(text).not.toMatch(LONE_SURROGATE);
  });

  it('a 4,000-character message of many claims, through the engine: five verdict lines, the rest named unchecked, within the limits', () => {
    // Claims the articles support, contradict or never make, as people write them, padded to Discord's longest message.
    const pool = [
      EXAMPLE,
      'Zouev met Hammouchi in Rabat on 1 December 2025, and they discussed counter-terrorism cooperation in the Sahel and the security of major sporting events.',
      "Faisal Shahkar, chef de la police des Nations Unies, a été reçu à Marrakech par Abdellatif Hammouchi, en marge de la 93e Assemblée générale d'Interpol.",
      'Hammouchi met Shahkar in Paris in 2019 during a summit of the African Union.',
      "L'ONU a demandé un renforcement de la coopération avec la DGSN, notamment pour la formation des casques bleus.",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 30, maxLength: 40 }), fc.string({ maxLength: 200 }), (sentences, noise) => {
        const message = `${sentences.join(' ')} ${noise}`.slice(0, 4000);
        const checked = engine.check(message);
        const payload = renderCheck(checked, kb, { ephemeral: true, share: { message: '123456789012345678' } });
        expect(checkMessageLimits(payload)).toEqual([]);
        expect(checked.claims).toHaveLength(5);
        expect(verdictLines(payload).filter((l) => !l.startsWith('\u2003'))).toHaveLength(5);
        expect(checked.unchecked.length).toBeGreaterThan(0);
        expect(embedOf(payload).footer?.text).toContain(checked.notes.at(-1)?.slice(0, 20));
        expectConsistentNumbering(payload);
      }),
      { numRuns: 12, interruptAfterTimeLimit: 60_000 },
    );
  });
});

describe('the claims past the limit, quoted in the footer', () => {
  // (A long sixth claim was cut mid-quote: the footer opened a « it never closed.)
  it('closes the quote the footer cuts', () => {
    const claims = ['Hammouchi a reçu Zouev à Rabat.', 'Il a reçu Shahkar à Marrakech.', 'Shahkar dirige la police de l’ONU.', 'Zouev est nouveau.', 'L’AG se termine le 27 novembre.'];
    const text = [...claims, `Hammouchi a reçu ${'un responsable '.repeat(400)}à Rabat.`].join(' ');
    const footer = renderCheck(engine.check(text), engine.kb).embeds[0]?.footer?.text ?? '';
    expect(footer).toContain('«');
    expect(footer.split('«').length).toBe(footer.split('»').length);
  });
});
