// The stored compiled matcher: what a woken worker loads instead of recompiling must find exactly
// what the freshly compiled matcher finds, and a damaged record must be refused, not used.
import { describe, expect, it, vi } from 'vitest';
import { articleParagraphs, claimList } from '../../../bench/corpus';
import { compileMatcher, matchText } from '../../../src/match';
import { fromStoredForm, toStoredForm } from '../../../src/match/stored-form';

const claims = claimList(2_000);
const texts = articleParagraphs(60_000, 5);
const all = (matcher: ReturnType<typeof compileMatcher>) => texts.map((text) => matchText(matcher, text));

// Compiling 2,000 claims and scanning takes seconds on a loaded machine.
describe('the stored compiled matcher', { timeout: 30_000 }, () => {
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

  it('loads every table as compiled, from tables stored in about half their size and the claim ids once', () => {
    const compiled = compileMatcher(claims);
    const form = toStoredForm(compiled);
    const loaded = fromStoredForm(structuredClone(form));
    const { marks: _a, story: storyCompiled, ...compiledTables } = compiled;
    const { marks: _b, story: storyLoaded, ...loadedTables } = loaded;
    expect(loadedTables).toEqual(compiledTables);
    const { claimIndex: indexCompiled, ...storyTablesCompiled } = storyCompiled;
    const { claimIndex: indexLoaded, ...storyTablesLoaded } = storyLoaded;
    expect(storyTablesLoaded).toEqual(storyTablesCompiled);
    expect([...indexLoaded]).toEqual([...indexCompiled]);
    expect(indexLoaded.get(claims[1_234]!.id)).toBe(1_234);
    expect(indexLoaded.has('no-such-claim')).toBe(false);
    // Tables are stored in the narrowest integers that hold them, and the claim ids once.
    let tableBytes = 0;
    const visit = (value: unknown) => {
      if (ArrayBuffer.isView(value)) tableBytes += value.byteLength;
      else if (value && typeof value === 'object' && !(value instanceof Map)) Object.values(value).forEach(visit);
    };
    visit(compiledTables);
    visit(storyTablesCompiled);
    const idBytes = claims.reduce((sum, claim) => sum + claim.id.length + 1, 0);
    expect(form.bytes.byteLength - idBytes).toBeLessThan(tableBytes * 0.6);
  });

  it('keeps claim ids that are not valid UTF-8 (a lone surrogate) in a long list', () => {
    const odd = claims.slice(0, 40).map((claim, i) => (i === 7 ? { ...claim, id: `claim-\ud800-${i}` } : claim));
    const compiled = compileMatcher(odd);
    const loaded = fromStoredForm(structuredClone(toStoredForm(compiled)));
    expect(loaded.claimIds).toEqual(odd.map((claim) => claim.id));
    expect(loaded.story.claimIndex.get('claim-\ud800-7')).toBe(7);
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

  it('decodes a long list of claim ids only when a claim is first named, and names every claim right', () => {
    const many = claimList(5_000);
    const compiled = compileMatcher(many);
    const form = structuredClone(toStoredForm(compiled));
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    try {
      const loaded = fromStoredForm(form);
      const decodedBytes = () =>
        decode.mock.calls.reduce((sum, [input]) => sum + ((input as Uint8Array | undefined)?.byteLength ?? 0), 0);
      const idBytes = many.reduce((sum, claim) => sum + claim.id.length + 1, 0);
      // Loaded, with its length known: the words are decoded, the 5,000 ids not yet.
      expect(loaded.claimIds.length).toBe(5_000);
      expect(decodedBytes()).toBeLessThan(idBytes);
      const expected = texts.map((text) => matchText(compiled, text));
      expect(texts.map((text) => matchText(loaded, text))).toEqual(expected);
      expect(expected.flat().length).toBeGreaterThan(20);
      expect(decodedBytes()).toBeGreaterThanOrEqual(idBytes);
      expect(loaded.claimIds).toEqual(many.map((claim) => claim.id));
      expect(loaded.claimIds.indexOf(many[4_321]!.id)).toBe(4_321);
      expect(loaded.story.claimIndex.get(many[4_999]!.id)).toBe(4_999);
    } finally {
      decode.mockRestore();
    }
  });

  it('names claims right from a long list stored as UTF-16 (an id with a lone surrogate)', () => {
    const many = claimList(5_000).map((claim, i) => (i === 4_100 ? { ...claim, id: `claim-\ud800-${i}` } : claim));
    const loaded = fromStoredForm(structuredClone(toStoredForm(compileMatcher(many))));
    expect(loaded.claimIds.length).toBe(5_000);
    expect(loaded.claimIds[4_100]).toBe('claim-\ud800-4100');
    expect(loaded.claimIds).toEqual(many.map((claim) => claim.id));
  });
});
