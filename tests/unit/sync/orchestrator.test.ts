import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import bundledList from '../../../assets/claims/bundled-list.json';
import { createActiveClaims } from '../../../src/db/active-claims';
import { parseClaimList } from '../../../src/claims/parse';
import { openDatabase, type ClaimLensDatabase } from '../../../src/db/database';
import { ensureBundledList, readAllClaims } from '../../../src/db/lists';
import { createListSync } from '../../../src/sync/orchestrator';
import { HOUR } from '../../../src/sync/schedule';
import { saveSettings } from '../../../src/sync/settings';
import { addSubscription, subscriptionId } from '../../../src/sync/subscriptions';
import { saveUserClaim, USER_LIST_ID } from '../../../src/sync/user-claims';
import { hang, json, startListServer, text, type ListServer } from '../../support/list-server';
import { moonClaim, publishedList } from '../../support/lists';

let server: ListServer;
beforeAll(async () => (server = await startListServer()));
afterAll(async () => server.close());

let db: ClaimLensDatabase;
let counter = 0;
let clock = Date.parse('2026-06-01T00:00:00Z');
afterEach(async () => db?.delete());

async function setup() {
  db = openDatabase(`sync-${counter++}`);
  await ensureBundledList(db, parseClaimList(bundledList));
  const changes: number[] = [];
  const wakes: (number | undefined)[] = [];
  const sync = createListSync({
    db,
    fetch,
    now: () => clock,
    random: () => 0.5,
    onListsChanged: () => void changes.push(clock),
    scheduleWake: (when) => void wakes.push(when),
  });
  return { sync, changes, wakes };
}

async function subscribe(path: string, publicKey?: string) {
  return (await addSubscription(db, server.url(path), publicKey)).id;
}

const claimIds = async (listId: string) =>
  (await db.claims.where('listId').equals(listId).toArray()).map((c) => c.id).sort();

