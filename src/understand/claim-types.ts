// What a Claim is: who did what with whom, where, when, on what occasion,
// about which topic, in which capacity, how many. claim.ts reads a sentence
// into one; the verifier judges it.
import type { Entity } from '../knowledge/schema.js';
import type { DateMention } from './dates.js';
import type { CountTarget, GenericKind } from './lexicon.js';
import type { TermOf } from './read.js';

export interface Mention {
  entity: string;
  type: Entity['type'];
  via: 'alias' | 'role';
  surface: string;
  start: number;
  end: number;
  fuzzy: boolean;
}

export interface Participant extends Mention {
  /** Who does what the verb says, or to whom it is done; "either" when no verb orders them. */
  role: 'agent' | 'object' | 'either';
  /** "A's guests": named as whose the people meant are, not as one of them. */
  possessor?: boolean;
  /** Whose words or wish the claim says they are ("A's wish", « le souhait de A »). */
  speaks?: true;
  /** "the U's experience": named as whose an idea is. */
  owns?: boolean;
}

export type Topic =
  /** `opposite`: the claim says the opposite of the idea ("reduce" for "strengthen"). */
  /** `subject`: said before "is" with no verb (« les policiers de K sont déployés… »): what the rest is said of. */
  | { kind: 'concept'; concept: string; surface: string; fuzzy: boolean; opposite?: boolean; subject?: true; of?: string }
  // (`exact`: said of whom was met — "an <a country>'s delegation" — so only the entity itself, not a place within it, carries it.)
  | { kind: 'entity'; entity: string; surface: string; exact?: true; owns?: true }
  /** `someone`: a title standing for a person the claim does not name ("son adjoint l'a reçu"): no wording carries a person. */
  | { kind: 'word'; word: string; surface: string; someone?: true };

