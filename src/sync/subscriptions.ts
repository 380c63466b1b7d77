// Subscribed lists: adding, pausing, removing a subscription, and writing a downloaded version.
// A new list version is written and activated in one Dexie transaction, after the download
// finished (never a fetch awaited inside a transaction), so readers see the last good version or
// the new one, never a mix and never nothing.
import type { ParsedList } from '../claims/parse';
import type { ClaimLensDatabase, StoredList } from '../db/database';
import { putListVersion, storedVersion } from '../db/lists';
import { plainProblem } from './errors';

export const subscriptionId = (url: string) => `sub:${url}`;

export async function addSubscription(
  db: ClaimLensDatabase,
  url: string,
  publicKey: string | undefined,
  now = Date.now(),
): Promise<StoredList> {
  const id = subscriptionId(url);
  return db.transaction('rw', db.lists, async () => {
    if (await db.lists.get(id)) throw new Error('You are already subscribed to this list');
    const row: StoredList = {
      id,
      kind: 'subscription',
      title: new URL(url).host,
      publisher: '',
      version: 0,
      published: '',
      claimCount: 0,
      skipped: [],
      url,
      ...(publicKey && { publicKey }),
      paused: false,
      failures: 0,
      subscribedAt: now,
    };
    await db.lists.add(row);
    return row;
  });
}

export async function removeList(db: ClaimLensDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.lists, db.claims, db.lexicons], async () => {
    const row = await db.lists.get(id);
    if (!row) return;
    if (row.kind === 'bundled') throw new Error('The bundled list cannot be removed (pause it instead)');
    await db.claims.where('listId').equals(id).delete();
    await db.lexicons.delete(id);
    await db.lists.delete(id);
  });
}

export async function updateList(db: ClaimLensDatabase, id: string, patch: Partial<StoredList>): Promise<void> {
  await db.lists.update(id, patch);
}

export interface Activation {
  parsed: ParsedList;
  etag?: string;
  lastModified?: string;
  signed: boolean;
  /** SHA-256 of the version's bytes (see StoredList.contentHash). */
  contentHash?: string;
  now: number;
  nextCheck: number;
}

/**
 * Writes a downloaded version and makes it the active one, in one transaction. Returns null
 * when it must not be applied after all: the subscription was removed meanwhile, or a newer
 * version was stored by a concurrent sync.
 */
export async function activateVersion(
  db: ClaimLensDatabase,
  id: string,
  activation: Activation,
): Promise<StoredList | null> {
  const { claims, lexicon, fields } = storedVersion(activation.parsed, id);
  return db.transaction('rw', [db.lists, db.claims, db.lexicons], async () => {
    const row = await db.lists.get(id);
    if (!row || row.version >= fields.version) return null;
    const next: StoredList = {
      ...row,
      ...fields,
      skipped: fields.skipped.map(({ claimId, problem }) => ({ claimId, problem: plainProblem(problem) })),
      documentId: activation.parsed.list.id,
      etag: activation.etag,
      lastModified: activation.lastModified,
      signed: activation.signed,
      contentHash: activation.contentHash,
      notice: undefined,
      lastChecked: activation.now,
      lastUpdated: activation.now,
      nextCheck: activation.nextCheck,
      failures: 0,
      lastError: undefined,
      syncStartedAt: undefined,
    };
    await putListVersion(db, next, claims, lexicon);
    return next;
  });
}
