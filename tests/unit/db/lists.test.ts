import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import bundledList from '../../../assets/claims/bundled-list.json';
import { parseClaimList } from '../../../src/claims/parse';
import { openDatabase, type ClaimLensDatabase } from '../../../src/db/database';
import { ensureBundledList, readAllClaims, replaceList } from '../../../src/db/lists';

let db: ClaimLensDatabase;
let counter = 0;
const fresh = () => (db = openDatabase(`test-${counter++}`));
afterEach(async () => db?.delete());

describe('the claim database', () => {
  it('is seeded with the bundled list, its lexicon stored once beside the claims', async () => {
    fresh();
    expect(await ensureBundledList(db, parseClaimList(bundledList))).toBe(true);
    const { lists, claims, lexicons } = await readAllClaims(db);
    expect(lists).toEqual([expect.objectContaining({ id: 'claimlens-bundled', kind: 'bundled', claimCount: 10 })]);
    expect(claims).toHaveLength(10);
    expect(lexicons).toEqual([{ listId: 'claimlens-bundled', concepts: bundledList.lexicon }]);
    const headline = claims.find((c) => c.id === 'meta-sold-messages-to-netflix')!;
    expect(headline.match.concepts).toEqual(bundledList.claims.find((c) => c.id === headline.id)!.match.concepts);
  });

  it('does not rewrite the same bundled version on the next start', async () => {
    fresh();
    await ensureBundledList(db, parseClaimList(bundledList));
    expect(await ensureBundledList(db, parseClaimList(bundledList))).toBe(false);
  });

  it('replaces a list version whole: claims removed from the list disappear', async () => {
    fresh();
    await ensureBundledList(db, parseClaimList(bundledList));
    const smaller = { ...bundledList, version: bundledList.version + 1, claims: bundledList.claims.slice(0, 3) };
    await ensureBundledList(db, parseClaimList(smaller));
    const { lists, claims } = await readAllClaims(db);
    expect(claims.map((c) => c.id)).toEqual(expect.arrayContaining(bundledList.claims.slice(0, 3).map((c) => c.id)));
    expect(claims).toHaveLength(3);
    expect(lists[0]).toMatchObject({ version: bundledList.version + 1, claimCount: 3 });
  });

  it('keeps the previous version when writing the new one fails midway', async () => {
    fresh();
    await ensureBundledList(db, parseClaimList(bundledList));
    const next = parseClaimList({ ...bundledList, version: bundledList.version + 1 });
    // A claim that IndexedDB cannot store (a function) makes bulkPut throw inside the transaction.
    (next.list.claims[5] as unknown as { broken: unknown }).broken = () => 0;
    await expect(replaceList(db, next, 'bundled')).rejects.toThrow();
    const { lists, claims } = await readAllClaims(db);
    expect(lists[0]!.version).toBe(bundledList.version);
    expect(claims).toHaveLength(10);
  });
});
