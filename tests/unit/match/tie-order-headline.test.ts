// Tie order in a document (context.ts → rules/tie-order.ts): when a sentence states two claims with
// equal own words, the one the article's headline stated is painted on top (listed last), ahead of one
// that more earlier paragraphs stated; only a headline (h1) counts as the headline.
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentContext, matchBlock, type BlockKind } from '../../../src/match';
import { claim } from '../../support/match-claims';

const matcher = compileMatcher([
  claim('a-messages', { concepts: { meta: ['meta'], messages: ['messages'] }, all: [['meta'], ['messages']] }),
  claim('b-photos', { concepts: { meta: ['meta'], photos: ['photos'] }, all: [['meta'], ['photos']] }),
]);
const tied = 'Meta leaked messages and photos.';

/** The order of the tied sentence's claims after the blocks before it, read in one document. */
function paintOrder(before: readonly (readonly [BlockKind, string])[]): string[] {
  const context = createDocumentContext();
  for (const [kind, text] of before) matchBlock(matcher, context, text, kind);
  return matchBlock(matcher, context, tied).map((match) => match.claimId);
}

describe('a tied sentence in an article', () => {
  it('paints the claim the headline stated on top, over one more paragraphs stated', () => {
    expect(
      paintOrder([
        ['title', 'Meta leaked photos'],
        ['paragraph', 'Meta leaked messages.'],
        ['paragraph', 'Meta leaked messages again.'],
      ]),
    ).toEqual(['a-messages', 'b-photos']);
  });

  it('counts a heading or a paragraph that states a claim as one more block, not as the headline', () => {
    for (const kind of ['heading', 'paragraph'] as const)
      expect(
        paintOrder([
          [kind, 'Meta leaked photos'],
          ['paragraph', 'Meta leaked messages.'],
          ['paragraph', 'Meta leaked messages again.'],
        ]),
        kind,
      ).toEqual(['b-photos', 'a-messages']);
  });

  it('falls back on the ids when the article said nothing of either', () => {
    expect(paintOrder([])).toEqual(['b-photos', 'a-messages']);
  });
});
