// The shape of every file in knowledge/. Referential integrity, uniqueness and
// quote checks need the whole base and live in validate.ts.
import { z } from 'zod';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]*$/, 'ids are lowercase letters, digits, dots and dashes');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD, in quotes');
const text = z.string().trim().min(1);
export const bilingual = z.strictObject({ fr: text, en: text });

export const paragraphSchema = z.strictObject({
  kind: z.enum(['body', 'caption']).default('body'),
  text,
});

export const articleSchema = z.strictObject({
  id,
  date: isoDate,
  title: text,
  title_editorial: z.boolean().default(false),
  title_en: text.optional(),
  communique: id,
  summary: z.array(id).min(1),
  paragraphs: z.array(paragraphSchema).min(1),
});

const entityBase = {
  id,
  name: bilingual,
  short: bilingual.optional(),
  aliases: z.array(text).default([]),
  /** Words for more specific things the articles do not name ("Mali" for the Sahel): never supported. */
  narrower: z.array(text).default([]),
};

export const personSchema = z.strictObject({
  ...entityBase,
  type: z.literal('person'),
  named: z.boolean().default(true),
  gender: z.enum(['m', 'f', 'x']).default('x'),
  roles: z.array(text).default([]),
  belongs_to: z.array(id).default([]),
  leads: z.array(id).default([]),
});

export const organisationSchema = z.strictObject({
  ...entityBase,
  type: z.literal('organisation'),
  part_of: id.optional(),
  /** The country the organisation belongs to: "did Morocco meet the UN?" is about its people. */
  country: id.optional(),
});

/** The leading articles a place's name may start with; "" for none. */
export const PLACE_ARTICLES = ['', 'le', 'la', "l'", 'les', 'the'] as const;

/**
 * How a place's displayed name (its short name, else its name) behaves in a
 * sentence in one language: the article it starts with, its gender and number,
 * so that a preposition before it contracts ("à" + "le Maroc": "au Maroc").
 */
export const placeGrammarSchema = z
  .strictObject({
    article: z.enum(PLACE_ARTICLES, `must be one of ${PLACE_ARTICLES.map((a) => JSON.stringify(a)).join(', ')}`),
    gender: z.enum(['m', 'f']).optional(),
    number: z.enum(['singular', 'plural']).optional(),
  })
  .superRefine((g, ctx) => {
    const agrees = { le: { gender: 'm', number: 'singular' }, la: { gender: 'f', number: 'singular' }, les: { number: 'plural' }, "l'": { number: 'singular' } }[g.article as string] as
      | { gender?: string; number?: string }
      | undefined;
    if (agrees?.gender && g.gender && g.gender !== agrees.gender) ctx.addIssue({ code: 'custom', path: ['gender'], message: `"${g.article}" is ${agrees.gender === 'm' ? 'masculine' : 'feminine'}` });
    if (agrees?.number && g.number && g.number !== agrees.number) ctx.addIssue({ code: 'custom', path: ['number'], message: `"${g.article}" is ${agrees.number}` });
  });

export const placeSchema = z
  .strictObject({
    ...entityBase,
    type: z.literal('place'),
    kind: z.enum(['city', 'country', 'region', 'venue']),
    within: id.optional(),
    /** Optional, per language: without it the name is used as it is ("à Rabat", "in Rabat"). */
    grammar: z.strictObject({ fr: placeGrammarSchema.optional(), en: placeGrammarSchema.optional() }).optional(),
  })
  .superRefine((place, ctx) => {
    for (const language of ['fr', 'en'] as const) {
      const article = place.grammar?.[language]?.article;
      if (!article) continue;
      const shown = (place.short ?? place.name)[language];
      const starts = article.endsWith("'") ? shown.toLowerCase().startsWith(article) : shown.toLowerCase().startsWith(`${article} `);
      if (!starts) ctx.addIssue({ code: 'custom', path: ['grammar', language, 'article'], message: `the ${place.short ? 'short ' : ''}name "${shown}" does not start with "${article}"` });
    }
  });

export const eventSchema = z.strictObject({
  ...entityBase,
  type: z.literal('event'),
  organiser: id.optional(),
  city: id.optional(),
  venue: id.optional(),
  starts: isoDate.optional(),
  ends: isoDate.optional(),
});

