// The stored form table by table, on small matchers (stored-form.ts): every kind of value the shape
// walk meets comes back as it went in — typed arrays of each range stored in the narrowest integers or as
// their steps, long lists of numbers and names, maps and the claim index, names with lone surrogates —
// in the number of bytes the narrowing promises; and a record whose tables do not fit together is refused
// with an error, never loaded into wrong matches.
import { describe, expect, it } from 'vitest';
import { compileMatcher, matchText, type CompiledMatcher } from '../../../src/match';
import { fromStoredForm, STORED_FORM_FORMAT, toStoredForm } from '../../../src/match/stored-form';
import { claim } from '../../support/match-claims';

const small = compileMatcher([
  claim('meta-leaked-messages', {
    concepts: { meta: ['meta'], messages: ['messages'] },
    all: [['meta'], ['messages']],
  }),
  claim('meta-leaked-photos', { concepts: { meta: ['meta'], photos: ['photos'] }, all: [['meta'], ['photos']] }),
]);

/** The matcher with one more table beside its own (the shape is walked generically, as for a new rule's). */
const withExtra = (extra: unknown) => ({ ...small, extra }) as unknown as CompiledMatcher;
const roundTrip = (matcher: CompiledMatcher) => fromStoredForm(structuredClone(toStoredForm(matcher)));
const extraOf = (matcher: CompiledMatcher) => (matcher as unknown as { extra: unknown }).extra;
/** Bytes the extra table adds to the stored form. */
const bytesFor = (extra: unknown) =>
  toStoredForm(withExtra(extra)).bytes.byteLength - toStoredForm(small).bytes.byteLength;

const ramp = (n: number, f: (i: number) => number) => Int32Array.from({ length: n }, (_, i) => f(i));

describe('tables of numbers', () => {
  const cases: [name: string, table: Int32Array, bytes: number][] = [
    ['0 to 255 in one byte each', ramp(32, (i) => (i * 37) % 256), 32],
    ['-128 to 127 in one byte each', ramp(32, (i) => ((i * 37) % 256) - 128), 32],
    ['0 to 65,535 in two bytes each', ramp(32, (i) => (i * 2_039) % 65_536), 64],
    ['-32,768 to 32,767 in two bytes each', ramp(32, (i) => ((i * 2_039) % 65_536) - 32_768), 64],
    ['wider values in four bytes each', ramp(32, (i) => (i % 2 === 0 ? 1 : -1) * i * 100_000), 128],
    ['offsets that never decrease, as their steps (one byte each)', ramp(32, (i) => i * 200), 32],
    ['offsets with steps of up to 65,535, as two bytes each', ramp(32, (i) => i * 60_000), 64],
    ['values at the edges of one byte: 255 and 0', Int32Array.of(255, ...new Array<number>(15).fill(0)), 16],
    ['256 in two bytes', Int32Array.of(256, ...new Array<number>(15).fill(255)), 32],
    [
      'values at the edges of a signed byte: -128 and 127',
      Int32Array.of(-128, 127, ...new Array<number>(14).fill(0)),
      16,
    ],
    ['-129 in two bytes', Int32Array.of(-129, ...new Array<number>(15).fill(0)), 32],
    ['steps of exactly 255 in one byte', ramp(16, (i) => i * 255), 16],
    ['steps of 256 in two bytes', ramp(16, (i) => i * 256), 32],
  ];
  for (const [name, table, bytes] of cases)
    it(`keeps ${name}`, () => {
      const loaded = extraOf(roundTrip(withExtra({ table })));
      expect(loaded).toEqual({ table });
      expect((loaded as { table: unknown }).table).toBeInstanceOf(Int32Array);
      expect(bytesFor({ table })).toBe(bytes);
    });

  it('stores a short table as it is, and other kinds of typed array in their own kind', () => {
    const tables = {
      short: Int32Array.of(1, 2, 3),
      bytes: Uint8Array.of(1, 2, 250),
      wide: Uint32Array.of(4_000_000_000, 1),
      halves: Uint16Array.of(65_535),
      signedBytes: Int8Array.of(-5),
      signedHalves: Int16Array.of(-30_000),
      fractions: Float64Array.of(0.5, -1.25),
    };
    const loaded = extraOf(roundTrip(withExtra(tables))) as typeof tables;
    expect(loaded).toEqual(tables);
    for (const [name, table] of Object.entries(tables))
      expect(loaded[name as keyof typeof tables]?.constructor, name).toBe(table.constructor);
    // Each stored at an 8-byte boundary: 12, 3, 8, 2, 1, 2 and 16 bytes.
    expect(bytesFor(tables)).toBe(16 + 8 + 8 + 8 + 8 + 8 + 16);
  });

  it('refuses a kind of typed array it cannot store', () => {
    expect(() => toStoredForm(withExtra({ table: Float32Array.of(1) }))).toThrow(
      'stored form: unsupported typed array',
    );
  });
});

