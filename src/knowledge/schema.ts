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
  speaker: id.optional(),
  mentions: z.array(id).default([]),
  items: z.array(id).optional(),
  concepts: z.array(id).default([]),
  text: bilingual,
  evidence: z.array(evidenceSchema).min(1),
});

export const conceptsSchema = z.record(id, z.array(text).min(1));

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
  yes_no_openers: phrases,
  yes_no_inversions: phrases,
  negations: phrases,
  pronouns: z.strictObject({ person: phrases, meeting: phrases, place: phrases }),
  followup_openers: phrases,
  locatives: phrases,
  relations: phrases,
  capacity: phrases.default([]),
  affiliation: phrases.default([]),
  role_words: phrases,
  scope_breakers: phrases,
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
    source_line: text,
    editorial_title: text,
    and: z.string(),
    list_sep: z.string(),
  }),
  dates: z.strictObject({
    months: z.array(text).length(12),
    weekdays: z.array(text).length(7),
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
