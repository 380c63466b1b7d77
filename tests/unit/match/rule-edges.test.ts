// The matcher's rules at their edges, on small hand-written claims: `near` at exactly its limit and
// one word past it (either order, multi-word terms, only the pattern that uses both concepts, a rule
// on an undefined concept ignored), the vetoes (`none` always and only for its own claim, `benign`
// except in a denial), and siblings (`overrides` one way, both ways, the broader claim that covers
// every word). What a reader sees: a sentence highlighted or not.
import { describe, expect, it } from 'vitest';
import { compileMatcher, matchText, type MatchableClaim } from '../../../src/match';
import { claim } from '../../support/match-claims';

const idsIn = (claims: MatchableClaim[], text: string) =>
  matchText(compileMatcher(claims), text).map((match) => match.claimId);

describe('near', () => {
  const soldMessages = (words: number, extra: Partial<MatchableClaim['match']> = {}) =>
    claim('sold-messages', {
      concepts: { sold: ['sold'], messages: ['messages', 'private messages'], data: ['data'] },
      all: [['sold'], ['messages']],
      near: [{ concepts: ['sold', 'messages'], words }],
      ...extra,
    });

  it('matches with exactly `words` words between the two concepts, and not with one more', () => {
    // "the old" lies between: two words.
    const text = 'They sold the old messages.';
    expect(idsIn([soldMessages(2)], text)).toEqual(['sold-messages']);
    expect(idsIn([soldMessages(1)], text)).toEqual([]);
  });

  it('measures either order, and counts none between neighbours', () => {
    expect(idsIn([soldMessages(1)], 'The messages were sold.')).toEqual(['sold-messages']);
    expect(idsIn([soldMessages(0)], 'The messages were sold.')).toEqual([]);
    expect(idsIn([soldMessages(0)], 'Facebook sold messages.')).toEqual(['sold-messages']);
  });

  it('measures from the ends of a term of several words', () => {
    // "private messages" is one term: nothing lies between "sold" and it.
    expect(idsIn([soldMessages(0)], 'Facebook sold private messages.')).toEqual(['sold-messages']);
    expect(idsIn([soldMessages(0)], 'Private messages sold for millions.')).toEqual(['sold-messages']);
  });

  it('takes the closest pair when a concept occurs twice', () => {
    expect(idsIn([soldMessages(1)], 'Messages were never the point: they sold, it is said, the messages.')).toEqual([]);
    expect(idsIn([soldMessages(1)], 'Messages were never the point: they sold the messages.')).toEqual([
      'sold-messages',
    ]);
  });

  it('applies only to a pattern that uses both concepts', () => {
    const withAlternative = soldMessages(0, { alternatives: [[['sold'], ['data']]] });
    // The alternative "sold … data" does not use `messages`: the rule does not hold it to a distance.
    expect(idsIn([withAlternative], 'They sold, over many years and to many buyers, the data.')).toEqual([
      'sold-messages',
    ]);
    expect(idsIn([withAlternative], 'They sold, over many years and to many buyers, the messages.')).toEqual([]);
  });

  it('ignores a rule that names a concept the claim does not define, either side', () => {
    // The compiler takes claims from every source, not only checked lists: a typo must not switch the claim off.
    const typo = (concepts: [string, string]) =>
      claim('sold-messages', {
        concepts: { sold: ['sold'], messages: ['messages'] },
        all: [['sold'], ['messages']],
        near: [{ concepts, words: 0 }],
      });
    const text = 'They sold the old messages.';
    expect(idsIn([typo(['mesages', 'messages'])], text)).toEqual(['sold-messages']);
    expect(idsIn([typo(['messages', 'mesages'])], text)).toEqual(['sold-messages']);
    expect(idsIn([typo(['sold', 'mesages'])], text)).toEqual(['sold-messages']);
  });

  it('holds every rule of a claim', () => {
    const two = claim('sold-messages-netflix', {
      concepts: { sold: ['sold'], messages: ['messages'], netflix: ['netflix'] },
      all: [['sold'], ['messages'], ['netflix']],
      near: [
        { concepts: ['sold', 'messages'], words: 1 },
        { concepts: ['messages', 'netflix'], words: 1 },
      ],
    });
    expect(idsIn([two], 'They sold the messages to Netflix.')).toEqual(['sold-messages-netflix']);
    expect(idsIn([two], 'They sold the messages, people say, to Netflix.')).toEqual([]);
  });
});

