// Compiling a list: one bad claim costs only itself, and names from lists are only names.
import { describe, expect, it } from 'vitest';
import { compileMatcher, matchText, type MatchableClaim } from '../../../src/match';

const netflix: MatchableClaim = {
  id: 'sold-dms',
  match: {
    concepts: { meta: ['meta', 'facebook'], sold: ['sold', 'sell'], dms: ['private messages', 'dms'] },
    all: [['meta'], ['sold'], ['dms']],
    none: [],
    overrides: [],
  },
};
const sentence = 'Facebook sold private messages to Netflix.';

describe('compileMatcher', () => {
  it('skips a claim it cannot read, with the reason, and still matches the others', () => {
    const broken = { id: 'broken', match: undefined } as unknown as MatchableClaim;
    const matcher = compileMatcher([broken, netflix]);
    expect(matcher.skipped).toEqual([{ claimId: 'broken', reason: expect.stringContaining('undefined') }]);
    expect(matchText(matcher, sentence).map((match) => match.claimId)).toEqual(['sold-dms']);
  });

  it('forgets every part of a claim that fails half-way, so its neighbours keep their own rules', () => {
    // Its patterns and veto are read before its malformed `near` throws: none of them may stay behind
    // (a veto left in the shared table would fall to the next claim and hide its match).
    const halfRead = {
      id: 'half-read',
      match: {
        concepts: { meta: ['facebook'], sold: ['sold'], hoax: ['hoax'] },
        all: [['meta'], ['sold']],
        none: ['hoax'],
        overrides: ['sold-dms'],
        near: [{ concepts: null, words: 2 }],
      },
    } as unknown as MatchableClaim;
    const matcher = compileMatcher([halfRead, netflix]);
    expect(matcher.skipped.map((skip) => skip.claimId)).toEqual(['half-read']);
    expect(matchText(matcher, 'Facebook sold it.')).toEqual([]);
    expect(matchText(matcher, 'Facebook sold private messages to Netflix, a hoax.').map((m) => m.claimId)).toEqual([
      'sold-dms',
    ]);
  });

  it('reads Object.prototype member names as ordinary concept names', () => {
    // JSON.parse makes "__proto__" an own key, as a list arriving over the network does.
    const hostile = JSON.parse(
      `{"id": "constructor", "match": {
        "concepts": {"constructor": ["constructor"], "__proto__": ["prototype"], "toString": ["tostring"]},
        "all": [["constructor"], ["__proto__"]], "none": ["toString"], "benign": ["valueOf"],
        "carry": ["hasOwnProperty"], "overrides": ["__proto__"],
        "near": [{"concepts": ["constructor", "__proto__"], "words": 3}]}}`,
    ) as MatchableClaim;
    expect(Object.keys(hostile.match.concepts ?? {})).toContain('__proto__');
    const matcher = compileMatcher([hostile, netflix]);
    expect(matcher.skipped).toEqual([]);
    expect(matchText(matcher, 'The constructor of the prototype.').map((match) => match.claimId)).toEqual([
      'constructor',
    ]);
    expect(matchText(matcher, 'The constructor of the prototype, tostring.')).toEqual([]);
    expect(matchText(matcher, sentence).map((match) => match.claimId)).toEqual(['sold-dms']);
  });

  it('never reads an inherited property as a concept', () => {
    // "constructor" is not defined by this claim: the group cannot be satisfied, nothing throws.
    const claim: MatchableClaim = {
      id: 'inherits',
      match: { concepts: { meta: ['meta'] }, all: [['meta'], ['constructor']], none: [], overrides: [] },
    };
    const matcher = compileMatcher([claim, netflix]);
    expect(matcher.skipped).toEqual([]);
    expect(matchText(matcher, 'Meta and its constructor.')).toEqual([]);
    expect(matchText(matcher, sentence).map((match) => match.claimId)).toEqual(['sold-dms']);
  });

  it('compiles a lexicon concept that many claims share by reference once', () => {
    const shared = Array.from({ length: 5000 }, (_, i) => `term${i}`);
    const claims: MatchableClaim[] = Array.from({ length: 200 }, (_, i) => ({
      id: `c${i}`,
      match: { concepts: { big: shared, own: [`word${i}`] }, all: [['big'], ['own']], none: [], overrides: [] },
    }));
    const matcher = compileMatcher(claims);
    expect(matcher.terms.conceptCount).toBe(201);
    expect(matchText(matcher, 'term42 and word7.').map((match) => match.claimId)).toEqual(['c7']);
  });
});
