// Decides what to say: which curated facts answer the question, whether a
// premise must be corrected, or why the bot must decline. Pure: the same
// question and focus always give the same plan.
import type { Meeting } from '../knowledge/schema.js';
import type { Fact, KnowledgeBase } from '../knowledge/types.js';
import type { Focus, Intent } from '../types.js';
import { dateAgrees } from '../understand/dates.js';
import type { CueIntent, Lexicon } from '../understand/lexicon.js';
import type { Mention, Question } from '../understand/question.js';
import { articleTitle, formatDate } from '../compose/names.js';
import type { Bm25Index } from './bm25.js';
import { affiliations, displayName, factsAbout, hostsSomething, involves, placeAgrees } from './graph.js';

/** A sentence of the answer and the facts it rests on (their citations become its markers). */
export interface Sentence {
  text: string;
  facts: Fact[];
}

export interface Plan {
  intent: Intent;
  answered: boolean;
  sentences: Sentence[];
  premise?: 'confirmed' | 'corrected';
  confidence: number;
  focus: Focus;
  /** Entities whose suggestions fit a refusal best. */
  suggestAbout: string[];
}

export interface PlanOptions {
  /** Facts per answer at most, so answers stay a sentence or two. */
  maxFacts: number;
  /** BM25 score a fact must reach to answer a question no rule fits. */
  retrievalThreshold: number;
}

export const DEFAULT_PLAN_OPTIONS: PlanOptions = { maxFacts: 3, retrievalThreshold: 3.5 };

interface Env {
  kb: KnowledgeBase;
  lexicon: Lexicon;
  retrieval: Bm25Index<Fact>;
  options: PlanOptions;
}

const MEETING_INTENTS = new Set<Intent>(['who', 'where', 'when', 'why', 'topics', 'statement', 'yesno', 'meetings', 'about']);

