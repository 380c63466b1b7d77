// The story ahead (context.ts, rules/story.ts): a statement read before the document names any story is
// routed by the story the blocks after it tell; once the document tells its own, its own routes.
import { describe, expect, it } from 'vitest';
import { createDocumentContext, expectBlocks, matchBlock, type ClaimMatch } from '../../../src/match';
import { bundledMatcher } from './dev-set-eval';

const matcher = bundledMatcher();
const statement = 'Netflix said it never accessed people’s messages on Facebook.';
const lawsuit = 'An unsealed antitrust filing names Netflix.';
const report = 'The statement came a day after The New York Times reported on data deals.';
const ids = (matches: readonly ClaimMatch[]) => matches.map((match) => `${match.claimId} ${match.stance}`);

describe('the story ahead', () => {
  it('routes a statement read before any story, and gives way to the stories the document then tells', () => {
    const blocks = [statement, report, lawsuit, statement];
    const context = createDocumentContext();
    expectBlocks(matcher, context, blocks);
    const found = blocks.map((block) => ids(matchBlock(matcher, context, block)));
    expect(found).toEqual([
      // Nothing told yet: the next story told (the 2018 report) routes it.
      ['facebook-partners-read-messages-2018 denies'],
      [],
      [],
      // The document has now told the lawsuit, after the report: the same words answer the Netflix claim.
      ['netflix-inbox-api-access denies'],
    ]);
  });
});

describe('a page’s next batch, announced after the first was read', () => {
  it('keeps the story the headline told: the statement in the next batch is still routed by it', () => {
    const headline = 'Facebook gave partners access, New York Times reports';
    const context = createDocumentContext();
    expectBlocks(matcher, context, [headline]);
    expect(matchBlock(matcher, context, headline, 'title')).toEqual([]);
    expectBlocks(matcher, context, [statement]);
    // Read alone the statement answers the Netflix claim; under this headline it answers the 2018 report.
    expect(ids(matchBlock(matcher, context, statement))).toEqual(['facebook-partners-read-messages-2018 denies']);
  });
});