describe('syncing a subscription', () => {
  it('activates a new version, records when, and tells the background to re-match', async () => {
    const { sync, changes, wakes } = await setup();
    server.route('/a.json', json(publishedList({ version: 1, claims: [moonClaim()] })));
    const id = await subscribe('/a.json');
    expect(await sync.syncList(id)).toEqual({ kind: 'updated', version: 1, claimCount: 1, skipped: 0 });
    const row = (await db.lists.get(id))!;
    expect(row).toMatchObject({
      title: 'Fact Desk list',
      publisher: 'Fact Desk',
      version: 1,
      claimCount: 1,
      lastChecked: clock,
      lastUpdated: clock,
      failures: 0,
      documentId: 'fact-desk',
    });
    expect(row.nextCheck).toBe(clock + 6 * HOUR);
    expect(row.syncStartedAt).toBeUndefined();
    expect(await claimIds(id)).toEqual(['moon-green-cheese']);
    expect(changes).toHaveLength(1);
    expect(wakes.at(-1)).toBe(clock + 6 * HOUR);
  });

  it('costs a 304 when nothing changed, and does not rewrite the list', async () => {
    const { sync, changes } = await setup();
    server.route('/b.json', json(publishedList({ version: 2, claims: [moonClaim()] })));
    const id = await subscribe('/b.json');
    await sync.syncList(id);
    clock += HOUR;
    expect(await sync.syncList(id)).toEqual({ kind: 'unchanged' });
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe((await db.lists.get(id))!.etag);
    expect((await db.lists.get(id))!.etag).toMatch(/^"[0-9a-f]{16}"$/);
    expect(changes).toHaveLength(1);
    expect((await db.lists.get(id))!.lastChecked).toBe(clock);
    // A 304 says nothing about the content: no "re-published with other content" notice.
    expect((await db.lists.get(id))!.notice).toBeUndefined();
  });

  it('keeps the last good version on failure, says why, and backs off', async () => {
    const { sync } = await setup();
    server.route('/c.json', json(publishedList({ version: 1, claims: [moonClaim()] })));
    const id = await subscribe('/c.json');
    await sync.syncList(id);
    server.route('/c.json', text(500, 'down'));
    clock += HOUR;
    expect(await sync.syncList(id)).toEqual({
      kind: 'failed',
      error: 'The server had an error (HTTP 500 Internal Server Error)',
    });
    const first = (await db.lists.get(id))!;
    expect(first).toMatchObject({
      version: 1,
      claimCount: 1,
      failures: 1,
      lastError: 'The server had an error (HTTP 500 Internal Server Error)',
    });
    expect(await claimIds(id)).toEqual(['moon-green-cheese']);
    clock += HOUR;
    await sync.syncList(id);
    const second = (await db.lists.get(id))!;
    expect(second.failures).toBe(2);
    // Backoff doubles: 5 min, then 10 min (with jitter 0.5 → 3/4 of each).
    expect(first.nextCheck! - first.lastChecked!).toBe(3.75 * 60_000);
    expect(second.nextCheck! - second.lastChecked!).toBe(7.5 * 60_000);
    server.route('/c.json', json(publishedList({ version: 2, claims: [moonClaim(), moonClaim('moon-two')] })));
    clock += HOUR;
    await sync.syncList(id);
    expect(await db.lists.get(id)).toMatchObject({ version: 2, failures: 0, lastError: undefined });
  });

  it('skips claims with a missing field, counts them, and uses the rest', async () => {
    const { sync } = await setup();
    const { summary: _gone, ...broken } = moonClaim('broken');
    server.route('/d.json', json(publishedList({ version: 1, claims: [moonClaim(), broken] })));
    const id = await subscribe('/d.json');
    expect(await sync.syncList(id)).toMatchObject({ kind: 'updated', claimCount: 1, skipped: 1 });
    expect((await db.lists.get(id))!.skipped).toEqual([
      { claimId: 'broken', problem: 'claims[1] (broken).summary: missing' },
    ]);
  });

  it('lets one of three lists fail without touching the other two', async () => {
    const { sync } = await setup();
    server.route('/e1.json', json(publishedList({ id: 'list-one', version: 1, claims: [moonClaim('one')] })));
    server.route('/e2.json', text(404, 'gone'));
    server.route('/e3.json', json(publishedList({ id: 'list-three', version: 1, claims: [moonClaim('three')] })));
    for (const p of ['/e1.json', '/e2.json', '/e3.json']) await subscribe(p);
    const outcomes = await sync.syncDue();
    expect(
      Object.values(outcomes)
        .map((o) => o.kind)
        .sort(),
    ).toEqual(['failed', 'updated', 'updated']);
    const { claims } = await readAllClaims(db);
    expect(claims.map((c) => c.id)).toEqual(expect.arrayContaining(['one', 'three']));
    expect((await db.lists.get(subscriptionId(server.url('/e2.json'))))!.lastError).toMatch(/HTTP 404/);
  });

  it('does not sync a paused list unless asked to, and the merge ignores paused lists', async () => {
    const { sync } = await setup();
    server.route('/f.json', json(publishedList({ version: 1, claims: [moonClaim()] })));
    const id = await subscribe('/f.json');
    await db.lists.update(id, { paused: true });
    expect(await sync.syncList(id)).toEqual({ kind: 'skipped', reason: 'paused' });
    expect(await sync.syncDue()).toEqual({});
    expect((await sync.syncList(id, { force: true })).kind).toBe('updated');
  });

  it('resumes a sync that a killed worker left half done', async () => {
    const first = await setup();
    server.route('/g.json', json(publishedList({ version: 1, claims: [moonClaim()] })));
    const id = await subscribe('/g.json');
    await first.sync.syncList(id);
    // A new version is published; the worker starts syncing it and is killed mid-download.
    server.route('/g.json', hang);
    await saveSettings(db, { timeoutSeconds: 1 });
    clock += 7 * HOUR;
    const doomed = first.sync.syncList(id);
    await new Promise((r) => setTimeout(r, 100));
    expect((await db.lists.get(id))!.syncStartedAt).toBe(clock);
    // The "new worker" sees the mark, even though the list is not due yet by its clock.
    await db.lists.update(id, { nextCheck: clock + HOUR });
    server.route('/g.json', json(publishedList({ version: 2, claims: [moonClaim(), moonClaim('moon-two')] })));
    const second = createListSync({ db, fetch, now: () => clock, random: () => 0.5, onListsChanged: () => undefined });
    expect(await second.syncDue()).toEqual({ [id]: expect.objectContaining({ kind: 'updated', version: 2 }) });
    await doomed;
    // The old worker's failure afterwards must not roll anything back.
    expect(await db.lists.get(id)).toMatchObject({ version: 2, claimCount: 2 });
    expect(await claimIds(id)).toEqual(['moon-green-cheese', 'moon-two']);
  });

  it('never applies an older download over a newer version stored meanwhile', async () => {
    const { sync } = await setup();
    server.route('/h.json', json(publishedList({ version: 3, claims: [moonClaim()] })));
    const id = await subscribe('/h.json');
    const pending = sync.syncList(id);
    // Another writer stores version 5 while our download is in flight.
    await db.lists.update(id, { version: 5, documentId: 'fact-desk' });
    const outcome = await pending;
    expect((await db.lists.get(id))!.version).toBe(5);
    expect(outcome).toEqual({ kind: 'unchanged' });
    // Not left marked as mid-download, which would make every later start resume it.
    expect((await db.lists.get(id))!.syncStartedAt).toBeUndefined();
  });
});

