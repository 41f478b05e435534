// A claim of a message read with the claim before it: "…, then B on Dec 1"
// takes the clause before and puts its own words in place; "the X one"
// is the noun said before; "…, that's what B said" says the clause before.
import type { KnowledgeBase } from '../knowledge/types.js';
import { meetingsOfAll } from '../knowledge/indexes.js';
import { affiliations } from '../retrieve/graph.js';
import { fold } from '../language/normalize.js';
import { echoes, namesSomeoneInstead } from './clause-shapes.js';
import { completeEllipsis, opensNegated } from './ellipsis.js';
import type { Query } from './frame.js';
import type { Participant, Topic } from './claim-types.js';
import { grammarOf, type Lexicon } from './lexicon.js';
import { spansBetween } from './order.js';

/**
 * The claim as checked, and whether it only reports something said before it (which, with nothing before,
 * is nothing the articles can hold). `continues`: the splitter read the clause as going on from the one before.
 */
export function claimInContext(read: Query, before: Query | undefined, continues: boolean, kb: KnowledgeBase, lexicon: Lexicon, adds = false, after = false): { query: Query; reported: boolean } {
  const { query: one, onePlace } = oneStandsFor(newScene(theEventAgain(theOneNamed(oneOfThem(hisPost(stillThen(read, before, kb, lexicon), before, kb, lexicon), before, kb), before, kb, lexicon), before, kb), before, kb), before, kb, lexicon);
  const named = bothOfThem(one, before, kb);
  // ("…à Y, c'est là que A a vu C": "there" is the place just said.)
  // (One place only: after "the X and Y meetings", "there" is either.)
  const placesBefore = before ? before.claim.places.length + before.claim.unknownPlaces.length + before.claim.topics.filter((t) => t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'place').length : 0;
  const there = before !== undefined && named.pronouns.has('place') && !named.claim.places.length && !named.claim.unknownPlaces.length && placesBefore === 1 && before.claim.places.length + before.claim.unknownPlaces.length === 1;
  // ("…during the O assembly, and C was there too": with no place before, "there" is the one event just said; with
  // neither, "C was there" says only that C was somewhere no one said — nothing a fact can carry.)
  const c = named.claim;
  const onlyWho = c.participants.length > 0 && c.participants.every((p) => kb.entities.get(p.entity)?.type === 'person') && !c.every && !c.generic.size && !c.ofMeeting;
  const saysMore = c.places.length + c.unknownPlaces.length + c.events.length + c.meetings.length + c.dates.length + c.topics.length + c.narrower.length + c.predicates.length + c.counts.length + c.titles.length + c.identities.length + c.affiliations.length > 0;
  const bare = named.pronouns.has('place') && !there && onlyWho && !saysMore && !named.reading.terms.some((t) => t.kind === 'negation' || t.kind === 'word');
  const atEvent = bare && before !== undefined && placesBefore === 0 && before.claim.events.length === 1;
  // ("…was in Y on Nov 25, and C was with him": with the one just spoken of, and nothing else said, is there and then.)
  // ("…, and C was with them": with the people just spoken of too, there and then.)
  const withWhom = before !== undefined && c.places.length + c.unknownPlaces.length + c.dates.length + c.events.length + c.meetings.length + c.topics.length === 0 && before.claim.places.length + before.claim.dates.length > 0 ? named.reading.terms.find((t) => t.kind === 'pronoun' && (t.what === 'person' || t.what === 'group') && grammarOf(lexicon).companion.has(named.reading.tokens[t.start - 1] ?? '')) : undefined;
  // ("…A met C in X, and B was there too": "too" puts B at that meeting, with them, not only in X.)
  const metThere = there && before !== undefined && before.claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'meeting')) && Object.values(lexicon.languages).some((l) => l.additive.all(named.reading.tokens).length > 0);
  const withThem = withWhom !== undefined || metThere;
  const company = ((withWhom?.kind === 'pronoun' && withWhom.what === 'group') || metThere) && before ? before.claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person' && !c.participants.some((o) => o.entity === p.entity)).map((p) => ({ ...p, role: 'either' as const })) : [];
  const placed: Query = (there || withThem) && before
    ? { ...named, claim: { ...named.claim, participants: [...named.claim.participants, ...company], places: before.claim.places, unknownPlaces: before.claim.unknownPlaces, ...(withThem ? { dates: before.claim.dates } : {}), ...(metThere ? { events: before.claim.events } : {}) } }
    : atEvent && before ? { ...named, claim: { ...named.claim, events: before.claim.events } }
    : bare ? { ...named, claim: { ...named.claim, topics: [{ kind: 'word', word: '', surface: '', someone: true }] } }
    : named;
  // ("They discussed <a country>. And that was in X with C": "that" is what was just said to be said.)
  const saidBefore = before?.claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'content')) === true;
  // (Not "that piece is about…": before a noun, "that" only says which.)
  const determiner = placed.reading.terms.some((t) => t.kind === 'pronoun' && t.what === 'meeting' && placed.reading.terms.some((g) => g.kind === 'generic' && g.start === t.end));
  const that = before !== undefined && saidBefore && placed.pronouns.has('meeting') && !determiner && !placed.claim.predicates.length && !placed.claim.topics.length;
  // ("the X communiqué said…, and that piece is about…": the page just named, where its meeting was saying which.)
  const page = (c: Query['claim']) => c.generic.has('article') || c.generic.has('document');
  const samePage = determiner && before !== undefined && page(placed.claim) && page(before.claim) && !placed.claim.places.length && !placed.claim.article;
  const own: Query = that && before ? { ...placed, claim: { ...placed.claim, predicates: before.claim.predicates, topics: before.claim.topics, narrower: before.claim.narrower } } : samePage && before ? { ...placed, claim: { ...placed.claim, places: before.claim.places, ...(before.claim.article ? { article: before.claim.article } : {}) } } : placed;
  // ("…, et pas à Z": the clause is negated whole, so what it denies is read as said, once; "not only…" denies nothing.)
  const opens = opensNegated(own) && !own.claim.beyond;
  // (…a place denied after a clause about what was said is a place talked about: « …, mais pas de la <a country> ».)
  const talked = before?.claim.predicates.some((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'content')) === true;
  const deniedPlaces = own.claim.notPlaces.map((p) => ({ kind: 'entity' as const, entity: p.entity, surface: p.surface }));
  const said = opens
    ? {
        ...own.claim,
        places: talked ? own.claim.places : [...own.claim.places, ...own.claim.notPlaces],
        topics: talked ? [...own.claim.topics, ...deniedPlaces] : own.claim.topics,
        notPlaces: [],
        participants: [...own.claim.participants, ...own.claim.denied.map((d) => ({ ...d, role: 'either' as const }))],
        denied: [],
      }
    : own.claim;
  // ("They discussed the challenges, notably in <a country>": a place going on from what was said is a place talked about.)
  const aboutPlaces = continues && talked && !opens && !said.participants.length && said.places.length && !said.predicates.length;
  const about = aboutPlaces ? { ...said, places: [], topics: [...said.topics, ...said.places.map((p) => ({ kind: 'entity' as const, entity: p.entity, surface: p.surface }))] } : said;
  const them = continues ? whomTheySpokeOf(own, before, kb, lexicon) : undefined;
  const spoken = them && !about.topics.some((t) => t.kind === 'concept' && t.concept === them.concept) ? { ...about, topics: [them, ...about.topics] } : about;
  // ("both meetings…, but the Y one…": "one" is one of them, not each; "…on December 1, then B": B's meeting came after.)
  const completed = (c: Query['claim']) => {
    const out = onePlace ? { ...c, every: false } : c;
    const [earlier, later] = [meetingOf(before?.claim, kb), meetingOf(out, kb)];
    // (So did "…, and B came six days later" and « …, une semaine plus tard il a reçu B »: a "later" of the clause's own.)
    // (« …, et C une semaine plus tôt », "…, C a week earlier": this one came first.)
    const saysLater = own.reading.terms.some((t) => t.kind === 'marker' && t.marker === 'then');
    const saysSooner = own.reading.terms.some((t) => t.kind === 'marker' && t.marker === 'sooner');
    if (!(after || saysLater || saysSooner) || !earlier || !later || earlier === later || out.order) return out;
    const order = saysSooner && !after && !saysLater ? { earlier: later, later: earlier } : { earlier, later };
    return { ...out, order, counts: spansBetween(out.counts) };
  };
  // (A clause of its own that ends on "later" — "…, and B came six days later" — is after the one before too.)
  const standing = own.claim.beyond ? { ...own, negated: false } : own;
  // (« C y a fait un discours »: an auxiliary within a word or two of the one who did it.)
  const auxiliary = grammarOf(lexicon).auxiliary;
  const doer = own.reading.terms.find((t) => t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'person');
  const ownVerb = doer !== undefined && own.reading.tokens.slice(doer.end, doer.end + 2).some((w) => auxiliary.has(w));
  // ("c'était pas A à X, c'était B": what the clause before denied of A, here said of B — at X, not "not at X"; a post
  // denied of A, « A n'est pas le SG, ça c'est B », goes to B as ellipsis.ts gives it.)
  const onePerson = before !== undefined && before.claim.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person').length === 1;
  const replaced = continues && before?.reading.negated === true && onePerson && namesSomeoneInstead(own, kb, lexicon);
  const instead = replaced && before ? { ...before.claim, places: [...before.claim.places, ...before.claim.notPlaces], notPlaces: [] } : before?.claim;
  const whole: Query = continues && before && instead ? { ...own, claim: completed(completeEllipsis(instead, spoken, kb, { keepUnsaid: adds || (replaced && !instead.identities.length && !instead.titles.length), sayAgain: echoes(own, lexicon), ownVerb })), negated: (own.negated && !own.claim.beyond) || opens } : before ? { ...standing, claim: completed(standing.claim) } : standing;
  const reported = saysThat(whole, kb, lexicon);
  const placed2 = atThatMeeting(whole, before, kb);
  // ("A received C, and B said so": what is said to be said is the clause before; with nothing in it a fact could say — a
  // meeting, a day — it is a wording no fact carries, not "B said something".)
  // (Carried by no fact, and no word to say is missing: the pointing word is in every article.)
  const sayable = before !== undefined && before.claim.topics.length + before.claim.narrower.length + before.claim.described.length > 0;
  const topics: Topic[] = sayable ? (before?.claim.topics ?? []) : [{ kind: 'word', word: '', surface: '', someone: true }];
  return { query: reported && before ? { ...placed2, claim: { ...placed2.claim, topics, narrower: before.claim.narrower } } : placed2, reported };
}

