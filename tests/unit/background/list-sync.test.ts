// The background's side of list sync as the options page meets it: each message it sends gets the
// answer the page shows (rows in order, with their notices, expiry and counts; the user's claims and
// what they replace), only extension pages are answered, the alarm wakes due syncs, and every change
// to the lists reaches `onListsChanged` (which tells open tabs). Real sender rules, a real database
// (fake-indexeddb) and a real list server on 127.0.0.1.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startListSync, SYNC_ALARM } from '../../../src/background/list-sync';
import type { ClaimIdConflict } from '../../../src/claims/merge';
import { openDatabase, type ClaimLensDatabase, type StoredList } from '../../../src/db/database';
import type { ListView, SyncState } from '../../../src/messaging/sync-protocol';
import { USER_LIST_ID } from '../../../src/sync/user-claims';
import { MOON_REVIEW } from '../../support/claim-reviews';
import { json, startListServer, type ListServer } from '../../support/list-server';
import { moonClaim, publishedList } from '../../support/lists';

let server: ListServer;
beforeAll(async () => (server = await startListServer()));
afterAll(async () => server.close());

const optionsPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });

/** Delivers a message as the browser would, from `sender`, and resolves with the answer. */
function ask<T = unknown>(message: unknown, sender: object = optionsPage()): Promise<T> {
  return new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve));
}

let db: ClaimLensDatabase;
let counter = 0;
let changes = 0;
let conflicts: { conflicts: ClaimIdConflict[]; overriddenByUser: ClaimIdConflict[] } | Error;
let broadcasts: unknown[];
/** Calls to alarms.clear: the start-up check ends by clearing the alarm when nothing is left to check. */
let alarmClears: ReturnType<typeof vi.spyOn>;

function row(overrides: Partial<StoredList> & Pick<StoredList, 'id' | 'kind' | 'title'>): StoredList {
  return { publisher: 'P', version: 1, published: '2026-01-01T00:00:00Z', claimCount: 0, skipped: [], ...overrides };
}

beforeEach(() => {
  fakeBrowser.reset();
  db = openDatabase(`background-sync-${counter++}`);
  changes = 0;
  conflicts = { conflicts: [], overriddenByUser: [] };
  broadcasts = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => void broadcasts.push(message));
  alarmClears = vi.spyOn(fakeBrowser.alarms, 'clear');
  startListSync({
    db,
    onListsChanged: () => void changes++,
    idConflicts: async () => {
      if (conflicts instanceof Error) throw conflicts;
      return conflicts;
    },
  });
});
afterEach(async () => {
  alarmClears.mockRestore();
  vi.useRealTimers();
  await db.delete();
});

const state = () => ask<SyncState>({ type: 'sync:get-state' });
const rowOf = (s: SyncState, id: string) => s.lists.find((list) => list.id === id) as ListView;

describe('who is answered', () => {
  it('answers the extension’s own pages and refuses a content script or another extension', async () => {
    expect(await state()).toMatchObject({ lists: [], userClaims: [], userOverrides: [] });
    const contentScript = { id: fakeBrowser.runtime.id, url: 'https://news.example/a', tab: { id: 1 } };
    expect(await ask({ type: 'sync:get-state' }, contentScript)).toEqual({
      error: 'refused message "sync:get-state" from this sender',
    });
    expect(await ask({ type: 'sync:get-state' }, { id: 'another-extension', url: optionsPage().url })).toEqual({
      error: 'refused message "sync:get-state" from this sender',
    });
  });
});

