// `npm run kb:check`: validates knowledge/ the way start-up does, and summarises it.
import { parseArgs } from 'node:util';
import { checkKnowledge } from '../knowledge/check.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/load.js';

const { values } = parseArgs({ options: { knowledge: { type: 'string' } } });
const dir = values.knowledge ?? process.env.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR;
const check = checkKnowledge(dir);
if (check.ok) console.log(check.lines.join('\n'));
else {
  console.error(check.message);
  process.exitCode = 1;
}
