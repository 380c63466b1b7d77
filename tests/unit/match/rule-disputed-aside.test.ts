// Rule `disputed aside` (src/match/rules/disputed-aside.ts): a denial only in a closing ", which Meta
// disputes" clause leaves the sentence reporting the claim; a denial before the aside still denies.
import { describe, expect, it } from 'vitest';
import { compileMatcher, matchText, type MatchableClaim } from '../../../src/match';

const metaSold: MatchableClaim = {
  id: 'meta-sold',
  match: {
    concepts: { meta: ['meta'], sold: ['sold', 'sell'], data: ['data'] },
    all: [['meta'], ['sold'], ['data']],
    none: [],
    overrides: [],
  },
};
const matcher = compileMatcher([metaSold]);
const stanceIn = (text: string) => matchText(matcher, text).map((m) => m.stance);

describe('a denial only in a closing aside', () => {
  it('reports the claim the words before it state or attribute', () => {
    expect(stanceIn('Posts say Meta sold the data, which the company disputes.')).toEqual(['reports']);
    expect(stanceIn('Meta sold the data, which the company denies.')).toEqual(['reports']);
    expect(stanceIn('The filing alleges Meta sold the data, which the company also rejects.')).toEqual(['reports']);
  });

  it('still denies when the words before it deny, or when the denial is not an aside', () => {
    expect(stanceIn('Meta never sold the data, which critics dispute.')).toEqual(['denies']);
    expect(stanceIn('Meta denies it sold the data.')).toEqual(['denies']);
    expect(stanceIn('Meta sold the data, the company denies.')).toEqual(['denies']);
  });
});
