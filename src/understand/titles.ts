// Titles said of someone: next to their name, or across "is" ("A is a
// minister", "A, the O president"), with the organisation they are of; a title
// of someone named as another's ("B's boss", « son adjoint ») is someone else.
import type { KnowledgeBase } from '../knowledge/types.js';
import { affiliations } from '../retrieve/graph.js';
import { fold } from '../language/normalize.js';
import type { Claim, EntityTerm } from './claim-types.js';
import { grammarOf, type Lexicon } from './lexicon.js';
import type { Reading, TermOf } from './read.js';

type Span = { start: number; end: number };

/** What the claim's reader already knows of the sentence, that titles are read with. */
export interface TitleContext {
  reading: Reading;
  kb: KnowledgeBase;
  lexicon: Lexicon;
  entities: EntityTerm[];
  /** People by their names. */
  aliases: EntityTerm[];
  predicates: TermOf<'predicate'>[];
  /** Two spans with only glue words between. */
  linked: (a: Span, b: Span) => boolean;
  /** A word that may stand between a name and what is said of it. */
  glue: (w: string) => boolean;
  /** Said in what capacity ("as O's head"). */
  inCapacity: (t: { start: number }) => boolean;
  /** The organisation no article names, right after a title. */
  unknownOrgAfter: (end: number) => { unknownOrg?: string };
}

/** "T de l'OV": a title's organisation that the coverage never names, right after it. */
export function unknownNameAfter(reading: Reading, glue: (w: string) => boolean, end: number): { unknownOrg?: string } {
  const { tokens, terms } = reading;
  let i = end;
  while (i < tokens.length && glue(tokens[i] ?? '')) i++;
  if (i === end) return {};
  const w = terms.find((t) => t.start === i && t.kind === 'word');
  return w?.kind === 'word' && /^\p{Lu}/u.test(w.surface) ? { unknownOrg: w.surface } : {};
}

/** A name that only says which meeting ("the C meeting", "C's meeting"): no one a title or a deed is said of. */
export function namesMeeting(reading: Reading, lexicon: Lexicon, a: Span): boolean {
  const possessive = grammarOf(lexicon).possessive;
  return reading.terms.some((x) => x.kind === 'generic' && x.what === 'meeting' && (x.start === a.end || (x.start === a.end + 1 && possessive.has(reading.tokens[a.end] ?? ''))));
}

/** Whether a title's words say that one heads ("head", « chef »), not a word that may mean any official (« responsable »). */
export function saysHeads(grammar: ReturnType<typeof grammarOf>, words: readonly string[]): boolean {
  return words.some((w) => grammar.heads.has(w) && !grammar.onePerson.has(w));
}

/**
 * « …par A, patron de la P et de la Q »: a name read with its post ("A patron de la P", one mention), then "and" and
 * another body the person belongs to, is one more body of that post, not someone met.
 */
function postsJoined(claim: Claim, ctx: TitleContext): void {
  const { reading, kb, lexicon, aliases } = ctx;
  const { tokens } = reading;
  const grammar = grammarOf(lexicon);
  for (const a of aliases) {
    if (kb.entities.get(a.entity)?.type !== 'person') continue;
    const joined = claim.participants.find((p) => {
      const between = tokens.slice(a.end, p.start);
      return kb.entities.get(p.entity)?.type === 'organisation' && p.start > a.end && p.start - a.end <= 4 && between.some((w) => grammar.conjunction.has(w)) && between.every((w) => grammar.conjunction.has(w) || ctx.glue(w)) && affiliations(kb, a.entity).has(p.entity);
    });
    // (The name's own words matched again only then: most claims join no body to anyone's name.)
    if (!joined) continue;
    const inside = lexicon.entities.all(tokens.slice(a.start, a.end));
    const post = inside.find((m) => m.value.entity === a.entity && m.value.via === 'role');
    if (!post || !inside.some((m) => kb.entities.get(m.value.entity)?.type === 'organisation')) continue;
    claim.titles.push({ person: a.entity, org: joined.entity, surface: reading.raw.slice(a.start + post.start, joined.end).join(' ') });
    claim.participants = claim.participants.filter((p) => p !== joined);
  }
}

