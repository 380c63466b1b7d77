import { describe, expect, it } from 'vitest';
import { claimSourceOf, exportClaimReviews, importClaimReviews } from '../../../src/claims/claim-review';
import { compileMatcher, matchText } from '../../../src/match';
import { claimSourceOf as compilerSourceOf, matchOf } from '../../../src/claim-check';
import { deriveMatchSpec } from '../../../src/claims/derive-match';
import { parseClaimList } from '../../../src/claims/parse';
import bundledList from '../../../assets/claims/bundled-list.json';

// Shaped like the ClaimReview markup fact-checkers embed in their articles.
const review = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://factcheck.example/2024/04/meta-netflix-messages',
  datePublished: '2024-04-06',
  author: { '@type': 'Organization', name: 'Example Fact Check' },
  claimReviewed: 'Facebook sold users’ private messages to Netflix',
  reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, alternateName: 'False' },
  itemReviewed: {
    '@type': 'Claim',
    author: { '@type': 'Person', name: 'A viral post on X' },
    datePublished: '2024-04-03',
    appearance: [
      { '@type': 'CreativeWork', url: 'https://x.example/post/1' },
      { '@type': 'CreativeWork', url: 'https://social.example/p/2' },
    ],
  },
};

describe('importing ClaimReview', () => {
  it('turns one review into a claim with its verdict, and shows the fact-check as the source', () => {
    const { claims, skipped } = importClaimReviews(review);
    expect(skipped).toEqual([]);
    const [claim] = claims;
    expect(claim).toMatchObject({
      text: 'Facebook sold users’ private messages to Netflix',
      verdict: { label: 'False' },
    });
    expect(claim!.id).toBe('example-fact-check-facebook-sold-users-private-messages-to');
    expect(claim!.context[0]).toEqual({
      text: 'Example Fact Check rated this claim "False" (2024-04-06).',
      sources: [
        {
          publisher: 'Example Fact Check',
          date: '2024-04-06',
          url: 'https://factcheck.example/2024/04/meta-netflix-messages',
        },
      ],
    });
    expect(claim!.context[1]!.text).toBe(
      'The claim was made by A viral post on X (2024-04-03), appearing in x.example, social.example.',
    );
    expect(claim!.context[1]!.sources.map((s) => s.url)).toEqual([
      'https://x.example/post/1',
      'https://social.example/p/2',
    ]);
  });

  it('compiles match data from claimReviewed and the headlines that word the claim', () => {
    const withHeadline = {
      ...review,
      headline: 'No, Meta did not sell your DMs to Netflix',
      itemReviewed: {
        ...review.itemReviewed,
        appearance: [{ '@type': 'CreativeWork', headline: 'Facebook SOLD our chats!' }],
      },
    };
    const [claim] = importClaimReviews(withHeadline).claims;
    // Nothing compiled is written as hand-written `match`: it is compiled where the claim is stored.
    expect(claim!.match).toBeUndefined();
    const matcher = compileMatcher([{ id: claim!.id, match: matchOf(claim!) }]);
    expect(matchText(matcher, 'Facebook sells private messages of its users to Netflix.')).toHaveLength(1);
    expect(matchText(matcher, 'Meta sold users’ messages to Netflix, posts claim.')).toHaveLength(1);
    // A sentence that only shares the topic does not match.
    expect(matchText(matcher, 'Facebook and Netflix both posted results this week.')).toHaveLength(0);
    // The source the compiler read: the review's headline is another wording, the appearance's a title.
    expect(claimSourceOf(withHeadline)).toEqual({
      text: 'Facebook sold users’ private messages to Netflix',
      wordings: ['No, Meta did not sell your DMs to Netflix'],
      titles: ['Facebook SOLD our chats!'],
    });
  });

  it('keeps a review’s name beside its headline when it words the claim otherwise, for every later compile', () => {
    const titled = {
      ...review,
      headline: 'No, Meta did not sell your DMs to Netflix',
      name: 'Did Netflix buy Facebook users’ chats?',
    };
    const [claim] = importClaimReviews(titled).claims;
    // What the compiler reads of the stored claim (at import and after every upgrade): both wordings.
    expect(compilerSourceOf(claim!).wordings).toEqual([
      'No, Meta did not sell your DMs to Netflix',
      'Did Netflix buy Facebook users’ chats?',
    ]);
    const [exported] = exportClaimReviews([claim!], { publisher: 'unused' });
    expect(exported).toMatchObject({ headline: titled.headline, name: titled.name });
    // A name that only repeats the headline is stored once.
    const [same] = importClaimReviews({ ...titled, name: titled.headline }).claims;
    expect(same!.review!.name).toBeUndefined();
  });

  it('reads an array or a @graph, and skips what is not a usable review with the reason', () => {
    const { claims, skipped } = importClaimReviews({
      '@graph': [
        review,
        { '@type': 'NewsArticle' },
        { ...review, reviewRating: {} },
        { ...review, url: 'https://factcheck.example/other' },
      ],
    });
    expect(claims).toHaveLength(2);
    expect(new Set(claims.map((c) => c.id)).size).toBe(2);
    expect(skipped.map((s) => s.problem)).toEqual(['[1] not a ClaimReview', '[2] reviewRating.alternateName: missing']);
  });

  it('keeps dates as precise as the review gives them, at most a day', () => {
    const [claim] = importClaimReviews({ ...review, datePublished: '2024-04-06T09:30:00+02:00' }).claims;
    expect(claim!.review!.datePublished).toBe('2024-04-06');
  });
});

describe('ClaimReview round trip', () => {
  it('review → claim → review gives back every field ClaimLens reads', () => {
    const [exported] = exportClaimReviews(importClaimReviews([review]).claims, { publisher: 'unused' });
    expect(exported).toMatchObject({
      '@type': 'ClaimReview',
      url: review.url,
      datePublished: review.datePublished,
      author: { name: 'Example Fact Check' },
      claimReviewed: review.claimReviewed,
      reviewRating: { alternateName: 'False' },
      itemReviewed: {
        author: { name: 'A viral post on X' },
        datePublished: '2024-04-03',
        appearance: review.itemReviewed.appearance,
      },
    });
  });

  it('claim → review → claim keeps the id, text, verdict and source', () => {
    const { list } = parseClaimList(bundledList);
    const reviews = exportClaimReviews(list.claims, { publisher: list.publisher, published: list.published });
    expect(reviews).toHaveLength(10);
    expect(reviews[0]).toMatchObject({ author: { name: 'ClaimLens' }, datePublished: '2026-11-23' });
    const back = importClaimReviews(JSON.parse(JSON.stringify(reviews)));
    expect(back.skipped).toEqual([]);
    expect(back.claims.map((c) => [c.id, c.text, c.verdict.label])).toEqual(
      list.claims.map((c) => [c.id, c.text, c.verdict.label]),
    );
    expect(exportClaimReviews(back.claims, { publisher: 'other' })).toEqual(reviews);
  });
});

describe('match data for a claim that has only its text', () => {
  it('comes from the claim compiler, and a claim with no words is refused', () => {
    const spec = deriveMatchSpec(
      'Cambridge Analytica gathered personal data of up to 87 million Facebook users without consent during elections',
    );
    expect(spec.all.flat().every((name) => spec.concepts[name])).toBe(true);
    expect(spec.concepts['number-87000000']).toEqual(expect.arrayContaining(['87 million', 'eighty-seven million']));
    expect(() => deriveMatchSpec('and the of')).toThrow(/no words/);
  });
});