describe('sync:get-state', () => {
  it('lists the bundled list first, then subscriptions, then the user’s own, each group by title', async () => {
    await db.lists.bulkPut([
      row({ id: USER_LIST_ID, kind: 'user', title: 'My claims' }),
      row({ id: 'sub:b', kind: 'subscription', title: 'Beta' }),
      row({ id: 'sub:a2', kind: 'subscription', title: 'Alpha' }),
      row({ id: 'sub:a1', kind: 'subscription', title: 'Alpha' }),
      row({ id: 'bundled', kind: 'bundled', title: 'Zulu' }),
    ]);
    expect((await state()).lists.map((list) => list.id)).toEqual([
      'bundled',
      'sub:a1',
      'sub:a2',
      'sub:b',
      USER_LIST_ID,
    ]);
  });

  it('gives each row what the options page shows: counts, the first five problems, expiry, failures, flags', async () => {
    const skipped = Array.from({ length: 7 }, (_, i) => ({ claimId: `c${i}`, problem: `problem ${i}` }));
    await db.lists.bulkPut([
      row({
        id: 'sub:x',
        kind: 'subscription',
        title: 'X',
        publisher: 'X desk',
        url: 'https://x.example/list.json',
        homepage: 'https://x.example/',
        version: 4,
        claimCount: 12,
        skipped,
        expires: '2020-01-01T00:00:00Z',
        lastChecked: 10,
        lastUpdated: 9,
        nextCheck: 11,
        lastError: 'The server answered 500',
        failures: 2,
        paused: true,
        publicKey: 'ed25519:key',
        signed: true,
      }),
      row({ id: 'sub:y', kind: 'subscription', title: 'Y', expires: '2999-01-01T00:00:00Z' }),
    ]);
    const s = await state();
    expect(rowOf(s, 'sub:x')).toEqual({
      id: 'sub:x',
      kind: 'subscription',
      title: 'X',
      publisher: 'X desk',
      url: 'https://x.example/list.json',
      homepage: 'https://x.example/',
      version: 4,
      claimCount: 12,
      skippedCount: 7,
      skippedProblems: ['problem 0', 'problem 1', 'problem 2', 'problem 3', 'problem 4'],
      lastChecked: 10,
      lastUpdated: 9,
      nextCheck: 11,
      lastError: 'The server answered 500',
      expiredOn: '2020-01-01T00:00:00Z',
      notices: [],
      failures: 2,
      paused: true,
      publicKey: 'ed25519:key',
      signed: true,
      syncing: undefined,
    });
    const y = rowOf(s, 'sub:y');
    expect(y).not.toHaveProperty('expiredOn');
    expect(y).toMatchObject({ failures: 0, paused: false, signed: false, skippedCount: 0, skippedProblems: [] });
  });

  it('says which claims a list may not use because another list holds their ids, and keeps the row’s own notice', async () => {
    await db.lists.bulkPut([
      row({ id: 'sub:one', kind: 'subscription', title: 'One', notice: 'Re-published with other content' }),
      row({ id: 'sub:many', kind: 'subscription', title: 'Many' }),
      row({ id: 'sub:none', kind: 'subscription', title: 'None' }),
    ]);
    const kept = { listId: 'bundled', title: 'ClaimLens', kind: 'bundled' as const };
    conflicts = {
      conflicts: [
        { listId: 'sub:one', claimId: 'moon', keptBy: kept },
        ...['a', 'b', 'c', 'd', 'e'].map((claimId) => ({ listId: 'sub:many', claimId, keptBy: kept })),
      ],
      overriddenByUser: [],
    };
    const s = await state();
    expect(rowOf(s, 'sub:one').notices).toEqual([
      'Re-published with other content',
      '1 claim is not used: another list already has its id, "moon" (kept from ClaimLens). A list cannot replace another list\'s claims.',
    ]);
    expect(rowOf(s, 'sub:many').notices).toEqual([
      '5 claims are not used: another list already has their ids, "a" (kept from ClaimLens), "b" (kept from ClaimLens), "c" (kept from ClaimLens) and 2 more. A list cannot replace another list\'s claims.',
    ]);
    expect(rowOf(s, 'sub:none').notices).toEqual([]);
  });

  it('names all three claims, with no "and 0 more", when exactly three are not used', async () => {
    await db.lists.put(row({ id: 'sub:three', kind: 'subscription', title: 'Three' }));
    const kept = { listId: 'bundled', title: 'ClaimLens', kind: 'bundled' as const };
    conflicts = {
      conflicts: ['a', 'b', 'c'].map((claimId) => ({ listId: 'sub:three', claimId, keptBy: kept })),
      overriddenByUser: [],
    };
    expect(rowOf(await state(), 'sub:three').notices).toEqual([
      '3 claims are not used: another list already has their ids, "a" (kept from ClaimLens), "b" (kept from ClaimLens), "c" (kept from ClaimLens). A list cannot replace another list\'s claims.',
    ]);
  });

  it('names, for each of the user’s claims, the lists whose claim it replaces (by title, or id when the list is gone)', async () => {
    await db.lists.bulkPut([
      row({ id: 'bundled', kind: 'bundled', title: 'ClaimLens' }),
      row({ id: 'sub:a', kind: 'subscription', title: 'Alpha' }),
    ]);
    const mine = { listId: USER_LIST_ID, title: 'My claims', kind: 'user' as const };
    conflicts = {
      conflicts: [],
      overriddenByUser: [
        { listId: 'bundled', claimId: 'moon', keptBy: mine },
        { listId: 'sub:a', claimId: 'moon', keptBy: mine },
        { listId: 'sub:gone', claimId: 'tides', keptBy: mine },
      ],
    };
    expect((await state()).userOverrides).toEqual([
      { claimId: 'moon', lists: ['ClaimLens', 'Alpha'] },
      { claimId: 'tides', lists: ['sub:gone'] },
    ]);
  });

  it('still answers when the id conflicts cannot be worked out', async () => {
    await db.lists.put(row({ id: 'sub:a', kind: 'subscription', title: 'Alpha' }));
    conflicts = new Error('database closed');
    const s = await state();
    expect(s.userOverrides).toEqual([]);
    expect(rowOf(s, 'sub:a').notices).toEqual([]);
  });
});

