// Growable typed-array buffers and stamps: the two tools every scan-time table is built with.
//
// A stamp marks "seen in this round" without clearing anything: `marks[i] === stamp.value` means i was
// marked in the current round, and the next round is a new number. Only when the number reaches
// STAMP_LIMIT are the arrays it stamps cleared and counting starts again.

type GrowableArray = Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint8Array<ArrayBuffer>;

/** `array` itself when it holds `needed` items, else a copy at least twice as long. */
export function grown<T extends GrowableArray>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** Stamps stay below this, so `++value` never overflows an Int32Array slot. */
export const STAMP_LIMIT = 0x7ffffff0;

export class Stamp {
  /** The current round; 0 before the first (no array slot is ever stamped 0 on purpose). */
  value = 0;

  constructor(private readonly arrays: readonly Int32Array[]) {}

  /** Starts a new round and returns its number. */
  next(): number {
    if (this.value >= STAMP_LIMIT) {
      this.value = 0;
      for (const array of this.arrays) array.fill(0);
    }
    return ++this.value;
  }
}

/**
 * A growable list of 32-bit integers. The compiler appends every claim's data to a few of these
 * (see csr.ts's CsrBuilder) instead of keeping small arrays per claim: 100,000 claims would
 * otherwise be a million arrays for the garbage collector to copy until the tables are built.
 */
export class IntList {
  array = new Int32Array(64);
  length = 0;

  push(value: number): void {
    if (this.length === this.array.length) this.array = grown(this.array, this.length + 1);
    this.array[this.length++] = value;
  }

  /** The items, in an array of their own length. */
  toArray(): Int32Array {
    return this.array.slice(0, this.length);
  }
}
