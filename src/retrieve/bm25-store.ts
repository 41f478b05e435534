// A base's BM25 index, kept on disk with the base's snapshot: building it
// (the documents, then wink-nlp's weights) is most of what starting the engine
// costs at a thousand articles, and for the same base and the same code it is
// always the same. Keyed by the base's version (a hash of its files) and a hash
// of the code under src/, so a change to either builds it anew. Best effort,
// like the token reading: no cache folder, or a damaged file, and it is built.
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { codeHash } from '../knowledge/snapshot.js';
import { cacheDir, pruneReplaced, readStored } from '../language/token-store.js';
import { Bm25Index, type Bm25Data } from './bm25.js';

/** The index for `values` (the documents' values, in order), read from the store or built and stored. */
export function storedIndex<T>(baseVersion: string, values: readonly T[], build: () => Bm25Index<T>): Bm25Index<T> {
  const dir = cacheDir();
  if (!dir) return build();
  // Under the base's folder tag (its version starts with it), so a newer index replaces the folder's older one.
  const tag = /^([0-9a-f]{8})-/.exec(baseVersion)?.[1] ?? '00000000';
  const key = `${tag}-${createHash('sha256').update(`${baseVersion}\u0000${codeHash(['.'], true)}`).digest('hex').slice(0, 32)}`;
  const file = join(dir, `retrieval-${key}.bm25`);
  try {
    return Bm25Index.fromData(deserialize(readStored(file)) as Bm25Data, values);
  } catch {
    // Not stored yet (or damaged, or for other documents): built, and stored for the next start.
  }
  const index = build();
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, serialize(index.toData()));
    renameSync(temp, file);
    pruneReplaced(file);
  } catch {
    rmSync(temp, { force: true });
  }
  return index;
}
