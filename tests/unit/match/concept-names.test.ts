// Concept names are a claim's own: two claims of a list may give one name different terms, a claim
// may name many concepts, and each claim must match on its own terms only. What a reader sees: the
// right fact-check highlighted, never another claim's.
import { describe, expect, it } from 'vitest';
import { compileMatcher, matchText, type MatchableClaim } from '../../../src/match';

const claim = (id: string, concepts: Record<string, string[]>, all: string[][], none: string[] = []) =>
  ({
    id,
    match: { concepts, all, none, overrides: [] },
  }) satisfies MatchableClaim;
const idsIn = (claims: MatchableClaim[], text: string) =>
  matchText(compileMatcher(claims), text).map((match) => match.claimId);

describe('concept names per claim', () => {
  it('reads a name two claims share with each claim’s own terms', () => {
    const metaSold = claim('meta-sold', { party: ['meta'], sold: ['sold'] }, [['party'], ['sold']]);
    const netflixSold = claim('netflix-sold', { party: ['netflix'], sold: ['bought'] }, [['party'], ['sold']]);
    const both = [metaSold, netflixSold];
    expect(idsIn(both, 'Meta sold it.')).toEqual(['meta-sold']);
    expect(idsIn(both, 'Netflix bought it.')).toEqual(['netflix-sold']);
    expect(idsIn(both, 'Meta bought it.')).toEqual([]);
    expect(idsIn(both, 'Netflix sold it.')).toEqual([]);
  });

  it('reads a veto name two claims share with each claim’s own terms', () => {
    const a = claim('a', { party: ['meta'], sold: ['sold'], joke: ['satire'] }, [['party'], ['sold']], ['joke']);
    const b = claim('b', { party: ['netflix'], sold: ['sold'], joke: ['parody'] }, [['party'], ['sold']], ['joke']);
    expect(idsIn([a, b], 'Meta sold it, in a parody.')).toEqual(['a']);
    expect(idsIn([a, b], 'Meta sold it, in a satire.')).toEqual([]);
    expect(idsIn([a, b], 'Netflix sold it, in a satire.')).toEqual(['b']);
  });

  it('resolves every name of a claim that names twenty concepts', () => {
    const names = Array.from({ length: 20 }, (_, k) => `c${k}`);
    const concepts = Object.fromEntries(names.map((name, k) => [name, [`word${k}x`]]));
    const many = claim('many', { ...concepts, sold: ['sold'] }, [names, ['sold']], ['c19']);
    for (const k of [0, 15, 16, 17, 18]) expect(idsIn([many], `word${k}x sold it.`)).toEqual(['many']);
    // The last name is the veto: read, like the first sixteen, as the claim's own concept.
    expect(idsIn([many], 'word0x sold it, word19x.')).toEqual([]);
  });

  it('reads a concept named "undefined" only where the claim names it', () => {
    const sold = claim('sold', { sold: ['sold'], messages: ['messages'], undefined: ['satire'] }, [
      ['sold'],
      ['messages'],
    ]);
    expect(idsIn([sold], 'They sold messages, in a satire.')).toEqual(['sold']);
    expect(idsIn([sold], 'They satire messages.')).toEqual([]);
    const vetoed = claim(
      'sold',
      { sold: ['sold'], messages: ['messages'], undefined: ['satire'] },
      [['sold'], ['messages']],
      ['undefined'],
    );
    expect(idsIn([vetoed], 'They sold messages, in a satire.')).toEqual([]);
  });
});
