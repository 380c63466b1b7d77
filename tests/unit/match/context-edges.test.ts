// The document context at its edges: which HTML elements are headlines and headings, blocks ahead
// announced in the middle of a document (a page's second batch), and a context that outlives its
// matcher (the lists changed while a page stayed open).
import { describe, expect, it } from 'vitest';
import {
  blockKindOfTag,
  createDocumentContext,
  expectBlocks,
  matchBlock,
  matchText,
  type ClaimMatch,
} from '../../../src/match';
import { bundledMatcher } from './dev-set-eval';

const matcher = bundledMatcher();
const ids = (matches: readonly ClaimMatch[]) => matches.map((match) => `${match.claimId} ${match.stance}`);
const statement = 'Netflix said it never accessed people’s messages on Facebook.';
const lawsuitTitle = 'Unsealed antitrust filing names Netflix';
const reportParagraph = 'The statement came a day after The New York Times reported on data deals.';

describe('blockKindOfTag', () => {
  it('reads h1 as the title and h2–h6 as headings, in either case', () => {
    expect(blockKindOfTag('H1')).toBe('title');
    expect(blockKindOfTag('h1')).toBe('title');
    for (const tag of ['H2', 'H3', 'h4', 'H5', 'h6']) expect(blockKindOfTag(tag), tag).toBe('heading');
  });

  it('reads every other element as a paragraph', () => {
    for (const tag of ['P', 'LI', 'BLOCKQUOTE', 'H7', 'H0', 'H', 'HR', 'HEADER', 'TH', ''])
      expect(blockKindOfTag(tag), tag).toBe('paragraph');
  });
});

describe('blocks ahead announced in the middle of a document', () => {
  it('start at the next block read: a statement is routed by the story told after it', () => {
    const alone = ids(matchText(matcher, statement));
    const context = createDocumentContext();
    // A first batch that names no story, then a second batch announced before it is read.
    expect(matchBlock(matcher, context, 'Readers wrote in all week about what apps can see.', 'paragraph')).toEqual([]);
    expectBlocks(matcher, context, [statement, reportParagraph]);
    const routed = ids(matchBlock(matcher, context, statement, 'paragraph'));
    expect(routed).toEqual(['facebook-partners-read-messages-2018 denies']);
    expect(routed).not.toEqual(alone);
  });

  it('keep what the document told so far: the story named before the batch still routes', () => {
    const context = createDocumentContext();
    matchBlock(matcher, context, lawsuitTitle, 'title');
    expectBlocks(matcher, context, [statement]);
    expect(ids(matchBlock(matcher, context, statement, 'paragraph'))).toEqual(['netflix-inbox-api-access denies']);
  });

  it('are not read past their end: the last announced block has nothing ahead of it', () => {
    const context = createDocumentContext();
    expectBlocks(matcher, context, ['Readers wrote in all week.', statement]);
    matchBlock(matcher, context, 'Readers wrote in all week.', 'paragraph');
    expect(ids(matchBlock(matcher, context, statement, 'paragraph'))).toEqual(ids(matchText(matcher, statement)));
  });
});

describe('a context that outlives its matcher', () => {
  it('starts afresh with a new matcher: a story told under the old lists does not route the new ones', () => {
    const context = createDocumentContext();
    matchBlock(matcher, context, 'Facebook gave partners access, New York Times reports', 'title');
    expect(ids(matchBlock(matcher, context, statement, 'paragraph'))).toEqual([
      'facebook-partners-read-messages-2018 denies',
    ]);
    const replaced = bundledMatcher();
    const alone = ids(matchText(replaced, statement));
    expect(alone).not.toEqual(['facebook-partners-read-messages-2018 denies']);
    expect(ids(matchBlock(replaced, context, statement, 'paragraph'))).toEqual(alone);
  });
});
