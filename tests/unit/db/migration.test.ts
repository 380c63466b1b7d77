// A database written by version 1 (before list sync) opens under the current version with nothing lost.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import bundledList from '../../../assets/claims/bundled-list.json';
import { parseClaimList, resolveClaim } from '../../../src/claims/parse';
import { openDatabase } from '../../../src/db/database';
import { createActiveClaims } from '../../../src/db/active-claims';
import { readAllClaims } from '../../../src/db/lists';
import { getSettings, saveSettings } from '../../../src/sync/settings';

describe('upgrading the database from version 1 to the current one', () => {
  it('keeps every list, subscription field and claim, and adds the settings table and URL index', async () => {
    const name = 'migration-v1';
    const { list } = parseClaimList(bundledList);
    // Exactly what version 1 declared, as an installed extension had it.
    const v1 = new Dexie(name);
    v1.version(1).stores({ lists: 'id, kind', claims: '[listId+id], listId, id' });
    await v1.open();
    await v1.table('lists').bulkPut([
      {
        id: list.id,
        kind: 'bundled',
        title: list.title,
        publisher: list.publisher,
        version: 1,
        published: list.published,
        claimCount: 10,
        skipped: [],
      },
      {
        id: 'sub:https://lists.example/desk.json',
        kind: 'subscription',
        title: 'Desk',
        publisher: 'Desk',
        version: 4,
        published: '2026-01-01T00:00:00Z',
        claimCount: 1,
        skipped: [{ claimId: 'bad', problem: 'claims[1] (bad).summary: missing' }],
        url: 'https://lists.example/desk.json',
        publicKey: 'ed25519:AAAA',
        paused: true,
        lastChecked: 1,
        lastUpdated: 2,
        nextCheck: 3,
        lastError: 'The server had an error (HTTP 500)',
        etag: '"abc"',
        lastModified: 'Mon, 01 Jun 2026 00:00:00 GMT',
        failures: 2,
      },
    ]);
    await v1
      .table('claims')
      .bulkPut([
        ...list.claims.map((claim) => ({ ...resolveClaim(claim, list), listId: list.id })),
        { ...resolveClaim(list.claims[0]!, list), listId: 'sub:https://lists.example/desk.json' },
      ]);
    const before = { lists: await v1.table('lists').toArray(), claims: await v1.table('claims').toArray() };
    v1.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    // v4: the stored compiled matcher's table starts empty (the first wake compiles and fills it).
    expect(await db.compiledMatchers.count()).toBe(0);
    const after = await readAllClaims(db);
    expect(after.lists).toEqual(before.lists);
    expect(after.claims).toHaveLength(11);
    expect(after.claims).toEqual(before.claims);
    // Version 1 stored claims with the lexicon folded in; they need no lexicon row to match.
    expect(after.lexicons).toEqual([]);
    const active = createActiveClaims(db);
    const { matches } = await active.matchBlocks(['Facebook sold private messages to Netflix.']);
    expect(matches[0]!.map((m) => m.claimId)).toContain('meta-sold-messages-to-netflix');
    expect(await db.lists.where('url').equals('https://lists.example/desk.json').count()).toBe(1);
    expect(await getSettings(db)).toMatchObject({ intervalMinutes: 360 });
    await saveSettings(db, { intervalMinutes: 60 });
    expect((await getSettings(db)).intervalMinutes).toBe(60);
    await db.delete();
  });
});
