// The claim checks at their edges: a compiled claim that does not find its own text is reported
// (`claimlens list test`, activation), "others" never names the claim itself, a claim without
// examples adds no result, and what the compiler is handed of a claim (trimmed, each wording once
// whatever its case, the claimant).
import { describe, expect, it } from 'vitest';
import {
  claimsMissingTheirOwnText,
  claimSourceOf,
  matchOf,
  readyListClaims,
  runExamples,
} from '../../../src/claim-check';
import { parseClaimList } from '../../../src/claims/parse';
import { compileMatcher } from '../../../src/match';

const moonMatch = {
  concepts: { moon: ['moon'], cheese: ['cheese*'] },
  all: [['moon'], ['cheese']],
  none: [],
  overrides: [],
};
const tidesMatch = {
  concepts: { tides: ['tides'], moon: ['moon'] },
  all: [['tides'], ['moon']],
  none: [],
  overrides: [],
};

describe('claimsMissingTheirOwnText', () => {
  const claims = [
    { id: 'moon', text: 'The moon is made of green cheese.', match: moonMatch },
    // Its match data does not fit its own text: the matcher will never find this sentence as it.
    { id: 'tides', text: 'Cheese ripens in caves.', match: tidesMatch },
  ];

  it('reports only the asked claims whose own text the matcher does not find as them', () => {
    const missing = claimsMissingTheirOwnText(claims, new Set(['moon', 'tides']));
    expect(missing.map((r) => [r.claimId, r.sentence, r.expected, r.matched, r.passed])).toEqual([
      ['tides', 'Cheese ripens in caves.', 'match', false, false],
    ]);
    expect(claimsMissingTheirOwnText(claims, new Set(['moon']))).toEqual([]);
  });

  it('asks nothing when no ids are given, and uses the matcher it is handed', () => {
    expect(claimsMissingTheirOwnText(claims, new Set())).toEqual([]);
    // A matcher of the moon claim alone does not know "tides"; handed it, the check reads "moon" against it.
    const moonOnly = compileMatcher([claims[0]!]);
    expect(claimsMissingTheirOwnText(claims, new Set(['moon']), moonOnly)).toEqual([]);
    const tidesOnly = compileMatcher([claims[1]!]);
    expect(claimsMissingTheirOwnText(claims, new Set(['moon']), tidesOnly).map((r) => r.claimId)).toEqual(['moon']);
  });
});

describe('runExamples at its edges', () => {
  it('names only the other claims a sentence was taken for, never the claim itself', () => {
    const both = 'The moon is made of cheese and it moves the tides.';
    const [result] = runExamples([
      { id: 'moon', text: 'x', match: moonMatch, examples: { match: [both], nomatch: [] } },
      { id: 'tides', text: 'y', match: tidesMatch },
    ]);
    expect(result).toMatchObject({ claimId: 'moon', matched: true, passed: true, others: ['tides'] });
  });

  it('adds no result for a claim without examples, or with only one kind', () => {
    expect(runExamples([{ id: 'moon', text: 'x', match: moonMatch }])).toEqual([]);
    const results = runExamples([
      { id: 'moon', text: 'x', match: moonMatch, examples: { match: ['The moon is cheese.'] } as never },
    ]);
    expect(results.map((r) => r.expected)).toEqual(['match']);
    const nomatchOnly = runExamples([
      { id: 'moon', text: 'x', match: moonMatch, examples: { nomatch: ['Cheese only.'] } as never },
    ]);
    expect(nomatchOnly.map((r) => r.expected)).toEqual(['nomatch']);
  });
});

describe('claimSourceOf at its edges', () => {
  it('trims the text and each wording, and keeps a wording once whatever its case', () => {
    const source = claimSourceOf({
      id: 'x',
      text: '  Facebook sold private messages to Netflix.  ',
      review: {
        author: 'Desk',
        appearances: [],
        headline: '  Did Facebook SELL messages?  ',
        name: 'did facebook sell messages?',
        appearanceHeadlines: ['  FACEBOOK SOLD PRIVATE MESSAGES TO NETFLIX.  '],
        claimant: 'A viral post',
      },
    });
    expect(source).toEqual({
      text: 'Facebook sold private messages to Netflix.',
      wordings: ['Did Facebook SELL messages?'],
      claimant: 'A viral post',
    });
  });

  it('hands the compiler the text alone when the claim carries nothing else', () => {
    expect(claimSourceOf({ id: 'x', text: 'The moon is made of green cheese.' })).toEqual({
      text: 'The moon is made of green cheese.',
    });
    expect(
      claimSourceOf({
        id: 'x',
        text: 'The moon is made of green cheese.',
        review: { author: 'Desk', appearances: [] },
      }),
    ).toEqual({ text: 'The moon is made of green cheese.' });
  });
});

describe('matchOf', () => {
  it('returns hand-written match data as it is, without compiling the text', () => {
    // This text alone has nothing to match on: compiling it would throw.
    expect(matchOf({ id: 'x', text: 'It is what it is.', match: moonMatch })).toBe(moonMatch);
    expect(() => matchOf({ id: 'x', text: 'It is what it is.' })).toThrow(/^no "match" data, and its text could not/);
  });
});

describe('readyListClaims', () => {
  it('folds the list’s lexicon into hand-written match data and compiles the claims without any', () => {
    const { list } = parseClaimList({
      format: 'claimlens-list/1',
      id: 'desk',
      title: 'Desk',
      publisher: 'Desk',
      version: 1,
      published: '2026-01-01T00:00:00Z',
      lexicon: { moon: ['moon', 'lunar'] },
      claims: [
        {
          id: 'moon',
          text: 'The moon is made of green cheese.',
          verdict: { label: 'False' },
          summary: 'Rock.',
          context: [{ text: 'Rock.', sources: [{ publisher: 'NASA' }] }],
          match: { concepts: { cheese: ['cheese'] }, all: [['moon'], ['cheese']] },
        },
        {
          id: 'vaccine',
          text: 'The measles vaccine causes autism in children.',
          verdict: { label: 'False' },
          summary: 'No.',
          context: [{ text: 'Studies.', sources: [{ publisher: 'WHO' }] }],
        },
      ],
    });
    const ready = readyListClaims(list);
    expect(ready.claims.map((c) => c.id)).toEqual(['moon', 'vaccine']);
    expect(ready.claims[0]!.match.concepts.moon).toEqual(['moon', 'lunar']);
    expect([...ready.compiled]).toEqual(['vaccine']);
    expect(ready.skipped).toEqual([]);
  });
});
