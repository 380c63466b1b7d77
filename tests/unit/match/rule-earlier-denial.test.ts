// Rule `earlier denial` (src/match/rules/earlier-denial.ts): a denial from an earlier story, recalled
// as such in an article that tells a more specific sibling's story, denies that story too.
import { describe, expect, it } from 'vitest';
import { createDocumentContext, matchBlock, type BlockKind, type ClaimMatch } from '../../../src/match';
import { bundledMatcher } from './dev-set-eval';

const matcher = bundledMatcher();
const read = (blocks: readonly (readonly [BlockKind, string])[]): string[][] => {
  const context = createDocumentContext();
  return blocks.map(([kind, text]) =>
    matchBlock(matcher, context, text, kind).map((match: ClaimMatch) => `${match.claimId} ${match.stance}`),
  );
};
const filingArticle = [
  ['title', 'What the unsealed antitrust filing says about Netflix'],
  ['paragraph', 'The plaintiffs allege that Netflix had programmatic access to Facebook users’ message inboxes.'],
] as const;

describe('a denial recalled from an earlier story', () => {
  it('denies the filing’s claim too, in an article that tells the filing’s story', () => {
    const blocks = read([
      ...filingArticle,
      ['paragraph', 'Netflix said in 2018 that it never accessed anyone’s Facebook messages.'],
    ]);
    expect(blocks[1]).toEqual(['netflix-inbox-api-access reports']);
    expect([...blocks[2]!].sort()).toEqual([
      'facebook-partners-read-messages-2018 denies',
      'netflix-inbox-api-access denies',
    ]);
    const back = read([
      ...filingArticle,
      ['paragraph', 'Back then, Netflix said it had never accessed anyone’s Facebook messages.'],
    ]);
    expect(back[2]).toContain('netflix-inbox-api-access denies');
  });

  it('only when the sentence says the denial is an earlier one (else the story routes it to one claim)', () => {
    const blocks = read([
      ...filingArticle,
      ['paragraph', 'Netflix says it never accessed anyone’s Facebook messages.'],
    ]);
    expect(blocks[2]).toEqual(['netflix-inbox-api-access denies']);
  });

  it('not in an article that tells the earlier story itself', () => {
    const blocks = read([
      ['title', 'Facebook gave Netflix and Spotify the ability to read users’ private messages, the Times reports'],
      ['paragraph', 'The plaintiffs allege that Netflix had programmatic access to Facebook users’ message inboxes.'],
      ['paragraph', 'Netflix said in 2018 that it never accessed anyone’s Facebook messages.'],
    ]);
    expect(blocks[0]).toContain('facebook-partners-read-messages-2018 reports');
    expect(blocks[2]).toEqual(['facebook-partners-read-messages-2018 denies']);
  });

  it('not in an article that never told the filing’s claim', () => {
    const blocks = read([
      ['title', 'Streaming and privacy'],
      ['paragraph', 'Netflix said in 2018 that it never accessed anyone’s Facebook messages.'],
    ]);
    expect(blocks[1]).not.toContain('netflix-inbox-api-access denies');
  });
});