describe('subscribing, pausing, removing', () => {
  it('subscribes to a list, fetches it at once, and tells open tabs the lists changed', async () => {
    server.route('/bg-moon.json', json(publishedList({ version: 1, claims: [moonClaim()] })));
    const url = server.url('/bg-moon.json');
    const answer = await ask<{ listId: string; outcome: { kind: string } }>({
      type: 'sync:subscribe',
      url: `  ${url}  `,
      publicKey: '   ',
    });
    expect(answer.listId).toBe(`sub:${url}`);
    expect(answer.outcome.kind).toBe('updated');
    expect(changes).toBeGreaterThan(0);
    const stored = await db.lists.get(answer.listId);
    expect(stored).toMatchObject({ url, claimCount: 1, version: 1 });
    expect(stored?.publicKey).toBeUndefined();
    expect(broadcasts).toContainEqual({ type: 'sync:state-changed' });
  });

  it('subscribes without a key, or pins the key given, in its normal form', async () => {
    server.route('/bg-plain.json', json(publishedList({ version: 1, claims: [moonClaim()] })));
    const plain = await ask<{ listId: string }>({ type: 'sync:subscribe', url: server.url('/bg-plain.json') });
    expect((await db.lists.get(plain.listId))?.publicKey).toBeUndefined();
    expect(await ask({ type: 'sync:subscribe', url: server.url('/bg-keyed.json'), publicKey: 'not a key' })).toEqual({
      error: expect.any(String),
    });
    expect(await db.lists.get(`sub:${server.url('/bg-keyed.json')}`)).toBeUndefined();
  });

  it('refuses an address that is not https, in words', async () => {
    expect(await ask({ type: 'sync:subscribe', url: 'http://lists.example/claims.json' })).toEqual({
      error: 'Lists must be fetched over https (plain http is allowed only for localhost, while developing a list)',
    });
    expect(await db.lists.count()).toBe(0);
  });

  it('pauses and removes a list, telling open tabs each time', async () => {
    await db.lists.put(row({ id: 'sub:a', kind: 'subscription', title: 'Alpha', url: 'https://a.example/l.json' }));
    expect(await ask({ type: 'sync:set-paused', listId: 'sub:a', paused: true })).toBeNull();
    expect((await db.lists.get('sub:a'))?.paused).toBe(true);
    expect(changes).toBe(1);
    expect(await ask({ type: 'sync:remove', listId: 'sub:a' })).toBeNull();
    expect(await db.lists.get('sub:a')).toBeUndefined();
    expect(changes).toBe(2);
  });

  it('syncs one list now, by id, even before it is due', async () => {
    let hits = 0;
    server.route('/bg-now.json', (request, response) => {
      hits++;
      json(publishedList({ version: 1, claims: [moonClaim()] }))(request, response);
    });
    const url = server.url('/bg-now.json');
    await db.lists.put(
      row({ id: `sub:${url}`, kind: 'subscription', title: 'Now', url, version: 0, nextCheck: Date.now() + 3_600_000 }),
    );
    const answer = await ask<Record<string, { kind: string }>>({ type: 'sync:sync-now', listId: `sub:${url}` });
    expect(Object.keys(answer)).toEqual([`sub:${url}`]);
    expect(answer[`sub:${url}`]!.kind).toBe('updated');
    expect(hits).toBe(1);
  });
});

