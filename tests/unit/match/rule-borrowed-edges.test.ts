// The rules `near`, `none` and `benign` in a sentence that borrows a party it does not name: from the
// sentences before it (`carry`, matchText) or from the article (the headline or a paragraph before,
// matchBlock). Only the words the sentence says itself can veto it or be too far apart; a party it
// borrowed has no distance to measure in it. What a reader sees: a sentence highlighted or not.
import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  createDocumentContext,
  matchBlock,
  matchText,
  type BlockKind,
  type MatchableClaim,
} from '../../../src/match';
import { claim } from '../../support/match-claims';

const concepts = {
  netflix: ['netflix'],
  read: ['read'],
  messages: ['messages'],
  satire: ['satire'],
  friends: ['message their friends'],
};

/** "Netflix read messages", where Netflix may be named before the sentence; extra rules on top. */
const netflixRead = (extra: Partial<MatchableClaim['match']> = {}) =>
  claim('netflix-read', {
    concepts,
    all: [['netflix'], ['read'], ['messages']],
    carry: ['netflix'],
    ...extra,
  });

const idsIn = (claims: MatchableClaim[], text: string) =>
  matchText(compileMatcher(claims), text).map((match) => `${match.claimId}: ${match.text}`);

/** The matches of the article's last block, the blocks read in order. */
function lastBlock(claims: MatchableClaim[], blocks: readonly (readonly [BlockKind, string])[]): string[] {
  const matcher = compileMatcher(claims);
  const context = createDocumentContext();
  const read = blocks.map(([kind, text]) => matchBlock(matcher, context, text, kind));
  return read.at(-1)!.map((match) => `${match.claimId}: ${match.text}`);
}

describe('a sentence that borrows its party from the sentences before it', () => {
  const before = 'Facebook signed a deal with Netflix in 2010.';

  it('states the claim (the baseline the rules below take away)', () => {
    expect(idsIn([netflixRead()], `${before} It could read messages.`)).toEqual([
      'netflix-read: It could read messages.',
    ]);
  });

  it('`near` holds between the words the sentence says itself: at the limit, not one word past it', () => {
    const near = (words: number) => netflixRead({ near: [{ concepts: ['read', 'messages'], words }] });
    // "all the" lies between "read" and "messages": two words.
    const text = `${before} It could read all the messages.`;
    expect(idsIn([near(2)], text)).toEqual(['netflix-read: It could read all the messages.']);
    expect(idsIn([near(1)], text)).toEqual([]);
  });

  it('`near` between the borrowed party and the sentence counts the words across the sentence break', () => {
    const near = (words: number) => netflixRead({ near: [{ concepts: ['netflix', 'read'], words }] });
    // "in 2010. It could" lies between "Netflix" and "read": four words.
    const text = `${before} It could read messages.`;
    expect(idsIn([near(4)], text)).toEqual(['netflix-read: It could read messages.']);
    expect(idsIn([near(3)], text)).toEqual([]);
  });

  it('`none` in the sentence that names the party vetoes the sentence that borrows it', () => {
    const vetoed = netflixRead({ none: ['satire'] });
    expect(idsIn([vetoed], 'Netflix, a satire site wrote, signed a deal. It could read messages.')).toEqual([]);
  });

  it('`benign` in the sentence itself vetoes it, even after a sentence that denies something', () => {
    const benign = netflixRead({ benign: ['friends'] });
    expect(
      idsIn([benign], `Netflix denied the report. It could read messages so people could message their friends.`),
    ).toEqual([]);
  });
});

