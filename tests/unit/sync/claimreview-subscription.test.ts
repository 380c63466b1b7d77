// Subscribing to ClaimReview JSON-LD as fact-checkers publish it: the same transport rules,
// signatures, acceptance rules, last-good fallback and status as a ClaimLens list.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type ClaimLensDatabase } from '../../../src/db/database';
import { SyncError } from '../../../src/sync/errors';
import { fetchList } from '../../../src/sync/fetch-list';
import { createListSync } from '../../../src/sync/orchestrator';
import { HOUR } from '../../../src/sync/schedule';
import { generateKeyPair, signBytes } from '../../../src/sync/signature';
import { addSubscription } from '../../../src/sync/subscriptions';
import { claimReview, claimReviewFeed, FEED_REVIEWS } from '../../support/claim-reviews';
import { json, startListServer, text, type ListServer } from '../../support/list-server';

let server: ListServer;
beforeAll(async () => (server = await startListServer()));
afterAll(async () => server.close());

const NOW = Date.parse('2026-06-01T00:00:00Z');
let n = 0;
const path = () => `/feed-${n++}.jsonld`;
const fetchFrom = (url: string, extra: Partial<Parameters<typeof fetchList>[0]> = {}) =>
  fetchList({ url, fetch, now: () => NOW, held: { version: 0 }, timeoutMs: 2000, ...extra });

describe('fetching ClaimReview JSON-LD', () => {
  it('reads a DataFeed served as application/ld+json into claims with the fact-checker’s verdicts', async () => {
    const p = path();
    server.route(p, json(claimReviewFeed(), { type: 'application/ld+json' }));
    const result = await fetchFrom(server.url(p));
    expect(result.kind).toBe('updated');
    if (result.kind !== 'updated') return;
    expect(result.parsed.list).toMatchObject({
      title: 'Example Checks: fact-checks feed',
      publisher: 'Example Checks',
      version: Date.parse('2026-03-06T08:00:00Z') / 1000,
    });
    expect(result.parsed.list.claims.map((c) => [c.id, c.verdict.label])).toEqual(
      FEED_REVIEWS.map((r) => [r.id, r.rating]),
    );
  });

  it('reads one review, an array and a @graph too', async () => {
    for (const body of [
      claimReview(FEED_REVIEWS[0]!),
      FEED_REVIEWS.map(claimReview),
      { '@context': 'https://schema.org', '@graph': FEED_REVIEWS.map(claimReview) },
    ]) {
      const p = path();
      server.route(p, json(body));
      const result = await fetchFrom(server.url(p));
      expect(result.kind === 'updated' && result.parsed.list.claims.length).toBe(
        Array.isArray(body) || '@graph' in body ? 3 : 1,
      );
    }
  });

  it('checks a pinned key’s signature over the feed’s exact bytes', async () => {
    const keys = await generateKeyPair();
    const body = JSON.stringify(claimReviewFeed());
    const p = path();
    server.route(p, json(body, { type: 'application/ld+json' }));
    server.route(`${p}.sig`, text(200, await signBytes(keys.privateKey, new TextEncoder().encode(body))));
    const signed = await fetchFrom(server.url(p), { publicKey: keys.publicKey });
    expect(signed.kind === 'updated' && signed.signed).toBe(true);

    const tampered = path();
    server.route(tampered, json(body.replace('5G towers', '4G towers'), { type: 'application/ld+json' }));
    server.route(`${tampered}.sig`, text(200, await signBytes(keys.privateKey, new TextEncoder().encode(body))));
    const error = await fetchFrom(server.url(tampered), { publicKey: keys.publicKey }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncError);
    expect((error as SyncError).code).toBe('signature-invalid');
  });

  it('takes the feed’s newest date as its version: the same feed is unchanged, an older copy a rollback', async () => {
    const p = path();
    const version = Date.parse('2026-03-06T08:00:00Z') / 1000;
    server.route(p, json(claimReviewFeed()));
    expect(
      await fetchFrom(server.url(p), { held: { listId: `127-0-0-1${p.replace(/[/.]/g, '-')}`, version } }),
    ).toMatchObject({
      kind: 'same-version',
    });
    server.route(p, json(claimReviewFeed({ dateModified: '2026-03-05T00:00:00Z' })));
    const error = await fetchFrom(server.url(p), { held: { version } }).catch((e: unknown) => e);
    expect((error as SyncError).code).toBe('older-version');
  });

  it('refuses a feed none of whose reviews can be used, saying why', async () => {
    const p = path();
    server.route(
      p,
      json({ '@type': 'DataFeed', dataFeedElement: [{ item: { '@type': 'ClaimReview', claimReviewed: 'x' } }] }),
    );
    const error = (await fetchFrom(server.url(p)).catch((e: unknown) => e)) as SyncError;
    expect(error.code).toBe('invalid-list');
    expect(error.message).toBe(
      'The address serves ClaimReview JSON-LD, but: None of the 1 ClaimReviews could be used (reviews[0]: reviewRating.alternateName: missing)',
    );
  });
});

describe('a ClaimReview subscription', () => {
  let db: ClaimLensDatabase;
  let counter = 0;
  afterEach(async () => db?.delete());

  it('keeps the last good version when the feed breaks, shows why, and counts skipped reviews', async () => {
    db = openDatabase(`claimreview-sub-${counter++}`);
    let clock = NOW;
    const sync = createListSync({
      db,
      fetch,
      now: () => clock,
      random: () => 0.5,
      onListsChanged: () => undefined,
      scheduleWake: () => undefined,
    });
    const p = path();
    const broken = { '@type': 'ClaimReview', claimReviewed: 'A review without a rating' };
    server.route(p, json(claimReviewFeed({ extra: [broken] }), { type: 'application/ld+json' }));
    const { id } = await addSubscription(db, server.url(p), undefined);
    expect(await sync.syncList(id)).toEqual({
      kind: 'updated',
      version: Date.parse('2026-03-06T08:00:00Z') / 1000,
      claimCount: 3,
      skipped: 1,
    });
    expect((await db.lists.get(id))!.skipped).toEqual([{ problem: 'reviews[3]: reviewRating.alternateName: missing' }]);

    clock += 7 * HOUR;
    server.route(p, text(200, '<html>Maintenance</html>', 'text/html'));
    expect(await sync.syncList(id, { force: true })).toMatchObject({ kind: 'failed' });
    const row = (await db.lists.get(id))!;
    expect(row.lastError).toBe('The server sent a web page, not JSON (Content-Type must be application/json)');
    expect(row.claimCount).toBe(3);
    expect(await db.claims.where('listId').equals(id).count()).toBe(3);
  });
});
