// What the engine works out from a base alone, kept on disk beside the base's
// snapshot: the same base read by the same code always gives the same, so a
// start reads it back instead of working it out again (at a thousand articles,
// hundreds of milliseconds each). Keyed like the BM25 index
// (retrieve/bm25-store.ts): by the base's version (a hash of its files and
// loader) and a hash of all the code under src/, so a change to either works it
// out anew. Stored with v8's serialisation: typed arrays come back as they were,
// and objects shared within the data are shared again. Best effort, like the
// rest of the cache: no cache folder, or a damaged file, and it is worked out.
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { codeHash } from './snapshot.js';
import { cacheDir, pruneReplaced, readStored } from '../language/token-store.js';

/**
 * `build()`'s result for this base, read from the cache when a start with the same base and code stored it.
 * `kind` names the file (lowercase letters); `accept` rejects stored data that does not fit (a damaged file).
 */
export function derivedFromBase<T>(kind: string, baseVersion: string, build: () => T, accept: (data: T) => boolean = () => true): T {
  const dir = cacheDir();
  if (!dir) return build();
  // Under the base's folder tag (its version starts with it), so a newer one replaces the folder's older one.
  const tag = /^([0-9a-f]{8})-/.exec(baseVersion)?.[1] ?? '00000000';
  const key = `${tag}-${createHash('sha256').update(`${kind}\u0000${baseVersion}\u0000${codeHash(['.'], true)}`).digest('hex').slice(0, 32)}`;
  const file = join(dir, `${kind}-${key}.derived`);
  try {
    const stored = deserialize(readStored(file)) as T;
    if (accept(stored)) return stored;
  } catch {
    // Not stored yet, or damaged: worked out, and stored for the next start.
  }
  const data = build();
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, serialize(data));
    renameSync(temp, file);
    pruneReplaced(file);
  } catch {
    rmSync(temp, { force: true });
  }
  return data;
}
