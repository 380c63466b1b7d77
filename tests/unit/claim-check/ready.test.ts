// Claims without match data are compiled once, hand-written match data wins, and a claim that
// cannot be compiled costs only itself.
import { describe, expect, it } from 'vitest';
import { checkDraftExamples, claimSourceOf, readyToMatch, runExamples } from '../../../src/claim-check';
import { matchText, compileMatcher } from '../../../src/match';

const moonMatch = {
  concepts: { moon: ['moon'], cheese: ['cheese*'] },
  all: [['moon'], ['cheese']],
  none: [],
  overrides: [],
};

describe('readyToMatch', () => {
  it('keeps hand-written match data as it is and compiles the claims that have none', () => {
    const ready = readyToMatch([
      { id: 'moon', text: 'The moon is made of green cheese.', match: moonMatch },
      { id: 'vaccine', text: 'The measles vaccine causes autism in children.' },
    ]);
    expect(ready.skipped).toEqual([]);
    expect(ready.claims.map((c) => c.id)).toEqual(['moon', 'vaccine']);
    expect(ready.claims[0]!.match).toBe(moonMatch);
    expect([...ready.compiled]).toEqual(['vaccine']);
    const matcher = compileMatcher(ready.claims);
    expect(
      matchText(matcher, 'A viral post says the measles vaccine causes autism in children.').map((m) => m.claimId),
    ).toEqual(['vaccine']);
  });

  it('skips a claim whose text has nothing to match on, with the reason, and keeps the others', () => {
    const ready = readyToMatch([
      { id: 'empty-words', text: 'It is what it is.' },
      { id: 'moon', text: 'The moon is made of green cheese.' },
    ]);
    expect(ready.claims.map((c) => c.id)).toEqual(['moon']);
    expect(ready.skipped).toEqual([
      {
        claimId: 'empty-words',
        problem: expect.stringMatching(/^no "match" data, and its text could not be compiled \(.+\)$/),
      },
    ]);
  });

  it('treats ids like "constructor" and "__proto__" as ordinary ids', () => {
    const ready = readyToMatch([
      { id: 'constructor', text: 'The moon is made of green cheese.' },
      { id: '__proto__', text: 'It is what it is.' },
    ]);
    expect([...ready.compiled]).toEqual(['constructor']);
    expect(ready.skipped.map((s) => s.claimId)).toEqual(['__proto__']);
  });
});

describe('claimSourceOf', () => {
  it('hands the compiler the aliases, examples and the fact-check’s other wordings, without repeating the text', () => {
    const source = claimSourceOf({
      id: 'x',
      text: 'Facebook sold private messages to Netflix.',
      aliases: ['Meta'],
      examples: { match: ['Meta handed DMs to Netflix'], nomatch: [] },
      review: {
        author: 'Desk',
        appearances: [],
        headline: 'No, Facebook did not sell your messages to Netflix',
        appearanceHeadlines: ['facebook sold private messages to netflix.', 'Viral post: Netflix read your DMs'],
      },
    });
    expect(source).toEqual({
      text: 'Facebook sold private messages to Netflix.',
      aliases: ['Meta'],
      examples: { match: ['Meta handed DMs to Netflix'], nomatch: [] },
      wordings: ['No, Facebook did not sell your messages to Netflix'],
      titles: ['Viral post: Netflix read your DMs'],
    });
  });
});

describe('runExamples', () => {
  it('passes a match sentence found as the claim and a nomatch sentence not found, and fails the rest', () => {
    const claims = [
      {
        id: 'moon',
        text: 'The moon is made of green cheese.',
        match: moonMatch,
        examples: {
          match: ['NASA hid that the moon is cheese.', 'Lunar rocks are made of cheese.'],
          nomatch: ['Aged cheese from Moonville.', 'We ate cheese and watched the moon.'],
        },
      },
    ];
    const results = runExamples(claims);
    expect(results.map((r) => [r.expected, r.passed])).toEqual([
      ['match', true],
      ['match', false],
      ['nomatch', true],
      ['nomatch', false],
    ]);
    expect(results[0]!.why).toEqual(expect.arrayContaining(['moon', 'cheese']));
  });

  it('counts a match sentence another claim of the list wins as missed, naming that claim', () => {
    const specific = {
      id: 'moon-cheese-nasa',
      text: 'NASA hid that the moon is cheese.',
      match: {
        concepts: { ...moonMatch.concepts, nasa: ['nasa'] },
        all: [['nasa'], ['moon'], ['cheese']],
        none: [],
        overrides: ['moon'],
      },
    };
    const general = {
      id: 'moon',
      text: 'x',
      match: moonMatch,
      examples: { match: ['NASA hid that the moon is cheese.'], nomatch: [] },
    };
    const [result] = runExamples([general, specific]);
    expect(result).toMatchObject({ passed: false, others: ['moon-cheese-nasa'] });
  });
});

describe('checkDraftExamples (the options page, before saving)', () => {
  it('compiles the claim as it will be saved and says which sentences it finds', () => {
    const { problem, results } = checkDraftExamples({
      text: 'The measles vaccine causes autism in children.',
      examples: {
        match: ['A viral post says the measles vaccine causes autism in children.', '  ', 'Jabs harm kids.'],
        nomatch: ['The weather was pleasant.'],
      },
    });
    expect(problem).toBeUndefined();
    expect(results.map((r) => [r.sentence, r.expected, r.passed])).toEqual([
      ['A viral post says the measles vaccine causes autism in children.', 'match', true],
      ['Jabs harm kids.', 'match', false],
      ['The weather was pleasant.', 'nomatch', true],
    ]);
  });

  it('explains, in words for the writer, a claim with nothing to look for', () => {
    const check = checkDraftExamples({ text: 'It is what it is.', examples: { match: ['x'], nomatch: [] } });
    expect(check.results).toEqual([]);
    expect(check.problem).toMatch(/^ClaimLens cannot look for this claim \(.+\): write it with the names/);
  });
});
