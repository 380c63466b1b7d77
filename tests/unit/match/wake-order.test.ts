// One sentence that states several claims: its matches come in the order the whole block wakes their
// patterns (the block's first hit on each anchor), not the sentence's, and each block is ordered by its
// own words, never by the block read before it (scan.ts, engine/anchors.ts inBlockWakeOrder).
import { describe, expect, it } from 'vitest';
import { compileMatcher, matchText } from '../../../src/match';
import { claim } from '../../support/match-claims';

const matcher = compileMatcher([
  claim('meta-leaked-messages', {
    concepts: { meta: ['meta'], messages: ['messages'] },
    all: [['meta'], ['messages']],
  }),
  claim('meta-leaked-photos', { concepts: { meta: ['meta'], photos: ['photos'] }, all: [['meta'], ['photos']] }),
]);
const ids = (text: string) => matchText(matcher, text).map((match) => match.claimId);

describe('the order of one sentence’s matches', () => {
  it('follows the words of the sentence when the block names nothing before it', () => {
    expect(ids('Meta leaked messages and photos.')).toEqual(['meta-leaked-messages', 'meta-leaked-photos']);
    expect(ids('Meta leaked photos and messages.')).toEqual(['meta-leaked-photos', 'meta-leaked-messages']);
  });

  it('follows the block: what an earlier sentence named first comes first', () => {
    expect(ids('Photos leaked first. Meta leaked messages and photos.')).toEqual([
      'meta-leaked-photos',
      'meta-leaked-messages',
    ]);
    expect(ids('Messages leaked first. Meta leaked photos and messages.')).toEqual([
      'meta-leaked-messages',
      'meta-leaked-photos',
    ]);
    // The block's first word names both claims' party: the order is still by what it named first after it.
    expect(ids('Meta said photos leaked. Meta leaked messages and photos.')).toEqual([
      'meta-leaked-photos',
      'meta-leaked-photos',
      'meta-leaked-messages',
    ]);
  });

  it('is read afresh for each block, whatever order the block before had', () => {
    // A longer block first, its words left in the scan's registers past the end of the next one.
    expect(ids('Photos, photos, photos, photos, photos and more photos.')).toEqual([]);
    expect(ids('Messages leaked first. Meta leaked photos and messages.')).toEqual([
      'meta-leaked-messages',
      'meta-leaked-photos',
    ]);
    expect(ids('Messages, messages, messages, messages, messages and more messages.')).toEqual([]);
    expect(ids('Photos leaked first. Meta leaked messages and photos.')).toEqual([
      'meta-leaked-photos',
      'meta-leaked-messages',
    ]);
    for (let round = 0; round < 2; round++) {
      expect(ids('Messages leaked first. Meta leaked photos and messages.')).toEqual([
        'meta-leaked-messages',
        'meta-leaked-photos',
      ]);
      expect(ids('Photos leaked first. Meta leaked messages and photos.')).toEqual([
        'meta-leaked-photos',
        'meta-leaked-messages',
      ]);
    }
  });
});