describe('precedence across lists', () => {
  it("scopes claim ids to their list: a subscription cannot replace the bundled claim, the user's own claim can", async () => {
    const { sync } = await setup();
    const sameId = { ...moonClaim('meta-sold-messages-to-netflix'), verdict: { label: 'Subscribed verdict' } };
    server.route('/p.json', json(publishedList({ version: 1, claims: [sameId, moonClaim()] })));
    const id = await subscribe('/p.json');
    await sync.syncList(id);
    // The user corrects the subscribed moon claim under the same id.
    await saveUserClaim(
      db,
      {
        id: 'moon-green-cheese',
        text: 'The moon is made of green cheese',
        verdict: 'My verdict',
        context: [{ text: 'I checked.', sources: [{ publisher: 'Me' }] }],
      },
      clock,
    );
    const userId = (await db.claims.where('listId').equals(USER_LIST_ID).first())!.id;
    expect(userId).toBe('moon-green-cheese');
    const active = createActiveClaims(db, () => clock);
    const { claims } = await active.matchBlocks([
      'Facebook sold private messages to Netflix.',
      'The moon is made of green cheese.',
    ]);
    expect(claims['meta-sold-messages-to-netflix']).toMatchObject({
      verdict: { label: 'Denied' },
      listTitle: 'ClaimLens bundled list',
    });
    expect(claims['moon-green-cheese']).toMatchObject({
      verdict: { label: 'My verdict' },
      listTitle: 'Your own claims',
    });
    expect(await active.idConflicts()).toEqual({
      conflicts: [
        {
          listId: id,
          claimId: 'meta-sold-messages-to-netflix',
          keptBy: { listId: 'claimlens-bundled', title: 'ClaimLens bundled list', kind: 'bundled' },
        },
      ],
      overriddenByUser: [
        {
          listId: id,
          claimId: 'moon-green-cheese',
          keptBy: { listId: USER_LIST_ID, title: 'Your own claims', kind: 'user' },
        },
      ],
    });
  });
});

