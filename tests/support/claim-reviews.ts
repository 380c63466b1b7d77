// ClaimReview JSON-LD shaped like what fact-checkers embed and aggregators publish as a schema.org
// DataFeed, for the subscription tests (unit and e2e). Each review names a claim a page can state.
export interface ReviewSpec {
  id: string;
  claim: string;
  rating: string;
  date: string;
  headline?: string;
}

export const FEED_REVIEWS: ReviewSpec[] = [
  {
    id: 'fivegee-covid',
    claim: '5G towers spread the coronavirus',
    rating: 'False',
    date: '2026-03-02',
    headline: 'No, 5G networks do not spread COVID-19',
  },
  {
    id: 'bleach-cure',
    claim: 'Drinking bleach cures COVID-19',
    rating: 'False',
    date: '2026-03-04',
    headline: 'Bleach is not a cure and is dangerous to drink',
  },
  {
    id: 'rainwater-colorado',
    claim: 'Collecting rainwater is illegal in Colorado',
    rating: 'Misleading',
    date: '2026-03-05',
  },
];

export function claimReview(spec: ReviewSpec): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: spec.id,
    url: `https://checks.example/${spec.id}`,
    datePublished: spec.date,
    author: { '@type': 'Organization', name: 'Example Checks', url: 'https://checks.example/' },
    claimReviewed: spec.claim,
    ...(spec.headline && { headline: spec.headline }),
    reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, alternateName: spec.rating },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'A viral post' },
      appearance: [{ '@type': 'CreativeWork', url: `https://social.example/${spec.id}` }],
    },
  };
}

/** A DataFeed as aggregators publish it: some items are reviews, some wrap one as {"item": review}. */
export function claimReviewFeed(
  options: { dateModified?: string; reviews?: ReviewSpec[]; extra?: unknown[] } = {},
): Record<string, unknown> {
  const reviews = options.reviews ?? FEED_REVIEWS;
  return {
    '@context': 'https://schema.org',
    '@type': 'DataFeed',
    name: 'Example Checks: fact-checks feed',
    publisher: { '@type': 'Organization', name: 'Example Checks' },
    dateModified: options.dateModified ?? '2026-03-06T08:00:00Z',
    dataFeedElement: [
      ...reviews.map((spec, i) =>
        i % 2 ? { '@type': 'DataFeedItem', dateCreated: spec.date, item: claimReview(spec) } : claimReview(spec),
      ),
      ...(options.extra ?? []),
    ],
  };
}

/** The smallest usable ClaimReview: a claim nobody wrote match data for (the moon story of tests/support/lists.ts). */
export const MOON_REVIEW = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://factcheck.example/moon',
  author: { '@type': 'Organization', name: 'Fact Desk' },
  claimReviewed: 'NASA admitted that the Moon is made of green cheese.',
  reviewRating: { '@type': 'Rating', alternateName: 'False' },
};
