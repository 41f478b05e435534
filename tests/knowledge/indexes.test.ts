// The knowledge base's indexes (src/knowledge/indexes.ts) return exactly what
// filtering the whole base would, in the same order: on the real base and on a
// synthetic one of several copies, where a wrong key would mix them up.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { inBaseOrder, meetingsInvolvingAny, meetingsWithIds } from '../../src/knowledge/indexes.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import { involves, participants, placeAgrees } from '../../src/retrieve/graph.js';
import { buildLexicon } from '../../src/understand/lexicon.js';
import { Carrier } from '../../src/verify/carry.js';
import type { Topic } from '../../src/understand/frame.js';
import { writeSynthetic } from '../bench/synthetic.js';

const dir = mkdtempSync(join(tmpdir(), 'coverage-bot-indexes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeSynthetic(6, dir, { qualityCopies: 1 });

const bases: [string, KnowledgeBase][] = [
  ['the real base', loadKnowledge()],
  ['a synthetic base of six articles', loadKnowledge(dir)],
];

describe.each(bases)('the indexes of %s', (_, kb) => {
  const facts = [...kb.facts.values()];
  const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((x) => x.id);

  it('list the facts citing each article, naming each entity, acted in by it, with each concept and predicate', () => {
    for (const a of kb.articles.keys()) expect(ids(kb.factsCiting.get(a))).toEqual(ids(facts.filter((f) => f.evidence.some((e) => e.article === a))));
    for (const e of kb.entities.keys()) {
      expect(ids(kb.factsMentioning.get(e))).toEqual(ids(facts.filter((f) => f.mentions.includes(e) || (f.items ?? []).includes(e))));
      expect(ids(kb.factsByActor.get(e))).toEqual(ids(facts.filter((f) => f.agents.includes(e) || f.objects.includes(e) || f.speaker === e)));
      expect(ids(kb.factsByAgent.get(e))).toEqual(ids(facts.filter((f) => f.agents.includes(e))));
    }
    for (const c of kb.concepts.keys()) expect(ids(kb.factsWithConcept.get(c))).toEqual(ids(facts.filter((f) => f.concepts.includes(c))));
    for (const p of kb.predicates.keys()) expect(ids(kb.factsWithPredicate.get(p))).toEqual(ids(facts.filter((f) => f.predicates.includes(p))));
    expect(ids(inBaseOrder(kb, [...facts].reverse().concat(facts.slice(0, 3))))).toEqual(ids(facts));
    // Each index holds something, so the comparisons above compared something.
    expect(kb.factsCiting.size).toBe(kb.articles.size);
    expect(kb.factsMentioning.size).toBeGreaterThan(0);
  });

  it('list the meetings of each article, of each participant or organisation, at each place, and the leaders of each organisation', () => {
    for (const a of kb.articles.keys()) expect(ids(kb.meetingsInArticle.get(a))).toEqual(ids(kb.meetings.filter((m) => m.article === a)));
    for (const e of kb.entities.values()) {
      expect(ids(kb.meetingsInvolving.get(e.id)), e.id).toEqual(ids(kb.meetings.filter((m) => involves(kb, m, e.id))));
      expect(ids(kb.meetingsAt.get(e.id)), e.id).toEqual(ids(kb.meetings.filter((m) => placeAgrees(kb, m, e.id))));
      expect(kb.leadersOf.get(e.id) ?? []).toEqual([...kb.entities.values()].filter((p) => p.type === 'person' && p.leads.includes(e.id)).map((p) => p.id));
    }
    // Anyone's meetings, for one entity, for two (every pair with the first ten) and for none.
    const all = [...kb.entities.keys()];
    const groups = [[], ...all.map((e) => [e]), ...all.slice(0, 10).flatMap((e) => all.map((f) => [e, f]))];
    for (const people of groups) expect(ids(meetingsInvolvingAny(kb, people)), people.join(' ')).toEqual(ids(kb.meetings.filter((m) => people.some((p) => involves(kb, m, p)))));
    expect(kb.articlesByDate.map((a) => a.id)).toEqual([...kb.articles.values()].sort((a, b) => a.date.localeCompare(b.date)).map((a) => a.id));
    expect(kb.meetingsInvolving.size).toBeGreaterThan(0);
    expect(kb.meetingsAt.size).toBeGreaterThan(0);
  });

  it("give the verifier the facts carrying a concept, a word or a name, as its scan of every fact would", () => {
    const carrier = new Carrier(kb, buildLexicon(kb));
    const topics: Topic[] = [
      ...[...kb.concepts.keys()].flatMap((concept) => [false, true].map((opposite) => ({ kind: 'concept' as const, concept, surface: concept, ...(opposite ? { opposite } : {}) }) as Topic)),
      ...['cooperation', 'experience', 'coopération', 'renforcer', 'terrorisme', 'zz', 'missions'].map((word) => ({ kind: 'word' as const, word, surface: word }) as Topic),
      ...[...kb.entities.keys()].map((entity) => ({ kind: 'entity' as const, entity, surface: entity }) as Topic),
    ];
    let found = 0;
    for (const topic of topics) {
      for (const language of ['fr', 'en'] as const) {
        const expected = facts.filter((f) => carrier.carries(f, topic, language));
        expect(ids(carrier.factsCarrying(topic, language)), JSON.stringify(topic)).toEqual(ids(expected));
        // among() a long list (through the indexes) and a short one (fact by fact) agree with the scan too.
        expect(ids(carrier.among(facts, topic, language))).toEqual(ids(expected));
        expect(ids(carrier.among(facts.slice(0, 10), topic, language))).toEqual(ids(facts.slice(0, 10).filter((f) => carrier.carries(f, topic, language))));
        found += expected.length;
      }
    }
    expect(found).toBeGreaterThan(0);
    for (const p of kb.predicates.keys()) {
      // saysPredicate() is looked up in a per-predicate set: it agrees with reading each fact's predicates and what they entail.
      const says = (f: (typeof facts)[number]) => f.predicates.some((q) => carrier.entails(q, p));
      expect(ids(carrier.factsStating(p)), p).toEqual(ids(facts.filter(says)));
      expect(facts.map((f) => carrier.saysPredicate(f, p)), p).toEqual(facts.map(says));
      // A copy of a fact (not the base's own object) is read for itself.
      expect(facts.map((f) => carrier.saysPredicate({ ...f }, p)), p).toEqual(facts.map(says));
    }
  });
  it("give the verifier the facts that may involve someone, as its scan of every fact would", () => {
    const carrier = new Carrier(kb, buildLexicon(kb));
    const own = (f: (typeof facts)[number]) => [...f.agents, ...f.objects, ...(f.speaker ? [f.speaker] : [])];
    const meetingOf = (f: (typeof facts)[number]) => {
      const m = kb.entities.get(f.about);
      return m?.type === 'meeting' ? participants(m) : [];
    };
    let found = 0;
    for (const who of kb.entities.keys()) {
      const expected = facts.filter((f) => carrier.involves([...own(f), ...meetingOf(f)], who));
      const got = carrier.factsInvolving(who);
      expect(ids(got.list), who).toEqual(ids(expected));
      expect(got.set.size).toBe(got.list.length);
      // Whoever people() gives, either way, and the people of the meeting a fact is about, are among them.
      for (const f of facts) {
        if ([true, false].some((symmetric) => carrier.involves(carrier.people(f, symmetric), who)) || carrier.involves(meetingOf(f), who)) expect(got.set.has(f), `${who} ${f.id}`).toBe(true);
      }
      found += expected.length;
    }
    expect(found).toBeGreaterThan(0);
  });
  it('find the meetings of a list of ids (a conversation\'s focus), as filtering every meeting would', () => {
    const all = [...kb.entities.keys()];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...all, 'no-such-id'), { maxLength: 12 }), (some) => {
        expect(ids(meetingsWithIds(kb, some))).toEqual(ids(kb.meetings.filter((m) => some.includes(m.id))));
      }),
      { numRuns: 200 },
    );
    expect(ids(meetingsWithIds(kb, kb.meetings.map((m) => m.id).reverse()))).toEqual(ids(kb.meetings));
  });
});
