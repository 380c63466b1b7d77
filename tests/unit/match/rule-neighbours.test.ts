// A claim's rules stay its own: `near`, `none`, `benign` and `overrides` of one claim never apply to
// the claim listed before it (the compiled tables keep every claim's rules side by side), and the
// broader-claim rule drops a claim only when the other explains every word it matched.
import { describe, expect, it } from 'vitest';
import { compileMatcher, matchText, type MatchableClaim } from '../../../src/match';
import { claim } from '../../support/match-claims';

const idsIn = (claims: MatchableClaim[], text: string) =>
  matchText(compileMatcher(claims), text)
    .map((match) => match.claimId)
    .sort();

const concepts = {
  shared: ['shared'],
  messages: ['messages'],
  netflix: ['netflix'],
  satire: ['satire'],
  friends: ['message their friends'],
};
const plain = claim('plain', { concepts, all: [['shared'], ['messages'], ['netflix']] });
/** A claim with rules of its own that the sentences below never trigger. */
const ruled = claim('ruled', {
  concepts: { ...concepts, joke: ['joke'], fans: ['fans of'] },
  all: [['shared'], ['messages'], ['netflix']],
  near: [{ concepts: ['shared', 'messages'], words: 5 }],
  none: ['joke'],
  benign: ['fans'],
});

describe("one claim's rules never reach the claim before it", () => {
  it('near', () => {
    const strict = claim('strict', {
      concepts,
      all: [['shared'], ['messages'], ['netflix']],
      near: [{ concepts: ['shared', 'messages'], words: 0 }],
    });
    expect(idsIn([plain, strict], 'Facebook shared, it is said, messages with Netflix.')).toEqual(['plain']);
    expect(idsIn([ruled, strict], 'Facebook shared, it is said, messages with Netflix.')).toEqual(['ruled']);
  });

  it('none', () => {
    const vetoed = claim('vetoed', { concepts, all: [['shared'], ['messages'], ['netflix']], none: ['satire'] });
    expect(idsIn([plain, vetoed], 'Facebook shared messages with Netflix, the satire site wrote.')).toEqual(['plain']);
  });

  it('benign', () => {
    const benign = claim('benign', {
      concepts,
      all: [['shared'], ['messages'], ['netflix']],
      benign: ['friends'],
    });
    expect(
      idsIn([plain, benign], 'Facebook shared messages with Netflix so people could message their friends.'),
    ).toEqual(['plain']);
    expect(
      idsIn([ruled, benign], 'Facebook shared messages with Netflix so people could message their friends.'),
    ).toEqual(['ruled']);
  });

  it('overrides', () => {
    const ads = claim('ads', { concepts: { netflix: ['netflix'], ads: ['ads'] }, all: [['netflix'], ['ads']] });
    const other = claim('other', {
      concepts: { zorb: ['zorb'], quux: ['quux'] },
      all: [['zorb'], ['quux']],
      overrides: ['ads'],
    });
    const messages = claim('messages', {
      concepts: { netflix: ['netflix'], messages: ['messages'] },
      all: [['netflix'], ['messages']],
    });
    // `other` overrides `ads`, but `messages` (listed before it) does not.
    expect(idsIn([messages, other, ads], 'Netflix bought ads and read messages.')).toEqual(['ads', 'messages']);
  });
});

describe('the broader claim', () => {
  const messages = claim('messages', {
    concepts: { netflix: ['netflix'], messages: ['messages'] },
    all: [['netflix'], ['messages']],
  });

  it('does not drop a claim with words of its own, even with more groups', () => {
    const boughtAds = claim('bought-ads', {
      concepts: { netflix: ['netflix'], bought: ['bought'], ads: ['ads'] },
      all: [['netflix'], ['bought'], ['ads']],
    });
    expect(idsIn([messages, boughtAds], 'Netflix bought ads and read messages.')).toEqual(['bought-ads', 'messages']);
  });

  it('needs more groups: two claims that explain the same words as well stay side by side', () => {
    const twin = claim('twin', {
      concepts: { netflix: ['netflix'], messages: ['messages'] },
      all: [['netflix'], ['messages']],
    });
    expect(idsIn([messages, twin], 'Netflix read messages.')).toEqual(['messages', 'twin']);
  });
});
