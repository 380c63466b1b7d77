// A recorded denial repeated in a sentence that states a sibling of the claim by itself: the
// sentence has already said which of the two stories it tells, so it is not also read as the
// denial of the other (rules/denial-echo.ts: "never a sibling … of a claim the sentence states by
// itself"). When the two claims are not siblings, the same sentence still denies the first.
import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  createDocumentContext,
  matchBlock,
  type BlockKind,
  type ClaimMatch,
  type MatchableClaim,
} from '../../../src/match';

const moon = {
  id: 'moon-cheese',
  text: 'The moon is made of green cheese.',
  match: { concepts: { moon: ['moon'], cheese: ['cheese'] }, all: [['moon'], ['cheese']], none: [], overrides: [] },
  denials: [{ by: 'NASA', text: 'Lunar rock samples show the moon holds no cheese whatsoever.' }],
};
const hidden = {
  id: 'nasa-hid-moon-cheese',
  text: 'NASA hid that the moon is made of cheese.',
  match: {
    concepts: { agency: ['nasa'], moon: ['moon'], cheese: ['cheese'] },
    all: [['agency'], ['moon'], ['cheese']],
    none: [],
    overrides: ['moon-cheese'],
  },
};

function readArticle(claims: readonly MatchableClaim[], blocks: readonly (readonly [BlockKind, string])[]) {
  const matcher = compileMatcher(claims);
  const context = createDocumentContext();
  return blocks.map(([kind, text]) => matchBlock(matcher, context, text, kind));
}
const ids = (matches: readonly ClaimMatch[]) => matches.map((match) => `${match.claimId} ${match.stance}`);

describe('a denial echoed in a sentence that states a sibling claim', () => {
  const stated = ['paragraph', 'The moon is made of green cheese, a viral post says.'] as const;

  it('is read as the sibling alone, not also as the denial of the claim stated before', () => {
    const [first, second] = readArticle([moon, hidden] as MatchableClaim[], [
      stated,
      ['paragraph', 'NASA lunar rock samples show the moon holds no cheese.'],
    ]);
    expect(ids(first!).map((id) => id.split(' ')[0])).toEqual(['moon-cheese']);
    expect(ids(second!).map((id) => id.split(' ')[0])).toEqual(['nasa-hid-moon-cheese']);
  });

  it('leaves the sentence a denial of that claim when the two claims are not siblings', () => {
    const [, second] = readArticle(
      [moon, { ...hidden, match: { ...hidden.match, overrides: [] } }] as MatchableClaim[],
      [stated, ['paragraph', 'NASA lunar rock samples show the moon holds no cheese.']],
    );
    expect(ids(second!)).toContain('moon-cheese denies');
  });
});
