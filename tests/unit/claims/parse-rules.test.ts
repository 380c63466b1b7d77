// The list parser's rules one by one, on small lists (parse.test.ts checks the bundled list itself).
import { describe, expect, it } from 'vitest';
import { ClaimListError, parseClaimList, resolveClaim, unknownNames } from '../../../src/claims/parse';
import { moonClaim, publishedList } from '../../support/lists';

const problemsOf = (input: unknown, strict = true): readonly string[] => {
  try {
    parseClaimList(input, { strict });
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ClaimListError);
    return (error as ClaimListError).problems;
  }
};

describe('parseClaimList', () => {
  it('refuses what is not a JSON object, in words', () => {
    for (const input of [null, 'list', 3, [moonClaim()]]) {
      expect(() => parseClaimList(input)).toThrowError('Not a claim list: expected a JSON object');
      expect(problemsOf(input)).toEqual(['(list): expected a JSON object']);
    }
  });

  it('names each bad header field by its path', () => {
    const { title: _t, ...noTitle } = publishedList();
    expect(problemsOf({ ...noTitle, version: 0 })).toEqual([
      'title: Invalid key: Expected "title" but received undefined',
      'version: Invalid value: Expected >=1 but received 0',
    ]);
    expect(() => parseClaimList({ ...noTitle })).toThrowError(
      'Invalid claim list: title: Invalid key: Expected "title" but received undefined',
    );
  });

  it('needs claims to be an array', () => {
    expect(() => parseClaimList({ ...publishedList(), claims: {} })).toThrowError(
      'Invalid claim list: claims: must be an array',
    );
    expect(problemsOf({ ...publishedList(), claims: 'x' })).toEqual(['claims: must be an array']);
  });

  it('strict: one error message with the first problem and how many more; every problem listed', () => {
    const bad = { ...moonClaim('a'), summary: '' };
    const worse = { ...moonClaim('b'), context: [] };
    const list = publishedList({ claims: [moonClaim(), bad, worse] });
    expect(() => parseClaimList(list)).toThrowError(
      'Invalid claim list: claims[1] (a).summary: must not be empty (and 1 more)',
    );
    expect(problemsOf(list)).toEqual([
      'claims[1] (a).summary: must not be empty',
      'claims[2] (b).context: every claim needs context',
    ]);
    expect(() => parseClaimList(publishedList({ claims: [bad] }))).toThrowError(
      /^Invalid claim list: claims\[0\] \(a\)\.summary: must not be empty$/,
    );
  });

  it('lenient: skips the bad claims with their index, id and first problem, and keeps the rest in order', () => {
    const noId = { ...moonClaim(), id: 7 };
    const { list, skipped } = parseClaimList(
      publishedList({ claims: [moonClaim('one'), noId, null, moonClaim('one'), moonClaim('two')] }),
      { strict: false },
    );
    expect(list.claims.map((c) => c.id)).toEqual(['one', 'two']);
    expect(skipped).toEqual([
      { index: 1, claimId: undefined, problem: expect.stringMatching(/^claims\[1\]\.id: /) },
      { index: 2, claimId: undefined, problem: expect.stringMatching(/^claims\[2\]: /) },
      { index: 3, claimId: 'one', problem: 'claims[3] (one).id: duplicate claim id' },
    ]);
  });

  it('names a nested field with its array indices', () => {
    const claim = { ...moonClaim('x'), context: [{ text: 'x', sources: [{ publisher: 'P', url: 'ftp://x' }] }] };
    expect(problemsOf(publishedList({ claims: [claim] }))).toEqual([
      'claims[0] (x).context[0].sources[0].url: must be http(s)',
    ]);
  });
});

describe('unknownNames', () => {
  it('finds names used in alternatives and near that nothing defines, once each', () => {
    const { list } = parseClaimList(publishedList({ claims: [moonClaim()] }));
    const base = list.claims[0]!;
    const probe = {
      ...base,
      match: {
        ...base.match,
        alternatives: [[['moon'], ['ghost']], [['ghost']]],
        near: [{ concepts: ['moon', 'phantom'] as [string, string], words: 3 }],
      },
    };
    expect(unknownNames(probe, {}, new Set())).toEqual([
      'match.alternatives: unknown concept "ghost"',
      'match.near: unknown concept "phantom"',
    ]);
    expect(unknownNames(probe, { ghost: ['g'], phantom: ['p'] }, new Set())).toEqual([]);
  });
});

describe('resolveClaim', () => {
  it("keeps a claim's own concept over the lexicon's of the same name, and leaves out names it does not use", () => {
    const { list } = parseClaimList(publishedList({ claims: [moonClaim()] }));
    const resolved = resolveClaim(list.claims[0]!, { lexicon: { moon: ['luna'], unused: ['x'] } });
    expect(resolved.match.concepts).toEqual({ moon: ['moon'], cheese: ['cheese', 'cheeses'] });
    expect(Object.getPrototypeOf(resolved.match.concepts)).toBeNull();
  });

  it('resolves names used only by none, benign, carry and near from the lexicon', () => {
    const { list } = parseClaimList(
      publishedList({
        lexicon: { veto: ['v'], harmless: ['h'], party: ['p'], close: ['c'] } as never,
        claims: [
          {
            ...moonClaim(),
            match: {
              ...moonClaim().match,
              none: ['veto'],
              benign: ['harmless'],
              carry: ['party'],
              near: [{ concepts: ['moon', 'close'], words: 2 }],
            },
          },
        ],
      }),
    );
    expect(Object.keys(resolveClaim(list.claims[0]!, list).match.concepts).sort()).toEqual([
      'cheese',
      'close',
      'harmless',
      'moon',
      'party',
      'veto',
    ]);
  });
});
