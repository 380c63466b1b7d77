// What a match that borrows a party looks like on the card: the sentence's own span and text, a
// score lower than the same sentence naming the party itself (by 0.2 from the sentences before,
// 0.25 from the article; never under 0.3), its stance read in its own words (a question reports, a
// denial denies), "matched because" listing its own terms then the borrowed ones, and the page's
// matches kept in order of where they start.
import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  createDocumentContext,
  matchBlock,
  matchText,
  type BlockKind,
  type MatchableClaim,
} from '../../../src/match';

const netflixRead: MatchableClaim = {
  id: 'netflix-read',
  match: {
    concepts: { netflix: ['netflix'], read: ['read'], messages: ['messages'] },
    all: [['netflix'], ['read'], ['messages']],
    carry: ['netflix'],
    none: [],
    overrides: [],
  },
};
const metaSold: MatchableClaim = {
  id: 'meta-sold',
  match: {
    concepts: { meta: ['meta'], sold: ['sold'], data: ['data'] },
    all: [['meta'], ['sold'], ['data']],
    none: [],
    overrides: [],
  },
};
const matcher = compileMatcher([netflixRead, metaSold]);
const before = 'Facebook signed a deal with Netflix in 2010.';

describe('a match that borrows from the sentences before it', () => {
  it('covers its own sentence, scores 0.2 below the sentence that names the party, and lists the borrowed term last', () => {
    const own = matchText(matcher, 'Netflix could read messages.')[0]!;
    const text = `${before} It could read messages.`;
    const [borrowed] = matchText(matcher, text);
    expect(borrowed).toMatchObject({
      claimId: 'netflix-read',
      start: before.length + 1,
      end: text.length,
      text: 'It could read messages.',
      stance: 'asserts',
      why: ['read', 'messages', 'Netflix'],
    });
    expect(borrowed!.score).toBe(Math.round((own.score - 0.2) * 100) / 100);
  });

  it('reads its stance in its own words: a question reports, a denial denies', () => {
    expect(matchText(matcher, `${before} Could it read messages?`).map((m) => m.stance)).toEqual(['reports']);
    expect(matchText(matcher, `${before} It denied it could read messages.`).map((m) => m.stance)).toEqual(['denies']);
  });

  it('keeps matches in order of start: one that names its party, then one that borrows, then another', () => {
    const text = `${before} It could read messages. Meta sold data.`;
    expect(matchText(matcher, text).map((m) => m.claimId)).toEqual(['netflix-read', 'meta-sold']);
    const text2 = `Meta sold data. ${before} It could read messages.`;
    expect(matchText(matcher, text2).map((m) => m.claimId)).toEqual(['meta-sold', 'netflix-read']);
  });
});

describe('a match that borrows from the article', () => {
  const read = (blocks: [BlockKind, string][]) => {
    const context = createDocumentContext();
    return blocks.map(([kind, text]) => matchBlock(matcher, context, text, kind));
  };

  it('scores 0.25 below the sentence that names the party, and lists the party as the article named it', () => {
    const own = matchText(matcher, 'Netflix could read messages.')[0]!;
    const blocks = read([
      ['title', 'Netflix and the inbox'],
      ['paragraph', 'Meta sold data. The company could read messages.'],
    ]);
    const last = blocks[1]!;
    expect(last.map((m) => m.claimId)).toEqual(['meta-sold', 'netflix-read']);
    expect(last[1]).toMatchObject({
      start: 16,
      text: 'The company could read messages.',
      why: ['read', 'messages', 'Netflix'],
    });
    expect(last[1]!.score).toBe(Math.round((own.score - 0.25) * 100) / 100);
  });

  it('puts a borrowing sentence before a later sentence that names its own party', () => {
    const blocks = read([
      ['title', 'Netflix and the inbox'],
      ['paragraph', 'The company could read messages. Meta sold data.'],
    ]);
    expect(blocks[1]!.map((m) => m.claimId)).toEqual(['netflix-read', 'meta-sold']);
  });
});
