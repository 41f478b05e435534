// An organisation said where an event or a person would be: "during O",
// "met B at O" (the one event O holds), "A is at O" (where A works),
// "B, the O guy" (whose B is). Readers of the claim's amounts (amounts.ts),
// apart because they decide what an organisation stands for.
import type { Context } from './amounts.js';

/**
 * "pendant O", "during O": an organisation said as the occasion is the one event it holds. So is one said with the
 * word for an event: « l'événement O », "O's event", "the O gathering".
 */
export function readOccasionOrg({ claim, kb, reading, lexicon, of, entities, tokens, grammar, afterLocative }: Context): void {
  const occasions = of('marker').filter((m) => m.marker === 'occasion');
  // ("met B at O", "the bilateral meetings A is doing at O": meetings at an organisation that holds one event were at that
  // event; "A is at O", no meeting said, is where A works: readAtOrganisation.)
  // (Asked only of an organisation after a locative: the phrase pass over the tokens is not every sentence's.)
  const ofMeetings = () => claim.ofMeeting || claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'meeting')) || lexicon.languages[reading.language].countTargets.all(tokens).some((m) => m.value === 'meeting');
  // ("after O wrapped up": said before or after, it is the event in time, which the readers of order after this one read.)
  const ordering = of('marker').filter((m) => m.marker === 'before' || m.marker === 'after');
  entities.forEach((e, i) => {
    const held = kb.eventsHeldBy.get(e.entity) ?? [];
    if (e.type !== 'organisation' || held.length !== 1 || !held[0] || !ordering.some((m) => e.start >= m.end && e.start - m.end <= 1)) return;
    entities[i] = { ...e, entity: held[0], type: 'event' };
    claim.participants = claim.participants.filter((x) => x.start !== e.start);
  });
  const events = of('generic').filter((g) => g.what === 'event');
  // (Only grammar words between, two at most: « l'événement de l'O », "the event of O".)
  const grammarWords = of('function');
  const glued = (from: number, to: number) => to >= from && to - from <= 2 && Array.from({ length: to - from }, (_, k) => from + k).every((i) => grammarWords.some((f) => f.start <= i && i < f.end));
  // ("O a organisé son assemblée", "O held its assembly": the event word said as the one organisation's own.)
  const orgs = claim.participants.filter((x) => x.type === 'organisation');
  const owned = events.some((g) => grammar.possessive.has(tokens[g.start - 1] ?? '')) && orgs.length === 1;
  const withEventWord = (x: { start: number; end: number }) => owned || events.some((g) => glued(g.end, x.start) || glued(x.end, g.start));
  const occasion = (x: { start: number; end: number }) => occasions.some((m) => x.start >= m.end && x.start - m.end <= 1) || withEventWord(x) || (afterLocative(x) && ofMeetings());
  for (const p of claim.participants.filter((x) => x.type === 'organisation' && occasion(x))) {
    const held = kb.eventsHeldBy.get(p.entity) ?? [];
    if (held.length !== 1 || !held[0]) continue;
    claim.participants = claim.participants.filter((x) => x !== p);
    claim.events.push({ entity: held[0], type: 'event', via: p.via, surface: p.surface, start: p.start, end: p.end, fuzzy: p.fuzzy });
    // (The word for an event is then that event, named, as « l'AG d'O » would be: not some event asked for.)
    if (withEventWord(p)) claim.generic.delete('event');
  }
}

/** "A is (his counterpart) at the U", « A est à l'U »: with no verb, someone said to be at an organisation is one of its people. */
export function readAtOrganisation({ claim, kb, terms, tokens, afterLocative }: Context): void {
  if (claim.predicates.length) return;
  const person = claim.participants.find((p) => p.start >= 0 && kb.entities.get(p.entity)?.type === 'person');
  const org = person && claim.participants.find((p) => p.start > person.end && kb.entities.get(p.entity)?.type === 'organisation');
  if (!person || !org) return;
  const is = terms.some((t) => t.kind === 'marker' && (t.marker === 'opener' || t.marker === 'passive') && t.start >= person.end && t.end <= org.start);
  // (Not "at the O venue": the organisation names a place there, it is not where someone is.)
  const modifies = tokens[org.end] !== undefined && !terms.some((t) => t.start === org.end && (t.kind === 'function' || t.kind === 'marker'));
  // (Nor "a été élu à un poste à O": a word said between is what happened there, which no record may hold.)
  const said = terms.some((t) => t.start >= person.end && t.end <= org.start && (t.kind === 'word' || t.kind === 'title' || t.kind === 'concept' || t.kind === 'generic' || t.kind === 'number'));
  if (!is || !afterLocative(org) || modifies || said) return;
  claim.affiliations.push({ person: person.entity, org: org.entity, surface: org.surface, at: true });
  claim.participants = claim.participants.filter((p) => p !== org);
}

/**
 * "B, the O guy, …", « B, le mec de l'O, … »: someone said, between commas, to be one of an organisation's people —
 * which organisation they are of, not someone else met.
 */
export function readApposedMember({ claim, kb, reading, terms, of }: Context): void {
  const people = of('generic').filter((g) => g.what === 'person');
  for (const person of claim.participants.filter((p) => p.start >= 0 && kb.entities.get(p.entity)?.type === 'person' && reading.clauses.includes(p.end))) {
    // (The organisation and the word for a person next to each other, only grammar words before them.)
    const org = claim.participants.find((o) => o.start > person.end && kb.entities.get(o.entity)?.type === 'organisation' && terms.every((t) => t.end <= person.end || t.start >= o.start || t.kind === 'function'));
    const who = org && people.find((g) => g.start === org.end || (g.end === org.start && g.start > person.end));
    if (!org || !who) continue;
    claim.affiliations.push({ person: person.entity, org: org.entity, surface: org.surface });
    claim.participants = claim.participants.filter((p) => p !== org);
    claim.generic.delete('person');
  }
}