export function plan(q: Question, previous: Focus | undefined, env: Env): Plan {
  const { kb } = env;
  const lang = q.language;
  const t = kb.languages[lang].templates;
  const say = (fact: Fact): Sentence => ({ text: fact.text[lang], facts: [fact] });
  const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
  const name = (id: string) => {
    const e = kb.entities.get(id);
    return e ? displayName(e, lang) : id;
  };

  // ---- What the question names, with the conversation filling the gaps.
  let named = dedupe(q.mentions);
  let inherited = false;
  let contextMeetings: string[] = [];
  if (previous) {
    const recalled = (id: string): Mention | undefined => {
      const e = kb.entities.get(id);
      return e ? { entity: id, via: 'alias', type: e.type, start: -1, end: -1, fuzzy: false, locative: false, roled: false, surface: '' } : undefined;
    };
    if (q.pronouns.has('person') && !named.some((m) => m.type === 'person') && previous.person) {
      named = dedupe([...named, recalled(previous.person)].filter(isMention));
      inherited = true;
    }
    // "et où ?", "and why Moroccan cops?": nothing new that picks a meeting, so the same subject as before.
    const picksMeeting = named.some((m) => m.start >= 0 && (m.type !== 'place' || m.locative || hostsSomething(kb, m.entity)));
    if (!picksMeeting && q.dates.length === 0 && q.unknownPlaces.length === 0) {
      named = dedupe([...named, ...previous.entities.map(recalled).filter(isMention)]);
      contextMeetings = previous.meetings;
      inherited = true;
    } else if (!named.some((m) => m.start >= 0 && m.type === 'person')) {
      // "et le mardi ?": the same people, another meeting.
      named = dedupe([...named, ...previous.entities.map(recalled).filter(isMention).filter((m) => m.type === 'person')]);
      inherited = true;
    }
  }
  const ofType = (type: Mention['type']) => named.filter((m) => m.type === type).map((m) => m.entity);
  const people = ofType('person');
  const orgs = ofType('organisation');
  const places = named.filter((m) => m.type === 'place');
  const events = ofType('event');
  const meetingsNamed = [...new Set([...ofType('meeting'), ...contextMeetings])];

  const intent = chooseIntent(q, named, previous, inherited);
  const focusFor = (meetings: readonly string[], entities: readonly string[], person?: string): Focus => ({
    intent,
    entities: [...new Set(entities)],
    meetings: [...new Set(meetings)],
    person: person ?? people[0],
    facts: [],
  });
  const namedIds = named.map((m) => m.entity);
  const decline = (text: string, confidence = 0.8, extra: Partial<Plan> = {}): Plan => ({
    intent,
    answered: false,
    sentences: [{ text, facts: [] }],
    confidence,
    focus: previous && inherited ? previous : focusFor([], namedIds),
    suggestAbout: [...namedIds, ...(previous?.entities ?? [])],
    ...extra,
  });

  if (intent === 'help' || (q.empty && !previous)) {
    return { ...decline(t.help, 1), intent: 'help' };
  }
  if (q.empty) return decline(t.decline, 0.6);

  // ---- What the coverage cannot answer, whatever else the question says.
  if (q.scopeBreakers.length > 0) return decline(fill(t.decline_about, { what: q.scopeBreakers[0] as string }), 0.85);
  // A name the coverage never mentions ("Guterres"): declined, unless it is a place a known meeting is set in by mistake.
  const unknownNames = q.unknownNames.filter((n) => !q.unknownPlaces.includes(n));
  if (unknownNames.length > 0) return decline(fill(t.not_mentioned, { what: echo(unknownNames) }), 0.8);
  // A title nobody in the coverage holds ("le président de l'Agence X").
  const vacantTitle = named.find((m) => m.type === 'organisation' && m.roled && m.start >= 0 && !leaderOf(kb, m.entity) && !isAsked(q, m, env) && !named.some((p) => p.type === 'person' && p.start >= 0));
  if (vacantTitle && q.offTopic.length === 0 && (hasMeetingCue(q) || q.yesNo)) return decline(fill(t.not_mentioned, { what: vacantTitle.surface }), 0.7);
  // Words the coverage never uses: a question with a clear subject and a specific cue
  // tolerates a couple (slang, filler), a vague one none; with no subject at all, none.
  const foreign = q.offTopic.filter((w) => !q.unknownPlaces.includes(w));
  const anchored = named.length > 0 || q.concepts.size > 0 || inherited;
  const specific = (['who', 'where', 'when', 'why', 'role', 'meetings', 'count', 'sources', 'summary', 'help'] as Intent[]).includes(intent);
  const allowance = !anchored && !['sources', 'summary', 'meetings', 'count', 'help'].includes(intent) ? 0 : specific ? 2 : 1;
  if (foreign.length > allowance) return decline(fill(t.decline_about, { what: echo(foreign) }), 0.7);
  // "Did they talk about cybercrime?": the topic is the one word nothing matched.
  const topical = intent === 'topics' || intent === 'statement' || (intent === 'yesno' && topicLike(q));
  if (topical && !hasTopic(q) && foreign.length > 0 && !inherited) return decline(fill(t.decline_about, { what: echo(foreign) }), 0.7);
  // "What did <someone unknown> say?": a statement with no speaker the coverage knows.
  const speakers = named.filter((m) => (m.type === 'person' || m.type === 'organisation') && !isTopicOf(q, m));
  if (intent === 'statement' && q.offTopic.length > 0 && speakers.length === 0) {
    return decline(fill(t.not_mentioned, { what: echo(q.offTopic) }), 0.7);
  }

  // ---- Meetings the question is about, and any premise they contradict.
  // Organisations count as participants only where some meeting involves them ("when did A meet the agency B works for?").
  const meetingPeople = [
    ...people.filter((p) => kb.meetings.some((m) => involves(kb, m, p))),
    ...orgs.filter((o) => (!named.find((m) => m.entity === o)?.roled || people.length === 0) && kb.meetings.some((m) => involves(kb, m, o))),
  ];
  let meetings: Meeting[] = meetingsNamed.length ? kb.meetings.filter((m) => meetingsNamed.includes(m.id)) : [...kb.meetings];
  const byPeople = meetings.filter((m) => meetingPeople.every((p) => involves(kb, m, p)));
  const constrainingPlaces = places.filter((p) => {
    const place = kb.entities.get(p.entity);
    return p.locative || (place?.type === 'place' && (place.kind === 'city' || place.kind === 'venue') && hostsSomething(kb, p.entity));
  });
  // "When does the GA end?" is about the event; "what are the meetings at the GA for?" about meetings held there.
  const eventSubject = events.length > 0 && people.length === 0 && orgs.length === 0 && meetingsNamed.length === 0 && !['why', 'topics', 'statement', 'who', 'meetings'].includes(intent);

  // Role premise: "the Agency chief Berg", "Berg, chef de l'Agence".
  const byNameMentions = named.filter((m) => m.type === 'person' && m.via === 'alias' && m.start >= 0);
  for (const org of named.filter((m) => m.type === 'organisation' && m.roled)) {
    for (const person of byNameMentions) {
      if (appositive(q, person, org, env) && !affiliations(kb, person.entity).has(org.entity)) {
        const role = factsAbout(kb, person.entity, 'role');
        if (role.length) return corrected(intent, [polar('no', role[0] as Fact, q, env)], focusFor([], [person.entity], person.entity), env, q);
      }
    }
  }
  // Affiliation premise: "Berg, qui bosse pour l'Agence", "Berg from the Agency".
  for (const claim of q.affiliations) {
    const person = byNameMentions.find((p) => p.end <= claim.start && claim.start - p.end <= 2);
    const org = named.find((m) => m.type === 'organisation' && m.start >= claim.end && m.start - claim.end <= 2);
    if (person && org && !affiliations(kb, person.entity).has(org.entity)) {
      const role = factsAbout(kb, person.entity, 'role');
      if (role.length) return corrected(intent, [polar('no', role[0] as Fact, q, env)], focusFor([], [person.entity], person.entity), env, q);
    }
  }
  // Title premise: "interior minister Ribeiro", "Ribeiro, la ministre de l'Intérieur".
  const titled = byNameMentions.find((p) => wrongTitle(q, p, env));
  if (titled) {
    const role = factsAbout(kb, titled.entity, 'role');
    if (role.length) return corrected(intent, [polar('no', role[0] as Fact, q, env)], focusFor([], [titled.entity], titled.entity), env, q);
  }
  // Identity premise: "is Berg the port chief?", "Berg, the port chief, …".
  const roleMentions = named.filter((m) => m.type === 'person' && m.via === 'role' && m.start >= 0);
  const byRole = roleMentions.map((m) => m.entity);
  const byName = byNameMentions.map((m) => m.entity);
  const apposed = byNameMentions.find((p) => roleMentions.some((r) => r.entity !== p.entity && appositive(q, p, r, env)));
  if (apposed) {
    const role = factsAbout(kb, apposed.entity, 'role');
    if (role.length) return corrected(intent, [polar('no', role[0] as Fact, q, env)], focusFor([], [apposed.entity], apposed.entity), env, q);
  }
  if (q.yesNo && byRole.length && byName.length && !hasMeetingCue(q)) {
    const who = byName[0] as string;
    const role = factsAbout(kb, who, 'role');
    if (role.length) {
      return byRole.includes(who)
        ? { intent: 'yesno', answered: true, sentences: [polar('yes', role[0] as Fact, q, env)], premise: 'confirmed', confidence: 0.9, focus: focusFor([], [who], who), suggestAbout: [] }
        : corrected('yesno', [polar('no', role[0] as Fact, q, env)], focusFor([], [who], who), env, q);
    }
  }

  // Numbers and dates that contradict what is named: "the 94th General Assembly", "the GA that ends on 30 November".
  const numberSlip = wrongNumber(q, named, env);
  if (numberSlip) {
    const facts = factsAbout(kb, numberSlip, 'where', 'definition').slice(0, 1);
    if (facts.length) return corrected(intent, facts.map((f) => polar('no', f, q, env)), focusFor([], [numberSlip]), env, q);
  }
  if (eventSubject) {
    const event = kb.entities.get(events[0] as string);
    if (event?.type === 'event' && q.dates.some((d) => outside(d, event.starts, event.ends))) {
      const when = factsAbout(kb, event.id, 'when');
      const rest = intent === 'where' ? factsAbout(kb, event.id, 'where') : [];
      if (when.length) return corrected(intent, [...when.slice(0, 1).map((f) => polar('no', f, q, env)), ...rest.slice(0, 1).map(say)], focusFor([], [event.id]), env, q);
    }
  }

  if (!eventSubject && MEETING_INTENTS.has(intent) && (meetingPeople.length > 0 || constrainingPlaces.length || q.dates.length || events.length)) {
    if (meetingPeople.length > 1 && byPeople.length === 0) {
      // They never met: say so, and say whom each of them did meet.
      const whoFacts = kb.meetings.filter((m) => meetingPeople.some((p) => involves(kb, m, p))).flatMap((m) => factsAbout(kb, m.id, 'who'));
      const [a, b] = meetingPeople;
      return {
        intent,
        answered: true,
        premise: 'corrected',
        sentences: [{ text: fill(t.never_met, { a: name(a as string), b: name(b ?? '') }), facts: [] }, ...whoFacts.slice(0, 2).map(say)],
        confidence: 0.85,
        focus: focusFor(whoFacts.map((f) => f.about), meetingPeople),
        suggestAbout: [],
      };
    }
    const candidates = meetingPeople.length ? byPeople : meetings;
    let fitting = candidates.filter((m) => constrainingPlaces.every((p) => placeAgrees(kb, m, p.entity)));
    // "à Casablanca": a place the coverage never names cannot be where a known meeting was.
    if (q.unknownPlaces.length && meetingPeople.length) fitting = [];
    let conflict: 'where' | 'when' | 'occasion' | undefined = fitting.length === 0 ? 'where' : undefined;
    if (!conflict) {
      fitting = fitting.filter((m) => q.dates.every((d) => dateAgrees(m.date, d)));
      if (fitting.length === 0) conflict = 'when';
    }
    if (!conflict && events.length) {
      fitting = fitting.filter((m) => events.every((e) => m.occasion === e));
      if (fitting.length === 0) conflict = 'occasion';
    }
    if (conflict && candidates.length && (meetingPeople.length > 0 || candidates.length < kb.meetings.length)) {
      const truth = candidates.slice(0, 2);
      // The 'when' fact says both the day and the city: what a wrong place or day needs.
      const slot = 'when';
      const facts = truth.map((m) => pick(factsAbout(kb, m.id, slot), q) ?? factsAbout(kb, m.id, 'who')[0]).filter(isFact);
      const sentences = facts.map((f, i) => (i === 0 ? polar('no', f, q, env) : say(f)));
      // Then answer what was asked, about the meeting that did happen.
      if (!['yesno', 'where', 'when', 'who', 'about', 'meetings'].includes(intent) && truth.length === 1) {
        for (const f of factsFor(intent, truth, q, env).slice(0, 2)) if (!facts.includes(f)) sentences.push(say(f));
      }
      return corrected(intent, sentences, focusFor(truth.map((m) => m.id), [...people, ...truth.flatMap((m) => [m.host, ...m.guests])], people[0] ?? truth[0]?.guests[0]), env, q);
    }
    if (conflict) {
      // Nothing fits and nobody was named: a place or date where nothing happened.
      return decline(t.not_said, 0.7);
    }
    meetings = fitting;
    // A topic that belongs to another meeting: "why did Berg bring up the floods?" when another meeting did.
    if (meetingPeople.length > 0) {
      const topics = places.filter((p) => !constrainingPlaces.includes(p) && !kb.meetings.some((m) => placeAgrees(kb, m, p.entity)));
      const here = new Set(meetings.flatMap((m) => factsAbout(kb, m.id)).flatMap((f) => [...f.mentions, ...(f.items ?? [])]));
      const missing = topics.filter((p) => !here.has(p.entity));
      if (missing.length && missing.length === topics.length) {
        const elsewhere = [...kb.facts.values()].find((f) => kb.entities.get(f.about)?.type === 'meeting' && missing.some((p) => f.mentions.includes(p.entity) || f.items?.includes(p.entity)));
        if (elsewhere) {
          const who = factsAbout(kb, elsewhere.about, 'who')[0];
          return corrected(intent, [polar('no', who ?? elsewhere, q, env), say(elsewhere)], focusFor([elsewhere.about], [elsewhere.about]), env, q);
        }
      }
    }
  } else if (meetingsNamed.length === 0) {
    meetings = meetingPeople.length ? byPeople : meetings;
  }

  // "Which one came first?" compares every meeting.
  if (intent === 'when' && q.ordinal && !q.mentions.some((m) => m.type === 'person' || m.type === 'place')) meetings = [...kb.meetings];
  const ids = meetings.map((m) => m.id);
  const answerPerson = (ms: Meeting[]) => {
    // After "who received X?", "he" is the one who was not named.
    const others = ms.flatMap((m) => [m.host, ...m.guests]).filter((p) => !people.includes(p));
    return intent === 'who' && people.length === 1 && others.length ? others[0] : people[0] ?? ms[0]?.guests[0];
  };
  const answer = (sentences: Sentence[], confidence: number, extra: Partial<Plan> = {}): Plan => withFacts({
    intent,
    answered: sentences.some((s) => s.facts.length > 0),
    sentences,
    confidence: Math.max(0.3, confidence - 0.07 * q.corrections - (inherited ? 0.05 : 0)),
    focus: focusFor(ids.length < kb.meetings.length || meetingsNamed.length ? ids : [], [...namedIds, ...(inherited ? previous?.entities ?? [] : [])], answerPerson(meetings)),
    suggestAbout: namedIds,
    ...extra,
  });

  // A communiqué credited to the wrong body: "the Agency's statement on the Berg visit".
  const issuers = named.filter((m) => m.type === 'organisation' && m.start >= 0).map((m) => m.entity);
  if ((intent === 'sources' || q.concepts.has('communique')) && meetingPeople.some((p) => kb.entities.get(p)?.type === 'person') && meetings.length < kb.meetings.length && issuers.length) {
    const wrong = meetings.filter((m) => !issuers.includes(m.communique));
    if (wrong.length === meetings.length && meetings.length) {
      const source = factsAbout(kb, (meetings[0] as Meeting).id, 'source')[0];
      if (source) return corrected(intent, [polar('no', source, q, env)], focusFor([(meetings[0] as Meeting).id], namedIds), env, q);
    }
  }
  // ---- Questions about something other than a meeting.
  if (eventSubject && ['when', 'where', 'about', 'definition', 'why', 'topics', 'yesno'].includes(intent)) {
    const event = events[0] as string;
    const entity = kb.entities.get(event);
    if (intent === 'when' && q.asksStart && entity?.type === 'event' && !entity.starts) return decline(t.not_said, 0.8);
    const slot = intent === 'where' ? 'where' : intent === 'when' ? 'when' : undefined;
    const facts = slot ? factsAbout(kb, event, slot) : factsAbout(kb, event);
    if (facts.length) {
      const sentences = facts.slice(0, 2).map(say);
      if (intent === 'yesno') {
        const misplaced = constrainingPlaces.some((p) => entity?.type === 'event' && entity.city !== p.entity && entity.venue !== p.entity);
        const where = factsAbout(kb, event, 'where')[0];
        if (misplaced && where) return corrected(intent, [polar('no', where, q, env)], focusFor([], [event]), env, q);
        return yesNoAnswer(q, sentences, facts, env, answer);
      }
      return answer(sentences, 0.9);
    }
  }

  // "Where are the UN police units?": a place named as a subject, not as a meeting's location.
  const subjectPlace = places.find((p) => !constrainingPlaces.includes(p));
  if (intent === 'where' && subjectPlace && meetingPeople.length === 0) {
    const facts = mentioning(kb, subjectPlace.entity).sort((a, b) => relevance(b, q) - relevance(a, q));
    if (facts.length) return answer(facts.slice(0, 2).map(say), 0.8);
  }

  switch (intent) {
    case 'role':
    case 'definition':
    case 'about': {
      const subjects = named.filter((m) => m.type !== 'meeting').map((m) => m.entity);
      const subject = subjects[0] ?? (inherited ? previous?.person ?? previous?.entities[0] : undefined);
      if (subject) {
        const entity = kb.entities.get(subject);
        if (entity?.type === 'person' && !entity.named && intent !== 'about') {
          return decline(fill(t.not_named, { who: name(subject) }).replace(/[:;] .*$/, '.'), 0.85, { suggestAbout: [subject] });
        }
        const own = factsAbout(kb, subject, 'role', 'definition');
        let facts = own;
        if (entity?.type === 'person' && intent === 'about') {
          facts = [...own, ...kb.meetings.filter((m) => involves(kb, m, subject)).flatMap((m) => factsAbout(kb, m.id, 'who'))];
        } else if (facts.length === 0 && entity?.type === 'place') {
          facts = kb.meetings.filter((m) => placeAgrees(kb, m, subject)).flatMap((m) => factsAbout(kb, m.id, 'where'));
          if (facts.length === 0) facts = mentioning(kb, subject);
        } else if (facts.length === 0) facts = factsAbout(kb, subject).length ? factsAbout(kb, subject) : mentioning(kb, subject);
        if (facts.length) {
          const subjectPerson = entity?.type === 'person' ? subject : undefined;
          return answer(facts.slice(0, env.options.maxFacts).map(say), 0.9, { focus: focusFor(ids.length < kb.meetings.length ? ids : [], [subject, ...subjects], subjectPerson) });
        }
      }
      if (meetingsNamed.length) return answer(meetings.flatMap((m) => factsAbout(kb, m.id, 'who')).map(say), 0.8);
      break;
    }
    case 'meetings': {
      const facts = meetings.flatMap((m) => factsAbout(kb, m.id, 'who'));
      if (facts.length) return answer(facts.map(say), 0.9);
      break;
    }
    case 'count': {
      // "How many is that?": count what the last answer listed.
      const listed = inherited && !q.countTarget ? (previous?.facts ?? []).map((id) => kb.facts.get(id)).find((f) => f?.items?.length) : undefined;
      if (listed?.items) return answer([countItems(listed, q, env, fill)], 0.85);
      if (eventSubject) {
        const withItems = events.flatMap((e) => factsAbout(kb, e)).find((f) => f.items?.length);
        return withItems ? answer([countItems(withItems, q, env, fill)], 0.85) : decline(t.not_said, 0.75);
      }
      return countAnswer(q, meetings, env, answer, fill) ?? decline(t.not_said, 0.6);
    }
    case 'summary': {
      const placed = meetings.filter((m) => constrainingPlaces.every((p) => placeAgrees(kb, m, p.entity)));
      const article = articleFor(q, placed.length ? placed : meetings, env);
      const facts = article
        ? article.summary.map((id) => kb.facts.get(id)).filter(isFact)
        : [...kb.articles.values()].sort((a, b) => a.date.localeCompare(b.date)).flatMap((a) => a.summary.slice(0, 2).map((id) => kb.facts.get(id)).filter(isFact));
      return answer(facts.map(say), 0.85, { focus: focusFor(article ? meetings.filter((m) => m.article === article.id).map((m) => m.id) : [], namedIds) });
    }
    case 'sources': {
      const sentences = [...kb.articles.values()]
        .sort((a, b) => a.date.localeCompare(b.date))
        .filter((a) => meetings.length === kb.meetings.length || meetings.some((m) => m.article === a.id))
        .map((a) => {
          const source = [...kb.facts.values()].find((f) => f.slot === 'source' && f.evidence.some((e) => e.article === a.id));
          return {
            text: fill(t.source_line, { title: articleTitle(a, kb, lang), date: formatDate(a.date, kb, lang), fact: source?.text[lang] ?? '' }),
            facts: source ? [source] : [],
          };
        });
      return answer(sentences, 0.9);
    }
    case 'yesno': {
      const facts = factsFor(topicLike(q) ? 'topics' : (bestCue(q, ['where', 'when', 'why', 'who']) ?? 'who'), meetings, q, env);
      return yesNoAnswer(q, facts.slice(0, 2).map(say), facts, env, answer, meetings.length < kb.meetings.length || people.length > 0 || hasTopic(q));
    }
    case 'who':
    case 'where':
    case 'when':
    case 'why':
    case 'topics':
    case 'statement': {
      const facts = factsFor(intent, meetings, q, env);
      if (facts.length) return answer(facts.map(say), 0.9);
      break;
    }
    default:
      break;
  }

  // ---- No rule fits: retrieve the closest curated facts, or decline.
  const hits = env.retrieval.search(q.tokens, 2).filter((h) => h.score >= env.options.retrievalThreshold);
  if (hits.length && (q.concepts.size > 0 || named.length > 0 || inherited)) {
    const top = hits[0] as { score: number; value: Fact };
    const kept = hits.filter((h) => h.score >= top.score * 0.75).map((h) => h.value);
    return answer(kept.map(say), Math.min(0.75, 0.4 + top.score / 40), { intent: intent === 'unknown' ? 'about' : intent });
  }
  return decline(t.decline, 0.6);
}

