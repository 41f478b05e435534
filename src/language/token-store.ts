// wink-nlp reads the knowledge base's phrases and paragraphs the same way on
// every start. What it read is kept on disk, keyed by a hash of the texts, the
// tokenizer's version and wink-nlp's: a restart with unchanged knowledge reads
// one file instead of running the tokenizer (and loading its model) again.
//
// The file holds no single string as large as the reading: at a thousand
// articles the reading is tens of megabytes, and a JavaScript string (hence one
// JSON document) cannot exceed about 512 MB. It is a header line, then chunks,
// each a line `<kind> <bytes> <entries>` and that many bytes of UTF-8: entries
// joined by NUL (kinds `phrases`, `passages`, and `extra` as text, reading,
// text, reading…), or a JSON list for the rare item that holds a NUL itself
// (the same kinds with `-json`). Chunks of one kind follow one another in order.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { endianness } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StoredStringsBuilder, type StoredStrings, type TableData } from './stored-texts.js';

/** Bump when tokenize() or sentences() change what they return, or the file's layout changes. */
export const TOKENIZER_VERSION = 7;

const HEADER = `coverage-bot knowledge reading ${TOKENIZER_VERSION}\n`;
/** Characters per chunk: far below the longest string JavaScript allows. */
const CHUNK_CHARS = 16 * 1024 * 1024;

/**
 * What was read of a base, as normalize.ts encodes it: the words of each of its
 * phrases and the sentences of each of its passages, in the order the base
 * lists them (so the texts themselves need not be stored), and the words of
 * other phrases read meanwhile (the engine's variants), text by text.
 */
export interface StoredReading {
  phrases: string[];
  passages: string[];
  extra: Map<string, string>;
  /** The tables that find the phrases and passages by their text (stored-texts.ts), kept so a start need not hash them again. */
  tables?: { phrases: TableData; passages: TableData };
}

/** A reading read back: the phrases and passages kept as the file's bytes, decoded when asked for (stored-texts.ts). */
export interface LoadedReading {
  phrases: StoredStrings;
  passages: StoredStrings;
  extra: Map<string, string>;
  tables?: { phrases: TableData; passages: TableData };
}

function winkVersion(): string {
  try {
    return String(createRequire(import.meta.url)('wink-nlp/package.json').version);
  } catch {
    return 'unknown';
  }
}

/** The folder of the project's package.json, found from this module whether it runs from src/ or from dist/src/. */
export function projectDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** node_modules/.cache/coverage-bot, the conventional place for a tool's derived files; KNOWLEDGE_CACHE_DIR overrides, "off" disables. */
export function cacheDir(): string | undefined {
  const configured = process.env['KNOWLEDGE_CACHE_DIR'];
  if (configured === 'off') return undefined;
  if (configured) return configured;
  return join(projectDir(), 'node_modules', '.cache', 'coverage-bot');
}

/** What is stored for a folder: `<kind>-<folder tag>-<hash>.<ext>` (not a file still being written, `….tmp` after its pid). */
const STORED_NAME = /^([a-z]+)-([0-9a-f]{8})-[0-9a-f]+(\.[a-z0-9]+)$/;

/** Files read ahead of the start's load (prefetchStored), each until the loader asks for it. */
const prefetched = new Map<string, Buffer>();

/**
 * Reads what is stored for a knowledge folder (its snapshot, reading, index…)
 * on libuv's threads, while the process goes on importing its modules: the
 * loaders then find the files' bytes read (readStored). Their names are not
 * known yet (their keys hash the knowledge files and the code), but a folder
 * keeps one file of each kind (pruneReplaced), so all of its files are read. Never rejects:
 * a file it could not read is read when asked for.
 */
export async function prefetchStored(knowledgeDir: string = join(projectDir(), 'knowledge')): Promise<void> {
  const dir = cacheDir();
  if (!dir) return;
  const tag = folderTag(knowledgeDir);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  const files = names.filter((name) => STORED_NAME.exec(name)?.[2] === tag).map((name) => join(dir, name));
  await Promise.all(
    files.map(async (file) => {
      try {
        prefetched.set(file, await readWhole(file));
      } catch {
        /* read when asked for */
      }
    }),
  );
}

// One read of the whole file, not fs.readFile's 512 KB at a time: each of those waits for the main thread, which is
// busy importing.
async function readWhole(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.allocUnsafeSlow(size);
    let at = 0;
    while (at < size) {
      const { bytesRead } = await handle.read(buffer, at, size - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return at === size ? buffer : buffer.subarray(0, at);
  } finally {
    await handle.close();
  }
}

/** A stored file's bytes: read ahead by prefetchStored (then forgotten here), else read now. Throws as readFileSync does. */
export function readStored(file: string): Buffer {
  const ahead = prefetched.get(file);
  if (ahead === undefined) return readFileSync(file);
  prefetched.delete(file);
  return ahead;
}

/** Forgets what was read ahead and not asked for (another version's files), once the engine is built. */
export function dropPrefetched(): void {
  prefetched.clear();
}

/**
 * A knowledge folder's tag, which the keys of what is stored for it start
 * with: a new version of a folder's base replaces the old one's files
 * (pruneReplaced), other folders' files are left alone.
 */
export function folderTag(knowledgeDir: string): string {
  return createHash('sha256').update(resolve(knowledgeDir)).digest('hex').slice(0, 8);
}

/** After `file` (`<kind>-<tag>-<hash>.<ext>`) was written: removes the other versions of its kind for the same folder. */
export function pruneReplaced(file: string): void {
  const name = basename(file);
  const parts = STORED_NAME.exec(name);
  if (!parts) return;
  const [, kind, tag, ext] = parts as unknown as [string, string, string, string];
  try {
    for (const other of readdirSync(dirname(file))) {
      if (other !== name && other.startsWith(`${kind}-${tag}-`) && other.endsWith(ext)) rmSync(join(dirname(file), other), { force: true });
    }
  } catch {
    /* best effort */
  }
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
  const tag = /^([0-9a-f]{8})-/.exec(baseKey)?.[1];
  const hash = createHash('sha256').update(`${TOKENIZER_VERSION}\u0000${winkVersion()}\u0000${baseKey}`).digest('hex').slice(0, 32);
  return tag ? `${tag}-${hash}` : hash;
}

function fileFor(dir: string, key: string): string {
  return join(dir, `knowledge-${key}.reading`);
}

/** The stored reading of a base of so many distinct phrases and passages (any number when not given), if there is one. */
export function loadReading(key: string, phrases?: number, passages?: number): LoadedReading | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  let buffer: Buffer;
  try {
    buffer = readStored(fileFor(dir, key));
  } catch {
    return undefined;
  }
  try {
    const reading = parse(buffer);
    // Another base's reading under this key (a hash collision, a hand-edited file): not ours.
    return (phrases === undefined || reading.phrases.length === phrases) && (passages === undefined || reading.passages.length === passages) ? reading : undefined;
  } catch {
    // A damaged file is as good as none: the reading is done again, and stored anew.
    return undefined;
  }
}

