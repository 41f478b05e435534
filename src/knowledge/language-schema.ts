// The schema of a language file (knowledge/language/*.yaml): the words and
// phrases the reader knows a language by, checked when the knowledge loads.
import { z } from 'zod';

const text = z.string().trim().min(1);
const phrases = z.array(z.union([text, z.number().transform(String)]));

export const languageSchema = z.strictObject({
  code: z.enum(['fr', 'en']),
  locales: z.array(text).min(1),
  markers: phrases,
  stopwords: phrases,
  fillers: phrases,
  /** « je trouve ça bien que… », "glad that…": an opinion about what follows, set aside whole when a clause opens with it. */
  opinions: phrases.default([]),
  /** "I heard", « il paraît que »: what follows is a rumour the writer wants checked, said to be unsaid when the articles don't say it. */
  hearsay: phrases.default([]),
  /** "should", « devrait »: what ought to be, the writer's judgement unless said to be someone's words. */
  modal_judgements: phrases.default([]),
  /** "until", « jusqu'à »: the end of a span; said of someone's stay, a length no article gives. */
  until: phrases.default([]),
  /** "occupy", « précis », "even care": words that frame what a wh-question asks; ignored there, never in a claim or a yes/no question. */
  asking_frames: phrases.default([]),
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
    .strictObject({ before: phrases.default([]), after: phrases.default([]), then: phrases.default([]), sooner: phrases.default([]), first: phrases.default([]), last: phrases.default([]) })
    .default({ before: [], after: [], then: [], sooner: [], first: [], last: [] }),
  /** Phrases for spans of days ("a week": 7; "a few days", "2-9": from 2 to 9). */
  spans: z.record(z.string().regex(/^\d+(-\d+)?$/, 'a number of days, or a range such as "2-9"'), phrases).default({}),
  /** "about", "environ": a number give or take one. */
  approximately: phrases.default([]),
  /** "exactly", "pile": a round figure meant to the day. */
  exactly: phrases.default([]),
  bounds: z.strictObject({ at_most: phrases.default([]), at_least: phrases.default([]) }).prefault({}),
  already: phrases.default([]),
  still: phrases.default([]),
  /** « ça »: accented words that, typed without their accent, are still that word (no other word is spelt so). */
  unaccented: phrases.default([]),
  /** "formerly", "auparavant": said of a time before the articles' own, of which they give nothing (someone's earlier posts). */
  past: phrases.default([]),
  /** "depuis un mois", "for years": how long something has lasted, which the articles never give. */
  since: phrases.default([]),
  /** "la clôture de", "the start of": the end or the start of an event, said with "before" or "after". */
  event_points: z.strictObject({ start: phrases.default([]), end: phrases.default([]) }).default({ start: [], end: [] }),
  /** "on day one", « le dernier jour de l'AG »: a day said to be an event's first or last. */
  event_days: z.strictObject({ first: phrases.default([]), last: phrases.default([]) }).default({ first: [], last: [] }),
  /** "in the same city", "by the same body": the meetings meant are said to share a place, or a communiqué's issuer. */
  same: z.strictObject({ place: phrases.default([]), issuer: phrases.default([]), week: phrases.default([]), month: phrases.default([]), year: phrases.default([]), meeting: phrases.default([]), person: phrases.default([]) }).default({ place: [], issuer: [], week: [], month: [], year: [], meeting: [], person: [] }),
  about_that: phrases.default([]),
  /** "each other", "entre eux": the people of one group said to have met one another. */
  reciprocal: phrases.default([]),
  /** "anyone else", « quelqu'un d'autre »: someone besides those the articles report. */
  others: phrases.default([]),
  never_given: phrases.default([]),
  /** "do you think", « à ton avis »: asks the bot's own view, which it does not give. */
  asks_opinion: phrases.default([]),
  /** "what's the name of", « s'appelle comment »: asks what someone is called (of someone the articles never name, declined). */
  asks_name: phrases.default([]),
  /** "tell me about", « parle-moi de »: a request to tell of what follows it (an idea: what was said of it; an organisation: what it is). */
  telling: phrases.default([]),
  /** Words of the future ("soon", "bientôt"): the articles report what happened, never what will. */
  future: phrases.default([]),
  /** "while", "lorsque": a clause of time, dated by what it says ("when B came"). */
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
      /** Words that stand for a noun said just before ("the X one", « celle de Y »). */
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
      /** "the next day", « le lendemain »: a day counted from another, between two meetings only when the clause says one. */
      relative_days: phrases.default([]),
      /** « la <a country>, ça a été évoqué ? »: a pronoun that takes up the thing named right before it. */
      resumptive: phrases.default([]),
      venues: phrases.default([]),
      /** "in X and Y respectively": the places go with the people in the order named */
      respectively: phrases.default([]),
      /** "…at the X, where the Y is held": a relative that says what is at the place just named */
      place_relative: phrases.default([]),
      /** "incl.", « env. »: a word whose full stop ends no sentence when a lower-case word follows (single letters and months' short forms are such words too). */
      abbreviations: phrases.default([]),
      /** « ce message », "that": a word that points back to what was just said. */
      demonstratives: phrases.default([]),
      // « …, c'est lesquels ? », "which ones?": which, standing for an idea said before.
      which_pronouns: phrases.default([]),
      /** "another city", « d'autres villes »: nouns for a place, so that "other" said of one means other places, not other people. */
      place_nouns: phrases.default([]),
      event_parts: phrases.default([]),
      light_verbs: phrases.default([]),
      /** "lack", « manquent (de) »: a word that says an idea after it is wanting — its opposite, said. */
      privative: phrases.default([]),
      /** "the meetings", « les rencontres »: a plural noun for meetings, which with its article speaks of each of them. */
      plural_meetings: phrases.default([]),
      /** "day", « jour »: after a demonstrative, "that day" is the day said just before. */
      day_nouns: phrases.default([]),
      /** "the K guy": nouns for one person, which an idea next to them may say who is. */
      one_person: phrases.default([]),
      /** "…or not", « …ou pas »: the word before a negation that offers the other answer, asking rather than denying. */
      alternative: phrases.default([]),
      /** "Hope K gets more of these": a verb of wishing that opens a clause with no one before it is the writer's own wish. */
      own_wishes: phrases.default([]),
      /** "i was reading about A", « j'ai regardé le JT »: the writer, as the one who does it, speaks of themselves — no claim about the coverage. */
      first_person: phrases.default([]),
      /** « tout », "everything": before an exclusion (« sauf », "but"), what follows is what was not. */
      everything: phrases.default([]),
      partitive: phrases.default([]),
      /** « ?? non il est… », "No, it was…": a yes or no opening a clause answers what was asked; an aside, not part of the claim. */
      replies: phrases.default([]),
      /** Replies that are never a determiner or a conjunction (« non », "nope"): opening a message, an aside even with no comma after them. */
      bare_replies: phrases.default([]),
      /** Words that make a title a lower post ("adjoint", "deputy", "under"): a title said without one is another, higher post. */
      ranks: phrases.default([]),
      /** Verbs of asking ("asked", « a demandé »): followed by a question word, a question reported, not a claim. */
      asking: phrases.default([]),
      /** « lui », « leur » before a verb: whom one side spoke to, so the verb is that side's alone. */
      addressee: phrases.default([]),
      relative: phrases.default([]),
      /** "It was with B, in X, that…", « C'est avec B, à X, que… »: the word after which a cleft says what was done. */
      cleft_joiners: phrases.default([]),
      /** "as", « comme »: after a verb of describing, what someone is described as. */
      likening: phrases.default([]),
      /** Laughter ("lol", « mdr »): between two words, it parts them as an emoji does. */
      laughter: phrases.default([]),
      /** "described", « présenté »: verbs that say what someone is ("is C described as new?" claims C is new). */
      describing: phrases.default([]),
      /** "of", « de »: whose a thing is, after it ("the wish of A"). */
      genitive: phrases.default([]),
      /** "to", « au »: between two days of one month ("from 24 to 27 November"). */
      range_joiners: phrases.default([]),
      possessive: phrases.default([]),
      day_lead: phrases.default([]),
      /** "new in his post, like C?", « comme C »: the one named after it is compared with, not the one meant. */
      comparison: phrases.default([]),
      /** « ce dernier », "the latter": the last person the sentence before named, not its first. */
      latter: phrases.default([]),
      /** « l'a », "him": a pronoun that is what the verb is done to, never the one named just before it. */
      object_pronouns: phrases.default([]),
      in_situ: phrases.default([]),
      negators: phrases.default([]),
      /** "flew in from Z": where someone came from, which no fact gives. */
      origin: phrases.default([]),
      /** « n'a reçu personne »: words that complete a negation only right after « ne » (elsewhere a noun: « une personne »). */
      bound_negators: phrases.default([]),
      /** « n'a rencontré que C »: after a negation none of `negators` completes, the word that makes it "only". */
      restrictive: phrases.default([]),
      additive: phrases.default([]),
      exclusive: phrases.default([]),
      /** "guys", « les gars »: words for people that, opening a message, call on its readers rather than say who did something. */
      vocatives: phrases.default([]),
      /** "surtout", "mainly": what was chiefly said or meant, which the articles never rank. */
      mainly: phrases.default([]),
      /** "for the first time", « une première »: how often something happened before, which the articles never count. */
      first_time: phrases.default([]),
      /** "because", « parce que »: joiners that give a reason (a clause of its own, unless only a noun follows). */
      causal: phrases.default([]),
      /** « vu que … , … ? », "since …, what …?": opening a question, a clause it takes for granted, to be checked before it is answered. */
      premise: phrases.default([]),
      /** "according to A", « selon A »: before a person, whose words the rest is said to be. */
      attribution: phrases.default([]),
      /** "stands for", « veut dire »: after an acronym, the words it is said to spell out. */
      spelling: phrases.default([]),
      /** "the same", « la même chose »: after a verb of saying, what the clause before said. */
      same_said: phrases.default([]),
      complementizers: phrases.default([]),
      including: phrases.default([]),
      auxiliary: phrases.default([]),
      participle_endings: phrases.default([]),
      /** A participle right after its subject, with no auxiliary, is passive ("B reçu à Y"): true in French, not in English ("received" is also the past). */
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
    // "what does A think of B?" when nothing A said is about B: {speaker}, {about}.
    said_nothing_of: text,
    // "what did the SG tell A?" when no fact gives the SG's own words: {speaker}.
    not_own_words: text,
    // A rumour beside a question, which the articles don't bear out: {claim}, as the writer put it.
    heard_not_stated: text,
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
    no_opinion: text,
    not_named: text,
    decline: text,
    decline_about: text,
    help: text,
    suggest: text,
    count_meetings: text,
    count_meeting_one: text,
    count_not_given: text,
    count_people: text,
    count_person_one: text,
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
    /** Words for a part of a month right before it ("late November", « fin novembre »), by the days they span ("21-31"). */
    month_parts: z.record(z.string().regex(/^\d{1,2}-\d{1,2}$/, 'a day range such as "21-31"'), z.array(text)).default({}),
    format: text,
    first_day: text,
  }),
});

export type LanguageProfile = z.infer<typeof languageSchema>;
