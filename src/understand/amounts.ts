// What a claim says in numbers and order: an edition ("the 94th assembly"),
// a count ("three meetings", "less than a week apart"), "both meetings",
// "already", who came before whom, and which members of an idea are asked for.
import { fold } from '../language/normalize.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { readArticleNamed } from './article-named.js';
import { readApposedMember, readAtOrganisation, readOccasionOrg } from './organisations-said.js';
import type { Claim, EntityTerm } from './claim.js';
import { grammarOf, type Lexicon } from './lexicon.js';
import { readAroundMeeting, readCompared, readEventDay, readEventOrder, readOrder } from './order.js';
import type { Reading, Term, TermOf } from './read.js';

/** What every reader of a claim's amounts looks at. */
export interface Context {
  claim: Claim;
  reading: Reading;
  kb: KnowledgeBase;
  lexicon: Lexicon;
  entities: EntityTerm[];
  meetingNouns: readonly { start: number; end: number }[];
  terms: Term[];
  tokens: string[];
  grammar: ReturnType<typeof grammarOf>;
  of: <K extends Term['kind']>(kind: K) => TermOf<K>[];
  marked: (kind: TermOf<'marker'>['marker']) => boolean;
  /** "first ever meeting", "3rd trip": the noun an ordinal qualifies, past a grammar word or two. */
  nounAfter: (at: number) => Term | undefined;
  locative: (w: string | undefined) => boolean;
  /** Whether a locative stands right before it, past an article: "at O", « à l'O ». */
  afterLocative: (x: { start: number }) => boolean;
}

/** The readers, in order: each may use what an earlier one set (a count before its span, an order before the one compared). */
const READERS: readonly ((c: Context) => void)[] = [readOccasionOrg, readNumbers, readNumberOf, readVisitRank, readBoth, readSameness, readRank, readUnsaid, readOnly, readOrder, readEventOrder, readAroundMeeting, readEventDay, readAsked, readCompared, readSubject, readAtOrganisation, readApposedMember, readArticleNamed];

export function readAmounts(claim: Claim, reading: Reading, kb: KnowledgeBase, lexicon: Lexicon, entities: EntityTerm[], meetingNouns: readonly { start: number; end: number }[]): void {
  const { terms, tokens } = reading;
  const of = <K extends Term['kind']>(kind: K) => terms.filter((t): t is TermOf<K> => t.kind === kind);
  const nounAfter = (at: number) => {
    const next = terms.filter((t) => t.start >= at && t.start - at <= 2 && t.kind !== 'function').sort((a, b) => a.start - b.start)[0];
    return next && ((next.kind === 'generic' && next.what === 'meeting') || next.kind === 'predicate') ? next : undefined;
  };
  const grammar = grammarOf(lexicon);
  const locative = (w: string | undefined) => Object.values(lexicon.languages).some((l) => l.locatives.has(w ?? ''));
  const context: Context = {
    claim, reading, kb, lexicon, entities, meetingNouns, terms, tokens, grammar, of,
    marked: (kind) => of('marker').some((m) => m.marker === kind),
    nounAfter,
    locative,
    afterLocative: (x) => locative(grammar.articles.has(tokens[x.start - 1] ?? '') ? tokens[x.start - 2] : tokens[x.start - 1]),
  };
  for (const read of READERS) read(context);
}

