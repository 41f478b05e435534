// A raw article read into what its knowledge file says: id, date, title,
// communiqué, paragraphs; with what the curator's worksheet shows beside it
// (the names it uses, the sentences worth a fact). Pure: nothing is written.
import { basename, extname } from 'node:path';
import { candidateFacts, type CandidateFact } from './candidates.js';
import { cleanArticle, type CleanArticle } from './clean.js';
import { findCommunique, slug, type Communique } from './communique.js';
import { datesIn, isIsoDate, type FoundDate } from './dates.js';
import { ImportError } from './errors.js';
import type { KnownNames } from './known.js';
import { firstCity, namesIn, type NameMention } from './names.js';
import type { ImportRules } from './rules.js';
import { readSentences } from './sentences.js';
import { words } from './words.js';

export interface DraftOptions {
  /** The raw file's name, for messages and ids. */
  file: string;
  id?: string;
  date?: string;
}

export interface Draft {
  id: string;
  /** Where the id comes from: the option, the first city the article names, its title, the file's name. */
  idFrom: 'option' | 'city' | 'title' | 'file';
  date: string;
  dateFrom: 'option' | 'leftover' | 'text';
  /** The first full date written in the text, which may differ from --date. */
  textDate?: FoundDate & { paragraph: number };
  clean: CleanArticle;
  communique?: Communique;
  names: (NameMention & { known: boolean })[];
  candidates: CandidateFact[];
  /** The fact ids `summary` points at until the curator writes the facts. */
  summary: string[];
}

const ID = /^[a-z0-9][a-z0-9.-]*$/;
const TITLE_ID_WORDS = 5;

export function draftArticle(text: string, options: DraftOptions, rules: ImportRules, known: KnownNames): Draft {
  if (options.id !== undefined && !ID.test(options.id)) {
    throw new ImportError(`--id ${JSON.stringify(options.id)} is not an article id`, 'use lowercase letters, digits, dots and dashes, for example --id lisbon-2026-03-10');
  }
  if (options.date !== undefined && !isIsoDate(options.date)) {
    throw new ImportError(`--date ${JSON.stringify(options.date)} is not a date`, 'write it YYYY-MM-DD, for example --date 2026-03-10');
  }
  const clean = cleanArticle(text, options.file, rules);
  // (Not a link's headline: another article's, whose sentences are no facts of this one.)
  const sentences = readSentences(clean.paragraphs.filter((p) => p.kind !== 'link'));

  const textDate = sentences.flatMap((s) => datesIn(s.words, rules).map((d) => ({ ...d, paragraph: s.paragraph })))[0];
  const date = options.date ?? clean.leftoverDate ?? textDate?.iso;
  if (date === undefined) {
    throw new ImportError(`${options.file} gives no publication date the importer can read`, 'pass it with --date YYYY-MM-DD');
  }
  const dateFrom = options.date ? 'option' : clean.leftoverDate ? 'leftover' : 'text';

  const { id, idFrom } = chooseId(options, clean, date, rules);
  const communique = findCommunique(sentences, rules, known);
  return {
    id,
    idFrom,
    date,
    dateFrom,
    ...(textDate ? { textDate } : {}),
    clean,
    ...(communique ? { communique } : {}),
    names: namesIn(sentences, rules).map((n) => ({ ...n, known: known.knows(n.name) || (n.acronym !== undefined && known.knows(n.acronym)) })),
    candidates: candidateFacts(sentences, rules),
    summary: [`${id}.who`],
  };
}

function chooseId(options: DraftOptions, clean: CleanArticle, date: string, rules: ImportRules): Pick<Draft, 'id' | 'idFrom'> {
  if (options.id) return { id: options.id, idFrom: 'option' };
  const texts = [clean.title ?? '', ...clean.paragraphs.map((p) => p.text)].map((t) => words(t));
  const city = firstCity(texts, rules);
  const title = clean.title?.split(/\s+/).slice(0, TITLE_ID_WORDS).join(' ');
  const file = basename(options.file, extname(options.file));
  for (const [from, name] of [['city', city], ['title', title], ['file', file]] as const) {
    const base = name ? slug(name) : '';
    if (base !== '') return { id: `${base}-${date}`, idFrom: from };
  }
  return { id: `article-${date}`, idFrom: 'file' };
}
