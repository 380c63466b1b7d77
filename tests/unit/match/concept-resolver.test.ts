// The resolver the compiler reads each claim's concept names with. What a caller sees: the id of each
// name the claim defines with terms, nothing for any other name (inherited members included), the
// ids appended in order; and the cost it exists for — a name looked up once per claim, the first
// sixteen names remembered, nothing remembered from the claim before.
import { describe, expect, it, vi } from 'vitest';
import type { MatchSpec } from '../../../src/claims/schema';
import { CsrBuilder } from '../../../src/match/engine/csr';
import { VocabularyBuilder } from '../../../src/match/engine/vocabulary';
import { ConceptResolver } from '../../../src/match/rules/resolver';

const spec = (concepts: Record<string, string[]> | undefined): MatchSpec =>
  ({ concepts, all: [['x']], none: [], overrides: [] }) as unknown as MatchSpec;
const counted = () => {
  const vocabulary = new VocabularyBuilder();
  const lookups = vi.spyOn(vocabulary, 'conceptOf');
  return { resolver: new ConceptResolver(vocabulary), lookups };
};

describe('ConceptResolver', () => {
  it('gives the id of a defined name, and nothing for a name without terms, undefined or inherited', () => {
    const { resolver } = counted();
    const concepts = Object.assign(Object.create(null) as Record<string, string[]>, {
      moon: ['moon'],
      empty: [],
    });
    resolver.read(spec(concepts));
    expect(resolver.one('moon')).toBe(0);
    expect(resolver.one('empty')).toBeNull();
    expect(resolver.one('cheese')).toBeNull();
    resolver.read(spec({ moon: ['moon'] }));
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect(resolver.one(name), name).toBeNull();
    resolver.read(spec(undefined));
    expect(resolver.one('moon')).toBeNull();
  });

  it('appends the ids of the names that resolve, in order, skipping the others', () => {
    const { resolver } = counted();
    resolver.read(spec({ a: ['alpha'], b: ['beta'], c: ['gamma'] }));
    const out = new CsrBuilder();
    resolver.allInto(['c', 'missing', 'a', 'c'], out);
    resolver.allInto(undefined, out);
    out.endRow();
    const ids = [resolver.one('c'), resolver.one('a'), resolver.one('c')];
    expect([...out.finish().items]).toEqual(ids);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('looks a name up once per claim, however often the claim names it', () => {
    const { resolver, lookups } = counted();
    resolver.read(spec({ moon: ['moon'], cheese: ['cheese'] }));
    const first = resolver.one('moon');
    for (let i = 0; i < 5; i++) expect(resolver.one('moon')).toBe(first);
    resolver.one('cheese');
    resolver.one('cheese');
    expect(lookups).toHaveBeenCalledTimes(2);
  });

  it('remembers nothing of the claim before: the same name in the next claim is its own', () => {
    const { resolver, lookups } = counted();
    resolver.read(spec({ party: ['meta'] }));
    const meta = resolver.one('party');
    resolver.read(spec({ party: ['netflix'] }));
    const netflix = resolver.one('party');
    expect(netflix).not.toBe(meta);
    resolver.read(spec({}));
    expect(resolver.one('party')).toBeNull();
    expect(lookups).toHaveBeenCalledTimes(2);
  });

  it('remembers the first sixteen names of a claim and looks the seventeenth up each time', () => {
    const { resolver, lookups } = counted();
    const names = Array.from({ length: 17 }, (_, k) => `c${k}`);
    resolver.read(spec(Object.fromEntries(names.map((name, k) => [name, [`word${k}`]]))));
    const ids = names.map((name) => resolver.one(name));
    expect(new Set(ids).size).toBe(17);
    expect(lookups).toHaveBeenCalledTimes(17);
    names.slice(0, 16).forEach((name, k) => expect(resolver.one(name)).toBe(ids[k]));
    expect(lookups).toHaveBeenCalledTimes(17);
    expect(resolver.one('c16')).toBe(ids[16]);
    expect(lookups).toHaveBeenCalledTimes(18);
  });
});