/** Numbers: an edition, a day of the month, a count with its bound, or a figure no record gives. */
function readNumbers({ claim, reading, kb, lexicon, entities, terms, tokens, grammar, of, nounAfter }: Context): void {
  // "Was it the 92nd one?": an ordinal said of the one numbered thing the claim names.
  const numbered = entities.filter((e) => (e.type === 'event' || e.type === 'organisation') && /\d/.test(`${kb.entities.get(e.entity)?.name.fr ?? ''}`));
  // ("a week apart", « une semaine d'écart »: a span between meetings; "lasted three days" is a length no record gives.)
  // (…or "both", « tous les deux »: the span is between their meetings.)
  // ("…, and the next day he received C": a day counted from another, said of a meeting; not "he left the next day".)
  const meets = claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'meeting'));
  // (A span word inside a phrase for a day counted from another — "the day before" — is that phrase's own.)
  const dayPhrases = of('number').filter((n) => n.days);
  const inDayPhrase = (i: number) => dayPhrases.some((n) => n.start <= i && i < n.end);
  const relative = tokens.some((w) => grammar.relativeDays.has(w)) || dayPhrases.some((n) => tokens.slice(n.start, n.end).some((w) => grammar.spanWords.has(w)));
  // (…or counted from an event: "the day after the O assembly wrapped up".)
  const fromEvent = entities.some((e) => e.type === 'event') || claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'event'));
  const between = tokens.some((w, i) => grammar.spanWords.has(w) && !inDayPhrase(i)) || ((meets || fromEvent) && relative) || claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person').length >= 2 || of('pronoun').some((p) => p.what === 'group');
  for (const n of of('number')) {
    const only = numbered.length === 1 ? numbered[0] : undefined;
    // ("on the 27th": a day of the month.)
    const dayOfMonth = n.value <= 31 && [tokens[n.start - 1], tokens[n.start - 2]].some((w, k) => grammar.dayLead.has(w ?? '') && (k === 0 || grammar.articles.has(tokens[n.start - 1] ?? '')));
    if (n.ordinal && only && !claim.editions.length && !dayOfMonth) {
      claim.editions.push({ entity: only.entity, value: n.value, surface: n.surface });
      continue;
    }
    // ("ended on the 25th", « le 25 » with no month: a day of the month, weighed as one.)
    const countedHere = lexicon.languages[reading.language].countTargets.all(tokens).some((m) => m.start === n.end || m.start === n.end + 1);
    if (dayOfMonth && !n.days && n.value >= 1 && !countedHere && !claim.dates.some((d) => d.start <= n.start && d.end >= n.end)) {
      claim.dates.push({ day: n.value, start: n.start, end: n.end });
      continue;
    }
    // ("it was the 93rd", "the 92nd edition": said of no numbered thing the claim names, an event's number, weighed against
    // its meeting's occasion; "the 2nd guest" is a rank no record gives; "the 2nd meeting" picks one.)
    const inDate = claim.dates.some((d) => d.start <= n.start && d.end >= n.end);
    // (A question's tag after it, « …la 92e, c'est ça ? », is no noun it counts.)
    const next = terms.find((t) => t.start >= n.end && t.kind !== 'function' && !(t.kind === 'marker' && t.marker === 'tag'));
    const ofEvent = !next || (next.kind === 'generic' && next.what === 'event');
    if (n.ordinal && !dayOfMonth && !inDate && !claim.editions.length && !nounAfter(n.end)) {
      if (ofEvent) (claim.ordinals ??= []).push({ value: n.value, surface: n.surface });
      else claim.figures.push(n.surface);
    }
    if (n.ordinal || claim.editions.length) continue;
    // "less than a week", "plus de deux rencontres": the bound said right before the number.
    const bound = of('marker').find((m) => (m.marker === 'at_most' || m.marker === 'at_least') && (m.end === n.start || m.end === n.start - 1))?.marker as 'at_most' | 'at_least' | undefined;
    // "a week apart": a span of days between the meetings.
    if (n.days) {
      // ("a week apart", "deux semaines": a span said in weeks is a round figure, give or take a day.)
      if (n.value > 0 && n.value % 7 === 0 && !of('marker').some((m) => m.marker === 'exactly')) claim.approximate = true;
      claim.counts.push({ value: n.value, target: 'day', surface: n.surface, ...(bound ? { bound } : {}), ...(between ? { between } : {}), ...(n.upTo !== undefined ? { upTo: n.upTo } : {}), ...(relative && !between ? { relative } : {}) });
      continue;
    }
    // "three meetings", "deux rencontres": a number is a count only next to what it counts.
    // ("two senior U officials": past grammar words and whose they are.)
    const gap = (to: number) => to - n.end <= 3 && terms.filter((t) => t.start >= n.end && t.start < to).every((t) => t.kind === 'function' || (t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'organisation'));
    const counted = lexicon.languages[reading.language].countTargets.all(tokens).find((m) => m.start === n.end || m.start === n.end + 1 || (m.start > n.end && gap(m.start)));
    // ("190 countries were there": how many were somewhere is no count of a list of what was said, but a figure no record gives.)
    const somewhere = of('pronoun').some((p) => p.what === 'place') || claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'presence'));
    if (counted?.value === 'item' && somewhere) {
      claim.figures.push(n.surface);
      continue;
    }
    if (counted) {
      claim.counts.push({ value: n.value, target: counted.value, surface: n.surface, ...(bound ? { bound } : {}), ...(between && counted.value === 'day' ? { between } : {}) });
      // "10 jours", "three meetings": the counted word is what is counted, not a topic.
      const words = new Set(tokens.slice(counted.start, counted.end));
      claim.topics = claim.topics.filter((t) => t.kind !== 'word' || !words.has(t.word));
      continue;
    }
    // "1,700 officers", "il en a rencontré plus de 30": a figure that is no day of the month counts something no record counts.
    // ("12 missions in Africa", "two of those missions": a number before a noun it counts, past grammar words, no day of the month.)
    const countsNoun = !dayOfMonth && next !== undefined && next.start - n.end <= 2 && (next.kind === 'word' || next.kind === 'concept' || next.kind === 'generic');
    // ("a delegation of 10", « une délégation de 10 »: a number after a noun and "of" is how many of it there were.)
    const before = terms.filter((t) => t.end <= n.start - 1).at(-1);
    const ofNoun = grammar.genitive.has(tokens[n.start - 1] ?? '') && before !== undefined && before.end === n.start - 1 && (before.kind === 'word' || before.kind === 'concept' || before.kind === 'generic');
    // ("he speaks five himself": a number right after a verb, counting nothing named, is a figure of its own.)
    const afterVerb = terms.some((t) => t.kind === 'predicate' && t.end === n.start) && !dayOfMonth;
    if (n.value > 31 || bound || countsNoun || ofNoun || afterVerb) claim.figures.push(n.surface);
  }
}

