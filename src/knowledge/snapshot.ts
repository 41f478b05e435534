// The loaded base, kept on disk: a start whose knowledge files (and loader)
// are unchanged since a start that loaded them reads one file instead of
// parsing the YAML, checking every entry's schema and locating every quote
// again, which at a thousand articles takes seconds. Only a valid base is
// kept, so what a snapshot holds is what the checks passed. It is keyed by
// every file the loader reads as the file system describes it (path, size,
// modification time to the nanosecond, inode: what rsync and make trust too;
// any edit, copy or checkout changes it), the loader's own code (this folder
// and src/language/), the versions of js-yaml, zod and wink-nlp, and the
// working folder (error messages name files relative to it): any change reads
// the YAML again. It lives with the token reading (language/token-store.ts): the
// same folder, the same KNOWLEDGE_CACHE_DIR, the same "off".
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { cacheDir, folderTag, pruneReplaced, readStored } from '../language/token-store.js';
import type { Concept, Entity, LanguageProfile, Predicate, Suggestion } from './schema.js';
import type { Article, Fact, Language } from './types.js';

/** Bump when the snapshot's layout changes (a change of the loader's code already changes the key). */
const SNAPSHOT_VERSION = 3;

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

const codeHashes = new Map<string, string>();

/**
 * A hash of the bot's own code in some folders of src/ (as it runs: compiled
 * or not), and of the libraries that shape what it derives: data derived by
 * other code is not used.
 */
export function codeHash(folders: readonly string[], recursive = false): string {
  const memo = `${folders.join('\u0000')}\u0000${recursive}`;
  const known = codeHashes.get(memo);
  if (known) return known;
  const hash = createHash('sha256');
  const here = dirname(fileURLToPath(import.meta.url));
  const ext = extname(fileURLToPath(import.meta.url));
  const src = join(here, '..');
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (recursive) visit(path);
      } else if (entry.name.endsWith(ext)) hash.update(`${path.slice(src.length)}\u0000`).update(readFileSync(path));
    }
  };
  for (const folder of folders) visit(join(src, folder));
  const require = createRequire(import.meta.url);
  for (const pkg of ['js-yaml', 'zod', 'wink-nlp', 'wink-eng-lite-web-model', 'fuse.js']) {
    try {
      hash.update(`${pkg}@${String(require(`${pkg}/package.json`).version)}\u0000`);
    } catch {
      hash.update(`${pkg}@?\u0000`);
    }
  }
  const digest = hash.digest('hex');
  codeHashes.set(memo, digest);
  return digest;
}

/** The loader's code and libraries: this folder and src/language/. */
function loaderCode(): string {
  return codeHash(['knowledge', 'language']);
}

/** The key of a base read from these files (path relative to the knowledge folder → its description, or undefined when unreadable). */
export function snapshotKey(files: ReadonlyMap<string, string | undefined>, knowledgeDir: string): string {
  const hash = createHash('sha256');
  hash.update(`${SNAPSHOT_VERSION}\u0000${process.version}\u0000${loaderCode()}\u0000${process.cwd()}\u0000`);
  for (const [path, text] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) hash.update(`${path}\u0001${text === undefined ? '\u0002' : text}\u0003`);
  return `${folderTag(knowledgeDir)}-${hash.digest('hex').slice(0, 32)}`;
}

function fileFor(dir: string, key: string): string {
  return join(dir, `knowledge-${key}.base`);
}

// JSON reads back faster than v8's serialisation here (and is smaller); past
// the longest string JavaScript allows (a base of tens of thousands of
// articles), v8's serialisation, which has no such limit. The first byte says which.
// The JSON is written in ASCII, every other character escaped: read back as
// Latin-1 the file is one string straight away, where decoding 31 MB of UTF-8
// (a thousand articles) took about 100 ms of the start.
const JSON_FORMAT = 'A';
const V8_FORMAT = 'V';

export function loadSnapshot(key: string): Snapshot | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  try {
    const buffer = readStored(fileFor(dir, key));
    const format = String.fromCharCode(buffer[0] ?? 0);
    if (format === JSON_FORMAT) return JSON.parse(buffer.toString('latin1', 1)) as Snapshot;
    if (format === V8_FORMAT) return deserialize(buffer.subarray(1)) as Snapshot;
    return undefined;
  } catch {
    return undefined;
  }
}

function encode(snapshot: Snapshot): Buffer {
  try {
    return Buffer.from(JSON_FORMAT + JSON.stringify(snapshot).replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`), 'latin1');
  } catch {
    return Buffer.concat([Buffer.from(V8_FORMAT), serialize(snapshot)]);
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
    writeFileSync(temp, encode(snapshot));
    renameSync(temp, file);
    pruneReplaced(file);
  } catch {
    rmSync(temp, { force: true });
  }
}
