// wink-nlp reads the knowledge base's phrases and paragraphs the same way on
// every start. What it read is kept on disk, keyed by a hash of the texts, the
// tokenizer's version and wink-nlp's: a restart with unchanged knowledge reads
// one file instead of running the tokenizer (and loading its model) again.
//
// The file holds no single string as large as the reading: at a thousand
// articles the reading is tens of megabytes, and a JavaScript string (hence one
// JSON document) cannot exceed about 512 MB. It is a header line, then chunks,
// each a line `<kind> <bytes> <entries>` and that many bytes of UTF-8: entries
// joined by NUL, text then reading (kinds `tokens` and `sentences`), or, for
// the rare text that holds a NUL itself, a JSON list of [text, reading] pairs
// (kinds `tokens-json` and `sentences-json`).
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when tokenize() or sentences() change what they return, or the file's layout changes. */
export const TOKENIZER_VERSION = 4;

const HEADER = `coverage-bot knowledge reading ${TOKENIZER_VERSION}\n`;
/** Characters per chunk: far below the longest string JavaScript allows. */
const CHUNK_CHARS = 16 * 1024 * 1024;

/** Text → its reading, encoded by normalize.ts (tokens, or sentences). */
export interface StoredReading {
  tokens: Map<string, string>;
  sentences: Map<string, string>;
}

function winkVersion(): string {
  try {
    return String(createRequire(import.meta.url)('wink-nlp/package.json').version);
  } catch {
    return 'unknown';
  }
}

/** node_modules/.cache/coverage-bot, the conventional place for a tool's derived files; KNOWLEDGE_CACHE_DIR overrides, "off" disables. */
export function cacheDir(): string | undefined {
  const configured = process.env['KNOWLEDGE_CACHE_DIR'];
  if (configured === 'off') return undefined;
  if (configured) return configured;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'node_modules', '.cache', 'coverage-bot');
}

export function readingKey(phrases: readonly string[], paragraphs: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(`${TOKENIZER_VERSION}\u0000${winkVersion()}\u0000`);
  for (const p of phrases) hash.update(`${p}\u0001`);
  hash.update('\u0002');
  for (const p of paragraphs) hash.update(`${p}\u0001`);
  return hash.digest('hex').slice(0, 32);
}

/** The key of the reading of a base already identified by a hash of everything it is read from. */
export function readingKeyOf(baseKey: string): string {
  return createHash('sha256').update(`${TOKENIZER_VERSION}\u0000${winkVersion()}\u0000${baseKey}`).digest('hex').slice(0, 32);
}

function fileFor(dir: string, key: string): string {
  return join(dir, `knowledge-${key}.reading`);
}

export function loadReading(key: string): StoredReading | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  let buffer: Buffer;
  try {
    buffer = readFileSync(fileFor(dir, key));
  } catch {
    return undefined;
  }
  try {
    return parse(buffer);
  } catch {
    // A damaged file is as good as none: the reading is done again, and stored anew.
    return undefined;
  }
}

function parse(buffer: Buffer): StoredReading {
  const reading: StoredReading = { tokens: new Map(), sentences: new Map() };
  if (buffer.toString('utf8', 0, Buffer.byteLength(HEADER)) !== HEADER) throw new Error('not a reading of this version');
  let at = Buffer.byteLength(HEADER);
  while (at < buffer.length) {
    const eol = buffer.indexOf(10, at);
    if (eol < 0) throw new Error('truncated');
    const [kind = '', bytesText = '', countText = ''] = buffer.toString('utf8', at, eol).split(' ');
    const bytes = Number(bytesText);
    const count = Number(countText);
    const start = eol + 1;
    if (!Number.isInteger(bytes) || start + bytes > buffer.length) throw new Error('truncated');
    const text = buffer.toString('utf8', start, start + bytes);
    const target = kind.startsWith('tokens') ? reading.tokens : kind.startsWith('sentences') ? reading.sentences : undefined;
    if (!target) throw new Error(`unknown chunk ${kind}`);
    if (kind.endsWith('-json')) {
      const pairs = JSON.parse(text) as [string, string][];
      if (pairs.length !== count) throw new Error('truncated');
      for (const [k, v] of pairs) target.set(k, v);
    } else {
      const parts = text.split('\u0000');
      if (parts.length !== 2 * count) throw new Error('truncated');
      for (let i = 0; i < parts.length; i += 2) target.set(parts[i] as string, parts[i + 1] as string);
    }
    at = start + bytes;
  }
  return reading;
}

/** Best effort: a read-only disk only costs the next start its speed. */
export function saveReading(key: string, reading: StoredReading): void {
  const dir = cacheDir();
  if (!dir) return;
  const file = fileFor(dir, key);
  // Written aside then renamed, so a concurrent start never reads half a file.
  const temp = `${file}.${process.pid}.tmp`;
  let fd: number | undefined;
  try {
    mkdirSync(dir, { recursive: true });
    fd = openSync(temp, 'w');
    const out = fd;
    writeSync(out, HEADER);
    const chunk = (kind: string, text: string, count: number) => {
      const bytes = Buffer.from(text, 'utf8');
      writeSync(out, `${kind} ${bytes.length} ${count}\n`);
      writeSync(out, bytes);
    };
    for (const [kind, map] of [
      ['tokens', reading.tokens],
      ['sentences', reading.sentences],
    ] as const) {
      let parts: string[] = [];
      let chars = 0;
      const odd: [string, string][] = [];
      const flush = () => {
        if (parts.length) chunk(kind, parts.join('\u0000'), parts.length / 2);
        parts = [];
        chars = 0;
      };
      for (const [text, value] of map) {
        if (text.includes('\u0000') || value.includes('\u0000')) {
          odd.push([text, value]);
          continue;
        }
        parts.push(text, value);
        chars += text.length + value.length + 2;
        if (chars >= CHUNK_CHARS) flush();
      }
      flush();
      if (odd.length) chunk(`${kind}-json`, JSON.stringify(odd), odd.length);
    }
    closeSync(out);
    fd = undefined;
    renameSync(temp, file);
  } catch {
    /* not writable: fine */
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
  }
}