/**
 * « ils ont pas évoqué le nombre de Z », "they discussed the number of Z": in a statement, a word that asks
 * how many, right before what it counts (not meetings), speaks of a figure — which no record gives.
 */
function readNumberOf({ claim, reading, terms, tokens, grammar }: Context): void {
  if (reading.endsWithQuestionMark || reading.wh.some(Boolean)) return;
  // (A noun after its article, « le nombre », "the number": not a verb, "count on", « compter sur ».)
  for (const cue of reading.cues.filter((c) => c.intent === 'count' && (grammar.articles.has(tokens[c.start - 1] ?? '') || (c.end - c.start > 1 && grammar.articles.has(tokens[c.start] ?? ''))))) {
    const next = terms.find((t) => t.start >= cue.end && t.kind !== 'function' && t.kind !== 'cue');
    const between = terms.filter((t) => t.start >= cue.end && next !== undefined && t.end <= next.start);
    const counts = next !== undefined && (next.kind === 'concept' || next.kind === 'word' || (next.kind === 'generic' && next.what === 'person'));
    if (next && counts && next.start - cue.end <= 2 && between.every((t) => t.kind === 'function')) claim.figures.push(tokens.slice(cue.start, next.end).join(' '));
  }
}

/** An ordinal before a visit that is someone's: its rank among their visits. */
function readVisitRank({ claim, lexicon, entities, tokens, grammar, of, nounAfter }: Context): void {
  const ordinals = [
    ...Object.values(lexicon.languages).flatMap((l) => l.ordinals.all(tokens)),
    ...of('number')
      .filter((n) => n.ordinal && !claim.editions.some((e) => e.surface === n.surface))
      .map((n) => ({ start: n.start, end: n.end, value: String(n.value) })),
  ];
  for (const o of ordinals) {
    const noun = nounAfter(o.end);
    if (!noun) continue;
    const whose = entities.some((e) => e.type === 'person' && ((e.end <= o.start && o.start - e.end <= 1) || (e.start > noun.end && e.start - noun.end <= 1))) || grammar.possessive.has(tokens[o.start - 1] ?? '');
    if (whose) claim.visitRank = Number(o.value);
  }
}

