// `npm run kb:check`: validates knowledge/ the way start-up does, and summarises it.
import { parseArgs } from 'node:util';
import { KnowledgeError } from '../knowledge/errors.js';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../knowledge/load.js';

const { values } = parseArgs({ options: { knowledge: { type: 'string' } } });
const dir = values.knowledge ?? process.env.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR;
try {
  const kb = loadKnowledge(dir);
  const count = <T>(items: Iterable<T>, key: (t: T) => string) => {
    const out = new Map<string, number>();
    for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
    return [...out].map(([k, n]) => `${n} ${k}`).join(', ');
  };
  const quotes = [...kb.facts.values()].reduce((n, f) => n + f.citations.length, 0);
  console.log(`knowledge OK: ${dir}`);
  console.log(`  articles  ${kb.articles.size}: ${[...kb.articles.values()].map((a) => `${a.id} (${a.paragraphs.length} paragraphs)`).join(', ')}`);
  console.log(`  entities  ${kb.entities.size}: ${count(kb.entities.values(), (e) => e.type)}`);
  console.log(`  facts     ${kb.facts.size}: ${count(kb.facts.values(), (f) => f.slot)}`);
  console.log(`  quotes    ${quotes}, each found verbatim within one sentence of its article`);
  console.log(`  concepts  ${kb.concepts.size}; suggestions ${kb.suggestions.length}; languages ${Object.keys(kb.languages).join(', ')}`);
} catch (error) {
  console.error(error instanceof KnowledgeError ? error.message : `Cannot load ${dir}: ${(error as Error).message}`);
  process.exitCode = 1;
}
