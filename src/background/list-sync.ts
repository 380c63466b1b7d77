// The background side of list sync, behind one call: startListSync({ db, onListsChanged }).
// It resumes any sync a killed worker left behind, checks due lists on chrome.alarms, answers
// the options page, and calls onListsChanged (the background tells open tabs) when a list changed.
import { browser } from 'wxt/browser';
import { exportClaimReviews } from '../claims/claim-review';
import type { ClaimIdConflict } from '../claims/merge';
import { isExpired } from '../db/active-claims';
import type { ClaimLensDatabase, StoredList } from '../db/database';
import { isExtensionPage, listenForMessages } from '../messaging/channel';
import { ToSyncSchema, type ListView, type SyncResponseOf, type ToSync } from '../messaging/sync-protocol';
import { checkListUrl } from '../sync/fetch-list';
import { createListSync, type ListSync } from '../sync/orchestrator';
import { MINUTE } from '../sync/schedule';
import { normalizePublicKey } from '../sync/signature';
import { getSettings, saveSettings } from '../sync/settings';
import { addSubscription, removeList, updateList } from '../sync/subscriptions';
import {
  deleteUserClaim,
  exportUserList,
  importUserClaimReviews,
  saveUserClaim,
  userClaims,
} from '../sync/user-claims';

export const SYNC_ALARM = 'claimlens-list-sync';
/** Chrome does not fire alarms sooner than 30 s after they are set. */
const MIN_ALARM_DELAY_MS = 30_000;

export interface StartListSyncOptions {
  db: ClaimLensDatabase;
  /** Called after a list version was activated or removed: the background drops its caches and tells open tabs. */
  onListsChanged: () => void | Promise<void>;
  /** Claims not used because another list holds their id, and those the user's own claims replace. */
  idConflicts?: () => Promise<{ conflicts: ClaimIdConflict[]; overriddenByUser: ClaimIdConflict[] }>;
}

/** The row's notices: its claims another list already holds, and content changed without a new version. */
function noticesOf(list: StoredList, conflicts: readonly ClaimIdConflict[]): string[] {
  const notices = list.notice ? [list.notice] : [];
  const mine = conflicts.filter((conflict) => conflict.listId === list.id);
  if (mine.length) {
    const shown = mine.slice(0, 3).map((c) => `"${c.claimId}" (kept from ${c.keptBy.title})`);
    notices.push(
      `${mine.length} claim${mine.length === 1 ? ' is' : 's are'} not used: another list already has ${mine.length === 1 ? 'its id' : 'their ids'}, ${shown.join(', ')}${mine.length > 3 ? ` and ${mine.length - 3} more` : ''}. A list cannot replace another list's claims.`,
    );
  }
  return notices;
}

function toView(list: StoredList, sync: ListSync, conflicts: readonly ClaimIdConflict[], now: number): ListView {
  return {
    id: list.id,
    kind: list.kind,
    title: list.title,
    publisher: list.publisher,
    url: list.url,
    homepage: list.homepage,
    version: list.version,
    claimCount: list.claimCount,
    skippedCount: list.skipped.length,
    skippedProblems: list.skipped.slice(0, 5).map((s) => s.problem),
    lastChecked: list.lastChecked,
    lastUpdated: list.lastUpdated,
    nextCheck: list.nextCheck,
    lastError: list.lastError,
    ...(isExpired(list, now) && { expiredOn: list.expires }),
    notices: noticesOf(list, conflicts),
    failures: list.failures ?? 0,
    paused: !!list.paused,
    publicKey: list.publicKey,
    signed: !!list.signed,
    syncing: sync.progress()[list.id],
  };
}

const KIND_ORDER = { bundled: 0, subscription: 1, user: 2 } as const;