/** "Both", « les deux »: every one of the meetings, documents or people meant. */
function readBoth({ claim, reading, kb, lexicon, meetingNouns, terms, tokens, grammar, of }: Context): void {
  // "a week apart", "une semaine d'écart": the words of a span are no topic.
  if (claim.counts.some((c) => c.target === 'day')) claim.topics = claim.topics.filter((t) => t.kind !== 'word' || !grammar.spanWords.has(t.word));
  // "Both meetings in X": a universal word right before the meetings.
  const universal = Object.values(lexicon.languages).flatMap((l) => l.universal.all(tokens));
  // ("Both statements", "les deux articles": each of the meetings' communiqués or articles too.)
  // ("les deux responsables onusiens": each of the people meant, so each of their meetings.)
  const nouns = [...meetingNouns, ...of('generic').filter((g) => g.what === 'document' || g.what === 'article' || g.what === 'person')];
  // ("Both were in Y": "both" itself the subject of the verb; "tous les deux en novembre": of a verb left unsaid.)
  // ("each other", « l'un l'autre »: one to the other, not each of them.)
  const reciprocal = Object.values(lexicon.languages).flatMap((l) => l.markers.all(tokens).filter((m) => m.value === 'reciprocal'));
  const verbNext = (u: { start: number; end: number }) => {
    if (reciprocal.some((r) => r.start <= u.start && u.start < r.end)) return false;
    const next = terms.filter((t) => t.start >= u.end && t.kind !== 'function').sort((a, b) => a.start - b.start)[0];
    if (!next) return false;
    const adjacent = next.start === u.end && (next.kind === 'predicate' || (next.kind === 'marker' && (next.marker === 'passive' || next.marker === 'opener')));
    // ("both during the O GA", "both at O's 93rd GA": an event past the words that say it was the occasion, and whose and
    // which it is; a place or a day right after.)
    const leads = (t: Term) => t.kind === 'function' || (t.kind === 'marker' && t.marker === 'occasion') || t.kind === 'number' || (t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'organisation');
    const said = terms.filter((t) => t.start >= u.end && !leads(t)).sort((a, b) => a.start - b.start)[0] ?? next;
    const event = said.kind === 'entity' && kb.entities.get(said.entity)?.type === 'event';
    const between = terms.filter((t) => t.start >= u.end && t.start < said.start);
    const elided = event ? said.start - u.end <= 4 && between.every(leads) : next === said && next.start - u.end <= 1 && (said.kind === 'date' || (said.kind === 'entity' && kb.entities.get(said.entity)?.type === 'place'));
    return adjacent || elided;
  };
  // ("both of these meetings", « toutes ces rencontres »: past grammar words.)
  const nounNext = (u: { end: number }) => nouns.some((g) => {
    const gap = g.start - u.end;
    return gap >= 0 && (gap <= 1 || (gap <= 3 && terms.filter((t) => t.start >= u.end && t.start < g.start).every((t) => t.kind === 'function')));
  });
  // ("<a country> and <a region> were both mentioned": "both" of two things talked of, not of meetings or people.)
  const ofThings = (u: { start: number }) => {
    const before = terms.filter((t) => t.end <= u.start && t.kind !== 'function' && t.kind !== 'marker');
    const thing = (t: Term) => t.kind === 'concept' || t.kind === 'word' || (t.kind === 'entity' && !['person', 'meeting'].includes(kb.entities.get(t.entity)?.type ?? ''));
    return before.length >= 2 && before.every(thing);
  };
  if (universal.some((u) => (nounNext(u) || verbNext(u)) && !ofThings(u))) claim.every = true;
  // ("the meetings were in November", « les rencontres ont eu lieu… »: a plural noun for meetings after its article, none
  // of them named, is each of them.)
  // (A place or a day before the verb says which ones, "the meetings in X were…"; after it, what is said of each.)
  const verb = terms.find((t) => t.kind === 'predicate' || (t.kind === 'marker' && (t.marker === 'opener' || t.marker === 'passive')))?.start ?? tokens.length;
  const named = claim.participants.length + claim.meetings.length > 0 || [...claim.places, ...claim.dates].some((x) => x.start >= 0 && x.start < verb);
  // (Only of where and when: "the meetings aimed to…" may say what either was for; nor in a question that asks.)
  const whereOrWhen = claim.places.length + claim.dates.length > 0 && claim.events.length === 0 && !reading.wh.some(Boolean);
  // (The subject, before its verb: "list the meetings in X" names which.)
  if (!named && whereOrWhen && meetingNouns.some((g) => g.start < verb && grammar.pluralMeetings.has(tokens[g.start] ?? '') && grammar.articles.has(tokens[g.start - 1] ?? ''))) claim.every = true;
  // ("tous les chefs de délégation": every one of a group no article lists, which none says.)
  for (const p of claim.participants) {
    const group = kb.entities.get(p.entity) as { named?: boolean } | undefined;
    const u = universal.find((x) => p.start >= x.end && p.start - x.end <= 1);
    if (group?.named === false && u) claim.narrower.push({ surface: reading.raw.slice(u.start, p.end).join(' '), of: { entity: p.entity } });
  }
  // ("all the hotspots discussed were in Africa": something said of each member of a list a fact gives, which no fact says of each.)
  for (const c of of('concept')) {
    const u = universal.find((x) => c.start >= x.end && c.start - x.end <= 2 && tokens.slice(x.end, c.start).every((w) => grammar.articles.has(w) || lexicon.languages[reading.language].determiners.has(w)));
    const listed = u && (kb.factsWithConcept.get(c.concept) ?? []).some((f) => (f.items ?? []).length > 1);
    if (u && listed) claim.narrower.push({ surface: reading.raw.slice(u.start, c.end).join(' '), of: { concept: c.concept } });
  }
  // ("Both praised the language skills": "both" saying something is two people, each of whom must have said it.)
  const saysNext = (u: { end: number }) => terms.some((t) => t.start === u.end && t.kind === 'predicate' && t.predicates.some((id) => kb.predicates.get(id)?.kind === 'content'));
  // ("…both at Q and in Z" joins two things; it says nothing of the meetings.)
  const joins = universal.some((u) => tokens.slice(u.end).some((w) => grammar.conjunction.has(w)));
  if (universal.some(saysNext) && !nouns.length) claim.generic = new Set([...claim.generic, 'person']);
  // ("both were about K", « les deux c'était en novembre »: "both" of no noun and no one, the meetings.)
  else if (claim.every && !nouns.length && !joins && !claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'person')) {
    claim.generic = new Set([...claim.generic, 'meeting']);
    claim.ofMeeting = true;
  }
}