/**
 * « A a dit que les P parlent…, et qu'ils ont… »: "they" opening a second "that" after a verb of saying is the idea the
 * first "that" opened with — the one its words were said of.
 */
function whomTheySpokeOf(own: Query, before: Query | undefined, kb: KnowledgeBase, lexicon: Lexicon): Extract<Topic, { kind: 'concept' }> | undefined {
  const g = grammarOf(lexicon);
  // (Past the "that" itself, which English reads as a pronoun too.)
  const first = own.reading.terms.find((t) => t.start > 0 && t.kind !== 'function' && !(t.kind === 'marker' && t.marker === 'filler'));
  const verb = before?.reading.terms.find((t) => t.kind === 'predicate' && t.predicates.some((id) => kb.predicates.get(id)?.kind === 'content'));
  if (!before || !verb || !g.complementizers.has(own.reading.tokens[0] ?? '') || first?.kind !== 'pronoun' || first.what !== 'group' || own.claim.participants.length) return undefined;
  // (The first "that" may be left out: "A said the P speak…".)
  const subject = before.reading.terms.find((t) => t.start >= verb.end && t.kind !== 'function');
  return subject?.kind === 'concept' ? before.claim.topics.find((t): t is Extract<Topic, { kind: 'concept' }> => t.kind === 'concept' && t.concept === subject.concept) : undefined;
}

