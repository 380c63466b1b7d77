// What fact-checkers and aggregators publish, read as a subscribed list.
import { describe, expect, it } from 'vitest';
import { claimReviewFeedAsList, isClaimReviewDocument } from '../../../src/claims/claim-review-feed';
import { exportClaimReviews, importClaimReviews } from '../../../src/claims/claim-review';
import { ClaimListError } from '../../../src/claims/parse';
import { publishedList } from '../../support/lists';

const review = (n: number, extra: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: `https://checks.example/${n}`,
  datePublished: `2026-03-0${n}`,
  author: { '@type': 'Organization', name: 'Example Checks' },
  claimReviewed: `Claim number ${n}: the moon landing was filmed in studio ${n}`,
  headline: `Fact check ${n}: no, the moon landing was not staged`,
  reviewRating: { '@type': 'Rating', alternateName: 'False' },
  itemReviewed: {
    '@type': 'Claim',
    appearance: [{ '@type': 'CreativeWork', url: `https://social.example/${n}`, headline: `Apollo ${n} was faked` }],
  },
  ...extra,
});

const dataFeed = {
  '@context': 'https://schema.org',
  '@type': 'DataFeed',
  name: 'Example Checks: all fact-checks',
  publisher: { '@type': 'Organization', name: 'Example Checks Ltd' },
  dateModified: '2026-03-09T12:00:00Z',
  dataFeedElement: [
    review(1),
    { '@type': 'DataFeedItem', dateCreated: '2026-03-02', item: review(2) },
    { item: review(3) },
    { '@type': 'DataFeedItem', item: { '@type': 'ClaimReview', claimReviewed: 'No rating' } },
  ],
};

const context = { url: 'https://feeds.example/checks/feed.json', now: Date.parse('2026-03-10T00:00:00Z') };

describe('reading a ClaimReview document as a list', () => {
  it('reads a DataFeed whose items are reviews or wrap one, and says what it skipped', () => {
    const { list, skipped } = claimReviewFeedAsList(dataFeed, context);
    expect(list.claims.map((c) => c.text)).toEqual([
      'Claim number 1: the moon landing was filmed in studio 1',
      'Claim number 2: the moon landing was filmed in studio 2',
      'Claim number 3: the moon landing was filmed in studio 3',
    ]);
    expect(list).toMatchObject({
      id: 'feeds-example-checks-feed-json',
      title: 'Example Checks: all fact-checks',
      publisher: 'Example Checks Ltd',
      version: Date.parse('2026-03-09T12:00:00Z') / 1000,
    });
    expect(skipped).toEqual([{ index: 3, problem: 'reviews[3]: reviewRating.alternateName: missing' }]);
  });

  it('keeps the fact-check’s headline and the appearances’ headlines as other wordings of the claim', () => {
    const [claim] = claimReviewFeedAsList(dataFeed, context).list.claims;
    expect(claim!.review).toMatchObject({
      headline: 'Fact check 1: no, the moon landing was not staged',
      appearanceHeadlines: ['Apollo 1 was faked'],
      appearances: ['https://social.example/1'],
    });
  });

  it('reads one review, an array and a @graph the same way, with a header made from the address and the reviews', () => {
    for (const document of [review(1), [review(1)], { '@context': 'https://schema.org', '@graph': [review(1)] }]) {
      const { list } = claimReviewFeedAsList(document, context);
      expect(list.claims).toHaveLength(1);
      expect(list).toMatchObject({
        id: 'feeds-example-checks-feed-json',
        title: 'ClaimReview feed from feeds.example',
        publisher: 'Example Checks',
        version: Date.parse('2026-03-01') / 1000,
      });
    }
  });

  it('takes the newest of the feed’s dates and the server’s Last-Modified as the version, ignoring dates in the future', () => {
    const lastModified = 'Tue, 10 Mar 2026 00:00:00 GMT';
    expect(claimReviewFeedAsList(dataFeed, { ...context, lastModified }).list.version).toBe(
      Date.parse(lastModified) / 1000,
    );
    const future = [review(1, { dateModified: '2099-01-01' })];
    expect(claimReviewFeedAsList(future, context).list.version).toBe(Date.parse('2026-03-01') / 1000);
    const undated = [review(1, { datePublished: undefined })];
    expect(claimReviewFeedAsList(undated, context).list.version).toBe(context.now / 1000);
  });

  it('refuses a document none of whose reviews can be used, with the first reason', () => {
    const broken = { '@type': 'DataFeed', dataFeedElement: [{ item: { '@type': 'ClaimReview', claimReviewed: 'x' } }] };
    expect(() => claimReviewFeedAsList(broken, context)).toThrow(ClaimListError);
    expect(() => claimReviewFeedAsList(broken, context)).toThrow(
      /None of the 1 ClaimReviews could be used \(reviews\[0\]: reviewRating\.alternateName: missing\)/,
    );
  });

  it('tells ClaimReview JSON-LD from a ClaimLens list', () => {
    expect(isClaimReviewDocument(dataFeed)).toBe(true);
    expect(isClaimReviewDocument([review(1)])).toBe(true);
    expect(isClaimReviewDocument({ '@graph': [{ '@type': 'schema:ClaimReview' }] })).toBe(true);
    expect(isClaimReviewDocument(publishedList())).toBe(false);
    expect(isClaimReviewDocument({ '@type': 'NewsArticle' })).toBe(false);
    expect(isClaimReviewDocument(null)).toBe(false);
  });

  it('exports the headlines again, so a review survives a round trip', () => {
    const [claim] = importClaimReviews(review(4)).claims;
    const exported = exportClaimReviews([claim!], { publisher: 'unused' });
    expect(exported[0]).toMatchObject({ headline: 'Fact check 4: no, the moon landing was not staged' });
    const [again] = importClaimReviews(exported).claims;
    expect(again!.review).toEqual(claim!.review);
    expect(again!.text).toBe(claim!.text);
  });
});
