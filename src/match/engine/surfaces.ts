// The surface-form cache of a compiled matcher, in typed arrays: raw token → the symbols of each of
// its words. A page repeats a few thousand word forms, so after the first sighting a token costs one
// hash (computed while the tokenizer reads it), one probe and one character comparison: no
// substring, no Map, no allocation. Keys are the token with ASCII letters lower-cased, which
// normalizeToken treats alike ("Meta" and "META").
import { grown } from './buffers';

/** The value of a token that is one word with no symbol: most tokens of any page. */
export const PLAIN_WORD = -1;
/** Tokens longer than this get an entry that no lookup finds (long runs of digits or base64 would fill the key pool). */
export const MAX_KEY_LENGTH = 48;

const MAX_ENTRIES = 50_000;

export class SurfaceTable {
  /** slot → entry + 1 (0: empty). */
  private slots = new Int32Array(4096);
  private mask = 4095;
  private entryHash = new Int32Array(2048);
  private entryKeyStart = new Int32Array(2048);
  private entryKeyLength = new Int32Array(2048);
  /** Entry → its value (see `values`). */
  entryValue = new Int32Array(2048);
  /** Entry → the stance codes of its (at most two) words, at 2 × entry (+ 1); 0 until first needed (see stance-codes.ts). */
  entryStance = new Int32Array(4096);
  private entries = 0;
  private keys = new Uint16Array(16_384);
  private keysUsed = 0;
  /**
   * Values: `PLAIN_WORD`, or an offset into `values` holding the word count, then per word the
   * offset and count of its symbols in `symbols`.
   */
  values = new Int32Array(1024);
  private valuesUsed = 0;
  symbols = new Int32Array(1024);
  private symbolsUsed = 0;

  /**
   * Called before each scan (never during one: words read earlier in the scan point into the pools).
   * Bounds memory on pages with huge vocabularies.
   */
  trim(): void {
    if (this.entries < MAX_ENTRIES && this.valuesUsed < MAX_ENTRIES * 5 && this.symbolsUsed < MAX_ENTRIES * 4) return;
    this.slots.fill(0);
    this.entries = 0;
    this.keysUsed = 0;
    this.valuesUsed = 0;
    this.symbolsUsed = 0;
  }

  /** The entry for text[start, end) (whose key hash is `hash`), or -1. */
  find(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    const { slots, mask, entryHash, entryKeyLength, entryKeyStart, keys } = this;
    let slot = hash & mask;
    for (;;) {
      const entry = slots[slot]! - 1;
      if (entry < 0) return -1;
      if (entryHash[entry] === hash && entryKeyLength[entry] === length) {
        let at = entryKeyStart[entry]!;
        let i = start;
        for (; i < end; i++, at++) {
          const code = text.charCodeAt(i);
          if (keys[at] !== (code >= 65 && code <= 90 ? code | 32 : code)) break;
        }
        if (i === end) return entry;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** A new entry for text[start, end) with its words' symbols; findable later unless the token is very long. */
  add(text: string, start: number, end: number, hash: number, words: readonly (readonly number[])[]): number {
    const value = this.store(words);
    const length = end - start;
    const findable = length <= MAX_KEY_LENGTH;
    if (this.entries === this.entryHash.length) {
      const size = this.entries * 2;
      this.entryHash = grown(this.entryHash, size);
      this.entryKeyStart = grown(this.entryKeyStart, size);
      this.entryKeyLength = grown(this.entryKeyLength, size);
      this.entryValue = grown(this.entryValue, size);
      this.entryStance = grown(this.entryStance, size * 2);
    }
    const entry = this.entries++;
    this.entryHash[entry] = hash;
    this.entryKeyStart[entry] = this.keysUsed;
    this.entryKeyLength[entry] = findable ? length : -1;
    this.entryValue[entry] = value;
    this.entryStance[2 * entry] = 0;
    this.entryStance[2 * entry + 1] = 0;
    if (!findable) return entry;
    this.keys = grown(this.keys, this.keysUsed + length);
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      this.keys[this.keysUsed++] = code >= 65 && code <= 90 ? code | 32 : code;
    }
    if (this.entries * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(entry);
    return entry;
  }

  private store(words: readonly (readonly number[])[]): number {
    if (words.length === 1 && words[0]!.length === 0) return PLAIN_WORD;
    const value = this.valuesUsed;
    this.values = grown(this.values, value + 1 + words.length * 2);
    this.values[this.valuesUsed++] = words.length;
    for (const symbols of words) {
      this.symbols = grown(this.symbols, this.symbolsUsed + symbols.length);
      this.values[this.valuesUsed++] = this.symbolsUsed;
      this.values[this.valuesUsed++] = symbols.length;
      for (const symbol of symbols) this.symbols[this.symbolsUsed++] = symbol;
    }
    return value;
  }

  private place(entry: number): void {
    let slot = this.entryHash[entry]! & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = entry + 1;
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let entry = 0; entry < this.entries; entry++) if (this.entryKeyLength[entry]! >= 0) this.place(entry);
  }
}
