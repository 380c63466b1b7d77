// The compiled matcher as it is stored (IndexedDB, in the background) and loaded when the worker wakes,
// without recompiling: uBlock Origin's "selfie". Every typed array of the matcher is packed into one
// ArrayBuffer, each Int32Array in the narrowest integers that hold it (or its steps, for the CSR
// offsets that never decrease); long lists of names (claim ids, words) are one UTF-8 string among
// those bytes, stored once. The rest is a small structured-cloneable shape in which each typed array
// is a reference into that buffer. What a wake costs is mostly cloning and reading those bytes, so
// fewer bytes is a faster wake. Loading makes views onto the buffer (or widens a narrowed table),
// splits the names, rebuilds the tables derived from others (withDerived: the patterns' group classes,
// the anchor entries grouped by first guard) and the scan-time marks;
// the claim ids (≈ 6 MB of UTF-8 at 100,000 feed claims) are decoded when a claim is first named, and
// the claim index (id → number) is built on its first lookup. A checksum over both parts turns a damaged record into an error the caller answers by
// recompiling, never into wrong matches.
//
// The shape is walked generically, so a table a new rule adds to the compiled matcher is stored with
// no change here; bump STORED_FORM_FORMAT when the meaning of a table changes under the same shape.
import { withMarks, type CompiledMatcher } from './compile';
import { groupByFirstGuard } from './engine/anchors';

export const STORED_FORM_FORMAT = 3;

export interface StoredMatcherForm {
  format: number;
  /** The matcher without its marks; typed arrays as `{ [ARRAY]: index }`, maps and long lists packed. */
  shape: unknown;
  /** Every typed array's bytes, each at an 8-byte aligned offset, most of them narrowed (see `narrowest`). */
  bytes: ArrayBuffer;
  /** Per typed array: stored kind, byte offset, length, kind in the matcher (indexes in KINDS), coding. */
  layout: Int32Array;
  /** FNV-1a over the shape's JSON and the bytes. */
  checksum: number;
}

type TypedArray = Int32Array | Uint8Array | Uint16Array | Uint32Array | Int8Array | Int16Array | Float64Array;
const KINDS = [Int32Array, Uint8Array, Uint16Array, Uint32Array, Int8Array, Int16Array, Float64Array] as const;
/** Integer kinds an Int32Array may be stored as, narrowest first, with the values each holds. */
const NARROW: readonly [kind: number, min: number, max: number][] = [
  [1, 0, 0xff],
  [4, -0x80, 0x7f],
  [2, 0, 0xffff],
  [5, -0x8000, 0x7fff],
];
const LAYOUT_WIDTH = 5;
/** Codings: the values as they are (`RAW`, possibly narrowed), or a non-decreasing table as its steps (`STEPS`). */
const RAW = 0;
const STEPS = 1;

// Tags of packed nodes. Keys of plain objects in the matcher are its own field names, never a list's words.
const ARRAY = '\u0000array';
const MAP = '\u0000map';
const INDEX = '\u0000index';
const STRINGS = '\u0000strings';
const NUMBERS = '\u0000numbers';
const SEPARATOR = '\u0000';

interface Packer {
  arrays: TypedArray[];
  /** A list of names already packed, by its joined text: the claim ids appear twice in the matcher. */
  strings: Map<string, unknown>;
}

function isIntegerList(value: readonly unknown[]): value is number[] {
  return value.every((item) => typeof item === 'number' && (item | 0) === item && !Object.is(item, -0));
}

/** A Map from names to 0, 1, 2 … in insertion order: an index of the list of its keys. */
function isIndexOfKeys(map: Map<unknown, unknown>): boolean {
  let expected = 0;
  for (const [key, value] of map) if (typeof key !== 'string' || value !== expected++) return false;
  return true;
}

