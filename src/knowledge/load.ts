// Reads knowledge/, checks it whole, and returns an immutable KnowledgeBase.
// Every problem found is collected, so one run of `npm run kb:check` lists them all.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as parseYaml, YAMLException } from 'js-yaml';
import type { z } from 'zod';
import { KnowledgeError, type KnowledgeProblem } from './errors.js';
import {
  articleSchema,
  conceptsSchema,
  entitySchema,
  factSchema,
  languageSchema,
  predicateSchema,
  suggestionSchema,
  unsupportedSchema,
  type Predicate,
  type Entity,
  type LanguageProfile,
  type Meeting,
} from './schema.js';
import { LANGUAGES, type Article, type Fact, type KnowledgeBase, type Language } from './types.js';
import { buildIndexes } from './indexes.js';
import { checkIntegrity } from './validate.js';
import { primeKnowledgeReading } from '../language/normalize.js';
import { loadSnapshot, saveSnapshot, snapshotKey, type Snapshot } from './snapshot.js';

/** The project's knowledge/ folder, found from this module whether it runs from src/ or from dist/src/. */
export const DEFAULT_KNOWLEDGE_DIR = projectKnowledgeDir();

function projectKnowledgeDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'knowledge');
}

class Collector {
  readonly problems: KnowledgeProblem[] = [];
  constructor(readonly dir: string) {}
  add(file: string, entry: string, problem: string, fix: string): void {
    this.problems.push({ file: relative(process.cwd(), file) || file, entry, problem, fix });
  }
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** The files of one load, read once: for the snapshot's key, then (if need be) for parsing. */
type Sources = Map<string, string | NodeJS.ErrnoException>;

function readSource(file: string, sources: Sources): string | NodeJS.ErrnoException {
  let text = sources.get(file);
  if (text === undefined) {
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      text = error as NodeJS.ErrnoException;
    }
    sources.set(file, text);
  }
  return text;
}

function readYaml(file: string, out: Collector, sources: Sources): unknown {
  const source = readSource(file, sources);
  if (typeof source !== 'string') {
    out.add(file, '(file)', `cannot be read (${source.code ?? String(source)})`, 'check that the file exists and is readable');
    return undefined;
  }
  try {
    return parseYaml(source, { filename: file });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    out.add(file, error.mark ? `line ${error.mark.line + 1}` : "(file)", `is not valid YAML: ${error.reason}`, 'fix the YAML syntax at that line (indentation, quotes around text containing ": ")');
    return undefined;
  }
}

function describeEntry(value: unknown, index?: number): string {
  const id = typeof value === 'object' && value !== null && 'id' in value ? String((value as { id: unknown }).id) : undefined;
  if (index === undefined) return id ?? '(file)';
  return id ? `#${index + 1} (${id})` : `#${index + 1}`;
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown, file: string, entry: string, out: Collector): z.infer<S> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.length ? issue.path.join('.') : '(entry)';
    out.add(file, entry, `${path}: ${issue.message}`, fixFor(issue));
  }
  return undefined;
}

function fixFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `give ${issue.path.join('.') || 'the entry'} a value of type ${issue.expected}`;
    case 'unrecognized_keys':
      return `remove or rename ${issue.keys.join(', ')} (see knowledge/README.md for the fields)`;
    case 'invalid_value':
      return `use one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_union':
      return 'set `type` to person, organisation, place, event or meeting, with the fields that type takes';
    default:
      return 'see knowledge/README.md for the expected format';
  }
}

function parseList<S extends z.ZodType>(schema: S, file: string, out: Collector, sources: Sources): z.infer<S>[] {
  const data = readYaml(file, out, sources);
  if (data === undefined) return [];
  if (!Array.isArray(data)) {
    out.add(file, '(file)', 'must be a YAML list of entries', 'start each entry with "- "');
    return [];
  }
  const items: z.infer<S>[] = [];
  data.forEach((value, index) => {
    const parsed = parseWith(schema, value, file, describeEntry(value, index), out);
    if (parsed !== undefined) items.push(parsed);
  });
  return items;
}

/** Every file the loader reads, in the order it reads them (optional ones only when present). */
function knowledgeFiles(dir: string): string[] {
  const optional = (file: string) => (existsSync(file) ? [file] : []);
  return [
    ...yamlFiles(join(dir, 'articles')),
    ...yamlFiles(join(dir, 'entities')),
    ...yamlFiles(join(dir, 'facts')),
    ...optional(join(dir, 'concepts.yaml')),
    ...optional(join(dir, 'predicates.yaml')),
    ...optional(join(dir, 'language', 'unsupported.yaml')),
    ...optional(join(dir, 'suggestions.yaml')),
    ...LANGUAGES.flatMap((code) => optional(join(dir, 'language', `${code}.yaml`))),
  ];
}

/**
 * Loads and validates knowledge/. Throws a KnowledgeError naming every problem.
 * A base loaded before, unchanged, comes from its snapshot (snapshot.ts).
 */
export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeBase {
  if (!existsSync(dir)) {
    throw new KnowledgeError([{ file: dir, entry: '(folder)', problem: 'does not exist', fix: 'set KNOWLEDGE_DIR to the folder holding articles/, entities/, facts/ and language/' }]);
  }
  // Each file as the file system describes it (size, modification time, inode): any edit, copy or checkout changes it.
  const stamps = new Map<string, string | undefined>();
  for (const file of knowledgeFiles(dir)) {
    try {
      const stat = statSync(file);
      stamps.set(relative(dir, file), `${stat.size}:${stat.mtimeMs}:${stat.ino}`);
    } catch {
      stamps.set(relative(dir, file), undefined);
    }
  }
  const key = snapshotKey(stamps, dir);
  const stored = loadSnapshot(key);
  if (stored) return assemble(dir, stored, key);
  return parseKnowledge(dir, new Map(), key);
}

/** The base from what was parsed (or from its snapshot): its maps and indexes, its phrases read. */
function assemble(dir: string, data: Snapshot, key: string): KnowledgeBase {
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const entities = new Map(data.entities.map((e) => [e.id, e]));
  const facts = new Map(data.facts.map((f) => [f.id, f]));
  const meetings = data.entities.filter((e): e is Meeting => e.type === 'meeting').sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  shareStrings(data.facts, articles);
  const factsAbout = new Map<string, Fact[]>();
  for (const fact of data.facts) {
    const list = factsAbout.get(fact.about) ?? [];
    list.push(fact);
    factsAbout.set(fact.about, list);
  }
  const kb = {
    dir,
    version: key,
    articles,
    entities,
    facts,
    factsAbout,
    meetings,
    concepts: new Map(data.concepts),
    predicates: new Map(data.predicates.map((p) => [p.id, p])),
    suggestions: data.suggestions,
    languages: data.languages,
    unsupportedWords: data.unsupportedWords,
  } as KnowledgeBase;
  Object.assign(kb, buildIndexes(kb));
  primeKnowledgeReading(knowledgePhrases(kb), data.articles.flatMap((a) => a.paragraphs.map((p) => p.text)), key);
  return kb;
}

/**
 * One string for each text the facts repeat. Read back from the snapshot (JSON), a citation's quote and article are
 * copies of its evidence's, and each fact holds its own copy of its file's name and its articles' ids: at a thousand
 * articles 20,000 quotes held twice, about 6 MB. Parsed from the YAML, they are one string already.
 */
function shareStrings(facts: readonly Fact[], articles: ReadonlyMap<string, Article>): void {
  const files = new Map<string, string>();
  const articleId = (id: string) => articles.get(id)?.id ?? id;
  for (const fact of facts) {
    let file = files.get(fact.file);
    if (file === undefined) files.set(fact.file, (file = fact.file));
    fact.file = file;
    fact.evidence.forEach((evidence, i) => {
      evidence.article = articleId(evidence.article);
      const citation = fact.citations[i];
      if (citation?.quote === evidence.quote) citation.quote = evidence.quote;
    });
    for (const citation of fact.citations) citation.article = articleId(citation.article);
  }
}

function parseKnowledge(dir: string, sources: Sources, key: string): KnowledgeBase {
  const out = new Collector(dir);
  const articles = new Map<string, Article>();
  const articleFiles = new Map<string, string>();
  for (const file of yamlFiles(join(dir, 'articles'))) {
    const raw = readYaml(file, out, sources);
    if (raw === undefined) continue;
    const parsed = parseWith(articleSchema, raw, file, describeEntry(raw), out);
    if (!parsed) continue;
    if (articles.has(parsed.id)) {
      out.add(file, parsed.id, `article id is also used by ${articleFiles.get(parsed.id)}`, 'give each article its own id');
      continue;
    }
    articleFiles.set(parsed.id, relative(process.cwd(), file));
    articles.set(parsed.id, {
      ...parsed,
      paragraphs: parsed.paragraphs.map((p, i) => ({ number: i + 1, kind: p.kind, text: p.text })),
    });
  }
  if (articles.size === 0 && out.problems.length === 0) {
    out.add(join(dir, 'articles'), '(folder)', 'holds no article', 'add one YAML file per article (see knowledge/README.md)');
  }

  const entities = new Map<string, Entity>();
  const entityFiles = new Map<string, string>();
  for (const file of yamlFiles(join(dir, 'entities'))) {
    for (const entity of parseList(entitySchema, file, out, sources)) {
      const previous = entityFiles.get(entity.id);
      if (previous || articles.has(entity.id)) {
        out.add(file, entity.id, `id already used by ${previous ?? 'an article'}`, 'give each entity a unique id');
        continue;
      }
      entities.set(entity.id, entity);
      entityFiles.set(entity.id, relative(process.cwd(), file));
    }
  }

  const facts = new Map<string, Fact>();
  for (const file of yamlFiles(join(dir, 'facts'))) {
    for (const fact of parseList(factSchema, file, out, sources)) {
      const previous = facts.get(fact.id);
      if (previous) {
        out.add(file, fact.id, `fact id already used in ${previous.file}`, 'give each fact a unique id');
        continue;
      }
      facts.set(fact.id, { ...fact, citations: [], file: relative(process.cwd(), file) });
    }
  }

  const conceptsFile = join(dir, 'concepts.yaml');
  const conceptsRaw = existsSync(conceptsFile) ? readYaml(conceptsFile, out, sources) : {};
  const concepts = new Map(Object.entries(parseWith(conceptsSchema, conceptsRaw ?? {}, conceptsFile, '(file)', out) ?? {}));

  const predicatesFile = join(dir, 'predicates.yaml');
  const predicates = new Map<string, Predicate>();
  if (!existsSync(predicatesFile)) out.add(predicatesFile, '(file)', 'is missing', "copy the predicate lexicon from the project's knowledge/predicates.yaml");
  else {
    for (const predicate of parseList(predicateSchema, predicatesFile, out, sources)) {
      if (predicates.has(predicate.id)) out.add(predicatesFile, predicate.id, 'predicate id is used twice', 'give each predicate its own id');
      else predicates.set(predicate.id, predicate);
    }
  }

  const unsupportedFile = join(dir, 'language', 'unsupported.yaml');
  const unsupportedRaw = existsSync(unsupportedFile) ? readYaml(unsupportedFile, out, sources) : { words: ['¿'] };
  const unsupportedWords = parseWith(unsupportedSchema, unsupportedRaw ?? { words: ['¿'] }, unsupportedFile, '(file)', out)?.words ?? [];

  const suggestionsFile = join(dir, 'suggestions.yaml');
  const suggestions = existsSync(suggestionsFile) ? parseList(suggestionSchema, suggestionsFile, out, sources) : [];

  const languages = {} as Record<Language, LanguageProfile>;
  for (const code of LANGUAGES) {
    const file = join(dir, 'language', `${code}.yaml`);
    if (!existsSync(file)) {
      out.add(file, '(file)', 'is missing', `copy the language profile from the project's knowledge/language/${code}.yaml`);
      continue;
    }
    const raw = readYaml(file, out, sources);
    if (raw === undefined) continue;
    const profile = parseWith(languageSchema, raw, file, code, out);
    if (profile) languages[code] = profile;
  }

  const parsed: Snapshot = {
    articles: [...articles.values()],
    entities: [...entities.values()],
    facts: [...facts.values()],
    concepts: [...concepts],
    predicates: [...predicates.values()],
    suggestions,
    languages,
    unsupportedWords,
  };
  const kb = assemble(dir, parsed, key);
  if (out.problems.length === 0) checkIntegrity(kb, { entityFiles, articleFiles, suggestionsFile, conceptsFile, predicatesFile }, out);
  if (out.problems.length > 0) throw new KnowledgeError(out.problems);
  // Checked: the facts now carry their citations, and the next start can take it all as it is.
  saveSnapshot(key, parsed);
  return kb;
}

