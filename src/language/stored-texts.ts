// The reading of a base read back from the token store (token-store.ts), kept
// as the file's bytes rather than as strings. At a thousand articles it is the
// folded words of 227,000 phrases (13.7 MB of text) and the sentences of 6,000
// paragraphs: as strings, split out of each chunk and kept in a Map by the
// phrase, that was about 40 MB of heap for as long as the process runs (the
// chunks, a sliced string per entry, the Map's table), most of it never asked
// for again once the engine is built. Here an entry is decoded when asked for,
// and found by its text through a table of numbers; the heap that V8 sizes its
// collections by is smaller, and so is the process.

/** Entries of one kind (phrases, passages) in the order saved: entry i is bytes[starts[i]…ends[i]) as UTF-8. */
export class StoredStrings {
  constructor(
    private readonly bytes: Buffer,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    /** The rare entries stored as JSON (they hold a NUL themselves), by number; their starts are -1. */
    private readonly inline: ReadonlyMap<number, string>,
  ) {}

  get length(): number {
    return this.starts.length;
  }

  at(i: number): string {
    const start = this.starts[i] as number;
    if (start < 0) return this.inline.get(i) as string;
    return this.bytes.toString('utf8', start, this.ends[i] as number);
  }

  /** Every entry as a string (for tests and tools; the engine asks for one at a time). */
  toArray(): string[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
}

/** Gathers the entries of one kind, chunk after chunk, as parse() meets them. */
export class StoredStringsBuilder {
  private starts: number[] = [];
  private ends: number[] = [];
  private readonly inline = new Map<number, string>();

  constructor(private readonly bytes: Buffer) {}

  /** The `count` entries of bytes[from…to), each ended by a NUL but the last. False when they are not `count`. */
  addJoined(from: number, to: number, count: number): boolean {
    let at = from;
    for (let k = 0; k < count; k++) {
      const nul = this.bytes.indexOf(0, at);
      const last = k === count - 1;
      // (Each entry but the last ends at a NUL within the chunk; the last at the chunk's end, with no NUL before it.)
      if (last ? nul >= 0 && nul < to : nul < 0 || nul >= to) return false;
      const end = last ? to : nul;
      this.starts.push(at);
      this.ends.push(end);
      at = end + 1;
    }
    return count > 0;
  }

  addInline(text: string): void {
    this.inline.set(this.starts.length, text);
    this.starts.push(-1);
    this.ends.push(-1);
  }

  build(): StoredStrings {
    return new StoredStrings(this.bytes, Int32Array.from(this.starts), Int32Array.from(this.ends), this.inline);
  }
}

/**
 * Distinct texts in the order first met, each found by its text: the table holds each text's number (plus one) at
 * the slot of its hash, the next free slot on a collision (no Map entry per text). Built in one pass over a list
 * that repeats texts, it is also that list without its repeats: at a thousand articles, 342,000 phrases of which
 * 259,000 distinct, read once instead of once for a Set and again for the table.
 */
export class TextTable {
  readonly texts: string[] = [];
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(texts: Iterable<string> & { readonly length: number }) {
    let size = 1024;
    while (size < texts.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (const text of texts) {
      let slot = hashOf(text) & this.mask;
      for (;;) {
        const held = this.slots[slot] as number;
        if (held === 0) {
          this.texts.push(text);
          this.slots[slot] = this.texts.length;
          break;
        }
        if (this.texts[held - 1] === text) break;
        slot = (slot + 1) & this.mask;
      }
    }
  }

  get size(): number {
    return this.texts.length;
  }

  /** The number of a text, or -1. */
  indexOf(text: string): number {
    let slot = hashOf(text) & this.mask;
    for (;;) {
      const held = this.slots[slot] as number;
      if (held === 0) return -1;
      if (this.texts[held - 1] === text) return held - 1;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** Texts and their readings, found by the text: table.texts[i] is read as readings.at(i). */
export class StoredTexts {
  constructor(
    private readonly table: TextTable,
    private readonly readings: StoredStrings,
  ) {}

  get size(): number {
    return this.table.size;
  }

  has(text: string): boolean {
    return this.table.indexOf(text) >= 0;
  }

  get(text: string): string | undefined {
    const i = this.table.indexOf(text);
    return i < 0 ? undefined : this.readings.at(i);
  }
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