function pack(value: unknown, packer: Packer): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (ArrayBuffer.isView(value)) {
    if (!KINDS.some((kind) => value instanceof kind)) throw new Error('stored form: unsupported typed array');
    packer.arrays.push(value as TypedArray);
    return { [ARRAY]: packer.arrays.length - 1 };
  }
  if (value instanceof Map) {
    // The claim index (id → claim number) is the claim ids again: stored as a reference, rebuilt on first use.
    if (value.size > 16 && isIndexOfKeys(value)) return { [INDEX]: pack([...value.keys()], packer) };
    return { [MAP]: [pack([...value.keys()], packer), pack([...value.values()], packer)] };
  }
  if (Array.isArray(value)) {
    if (value.length > 16 && isIntegerList(value)) return { [NUMBERS]: pack(Int32Array.from(value), packer) };
    // Long lists of strings (claim ids, words) as one string's UTF-8 bytes (or UTF-16 code units)
    // among the typed arrays: cloned as bytes, covered by the checksum, decoded natively.
    if (value.length > 16 && value.every((item) => typeof item === 'string' && !item.includes(SEPARATOR))) {
      const joined = value.join(SEPARATOR);
      const known = packer.strings.get(joined);
      if (known) return known;
      let packed: unknown;
      // UTF-8 unless a string holds a lone surrogate (valid in JavaScript, not in UTF-8): then UTF-16 code units.
      if (joined.isWellFormed())
        packed = { [STRINGS]: pack(new TextEncoder().encode(joined), packer), n: value.length };
      else {
        const codes = new Uint16Array(joined.length);
        for (let i = 0; i < joined.length; i++) codes[i] = joined.charCodeAt(i);
        packed = { [STRINGS]: pack(codes, packer), n: value.length };
      }
      packer.strings.set(joined, packed);
      return packed;
    }
    return value.map((item) => pack(item, packer));
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = pack(item, packer);
  return out;
}

/** id → number for a list of ids, built on the first lookup: a woken worker may never need it. */
class IndexOfKeys implements ReadonlyMap<string, number> {
  private built: Map<string, number> | null = null;
  constructor(private readonly keyList: readonly string[]) {}
  private get map(): Map<string, number> {
    return (this.built ??= new Map(this.keyList.map((key, i) => [key, i])));
  }
  get size(): number {
    return this.map.size;
  }
  get(key: string): number | undefined {
    return this.map.get(key);
  }
  has(key: string): boolean {
    return this.map.has(key);
  }
  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    this.map.forEach((value, key) => callback.call(thisArg, value, key, this));
  }
  entries(): MapIterator<[string, number]> {
    return this.map.entries();
  }
  keys(): MapIterator<string> {
    return this.map.keys();
  }
  values(): MapIterator<number> {
    return this.map.values();
  }
  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.map[Symbol.iterator]();
  }
}

class Unpacker {
  /** Lists of names decoded so far, by the typed array that holds them: a list stored once is decoded once. */
  private readonly strings = new Map<TypedArray, string[]>();
  constructor(private readonly arrays: readonly TypedArray[]) {}

  /** `eager`: a list of names is decoded now (a map's keys are all read at once). */
  unpack(value: unknown, eager = false): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((item) => this.unpack(item));
    const node = value as Record<string, unknown>;
    if (Object.hasOwn(node, ARRAY)) {
      const array = this.arrays[node[ARRAY] as number];
      if (!array) throw new Error('stored form: a table is missing');
      return array;
    }
    if (Object.hasOwn(node, NUMBERS)) {
      const numbers = this.unpack(node[NUMBERS]);
      if (!(numbers instanceof Int32Array)) throw new Error('stored form: a list of numbers is damaged');
      return Array.from(numbers);
    }
    if (Object.hasOwn(node, INDEX)) {
      const keys = this.unpack(node[INDEX]);
      if (!Array.isArray(keys)) throw new Error('stored form: an index is damaged');
      return new IndexOfKeys(keys as string[]);
    }
    if (Object.hasOwn(node, MAP)) {
      const [keys, values] = (node[MAP] as unknown[]).map((part) => this.unpack(part, true)) as [
        unknown[],
        ArrayLike<unknown>,
      ];
      if (keys.length !== values.length) throw new Error('stored form: a map is damaged');
      const map = new Map<unknown, unknown>();
      for (let i = 0; i < keys.length; i++) map.set(keys[i], values[i]);
      return map;
    }
    if (Object.hasOwn(node, STRINGS)) {
      const codes = this.unpack(node[STRINGS]);
      const known = this.strings.get(codes as TypedArray);
      if (known) return known;
      if (!(codes instanceof Uint8Array) && !(codes instanceof Uint16Array))
        throw new Error('stored form: a list of names is damaged');
      const count = node.n;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0)
        throw new Error('stored form: a list of names is damaged');
      const items = !eager && count > LAZY_NAMES ? lazyNames(codes, count) : decodeNames(codes, count);
      this.strings.set(codes, items);
      return items;
    }
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(node)) out[key] = this.unpack(item);
    return out;
  }
}

