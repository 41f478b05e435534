// `npm run ask -- "question"`: the engine from the command line.
//   --json    one JSON object: the Answer's fields plus `question`
//   --jsonl   questions from stdin, one per line (text, or {"question", "conversation"?, "locale"?}),
//             one JSON object per line on stdout, in order; a bad line gets {"error"} on its line
//   --check   fact-check the text instead: one JSON object, the CheckReport plus `text`;
//             with --jsonl, one text per line (text, or {"text", "locale"?}), one report per line
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { plainAnswer } from '../render/plain.js';
import { createEngine, type Engine } from '../engine.js';
import { KnowledgeError } from '../knowledge/errors.js';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../knowledge/load.js';
import { z } from 'zod';
import type { Turn } from '../types.js';

const USAGE = `usage: npm run ask -- [--json] [--locale fr|en-US] [--knowledge DIR] "question"
       npm run --silent ask -- --jsonl < questions.txt
       npm run --silent ask -- --check "a message to fact-check"
       npm run --silent ask -- --check --jsonl < messages.txt`;

/** Keeps each conversation's last turns, so a line's follow-up reads against earlier lines. */
const MAX_TURNS = 6;

function main(): number {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        locale: { type: 'string' },
        knowledge: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  let engine: Engine;
  try {
    engine = createEngine(loadKnowledge(values.knowledge ?? process.env.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR));
  } catch (error) {
    console.error(error instanceof KnowledgeError ? error.message : `Cannot load the knowledge base: ${(error as Error).message}`);
    return 1;
  }
  if (values.jsonl) {
    if (values.check) checkLines(engine, values.locale);
    else answerLines(engine, values.locale);
    return 0;
  }
  const question = positionals.join(' ').trim();
  if (!question) {
    console.error(USAGE);
    return 2;
  }
  if (values.check) {
    console.log(JSON.stringify({ text: question, ...engine.check(question, { locale: values.locale }) }));
    return 0;
  }
  const answer = engine.answer(question, { locale: values.locale });
  console.log(values.json ? JSON.stringify({ question, ...answer }) : plainAnswer(answer, engine.kb));
  return 0;
}

function answerLines(engine: Engine, defaultLocale?: string): void {
  const conversations = new Map<string, Turn[]>();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let number = 0;
  lines.on('line', (line) => {
    number++;
    let request: { body: string; conversation?: string; locale?: string };
    try {
      request = parseRequest(line, 'question');
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ line: number, error: (error as Error).message })}\n`);
      return;
    }
    const turns = request.conversation ? conversations.get(request.conversation) ?? [] : [];
    const answer = engine.answer(request.body, { conversation: turns, locale: request.locale ?? defaultLocale });
    if (request.conversation) conversations.set(request.conversation, [...turns, { question: request.body, answer }].slice(-MAX_TURNS));
    process.stdout.write(`${JSON.stringify({ question: request.body, ...(request.conversation ? { conversation: request.conversation } : {}), ...answer })}\n`);
  });
}

function checkLines(engine: Engine, defaultLocale?: string): void {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let number = 0;
  lines.on('line', (line) => {
    number++;
    let request: { body: string; locale?: string };
    try {
      request = parseRequest(line, 'text');
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ line: number, error: (error as Error).message })}\n`);
      return;
    }
    process.stdout.write(`${JSON.stringify({ text: request.body, ...engine.check(request.body, { locale: request.locale ?? defaultLocale }) })}\n`);
  });
}

/** A line of --jsonl input: plain text, or a JSON object with the text under `field`. */
function parseRequest(line: string, field: 'question' | 'text'): { body: string; conversation?: string; locale?: string } {
  const trimmed = line.trim();
  const what = field === 'question' ? 'a question' : 'a message to check';
  if (trimmed === '') throw new Error(`empty line: write ${what}, or a JSON object {"${field}": "…"}`);
  if (!trimmed.startsWith('{')) return { body: trimmed };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    throw new Error('the line starts with "{" but is not valid JSON');
  }
  const parsed = z
    .object({
      [field]: z.string({ error: `the JSON object needs a non-empty "${field}" string` }).refine((s) => s.trim() !== '', `the JSON object needs a non-empty "${field}" string`),
      conversation: z.union([z.string(), z.number()], { error: '"conversation" must be a string or a number' }).optional(),
      locale: z.string({ error: '"locale" must be a string such as "fr" or "en-US"' }).optional(),
    })
    .safeParse(value);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'the JSON object is not a request');
  const data = parsed.data as Record<string, unknown>;
  return { body: data[field] as string, conversation: data.conversation === undefined ? undefined : String(data.conversation), locale: data.locale as string | undefined };
}

process.exitCode = main();