/**
 * "The Y meeting was on Dec 1, and the U side was represented by B": whose someone was, said after a clause about one
 * meeting and naming none of its own, is said of that meeting.
 */
function atThatMeeting(read: Query, before: Query | undefined, kb: KnowledgeBase): Query {
  const c = read.claim;
  const titled = c.predicates.length > 0 && c.predicates.every((p) => p.ids.every((id) => kb.predicates.get(id)?.kind === 'title'));
  if (!before || before.claim.meetings.length !== 1 || !titled || c.meetings.length + c.places.length + c.dates.length + c.events.length > 0) return read;
  return { ...read, claim: { ...c, meetings: before.claim.meetings } };
}

/**
 * "The Y statement came from X; the X one came from Y": "one" stands for the noun said before it. "The Y meeting
 * was on Dec 1 and the X one on Nov 25": a place named with "one", among the claim's first words, is where that
 * meeting was. (Further on — "…, which…; the Y one" — it is no meeting's place.)
 */
function oneStandsFor(read: Query, before: Query | undefined, kb: KnowledgeBase, lexicon: Lexicon): { query: Query; onePlace: boolean } {
  const anaphora = grammarOf(lexicon).nounAnaphora;
  const tokens = read.reading.tokens;
  if (!before || !tokens.some((w) => anaphora.has(w))) return { query: read, onePlace: false };
  const early = (i: number) => i <= 2 && anaphora.has(tokens[i] ?? '');
  const forMeeting = before.claim.meetings.length > 0 && tokens.slice(0, 3).some((w) => anaphora.has(w));
  const standsFor = [...before.claim.generic, ...(forMeeting ? ['meeting' as const] : [])].filter((g) => g === 'document' || g === 'article' || g === 'meeting');
  if (!standsFor.length) return { query: read, onePlace: false };
  const nextToOne = (e: { start: number; end: number }) => tokens.some((_, i) => early(i) && (e.end === i || (e.start > i && e.start - i <= 2)));
  const named = new Set(read.reading.terms.flatMap((t) => (t.kind === 'entity' && kb.entities.get(t.entity)?.type === 'place' && nextToOne(t) ? [t.entity] : [])));
  const isPlace = (t: Topic) => t.kind === 'entity' && named.has(t.entity) && (kb.meetingsAt.get(t.entity)?.length ?? 0) > 0;
  const at = standsFor.includes('meeting') ? read.claim.topics.filter(isPlace).map((t) => ({ entity: (t as { entity: string }).entity, type: 'place' as const, via: 'alias' as const, surface: t.surface, start: -1, end: -1, fuzzy: false })) : [];
  const claim = { ...read.claim, generic: new Set([...read.claim.generic, ...standsFor]), places: [...read.claim.places, ...at], topics: read.claim.topics.filter((t) => !at.length || !isPlace(t)) };
  return { query: { ...read, claim }, onePlace: at.length > 0 };
}