export function readTitles(claim: Claim, ctx: TitleContext): void {
  postsJoined(claim, ctx);
  const { reading, lexicon, entities, aliases, predicates, linked, glue, inCapacity, unknownOrgAfter } = ctx;
  const { terms, tokens } = reading;
  const grammar = grammarOf(lexicon);
  const of = <K extends TermOf<'title'>['kind'] | 'concept'>(kind: K) => terms.filter((t): t is TermOf<K> => t.kind === kind);
  const orgSpans = entities.filter((e) => e.type === 'organisation');
  const linkedOver = (a: { start: number; end: number }, t: { start: number; end: number }) => {
    if (linked(a, t)) return true;
    const org = orgSpans.find((o) => o.end === t.start && o.start >= a.end);
    return org !== undefined && tokens.slice(a.end, org.start).every((w) => glue(w)) && org.start - a.end <= 3;
  };
  // With no verb, a title is said of the one person named, whatever words stand between ("B is the outgoing V chief").
  // (Not one who only says which meeting: "the head of the K army sat in on the C meeting" is not C.)
  const onlyPerson = predicates.length === 0 && new Set(aliases.map((a) => a.entity)).size === 1 && !namesMeeting(reading, lexicon, aliases[0] as Span) ? aliases[0] : undefined;
  const documents = terms.filter((x) => x.kind === 'generic' && x.what === 'document');
  for (const t of of('title')) {
    // ("le communiqué du ministère des affaires étrangères", "the Interior Ministry communiqué": a body named with a document
    // is who issued it, one no article names.)
    if (documents.some((d) => (d.end <= t.start && t.start - d.end <= 2 && tokens.slice(d.end, t.start).every((w) => glue(w))) || d.start === t.end)) {
      (claim.unknownIssuers ??= []).push(t.surface);
      continue;
    }
    // ("Is B C's boss?": the title of someone a named person has, not that person's own.)
    const whose = aliases.find((a) => a.end + 1 === t.start && grammar.possessive.has(tokens[a.end] ?? ''));
    if (whose) {
      claim.topics.push({ kind: 'word', word: tokens.slice(t.start, t.end).join(' '), surface: reading.raw.slice(whose.start, t.end).join(' '), someone: true });
      continue;
    }
    // (…not past "by", « par »: "A was accompanied by the head of K" names someone else by his title.)
    const byAnother = (a: { end: number }) => terms.some((x) => x.kind === 'marker' && x.marker === 'agent' && x.start >= a.end && x.end <= t.start);
    const person = aliases.find((a) => linkedOver(a, t)) ?? (onlyPerson && !byAnother(onlyPerson) ? onlyPerson : undefined) ?? (inCapacity(t) ? aliases.find((a) => a.start < t.start) : undefined);
    // ("chef de la P d'O": the field the title heads may stand between it and its organisation.)
    // ("head of K's national P": whose the body is, a country and its possessive, may stand between too.)
    const ownerCountry = (i: number) => entities.some((e) => e.type === 'place' && (ctx.kb.entities.get(e.entity) as { kind?: string } | undefined)?.kind === 'country' && ((e.start <= i && i < e.end) || i === e.end) && grammar.possessive.has(tokens[e.end] ?? ''));
    const glueOrField = (i: number) => glue(tokens[i] ?? '') || of('concept').some((c) => c.start <= i && i < c.end) || ownerCountry(i);
    const next = entities.find((e) => e.type === 'organisation' && e.start >= t.end && e.start - t.end <= 5 && Array.from({ length: e.start - t.end }, (_, k) => t.end + k).every(glueOrField));
    // ("O's president": the organisation before, its possessive between.)
    const prev = entities.find((e) => e.type === 'organisation' && (e.end === t.start || (e.end === t.start - 1 && grammar.possessive.has(tokens[e.end] ?? ''))));
    // ("the head of K", « le chef du K »: a country right after a word that says one heads is what is headed.)
    const heads = saysHeads(grammar, fold(t.surface).split(/[\s'’-]+/));
    const country = heads ? entities.find((e) => e.type === 'place' && (ctx.kb.entities.get(e.entity) as { kind?: string } | undefined)?.kind === 'country' && e.start >= t.end && e.start - t.end <= 2 && tokens.slice(t.end, e.start).every((w) => glue(w)) && !grammar.possessive.has(tokens[e.end] ?? '')) : undefined;
    const org = (next ?? prev ?? country)?.entity;
    const direct = (next ?? country) !== undefined && tokens.slice(t.end, (next ?? country)?.start).every((w) => glue(w));
    if (person || org) {
      claim.titles.push({ person: person?.entity, org, surface: t.surface, ...(org ? {} : unknownOrgAfter(t.end)), ...(direct ? { direct } : {}) });
      // ("DG of national P and territorial surveillance": a second body joined to the first is headed too, by the
      // same person, not someone met.)
      const second = next && entities.find((e) => e.type === 'organisation' && e.start > next.end && e.start - next.end <= 4 && tokens.slice(next.end, e.start).some((w) => grammar.conjunction.has(w)) && tokens.slice(next.end, e.start).every((w) => grammar.conjunction.has(w) || glue(w)));
      if (second) {
        claim.titles.push({ person: person?.entity, org: second.entity, surface: t.surface, ...(direct ? { direct } : {}) });
        claim.participants = claim.participants.filter((p) => !(p.entity === second.entity && p.start === second.start));
      }
    }
    // (…and « c'était son adjoint », "his deputy": someone's title, said of another person than its holder, with or without a verb.)
    else if ((predicates.length && !grammar.copula.has(tokens[t.start - 1] ?? '')) || grammar.possessive.has(tokens[t.start - 1] ?? '')) {
      // "c'est son adjoint qui l'a reçu": someone known only by a title, whom no fact names; "his deputy", as typed.
      const lead = t.start > 0 && (grammar.possessive.has(tokens[t.start - 1] ?? '') || Object.values(lexicon.languages).some((l) => l.determiners.has(tokens[t.start - 1] ?? ''))) ? t.start - 1 : t.start;
      claim.topics.push({ kind: 'word', word: tokens.slice(t.start, t.end).join(' '), surface: reading.raw.slice(lead, t.end).join(' '), someone: true });
    } else claim.topics.push({ kind: 'word', word: tokens.slice(t.start, t.end).join(' '), surface: t.surface });
  }
}
