// Subscribing, removing and updating lists as the options page does it, and writing a downloaded
// version: the row the reader sees, the claims and lexicon that go with it, and the versions that
// must not be written (the list was removed meanwhile, or a newer one is already held).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import bundledList from '../../../assets/claims/bundled-list.json';
import { parseClaimList } from '../../../src/claims/parse';
import { openDatabase, type ClaimLensDatabase } from '../../../src/db/database';
import { ensureBundledList } from '../../../src/db/lists';
import { getSettings, saveSettings, DEFAULT_SETTINGS } from '../../../src/sync/settings';
import {
  activateVersion,
  addSubscription,
  removeList,
  subscriptionId,
  updateList,
  type Activation,
} from '../../../src/sync/subscriptions';
import { moonClaim, publishedList } from '../../support/lists';

let db: ClaimLensDatabase;
let counter = 0;
afterEach(async () => db?.delete());
const fresh = () => (db = openDatabase(`subscriptions-${counter++}`));
const URL_A = 'https://lists.example:8443/fact-desk.json';
const NOW = Date.parse('2026-06-01T00:00:00Z');

const activation = (version: number, extra: Partial<Activation> = {}): Activation => ({
  parsed: parseClaimList(publishedList({ version, claims: [moonClaim()] }), { strict: false }),
  etag: '"v1"',
  lastModified: 'Mon, 01 Jun 2026 00:00:00 GMT',
  signed: true,
  contentHash: 'abc',
  now: NOW,
  nextCheck: NOW + 1000,
  ...extra,
});

describe('a subscription', () => {
  it('starts as a row named for its host, unpaused, with no version, holding the pinned key only if one was given', async () => {
    fresh();
    const row = await addSubscription(db, URL_A, 'ed25519:KEY', NOW);
    expect(row).toEqual({
      id: `sub:${URL_A}`,
      kind: 'subscription',
      title: 'lists.example:8443',
      publisher: '',
      version: 0,
      published: '',
      claimCount: 0,
      skipped: [],
      url: URL_A,
      publicKey: 'ed25519:KEY',
      paused: false,
      failures: 0,
      subscribedAt: NOW,
    });
    expect(await db.lists.get(row.id)).toEqual(row);
    const unsigned = await addSubscription(db, 'https://other.example/l.json', undefined, NOW);
    expect(unsigned).not.toHaveProperty('publicKey');
  });

  it('cannot be added twice', async () => {
    fresh();
    await addSubscription(db, URL_A, undefined, NOW);
    await expect(addSubscription(db, URL_A, undefined, NOW)).rejects.toThrow('You are already subscribed to this list');
  });

  it('is removed with its claims and lexicon; another list keeps its own', async () => {
    fresh();
    await ensureBundledList(db, parseClaimList(bundledList));
    const id = subscriptionId(URL_A);
    await addSubscription(db, URL_A, undefined, NOW);
    await activateVersion(db, id, activation(1));
    expect(await db.claims.where('listId').equals(id).count()).toBe(1);
    await removeList(db, id);
    expect(await db.lists.get(id)).toBeUndefined();
    expect(await db.claims.where('listId').equals(id).count()).toBe(0);
    expect(await db.lexicons.get(id)).toBeUndefined();
    expect(await db.claims.where('listId').equals('claimlens-bundled').count()).toBe(10);
    await expect(removeList(db, 'sub:https://gone.example/')).resolves.toBeUndefined();
  });

  it('cannot remove the bundled list, which keeps its claims', async () => {
    fresh();
    await ensureBundledList(db, parseClaimList(bundledList));
    await expect(removeList(db, 'claimlens-bundled')).rejects.toThrow(
      'The bundled list cannot be removed (pause it instead)',
    );
    expect(await db.claims.where('listId').equals('claimlens-bundled').count()).toBe(10);
  });

  it('is paused by an update of its row', async () => {
    fresh();
    const row = await addSubscription(db, URL_A, undefined, NOW);
    await updateList(db, row.id, { paused: true });
    expect(await db.lists.get(row.id)).toMatchObject({ paused: true, url: URL_A });
  });
});

describe('activating a downloaded version', () => {
  it('writes the claims and the row: validators, signature, hash, times; the failures and errors of before cleared', async () => {
    fresh();
    const id = subscriptionId(URL_A);
    await addSubscription(db, URL_A, undefined, NOW);
    await updateList(db, id, {
      failures: 3,
      lastError: 'The server answered 503',
      syncStartedAt: NOW - 5,
      notice: 'x',
    });
    const row = await activateVersion(db, id, activation(2));
    expect(row).toMatchObject({
      version: 2,
      title: 'Fact Desk list',
      publisher: 'Fact Desk',
      claimCount: 1,
      documentId: 'fact-desk',
      etag: '"v1"',
      lastModified: 'Mon, 01 Jun 2026 00:00:00 GMT',
      signed: true,
      contentHash: 'abc',
      lastChecked: NOW,
      lastUpdated: NOW,
      nextCheck: NOW + 1000,
      failures: 0,
      url: URL_A,
    });
    for (const gone of ['lastError', 'syncStartedAt', 'notice']) expect(row![gone as keyof typeof row]).toBeUndefined();
    expect(await db.lists.get(id)).toEqual(row);
    expect((await db.claims.where('listId').equals(id).toArray()).map((c) => c.id)).toEqual(['moon-green-cheese']);
  });

  it('words the problems of skipped claims for a person', async () => {
    fresh();
    const id = subscriptionId(URL_A);
    await addSubscription(db, URL_A, undefined, NOW);
    const { summary: _summary, ...noSummary } = moonClaim('no-summary');
    const parsed = parseClaimList(publishedList({ version: 1, claims: [moonClaim(), noSummary] }), { strict: false });
    const row = await activateVersion(db, id, activation(1, { parsed }));
    expect(row!.skipped).toHaveLength(1);
    expect(row!.skipped[0]!.claimId).toBe('no-summary');
    expect(row!.skipped[0]!.problem).toMatch(/summary: missing/);
    expect(row!.skipped[0]!.problem).not.toMatch(/Invalid key/);
  });

  it('writes nothing when the subscription was removed meanwhile, or the same or a newer version is held', async () => {
    fresh();
    const id = subscriptionId(URL_A);
    expect(await activateVersion(db, id, activation(1))).toBeNull();
    expect(await db.claims.count()).toBe(0);
    await addSubscription(db, URL_A, undefined, NOW);
    await activateVersion(db, id, activation(2));
    expect(await activateVersion(db, id, activation(2, { etag: '"other"' }))).toBeNull();
    expect(await activateVersion(db, id, activation(1))).toBeNull();
    expect(await db.lists.get(id)).toMatchObject({ version: 2, etag: '"v1"' });
  });
});

describe('sync settings', () => {
  it('are the defaults until changed, then keep each change with the rest', async () => {
    fresh();
    expect(await getSettings(db)).toEqual({ intervalMinutes: 360, timeoutSeconds: 30, maxBytes: 10 * 1024 * 1024 });
    expect(await saveSettings(db, { intervalMinutes: 60 })).toEqual({ ...DEFAULT_SETTINGS, intervalMinutes: 60 });
    await saveSettings(db, { maxBytes: 1000 });
    expect(await getSettings(db)).toEqual({ intervalMinutes: 60, timeoutSeconds: 30, maxBytes: 1000 });
  });
});