describe('sync:sync-now', () => {
  it('syncs a paused list when the reader asks for it by id', async () => {
    server.route('/bg-paused.json', json(publishedList({ version: 1, claims: [moonClaim()] })));
    const url = server.url('/bg-paused.json');
    await db.lists.put(row({ id: `sub:${url}`, kind: 'subscription', title: 'Paused', url, version: 0, paused: true }));
    const answer = await ask<Record<string, { kind: string }>>({ type: 'sync:sync-now', listId: `sub:${url}` });
    expect(answer[`sub:${url}`]!.kind).toBe('updated');
    expect((await db.lists.get(`sub:${url}`))?.version).toBe(1);
  });
});

describe('sync:set-settings', () => {
  it('brings a later check forward to the new, shorter interval, but not for a list that failed', async () => {
    const now = Date.now();
    const hour = 3_600_000;
    await db.lists.bulkPut([
      row({
        id: 'sub:ok',
        kind: 'subscription',
        title: 'Ok',
        url: 'https://ok.example/l.json',
        lastChecked: now - hour,
        nextCheck: now + 24 * hour,
      }),
      row({
        id: 'sub:failed',
        kind: 'subscription',
        title: 'Failed',
        url: 'https://failed.example/l.json',
        lastChecked: now - hour,
        nextCheck: now + 24 * hour,
        lastError: 'down',
      }),
      row({
        id: 'sub:soon',
        kind: 'subscription',
        title: 'Soon',
        url: 'https://soon.example/l.json',
        lastChecked: now,
        nextCheck: now + 60_000,
      }),
    ]);
    const settings = await ask<{ intervalMinutes: number; timeoutSeconds: number }>({
      type: 'sync:set-settings',
      intervalMinutes: 120,
    });
    expect(settings.intervalMinutes).toBe(120);
    expect((await db.lists.get('sub:ok'))?.nextCheck).toBe(now - hour + 2 * hour);
    expect((await db.lists.get('sub:failed'))?.nextCheck).toBe(now + 24 * hour);
    expect((await db.lists.get('sub:soon'))?.nextCheck).toBe(now + 60_000);
    // The wake-up alarm is set for the earliest check.
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.scheduledTime).toBe(now + 60_000);
  });

  it('leaves a check due exactly at the new interval where it is', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const now = Date.now();
    await db.lists.put(
      row({
        id: 'sub:edge',
        kind: 'subscription',
        title: 'Edge',
        url: 'https://edge.example/l.json',
        lastChecked: now - 3_600_000,
        nextCheck: now + 120 * 60_000,
      }),
    );
    await ask({ type: 'sync:set-settings', intervalMinutes: 120 });
    expect((await db.lists.get('sub:edge'))?.nextCheck).toBe(now + 120 * 60_000);
  });

  it('changes the timeout alone without touching when lists are checked', async () => {
    const now = Date.now();
    await db.lists.put(row({ id: 'sub:ok', kind: 'subscription', title: 'Ok', nextCheck: now + 1e9 }));
    const settings = await ask<{ intervalMinutes: number; timeoutSeconds: number }>({
      type: 'sync:set-settings',
      timeoutSeconds: 45,
    });
    expect(settings.timeoutSeconds).toBe(45);
    expect((await db.lists.get('sub:ok'))?.nextCheck).toBe(now + 1e9);
    const again = await ask<{ intervalMinutes: number; timeoutSeconds: number }>({ type: 'sync:set-settings' });
    expect(again).toEqual(settings);
  });
});