/** The stored kind and coding of an Int32Array: the narrowest that holds its values, or of its steps when it never decreases. */
function narrowest(array: TypedArray): [kind: number, coding: number] {
  const own = KINDS.findIndex((kind) => array instanceof kind);
  if (!(array instanceof Int32Array) || array.length < 16) return [own, RAW];
  let min = 0;
  let max = 0;
  let maxStep = 0;
  let previous = 0;
  for (let i = 0; i < array.length; i++) {
    const value = array[i]!;
    if (value < min) min = value;
    if (value > max) max = value;
    const step = value - previous;
    maxStep = step < 0 || maxStep < 0 ? -1 : Math.max(maxStep, step);
    previous = value;
  }
  const fit = (low: number, high: number) => NARROW.find(([, from, to]) => low >= from && high <= to)?.[0];
  const byValue = fit(min, max);
  const byStep = maxStep >= 0 ? fit(0, maxStep) : undefined;
  if (
    byStep !== undefined &&
    (byValue === undefined || KINDS[byStep]!.BYTES_PER_ELEMENT < KINDS[byValue]!.BYTES_PER_ELEMENT)
  )
    return [byStep, STEPS];
  return [byValue ?? own, RAW];
}

function narrowed(array: TypedArray, kind: number, coding: number): TypedArray {
  if (coding === STEPS) {
    const steps = new KINDS[kind]!(array.length);
    let previous = 0;
    for (let i = 0; i < array.length; i++) {
      steps[i] = array[i]! - previous;
      previous = array[i]!;
    }
    return steps;
  }
  return kind === KINDS.findIndex((own) => array instanceof own) ? array : KINDS[kind]!.from(array as Int32Array);
}

/** The table as the matcher holds it, from its stored bytes (a view when it was stored as it is). */
function widened(stored: TypedArray, kind: number, coding: number): TypedArray {
  const Kind = KINDS[kind];
  if (!Kind) throw new Error('stored form: damaged');
  if (coding === STEPS) {
    const out = new Kind(stored.length);
    let sum = 0;
    for (let i = 0; i < stored.length; i++) out[i] = sum += stored[i]!;
    return out;
  }
  if (coding !== RAW) throw new Error('stored form: damaged');
  if (stored instanceof Kind) return stored;
  const out = new Kind(stored.length);
  out.set(stored);
  return out;
}

const utf8 = new TextDecoder();

function decodeNames(codes: Uint8Array | Uint16Array, count: number): string[] {
  const text = codes instanceof Uint8Array ? utf8.decode(codes) : fromCodeUnits(codes);
  const items = text.split(SEPARATOR);
  if (items.length !== count) throw new Error('stored form: a list of names is damaged');
  return items;
}

/** Lists longer than this (the claim ids: ≈ 6 MB at 100,000 feed claims) are decoded on first use. */
const LAZY_NAMES = 4096;

/**
 * The list of names, decoded on its first use: a woken worker needs a claim's id only when a page
 * matches it (and its length, known without decoding). The bytes were checked with the rest of the
 * form (checksum), so a decode that gives another count means a bug, and throws.
 */
function lazyNames(codes: Uint8Array | Uint16Array, count: number): string[] {
  const target: string[] = [];
  let decoded = false;
  const decode = () => {
    decoded = true;
    const items = decodeNames(codes, count);
    for (let i = 0; i < count; i++) target.push(items[i]!);
  };
  return new Proxy(target, {
    get(list, key, receiver) {
      if (!decoded) {
        if (key === 'length') return count;
        decode();
      }
      return Reflect.get(list, key, receiver) as unknown;
    },
    has(list, key) {
      if (!decoded) decode();
      return Reflect.has(list, key);
    },
    ownKeys(list) {
      if (!decoded) decode();
      return Reflect.ownKeys(list);
    },
    getOwnPropertyDescriptor(list, key) {
      if (!decoded) decode();
      return Reflect.getOwnPropertyDescriptor(list, key);
    },
  });
}

function fromCodeUnits(codes: Uint16Array): string {
  let text = '';
  for (let i = 0; i < codes.length; i += 4096) text += String.fromCharCode(...codes.subarray(i, i + 4096));
  return text;
}

