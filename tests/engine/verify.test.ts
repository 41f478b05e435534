// The verifier as a specification: a claim, the facts it is judged against,
// the verdict and why. It is judged here on the made-up third article
// (tests/fixtures/third-article: Ana Ribeiro, head of the Port Authority,
// received Lars Berg, head of the Nordic Water Agency, on Tuesday 10 March
// 2026 in Lisbon; they discussed tides and floods; a Port Authority
// communiqué), so the table shows the mechanism, not the two real articles.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { frameQuestion } from '../../src/understand/frame.js';
import { detectLanguage, readSentence } from '../../src/understand/read.js';
import { Carrier } from '../../src/verify/carry.js';
import { judge } from '../../src/verify/judge.js';
import type { Dimension, Gap, Verdict } from '../../src/verify/verdict.js';
import { knowledgeWithThirdArticle } from '../support/knowledge.js';

const engine = createEngine(loadKnowledge(knowledgeWithThirdArticle()));
const carrier = new Carrier(engine.kb, engine.lexicon);

function judged(statement: string) {
  const language = detectLanguage(statement, engine.lexicon);
  const query = frameQuestion(readSentence(statement, engine.kb, engine.lexicon, language), engine.kb, engine.lexicon);
  return judge(query.claim, { kb: engine.kb, carrier, language, focus: [], rank: (facts, limit) => facts.slice(0, limit), isFunctionWord: () => false, presupposed: false });
}

type Why = Dimension | Gap['kind'] | undefined;

// claim                                                        verdict          why                facts that show it
const TABLE: [string, Verdict, Why, string[]][] = [
  // Who met whom: the meeting record and the facts that carry it.
  ['Ribeiro received Berg.', 'supported', undefined, ['lisbon.who']],
  ['Ana Ribeiro a reçu Lars Berg à Lisbonne.', 'supported', undefined, ['lisbon.who']],
  ['Berg received Ribeiro.', 'contradicted', 'role', []],
  ['Ribeiro met Zouev.', 'not_stated', 'pairing', []],
  // Where, when, in which building: only a pinned meeting can say otherwise.
  ['Ribeiro received Berg in Porto.', 'contradicted', 'place', ['lisbon.when']],
  ['Ribeiro received Berg in Rabat.', 'contradicted', 'place', ['lisbon.when']],
  ['Ribeiro a reçu Berg le lundi 10 mars 2026.', 'contradicted', 'date', ['lisbon.when']],
  ['Ribeiro received Berg on 11 March.', 'contradicted', 'date', ['lisbon.when']],
  ['Ribeiro received Berg at the airport.', 'not_stated', 'words', []],
  // A verb the reader does not know is not a meeting: another day does not deny it.
  ['Berg departed Lisbon on 11 March.', 'not_stated', 'words', []],
  // What was said: every topic carried by a fact of that meeting, or not said.
  ['Ribeiro and Berg discussed floods.', 'supported', undefined, ['lisbon.why']],
  ['Ribeiro et Berg ont parlé des marées.', 'supported', undefined, ['lisbon.why']],
  ['Ribeiro and Berg discussed fishing.', 'not_stated', 'words', []],
  ['Ribeiro and Berg discussed tides and fishing quotas.', 'not_stated', 'words', []],
  // Who someone is: the title and organisation the articles give them.
  ['Ribeiro leads the Port Authority.', 'supported', undefined, ['ribeiro.role']],
  ['Ribeiro is the boss of the Port Authority.', 'supported', undefined, ['ribeiro.role']],
  ['Ribeiro is the boss of the Nordic Water Agency.', 'contradicted', 'organisation', ['ribeiro.role']],
  ['Ribeiro works for the Nordic Water Agency.', 'contradicted', 'organisation', ['ribeiro.role']],
  // Earlier posts are never given; a past said of another post than theirs is no denial of theirs.
  ['Ribeiro used to lead the Port Authority.', 'not_stated', 'unknown', []],
  ['Ribeiro était auparavant directrice de la Port Authority.', 'not_stated', 'unknown', []],
  // Berg's role is in the records but no fact quotes it: without a quote, no contradiction.
  ['Berg works for the Port Authority.', 'not_stated', 'element', []],
  ['Berg is Swedish.', 'not_stated', 'words', []],
  // Who issued the communiqué.
  ["The Port Authority's communiqué reported the meeting.", 'supported', undefined, ['lisbon.source']],
  ["The Nordic Water Agency's communiqué reported the Lisbon meeting.", 'contradicted', 'issuer', ['lisbon.source']],
  // What will happen is never reported.
  ['Ribeiro will meet Berg again.', 'not_stated', 'unknown', []],
  // Order and rank: one meeting against the others around it; with no other, no rank.
  ['Ribeiro received Berg first.', 'not_stated', 'element', []],
  ['Berg a été reçu en premier.', 'not_stated', 'element', []],
  // A figure nothing counts is one the articles do not give; a count of those met is checked.
  ['Ribeiro and Berg discussed 40 floods.', 'not_stated', 'words', []],
  ['Ribeiro received 1,700 officials.', 'contradicted', 'count', ['lisbon.who']],
  // An event left unnamed, for a meeting the articles tie to no event.
  ['Berg came to Lisbon for a conference.', 'not_stated', 'unknown', []],
  // People of one body said to have met one another: the records must show two of them at one meeting.
  ['The Port Authority people met each other.', 'not_stated', 'element', []],
  // What every meeting shares: one that differs says otherwise.
  ['Both meetings were reported by the same body.', 'contradicted', 'issuer', ['lisbon.source']],
];

describe('the verifier, claim by claim', () => {
  it.each(TABLE)('%s → %s (%s)', (statement, verdict, why, facts) => {
    const j = judged(statement);
    expect(j?.verdict, JSON.stringify(j?.findings.map((f) => [f.verdict, f.dimension, f.gaps]))).toBe(verdict);
    if (verdict === 'contradicted') expect(j?.dimension).toBe(why);
    if (verdict === 'not_stated' && why) expect(j?.gaps.map((g) => g.kind)).toContain(why);
    for (const id of facts) expect(j?.facts.map((f) => f.id)).toContain(id);
    // A contradiction is only ever said with the facts that show it.
    if (verdict === 'contradicted') expect(j?.facts.length).toBeGreaterThan(0);
  });

  it('says nothing of a sentence with nothing to check', () => {
    expect(judged('hello there')).toBeUndefined();
  });

  it('checks the new article through engine.check too, with its quotes', () => {
    const report = engine.check('Ribeiro received Berg in Porto, and they discussed floods.');
    expect(report.claims.map((c) => c.verdict)).toEqual(['contradicted', 'supported']);
    expect(report.citations.every((c) => c.article === 'lisbon-2026-03-10')).toBe(true);
  });
});