describe('the user’s own claims', () => {
  const claim = {
    text: 'The moon is made of green cheese.',
    verdict: 'False',
    context: [{ text: 'Apollo brought back rock.', sources: [{ publisher: 'NASA', url: 'https://nasa.gov/' }] }],
  };

  it('saves and deletes a claim, telling open tabs each time', async () => {
    const saved = await ask<{ id: string; text: string }>({ type: 'sync:save-user-claim', claim });
    expect(saved.text).toBe(claim.text);
    expect(changes).toBe(1);
    expect((await state()).userClaims.map((c) => c.id)).toEqual([saved.id]);
    expect(await ask({ type: 'sync:delete-user-claim', claimId: saved.id })).toBeNull();
    expect(changes).toBe(2);
    expect((await state()).userClaims).toEqual([]);
  });

  it('exports them as a ClaimLens list or as ClaimReview, each as a file with its name', async () => {
    await ask({ type: 'sync:save-user-claim', claim });
    const list = await ask<{ fileName: string; json: string }>({ type: 'sync:export-user-list', as: 'claimlens' });
    expect(list.fileName).toBe('my-claims.json');
    expect(list.json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(list.json)).toMatchObject({ format: 'claimlens-list/1', claims: [{ text: claim.text }] });
    expect(list.json).toContain('\n  "format"');
    const reviews = await ask<{ fileName: string; json: string }>({ type: 'sync:export-user-list', as: 'claimreview' });
    expect(reviews.fileName).toBe('my-claims.claimreview.json');
    expect(reviews.json.endsWith('\n')).toBe(true);
    const parsed = JSON.parse(reviews.json) as unknown;
    const first = (Array.isArray(parsed) ? parsed[0] : parsed) as Record<string, unknown>;
    expect(JSON.stringify(first)).toContain(claim.text);
    expect(JSON.stringify(first)).toContain('ClaimLens user');
  });

  it('imports ClaimReview, telling open tabs only when a claim came in', async () => {
    const none = await ask<{ imported: number }>({ type: 'sync:import-claimreview', json: '[]' });
    expect(none.imported).toBe(0);
    expect(changes).toBe(0);
    const one = await ask<{ imported: number }>({ type: 'sync:import-claimreview', json: JSON.stringify(MOON_REVIEW) });
    expect(one.imported).toBe(1);
    expect(changes).toBe(1);
    expect(await ask({ type: 'sync:import-claimreview', json: '{' })).toEqual({ error: 'The file is not JSON' });
  });

  it('checks a draft’s example sentences against the claim as it will be compiled', async () => {
    const check = await ask<{ results: { sentence: string; passed: boolean }[] }>({
      type: 'sync:check-examples',
      text: 'The measles vaccine causes autism in children.',
      examples: { match: ['A viral post says the measles vaccine causes autism in children.'], nomatch: [] },
    });
    expect(check.results).toEqual([
      expect.objectContaining({
        sentence: 'A viral post says the measles vaccine causes autism in children.',
        passed: true,
      }),
    ]);
  });
});

describe('the sync alarm', () => {
  it('is set no sooner than 30 s ahead (Chrome’s minimum), and cleared when no list is left to check', async () => {
    await db.lists.put(
      row({
        id: 'sub:a',
        kind: 'subscription',
        title: 'A',
        url: 'https://a.example/l.json',
        nextCheck: Date.now() + 1000,
      }),
    );
    const before = Date.now();
    await ask({ type: 'sync:set-paused', listId: 'sub:a', paused: false });
    const alarm = await fakeBrowser.alarms.get('claimlens-list-sync');
    expect(SYNC_ALARM).toBe('claimlens-list-sync');
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(before + 30_000);
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(Date.now() + 30_000);
    await ask({ type: 'sync:remove', listId: 'sub:a' });
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeUndefined();
  });

  it('checks due lists when its own alarm fires', async () => {
    let hits = 0;
    server.route('/bg-due.json', (request, response) => {
      hits++;
      json(publishedList({ version: 1, claims: [moonClaim()] }))(request, response);
    });
    const url = server.url('/bg-due.json');
    // The start-up check found nothing due and cleared the alarm: from now on only the alarm syncs.
    await expect.poll(() => alarmClears.mock.calls.length).toBeGreaterThan(0);
    await db.lists.put(row({ id: `sub:${url}`, kind: 'subscription', title: 'Due', url, version: 0, nextCheck: 0 }));
    // The name Chrome keeps across updates of the extension: renaming it would orphan a set alarm.
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'claimlens-list-sync',
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    await expect.poll(async () => (await db.lists.get(`sub:${url}`))?.version).toBe(1);
    expect(hits).toBe(1);
  });
});

describe('a background that does not work out id conflicts', () => {
  beforeEach(() => {
    // Replaces the listeners of the sync started above with one given no `idConflicts`.
    fakeBrowser.reset();
    startListSync({ db, onListsChanged: () => void changes++ });
  });

  it('answers the options page with no notices and no overrides', async () => {
    await db.lists.put(row({ id: 'sub:a', kind: 'subscription', title: 'Alpha' }));
    const s = await state();
    expect(rowOf(s, 'sub:a').notices).toEqual([]);
    expect(s.userOverrides).toEqual([]);
  });
});