describe('the edges of a sync', () => {
  it('reports a version re-published with other content on the row, keeps the held copy, and keeps the new ETag', async () => {
    const { sync, changes } = await setup();
    server.route('/same.json', json(publishedList({ version: 2, claims: [moonClaim()] })));
    const id = await subscribe('/same.json');
    await sync.syncList(id);
    const held = (await db.lists.get(id))!;
    expect(held.notice).toBeUndefined();
    server.route('/same.json', json(publishedList({ version: 2, claims: [moonClaim(), moonClaim('moon-two')] })));
    expect(await sync.syncList(id, { force: true })).toEqual({ kind: 'unchanged' });
    const row = (await db.lists.get(id))!;
    expect(row.notice).toBe(
      'The server now sends different content under version 2 without raising its version number: ClaimLens keeps the copy it has until a newer version is published',
    );
    expect(row.etag).not.toBe(held.etag);
    expect(row.contentHash).toBe(held.contentHash);
    expect(await claimIds(id)).toEqual(['moon-green-cheese']);
    expect(changes).toHaveLength(1);
  });

  it('records a storage failure on the row in words (storage full), and the last good version stays', async () => {
    const { sync } = await setup();
    server.route('/full.json', json(publishedList({ version: 1, claims: [moonClaim()] })));
    const id = await subscribe('/full.json');
    await sync.syncList(id);
    server.route('/full.json', json(publishedList({ version: 2, claims: [moonClaim('moon-two')] })));
    const original = db.claims.bulkPut.bind(db.claims);
    db.claims.bulkPut = (() =>
      Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))) as never;
    const outcome = await sync.syncList(id, { force: true });
    db.claims.bulkPut = original;
    const message =
      'The browser has no room left to save this list (storage is full): free some disk space or remove lists you no longer need. The last good version stays in use';
    expect(outcome).toEqual({ kind: 'failed', error: message });
    expect((await db.lists.get(id))!).toMatchObject({ lastError: message, version: 1 });
    expect(await claimIds(id)).toEqual(['moon-green-cheese']);
  });

  it('takes an expired list out of use even while its server is down, and says so on its row', async () => {
    const { sync } = await setup();
    const expires = new Date(clock + HOUR).toISOString();
    server.route('/exp.json', json(publishedList({ version: 1, expires, claims: [moonClaim()] })));
    const id = await subscribe('/exp.json');
    await sync.syncList(id);
    const active = createActiveClaims(db, () => clock);
    const moon = async () => (await active.matchBlocks(['The moon is made of green cheese.'])).matches[0]!.length;
    expect(await moon()).toBe(1);
    server.route('/exp.json', text(500, 'down'));
    clock += 2 * HOUR;
    expect(await sync.syncList(id, { force: true })).toMatchObject({ kind: 'failed' });
    expect(await moon()).toBe(0);
    const headline = await active.matchBlocks(['Facebook sold private messages to Netflix.']);
    expect(headline.matches[0]!.map((m) => m.claimId)).toContain('meta-sold-messages-to-netflix');
  });

  it('runs one sync of a list at a time: a second request shares the first', async () => {
    const { sync } = await setup();
    let requests = 0;
    const answer = json(publishedList({ version: 1, claims: [moonClaim()] }));
    server.route('/once.json', (request, response) => {
      requests++;
      answer(request, response);
    });
    const id = await subscribe('/once.json');
    const [a, b] = await Promise.all([sync.syncList(id), sync.syncList(id)]);
    expect(a).toEqual({ kind: 'updated', version: 1, claimCount: 1, skipped: 0 });
    expect(b).toEqual(a);
    expect(requests).toBe(1);
  });

  it("puts the next check no sooner than the server's Retry-After", async () => {
    const { sync } = await setup();
    server.route('/busy.json', text(503, 'busy', 'text/plain', { 'retry-after': '7200' }));
    const id = await subscribe('/busy.json');
    await sync.syncList(id);
    expect((await db.lists.get(id))!.nextCheck).toBe(clock + 2 * HOUR);
  });
});