/** "the same place / week / person…", and "already". */
function readSameness({ claim, kb, of, marked }: Context): void {
  if (of('marker').some((m) => m.marker === 'already')) claim.already = true;
  if (of('marker').some((m) => m.marker === 'still')) claim.still = true;
  if (marked('same_place')) claim.same = 'place';
  else if (marked('same_issuer')) claim.same = 'issuer';
  // ("received by the same man": the one who received; « le même responsable onusien »: the one received.)
  // (« c'est le même gars qui a reçu les deux ? »: the same one as the subject of a verb whose subject hosts, the one who received.)
  else if (marked('same_person')) {
    const same = of('marker').filter((s) => s.marker === 'same_person');
    const byAgent = of('marker').some((m) => m.marker === 'agent' && same.some((s) => s.start - m.end <= 1 && s.start >= m.end));
    const hosting = !marked('passive') && claim.predicates.some((p) => same.some((s) => s.end <= p.start) && p.ids.some((id) => kb.predicates.get(id)?.kind === 'meeting' && !kb.predicates.get(id)?.symmetric));
    claim.same = byAgent || hosting ? 'host' : 'person';
  }
  else if (marked('same_week')) claim.same = 'week';
  else if (marked('same_month')) claim.same = 'month';
  else if (marked('same_year')) claim.same = 'year';
  // ("A and C were in the same meeting": two named, together; "the two articles…", "the two officials…": their meetings, one or several.)
  else if (marked('same_meeting')) {
    if (claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person').length >= 2) claim.reciprocal = true;
    else claim.same = 'meeting';
  }
}

/** "first", "last" said of no noun: a rank among meetings; and "each other". */
function readRank({ claim, kb, terms, tokens, grammar, of, marked, nounAfter, meetingNouns }: Context): void {
  // ("the first trip", "la première visite": an ordinal before a noun picks a meeting, it ranks none.)
  // ("last night", "la semaine dernière": a word right after makes it that word's, not a rank.)
  // ("was the first meeting in Y?", « la deuxième rencontre c'était à X ? »: before the noun for a meeting, it picks that
  // meeting by its rank; what the claim says is said of it.)
  // (« la deuxième rencontre »: the article inside the rank's words, the noun is read as the verb it also is.)
  // (…or a visit: "the first visit was by B" picks the earliest.)
  const meetingVerb = (t: Term) => t.kind === 'predicate' && t.predicates.every((id) => ['meeting', 'presence'].includes(kb.predicates.get(id)?.kind ?? ''));
  // (…or a noun for a person: "the second guy" is the one met at the second meeting.)
  const personNoun = (t: Term) => t.kind === 'generic' && t.what === 'person';
  // (Not « la première fois que… », "the first time that…": someone's first time, which no article gives.)
  const meetingNoun = (m: TermOf<'marker'>) => meetingNouns.some((g) => g.start === m.end) && !grammar.complementizers.has(tokens[m.end + 1] ?? '');
  const beforeMeeting = (m: TermOf<'marker'>) => (meetingNoun(m) || terms.some((t) => t.start === m.end && (meetingVerb(t) || personNoun(t)))) && !grammar.possessive.has(tokens[m.start - 1] ?? '');
  const rankOf = (m: TermOf<'marker'>) => beforeMeeting(m) || (!nounAfter(m.end) && !terms.some((t) => t.start === m.end && t.kind !== 'function' && t.kind !== 'marker'));
  const ranked = of('marker').find((m) => (m.marker === 'first' || m.marker === 'last') && rankOf(m));
  // ("his visit, his first to Y", « sa première au K »: someone's own first, a rank among their visits, not among the meetings.)
  // (…or his second, « sa deuxième »: the later of two, as the reader reads a rank.)
  if (ranked && grammar.possessive.has(tokens[ranked.start - 1] ?? '')) claim.visitRank ??= ranked.marker === 'first' ? 1 : 2;
  else if (ranked && beforeMeeting(ranked)) claim.pick = ranked.marker === 'first' ? 'first' : 'last';
  else if (ranked) claim.rank = ranked.marker === 'first' ? 'first' : 'last';
  // ("the first Q visit (of the year)": a rank among the visits of a kind, a set no article counts. Said, and not
  // borne out by anything: a rank the reader cannot place is not dropped.)
  const ofAKind = ranked ? undefined : of('marker').find((m) => (m.marker === 'first' || m.marker === 'last') && terms.some((t) => t.start > m.end && t.start - m.end <= 2 && (meetingVerb(t) || meetingNouns.some((g) => g.start === t.start))));
  if (ofAKind) claim.topics.push({ kind: 'word', word: tokens.slice(ofAKind.start, ofAKind.end).join(' '), surface: ofAKind.surface });
  if (marked('reciprocal')) claim.reciprocal = true;
}

/** « les policiers de K sont déployés à Z »: with no verb, the ideas said before "is" are what the rest is said of. */
function readSubject({ claim, terms, of }: Context): void {
  const copula = of('marker').find((m) => m.marker === 'passive');
  if (claim.predicates.length || !copula) return;
  const before = new Set(terms.filter((t) => t.kind === 'concept' && t.end <= copula.start).map((t) => t.surface));
  if (!before.size || !terms.some((t) => t.start >= copula.end && (t.kind === 'concept' || t.kind === 'entity'))) return;
  claim.topics = claim.topics.map((t) => (t.kind === 'concept' && before.has(t.surface) ? { ...t, subject: true as const } : t));
}

/** What the articles never give, someone else, "also", "mainly", "the first time". */
function readUnsaid({ claim, reading, kb, lexicon, tokens, terms, grammar, of }: Context): void {
  // ("the SG personally called A": a naming verb with a person for its only complement names nothing and says nothing;
  // what was done — a call — no record holds.)
  for (const p of of('predicate').filter((x) => grammar.naming.has(tokens[x.start] ?? '') && x.predicates.every((id) => kb.predicates.get(id)?.kind === 'content'))) {
    const person = terms.find((t) => t.start === p.end && t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'person');
    if (person && !terms.some((t) => t.start >= person.end && t.kind !== 'function' && t.kind !== 'marker')) claim.topics.push({ kind: 'word', word: tokens.slice(p.start, person.end).join(' '), surface: reading.raw.slice(p.start, person.end).join(' ') });
  }
  // ("which was day two of the GA", « sa nationalité »: what the articles never give is no claim they can hold.)
  for (const m of of('marker').filter((x) => x.marker === 'never_given')) claim.topics.push({ kind: 'word', word: tokens.slice(m.start, m.end).join(' '), surface: m.surface });
  // ("C stayed in Y until the end of the GA", « est resté jusqu'au 27 »: how long someone stayed, which no article gives;
  // an event's own end, "the GA runs until the 27th", is given.)
  for (const p of of('predicate').filter((x) => x.predicates.some((id) => kb.predicates.get(id)?.kind === 'presence'))) {
    const bound = Object.values(lexicon.languages).flatMap((l) => l.until.all(tokens)).find((m) => m.start >= p.end);
    if (!bound) continue;
    claim.topics.push({ kind: 'word', word: tokens.slice(bound.start, bound.end).join(' '), surface: reading.raw.slice(bound.start, bound.end).join(' ') });
    // (The day after "until" ends the stay; it is no day of a meeting.)
    claim.dates = claim.dates.filter((d) => d.start < bound.start || d.start > bound.end + 1);
  }
  // ("wanted a U job for A", « a voulu un poste à l'U pour A »: a word that asks what someone's post is, as what was wanted
  // or said, is a thing no record holds.)
  for (const p of of('predicate').filter((x) => x.predicates.every((id) => kb.predicates.get(id)?.kind === 'content'))) {
    const object = terms.filter((t) => t.start >= p.end && t.kind !== 'function' && !(t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'organisation')).sort((a, b) => a.start - b.start)[0];
    const asksRole = object?.kind === 'cue' && reading.cues.some((c) => c.intent === 'role' && c.start <= object.start && object.start < c.end);
    if (object && asksRole && object.start - p.end <= 3 && !reading.wh.some(Boolean)) claim.topics.push({ kind: 'word', word: tokens[object.start] ?? '', surface: object.surface });
  }
  // ("praised the organisation of the O assembly", « a salué l'organisation de l'AG »: a noun for a body, said of an
  // event, is how the event was run — no body, and nothing a record holds unless a fact says it.)
  for (const p of of('predicate').filter((x) => x.predicates.every((id) => kb.predicates.get(id)?.kind === 'content'))) {
    const noun = of('generic').find((g) => g.what === 'organisation' && g.start >= p.end && g.start - p.end <= 2);
    const event = noun && terms.find((t) => t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'event' && t.start > noun.end && t.start - noun.end <= 2 && grammar.genitive.has(tokens[noun.end] ?? '') && !terms.some((x) => x.start >= noun.end && x.end <= t.start && x.kind !== 'function'));
    if (noun && event) claim.topics.push({ kind: 'word', word: tokens.slice(noun.start, noun.end).join(' '), surface: noun.surface });
  }
  // ("where is C from?", "what country is C from?": where someone comes from, which no fact gives; "C from the U" is
  // whom they work for, "cut off from" is another verb's.)
  const last = terms.filter((t) => t.kind !== 'cue' && !(t.kind === 'marker' && (t.marker === 'tag' || t.marker === 'filler'))).at(-1);
  const person = last && claim.participants.some((p) => p.end === last.start && kb.entities.get(p.entity)?.type === 'person');
  const ofBody = claim.generic.has('organisation') || claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'organisation');
  if (person && grammar.origin.has(tokens[last.start] ?? '') && last.end === last.start + 1 && !ofBody && !claim.places.length && !claim.unknownPlaces.length) {
    claim.origin = true;
  }
  // ("JO de Los Angeles 2028", "the Mondial 2099": a year right after a word no record knows is part of a name, not a date.)
  const named = claim.dates.filter((d) => d.day === undefined && d.month === undefined && d.year !== undefined && terms.some((t) => t.kind === 'word' && t.end === d.start));
  if (named.length) {
    claim.dates = claim.dates.filter((d) => !named.includes(d));
    for (const d of named) claim.topics.push({ kind: 'word', word: tokens.slice(d.start, d.end).join(' '), surface: reading.raw.slice(d.start, d.end).join(' ') });
  }
  // ("B is <a nationality>", « C est <une nationalité> »: a country said of a person with nothing but "is" between them is his
  // nationality, which no article gives; "B is in K" says where he is.)
  const people = claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person');
  const only = people.length === 1 ? people[0] : undefined;
  if (only && !claim.predicates.length && !claim.places.length) {
    const nation = terms.find((t) => t.kind === 'entity' && t.start >= only.end && (kb.entities.get(t.entity) as { kind?: string } | undefined)?.kind === 'country');
    const between = nation ? tokens.slice(only.end, nation.start) : [];
    if (nation?.kind === 'entity' && between.length > 0 && between.every((w) => grammar.copula.has(w) || grammar.auxiliary.has(w)) && terms.every((t) => t.start < nation.end || t.kind === 'function' || t.kind === 'marker')) {
      claim.origin = true;
      claim.topics = claim.topics.filter((t) => !(t.kind === 'entity' && t.entity === nation.entity));
    }
  }
  // ("the Q has another director", « un autre patron »: someone other than those the articles name for the post;
  // "the other guy" is one of them.)
  for (const m of of('marker').filter((x) => x.marker === 'exclusion' && !grammar.articles.has(tokens[x.start - 1] ?? ''))) {
    const whom = terms.find((t) => t.start === m.end && t.kind === 'title');
    if (whom) claim.topics.push({ kind: 'word', word: tokens.slice(m.start, whom.end).join(' '), surface: reading.raw.slice(m.start, whom.end).join(' '), someone: true });
  }
  // ("did he meet anyone else?": someone no record names beside those it does.)
  for (const m of of('marker').filter((x) => x.marker === 'other')) claim.topics.push({ kind: 'word', word: tokens.slice(m.start, m.end).join(' '), surface: m.surface, someone: true });
  if (Object.values(lexicon.languages).some((l) => l.additive.all(tokens).length > 0)) claim.additive = true;
  if (Object.values(lexicon.languages).some((l) => l.mainly.all(tokens).length > 0)) claim.mainly = true;
  if (Object.values(lexicon.languages).some((l) => l.firstTime.all(tokens).length > 0)) claim.visitRank ??= 1;
}