/**
 * "…in X, then in Y they discussed…", « à X c'était…, à Y c'était… »: a place said ahead of "they" or "it", against
 * the place the claim before named, sets a new scene: "they" are whoever met there, not those just spoken of.
 * (With no place before — "A met C. In Y they…" — "they" stays A and C, and Y is said of their meeting.)
 */
function newScene(read: Query, before: Query | undefined, kb: KnowledgeBase): Query {
  const placesBefore = new Set(before?.claim.places.map((p) => p.entity) ?? []);
  if (!placesBefore.size) return read;
  const { terms } = read.reading;
  const pronoun = terms.find((t) => t.kind === 'pronoun' && (t.what === 'group' || t.what === 'meeting'));
  if (pronoun?.kind !== 'pronoun') return read;
  const ahead = read.claim.places.filter((p) => p.start >= 0 && p.end <= pronoun.start);
  const shifts = ahead.length > 0 && ahead.every((p) => !placesBefore.has(p.entity) && (kb.meetingsAt.get(p.entity)?.length ?? 0) > 0);
  if (!shifts) return read;
  const pronouns = new Set([...read.pronouns].filter((k) => k !== pronoun.what));
  return { ...read, pronouns };
}

/**
 * "A was in X on Dec 1, for the O assembly that was still going on": an event said to be still on, with no day of its
 * own, after a clause that says when, is said to be on that day; so is whatever is said to be done "that day".
 */