describe('what the orchestrator tells the options page and the scheduler', () => {
  it('reports progress and "syncing" while a list downloads, and tells the page when it starts and ends', async () => {
    db = openDatabase(`sync-${counter++}`);
    const states: number[] = [];
    let seen: ReturnType<typeof sync.progress> | undefined;
    let syncingDuring = false;
    const sync = createListSync({
      db,
      fetch: async (input, init) => {
        seen = sync.progress();
        syncingDuring = sync.isSyncing(id);
        return fetch(input, init);
      },
      now: () => clock,
      random: () => 0.5,
      onListsChanged: () => undefined,
      onStateChanged: () => void states.push(clock),
    });
    server.route('/p1.json', json(publishedList({ version: 1, claims: [moonClaim()] })));
    const id = await subscribe('/p1.json');
    await sync.syncList(id);
    expect(seen).toEqual({ [id]: { phase: 'connecting', receivedBytes: 0 } });
    expect(syncingDuring).toBe(true);
    expect(sync.isSyncing(id)).toBe(false);
    expect(sync.progress()).toEqual({});
    // Start, saving, end (progress notices in between are throttled to one per 100 ms of the clock).
    expect(states.length).toBeGreaterThanOrEqual(3);
  });

  it('skips what is not a subscription, and a list that is gone', async () => {
    const { sync } = await setup();
    expect(await sync.syncList('claimlens-bundled')).toEqual({ kind: 'skipped', reason: 'not a subscription' });
    expect(await sync.syncList('sub:https://gone.example/x.json')).toEqual({
      kind: 'skipped',
      reason: 'not a subscription',
    });
  });

  it('syncAll checks every subscription that is not paused, due or not, and sets the next wake-up', async () => {
    const { sync, wakes } = await setup();
    server.route('/all1.json', json(publishedList({ id: 'one', version: 1, claims: [moonClaim('one')] })));
    server.route('/all2.json', json(publishedList({ id: 'two', version: 1, claims: [moonClaim('two')] })));
    const one = await subscribe('/all1.json');
    const two = await subscribe('/all2.json');
    await db.lists.update(two, { paused: true });
    expect(await sync.syncAll()).toEqual({ [one]: { kind: 'updated', version: 1, claimCount: 1, skipped: 0 } });
    expect(wakes.at(-1)).toBe(clock + 6 * HOUR);
    // Not due, but "Sync all" checks it anyway.
    expect(await sync.syncAll()).toEqual({ [one]: { kind: 'unchanged' } });
    expect(await sync.syncDue()).toEqual({});
  });

  it('wakes for the earliest due list, and for none when nothing is subscribed', async () => {
    const { sync, wakes } = await setup();
    await sync.reschedule();
    expect(wakes).toEqual([undefined]);
    server.route('/w.json', text(500, 'down'));
    await subscribe('/w.json');
    await sync.syncDue();
    expect(wakes.at(-1)).toBe(clock + 3.75 * 60_000);
  });
});

describe('a version the server sends again', () => {
  const LAST_MODIFIED = 'Mon, 01 Jun 2026 00:00:00 GMT';
  const LATER = 'Tue, 02 Jun 2026 00:00:00 GMT';
  const body = JSON.stringify(publishedList({ version: 2, claims: [moonClaim()] }));
  const otherBody = JSON.stringify(publishedList({ version: 2, claims: [moonClaim(), moonClaim('moon-two')] }));

  it('keeps the validators of the answer, so the next check can be a 304; an answer without any keeps the held ones', async () => {
    const { sync } = await setup();
    // A server that never answers 304: every check downloads the same version again.
    server.route('/v.json', text(200, body, 'application/json', { etag: '"one"', 'last-modified': LAST_MODIFIED }));
    const id = await subscribe('/v.json');
    await sync.syncList(id);
    server.route('/v.json', text(200, body, 'application/json', { etag: '"two"', 'last-modified': LATER }));
    expect(await sync.syncList(id, { force: true })).toEqual({ kind: 'unchanged' });
    expect(await db.lists.get(id)).toMatchObject({ etag: '"two"', lastModified: LATER });
    server.route('/v.json', text(200, body, 'application/json'));
    await sync.syncList(id, { force: true });
    expect(server.requests.at(-1)!.headers).toMatchObject({ 'if-none-match': '"two"', 'if-modified-since': LATER });
    expect(await db.lists.get(id)).toMatchObject({ etag: '"two"', lastModified: LATER });
  });

  it('says nothing when the content is the same, and takes the notice back when the publisher restores it', async () => {
    const { sync } = await setup();
    server.route('/n.json', text(200, body, 'application/json'));
    const id = await subscribe('/n.json');
    await sync.syncList(id);
    const hash = (await db.lists.get(id))!.contentHash;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await sync.syncList(id, { force: true });
    expect((await db.lists.get(id))!.notice).toBeUndefined();
    server.route('/n.json', text(200, otherBody, 'application/json'));
    await sync.syncList(id, { force: true });
    expect((await db.lists.get(id))!.notice).toMatch(/different content under version 2/);
    server.route('/n.json', text(200, body, 'application/json'));
    await sync.syncList(id, { force: true });
    const row = (await db.lists.get(id))!;
    expect(row.notice).toBeUndefined();
    expect(row.contentHash).toBe(hash);
  });

  it('records the hash for a row stored before hashes were kept, without a notice', async () => {
    const { sync } = await setup();
    server.route('/old.json', text(200, body, 'application/json'));
    const id = await subscribe('/old.json');
    await sync.syncList(id);
    const hash = (await db.lists.get(id))!.contentHash;
    await db.lists.update(id, { contentHash: undefined });
    await sync.syncList(id, { force: true });
    expect((await db.lists.get(id))!.notice).toBeUndefined();
    expect((await db.lists.get(id))!.contentHash).toBe(hash);
  });
});