/** "only", « ne … que », "not only": fewer or more than the articles name. */
function readOnly({ claim, kb, lexicon, tokens, grammar, of, locative }: Context): void {
  // (Not inside a tag or an aside: « c'est juste ? » asks, "just checking" chats.)
  const aside = (m: { start: number }) => of('marker').some((t) => (t.marker === 'tag' || t.marker === 'filler' || t.marker === 'about_that') && m.start >= t.start && m.start < t.end);
  const found = Object.values(lexicon.languages).flatMap((l) => l.exclusive.all(tokens)).filter((m) => !aside(m));
  // ("not only C", « pas seulement »: more than the one named, which "only" does not claim; the word is no topic either.)
  const notOnly = found.filter((m) => of('negation').some((n) => n.end === m.start));
  const exclusive = found.filter((m) => !notOnly.includes(m));
  if (notOnly.length) {
    claim.beyond = true;
    const words = new Set(notOnly.flatMap((m) => tokens.slice(m.start, m.end)));
    claim.topics = claim.topics.filter((t) => t.kind !== 'word' || !words.has(t.word));
  }
  // (« n'a rencontré que C »: a negation nothing completes, then « que » after the verb, says "only".)
  const negation = of('negation')[0];
  const verb = of('predicate').find((p) => negation !== undefined && p.start > negation.start);
  const restricted = negation !== undefined && verb !== undefined && !tokens.some((w) => grammar.negators.has(w)) && tokens.some((w, i) => i >= verb.end && grammar.restrictive.has(w));
  // (« les unités sont qu'à Z », spoken without « ne »: « que » after "is" and before "in" is "only".)
  const linking = (w: string | undefined) => Object.values(lexicon.languages).some((l) => l.passive.has(w ?? '')) || grammar.copula.has(w ?? '');
  // (« c'était que l'<a region> », the same before a noun: "only" that, when no verb follows to make « que » open a clause.)
  const determiner = (w: string | undefined) => grammar.articles.has(w ?? '') || Object.values(lexicon.languages).some((l) => l.determiners.has(w ?? ''));
  const noVerbAfter = (i: number) => !of('predicate').some((p) => p.start > i);
  if (negation === undefined && tokens.some((w, i) => grammar.restrictive.has(w) && linking(tokens[i - 1]) && (locative(tokens[i + 1]) || (determiner(tokens[i + 1]) && noVerbAfter(i))))) claim.only = true;
  // (« il a vu que des gens de l'U », spoken without « ne »: « que » right after a verb of meeting, before whom, is "only".)
  const met = of('predicate').some((p) => p.predicates.some((id) => kb.predicates.get(id)?.kind === 'meeting') && grammar.restrictive.has(tokens[p.end] ?? '') && determiner(tokens[p.end + 1]));
  if (negation === undefined && met) claim.only = true;
  // (« n'a fait que transmettre »: « que » right before the verb, nothing but that done, which no article says.)
  if (negation !== undefined && !tokens.some((w) => grammar.negators.has(w)) && of('predicate').some((p) => p.start > negation.start && grammar.restrictive.has(tokens[p.start - 1] ?? ''))) claim.onlyDoing = true;
  // ("il a juste croisé A", "he only met C": only that person, or only in passing — either way more than the articles say.)
  const metOnly = exclusive.some((m) => claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'person' && p.start > m.end)) && claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'meeting'));
  if (metOnly && !claim.topics.length) claim.only = true;
  // (« que des responsables de l'U »: people of an organisation, as much as someone named; « ne dirige que la Q »: an organisation.)
  if (restricted && (claim.topics.length || claim.participants.some((p) => p.start > verb.end && (['person', 'organisation'].includes(kb.entities.get(p.entity)?.type ?? '') || claim.generic.has('person'))))) claim.only = true;
  if (exclusive.length && claim.topics.length) {
    claim.only = true;
    const words = new Set(exclusive.flatMap((m) => tokens.slice(m.start, m.end)));
    claim.topics = claim.topics.filter((t) => t.kind !== 'word' || !words.has(t.word));
  }
  // ("dirige seulement la Q", "by the Q's director only": only that organisation, of those someone leads;
  // an organisation inside a title that names the person — « le directeur de la Q » — counts.)
  // (…or of a post said to be theirs: "A is just head of the Q".)
  const roleSpans = [...claim.participants.filter((p) => p.via === 'role' && p.start >= 0).map((p) => tokens.slice(p.start, p.end)), ...claim.identities.map((i) => fold(i.surface).split(/[\s'’-]+/))];
  const inTitles = roleSpans.flatMap((words) => lexicon.entities.all(words).filter((m) => kb.entities.get(m.value.entity)?.type === 'organisation').map((m) => m.value.entity));
  if (exclusive.length && !claim.topics.length && (claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'person') || claim.identities.length > 0) && (inTitles.length || claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'organisation') || claim.titles.some((t) => t.org))) {
    claim.only = true;
    claim.ledOrgs = [...new Set(inTitles)];
  }
}

/** Which members of an idea are asked for. */
function readAsked({ claim, reading, kb, lexicon, tokens, of }: Context): void {
  const whichWords = [lexicon.languages.fr.which, lexicon.languages.en.which];
  // Only an idea named at its own level: "which missions" is answered by "peacekeeping missions", "which languages" only by names.
  // and only an idea the knowledge knows has members ("languages": it lists narrower terms), not "which framework".
  // ("did he say which languages?", "which languages do they speak?": either way, only names answer it.)
  claim.asked = of('concept').find((c) => whichWords.some((w) => w.has(tokens[c.start - 1] ?? '')) || reading.cues.some((q) => q.weight >= 2 && q.start < c.end && c.start < q.end))?.concept;
  claim.which = of('concept').find((c) => c.relation === 'same' && (kb.concepts.get(c.concept)?.narrower.length ?? 0) > 0 && whichWords.some((w) => w.has(tokens[c.start - 1] ?? '')))?.concept;
  // (« les grands événements sportifs…, c'est lesquels ? »: "which" standing for an idea said before it.)
  // (A pronoun, asked last with nothing said after it: not "quel domaine", nor the "which" of "…languages, which lets them…".)
  const pronouns = Object.values(kb.languages).flatMap((l) => l.syntax.which_pronouns.map((p) => fold(p).split(/\s+/)));
  const alone = tokens.findIndex((_, i) => i > 0 && pronouns.some((p) => p.every((w, k) => tokens[i + k] === w)) && reading.terms.every((t) => t.start <= i || t.kind === 'function' || (t.kind === 'marker' && t.marker === 'filler')));
  // (The idea the sentence opens with: « le Bureau … avec qui …, c'est lequel ? » asks which body, not which assistance.)
  const opening = reading.terms.find((t) => t.kind !== 'function' && !(t.kind === 'marker' && t.marker === 'filler'));
  const before = alone > 0 && opening?.kind === 'concept' && opening.relation === 'same' && (kb.concepts.get(opening.concept)?.narrower.length ?? 0) > 0 ? opening : undefined;
  if (before && !claim.which) {
    claim.which = before.concept;
    claim.asked ??= before.concept;
  }
}

/** The number said of a numbered thing ("93e AG", "the 92nd assembly"), when it says one. */
export function editionOf(e: EntityTerm, tokens: readonly string[], kb: KnowledgeBase, inDate: (i: number) => boolean = () => false): number | undefined {
  if (e.type !== 'event' && e.type !== 'organisation') return undefined;
  const entity = kb.entities.get(e.entity);
  if (!/\d/.test(`${entity?.name.fr ?? ''} ${entity?.name.en ?? ''}`)) return undefined;
  const numeral = (w: string | undefined) => (w ? /^(\d+)(?:e|er|eme|ieme|th|st|nd|rd)?$/.exec(w)?.[1] : undefined);
  // (A number before the name that is a date's day is no edition: "by Dec 1 the O assembly".)
  const said = tokens.slice(e.start, e.end).map(numeral).find(Boolean) ?? [e.start - 1, e.start - 2].map((i) => (inDate(i) ? undefined : numeral(tokens[i]))).find(Boolean);
  return said === undefined ? undefined : Number(said);
}
