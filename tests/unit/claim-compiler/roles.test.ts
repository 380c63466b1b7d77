// A compiled claim about a person is found where an article names the person once and then calls
// them "she" or by the title the claim gives them ("the governor"): the matcher's `roles`, which
// stand for the party only where the document named it before.
import { describe, expect, it } from 'vitest';
import { compileClaim } from '../../../src/claim-compiler';
import { compileMatcher, createDocumentContext, matchBlock, type BlockKind } from '../../../src/match';

const claim = 'Governor Maria Ostrander secretly sold the state lottery to a Cayman Islands fund.';

function matchedIn(blocks: [BlockKind, string][]): string[] {
  const matcher = compileMatcher([{ id: 'claim', match: compileClaim({ text: claim }) }]);
  const context = createDocumentContext();
  return blocks.flatMap(([kind, text]) => matchBlock(matcher, context, text, kind).map((match) => match.text));
}

describe('a person the article names once, then by pronoun or title', () => {
  it('emits the title and subject pronouns as the person’s roles', () => {
    const roles = Object.values(compileClaim({ text: claim }).roles ?? {}).flat();
    expect(roles).toEqual(expect.arrayContaining(['governor', 'she', 'he']));
    // Possessives may be anyone's ("Obama's father … his hotel").
    expect(roles).not.toContain('his');
  });

  it('finds the claim where "she" stands for the person the headline named', () => {
    const found = matchedIn([
      ['title', 'Maria Ostrander faces questions over state lottery'],
      ['paragraph', 'Posts say she secretly sold the lottery.'],
    ]);
    expect(found).toContain('Posts say she secretly sold the lottery.');
  });

  it('does not read "she" as the person in a document that never named her', () => {
    expect(
      matchedIn([
        ['title', 'Lottery news'],
        ['paragraph', 'Posts say she secretly sold the lottery.'],
      ]),
    ).toEqual([]);
  });
});
