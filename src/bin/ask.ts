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
    let request: { question: string; conversation?: string; locale?: string };
    try {
      request = parseLine(line);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ line: number, error: (error as Error).message })}\n`);
      return;
    }
    const turns = request.conversation ? conversations.get(request.conversation) ?? [] : [];
    const answer = engine.answer(request.question, { conversation: turns, locale: request.locale ?? defaultLocale });
    if (request.conversation) conversations.set(request.conversation, [...turns, { question: request.question, answer }].slice(-MAX_TURNS));
    process.stdout.write(`${JSON.stringify({ question: request.question, ...(request.conversation ? { conversation: request.conversation } : {}), ...answer })}\n`);
  });
}

function checkLines(engine: Engine, defaultLocale?: string): void {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let number = 0;
  lines.on('line', (line) => {
    number++;
    let request: { text: string; locale?: string };
    try {
      request = parseCheckLine(line);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ line: number, error: (error as Error).message })}\n`);
      return;
    }
    process.stdout.write(`${JSON.stringify({ text: request.text, ...engine.check(request.text, { locale: request.locale ?? defaultLocale }) })}\n`);
  });
}

function parseCheckLine(line: string): { text: string; locale?: string } {
  const trimmed = line.trim();
  if (trimmed === '') throw new Error('empty line: write a message to check, or a JSON object {"text": "…"}');
  if (!trimmed.startsWith('{')) return { text: trimmed };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    throw new Error('the line starts with "{" but is not valid JSON');
  }
  const { text, locale } = value as Record<string, unknown>;
  if (typeof text !== 'string' || text.trim() === '') throw new Error('the JSON object needs a non-empty "text" string');
  if (locale !== undefined && typeof locale !== 'string') throw new Error('"locale" must be a string such as "fr" or "en-US"');
  return { text, locale: locale as string | undefined };
}

function parseLine(line: string): { question: string; conversation?: string; locale?: string } {
  const trimmed = line.trim();
  if (trimmed === '') throw new Error('empty line: write a question, or a JSON object {"question": "…"}');
  if (!trimmed.startsWith('{')) return { question: trimmed };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    throw new Error('the line starts with "{" but is not valid JSON');
  }
  const { question, conversation, locale } = value as Record<string, unknown>;
  if (typeof question !== 'string' || question.trim() === '') throw new Error('the JSON object needs a non-empty "question" string');
  if (conversation !== undefined && typeof conversation !== 'string' && typeof conversation !== 'number') throw new Error('"conversation" must be a string or a number');
  if (locale !== undefined && typeof locale !== 'string') throw new Error('"locale" must be a string such as "fr" or "en-US"');
  return { question, conversation: conversation === undefined ? undefined : String(conversation), locale: locale as string | undefined };
}

process.exitCode = main();
