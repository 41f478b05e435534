// The loaded base, kept on disk: a start whose knowledge files (and loader)
// are unchanged since a start that loaded them reads one file instead of
// parsing the YAML, checking every entry's schema and locating every quote
// again, which at a thousand articles takes seconds. Only a valid base is
// kept, so what a snapshot holds is what the checks passed. It is keyed by a
// hash of every file the loader reads, the loader's own code (this folder and
// src/language/), the versions of js-yaml, zod and wink-nlp, and the working
// folder (error messages name files relative to it): any change reads the
// YAML again. It lives with the token reading (language/token-store.ts): the
// same folder, the same KNOWLEDGE_CACHE_DIR, the same "off".
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { cacheDir } from '../language/token-store.js';
import type { Concept, Entity, LanguageProfile, Predicate, Suggestion } from './schema.js';
import type { Article, Fact, Language } from './types.js';

/** Bump when the snapshot's layout changes (a change of the loader's code already changes the key). */
const SNAPSHOT_VERSION = 1;

/** What the loader parsed and checked, in the order it read it. */
export interface Snapshot {
  articles: Article[];
  entities: Entity[];
  facts: Fact[];
  concepts: [string, Concept][];
  predicates: Predicate[];
  suggestions: Suggestion[];
  languages: Record<Language, LanguageProfile>;
  unsupportedWords: string[];
}

let codeHash: string | undefined;

/** The loader's code and libraries, as a hash: a snapshot made by other code is not used. */
function loaderCode(): string {
  if (codeHash) return codeHash;
  const hash = createHash('sha256');
  const here = dirname(fileURLToPath(import.meta.url));
  const ext = extname(fileURLToPath(import.meta.url));
  for (const dir of [here, join(here, '..', 'language')]) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith(ext)).sort()) hash.update(`${file}\u0000`).update(readFileSync(join(dir, file)));
  }
  const require = createRequire(import.meta.url);
  for (const pkg of ['js-yaml', 'zod', 'wink-nlp']) {
    try {
      hash.update(`${pkg}@${String(require(`${pkg}/package.json`).version)}\u0000`);
    } catch {
      hash.update(`${pkg}@?\u0000`);
    }
  }
  codeHash = hash.digest('hex');
  return codeHash;
}

/** The key of a base read from these files (path relative to the knowledge folder → contents, or undefined when absent). */
export function snapshotKey(files: ReadonlyMap<string, string | undefined>): string {
  const hash = createHash('sha256');
  hash.update(`${SNAPSHOT_VERSION}\u0000${process.version}\u0000${loaderCode()}\u0000${process.cwd()}\u0000`);
  for (const [path, text] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) hash.update(`${path}\u0001${text === undefined ? '\u0002' : text}\u0003`);
  return hash.digest('hex').slice(0, 32);
}

function fileFor(dir: string, key: string): string {
  return join(dir, `knowledge-${key}.base`);
}

export function loadSnapshot(key: string): Snapshot | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  try {
    return deserialize(readFileSync(fileFor(dir, key))) as Snapshot;
  } catch {
    return undefined;
  }
}

/** Best effort, like the token reading: a read-only disk only costs the next start its speed. */
export function saveSnapshot(key: string, snapshot: Snapshot): void {
  const dir = cacheDir();
  if (!dir) return;
  const file = fileFor(dir, key);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, serialize(snapshot));
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true });
  }
}