// ---------------------------------------------------------------------------

function chooseIntent(q: Question, named: Mention[], previous: Focus | undefined, inherited: boolean): Intent {
  const scores = q.intentScores;
  const hasPerson = named.some((m) => m.type === 'person');
  const hasOrgOrPlace = named.some((m) => m.type === 'organisation' || m.type === 'place' || m.type === 'event');
  if ((scores.get('help') ?? 0) >= 3 && named.length === 0) return 'help';
  if ((scores.get('count') ?? 0) >= 3) return 'count';
  const sources = scores.get('sources') ?? 0;
  if (sources >= 3 && sources > (scores.get('summary') ?? 0) && (scores.get('who') ?? 0) < 2) return 'sources';
  if ((scores.get('summary') ?? 0) >= 3) return 'summary';
  if (sources >= 3 && (scores.get('who') ?? 0) < 2) return 'sources';
  if (q.yesNo) return 'yesno';
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || PRIORITY.indexOf(a[0]) - PRIORITY.indexOf(b[0]));
  // A lone unaccented "ou" is more often "or" than "where".
  let best: CueIntent | undefined = ranked.find(([intent, s]) => !(intent === 'where' && s < 1))?.[0];
  const score = (i: CueIntent) => scores.get(i) ?? 0;
  // "qui est X" is a role question, "qui a reçu X" a who question.
  if (score('role') >= 3 && score('role') >= score('who')) best = 'role';
  if (best === 'role' && !hasPerson && hasOrgOrPlace) best = 'definition';
  if (best === 'definition' && hasPerson && !hasOrgOrPlace) best = 'role';
  if (best === 'who' && score('role') >= 3 && score('who') <= 3) best = hasPerson || !hasOrgOrPlace ? 'role' : 'definition';
  if ((best === 'topics' || best === 'who') && score('statement') >= score('topics') && score('statement') >= 2 && score('who') < 3) best = 'statement';
  if (best === 'meetings' && score('who') > score('meetings')) best = 'who';
  if (best === 'who' && named.length === 0 && !previous && score('meetings') > 0) best = 'meetings';
  if (best === 'help' && named.length > 0) best = undefined;
  // "c'est quoi le lien avec le sport ?": a generic "what is" about an idea asks what was said about it.
  if ((best === undefined || best === 'definition' || best === 'role') && q.concepts.size > 0 && score('role') < 3 && !previous?.intent.match(/^(count)$/)) best = 'topics';
  if (best) return best;
  // "and Berg?": the previous question, about someone else.
  if (previous && !inherited && named.length > 0 && q.followUp) return previous.intent;
  if (previous && inherited) return previous.intent === 'yesno' ? 'about' : previous.intent;
  if (named.length > 0) return 'about';
  return 'unknown';
}

