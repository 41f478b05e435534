// The loaded, validated knowledge base: what the rest of the bot reads.
import type { KnowledgeIndexes } from './indexes.js';
import type {
  ArticleFile,
  Bilingual,
  Concept,
  Entity,
  FactFile,
  LanguageProfile,
  Meeting,
  Predicate,
  Suggestion,
} from './schema.js';

export type Language = 'fr' | 'en';
export const LANGUAGES: readonly Language[] = ['fr', 'en'];

export interface Paragraph {
  /** 1-based position in the article, caption included. */
  number: number;
  kind: 'body' | 'caption' | 'link';
  text: string;
}

export interface Article extends Omit<ArticleFile, 'paragraphs'> {
  paragraphs: Paragraph[];
}

/** A verbatim quote, located in its article. */
export interface Citation {
  article: string;
  paragraph: number;
  quote: string;
}

export interface Fact extends FactFile {
  citations: Citation[];
  /** Where the fact was defined, for error messages. */
  file: string;
}

export interface KnowledgeBase extends KnowledgeIndexes {
  dir: string;
  /** A hash of the files the base was read from and of the loader (knowledge/snapshot.ts): what is derived from the base can be stored under it. */
  version: string;
  articles: Map<string, Article>;
  entities: Map<string, Entity>;
  facts: Map<string, Fact>;
  /** Facts by the entity (person, meeting, organisation…) they are about. */
  factsAbout: Map<string, Fact[]>;
  /** Meetings in date order. */
  meetings: Meeting[];
  concepts: Map<string, Concept>;
  predicates: Map<string, Predicate>;
  suggestions: Suggestion[];
  languages: Record<Language, LanguageProfile>;
  /** Words of languages the bot does not read. */
  unsupportedWords: string[];
}

export type { Bilingual, Concept, Entity, Meeting, Predicate, Suggestion, LanguageProfile };
