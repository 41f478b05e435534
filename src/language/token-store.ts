// wink-nlp reads the knowledge base's phrases and paragraphs the same way on
// every start. What it read is kept on disk, keyed by a hash of the texts, the
// tokenizer's version and wink-nlp's: a restart with unchanged knowledge reads
// one JSON file instead of running the tokenizer (and loading its model) again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when tokenize() or sentences() change what they return. */
export const TOKENIZER_VERSION = 3;

export interface StoredReading {
  tokens: Record<string, { norm: string; raw: string }[]>;
  sentences: Record<string, string[]>;
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

export function loadReading(key: string): StoredReading | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  try {
    return JSON.parse(readFileSync(join(dir, `knowledge-${key}.json`), 'utf8')) as StoredReading;
  } catch {
    return undefined;
  }
}

/** Best effort: a read-only disk only costs the next start its speed. */
export function saveReading(key: string, reading: StoredReading): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `knowledge-${key}.json`);
    // Written aside then renamed, so a concurrent start never reads half a file.
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(reading));
    renameSync(temp, file);
  } catch {
    /* not writable: fine */
  }
}
