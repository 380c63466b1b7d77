// Rule `tie order` (src/match/rules/tie-order.ts): which of two claims one sentence states the page
// paints on top and opens (listed last): own words first, then the article's story, then the id —
// never the order of the list the claims came from.
import { describe, expect, it } from 'vitest';
import { parseClaimList } from '../../../src/claims/parse';
import { readyListClaims } from '../../../src/claim-check';
import {
  compileMatcher,
  createDocumentContext,
  matchBlock,
  type BlockKind,
  type ClaimMatch,
  type CompiledMatcher,
} from '../../../src/match';
import { orderTiedMatches, recordClaimsInArticle, type ClaimInArticle } from '../../../src/match/rules/tie-order';
import bundledList from '../../../assets/claims/bundled-list.json';
import { bundledMatcher } from './dev-set-eval';

const sentence = (claimId: string, start = 0, end = 50): ClaimMatch => ({
  claimId,
  start,
  end,
  text: '',
  score: 0.9,
  stance: 'reports',
  why: [],
});
const order = (
  matches: ClaimMatch[],
  words: Record<string, number[]>,
  article: Map<string, ClaimInArticle> = new Map(),
) =>
  orderTiedMatches(
    matches,
    (match) => new Set(words[`${match.claimId}@${match.start}`] ?? []),
    (id) => article.get(id),
  ).map((match) => `${match.claimId}@${match.start}`);

describe('the tie order of one sentence (pure)', () => {
  it('puts on top (last) the claim whose own words cover more of the sentence', () => {
    expect(order([sentence('b'), sentence('a')], { 'a@0': [1, 2, 3], 'b@0': [4] })).toEqual(['b@0', 'a@0']);
    expect(order([sentence('a'), sentence('b')], { 'a@0': [1, 2, 3], 'b@0': [4] })).toEqual(['b@0', 'a@0']);
  });

  it('counts a word both claims name for neither', () => {
    // a: 1, 2, 3 but 2 and 3 are b's words too → a has 1 own word, b has 2 (4, 5).
    expect(order([sentence('b'), sentence('a')], { 'a@0': [1, 2, 3], 'b@0': [2, 3, 4, 5] })).toEqual(['a@0', 'b@0']);
  });

  it('then the claim the headline stated, then the one more earlier blocks stated', () => {
    const words = { 'a@0': [1], 'b@0': [2] };
    const article = new Map<string, ClaimInArticle>([
      ['a', { inTitle: false, blocks: 5, told: 5 }],
      ['b', { inTitle: true, blocks: 1, told: 1 }],
    ]);
    expect(order([sentence('b'), sentence('a')], words, article)).toEqual(['a@0', 'b@0']);
    article.set('b', { inTitle: false, blocks: 1, told: 1 });
    expect(order([sentence('a'), sentence('b')], words, article)).toEqual(['b@0', 'a@0']);
  });

  it('then the id first in code-point order, whatever order the claims came in', () => {
    expect(order([sentence('constructor'), sentence('__proto__')], {})).toEqual(['constructor@0', '__proto__@0']);
    expect(order([sentence('__proto__'), sentence('constructor')], {})).toEqual(['constructor@0', '__proto__@0']);
  });

  it('never moves a match to another sentence, nor changes which claims match', () => {
    const matches = [sentence('z', 0, 40), sentence('a', 41, 90), sentence('b', 41, 90), sentence('c', 95, 120)];
    expect(order(matches, { 'b@41': [7, 8] })).toEqual(['z@0', 'a@41', 'b@41', 'c@95']);
    expect(order([sentence('z', 0, 40), sentence('b', 41, 90), sentence('a', 41, 90)], { 'a@41': [7, 8] })).toEqual([
      'z@0',
      'b@41',
      'a@41',
    ]);
  });

  it('records each claim once per block, and whether the headline stated it', () => {
    const article = new Map<string, ClaimInArticle>();
    recordClaimsInArticle(article, [sentence('a'), sentence('a', 60, 90), sentence('b')], true);
    recordClaimsInArticle(article, [sentence('a')], false);
    expect(article.get('a')).toEqual({ inTitle: true, blocks: 2, told: 2 });
    expect(article.get('b')).toEqual({ inTitle: true, blocks: 1, told: 1 });
  });
});

describe('the tie order in an article (bundled claims)', () => {
  const tied =
    'Newly unsealed court records allege that Facebook allowed Netflix to access users’ direct messages for years as part of a multi-hundred-million-dollar advertising partnership.';
  const read = (blocks: readonly (readonly [BlockKind, string])[], using: CompiledMatcher = bundledMatcher()) => {
    const context = createDocumentContext();
    return blocks.map(([kind, text]) => matchBlock(using, context, text, kind).map((match) => match.claimId));
  };

  it('opens the claim the headline is about when both claims name as many of their own words', () => {
    const [, aboutMessages] = read([
      ['title', 'Court papers: Facebook let Netflix read users’ DMs'],
      ['paragraph', tied],
    ]);
    expect(aboutMessages).toEqual(['netflix-data-for-ad-spend', 'netflix-inbox-api-access']);
    const [, aboutAds] = read([
      ['title', 'Netflix spent $150 million on Facebook ads in 2017, the complaint says'],
      ['paragraph', tied],
    ]);
    expect(aboutAds).toEqual(['netflix-inbox-api-access', 'netflix-data-for-ad-spend']);
  });

  it('opens the claim that says more of the sentence, whatever the headline', () => {
    const [, last] = read([
      ['title', 'Court papers: Facebook let Netflix read users’ DMs'],
      [
        'paragraph',
        'Facebook gave Netflix access to people’s private messages in exchange for ad spending and a written report every two weeks on recommendation sends and clicks.',
      ],
    ]);
    expect(last!.at(-1)).toBe('netflix-data-for-ad-spend');
  });

  it('is the same when the list holds its claims in another order (as the page’s database does: by id)', () => {
    const { list } = parseClaimList(bundledList, { strict: true });
    const claims = readyListClaims(list).claims;
    const reversed = compileMatcher([...claims].reverse());
    const article = [
      ['title', 'Court papers: Facebook let Netflix read users’ DMs'],
      ['paragraph', tied],
    ] as const;
    expect(read(article, reversed)).toEqual(read(article));
    expect(read(article, reversed)[1]).toEqual(['netflix-data-for-ad-spend', 'netflix-inbox-api-access']);
  });
});
