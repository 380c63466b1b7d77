// Writing list versions and re-seeding, at the edges: the claims a list's own validation skipped stay
// named on its row, a bundled row whose count disagrees is seeded again, and an extension update
// recompiles only what it must (hand-written claims untouched, nothing recompiled → the stored
// matcher kept), keeping a claim the new compiler cannot read rather than losing it.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import bundledList from '../../../assets/claims/bundled-list.json';
import { parseClaimList } from '../../../src/claims/parse';
import { openDatabase, type ClaimLensDatabase } from '../../../src/db/database';
import { ensureBundledList, recompileStoredClaims, replaceList } from '../../../src/db/lists';
import { moonClaim, publishedList } from '../../support/lists';

let db: ClaimLensDatabase;
let counter = 0;
afterEach(async () => db?.delete());
const fresh = () => (db = openDatabase(`versions-${counter++}`));

describe('a stored list version', () => {
  it('keeps on its row the claims its validation skipped, with their problem', async () => {
    fresh();
    const { summary: _summary, ...noSummary } = moonClaim('no-summary');
    const parsed = parseClaimList(publishedList({ claims: [moonClaim(), noSummary] }), { strict: false });
    const row = await replaceList(db, parsed, 'subscription');
    expect(row.claimCount).toBe(1);
    expect(row.skipped).toEqual([{ claimId: 'no-summary', problem: expect.stringMatching(/summary/) }]);
    expect((await db.lists.get('fact-desk'))!.skipped).toEqual(row.skipped);
  });
});

describe('seeding the bundled list', () => {
  it('seeds again when the row counts other claims than the list has', async () => {
    fresh();
    await ensureBundledList(db, parseClaimList(bundledList));
    await db.lists.update('claimlens-bundled', { claimCount: 9 });
    expect(await ensureBundledList(db, parseClaimList(bundledList))).toBe(true);
    expect((await db.lists.get('claimlens-bundled'))!.claimCount).toBe(10);
  });
});

describe('recompiling after an update', () => {
  it('recompiles nothing, and keeps the stored matcher, when every claim is hand-written', async () => {
    fresh();
    await ensureBundledList(db, parseClaimList(bundledList));
    const before = await db.claims.toArray();
    await db.compiledMatchers.put({
      id: 'active',
      key: 'k',
      form: {} as never,
      claimList: new Int32Array(),
      listIds: [],
    });
    expect(await recompileStoredClaims(db, '2.0.0')).toBe(false);
    expect(await db.compiledMatchers.get('active')).toBeDefined();
    expect(await db.claims.toArray()).toEqual(before);
  });

  it('keeps a claim the new compiler cannot read, without match data, and drops the stored matcher', async () => {
    fresh();
    const { match: _match, ...words } = moonClaim('moon-words');
    await replaceList(db, parseClaimList(publishedList({ claims: [words] })), 'subscription');
    await db.claims
      .where('id')
      .equals('moon-words')
      .modify((claim) => {
        claim.text = 'It is what it is.';
      });
    await db.compiledMatchers.put({
      id: 'active',
      key: 'k',
      form: {} as never,
      claimList: new Int32Array(),
      listIds: [],
    });
    expect(await recompileStoredClaims(db, '2.0.0')).toBe(true);
    const kept = (await db.claims.where('id').equals('moon-words').first())!;
    expect(kept).toMatchObject({ id: 'moon-words', listId: 'fact-desk', text: 'It is what it is.' });
    expect(kept.compiledMatch).toBeUndefined();
    expect(await db.compiledMatchers.get('active')).toBeUndefined();
  });
});
