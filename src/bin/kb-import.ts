// `npm run kb:import -- path/to/article.txt [--id ID] [--date YYYY-MM-DD] [--force]`:
// writes knowledge/articles/<id>.yaml from a raw article and prints the curator's worksheet.
import { parseArgs } from 'node:util';
import { KnowledgeError } from '../knowledge/errors.js';
import { ImportError } from '../knowledge/import/errors.js';
import { importArticle } from '../knowledge/import/import.js';
import { worksheet } from '../knowledge/import/worksheet.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/load.js';

const USAGE = `usage: npm run kb:import -- path/to/article.txt [--id ID] [--date YYYY-MM-DD] [--force]

Writes the article into the knowledge folder (KNOWLEDGE_DIR, default knowledge/),
then prints the curator's worksheet. Facts are never written: they are curated.
  --id ID              the article's id (default: the first city it names and its date)
  --date YYYY-MM-DD    its publication date (default: the date found in the text)
  --force              replace an existing article that differs
  --knowledge DIR      the knowledge folder (overrides KNOWLEDGE_DIR)`;

function usage(problem: string): never {
  console.error(`kb:import: ${problem}\n\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      date: { type: 'string' },
      force: { type: 'boolean', default: false },
      knowledge: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  usage((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) usage(positionals.length === 0 ? 'give the path of the raw article' : `give one raw article at a time (got ${positionals.length})`);

try {
  const report = importArticle({
    path: positionals[0] as string,
    knowledgeDir: values.knowledge ?? process.env.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR,
    ...(values.id !== undefined ? { id: values.id } : {}),
    ...(values.date !== undefined ? { date: values.date } : {}),
    force: values.force,
  });
  console.log(worksheet(report));
} catch (error) {
  if (error instanceof ImportError) console.error(`kb:import: ${error.problem}; nothing was written.\n  fix: ${error.fix}`);
  else if (error instanceof KnowledgeError) console.error(`kb:import: nothing was written. ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
