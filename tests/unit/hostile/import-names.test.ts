// Hostile words in what the user adds: a ClaimReview import (options page and CLI share
// importClaimReviews) and a claim written in the options page. Words like "constructor" become
// concepts of that name; the claim must match and every other claim must still match.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import bundledList from '../../../assets/claims/bundled-list.json';
import { importClaimReviews } from '../../../src/claims/claim-review';
import { parseClaimList } from '../../../src/claims/parse';
import { createActiveClaims } from '../../../src/db/active-claims';
import { openDatabase, type ClaimLensDatabase } from '../../../src/db/database';
import { ensureBundledList } from '../../../src/db/lists';
import { importUserClaimReviews, saveUserClaim } from '../../../src/sync/user-claims';
import { PROTOTYPE_NAMES, PROTOTYPE_SENTENCE } from '../../support/hostile';
import { matchOf } from '../../../src/claim-check';

let db: ClaimLensDatabase | undefined;
let counter = 0;
afterEach(async () => db?.delete());

const review = (claimReviewed: string, identifier?: string) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  ...(identifier && { identifier }),
  claimReviewed,
  author: { '@type': 'Organization', name: 'Desk' },
  reviewRating: { '@type': 'Rating', alternateName: 'False' },
  url: 'https://desk.example/check',
});

async function seeded() {
  db = openDatabase(`hostile-import-${counter++}`);
  await ensureBundledList(db, parseClaimList(bundledList));
  return db;
}

const HEADLINE = 'Facebook sold private messages to Netflix.';

describe('Object.prototype names in what the user adds', () => {
  it('a ClaimReview whose text uses them imports as a claim that matches, with its concepts kept', () => {
    const { claims, skipped } = importClaimReviews([review(PROTOTYPE_SENTENCE, 'constructor')]);
    expect(skipped).toEqual([]);
    expect(claims[0]!.id).toBe('constructor');
    // Every name the claim's groups use is an own concept (never Object.prototype's member). An
    // import carries no match data: it is compiled where the claim is stored, as here.
    expect(claims[0]!.match).toBeUndefined();
    const { concepts, all } = matchOf(claims[0]!);
    for (const name of all.flat()) expect(Object.hasOwn(concepts, name), name).toBe(true);
    expect(Object.values(concepts).flat()).toEqual(expect.arrayContaining(['constructor']));
  });

  it('imported in the options page: the claim and every bundled claim still match', async () => {
    const store = await seeded();
    const json = JSON.stringify([
      review(PROTOTYPE_SENTENCE, 'constructor'),
      review('The valueOf prototype hasOwnProperty toString'),
    ]);
    expect(await importUserClaimReviews(store, json, 0)).toEqual({ imported: 2, skipped: [] });
    const active = createActiveClaims(store);
    const { matches, claims } = await active.matchBlocks([PROTOTYPE_SENTENCE, HEADLINE]);
    expect(matches[0]!.map((m) => m.claimId)).toContain('constructor');
    expect(matches[1]!.map((m) => m.claimId)).toContain('meta-sold-messages-to-netflix');
    expect(claims.constructor).toMatchObject({ id: 'constructor', listTitle: 'Your own claims' });
  });

  it('written in the options page: each name as a word saves, matches, and leaves every other claim matching', async () => {
    const store = await seeded();
    for (const name of PROTOTYPE_NAMES)
      await saveUserClaim(
        store,
        {
          text: `Zorblax ${name} quintessa`,
          verdict: 'False',
          context: [{ text: 'x', sources: [{ publisher: 'Me' }] }],
        },
        0,
      );
    const active = createActiveClaims(store);
    const { matches } = await active.matchBlocks(['Zorblax constructor quintessa.', HEADLINE]);
    expect(matches[0]!.map((m) => m.claimId)).toContain('my-zorblax-constructor-quintessa');
    expect(matches[1]!.map((m) => m.claimId)).toContain('meta-sold-messages-to-netflix');
  });
});

describe('an oversized ClaimReview import', () => {
  it('is refused in words, and nothing is imported', async () => {
    const store = await seeded();
    const json = JSON.stringify([review('The moon is made of green cheese', 'moon')]).padEnd(5 * 1024 * 1024 + 1, ' ');
    await expect(importUserClaimReviews(store, json, 0)).rejects.toThrowError(
      'The file is 5.0 MB; ClaimLens imports ClaimReview files of up to 5 MB. Split it into smaller files.',
    );
    expect(await store.claims.where('listId').equals('my-claims').count()).toBe(0);
  });
});