describe('vetoes', () => {
  const shared = claim('shared-messages', {
    concepts: {
      shared: ['shared', 'sharing'],
      messages: ['messages'],
      netflix: ['netflix'],
      satire: ['satire'],
      friends: ['message their friends', 'message friends'],
    },
    all: [['shared'], ['messages'], ['netflix']],
    none: ['satire'],
    benign: ['friends'],
  });

  it('`none` vetoes the sentence that names it, and only that sentence', () => {
    expect(idsIn([shared], 'Facebook shared messages with Netflix, the satire site wrote.')).toEqual([]);
    expect(idsIn([shared], 'Facebook shared messages with Netflix. A satire site wrote about it.')).toEqual([
      'shared-messages',
    ]);
  });

  it('`none` vetoes only its own claim, not the one listed before it that has rules of its own', () => {
    // A claim with a rule is checked sentence by sentence, where a claim without rules is not.
    const checked = claim('shared-messages-near', {
      concepts: { shared: ['shared'], messages: ['messages'], netflix: ['netflix'] },
      all: [['shared'], ['messages'], ['netflix']],
      near: [{ concepts: ['shared', 'messages'], words: 3 }],
    });
    expect(idsIn([checked, shared], 'Facebook shared messages with Netflix, the satire site wrote.')).toEqual([
      'shared-messages-near',
    ]);
  });

  it('`benign` vetoes a sentence about the harmless feature, but not one that denies the claim', () => {
    expect(idsIn([shared], 'Facebook shared messages with Netflix so people could message their friends.')).toEqual([]);
    expect(
      idsIn([shared], 'Meta denied it shared messages with Netflix, saying the feature let people message friends.'),
    ).toEqual(['shared-messages']);
  });
});

describe('siblings', () => {
  const broad = (overrides: string[] = []) =>
    claim('netflix-messages', {
      concepts: { netflix: ['netflix'], messages: ['messages'] },
      all: [['netflix'], ['messages']],
      overrides,
    });
  const narrow = (overrides: string[] = []) =>
    claim('netflix-read-messages', {
      concepts: { netflix: ['netflix'], read: ['read'], messages: ['messages'] },
      all: [['netflix'], ['read'], ['messages']],
      overrides,
    });
  const other = (overrides: string[] = []) =>
    claim('netflix-ads', {
      concepts: { netflix: ['netflix'], ads: ['ads'] },
      all: [['netflix'], ['ads']],
      overrides,
    });

  it('the claim with more groups that covers every word of the other wins the sentence', () => {
    expect(idsIn([broad(), narrow()], 'Netflix could read messages.')).toEqual(['netflix-read-messages']);
  });

  it('keeps claims side by side when each has words of its own', () => {
    expect(idsIn([broad(), other()], 'Netflix bought ads and read messages.').sort()).toEqual([
      'netflix-ads',
      'netflix-messages',
    ]);
  });

  it('`overrides` removes the listed claim from the sentence, one way only', () => {
    expect(idsIn([broad(), other(['netflix-messages'])], 'Netflix bought ads and read messages.')).toEqual([
      'netflix-ads',
    ]);
    expect(idsIn([broad(['netflix-ads']), other()], 'Netflix bought ads and read messages.')).toEqual([
      'netflix-messages',
    ]);
  });

  it('two claims that override each other cancel out: both stay', () => {
    expect(
      idsIn([broad(['netflix-ads']), other(['netflix-messages'])], 'Netflix bought ads and read messages.').sort(),
    ).toEqual(['netflix-ads', 'netflix-messages']);
  });

  it('an overridden claim does not, in turn, push out the claim that overrides it', () => {
    // narrow would lose to nothing; broad overrides narrow, so broad stays even though narrow is broader.
    expect(idsIn([broad(['netflix-read-messages']), narrow()], 'Netflix could read messages.')).toEqual([
      'netflix-messages',
    ]);
  });
});