/** Which cue wins a tie: the more specific question first. */
const PRIORITY: CueIntent[] = ['when', 'where', 'why', 'who', 'statement', 'topics', 'count', 'meetings', 'summary', 'sources', 'role', 'definition', 'help'];

function dedupe(mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => (seen.has(m.entity) ? false : (seen.add(m.entity), true)));
}

function hasMeetingCue(q: Question): boolean {
  return (q.intentScores.get('who') ?? 0) >= 2;
}

function hasTopic(q: Question): boolean {
  return q.concepts.size > 0 || q.mentions.some((m) => m.type === 'place' && !m.locative);
}

function topicLike(q: Question): boolean {
  return (q.intentScores.get('topics') ?? 0) >= 2 || (q.intentScores.get('statement') ?? 0) >= 2 || (hasTopic(q) && (q.intentScores.get('who') ?? 0) < 2);
}

function bestCue(q: Question, among: CueIntent[]): CueIntent | undefined {
  let best: CueIntent | undefined;
  for (const i of among) if ((q.intentScores.get(i) ?? 0) > (best ? q.intentScores.get(best) ?? 0 : 0)) best = i;
  return best;
}

const isFact = (f: Fact | undefined): f is Fact => f !== undefined;

/** The user's own words, quoted back in a refusal: a few, and short. */
function echo(words: readonly string[]): string {
  const kept = words.slice(0, 4).join(' ');
  return words.length > 4 ? `${kept} …` : kept;
}
const isMention = (m: Mention | undefined): m is Mention => m !== undefined;

