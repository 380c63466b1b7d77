// Compressed sparse rows: per-key lists flattened into two typed arrays, so that key k's items are
// items[start[k] .. start[k + 1]). Every one-to-many table of the compiled matcher is one of these.

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