describe('while a download runs', () => {
  /** A list served in `chunks` pieces, the clock moving `stepMs` before each piece arrives. */
  function chunkedFetch(chunks: number, stepMs: number): typeof fetch {
    const bytes = new TextEncoder().encode(JSON.stringify(publishedList({ version: 1, claims: [moonClaim()] })));
    const size = Math.ceil(bytes.byteLength / chunks);
    return async () => {
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            if (sent >= bytes.byteLength) return controller.close();
            clock += stepMs;
            controller.enqueue(bytes.slice(sent, sent + size));
            sent += size;
          },
        },
        { highWaterMark: 0 },
      );
      return new Response(stream, {
        headers: { 'content-type': 'application/json', 'content-length': String(bytes.byteLength) },
      });
    };
  }

  async function noticesDuring(fetchImpl: typeof fetch) {
    db = openDatabase(`sync-${counter++}`);
    const seen: (ReturnType<typeof sync.progress>[string] | undefined)[] = [];
    const sync = createListSync({
      db,
      fetch: fetchImpl,
      now: () => clock,
      random: () => 0.5,
      onListsChanged: () => undefined,
      onStateChanged: () => void seen.push(sync.progress()[id]),
    });
    const id = await subscribe(`/chunked-${counter}.json`);
    expect(await sync.syncList(id)).toMatchObject({ kind: 'updated', claimCount: 1 });
    return seen;
  }

  it('shows the options page each step (connecting, downloading with bytes of the total, saving), then nothing', async () => {
    const seen = await noticesDuring(chunkedFetch(4, 100));
    expect(seen.map((p) => p?.phase)).toEqual([
      'connecting',
      'downloading',
      'downloading',
      'downloading',
      'downloading',
      'saving',
      undefined,
    ]);
    const downloads = seen.filter((p) => p?.phase === 'downloading');
    const total = downloads[0]!.totalBytes!;
    expect(downloads.map((p) => p!.receivedBytes).at(-1)).toBe(total);
    expect(downloads.every((p, i) => i === 0 || p!.receivedBytes > downloads[i - 1]!.receivedBytes)).toBe(true);
    expect(seen.at(-2)).toEqual({ phase: 'saving', receivedBytes: total });
  });

  it('sends at most one progress notice per 100 ms, so a fast download does not flood the page', async () => {
    // Pieces 50 ms apart: the 2nd and 4th piece are 100 ms after the last notice, the others are not.
    const seen = await noticesDuring(chunkedFetch(4, 50));
    expect(seen.map((p) => p?.phase)).toEqual(['connecting', 'downloading', 'downloading', 'saving', undefined]);
    // All at one instant: only the start, saving and the end.
    expect((await noticesDuring(chunkedFetch(4, 0))).map((p) => p?.phase)).toEqual(['connecting', 'saving', undefined]);
  });

  it('is left to its running sync: the alarm is not set for it, and a check of due lists does not wait for it', async () => {
    const { sync, wakes } = await setup();
    await saveSettings(db, { timeoutSeconds: 1 });
    server.route('/slow.json', hang);
    server.route('/quick.json', json(publishedList({ id: 'quick', version: 1, claims: [moonClaim('quick')] })));
    const slow = await subscribe('/slow.json');
    const running = sync.syncList(slow);
    await expect.poll(() => server.requests.some((r) => r.path === '/slow.json')).toBe(true);
    const quick = await subscribe('/quick.json');
    expect(await sync.syncDue()).toEqual({ [quick]: expect.objectContaining({ kind: 'updated' }) });
    // Not "now" for the list that is downloading: that would wake the worker again at once.
    expect(wakes.at(-1)).toBe(clock + 6 * HOUR);
    expect(await running).toMatchObject({ kind: 'failed', error: expect.stringMatching(/within 1 second/) });
  });
});
