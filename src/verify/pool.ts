// The facts a claim about every meeting is checked against. A claim that names
// no one and no meeting ("did they talk about sport?") is about all of them: at
// a thousand articles, every fact of a thousand meetings. That list, and what is
// drawn from it for a predicate or a topic, is the same at every such question,
// so it is gathered once per base (lasting lists, knowledge/fact-marks.ts) and
// each question ranks it rather than gathering and filtering it again.
import type { Meeting } from '../knowledge/schema.js';
import { derivedFrom, lastingList, placesOf } from '../knowledge/fact-marks.js';
import type { Fact, KnowledgeBase, Language } from '../knowledge/types.js';
import type { Topic } from '../understand/frame.js';
import type { Carrier } from './carry.js';

const everyMeeting = new WeakMap<KnowledgeBase, readonly Fact[]>();

/** Whether these meetings are every meeting of the base, in its order. */
export function isEveryMeeting(kb: KnowledgeBase, meetings: readonly Meeting[]): boolean {
  if (meetings.length !== kb.meetings.length) return false;
  for (let i = 0; i < meetings.length; i++) if (meetings[i] !== kb.meetings[i]) return false;
  return true;
}

/** The facts of these meetings, meeting by meeting (each one's as kb.factsAbout lists them), then `extra`: a lasting list when it is every meeting's and nothing more. */
export function meetingPool(kb: KnowledgeBase, meetings: readonly Meeting[], extra: readonly Fact[] = []): readonly Fact[] {
  if (!extra.length && isEveryMeeting(kb, meetings)) {
    let all = everyMeeting.get(kb);
    if (!all) everyMeeting.set(kb, (all = lastingList(kb, kb.meetings.flatMap((m) => kb.factsAbout.get(m.id) ?? []))));
    return all;
  }
  const pool: Fact[] = [];
  for (const m of meetings) for (const f of kb.factsAbout.get(m.id) ?? []) pool.push(f);
  for (const f of extra) pool.push(f);
  return pool;
}

/** The facts of a list that state every one of these predicates, in its order (remembered for a lasting list). */
export function stating(kb: KnowledgeBase, carrier: Carrier, facts: readonly Fact[], predicates: readonly string[]): readonly Fact[] {
  const filter = () => facts.filter((f) => predicates.every((p) => carrier.saysPredicate(f, p)));
  if (!placesOf(facts)) return filter();
  return derivedFrom(facts, `stating\u0000${predicates.join('\u0000')}`, () => lastingList(kb, filter()));
}

/** carrier.among(), remembered for a lasting list: the same facts, in the same order. */
export function carrying(kb: KnowledgeBase, carrier: Carrier, facts: readonly Fact[], topic: Topic, language: Language): readonly Fact[] {
  if (!placesOf(facts)) return carrier.among(facts, topic, language);
  // What among() reads of a topic: its concept (and whether it is the opposite), its entity, or its word in that language.
  const key = topic.kind === 'concept' ? `concept\u0000${topic.concept}\u0000${topic.opposite === true}` : topic.kind === 'entity' ? `entity\u0000${topic.entity}` : `word\u0000${topic.word}\u0000${language}`;
  return derivedFrom(facts, `carrying\u0000${key}`, () => lastingList(kb, carrier.among(facts, topic, language)));
}

/** The meetings (in the base's order) that some of these facts are about; remembered for a lasting list (a copy each time: the caller may keep it). */
export function meetingsOf(facts: readonly Fact[], kb: KnowledgeBase): Meeting[] {
  const find = () => {
    const about = new Set(facts.map((f) => f.about));
    return kb.meetings.filter((m) => about.has(m.id));
  };
  return placesOf(facts) ? [...derivedFrom(facts, 'meetings', find)] : find();
}
