// The benchmark's generated ClaimReview feed: valid JSON-LD that the importer takes whole, the same
// every run, on varied topics sharing one vocabulary, and unrelated news that states none of its claims.
import { readyToMatch } from '../../../src/claim-check';
import { describe, expect, it } from 'vitest';
import { claimReview, claimReviewFeed, unrelatedSentences } from '../../../bench/claimreview-feed';
import { importClaimReviews } from '../../../src/claims/claim-review';
import { compileMatcher, matchText } from '../../../src/match';

// Importing runs the claim compiler: seconds on a loaded machine.
describe('the generated ClaimReview feed', { timeout: 30_000 }, () => {
  it('is imported whole, each review becoming a claim with its fact-checker and verdict', () => {
    const feed = claimReviewFeed(200);
    const { claims, skipped } = importClaimReviews(feed);
    expect(skipped).toEqual([]);
    expect(claims).toHaveLength(200);
    expect(new Set(claims.map((claim) => claim.id)).size).toBe(200);
    expect(new Set(claims.map((claim) => claim.review?.author)).size).toBeGreaterThan(4);
    expect(new Set(claims.map((claim) => claim.verdict.label)).size).toBeGreaterThan(4);
    // Compiled as a subscription's claims are where they are stored.
    const ready = readyToMatch(claims);
    expect(ready.skipped).toEqual([]);
    expect(ready.claims.every((claim) => claim.match.all.length > 0)).toBe(true);
  });

  it('is the same every run, and review n is the same whatever the feed size', () => {
    expect(claimReviewFeed(30)).toEqual(claimReviewFeed(30));
    expect(claimReviewFeed(100)['@graph'][29]).toEqual(claimReview(29));
  });

  it('holds distinct claims, as real feeds do: no sentence is stated by hundreds of near-identical ones', () => {
    const texts = claimReviewFeed(5000)['@graph'].map((review) => String(review.claimReviewed));
    expect(new Set(texts).size).toBeGreaterThan(texts.length * 0.95);
    const repeats = new Map<string, number>();
    for (const text of texts) repeats.set(text, (repeats.get(text) ?? 0) + 1);
    expect(Math.max(...repeats.values())).toBeLessThanOrEqual(5);
  });

  it('covers several topics with a shared vocabulary', () => {
    const texts = claimReviewFeed(400)['@graph'].map((review) => String(review.claimReviewed));
    const words = new Map<string, number>();
    for (const text of texts)
      for (const word of new Set(text.toLowerCase().match(/[a-z]+/g))) words.set(word, (words.get(word) ?? 0) + 1);
    // Names and places recur across many reviews, as in real feeds.
    expect([...words.values()].filter((count) => count >= 10).length).toBeGreaterThan(20);
    const topics = new Set(claimReviewFeed(400)['@graph'].map((review) => String(review.url).split('/')[3]));
    expect(topics.size).toBe(8);
  });

  it('writes unrelated news that the claims it shares words with mostly do not match', () => {
    const matcher = compileMatcher(readyToMatch(importClaimReviews(claimReviewFeed(300)).claims).claims);
    const sentences = unrelatedSentences(500);
    expect(new Set(sentences).size).toBeGreaterThan(300);
    const matched = sentences.filter((sentence) => matchText(matcher, sentence).length > 0);
    expect(matched.length).toBeLessThan(sentences.length / 2);
  });
});
