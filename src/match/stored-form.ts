// The compiled matcher as it is stored (IndexedDB, in the background) and loaded when the worker wakes,
// without recompiling: uBlock Origin's "selfie". Every typed array of the matcher is packed into one
// ArrayBuffer; the rest (counts, claim ids, the vocabulary's words) is a small structured-cloneable
// shape in which each typed array is a reference into that buffer. Loading makes views onto the
// buffer (no copy) and rebuilds the scan-time marks. A checksum over both parts turns a damaged record
// into an error the caller answers by recompiling, never into wrong matches.
//
// The shape is walked generically, so a table a new rule adds to the compiled matcher is stored with
// no change here; bump STORED_FORM_FORMAT when the meaning of a table changes under the same shape.
import { withMarks, type CompiledMatcher } from './compile';

export const STORED_FORM_FORMAT = 1;

export interface StoredMatcherForm {
  format: number;
  /** The matcher without its marks; typed arrays as `{ [ARRAY]: index }`, maps and long string lists packed. */
  shape: unknown;
  /** Every typed array's bytes, each at an 8-byte aligned offset. */
  bytes: ArrayBuffer;
  /** Per typed array: kind (index in KINDS), byte offset, length. */
  layout: Int32Array;
  /** FNV-1a over the shape's JSON and the bytes. */
  checksum: number;
}

type TypedArray = Int32Array | Uint8Array | Uint16Array | Uint32Array | Int8Array | Int16Array | Float64Array;
const KINDS = [Int32Array, Uint8Array, Uint16Array, Uint32Array, Int8Array, Int16Array, Float64Array] as const;

// Tags of packed nodes. Keys of plain objects in the matcher are its own field names, never a list's words.
const ARRAY = '\u0000array';
const MAP = '\u0000map';
const STRINGS = '\u0000strings';
const SEPARATOR = '\u0000';

interface Packer {
  arrays: TypedArray[];
}

function pack(value: unknown, packer: Packer): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (ArrayBuffer.isView(value)) {
    if (!KINDS.some((kind) => value instanceof kind)) throw new Error('stored form: unsupported typed array');
    packer.arrays.push(value as TypedArray);
    return { [ARRAY]: packer.arrays.length - 1 };
  }
  if (value instanceof Map) return { [MAP]: [pack([...value.keys()], packer), pack([...value.values()], packer)] };
  if (Array.isArray(value)) {
    // Long lists of strings (claim ids, words) as one string's UTF-16 code units among the typed
    // arrays: cloned as bytes, covered by the checksum, decoded natively.
    if (value.length > 16 && value.every((item) => typeof item === 'string' && !item.includes(SEPARATOR))) {
      const joined = value.join(SEPARATOR);
      // UTF-8 unless a string holds a lone surrogate (valid in JavaScript, not in UTF-8): then UTF-16 code units.
      if (joined.isWellFormed()) return { [STRINGS]: pack(new TextEncoder().encode(joined), packer), n: value.length };
      const codes = new Uint16Array(joined.length);
      for (let i = 0; i < joined.length; i++) codes[i] = joined.charCodeAt(i);
      return { [STRINGS]: pack(codes, packer), n: value.length };
    }
    return value.map((item) => pack(item, packer));
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = pack(item, packer);
  return out;
}

function unpack(value: unknown, arrays: readonly TypedArray[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => unpack(item, arrays));
  const node = value as Record<string, unknown>;
  if (Object.hasOwn(node, ARRAY)) {
    const array = arrays[node[ARRAY] as number];
    if (!array) throw new Error('stored form: a table is missing');
    return array;
  }
  if (Object.hasOwn(node, MAP)) {
    const [keys, values] = (node[MAP] as unknown[]).map((part) => unpack(part, arrays)) as [
      unknown[],
      ArrayLike<unknown>,
    ];
    if (keys.length !== values.length) throw new Error('stored form: a map is damaged');
    const map = new Map<unknown, unknown>();
    for (let i = 0; i < keys.length; i++) map.set(keys[i], values[i]);
    return map;
  }
  if (Object.hasOwn(node, STRINGS)) {
    const codes = unpack(node[STRINGS], arrays);
    let text: string;
    if (codes instanceof Uint8Array) text = utf8.decode(codes);
    else if (codes instanceof Uint16Array) text = fromCodeUnits(codes);
    else throw new Error('stored form: a list of names is damaged');
    const items = text.split(SEPARATOR);
    if (items.length !== node.n) throw new Error('stored form: a list of names is damaged');
    return items;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(node)) out[key] = unpack(item, arrays);
  return out;
}

const utf8 = new TextDecoder();

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

/** The matcher as stored. */
export function toStoredForm(matcher: CompiledMatcher): StoredMatcherForm {
  const { marks: _marks, ...tables } = matcher;
  const packer: Packer = { arrays: [] };
  const shape = pack(tables, packer);
  const layout = new Int32Array(packer.arrays.length * 3);
  let size = 0;
  packer.arrays.forEach((array, i) => {
    layout[3 * i] = KINDS.findIndex((kind) => array instanceof kind);
    layout[3 * i + 1] = size;
    layout[3 * i + 2] = array.length;
    size += (array.byteLength + 7) & ~7;
  });
  const bytes = new ArrayBuffer(size);
  const target = new Uint8Array(bytes);
  packer.arrays.forEach((array, i) =>
    target.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), layout[3 * i + 1]!),
  );
  return { format: STORED_FORM_FORMAT, shape, bytes, layout, checksum: checksumOf(shape, bytes, layout) };
}

/** The matcher back from its stored form; throws when the form is from another format or damaged. */
export function fromStoredForm(form: StoredMatcherForm): CompiledMatcher {
  if (!form || form.format !== STORED_FORM_FORMAT) throw new Error('stored form: another format');
  const { shape, bytes, layout } = form;
  if (!(bytes instanceof ArrayBuffer) || !(layout instanceof Int32Array) || layout.length % 3 !== 0)
    throw new Error('stored form: damaged');
  if (checksumOf(shape, bytes, layout) !== form.checksum) throw new Error('stored form: checksum mismatch');
  const arrays: TypedArray[] = [];
  for (let i = 0; i < layout.length; i += 3) {
    const kind = KINDS[layout[i]!];
    if (!kind) throw new Error('stored form: damaged');
    arrays.push(new kind(bytes, layout[i + 1]!, layout[i + 2]!));
  }
  return withMarks(unpack(shape, arrays) as Omit<CompiledMatcher, 'marks'>);
}
