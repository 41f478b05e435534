// What `npm run kb:check` reports: the knowledge summarised, or every problem
// it has. The importer prints the same report at the end of its worksheet.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblems, KnowledgeError, type KnowledgeProblem } from './errors.js';
import { IMPORT_RULES_FILE, loadImportRules, type ImportRules } from './import/rules.js';
import { loadKnowledge } from './load.js';
import type { KnowledgeBase } from './types.js';

export type KnowledgeCheck = { ok: true; lines: string[] } | { ok: false; message: string; problems: KnowledgeProblem[] };

export function checkKnowledge(dir: string): KnowledgeCheck {
  const problems: KnowledgeProblem[] = [];
  const attempt = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof KnowledgeError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  let kb: KnowledgeBase | undefined;
  let rules: ImportRules | undefined;
  try {
    kb = attempt(() => loadKnowledge(dir));
    // The importer's rules are optional (the bot does not read them), but checked when present.
    if (existsSync(join(dir, IMPORT_RULES_FILE))) rules = attempt(() => loadImportRules(dir));
  } catch (error) {
    return { ok: false, message: `Cannot load ${dir}: ${(error as Error).message}`, problems };
  }
  if (!kb || problems.length > 0) return { ok: false, message: formatProblems(problems), problems };

  const count = <T>(items: Iterable<T>, key: (t: T) => string) => {
    const out = new Map<string, number>();
    for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
    return [...out].map(([k, n]) => `${n} ${k}`).join(', ');
  };
  const quotes = [...kb.facts.values()].reduce((n, f) => n + f.citations.length, 0);
  return {
    ok: true,
    lines: [
      `knowledge OK: ${dir}`,
      `  articles  ${kb.articles.size}: ${[...kb.articles.values()].map((a) => `${a.id} (${a.paragraphs.length} paragraphs)`).join(', ')}`,
      `  entities  ${kb.entities.size}: ${count(kb.entities.values(), (e) => e.type)}`,
      `  facts     ${kb.facts.size}: ${count(kb.facts.values(), (f) => f.slot)}`,
      `  quotes    ${quotes}, each found verbatim within one sentence of its article`,
      `  concepts  ${kb.concepts.size}; suggestions ${kb.suggestions.length}; languages ${Object.keys(kb.languages).join(', ')}`,
      ...(rules ? [`  import    ${rules.leftovers.length} leftover rules (${rules.file})`] : []),
    ],
  };
}