export function startListSync({ db, onListsChanged, idConflicts }: StartListSyncOptions): ListSync {
  const listsChanged = async () => {
    await onListsChanged();
  };
  const sync = createListSync({
    db,
    fetch: (input, init) => fetch(input, init),
    now: Date.now,
    random: Math.random,
    onListsChanged: listsChanged,
    onStateChanged: () => void browser.runtime.sendMessage({ type: 'sync:state-changed' }).catch(() => undefined),
    scheduleWake: async (when) => {
      if (when === undefined) return void (await browser.alarms.clear(SYNC_ALARM));
      await browser.alarms.create(SYNC_ALARM, { when: Math.max(when, Date.now() + MIN_ALARM_DELAY_MS) });
    },
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void sync.syncDue();
  });

  const handlers: { [K in ToSync['type']]: (message: Extract<ToSync, { type: K }>) => Promise<SyncResponseOf[K]> } = {
    'sync:get-state': async () => {
      const [lists, settings, claims, ids] = await Promise.all([
        db.lists.toArray(),
        getSettings(db),
        userClaims(db),
        idConflicts?.().catch(() => undefined),
      ]);
      lists.sort(
        (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
      );
      const overrides = new Map<string, string[]>();
      for (const { claimId, listId } of ids?.overriddenByUser ?? []) {
        const title = lists.find((list) => list.id === listId)?.title ?? listId;
        overrides.set(claimId, [...(overrides.get(claimId) ?? []), title]);
      }
      const now = Date.now();
      return {
        lists: lists.map((list) => toView(list, sync, ids?.conflicts ?? [], now)),
        settings,
        userClaims: claims,
        userOverrides: [...overrides].map(([claimId, titles]) => ({ claimId, lists: titles })),
      };
    },
    'sync:subscribe': async ({ url, publicKey }) => {
      const checked = checkListUrl(url).href;
      const key = publicKey?.trim() ? normalizePublicKey(publicKey) : undefined;
      const row = await addSubscription(db, checked, key);
      return { listId: row.id, outcome: await sync.syncList(row.id) };
    },
    'sync:sync-now': async ({ listId }) =>
      listId ? { [listId]: await sync.syncList(listId, { force: true }) } : sync.syncAll(),
    'sync:set-paused': async ({ listId, paused }) => {
      await updateList(db, listId, { paused });
      await listsChanged();
      await sync.reschedule();
      return null;
    },
    'sync:remove': async ({ listId }) => {
      await removeList(db, listId);
      await listsChanged();
      await sync.reschedule();
      return null;
    },
    'sync:set-settings': async ({ intervalMinutes, timeoutSeconds }) => {
      const settings = await saveSettings(db, {
        ...(intervalMinutes && { intervalMinutes }),
        ...(timeoutSeconds && { timeoutSeconds }),
      });
      if (intervalMinutes) {
        // A shorter interval takes effect now, not after the old one ran out.
        const latest = Date.now() + intervalMinutes * MINUTE;
        await db.transaction('rw', db.lists, async () => {
          for (const list of await db.lists.where('kind').equals('subscription').toArray()) {
            if ((list.nextCheck ?? 0) > latest && !list.lastError)
              await db.lists.update(list.id, {
                nextCheck: (list.lastChecked ?? Date.now()) + intervalMinutes * MINUTE,
              });
          }
        });
        await sync.reschedule();
      }
      return settings;
    },
    'sync:save-user-claim': async ({ claim }) => {
      const saved = await saveUserClaim(db, claim, Date.now());
      await listsChanged();
      return saved;
    },
    'sync:delete-user-claim': async ({ claimId }) => {
      await deleteUserClaim(db, claimId, Date.now());
      await listsChanged();
      return null;
    },
    'sync:export-user-list': async ({ as }) => {
      const list = await exportUserList(db, Date.now());
      if (as === 'claimlens') return { fileName: 'my-claims.json', json: `${JSON.stringify(list, null, 2)}\n` };
      const reviews = exportClaimReviews(list.claims as never, {
        publisher: String(list.publisher),
        published: String(list.published),
      });
      return { fileName: 'my-claims.claimreview.json', json: `${JSON.stringify(reviews, null, 2)}\n` };
    },
    'sync:import-claimreview': async ({ json }) => {
      const result = await importUserClaimReviews(db, json, Date.now());
      if (result.imported) await listsChanged();
      return result;
    },
  };

  listenForMessages<ToSync, SyncResponseOf>(ToSyncSchema, handlers, (_message, sender) => isExtensionPage(sender));

  // Every start of the worker: finish what a killed worker left, check what is due, set the alarm.
  void sync.syncDue().catch(() => undefined);
  return sync;
}
