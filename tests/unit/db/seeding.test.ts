// Start-up repairs: a cleared claims store is seeded again, and claims whose list is gone are dropped.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import bundledList from '../../../assets/claims/bundled-list.json';
import { parseClaimList } from '../../../src/claims/parse';
import { createActiveClaims } from '../../../src/db/active-claims';
import { openDatabase, type ClaimLensDatabase } from '../../../src/db/database';
import { ensureBundledList, readAllClaims, removeOrphans, replaceList } from '../../../src/db/lists';
import { moonClaim, publishedList } from '../../support/lists';

let db: ClaimLensDatabase;
let counter = 0;
afterEach(async () => db?.delete());

describe('starting with a damaged database', () => {
  it('seeds the bundled list again when its claims were cleared but its row still says it is there', async () => {
    db = openDatabase(`seed-${counter++}`);
    await ensureBundledList(db, parseClaimList(bundledList));
    await db.claims.clear();
    expect(await ensureBundledList(db, parseClaimList(bundledList))).toBe(true);
    expect((await readAllClaims(db)).claims).toHaveLength(10);
    const { matches } = await createActiveClaims(db).matchBlocks(['Facebook sold private messages to Netflix.']);
    expect(matches[0]!.map((m) => m.claimId)).toContain('meta-sold-messages-to-netflix');
  });

  it('seeds again when the lexicon was lost', async () => {
    db = openDatabase(`seed-${counter++}`);
    await ensureBundledList(db, parseClaimList(bundledList));
    await db.lexicons.clear();
    expect(await ensureBundledList(db, parseClaimList(bundledList))).toBe(true);
    expect((await readAllClaims(db)).lexicons).toHaveLength(1);
  });

  it('removes claims and lexicons whose list row is gone, and keeps the others', async () => {
    db = openDatabase(`seed-${counter++}`);
    await ensureBundledList(db, parseClaimList(bundledList));
    await replaceList(db, parseClaimList(publishedList({ claims: [moonClaim()] })), 'subscription');
    await db.lists.delete('fact-desk');
    expect(await removeOrphans(db)).toBe(1);
    const { claims, lexicons } = await readAllClaims(db);
    expect(claims.map((c) => c.listId)).toEqual(Array(10).fill('claimlens-bundled'));
    expect(lexicons.map((l) => l.listId)).toEqual(['claimlens-bundled']);
    expect(await removeOrphans(db)).toBe(0);
  });
});
