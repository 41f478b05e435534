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
  /** `link`: a link the page prints to another article (« Lire aussi : … »), its headline quotable; kept after the article's own paragraphs. */
  kind: z.enum(['body', 'caption', 'link']).default('body'),
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
  /** Words for more specific things the articles do not name ("Mali" for the <a region>): never supported. */
  narrower: z.array(text).default([]),
};

export const personSchema = z.strictObject({
  ...entityBase,
  type: z.literal('person'),
  named: z.boolean().default(true),
  /** Several people named as one ("the heads of delegations"): someone may be one of them. */
  group: z.boolean().default(false),
  gender: z.enum(['m', 'f', 'x']).default('x'),
  roles: z.array(text).default([]),
  belongs_to: z.array(id).default([]),
  leads: z.array(id).default([]),
});

export const organisationSchema = z.strictObject({
  ...entityBase,
  type: z.literal('organisation'),
  part_of: id.optional(),
  /** The country the organisation belongs to: "did K meet the U?" is about its people. */
  country: id.optional(),
});

/** The leading articles a place's name may start with; "" for none. */
export const PLACE_ARTICLES = ['', 'le', 'la', "l'", 'les', 'the'] as const;

/**
 * How a place's displayed name (its short name, else its name) behaves in a
 * sentence in one language: the article it starts with, its gender and number,
 * so that a preposition before it contracts ("à" + "le K": "au K").
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
    /** Aliases that are a common noun ("gardens"): the place only when no other name follows ("the gardens W" is another). */
    common_nouns: z.array(z.string().min(1)).optional(),
    /** Optional, per language: without it the name is used as it is ("à Y", "in Y"). */
    grammar: z.strictObject({ fr: placeGrammarSchema.optional(), en: placeGrammarSchema.optional() }).optional(),
  })
  .superRefine((place, ctx) => {
    for (const [i, noun] of (place.common_nouns ?? []).entries()) {
      if (!place.aliases.includes(noun)) ctx.addIssue({ code: 'custom', path: ['common_nouns', i], message: `"${noun}" is not one of the place's aliases; add it to aliases or remove it here` });
    }
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
  /** Whom a concept of the fact is said of ("the new USG": `new: B`): that concept carries a claim about them only. */
  describes: z.record(id, id).optional(),
  text: bilingual,
  evidence: z.array(evidenceSchema).min(1),
});

const conceptWords = z.array(text);
/** A concept as SKOS has it: words that say the same, broader words, narrower words; a plain list is `same`. */
export const conceptSchema = z.union([
  conceptWords.min(1).transform((same) => ({ same, broader: [] as string[], narrower: [] as string[], opposite: [] as string[], more: [] as string[], less: [] as string[], label: undefined, at: undefined, of_body: false, quality: false, link: false })),
  z.strictObject({
    label: bilingual.optional(),
    same: conceptWords.min(1),
    broader: conceptWords.default([]),
    narrower: conceptWords.default([]),
    /** Words for the opposite of what the facts say ("reduce" for "strengthen"): a claim with one is contradicted. */
    opposite: conceptWords.default([]),
    /** Words for more of something ("more officers", « plus de policiers »): a fact must carry this concept with that thing. */
    more: conceptWords.default([]),
    /** Words for less of something ("less partnership", « moins de partenariat »): a fact that carries this concept with that thing contradicts it. */
    less: conceptWords.default([]),
    /** Where the idea is, when its facts put it in one place (the headquarters: Z): said to be elsewhere, the claim is contradicted. */
    at: id.optional(),
    /** "strengthen the P": said right before a body, the idea is the body's, and only a fact whose `describes` gives it them says so. */
    of_body: z.boolean().default(false),
    /** Something said of a person ("new" in their post), never the field of a post: one another's post carries denies nothing. */
    quality: z.boolean().default(false),
    /** Words for a link the page prints to another article (« Lire aussi »): what only a link's headline says holds a claim that names the link, not one that takes it as reported. */
    link: z.boolean().default(false),
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
  /** "praised A": someone the verb is done to is what was said, not whom it was said to; a fact must name them. */
  object_is_topic: z.boolean().default(false),
  /** A verb that says another did not happen ("missed A", « a raté A »): read as that verb, denied. */
  denies: id.optional(),
  /** The slot a bare "what" asks with this verb: "what did they discuss" asks the topics. */
  asks: z.enum(['topics', 'statement', 'why', 'sources', 'role']).optional(),
  words: z.strictObject({ fr: z.array(text).min(1), en: z.array(text).min(1) }),
});

export const unsupportedSchema = z.strictObject({ words: z.array(text).min(1) });

export const suggestionSchema = z.strictObject({
  about: z.array(id).default([]),
  fr: text,
  en: text,
});

export { languageSchema, type LanguageProfile } from './language-schema.js';

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
export type Bilingual = z.infer<typeof bilingual>;
export type Concept = z.infer<typeof conceptSchema>;
export type Predicate = z.infer<typeof predicateSchema>;
export type PredicateKind = (typeof predicateKinds)[number];
