// The importer's language data, knowledge/language/import.yaml: the web
// leftovers news sites print and the words the importer looks for. Validated
// at load; a problem names the file, the entry and the fix.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as parseYaml, YAMLException } from 'js-yaml';
import { z } from 'zod';
import { KnowledgeError, type KnowledgeProblem } from '../errors.js';
import { slots, type Slot } from '../schema.js';
import { Phrases } from './words.js';

const phrase = z.string().trim().min(1);
const phrases = z.array(phrase);

const leftoverSchema = z.strictObject({
  name: phrase,
  pattern: phrase.refine(compiles, { message: 'is not a valid regular expression' }),
  remove: z.enum(['match', 'paragraph', 'rest', 'link']),
});

export const importRulesSchema = z.strictObject({
  leftovers: z.array(leftoverSchema).min(1),
  dates: z.strictObject({
    months: z.record(z.string(), z.array(phrase).length(12)),
    day_endings: phrases.default([]),
    weekdays: phrases.default([]),
    relative: phrases.default([]),
  }),
  names: z.strictObject({
    connectors: phrases,
    organisation_words: phrases.default([]),
    place_words: phrases.default([]),
  }),
  places: z.strictObject({ cities: phrases, venues: phrases.default([]), determiners: phrases.default([]) }),
  candidates: z.partialRecord(z.enum(slots), phrases),
  communique: z.strictObject({ cites: phrases, issuer_from: phrases }),
});

export type ImportRulesFile = z.infer<typeof importRulesSchema>;
export type Removal = ImportRulesFile['leftovers'][number]['remove'];

export interface LeftoverRule {
  name: string;
  pattern: RegExp;
  remove: Removal;
}

/** import.yaml, ready to use: patterns compiled, phrase lists tokenized once. */
export interface ImportRules {
  file: string;
  leftovers: LeftoverRule[];
  /** Folded month name → 1…12, every language together. */
  months: Map<string, number>;
  dayEndings: Phrases;
  /** Weekdays and "today": words that say when without a date. */
  whenWords: Phrases;
  /** Weekdays, months and "today": capitalised in English, never a name. */
  notNames: Phrases;
  connectors: Phrases;
  organisationWords: Phrases;
  placeWords: Phrases;
  cityMarkers: Phrases;
  venueMarkers: Phrases;
  determiners: Phrases;
  candidates: Map<Slot, Phrases>;
  cites: Phrases;
  issuerFrom: Phrases;
}

export const IMPORT_RULES_FILE = join('language', 'import.yaml');

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'iu');
    return true;
  } catch {
    return false;
  }
}

/** Reads and checks <knowledge>/language/import.yaml. Throws a KnowledgeError naming every problem. */
export function loadImportRules(knowledgeDir: string): ImportRules {
  const path = join(knowledgeDir, IMPORT_RULES_FILE);
  const file = relative(process.cwd(), path) || path;
  const problem = (entry: string, text: string, fix: string): KnowledgeError => new KnowledgeError([{ file, entry, problem: text, fix }]);
  if (!existsSync(path)) throw problem('(file)', 'is missing', `copy the importer's rules from the project's knowledge/${IMPORT_RULES_FILE}`);
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'), { filename: path });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    throw problem(error.mark ? `line ${error.mark.line + 1}` : '(file)', `is not valid YAML: ${error.reason}`, 'fix the YAML syntax at that line (indentation, quotes around text containing ": ")');
  }
  const parsed = importRulesSchema.safeParse(raw);
  if (!parsed.success) throw new KnowledgeError(parsed.error.issues.map((issue) => describeIssue(file, raw, issue)));
  return compile(file, parsed.data);
}

function describeIssue(file: string, raw: unknown, issue: z.core.$ZodIssue): KnowledgeProblem {
  const [section, index, ...rest] = issue.path.map(String);
  let entry = section ?? '(file)';
  if (section === 'leftovers' && index !== undefined) {
    const name = (raw as { leftovers?: { name?: unknown }[] }).leftovers?.[Number(index)]?.name;
    entry = `leftovers #${Number(index) + 1}${typeof name === 'string' ? ` (${name})` : ''}`;
  } else if (index !== undefined) rest.unshift(index);
  const field = rest.join('.');
  return { file, entry, problem: `${field ? `${field}: ` : ''}${issue.message}`, fix: fixFor(issue) };
}

function fixFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'custom':
      return 'write a JavaScript regular expression, in single quotes; put a backslash before ( ) [ ] . * + ? when they are meant literally';
    case 'invalid_value':
      return `use one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      if (issue.path[0] === 'candidates') return `rename ${issue.keys.join(', ')}: the keys here are fact slots (${slots.join(', ')})`;
      return `remove or rename ${issue.keys.join(', ')} (the comments in the file list the fields)`;
    case 'invalid_key':
      return `the keys here are fact slots: ${slots.join(', ')}`;
    case 'too_big':
    case 'too_small':
      return issue.origin === 'array' && issue.path.includes('months') ? 'list the twelve months, January first' : 'write a value: it cannot be empty';
    default:
      return 'see the comments in the file for the expected format';
  }
}

function compile(file: string, data: ImportRulesFile): ImportRules {
  const months = new Map<string, number>();
  const monthNames: string[] = [];
  for (const list of Object.values(data.dates.months)) {
    list.forEach((name, i) => {
      months.set(Phrases.lower(name), i + 1);
      monthNames.push(name);
    });
  }
  return {
    file,
    leftovers: data.leftovers.map((rule) => ({ ...rule, pattern: new RegExp(rule.pattern, 'iu') })),
    months,
    dayEndings: new Phrases(data.dates.day_endings),
    whenWords: new Phrases([...data.dates.weekdays, ...data.dates.relative]),
    notNames: new Phrases([...data.dates.weekdays, ...data.dates.relative, ...monthNames]),
    connectors: new Phrases(data.names.connectors),
    organisationWords: new Phrases(data.names.organisation_words),
    placeWords: new Phrases(data.names.place_words),
    cityMarkers: new Phrases(data.places.cities),
    venueMarkers: new Phrases(data.places.venues),
    determiners: new Phrases(data.places.determiners),
    candidates: new Map(Object.entries(data.candidates).map(([slot, list]) => [slot as Slot, new Phrases(list ?? [])])),
    cites: new Phrases(data.communique.cites),
    issuerFrom: new Phrases(data.communique.issuer_from),
  };
}
