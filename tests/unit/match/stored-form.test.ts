// The stored compiled matcher: what a woken worker loads instead of recompiling must find exactly
// what the freshly compiled matcher finds, and a damaged record must be refused, not used.
import { describe, expect, it } from 'vitest';
import { articleParagraphs, claimList } from '../../../bench/corpus';
import { compileMatcher, matchText } from '../../../src/match';
import { fromStoredForm, toStoredForm } from '../../../src/match/stored-form';

const claims = claimList(2_000);
const texts = articleParagraphs(60_000, 5);
const all = (matcher: ReturnType<typeof compileMatcher>) => texts.map((text) => matchText(matcher, text));

describe('the stored compiled matcher', () => {
  it('finds the same matches as the matcher it was stored from, with the same scores, stances and reasons', () => {
    const compiled = compileMatcher(claims);
    const expected = all(compiled);
    expect(expected.flat().length).toBeGreaterThan(20);
    // Through a structured clone, as IndexedDB stores it.
    const loaded = fromStoredForm(structuredClone(toStoredForm(compiled)));
    expect(all(loaded)).toEqual(expected);
    expect(loaded.claimIds).toEqual(compiled.claimIds);
  });

  it('keeps claim ids and words that are also object property names', () => {
    const tricky = [
      {
        id: 'constructor',
        match: {
          concepts: { __proto__x: ['toString'], b: ['constructor'] },
          all: [['__proto__x'], ['b']],
          none: [],
          overrides: [],
        },
      },
    ];
    const loaded = fromStoredForm(structuredClone(toStoredForm(compileMatcher(tricky))));
    expect(matchText(loaded, 'The toString call broke the constructor again.').map((m) => m.claimId)).toEqual([
      'constructor',
    ]);
  });

  it('refuses a record whose bytes or shape were damaged, and one of another format', () => {
    const form = toStoredForm(compileMatcher(claims.slice(0, 50)));
    const flipped = structuredClone(form);
    const bytes = new Uint8Array(flipped.bytes);
    bytes[17] = bytes[17]! ^ 0x40;
    expect(() => fromStoredForm(flipped)).toThrow(/checksum/);
    const truncated = { ...structuredClone(form), bytes: form.bytes.slice(0, 64) };
    expect(() => fromStoredForm(truncated)).toThrow();
    const reshaped = structuredClone(form);
    (reshaped.shape as { claimIds: unknown }).claimIds = ['someone-else'];
    expect(() => fromStoredForm(reshaped)).toThrow(/checksum/);
    expect(() => fromStoredForm({ ...form, format: form.format + 1 })).toThrow(/format/);
  });
});
