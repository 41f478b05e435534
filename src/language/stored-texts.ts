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

/** A TextTable as stored with the reading (token-store.ts): how many texts it was built from, which of them it keeps, its slots. */
export interface TableData {
  inputs: number;
  firsts: Int32Array;
  slots: Int32Array;
}

/**
 * Distinct texts in the order first met, each found by its text: the table holds each text's number (plus one) at
 * the slot of its hash, the next free slot on a collision (no Map entry per text). Built in one pass over a list
 * that repeats texts, it is also that list without its repeats. At a thousand articles that pass hashes 342,000
 * phrases, 259,000 of them distinct (about 150 ms), so the table is stored with the reading and a start with the
 * same base takes it back instead (restore()). A lookup always compares the text itself: a table that were not
 * this list's could only miss, and a miss is read again.
 */
export class TextTable {
  private constructor(
    readonly texts: string[],
    /** Where each of `texts` first is in the list the table was built from. */
    private readonly firsts: Int32Array,
    private readonly slots: Int32Array,
    private readonly inputs: number,
  ) {}

  static of(list: readonly string[]): TextTable {
    let size = 1024;
    while (size < list.length * 2) size *= 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    const texts: string[] = [];
    const firsts: number[] = [];
    list.forEach((text, at) => {
      let slot = hashOf(text) & mask;
      for (;;) {
        const held = slots[slot] as number;
        if (held === 0) {
          texts.push(text);
          firsts.push(at);
          slots[slot] = texts.length;
          return;
        }
        if (texts[held - 1] === text) return;
        slot = (slot + 1) & mask;
      }
    });
    return new TextTable(texts, Int32Array.from(firsts), slots, list.length);
  }

  /** The table stored for this very list, or undefined when it cannot be (another list's length, a slot count that is no power of two, a text out of range). */
  static restore(list: readonly string[], data: TableData): TextTable | undefined {
    const { firsts, slots } = data;
    if (data.inputs !== list.length || slots.length < 1024 || (slots.length & (slots.length - 1)) !== 0) return undefined;
    // (Every slot empty or a text's number, some empty: a lookup always ends.)
    let filled = 0;
    for (const held of slots) {
      if (held < 0 || held > firsts.length) return undefined;
      if (held > 0) filled++;
    }
    if (filled !== firsts.length || filled >= slots.length) return undefined;
    const texts = new Array<string>(firsts.length);
    for (let i = 0; i < firsts.length; i++) {
      const text = list[firsts[i] as number];
      if (text === undefined) return undefined;
      texts[i] = text;
    }
    return new TextTable(texts, firsts, slots, list.length);
  }

  /** What restore() takes back. */
  get data(): TableData {
    return { inputs: this.inputs, firsts: this.firsts, slots: this.slots };
  }

  get size(): number {
    return this.texts.length;
  }

  /** The number of a text, or -1. */
  indexOf(text: string): number {
    const mask = this.slots.length - 1;
    let slot = hashOf(text) & mask;
    for (;;) {
      const held = this.slots[slot] as number;
      if (held === 0) return -1;
      if (this.texts[held - 1] === text) return held - 1;
      slot = (slot + 1) & mask;
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