const titleWordCache = new WeakMap<object, Set<string>>();

/** The folded words of a person's titles, computed once per person. */
function titleWords(person: { roles: string[] }): Set<string> {
  let words = titleWordCache.get(person);
  if (!words) {
    words = new Set(person.roles.flatMap((r) => r.split(/\s+/)).map((w) => w.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')));
    titleWordCache.set(person, words);
  }
  return words;
}

/** The person who leads an organisation, if the coverage names one. */
function leaderOf(kb: KnowledgeBase, orgId: string): string | undefined {
  for (const e of kb.entities.values()) if (e.type === 'person' && e.leads.includes(orgId)) return e.id;
  return undefined;
}

/** Whether a mention is what the question asks for ("which UN officials…"). */
function isAsked(q: Question, m: Mention, env: Env): boolean {
  const { fr, en } = env.lexicon.languages;
  return q.tokens.slice(Math.max(0, m.start - 4), m.start).some((w) => fr.whWords.has(w) || en.whWords.has(w));
}

/** A title next to a name that none of the person's titles carries ("interior minister Ribeiro"). */
function wrongTitle(q: Question, person: Mention, env: Env): boolean {
  const entity = env.kb.entities.get(person.entity);
  if (entity?.type !== 'person') return false;
  const { fr, en } = env.lexicon.languages;
  const titles = titleWords(entity);
  const glue = new Set(['the', 'le', 'la', 'l', ',']);
  const before = q.tokens[person.start - 1];
  const after = q.tokens[person.end];
  const near = [before, before && glue.has(before) ? q.tokens[person.start - 2] : undefined, after, after && glue.has(after) ? q.tokens[person.end + 1] : undefined];
  const claimed = near.filter((w): w is string => w !== undefined && (fr.roleWords.words.has(w) || en.roleWords.words.has(w)));
  // Only titles that are not part of a title the question already resolved.
  const inRole = q.mentions.some((m) => m.via === 'role' && m.entity === person.entity);
  return !inRole && claimed.length > 0 && claimed.every((w) => !titles.has(w));
}

function displayNames(kb: KnowledgeBase, id: string): string {
  const e = kb.entities.get(id);
  return e ? e.name.en : id;
}

/** Whether a name is what the question is about ("what did X say about Y": Y), rather than who acts. */
function isTopicOf(q: Question, m: Mention): boolean {
  const before = q.tokens[m.start - 1];
  const markers = new Set(['about', 'on', 'regarding', 'concerning', 'sur', 'concernant', 'propos']);
  return m.start > 0 && before !== undefined && markers.has(before);
}

function withFacts(plan: Plan): Plan {
  return { ...plan, focus: { ...plan.focus, facts: [...new Set(plan.sentences.flatMap((s) => s.facts.map((f) => f.id)))] } };
}

/**
 * Whether a title stands next to a name as its apposition ("the Agency chief
 * Berg", "Berg, chef de l'Agence") rather than as another subject of the
 * sentence ("quels responsables de l'Agence Ribeiro a-t-elle reçus ?").
 */
function appositive(q: Question, person: Mention, title: Mention, env: Env): boolean {
  const glue = new Set(['the', 'le', 'la', 'l', 'de', 'du', 'd', 'des', 'of', 'from', 'at', 'chez', 'a', 'an']);
  const { fr, en } = env.lexicon.languages;
  const isRoleWord = (w: string) => fr.roleWords.words.has(w) || en.roleWords.words.has(w);
  const isWh = (w: string | undefined) => w !== undefined && (fr.whWords.has(w) || en.whWords.has(w));
  // "as head of X", "en tant que chef de X": said of the subject wherever it stands.
  let back = title.start - 1;
  while (back >= 0 && (glue.has(q.tokens[back] as string) || isRoleWord(q.tokens[back] as string))) back--;
  const capacity = [fr, en].some((l) => l.capacity.all(q.tokens).some((m) => m.end >= back && m.end <= title.start));
  if (capacity && person.start < title.start) return true;
  if (title.end <= person.start) {
    if (person.start - title.end > 1) return false;
    if (isWh(q.tokens[back])) return false;
    return q.tokens.slice(title.end, person.start).every(isRoleWord);
  }
  if (person.end <= title.start) {
    const between = q.tokens.slice(person.end, title.start);
    return between.length <= 4 && between.every((w) => glue.has(w) || isRoleWord(w));
  }
  return false;
}

/** An entity named with another number than its own ("94e AG" for the 93rd): the entity's id. */
function wrongNumber(q: Question, named: Mention[], env: Env): string | undefined {
  for (const m of named) {
    if (m.start < 0 || (m.type !== 'event' && m.type !== 'organisation')) continue;
    const entity = env.kb.entities.get(m.entity);
    const own = /\d+/.exec(`${entity?.name.fr ?? ''} ${entity?.name.en ?? ''}`)?.[0];
    if (!own) continue;
    const inside = q.tokens.slice(m.start, m.end).map((w) => /^(\d+)/.exec(w)?.[1]).find(Boolean);
    const before = [q.tokens[m.start - 1], q.tokens[m.start - 2]].map((w) => (w ? /^(\d+)(?:e|er|eme|ieme|th|st|nd|rd)?$/.exec(w)?.[1] : undefined)).find(Boolean);
    const said = inside ?? before;
    if (said && said !== own) return m.entity;
  }
  return undefined;
}

/** Whether a date mention falls outside an event's curated start and end. */
function outside(d: { day?: number; month?: number; year?: number }, starts?: string, ends?: string): boolean {
  if (d.day === undefined || d.month === undefined) return false;
  const year = d.year ?? Number((ends ?? starts ?? '').slice(0, 4));
  const iso = `${year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  return (ends !== undefined && iso > ends) || (starts !== undefined && iso < starts);
}

/** How well a fact fits the question's concepts and named entities. */
function relevance(fact: Fact, q: Question): number {
  let score = 0;
  for (const c of fact.concepts) score += q.concepts.get(c) ?? 0;
  for (const m of q.mentions) {
    if (m.locative) continue;
    if (fact.mentions.includes(m.entity) || fact.items?.includes(m.entity) || fact.speaker === m.entity) score += m.type === 'place' || m.type === 'organisation' ? 2 : 0.5;
  }
  return score;
}

function pick(facts: Fact[], q: Question): Fact | undefined {
  return [...facts].sort((a, b) => relevance(b, q) - relevance(a, q))[0];
}

/** How well each kind of fact answers each kind of question (1 = exactly what was asked). */
const SLOT_FIT: Partial<Record<Intent, Partial<Record<Fact['slot'], number>>>> = {
  who: { who: 1, statement: 0.3, why: 0.2, occasion: 0.5, topic: 0.2 },
  where: { where: 1, occasion: 0.3, why: 0.3, statement: 0.3 },
  when: { when: 1, who: 0.4 },
  why: { why: 1, occasion: 0.4, statement: 0.5, topic: 0.3 },
  topics: { topic: 1, statement: 0.8, why: 0.7, occasion: 0.2 },
  statement: { statement: 1, why: 0.9, topic: 0.3 },
  about: { who: 1, why: 0.5, topic: 0.5 },
};
const WEIGHTS = { slot: 2.5, words: 1.5 };

/**
 * Facts about some meetings that answer an intent, best first: what the
 * question asks (slot), what it talks about (concepts, names) and the words
 * it shares with the fact (BM25) all count, so a paraphrase finds its fact.
 */
function factsFor(intent: Intent, meetings: Meeting[], q: Question, env: Env): Fact[] {
  const { kb } = env;
  let fit = SLOT_FIT[intent] ?? SLOT_FIT.who ?? {};
  // "Why was he in Lisbon?" asks what brought him there: the occasion.
  if (intent === 'why' && q.mentions.some((m) => m.type === 'place' && m.locative)) fit = { ...fit, occasion: 1.1 };
  const candidates = meetings.flatMap((m) => factsAbout(kb, m.id)).filter((f) => (fit[f.slot] ?? 0) > 0);
  if (candidates.length === 0) return [];
  const words = env.retrieval.scores(queryTokens(q, env));
  const top = Math.max(1e-9, ...candidates.map((f) => words.get(f) ?? 0));
  const speakers = q.mentions.filter((x) => x.type === 'person').map((x) => x.entity);
  const score = (f: Fact) =>
    WEIGHTS.slot * (fit[f.slot] ?? 0) +
    relevance(f, q) +
    WEIGHTS.words * ((words.get(f) ?? 0) / top) +
    (intent === 'statement' && f.speaker && speakers.includes(f.speaker) ? 1 : 0);
  const ranked = candidates.map((f) => ({ f, s: score(f) })).sort((a, b) => b.s - a.s);
  const best = ranked[0]?.s ?? 0;

  // "Who talked about the Horn of Africa?": the fact that says it, and who was there.
  if (intent === 'who' && hasTopic(q) && ranked[0] && ranked[0].f.slot !== 'who' && relevance(ranked[0].f, q) > 0) {
    const content = ranked[0].f;
    const who = factsAbout(kb, content.about, 'who')[0];
    return who && !content.text.en.includes(displayNames(kb, content.about)) ? [who, content] : [content];
  }
  // "Where did they meet?" about two meetings: one answer per meeting.
  if ((intent === 'who' || intent === 'where' || intent === 'when') && meetings.length > 1) {
    const perMeeting = meetings.map((m) => ranked.find((r) => r.f.about === m.id && r.s >= best * 0.7)?.f).filter(isFact);
    if (perMeeting.length) return perMeeting;
  }
  const limit = intent === 'topics' && !hasTopic(q) ? env.options.maxFacts : intent === 'about' ? 1 : 2;
  const cut = intent === 'topics' ? 0.6 : 0.8;
  const chosen = ranked.filter((r) => r.s >= best * cut).slice(0, limit).map((r) => r.f);
  // A "why" answer states a purpose, even when the best match is the occasion.
  if (intent === 'why' && !chosen.some((f) => f.slot === 'why')) {
    const purpose = ranked.find((r) => r.f.slot === 'why')?.f;
    if (purpose) chosen.splice(Math.min(chosen.length, limit - 1), 1, purpose);
  }
  return chosen;
}

function queryTokens(q: Question, env: Env): string[] {
  const { fr, en } = env.lexicon.languages;
  return q.tokens.filter((t) => !fr.stopwords.has(t) && !en.stopwords.has(t));
}

/** "Yes: …" / "No: …" around a fact's sentence. */
function polar(kind: 'yes' | 'no', fact: Fact, q: Question, env: Env): Sentence {
  const template = env.kb.languages[q.language].templates[kind];
  return { text: template.replace('{fact}', lowerFirst(fact.text[q.language])), facts: [fact] };
}

/** Lowercases a leading article or pronoun after "No:", never a name. */
function lowerFirst(text: string): string {
  return /^(La|Le|Les|L'|Ils|Elle|Il|Ces|Cette|The|They|These|This|It)\b/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}

function corrected(intent: Intent, sentences: Sentence[], focus: Focus, env: Env, q: Question): Plan {
  return { intent, answered: true, sentences, premise: 'corrected', confidence: Math.max(0.5, 0.85 - 0.05 * q.corrections), focus, suggestAbout: [] };
}

function yesNoAnswer(q: Question, sentences: Sentence[], facts: Fact[], env: Env, answer: (s: Sentence[], c: number, e?: Partial<Plan>) => Plan, constrained = true): Plan {
  const first = facts[0];
  if (!first || !constrained) {
    const lang = q.language;
    return { ...answer([{ text: env.kb.languages[lang].templates.not_said, facts: [] }], 0.6), answered: false };
  }
  // A topic the question names but no fact carries: the articles do not say so.
  if (hasTopic(q) && topicLike(q) && relevance(first, q) === 0) {
    const other = env.retrieval.search(q.tokens, 1)[0];
    if (other && relevance(other.value, q) > 0 && other.value.about !== first.about) {
      const who = factsAbout(env.kb, other.value.about, 'who')[0];
      return answer([polar('no', who ?? other.value, q, env), { text: other.value.text[q.language], facts: [other.value] }], 0.8, { premise: 'corrected' });
    }
    return { ...answer([{ text: env.kb.languages[q.language].templates.not_said, facts: [] }], 0.6), answered: false };
  }
  // "Didn't they meet in Lisbon?" / "Il n'a pas reçu Berg ?": a bare yes or no would be ambiguous; say what happened.
  if (q.negated) return answer([{ text: env.kb.languages[q.language].templates.in_fact.replace('{fact}', lowerFirst(first.text[q.language])), facts: [first] }, ...sentences.slice(1)], 0.8, { premise: 'corrected' });
  return answer([polar('yes', first, q, env), ...sentences.slice(1)], 0.85, { premise: 'confirmed' });
}

function countAnswer(
  q: Question,
  meetings: Meeting[],
  env: Env,
  answer: (s: Sentence[], c: number) => Plan,
  fill: (t: string, v: Record<string, string>) => string,
): Plan | undefined {
  const { kb } = env;
  const lang = q.language;
  const t = kb.languages[lang].templates;
  const target = q.countTarget ?? (hasTopic(q) ? 'item' : 'meeting');
  // "How many days between the two meetings?": the ones named, or both when there are only two.
  const spanned = kb.meetings.length === 2 ? kb.meetings : meetings;
  if (target === 'day' && spanned.length === 2) {
    const [a, b] = spanned as [Meeting, Meeting];
    const days = Math.round(Math.abs(Date.parse(b.date) - Date.parse(a.date)) / 86_400_000);
    const when = [a, b].flatMap((m) => factsAbout(kb, m.id, 'when').slice(0, 1));
    return answer([...when.map((f) => ({ text: f.text[lang], facts: [f] })), { text: fill(t.days_between, { n: String(days) }), facts: when }], 0.85);
  }
  if (target === 'article') {
    const facts = [...kb.articles.values()].flatMap((a) => kb.meetings.filter((m) => m.article === a.id).flatMap((m) => factsAbout(kb, m.id, 'source')));
    return answer([{ text: fill(t.count_articles, { n: String(kb.articles.size) }), facts }], 0.9);
  }
  if (target === 'item') {
    const withItems = meetings.flatMap((m) => factsAbout(kb, m.id)).filter((f) => f.items?.length);
    const fact = pick(withItems, q);
    return fact ? answer([countItems(fact, q, env, fill)], 0.85) : undefined;
  }
  // "How many officers serve…": people are counted only as meeting participants.
  if (target === 'person' && !hasMeetingCue(q)) return undefined;
  const facts = meetings.flatMap((m) => factsAbout(kb, m.id, 'who'));
  const lead = meetings.length === 1 ? t.count_meeting_one : fill(t.count_meetings, { n: String(meetings.length) });
  return answer([{ text: lead, facts: [] }, ...facts.map((f) => ({ text: f.text[lang], facts: [f] }))], 0.9);
}

function countItems(fact: Fact, q: Question, env: Env, fill: (t: string, v: Record<string, string>) => string): Sentence {
  const t = env.kb.languages[q.language].templates;
  const names = (fact.items ?? []).map((id) => env.kb.entities.get(id)?.name[q.language] ?? id);
  return { text: fill(t.count_items, { n: String(names.length), list: joinList(names, t) }), facts: [fact] };
}

function joinList(items: string[], t: { and: string; list_sep: string }): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(t.list_sep)}${t.and}${items.at(-1) as string}`;
}

function articleFor(q: Question, meetings: Meeting[], env: Env) {
  const { kb } = env;
  const articles = [...kb.articles.values()].sort((a, b) => a.date.localeCompare(b.date));
  if (q.ordinal === '1') return articles[0];
  if (q.ordinal === '2') return articles[1];
  if (q.ordinal === 'last') return articles.at(-1);
  if (meetings.length === 1) return kb.articles.get((meetings[0] as Meeting).article);
  return undefined;
}

function mentioning(kb: KnowledgeBase, id: string): Fact[] {
  return [...kb.facts.values()].filter((f) => f.mentions.includes(id) || f.items?.includes(id));
}
