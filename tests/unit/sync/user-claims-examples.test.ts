// The user's own claims carry no match data: they are compiled when saved (and by whoever
// subscribes to the exported list), and keep the example sentences written with them.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseClaimList } from '../../../src/claims/parse';
import { openDatabase, type ClaimLensDatabase } from '../../../src/db/database';
import {
  exportUserList,
  importUserClaimReviews,
  saveUserClaim,
  USER_LIST_ID,
  userClaims,
} from '../../../src/sync/user-claims';
import { claimReview, FEED_REVIEWS } from '../../support/claim-reviews';

let db: ClaimLensDatabase;
let counter = 0;
afterEach(async () => db?.delete());
const NOW = Date.parse('2026-06-01T00:00:00Z');

const input = {
  text: '5G towers spread the coronavirus',
  verdict: 'False',
  context: [{ text: 'Viruses do not travel on radio waves.', sources: [{ publisher: 'WHO' }] }],
  examples: {
    match: [' A viral video says 5G towers spread the coronavirus. ', ''],
    nomatch: ['Phone masts went up.'],
  },
};

describe("the user's own claims", () => {
  it('are saved with their examples and compiled match data, and exported without it', async () => {
    db = openDatabase(`user-claims-${counter++}`);
    const saved = await saveUserClaim(db, input, NOW);
    expect(saved.match).toBeUndefined();
    expect(saved.examples).toEqual({
      match: ['A viral video says 5G towers spread the coronavirus.'],
      nomatch: ['Phone masts went up.'],
    });
    const row = (await db.claims.get([USER_LIST_ID, saved.id]))!;
    expect(row.compiledMatch?.all.length).toBeGreaterThan(0);
    expect((await userClaims(db))[0]).not.toHaveProperty('compiledMatch');

    const exported = await exportUserList(db, NOW);
    const { list } = parseClaimList(exported, { strict: true });
    expect(list.claims[0]).toMatchObject({ text: input.text, examples: saved.examples });
    expect(list.claims[0]!.match).toBeUndefined();
  });

  it('refuse a claim with nothing to look for, in words', async () => {
    db = openDatabase(`user-claims-${counter++}`);
    await expect(saveUserClaim(db, { ...input, text: 'It is what it is.' }, NOW)).rejects.toThrow(
      /^text: write the claim in words/,
    );
    expect(await db.claims.count()).toBe(0);
  });

  it('import ClaimReview files as claims compiled from their wordings', async () => {
    db = openDatabase(`user-claims-${counter++}`);
    const result = await importUserClaimReviews(db, JSON.stringify(FEED_REVIEWS.map(claimReview)), NOW);
    expect(result).toEqual({ imported: 3, skipped: [] });
    const rows = await db.claims.where('listId').equals(USER_LIST_ID).toArray();
    expect(rows.every((r) => r.match || r.compiledMatch)).toBe(true);
  });
});