export interface Claim {
  /** Each verb of the claim, with the predicates it may name. */
  predicates: { ids: string[]; surface: string; start: number; fuzzy: boolean }[];
  participants: Participant[];
  /** Places something is said to happen in ("in Y", "à X"). */
  places: Mention[];
  /** Names after "in", "à" that the coverage does not know ("à Casablanca"): no reported meeting was there. */
  unknownPlaces: string[];
  /** A kind of building the meeting is said to be held in ("at the airport", "aux bureaux de l'U"). */
  venues: string[];
  /** An event held by another organisation than the one the coverage names ("the U general assembly"): another occasion. */
  otherEvents: string[];
  events: Mention[];
  meetings: Mention[];
  dates: DateMention[];
  /** "the 94th General Assembly": a number said of a named thing. */
  editions: { entity: string; value: number; surface: string }[];
  /** "it was the 93rd", "the 92nd assembly": a number said of no numbered thing the claim names; the occasion of its meeting, or a rank no record gives. */
  ordinals?: { value: number; surface: string }[];
  /** "three meetings": a number said of a count; "less than a week": a bound. */
  counts: { value: number; target?: CountTarget; surface: string; bound?: 'at_most' | 'at_least'; between?: boolean; /** "a few days": from value up to this. */ upTo?: number; /** "the next day": counted from another day, which a meeting said with it may be. */ relative?: boolean }[];
  topics: Topic[];
  /** What a meeting noun's own words say of the meetings ("bilateral talks", "rencontres bilatérales"): said of them, not in them. */
  described: Topic[];
  /** More specific things than the coverage names ("football"): never supported. */
  narrower: { surface: string; of: { entity?: string; concept?: string } }[];
  /** A title said of someone ("minister A", "head of O"); `unknownOrg` when its organisation is a name the coverage never uses. */
  /** (`direct`: the organisation right after the title, no field between — "head of the U", not "chef de la P de l'U".) */
  titles: { person?: string; org?: string; unknownOrg?: string; surface: string; direct?: boolean }[];
  /** Every title the whole claim says, when one of them is judged alone ("deputy" and "SG" are one post). */
  saidTitles?: { person?: string; surface: string }[];
  /** « c'est A qui a parlé de X », « A lui a parlé de X »: one side said to have done what both sides may have done. */
  /** (`cleft`: « c'est A qui… », "it was A who…", which names the one who did it; `addressee`: « A lui a parlé ».) */
  singledOut?: 'cleft' | 'addressee';
  /** « c'est à X qu'ils ont parlé de Y », "it was with B that…": the tokens the cleft puts in focus — the one place, day or person it happened at or with (`subject`: « c'est A qui… », who did it). */
  cleft?: { start: number; end: number; subject?: true };
  /** « le communiqué du ministère des affaires étrangères »: a body said to have issued a document, by a name no article uses. */
  unknownIssuers?: string[];
  /** « n'a fait que transmettre »: someone did nothing but that, which no article says. */
  onlyDoing?: boolean;
  /** "where is C from?": where someone comes from, which no fact gives. */
  origin?: boolean;
  /** "more officers": what there is said to be more of (its words, as typed), with the concept that says "more" (concepts.yaml `more`). */
  increases?: { concept: string; of: string }[];
  /** "less partnership": ideas said to be fewer or weaker, with the concept whose facts, said of them, say otherwise. */
  decreases?: { concept: string; of: string }[];
  /** "K asked the U…", « c'est le K qui a sollicité… »: a country said as the one who said it; its people must be who did. */
  doerCountry?: string;
  /** "was received", « a été reçu »: the subject is the one the verb was done to. */
  passive?: boolean;
  /** "the Y piece says…": the article the claim says it is in. */
  article?: string;
  /** "according to A, …": the person whose words the claim is given as. */
  source?: string;
  /** "according to O, …": the bodies whose account the claim is given as; what the articles rest on must be theirs. */
  attributedTo?: string[];
  /** « l'U a un bureau à Y »: the building said (in `venues`) is the organisation's, not a meeting's. */
  owned?: boolean;
  /** "the article is dated 25 November": a day said of an article or a communiqué as when it was written. */
  writtenOn?: boolean;
  /** "O stands for …": the organisation and the words (folded) said to be its full name. */
  expansion?: { entity: string; words: string[]; surface: string; start: number; end: number; negated: boolean };
  /** A named person said to be the one a title designates ("B, the U P chief"). */
  identities: { person: string; as: string; unknownOrg?: string; surface: string }[];
  /** A person said to work for an organisation ("C from O"). */
  /** (`at`: said with a locative, "B was at O", which may mean at O's event.) */
  affiliations: { person: string; org: string; surface: string; at?: true }[];
  generic: Set<GenericKind>;
  /** Organisations said to have issued a document ("O's press release"). */
  issuers: string[];
  /** People set aside: "besides C", "à part C". */
  excluded: string[];
  /** "…, B being one of them": the group of people of the claim before, whose place B (`member`) takes here. */
  oneOf?: { group: Participant; member: string };
  /** "other", "d'autres": the claim is about more than the people it names. */
  others: boolean;
  /** "in X and Y", "one in X, one in Y": the places are a list, not one place said twice (« à Y dans les jardins de P »). */
  placeList?: boolean;
  /** "the meeting in Y", « la réunion de Y »: places a meeting noun names, which say which meeting the rest is said of. */
  meetingPlaces?: string[];
  /** "in X and Y respectively": the places go with the people in the order they were named. */
  respectively?: boolean;
  /** "any other city", « d'autres villes »: other places than those of the meetings reported, not other people. */
  otherPlaces?: boolean;
  /** Said in the future ("will", "bientôt"): the articles report what happened. */
  future: boolean;
  /** Meetings that date a clause of time ("when B came"): their facts show the day. */
  dating: string[];
  /** "C before B", "the Y one after the X one": which meeting came earlier (meeting ids). */
  order?: { earlier: string; later: string };
  /** "the first meeting", "the second guy": the meeting picked by its rank among those meant, what the claim is about. */
  pick?: 'first' | 'last';
  /** "not in X": places the claim says it did not happen in. */
  notPlaces: Mention[];
  /** "in 2024, not in 2025", « le 25 pas le 1er »: a day denied beside the one said, which the one said already settles. */
  notDates?: DateMention[];
  /** « le directeur de la Q uniquement »: organisations named inside the titles that name someone, said with "only". */
  ledOrgs?: string[];
  /** "…la Q, pas la P": names the claim says do not stand where the one before them does. */
  denied: Mention[];
  /** "about a week": a number give or take one. */
  approximate: boolean;
  /** "which languages", "quels foyers": an idea whose members are asked for by name. */
  which?: string;
  /** The idea a question asks about ("what language", "how long"): when no fact carries it, what is asked is unknown. */
  asked?: string;
  /** "before B" with no one to compare: someone earlier than a person, whom the articles never name. */
  predecessor?: string;
  /** "both meetings", "toutes les rencontres": what is said must hold for each meeting meant. */
  every?: boolean;
  /** "la rencontre s'est faite…", "it was…": said of a meeting, by a noun or a pronoun that stands for one. */
  ofMeeting?: boolean;
  /** "depuis un mois", "for years": how long something has lasted. */
  since?: boolean;
  /** "après la clôture de l'AG", "before the assembly opened": the meeting's day against an event's start or end. */
  /** Before or after an event, or on its first or last day ('on': the event may be left unnamed, then it is the meeting's occasion). */
  eventOrder?: { event?: string; relation: 'before' | 'after' | 'on'; point?: 'start' | 'end' };
  /** "formerly", "il a été … avant": said of a time before the articles' own. */
  past?: boolean;
  /** "had already ended by then": said as of the meeting in question. */
  already?: boolean;
  /** « il était encore à X », "still in X": where someone was at some time the claim does not pin. */
  still?: boolean;
  /** No verb and no one ("O's headquarters in Z?"): what it names is said of each other, so one fact must say it all. */
  saidTogether?: true;
  /** "il venait surtout pour parler de la <a country>", "mainly": what mattered most, which the articles never rank. */
  mainly?: boolean;
  /** "did B say that?": the fact whose words "that" takes up; whoever it names as saying them is who said them. */
  restates?: string;
  /** "it was all about Africa", "uniquement de l'Afrique": what was discussed was that and nothing else. */
  only?: boolean;
  /** "did the U put out its own statement as well?": something besides what the articles give. */
  additive?: boolean;
  /** "the HQ in Z": an idea the knowledge puts in one place (a concept's `at`), said to be at this one (`place` when the coverage knows it). */
  /** `before`: the place said right before the idea ("the Z HQ"), as a name that qualifies it. */
  located?: { concept: string; place?: string; surface: string; before?: true }[];
  /** "the X gardens are in Y", "…, which is in Y": a place the knowledge locates (`within`), said to be in another. */
  placedIn?: { place: string; in: string; surface: string }[];
  /** "not only C": the one named, and more; the negation denies the "only", not the name. */
  beyond?: boolean;
  /** "in the same city", "by the same body": what the meetings meant are said to share. */
  same?: 'place' | 'issuer' | 'person' | 'host' | 'week' | 'month' | 'year' | 'meeting';
  /** "B came first", "celle de Y en dernier": the rank of the one meeting meant among the meetings around it. */
  rank?: 'first' | 'last';
  /** "did the two U officials meet each other?": people of the group named said to have met one another. */
  reciprocal?: boolean;
  /** "1,700 officers", "plus de 30": figures the claim states that count nothing the engine can count. */
  figures: string[];
  /** "B's first trip to K", "sa deuxième visite": which of someone's visits ever, which no article counts. */
  visitRank?: number;
}

export type EntityTerm = TermOf<'entity'> & { type: Entity['type'] };