function parse(buffer: Buffer): LoadedReading {
  const phrases = new StoredStringsBuilder(buffer);
  const passages = new StoredStringsBuilder(buffer);
  const extra = new Map<string, string>();
  const tables: Partial<Record<'phrases' | 'passages', TableData>> = {};
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
    if (kind === 'table-phrases' || kind === 'table-passages') {
      tables[kind === 'table-phrases' ? 'phrases' : 'passages'] = tableFrom(buffer.subarray(start, start + bytes), count);
      at = start + bytes;
      continue;
    }
    const list = kind.replace(/-json$/, '');
    const into = list === 'phrases' ? phrases : list === 'passages' ? passages : undefined;
    if (list !== 'extra' && !into) throw new Error(`unknown chunk ${kind}`);
    if (into && !kind.endsWith('-json')) {
      // The phrases and passages stay bytes of the file, found at their offsets (stored-texts.ts).
      if (!into.addJoined(start, start + bytes, count)) throw new Error('truncated');
    } else {
      const text = buffer.toString('utf8', start, start + bytes);
      const items: string[] = kind.endsWith('-json') ? (JSON.parse(text) as string[]) : text.split('\u0000');
      if (items.length !== count) throw new Error('truncated');
      if (into) for (const item of items) into.addInline(item);
      else for (let i = 0; i + 1 < items.length; i += 2) extra.set(items[i] as string, items[i + 1] as string);
    }
    at = start + bytes;
  }
  return { phrases: phrases.build(), passages: passages.build(), extra, ...(tables.phrases && tables.passages ? { tables: { phrases: tables.phrases, passages: tables.passages } } : {}) };
}

// A table's chunk: the number of texts it keeps, where each first is, then its slots; 32-bit little-endian integers.
function tableBytes(table: TableData): Buffer {
  const out = Buffer.alloc(4 * (1 + table.firsts.length + table.slots.length));
  out.writeInt32LE(table.firsts.length, 0);
  let at = 4;
  for (const n of table.firsts) at = out.writeInt32LE(n, at);
  for (const n of table.slots) at = out.writeInt32LE(n, at);
  return out;
}

function tableFrom(bytes: Buffer, inputs: number): TableData {
  if (bytes.length % 4 !== 0 || bytes.length < 4) throw new Error('truncated');
  // (Copied out: an Int32Array needs an offset the file's chunk may not have, and this machine's byte order.)
  const all = new Int32Array(bytes.length / 4);
  if (endianness() === 'LE') new Uint8Array(all.buffer).set(bytes);
  else for (let i = 0; i < all.length; i++) all[i] = bytes.readInt32LE(4 * i);
  const kept = all[0] as number;
  if (kept < 0 || 1 + kept > all.length) throw new Error('truncated');
  return { inputs, firsts: all.subarray(1, 1 + kept), slots: all.subarray(1 + kept) };
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
    /**
     * A list in chunks of strings joined by NUL, cut between units (an extra is a
     * text and its reading); a unit holding a NUL itself goes in a JSON chunk.
     */
    const list = (kind: string, items: readonly string[], unit: number) => {
      let pending: string[] = [];
      let chars = 0;
      const flush = () => {
        if (pending.length) chunk(kind, pending.join('\u0000'), pending.length);
        pending = [];
        chars = 0;
      };
      for (let i = 0; i < items.length; i += unit) {
        const group = items.slice(i, i + unit);
        if (group.some((item) => item.includes('\u0000'))) {
          flush();
          chunk(`${kind}-json`, JSON.stringify(group), group.length);
          continue;
        }
        pending.push(...group);
        chars += group.reduce((n, item) => n + item.length + 1, 0);
        if (chars >= CHUNK_CHARS) flush();
      }
      flush();
    };
    list('phrases', reading.phrases, 1);
    list('passages', reading.passages, 1);
    list('extra', [...reading.extra].flat(), 2);
    for (const [kind, table] of [['table-phrases', reading.tables?.phrases], ['table-passages', reading.tables?.passages]] as const) {
      if (!table) continue;
      const bytes = tableBytes(table);
      writeSync(out, `${kind} ${bytes.length} ${table.inputs}\n`);
      writeSync(out, bytes);
    }
    closeSync(out);
    fd = undefined;
    renameSync(temp, file);
    pruneReplaced(file);
  } catch {
    /* not writable: fine */
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
  }
}