function fnv(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

function checksumOf(shape: unknown, bytes: ArrayBuffer, layout: Int32Array): number {
  let hash = fnv(0x811c9dc5 | 0, JSON.stringify(shape));
  // Four independent lanes: the loop's multiplications overlap (about 4× faster than one chain).
  const words = new Int32Array(bytes, 0, bytes.byteLength >> 2);
  let a = hash;
  let b = 0x2545f491;
  let c = 0x6c8e9cf5;
  let d = 0x1b873593;
  const end = words.length & ~3;
  for (let i = 0; i < end; i += 4) {
    a = Math.imul(a ^ words[i]!, 0x01000193);
    b = Math.imul(b ^ words[i + 1]!, 0x01000193);
    c = Math.imul(c ^ words[i + 2]!, 0x01000193);
    d = Math.imul(d ^ words[i + 3]!, 0x01000193);
  }
  for (let i = end; i < words.length; i++) a = Math.imul(a ^ words[i]!, 0x01000193);
  hash = Math.imul(a ^ b, 0x01000193) ^ Math.imul(c ^ d, 0x85ebca6b);
  for (let i = 0; i < layout.length; i++) hash = Math.imul(hash ^ layout[i]!, 0x01000193);
  return hash;
}

type Tables = Omit<CompiledMatcher, 'marks'>;

/**
 * Each pattern concept's presence class (what the scan reads) is its concept's class: not stored,
 * rebuilt in one pass on load (it is one of the two largest tables of a feed's matcher).
 */
function withoutDerived(tables: Tables): unknown {
  const { groupClasses: _groupClasses, ...patterns } = tables.patterns;
  const { anchorStart, anchorGuards, anchorPatterns } = tables.anchors;
  return { ...tables, patterns, anchors: { anchorStart, anchorGuards, anchorPatterns } };
}

function withDerived(tables: Tables): Tables {
  const { groupConcepts } = tables.patterns;
  const { conceptClass } = tables.presence;
  if (!(groupConcepts instanceof Int32Array) || !(conceptClass instanceof Int32Array))
    throw new Error('stored form: damaged');
  const groupClasses = new Int32Array(groupConcepts.length);
  for (let k = 0; k < groupConcepts.length; k++) {
    const concept = groupConcepts[k]!;
    if (concept < 0 || concept >= conceptClass.length) throw new Error('stored form: damaged');
    groupClasses[k] = conceptClass[concept]!;
  }
  const { anchorStart, anchorGuards, anchorPatterns } = tables.anchors;
  if (
    !(anchorStart instanceof Int32Array) ||
    !(anchorGuards instanceof Int32Array) ||
    !(anchorPatterns instanceof Int32Array) ||
    anchorGuards.length !== anchorPatterns.length ||
    anchorStart[anchorStart.length - 1] !== anchorPatterns.length
  )
    throw new Error('stored form: damaged');
  return {
    ...tables,
    patterns: { ...tables.patterns, groupClasses },
    anchors: {
      anchorStart,
      anchorGuards,
      anchorPatterns,
      ...groupByFirstGuard(anchorStart, anchorGuards, anchorPatterns),
    },
  };
}

/** The matcher as stored. */
export function toStoredForm(matcher: CompiledMatcher): StoredMatcherForm {
  const { marks: _marks, ...tables } = matcher;
  const packer: Packer = { arrays: [], strings: new Map() };
  const shape = pack(withoutDerived(tables), packer);
  const layout = new Int32Array(packer.arrays.length * LAYOUT_WIDTH);
  let size = 0;
  const stored = packer.arrays.map((array, i) => {
    const [kind, coding] = narrowest(array);
    const bytes = narrowed(array, kind, coding);
    layout.set([kind, size, array.length, KINDS.findIndex((own) => array instanceof own), coding], LAYOUT_WIDTH * i);
    size += (bytes.byteLength + 7) & ~7;
    return bytes;
  });
  const bytes = new ArrayBuffer(size);
  const target = new Uint8Array(bytes);
  stored.forEach((array, i) =>
    target.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), layout[LAYOUT_WIDTH * i + 1]!),
  );
  return { format: STORED_FORM_FORMAT, shape, bytes, layout, checksum: checksumOf(shape, bytes, layout) };
}

/** The matcher back from its stored form; throws when the form is from another format or damaged. */
export function fromStoredForm(form: StoredMatcherForm): CompiledMatcher {
  if (!form || form.format !== STORED_FORM_FORMAT) throw new Error('stored form: another format');
  const { shape, bytes, layout } = form;
  if (!(bytes instanceof ArrayBuffer) || !(layout instanceof Int32Array) || layout.length % LAYOUT_WIDTH !== 0)
    throw new Error('stored form: damaged');
  if (checksumOf(shape, bytes, layout) !== form.checksum) throw new Error('stored form: checksum mismatch');
  const arrays: TypedArray[] = [];
  for (let i = 0; i < layout.length; i += LAYOUT_WIDTH) {
    const Kind = KINDS[layout[i]!];
    if (!Kind) throw new Error('stored form: damaged');
    arrays.push(widened(new Kind(bytes, layout[i + 1]!, layout[i + 2]!), layout[i + 3]!, layout[i + 4]!));
  }
  return withMarks(withDerived(new Unpacker(arrays).unpack(shape) as Tables));
}