export const meetingSchema = z.strictObject({
  ...entityBase,
  type: z.literal('meeting'),
  article: id,
  host: id,
  guests: z.array(id).min(1),
  date: isoDate,
  city: id,
  venue: id.optional(),
  occasion: id.optional(),
  communique: id,
});

export const entitySchema = z.discriminatedUnion('type', [
  personSchema,
  organisationSchema,
  placeSchema,
  eventSchema,
  meetingSchema,
]);

export const slots = [
  'who',
  'when',
  'where',
  'why',
  'occasion',
  'topic',
  'statement',
  'role',
  'definition',
  'source',
] as const;

export const evidenceSchema = z.strictObject({ article: id, quote: text });

export const factSchema = z.strictObject({
  id,
  about: id,
  slot: z.enum(slots),
  /** What the fact's event is (knowledge/predicates.yaml): a claim with another predicate is not supported by it. */
  predicates: z.array(id).min(1),
  /** Who does it: the speaker, the host, the two sides. Empty: everyone in the meeting the fact is about. */
  agents: z.array(id).default([]),
  /** To whom, or whom: the guest received. */
  objects: z.array(id).default([]),
  speaker: id.optional(),
  mentions: z.array(id).default([]),
  items: z.array(id).optional(),
  concepts: z.array(id).default([]),
  text: bilingual,
  evidence: z.array(evidenceSchema).min(1),
});

const conceptWords = z.array(text);
/** A concept as SKOS has it: words that say the same, broader words, narrower words; a plain list is `same`. */
export const conceptSchema = z.union([
  conceptWords.min(1).transform((same) => ({ same, broader: [] as string[], narrower: [] as string[], opposite: [] as string[], label: undefined })),
  z.strictObject({
    label: bilingual.optional(),
    same: conceptWords.min(1),
    broader: conceptWords.default([]),
    narrower: conceptWords.default([]),
    /** Words for the opposite of what the facts say ("reduce" for "strengthen"): a claim with one is contradicted. */
    opposite: conceptWords.default([]),
  }),
]);
export const conceptsSchema = z.record(id, conceptSchema);

export const predicateKinds = ['meeting', 'content', 'presence', 'event', 'title', 'source'] as const;
export const predicateSchema = z.strictObject({
  id,
  kind: z.enum(predicateKinds),
  symmetric: z.boolean().default(false),
  /** An event verb a meeting can take too ("the meeting took place in …"): the meeting record carries it. */
  said_of_meetings: z.boolean().default(false),
  entails: z.array(id).default([]),
  /** The slot a bare "what" asks with this verb: "what did they discuss" asks the topics. */
  asks: z.enum(['topics', 'statement', 'why', 'sources']).optional(),
  words: z.strictObject({ fr: z.array(text).min(1), en: z.array(text).min(1) }),
});

export const unsupportedSchema = z.strictObject({ words: z.array(text).min(1) });

export const suggestionSchema = z.strictObject({
  about: z.array(id).default([]),
  fr: text,
  en: text,
});

const phrases = z.array(z.union([text, z.number().transform(String)]));