/** Every phrase of the base that gets tokenized while it is checked and indexed. */
function knowledgePhrases(kb: KnowledgeBase): string[] {
  const out: string[] = [];
  for (const e of kb.entities.values()) {
    out.push(e.name.fr, e.name.en, ...(e.short ? [e.short.fr, e.short.en] : []), ...e.aliases, ...e.narrower);
    if (e.type === 'person') out.push(...e.roles);
  }
  for (const a of kb.articles.values()) out.push(a.title, a.title_en ?? '', ...a.paragraphs.map((p) => p.text));
  for (const f of kb.facts.values()) out.push(f.text.fr, f.text.en, ...f.evidence.map((e) => e.quote));
  const bare = (w: string) => w.replace(/\*+\s*$/, '');
  for (const c of kb.concepts.values()) out.push(...[...c.same, ...c.broader, ...c.narrower].map(bare), ...(c.label ? [c.label.fr, c.label.en] : []));
  for (const p of kb.predicates.values()) out.push(...[...p.words.fr, ...p.words.en].map(bare));
  out.push(...kb.unsupportedWords);
  for (const profile of Object.values(kb.languages)) {
    for (const value of Object.values(profile)) {
      const lists = Array.isArray(value) ? [value] : typeof value === 'object' && value !== null ? Object.values(value) : [];
      for (const list of lists) if (Array.isArray(list)) out.push(...list.map((p) => String(p).replace(/\|[\d.]+$/, '').replace(/\*+\s*$/, '')));
    }
  }
  return out.filter((p) => p !== '');
}

export type { Collector };