describe('a sentence that borrows its party from the article', () => {
  const headline = ['title', 'Netflix under fire'] as const;

  it('states the claim (the baseline the rules below take away)', () => {
    expect(lastBlock([netflixRead()], [headline, ['paragraph', 'It could read messages.']])).toEqual([
      'netflix-read: It could read messages.',
    ]);
  });

  it('`none` in the sentence vetoes it', () => {
    const vetoed = netflixRead({ none: ['satire'] });
    expect(lastBlock([vetoed], [headline, ['paragraph', 'It could read messages, the satire site wrote.']])).toEqual(
      [],
    );
  });

  it('`none` named elsewhere in the article does not veto the sentence', () => {
    const vetoed = netflixRead({ none: ['satire'] });
    expect(
      lastBlock(
        [vetoed],
        [
          ['title', 'Netflix and the satire site'],
          ['paragraph', 'It could read messages.'],
        ],
      ),
    ).toEqual(['netflix-read: It could read messages.']);
  });

  it('`benign` in the sentence vetoes it, unless the sentence denies the claim', () => {
    const benign = netflixRead({ benign: ['friends'] });
    expect(
      lastBlock([benign], [headline, ['paragraph', 'It could read messages so people could message their friends.']]),
    ).toEqual([]);
    expect(
      lastBlock(
        [benign],
        [headline, ['paragraph', 'It denied it could read messages, saying people could message their friends.']],
      ),
    ).toEqual(['netflix-read: It denied it could read messages, saying people could message their friends.']);
  });

  it('`benign` named elsewhere in the article does not veto the sentence', () => {
    const benign = netflixRead({ benign: ['friends'] });
    expect(
      lastBlock(
        [benign],
        [
          ['title', 'Netflix lets people message their friends'],
          ['paragraph', 'It could read messages.'],
        ],
      ),
    ).toEqual(['netflix-read: It could read messages.']);
  });

  it('`near` on the borrowed party is not measured: the party is not in the sentence', () => {
    const near = netflixRead({ near: [{ concepts: ['netflix', 'read'], words: 0 }] });
    expect(lastBlock([near], [headline, ['paragraph', 'It could read messages.']])).toEqual([
      'netflix-read: It could read messages.',
    ]);
  });

  it('`near` on the borrowed party is not measured, whichever way round the rule names it', () => {
    const near = netflixRead({ near: [{ concepts: ['read', 'netflix'], words: 0 }] });
    expect(lastBlock([near], [headline, ['paragraph', 'It could read messages.']])).toEqual([
      'netflix-read: It could read messages.',
    ]);
  });

  it('a sentence read after one that borrowed still has its own `near` measured', () => {
    // The matcher is compiled once and reads every block of every page.
    const matcher = compileMatcher([netflixRead({ near: [{ concepts: ['netflix', 'read'], words: 0 }] })]);
    const context = createDocumentContext();
    matchBlock(matcher, context, 'Netflix under fire', 'title');
    expect(matchBlock(matcher, context, 'It could read messages.').map((match) => match.claimId)).toEqual([
      'netflix-read',
    ]);
    expect(matchText(matcher, 'Netflix, people say, could read messages.')).toEqual([]);
    expect(matchText(matcher, 'Netflix read messages.').map((match) => match.claimId)).toEqual(['netflix-read']);
  });

  it("another claim's `none` does not veto the sentence", () => {
    const spotify = claim('spotify-read', {
      concepts: { spotify: ['spotify'], read: ['read'], messages: ['messages'], satire: ['satire'] },
      all: [['spotify'], ['read'], ['messages']],
      none: ['satire'],
    });
    expect(
      lastBlock([netflixRead(), spotify], [headline, ['paragraph', 'It could read messages, the satire site wrote.']]),
    ).toEqual(['netflix-read: It could read messages, the satire site wrote.']);
  });

  it('`near` between the words the sentence says itself still holds', () => {
    const near = (words: number) => netflixRead({ near: [{ concepts: ['read', 'messages'], words }] });
    const blocks = [headline, ['paragraph', 'It could read all the messages.']] as const;
    expect(lastBlock([near(2)], blocks)).toEqual(['netflix-read: It could read all the messages.']);
    expect(lastBlock([near(1)], blocks)).toEqual([]);
  });
});
