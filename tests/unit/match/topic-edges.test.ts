// The popup's topic tier at its edges, on small hand-written claims: how many of a claim's concept
// groups a page must name across its paragraphs (two at least, and all but one, then three mentions in
// all), any concept of a
// group and any term of a concept counting, claims with rules listed like the rest, the best pattern
// of a claim kept, the ranking and the limit. What a reader sees: a fact-check listed or not, in order.
import { describe, expect, it } from 'vitest';
import { compileMatcher, matchText, type MatchableClaim } from '../../../src/match';
import { TopicTally, topicsOf } from '../../../src/match/topics';

const claim = (
  id: string,
  concepts: Record<string, string[]>,
  all: string[][],
  extra: Partial<MatchableClaim['match']> = {},
): MatchableClaim => ({ id, match: { concepts, all, none: [], overrides: [], ...extra } });

/** Topics of a page whose blocks are read one by one, as the background reads a page. */
function topicsOfPage(claims: MatchableClaim[], blocks: string[], exclude?: Set<string>, limit?: number) {
  const matcher = compileMatcher(claims);
  const tally = new TopicTally();
  for (const block of blocks) {
    matchText(matcher, block);
    tally.noteBlock();
  }
  return topicsOf(matcher, tally, exclude, limit);
}

const three = claim('three-groups', { meta: ['meta'], netflix: ['netflix'], messages: ['messages', 'inbox'] }, [
  ['meta'],
  ['netflix'],
  ['messages'],
]);

describe('topics of a page', () => {
  it('lists a claim of three groups when the page names two of them, in different paragraphs', () => {
    expect(topicsOfPage([three], ['Meta grew.', 'Netflix grew.', 'Meta shrank.'])).toEqual([
      { claimId: 'three-groups', groupsNamed: 2, groups: 3 },
    ]);
    expect(topicsOfPage([three], ['Meta grew.', 'Netflix grew.', 'The inbox filled.'])).toEqual([
      { claimId: 'three-groups', groupsNamed: 3, groups: 3 },
    ]);
  });

  it('does not list a claim when the page names two of its three groups once each, in passing', () => {
    expect(topicsOfPage([three], ['Meta grew.', 'Netflix grew.'])).toEqual([]);
  });

  it('does not list a claim when the page names only one of its groups', () => {
    expect(topicsOfPage([three], ['Meta grew.', 'Meta grew again.'])).toEqual([]);
    const two = claim('two-groups', { meta: ['meta'], netflix: ['netflix'] }, [['meta'], ['netflix']]);
    expect(topicsOfPage([two], ['Meta grew.'])).toEqual([]);
  });

  it('needs all groups but one: two of four is not enough, three is', () => {
    const four = claim(
      'four-groups',
      { meta: ['meta'], netflix: ['netflix'], messages: ['messages'], sold: ['sold'] },
      [['meta'], ['netflix'], ['messages'], ['sold']],
    );
    expect(topicsOfPage([four], ['Meta grew.', 'Netflix grew.'])).toEqual([]);
    expect(topicsOfPage([four], ['Meta grew.', 'Netflix grew.', 'Messages piled up.'])).toEqual([
      { claimId: 'four-groups', groupsNamed: 3, groups: 4 },
    ]);
  });

  it('counts a group named by any of its concepts, and a concept by any of its terms', () => {
    const either = claim('either', { meta: ['meta', 'facebook'], insta: ['instagram'], netflix: ['netflix'] }, [
      ['meta', 'insta'],
      ['netflix'],
    ]);
    expect(topicsOfPage([either], ['Instagram grew.', 'Netflix grew.'])).toHaveLength(1);
    expect(topicsOfPage([either], ['Facebook grew.', 'Netflix grew.'])).toHaveLength(1);
    expect(topicsOfPage([either], ['Meta grew.', 'Netflix grew.'])).toHaveLength(1);
  });

  it('lists a claim with rules (near, none) like any other: its rules tell sentences apart, not pages', () => {
    const ruled = claim(
      'ruled',
      { meta: ['meta'], netflix: ['netflix'], messages: ['messages'], rumour: ['rumour'] },
      [['meta'], ['netflix'], ['messages']],
      { none: ['rumour'], near: [{ concepts: ['meta', 'netflix'], words: 1 }] },
    );
    expect(topicsOfPage([ruled], ['Meta grew.', 'A rumour spread.', 'Netflix grew.', 'Netflix shrank.'])).toEqual([
      { claimId: 'ruled', groupsNamed: 2, groups: 3 },
    ]);
  });

  it('leaves out the claims it is told to (those already highlighted)', () => {
    const other = claim('other', { meta: ['meta'], netflix: ['netflix'] }, [['meta'], ['netflix']]);
    const blocks = ['Meta grew.', 'Netflix grew.', 'Meta shrank.'];
    expect(topicsOfPage([three, other], blocks, new Set(['other'])).map((t) => t.claimId)).toEqual(['three-groups']);
    expect(topicsOfPage([three, other], blocks, new Set(['three-groups'])).map((t) => t.claimId)).toEqual(['other']);
  });

  it('keeps the pattern of a claim that the page covers best', () => {
    const alternatives = claim(
      'alternatives',
      { meta: ['meta'], netflix: ['netflix'], messages: ['messages'], sold: ['sold'], data: ['data'] },
      [['meta'], ['netflix'], ['messages'], ['sold']],
      { alternatives: [[['meta'], ['data']]] },
    );
    // The first pattern: 3 of 4; the alternative: 2 of 2. The alternative covers more of itself.
    expect(topicsOfPage([alternatives], ['Meta grew.', 'Netflix grew.', 'Messages piled up.', 'Data leaked.'])).toEqual(
      [{ claimId: 'alternatives', groupsNamed: 2, groups: 2 }],
    );
    // Only the first pattern is covered: it is kept.
    expect(topicsOfPage([alternatives], ['Meta grew.', 'Netflix grew.', 'Messages piled up.'])).toEqual([
      { claimId: 'alternatives', groupsNamed: 3, groups: 4 },
    ]);
  });

  it('ranks by the share of groups named, then by how many, and lists at most the limit', () => {
    const full3 = claim('full-three', { a: ['alpha'], c: ['gamma'], d: ['delta'] }, [['a'], ['c'], ['d']]);
    const full2 = claim('full-two', { a: ['alpha'], d: ['delta'] }, [['a'], ['d']]);
    // Anchored on "beta" (the page must name a claim's rarest group): "epsilon" is shared with `filler`.
    const part = claim('two-of-three', { b: ['beta'], a: ['alpha'], e: ['epsilon'] }, [['b'], ['a'], ['e']]);
    const filler = claim('filler', { e: ['epsilon'], z: ['zeta'] }, [['e'], ['z']]);
    const blocks = ['Alpha here.', 'Beta here.', 'Gamma here.', 'Delta here.', 'Beta again.'];
    expect(topicsOfPage([part, full2, full3, filler], blocks).map((t) => t.claimId)).toEqual([
      'full-three',
      'full-two',
      'two-of-three',
    ]);
    expect(topicsOfPage([part, full2, full3, filler], blocks, new Set(), 2).map((t) => t.claimId)).toEqual([
      'full-three',
      'full-two',
    ]);
    const many = Array.from({ length: 7 }, (_, k) =>
      claim(`claim-${k}`, { a: ['alpha'], b: ['beta'] }, [['a'], ['b']]),
    );
    expect(topicsOfPage(many, blocks)).toHaveLength(5);
  });
});