function stillThen(read: Query, before: Query | undefined, kb: KnowledgeBase, lexicon: Lexicon): Query {
  const c = read.claim;
  // ("…on November 25, he received C that day", « …, il a reçu C ce jour-là »: the day said just before.)
  const g = grammarOf(lexicon);
  const thatDay = read.reading.tokens.some((w, i) => g.demonstratives.has(w) && g.dayNouns.has(read.reading.tokens[i + 1] ?? ''));
  // (The day itself, not what was said of it: « le 1er c'était un dimanche, il a été reçu ce jour-là » — the 1st.)
  const days = (before?.claim.dates ?? []).filter((d) => d.day !== undefined).map(({ weekday: _, ...d }) => ({ ...d, start: -1, end: -1 }));
  if (thatDay && days.length && !c.dates.length) return { ...read, claim: { ...c, dates: days } };
  const onlyEvent = c.events.length === 1 && !c.meetings.length && !c.participants.some((p) => kb.entities.get(p.entity)?.type === 'person');
  if (!before?.claim.dates.length || !c.still || !onlyEvent || c.dates.length || c.eventOrder) return read;
  return { ...read, claim: { ...c, dates: before.claim.dates } };
}

/**
 * "A heads the P, and he is also the U T", « …, et il est aussi T »: a pronoun for a person, "is" and a post, after a
 * clause about people none of whom holds it, says the post is the one's it speaks of (the only one, or the one who
 * did it) — not that whoever holds it exists.
 */
function hisPost(read: Query, before: Query | undefined, kb: KnowledgeBase, lexicon: Lexicon): Query {
  const isPerson = (p: { entity: string }) => kb.entities.get(p.entity)?.type === 'person';
  const named = (before?.claim.participants ?? []).filter((p) => isPerson(p) && p.via !== 'role');
  const doers = named.filter((p) => p.role === 'agent');
  const [subject] = named.length === 1 ? named : doers.length === 1 ? doers : named;
  const c = read.claim;
  const posts = c.participants.filter((p) => isPerson(p) && p.via === 'role');
  const [post] = posts;
  // (Of two people named, the pronoun is the one who holds the post, if either does: "A received B. He is the U T.")
  if (!subject || posts.length !== 1 || !post || c.participants.length !== 1 || c.identities.length || c.predicates.length || named.some((p) => p.entity === post.entity)) return read;
  const { terms, tokens } = read.reading;
  const copula = grammarOf(lexicon).copula;
  // (The pronoun, then only "is" and words of no weight before the post: « il est aussi », "he's also".)
  const pronoun = terms.find((t) => t.kind === 'pronoun' && t.what === 'person' && t.end <= post.start);
  const between = pronoun ? terms.filter((t) => t.start >= pronoun.end && t.end <= post.start) : [];
  if (!pronoun || !tokens.slice(pronoun.end, post.start).some((w) => copula.has(w)) || !between.every((t) => t.kind === 'function' || t.kind === 'marker')) return read;
  const pronouns = new Set([...read.pronouns].filter((k) => k !== 'person'));
  return { ...read, pronouns, claim: { ...c, participants: [{ ...subject, start: pronoun.start, end: pronoun.end, surface: pronoun.surface }], identities: [{ person: subject.entity, as: post.entity, surface: post.surface }] } };
}

/**
 * "…two days before the O assembly wrapped up, and the Y one four days after it ended": "it", with the event's own verb
 * after "after" or "before", is the event the claim before named.
 */