export const languageSchema = z.strictObject({
  code: z.enum(['fr', 'en']),
  locales: z.array(text).min(1),
  markers: phrases,
  stopwords: phrases,
  fillers: phrases,
  /** « je trouve ça bien que… », "glad that…": an opinion about what follows, set aside whole when a clause opens with it. */
  opinions: phrases.default([]),
  yes_no_openers: phrases,
  /** "…, right?", "…, non ?": a statement turned into a yes/no question. */
  yes_no_tags: phrases.default([]),
  yes_no_inversions: phrases,
  negations: phrases,
  pronouns: z.strictObject({ person: phrases, group: phrases.default([]), meeting: phrases, place: phrases }),
  followup_openers: phrases,
  locatives: phrases,
  /** "during", "pendant": the event after them is a meeting's occasion. */
  occasions: phrases.default([]),
  relations: phrases,
  /** "by", "par": who does what the (passive) verb says. */
  agent_markers: phrases.default([]),
  /** "else", "d'autre": the question wants what it does not already know. */
  exclusions: phrases.default([]),
  /** Everyday nouns that point at a meeting, the coverage or a person. */
  generic: z
    .strictObject({ meeting: phrases, article: phrases, person: phrases, event: phrases.default([]), organisation: phrases.default([]), document: phrases.default([]) })
    .default({ meeting: [], article: [], person: [], event: [], organisation: [], document: [] }),
  /** "which", "quelles": before an idea, the question asks for its members by name. */
  which: phrases.default([]),
  /** "before", "then": the order of two meetings; "came first", "en dernier": one meeting's rank among those meant. */
  order: z
    .strictObject({ before: phrases.default([]), after: phrases.default([]), then: phrases.default([]), first: phrases.default([]), last: phrases.default([]) })
    .default({ before: [], after: [], then: [], first: [], last: [] }),
  /** Phrases for spans of days ("a week": 7). */
  spans: z.record(z.string(), phrases).default({}),
  /** "about", "environ": a number give or take one. */
  approximately: phrases.default([]),
  /** "exactly", "pile": a round figure meant to the day. */
  exactly: phrases.default([]),
  bounds: z.strictObject({ at_most: phrases.default([]), at_least: phrases.default([]) }).prefault({}),
  already: phrases.default([]),
  /** "formerly", "auparavant": said of a time before the articles' own, of which they give nothing (someone's earlier posts). */
  past: phrases.default([]),
  /** "depuis un mois", "for years": how long something has lasted, which the articles never give. */
  since: phrases.default([]),
  /** "la clôture de", "the start of": the end or the start of an event, said with "before" or "after". */
  event_points: z.strictObject({ start: phrases.default([]), end: phrases.default([]) }).default({ start: [], end: [] }),
  /** "on day one", « le dernier jour de l'AG »: a day said to be an event's first or last. */
  event_days: z.strictObject({ first: phrases.default([]), last: phrases.default([]) }).default({ first: [], last: [] }),
  /** "in the same city", "by the same body": the meetings meant are said to share a place, or a communiqué's issuer. */
  same: z.strictObject({ place: phrases.default([]), issuer: phrases.default([]), month: phrases.default([]), year: phrases.default([]), meeting: phrases.default([]) }).default({ place: [], issuer: [], month: [], year: [], meeting: [] }),
  about_that: phrases.default([]),
  /** "each other", "entre eux": the people of one group said to have met one another. */
  reciprocal: phrases.default([]),
  /** "anyone else", « quelqu'un d'autre »: someone besides those the articles report. */
  others: phrases.default([]),
  never_given: phrases.default([]),
  /** Words of the future ("soon", "bientôt"): the articles report what happened, never what will. */
  future: phrases.default([]),
  /** "while", "lorsque": a clause of time, dated by what it says ("when Zouev came"). */
  temporal: phrases.default([]),
  /** Contractions applied after a sentence frame is filled ("de le" → "du"). */
  contractions: z.record(z.string(), z.string()).default({}),
  /** Endings of one word's forms: a question word and a fact word match when they differ only by these. */
  inflections: phrases.default([]),
  numbers: z.record(z.string(), phrases).default({}),
  capacity: phrases.default([]),
  /** Grammar words the reader needs to tell who is who (see knowledge/language/*.yaml). */
  syntax: z
    .strictObject({
      apposition: phrases.default([]),
      wh_lead: phrases.default([]),
      companion: phrases.default([]),
      about: phrases.default([]),
      what: phrases.default([]),
      wh: phrases.default([]),
      copula: phrases.default([]),
      /** Words that stand for a noun said just before ("the Marrakech one", « celle de Rabat »). */
      noun_anaphora: phrases.default([]),
      /** Words that give something a name ("called", « appelé »): a name and what it names are one thing. */
      naming: phrases.default([]),
      /** Adverbs said inside a verb of several words ("a bien eu lieu", "vient vraiment de"): the verb is read across them. */
      inserted_adverbs: phrases.default([]),
      /** Words for whoever leads something ("chef", "boss", "head"): one of them said of a leader is any of them. */
      heads: phrases.default([]),
      issuer: phrases.default([]),
      articles: phrases.default([]),
      conjunction: phrases.default([]),
      clause_joiners: phrases.default([]),
      universal: phrases.default([]),
      span_words: phrases.default([]),
      venues: phrases.default([]),
      relative: phrases.default([]),
      possessive: phrases.default([]),
      day_lead: phrases.default([]),
      in_situ: phrases.default([]),
      negators: phrases.default([]),
      /** "flew in from New York": where someone came from, which no fact gives. */
      origin: phrases.default([]),
      /** « n'a reçu personne »: words that complete a negation only right after « ne » (elsewhere a noun: « une personne »). */
      bound_negators: phrases.default([]),
      /** « n'a rencontré que Shahkar »: after a negation none of `negators` completes, the word that makes it "only". */
      restrictive: phrases.default([]),
      additive: phrases.default([]),
      exclusive: phrases.default([]),
      /** "surtout", "mainly": what was chiefly said or meant, which the articles never rank. */
      mainly: phrases.default([]),
      /** "for the first time", « une première »: how often something happened before, which the articles never count. */
      first_time: phrases.default([]),
      complementizers: phrases.default([]),
      including: phrases.default([]),
      auxiliary: phrases.default([]),
      participle_endings: phrases.default([]),
      /** A participle right after its subject, with no auxiliary, is passive ("Zouev reçu à Rabat"): true in French, not in English ("received" is also the past). */
      bare_participle_passive: z.boolean().default(false),
      progressive_endings: phrases.default([]),
      future_auxiliary: phrases.default([]),
      infinitive_endings: phrases.default([]),
    })
    .prefault({}),
  /** Words before a noun: after them, a word both verb and noun ("visit", "visite") is the noun. */
  determiners: phrases.default([]),
  /** Auxiliaries of the passive ("was received", "a été reçu"). */
  passive: phrases.default([]),
  affiliation: phrases.default([]),
  role_words: phrases,
  /** Endings of everyday words, so an unknown word with one is not taken for a name. */
  general_endings: phrases.default([]),
  /** Words that ask when something began: unanswerable where no start date is curated. */
  start_words: phrases.default([]),
  intents: z.record(z.string(), phrases),
  count_targets: z.strictObject({ meeting: phrases, article: phrases, item: phrases, person: phrases, day: phrases.default([]) }),
  ordinals: z.record(z.string(), phrases),
  templates: z.strictObject({
    yes: text,
    no: text,
    in_fact: text,
    facts_say: text,
    not_stated: text,
    not_stated_whether: text,
    unmentioned: text,
    not_by_name: text,
    not_called: text,
    unnamed: text,
    closest: text,
    no_meeting: text,
    clarify: text,
    more_questions: text,
    names_list: text,
    names_more: text,
    meetings_more: text,
    articles_more: text,
    unsupported_language: text,
    or: z.string(),
    never_met: text,
    not_mentioned: text,
    not_said: text,
    not_named: text,
    decline: text,
    decline_about: text,
    help: text,
    suggest: text,
    count_meetings: text,
    count_meeting_one: text,
    count_items: text,
    count_articles: text,
    days_between: text,
    days_left: text,
    source_line: text,
    editorial_title: text,
    check_supported: text,
    check_contradicted: text,
    check_unclear: text,
    check_count: text,
    check_count_supported: text,
    check_count_contradicted: text,
    check_count_not_stated: text,
    check_nothing: text,
    check_set_aside: text,
    check_question: text,
    check_questions: text,
    check_remark: text,
    check_remarks: text,
    check_unchecked: text,
    and: z.string(),
    list_sep: z.string(),
  }),
  dates: z.strictObject({
    months: z.array(text).length(12),
    weekdays: z.array(text).length(7),
    /** Short forms of each weekday, Sunday first ("wed", "thurs"); none where a short form is also an everyday word. */
    weekdays_short: z.array(z.array(text)).length(7).optional(),
    format: text,
    first_day: text,
  }),
});

export type ArticleFile = z.infer<typeof articleSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Person = z.infer<typeof personSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Place = z.infer<typeof placeSchema>;
export type PlaceGrammar = z.infer<typeof placeGrammarSchema>;
export type Event = z.infer<typeof eventSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type FactFile = z.infer<typeof factSchema>;
export type Slot = (typeof slots)[number];
export type Suggestion = z.infer<typeof suggestionSchema>;
export type LanguageProfile = z.infer<typeof languageSchema>;
export type Bilingual = z.infer<typeof bilingual>;
export type Concept = z.infer<typeof conceptSchema>;
export type Predicate = z.infer<typeof predicateSchema>;
export type PredicateKind = (typeof predicateKinds)[number];