describe('lists and maps', () => {
  it('keeps long lists of whole numbers, and short or mixed ones, with -0 and fractions as they are', () => {
    const extra = {
      numbers: Array.from({ length: 17 }, (_, i) => i * 1_000 - 3),
      short: [1, 2, 3],
      fractions: Array.from({ length: 17 }, (_, i) => i + 0.5),
      negativeZero: [...new Array<number>(16).fill(1), -0],
      mixed: [...new Array<number>(16).fill(1), 'one'],
    };
    const loaded = extraOf(roundTrip(withExtra(extra))) as typeof extra;
    expect(loaded).toEqual(extra);
    expect(Object.is(loaded.negativeZero[16], -0)).toBe(true);
  });

  it('keeps long lists of names, stored once however often they appear', () => {
    const names = Array.from({ length: 20 }, (_, i) => `name-${i}`);
    const once = bytesFor({ names });
    expect(once).toBeGreaterThan(0);
    expect(bytesFor({ names, again: [...names] })).toBe(once);
    const loaded = extraOf(roundTrip(withExtra({ names, again: [...names], short: ['a', 'b'] })));
    expect(loaded).toEqual({ names, again: names, short: ['a', 'b'] });
  });

  it('keeps names with a lone surrogate or an empty name, and a list holding the separator as a plain list', () => {
    const odd = Array.from({ length: 20 }, (_, i) => (i === 3 ? 'half \ud83d' : i === 4 ? '' : `n${i}`));
    const separator = Array.from({ length: 20 }, (_, i) => (i === 5 ? 'a\u0000b' : `n${i}`));
    const loaded = extraOf(roundTrip(withExtra({ odd, separator })));
    expect(loaded).toEqual({ odd, separator });
  });

  it('keeps maps, small and large, and an index of names (name → 0, 1, 2 …) that answers like a map', () => {
    const names = Array.from({ length: 20 }, (_, i) => `id-${i}`);
    const index = new Map(names.map((name, i) => [name, i]));
    const notAnIndex = new Map(names.map((name, i) => [name, i * 2]));
    const small = new Map<unknown, unknown>([
      [1, 'one'],
      ['two', [2]],
    ]);
    const loaded = extraOf(roundTrip(withExtra({ index, notAnIndex, small }))) as {
      index: ReadonlyMap<string, number>;
      notAnIndex: Map<string, number>;
      small: Map<unknown, unknown>;
    };
    expect(loaded.notAnIndex).toEqual(notAnIndex);
    expect(loaded.small).toEqual(small);
    expect(loaded.index.size).toBe(20);
    expect(loaded.index.get('id-7')).toBe(7);
    expect(loaded.index.has('id-19')).toBe(true);
    expect(loaded.index.has('id-20')).toBe(false);
    expect([...loaded.index]).toEqual([...index]);
    expect([...loaded.index.entries()]).toEqual([...index.entries()]);
    expect([...loaded.index.keys()]).toEqual(names);
    expect([...loaded.index.values()]).toEqual(names.map((_, i) => i));
    const seen: [string, number, unknown][] = [];
    const self = { name: 'this' };
    loaded.index.forEach(function (this: unknown, value, key, map) {
      seen.push([key, value, this]);
      expect(map).toBe(loaded.index);
    }, self);
    expect(seen).toEqual(names.map((name, i) => [name, i, self]));
  });
});

describe('a record whose tables do not fit together', () => {
  it('is refused when a pattern names a concept the matcher does not have', () => {
    const groupConcepts = small.patterns.groupConcepts.slice();
    groupConcepts[0] = small.presence.conceptClass.length;
    const damaged = { ...small, patterns: { ...small.patterns, groupConcepts } };
    expect(() => fromStoredForm(toStoredForm(damaged))).toThrow('stored form: damaged');
    groupConcepts[0] = -1;
    expect(() => fromStoredForm(toStoredForm(damaged))).toThrow('stored form: damaged');
  });

  it('is refused when the anchor entries and their offsets disagree', () => {
    const { anchors } = small;
    const shortGuards = { ...small, anchors: { ...anchors, anchorGuards: anchors.anchorGuards.slice(1) } };
    expect(() => fromStoredForm(toStoredForm(shortGuards))).toThrow('stored form: damaged');
    const anchorStart = anchors.anchorStart.slice();
    anchorStart[anchorStart.length - 1]! += 1;
    expect(() => fromStoredForm(toStoredForm({ ...small, anchors: { ...anchors, anchorStart } }))).toThrow(
      'stored form: damaged',
    );
    const plain = { ...small, anchors: { ...anchors, anchorPatterns: [...anchors.anchorPatterns] } };
    expect(() => fromStoredForm(toStoredForm(plain as unknown as CompiledMatcher))).toThrow('stored form: damaged');
  });

  it('is refused when a table is not the kind the matcher needs', () => {
    const plain = { ...small, presence: { ...small.presence, conceptClass: [...small.presence.conceptClass] } };
    expect(() => fromStoredForm(toStoredForm(plain as unknown as CompiledMatcher))).toThrow('stored form: damaged');
  });

  it('is refused whole when it is not a stored form at all, or its layout is cut', () => {
    const form = toStoredForm(small);
    expect(form.format).toBe(STORED_FORM_FORMAT);
    expect(() => fromStoredForm(undefined as never)).toThrow('stored form: another format');
    expect(() => fromStoredForm({ ...form, bytes: new Uint8Array(8) as never })).toThrow('stored form: damaged');
    expect(() => fromStoredForm({ ...form, layout: form.layout.slice(1) })).toThrow('stored form: damaged');
    expect(() => fromStoredForm({ ...form, layout: [...form.layout] as never })).toThrow('stored form: damaged');
  });
});

describe('the loaded matcher', () => {
  it('matches as the compiled one, claim by claim and in order', () => {
    const loaded = roundTrip(small);
    for (const text of [
      'Meta leaked messages and photos.',
      'Photos first. Meta leaked messages and photos.',
      'Nothing.',
    ])
      expect(matchText(loaded, text)).toEqual(matchText(small, text));
  });
});