function theEventAgain(read: Query, before: Query | undefined, kb: KnowledgeBase): Query {
  // (The event named, or the one the claim before measured from.)
  const named = [...new Set([...(before?.claim.events.map((e) => e.entity) ?? []), ...(before?.claim.eventOrder?.event ? [before.claim.eventOrder.event] : [])])];
  const [event] = named;
  if (!event || named.length !== 1 || read.claim.events.length || read.claim.eventOrder) return read;
  const { terms } = read.reading;
  const marker = terms.find((t) => t.kind === 'marker' && (t.marker === 'after' || t.marker === 'before'));
  // ("the O assembly was held in X, A hosted it": after a clause about one event and no meeting, "it" is that event.)
  const it = terms.find((t) => t.kind === 'pronoun' && t.what === 'meeting' && t.end - t.start === 1);
  const aboutEventOnly = before !== undefined && !before.claim.meetings.length && !before.claim.generic.has('meeting') && !before.claim.participants.some((p) => kb.entities.get(p.entity)?.type === 'person');
  if (!marker && it && aboutEventOnly && !read.claim.meetings.length && !read.reading.terms.some((t) => t.kind === 'generic' && t.what === 'meeting')) {
    const pronouns = new Set([...read.pronouns].filter((k) => k !== 'meeting'));
    return { ...read, pronouns, claim: { ...read.claim, events: [{ entity: event, type: 'event', via: 'alias', surface: it.surface, start: it.start, end: it.end, fuzzy: false }] } };
  }
  const pronoun = marker ? terms.find((t) => t.kind === 'pronoun' && t.start === marker.end) : undefined;
  const verb = pronoun ? read.claim.predicates.find((p) => p.start === pronoun.end && p.ids.every((id) => kb.predicates.get(id)?.kind === 'event')) : undefined;
  if (marker?.kind !== 'marker' || !verb) return read;
  const point: 'end' | 'start' | undefined = verb.ids.includes('end') ? 'end' : verb.ids.includes('start') ? 'start' : undefined;
  const eventOrder = { event, relation: marker.marker === 'after' ? ('after' as const) : ('before' as const), ...(point ? { point } : {}) };
  // ("it" is the event now, not the meeting last talked of.)
  const others = read.reading.terms.filter((t) => t !== pronoun && t.kind === 'pronoun');
  const pronouns = new Set([...read.pronouns].filter((k) => pronoun?.kind !== 'pronoun' || k !== pronoun.what || others.some((t) => t.kind === 'pronoun' && t.what === k)));
  return { ...read, pronouns, claim: { ...read.claim, predicates: read.claim.predicates.filter((p) => p !== verb), eventOrder } };
}

/**
 * "…B … and A …, both work for the U": "both", of no one, after a claim about people, may be any two
 * of those said before, not the meetings' guests; which two is not clear, so nothing the records hold says it.
 */
function bothOfThem(read: Query, before: Query | undefined, kb: KnowledgeBase): Query {
  const isPerson = (p: { entity: string }) => kb.entities.get(p.entity)?.type === 'person';
  // (Said of people: a title verb, "work for", and "both" with no noun of its own.)
  const ofPeople = read.claim.predicates.length > 0 && read.claim.predicates.every((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'title')) && !read.reading.terms.some((t) => t.kind === 'generic');
  if (!before || !ofPeople || !read.pronouns.has('group') || !read.claim.every || read.claim.participants.some(isPerson) || !before.claim.participants.some(isPerson)) return read;
  const said = read.reading.raw[read.reading.terms.find((t) => t.kind === 'pronoun')?.start ?? 0] ?? '';
  return { ...read, claim: { ...read.claim, topics: [...read.claim.topics, { kind: 'word', word: fold(said), surface: said, someone: true }] } };
}

/**
 * "A met the heads of delegations at O, B being one of them, and C was another", « …, B en faisait partie »: a person and
 * nothing else but "one of them" or "another" is one of the group of people the claim before named — the claim before,
 * said of that person in the group's place.
 */
function oneOfThem(read: Query, before: Query | undefined, kb: KnowledgeBase): Query {
  const c = read.claim;
  const persons = c.participants.filter((p) => kb.entities.get(p.entity)?.type === 'person');
  // (…or the one who took the group's place just before: "B being one of them, and C was another".)
  const groups = before?.claim.participants.filter((p) => (kb.entities.get(p.entity) as { group?: boolean } | undefined)?.group === true) ?? [];
  const taken = before?.claim.oneOf;
  const [person] = persons;
  if (!before || !person || persons.length !== 1 || c.participants.length !== 1 || (groups.length !== 1 && !taken) || (kb.entities.get(person.entity) as { group?: boolean } | undefined)?.group) return read;
  const { terms } = read.reading;
  // (Nothing said but who: the pointing words, and grammar.)
  const pointing = terms.some((t) => (t.kind === 'pronoun' && t.what === 'group') || (t.kind === 'marker' && t.marker === 'exclusion'));
  const onlyThat = terms.every((t) => t.kind === 'function' || t.kind === 'pronoun' || t.kind === 'negation' || (t.kind === 'marker' && (t.marker === 'exclusion' || t.marker === 'opener' || t.marker === 'passive')) || (t.kind === 'entity' && t.entity === person.entity));
  if (!pointing || !onlyThat) return read;
  const group = groups.length === 1 ? (groups[0] as Participant) : (taken as { group: Participant }).group;
  const inPlace = (p: Participant) => (groups.length === 1 ? p === group : p.entity === taken?.member);
  const participants = before.claim.participants.map((p) => (inPlace(p) ? { ...person, role: p.role } : p));
  // (What is said of the group as a whole — "all", "bilateral", "attending" — is not said of each: who met whom, where and when.)
  const meets = before.claim.predicates.filter((p) => p.ids.some((id) => kb.predicates.get(id)?.kind === 'meeting'));
  const claim = { ...before.claim, predicates: meets, participants, topics: [], described: [], narrower: [], every: false, oneOf: { group, member: person.entity } };
  return { ...read, pronouns: new Set([...read.pronouns].filter((k) => k !== 'group')), claim };
}

