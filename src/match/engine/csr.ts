// Compressed sparse rows: per-key lists flattened into two typed arrays, so that key k's items are
// items[start[k] .. start[k + 1]). Every one-to-many table of the compiled matcher is one of these.
import { IntList } from './buffers';

export interface Csr {
  start: Int32Array;
  items: Int32Array;
}

export function toCsr(lists: readonly (readonly number[])[]): Csr {
  const start = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((list, i) => {
    start[i] = total;
    total += list.length;
  });
  start[lists.length] = total;
  const items = new Int32Array(total);
  lists.forEach((list, i) => items.set(list, start[i]!));
  return { start, items };
}

/**
 * Builds a CSR row by row, rows in key order: `push` adds to the open row, `endRow` closes it. The
 * compiler reads each claim's entry for a rule straight into one of these.
 */
export class CsrBuilder {
  private readonly starts = new IntList();
  readonly items = new IntList();

  constructor() {
    this.starts.push(0);
  }

  push(item: number): void {
    this.items.push(item);
  }

  endRow(): void {
    this.starts.push(this.items.length);
  }

  /** Forgets what the open row holds (the claim being read turned out bad). */
  dropOpenRow(): void {
    this.items.length = this.starts.array[this.starts.length - 1]!;
  }

  finish(): Csr {
    return { start: this.starts.toArray(), items: this.items.toArray() };
  }
}

/** How many items key k has. */
export function rowLength(csr: Csr, k: number): number {
  return csr.start[k + 1]! - csr.start[k]!;
}
