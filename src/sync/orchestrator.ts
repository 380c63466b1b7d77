// Runs the syncs: which list, when, and what to record. Everything it needs is injected (the
// database, fetch, the clock, randomness, the wake-up scheduler), so tests drive it with
// fake-indexeddb and a real local server, and the background only wires it to chrome.alarms.
import type { ClaimLensDatabase, StoredList } from '../db/database';
import { describeError, SyncError } from './errors';
import { fetchList, type FetchProgress } from './fetch-list';
import { dueLists, MINUTE, nextCheckAfterFailure, nextCheckAfterSuccess, nextWake } from './schedule';
import { getSettings } from './settings';
import { activateVersion, updateList } from './subscriptions';

export type SyncProgress = FetchProgress | { phase: 'saving'; receivedBytes: number; totalBytes?: number };

export type SyncOutcome =
  | { kind: 'updated'; version: number; claimCount: number; skipped: number }
  | { kind: 'unchanged' }
  | { kind: 'failed'; error: string }
  | { kind: 'skipped'; reason: string };

export interface ListSyncDeps {
  db: ClaimLensDatabase;
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  /** A list version changed what readers should see. */
  onListsChanged: () => void | Promise<void>;
  /** Something the options page shows changed (progress, status). */
  onStateChanged?: () => void;
  /** Wake the worker at this time (chrome.alarms); undefined: nothing to check. */
  scheduleWake?: (when: number | undefined) => void | Promise<void>;
}

export function createListSync(deps: ListSyncDeps) {
  const { db, now } = deps;
  const inFlight = new Map<string, Promise<SyncOutcome>>();
  const progress = new Map<string, SyncProgress>();
  let lastNotice = 0;

  const notify = (force = true) => {
    if (!force && now() - lastNotice < 100) return;
    lastNotice = now();
    deps.onStateChanged?.();
  };

  async function run(row: StoredList): Promise<SyncOutcome> {
    const settings = await getSettings(db);
    const interval = settings.intervalMinutes * MINUTE;
    const started = now();
    // Marks the row so a worker killed mid-download resumes this list on its next start.
    await updateList(db, row.id, { syncStartedAt: started });
    progress.set(row.id, { phase: 'connecting', receivedBytes: 0 });
    notify();
    try {
      const result = await fetchList({
        url: row.url!,
        fetch: deps.fetch,
        now,
        held: { listId: row.documentId, version: row.version },
        etag: row.etag,
        lastModified: row.lastModified,
        publicKey: row.publicKey,
        maxBytes: settings.maxBytes,
        timeoutMs: settings.timeoutSeconds * 1000,
        onProgress: (p) => {
          progress.set(row.id, p);
          notify(false);
        },
      });
      const finished = now();
      if (result.kind === 'updated') {
        progress.set(row.id, { phase: 'saving', receivedBytes: result.bytes });
        notify();
        const stored = await activateVersion(db, row.id, {
          parsed: result.parsed,
          etag: result.etag,
          lastModified: result.lastModified,
          signed: result.signed,
          contentHash: result.contentHash,
          now: finished,
          nextCheck: nextCheckAfterSuccess(finished, interval, deps.random),
        });
        if (stored) {
          await deps.onListsChanged();
          return {
            kind: 'updated',
            version: stored.version,
            claimCount: stored.claimCount,
            skipped: stored.skipped.length,
          };
        }
        await updateList(db, row.id, { syncStartedAt: undefined });
        return { kind: 'unchanged' };
      }
      const sameVersion = result.kind === 'same-version' ? result : undefined;
      await updateList(db, row.id, {
        lastChecked: finished,
        lastError: undefined,
        failures: 0,
        nextCheck: nextCheckAfterSuccess(finished, interval, deps.random),
        syncStartedAt: undefined,
        // The held copy stays in use either way; a publisher who changed it without a new version is told so.
        ...(sameVersion && {
          contentHash: row.contentHash ?? sameVersion.contentHash,
          notice:
            row.contentHash && row.contentHash !== sameVersion.contentHash
              ? `The server now sends different content under version ${row.version} without raising its version number: ClaimLens keeps the copy it has until a newer version is published`
              : undefined,
        }),
        // The same version again: remember its validators so the next check can be a 304.
        ...(result.kind === 'same-version' && result.etag && { etag: result.etag }),
        ...(result.kind === 'same-version' && result.lastModified && { lastModified: result.lastModified }),
      });
      return { kind: 'unchanged' };
    } catch (error) {
      const finished = now();
      const failures = (row.failures ?? 0) + 1;
      const retryAfterMs = error instanceof SyncError ? error.retryAfterMs : undefined;
      const message = describeError(error);
      // The list's claims are not touched: the last good version stays active. Recording the failure
      // can fail too (storage full): the outcome still says why.
      await updateList(db, row.id, {
        lastChecked: finished,
        lastError: message,
        failures,
        nextCheck: nextCheckAfterFailure(finished, failures, interval, deps.random, retryAfterMs),
        syncStartedAt: undefined,
      }).catch(() => undefined);
      return { kind: 'failed', error: message };
    }
  }

  /** Syncs one list now (a paused one only when `force`); one sync per list at a time. */
  function syncList(id: string, options: { force?: boolean } = {}): Promise<SyncOutcome> {
    const running = inFlight.get(id);
    if (running) return running;
    const task = (async (): Promise<SyncOutcome> => {
      const row = await db.lists.get(id);
      if (!row || row.kind !== 'subscription' || !row.url) return { kind: 'skipped', reason: 'not a subscription' };
      if (row.paused && !options.force) return { kind: 'skipped', reason: 'paused' };
      return run(row);
    })().finally(() => {
      inFlight.delete(id);
      progress.delete(id);
      notify();
    });
    inFlight.set(id, task);
    return task;
  }

  async function reschedule(): Promise<void> {
    const lists = await db.lists.toArray();
    await deps.scheduleWake?.(
      nextWake(
        lists.filter((list) => !inFlight.has(list.id)),
        now(),
      ),
    );
  }

  /** Checks every due list (and any a killed worker left mid-sync), side by side. */
  async function syncDue(): Promise<Record<string, SyncOutcome>> {
    const lists = await db.lists.toArray();
    const due = dueLists(lists, now()).filter((list) => !inFlight.has(list.id));
    const outcomes = await Promise.all(due.map(async (list) => [list.id, await syncList(list.id)] as const));
    await reschedule();
    return Object.fromEntries(outcomes);
  }

  /** Checks every subscription now, due or not (the options page's "Sync all"). */
  async function syncAll(): Promise<Record<string, SyncOutcome>> {
    const lists = (await db.lists.toArray()).filter((list) => list.kind === 'subscription' && !list.paused);
    const outcomes = await Promise.all(lists.map(async (list) => [list.id, await syncList(list.id)] as const));
    await reschedule();
    return Object.fromEntries(outcomes);
  }

  return {
    syncList: async (id: string, options?: { force?: boolean }) => {
      const outcome = await syncList(id, options);
      await reschedule();
      return outcome;
    },
    syncDue,
    syncAll,
    reschedule,
    /** What each running sync is doing, for the options page's progress. */
    progress: (): Record<string, SyncProgress> => Object.fromEntries(progress),
    isSyncing: (id: string) => inFlight.has(id),
  };
}

export type ListSync = ReturnType<typeof createListSync>;