/**
 * "A met a U guy in X, and the U guy was B": someone the claim before spoke of by a noun and their organisation, then
 * named — the claim before, said of B in their place.
 */
function theOneNamed(read: Query, before: Query | undefined, kb: KnowledgeBase, lexicon: Lexicon): Query {
  const c = read.claim;
  const typeOf = (p: Participant) => kb.entities.get(p.entity)?.type;
  const persons = c.participants.filter((p) => typeOf(p) === 'person');
  const bodies = c.participants.filter((p) => typeOf(p) === 'organisation');
  const [person] = persons;
  if (!before || !person || persons.length !== 1 || !bodies.length || !c.generic.has('person') || !before.claim.generic.has('person')) return read;
  // (Said of the noun, "the U guy was B": nothing but the noun, its organisation, "was" and the name.)
  const { terms, tokens } = read.reading;
  const noun = terms.find((t) => t.kind === 'generic' && t.what === 'person');
  const copula = grammarOf(lexicon).copula;
  const linked = noun !== undefined && noun.end < person.start && terms.some((t) => t.start >= noun.end && t.end <= person.start && ((t.kind === 'marker' && t.marker === 'opener') || copula.has(tokens[t.start] ?? '')));
  const onlyThat = terms.every((t) => t.kind === 'function' || t === noun || (t.kind === 'marker' && t.marker === 'opener') || (t.kind === 'entity' && c.participants.some((p) => p.entity === t.entity)));
  // (The organisation of the noun stood for that someone in the claim before: "met with a U guy".)
  const standing = before.claim.participants.filter((p) => bodies.some((b) => b.entity === p.entity));
  if (!linked || !onlyThat || standing.length !== 1 || before.claim.participants.some((p) => typeOf(p) === 'person' && affiliations(kb, p.entity).has((standing[0] as Participant).entity))) return read;
  const participants = before.claim.participants.map((p) => (p === standing[0] ? { ...person, role: p.role } : p));
  return { ...read, claim: { ...before.claim, participants, generic: new Set([...before.claim.generic].filter((g) => g !== 'person')) } };
}

/** The one meeting of everyone a claim names, if there is one. */
function meetingOf(claim: Query['claim'] | undefined, kb: KnowledgeBase): string | undefined {
  const people = (claim?.participants ?? []).filter((p) => kb.entities.get(p.entity)?.type === 'person').map((p) => p.entity);
  const theirs = meetingsOfAll(kb, people);
  return theirs.length === 1 ? theirs[0]?.id : undefined;
}

/** A verb of saying whose object is a word standing for something said before: "that's what A said", « c'est ce que A a dit ». */
function saysThat(q: Query, kb: KnowledgeBase, lexicon: Lexicon): boolean {
  const c = q.claim;
  const verb = q.reading.terms.find((t) => t.kind === 'predicate');
  if (!verb || !c.predicates.length || !c.predicates.every((p) => p.ids.every((id) => kb.predicates.get(id)?.kind === 'content'))) return false;
  if (c.topics.length || c.narrower.length) return false;
  // ("B said the same", « B a dit la même chose »: right after the verb, what was said is the clause before too.)
  const same = Object.values(lexicon.languages).some((l) => l.sameSaid.all(q.reading.tokens).some((m) => m.start >= verb.end && m.start <= verb.end + 1));
  return same || q.reading.terms.some((t) => t.start < verb.start && ((t.kind === 'pronoun' && t.what === 'meeting') || (t.kind === 'marker' && t.marker === 'about_that')));
}
