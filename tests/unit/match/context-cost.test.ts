// What reading a block in its document costs beyond the block's own scan (context.ts, matchBlock): the
// story ahead is read at most once per document, only while the document has named no story and only
// when blocks are still ahead; the denial-echo pass runs only for lists that record denials, the
// feature-answer pass only once the document stated such a claim, and the unnamed-party check only for
// blocks with matches. The answers are the same either way: these are the costs the pipeline promises.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  compileMatcher,
  createDocumentContext,
  expectBlocks,
  matchBlock,
  type ClaimMatch,
  type MatchableClaim,
} from '../../../src/match';
import { claim } from '../../support/match-claims';
import { bundledMatcher } from './dev-set-eval';

const spent = vi.hoisted(() => ({ storyAhead: 0, denialEchoes: 0, featureAnswers: 0, partyChecks: 0 }));

vi.mock('../../../src/match/rules/story', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/match/rules/story')>();
  return {
    ...real,
    nextStory: (...args: Parameters<typeof real.nextStory>) => {
      spent.storyAhead++;
      return real.nextStory(...args);
    },
  };
});
vi.mock('../../../src/match/rules/denial-echo', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/match/rules/denial-echo')>();
  return {
    ...real,
    matchDenialEchoes: (...args: Parameters<typeof real.matchDenialEchoes>) => {
      spent.denialEchoes++;
      return real.matchDenialEchoes(...args);
    },
  };
});
vi.mock('../../../src/match/rules/feature-answer', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/match/rules/feature-answer')>();
  return {
    ...real,
    matchFeatureAnswers: (...args: Parameters<typeof real.matchFeatureAnswers>) => {
      spent.featureAnswers++;
      return real.matchFeatureAnswers(...args);
    },
  };
});
vi.mock('../../../src/match/rules/unnamed-party', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/match/rules/unnamed-party')>();
  return {
    ...real,
    dropMatchesWithoutParties: (...args: Parameters<typeof real.dropMatchesWithoutParties>) => {
      spent.partyChecks++;
      return real.dropMatchesWithoutParties(...args);
    },
  };
});

beforeEach(() => {
  spent.storyAhead = 0;
  spent.denialEchoes = 0;
  spent.featureAnswers = 0;
  spent.partyChecks = 0;
});

const ids = (matches: readonly ClaimMatch[]) => matches.map((match) => `${match.claimId} ${match.stance}`);

describe('the story ahead', () => {
  const matcher = bundledMatcher();
  const statement = 'Netflix said it never accessed people’s messages on Facebook.';
  const report = 'The statement came a day after The New York Times reported on data deals.';
  const reportTitle = 'Facebook gave partners access, New York Times reports';

  /** Reads the blocks in one document, announced ahead, and says what each answered. */
  function read(blocks: readonly (readonly [string, 'title' | 'paragraph'])[]): string[][] {
    const context = createDocumentContext();
    expectBlocks(
      matcher,
      context,
      blocks.map(([text]) => text),
    );
    return blocks.map(([text, kind]) => ids(matchBlock(matcher, context, text, kind)));
  }

  it('is read once per document, however many blocks before the first story need it', () => {
    expect(
      read([
        [statement, 'paragraph'],
        [statement, 'paragraph'],
        [report, 'paragraph'],
      ]),
    ).toEqual([['facebook-partners-read-messages-2018 denies'], ['facebook-partners-read-messages-2018 denies'], []]);
    expect(spent.storyAhead).toBe(1);
  });

  it('is not read once the document has named a story', () => {
    expect(
      read([
        [reportTitle, 'title'],
        [statement, 'paragraph'],
        [statement, 'paragraph'],
      ]),
    ).toEqual([[], ['facebook-partners-read-messages-2018 denies'], ['facebook-partners-read-messages-2018 denies']]);
    expect(spent.storyAhead).toBe(0);
  });

  it('is not read for the last block announced: nothing is ahead of it', () => {
    expect(read([[statement, 'paragraph']])).toEqual([['netflix-inbox-api-access denies']]);
    expect(spent.storyAhead).toBe(0);
  });
});

describe('the passes after the block’s own matches', () => {
  const plain = compileMatcher([
    claim('moon-cheese', { concepts: { moon: ['moon'], cheese: ['cheese'] }, all: [['moon'], ['cheese']] }),
  ]);
  const withDenials = compileMatcher([
    {
      ...claim('moon-cheese', { concepts: { moon: ['moon'], cheese: ['cheese'] }, all: [['moon'], ['cheese']] }),
      denials: [{ by: 'NASA', text: 'Lunar rock samples show the moon holds no cheese whatsoever.' }],
    } as MatchableClaim,
  ]);
  const article = [
    'The moon is made of green cheese, a viral post says.',
    'Astronomers were not amused.',
    'Lunar rock samples show the moon holds no cheese whatsoever.',
  ];

  it('runs no denial-echo or feature-answer pass for a list that records no denials', () => {
    const context = createDocumentContext();
    expect(article.map((text) => ids(matchBlock(plain, context, text)))).toEqual([
      ['moon-cheese reports'],
      [],
      ['moon-cheese denies'],
    ]);
    expect(spent.denialEchoes).toBe(0);
    expect(spent.featureAnswers).toBe(0);
  });

  it('runs the denial-echo pass for a list that records denials, and feature answers once such a claim was stated', () => {
    const context = createDocumentContext();
    ids(matchBlock(withDenials, context, 'Astronomers were not amused.'));
    expect(spent.denialEchoes).toBe(1);
    expect(spent.featureAnswers).toBe(0);
    // The block that states the claim records it: from then on the feature-answer pass runs.
    expect(ids(matchBlock(withDenials, context, article[0]!))).toEqual(['moon-cheese reports']);
    expect(spent.featureAnswers).toBe(1);
    matchBlock(withDenials, context, article[1]!);
    expect(spent.featureAnswers).toBe(2);
    expect(spent.denialEchoes).toBe(3);
  });

  it('checks for unnamed parties only in blocks that have matches', () => {
    const context = createDocumentContext();
    article.forEach((text) => matchBlock(plain, context, text));
    expect(spent.partyChecks).toBe(2);
  });
});
