// Which claims the background matches with, as a reader sees it: a paused list's and an expired
// list's claims are not highlighted (an expiring list drops out at the moment it expires, without a
// restart); the popup's topics for one page; a restarted worker that answers from the stored matcher
// gives the same cards (list, contact) and the same id conflicts.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import bundledList from '../../../assets/claims/bundled-list.json';
import { parseClaimList } from '../../../src/claims/parse';
import { createActiveClaims, isExpired } from '../../../src/db/active-claims';
import { loadStoredMatcher, saveStoredMatcher } from '../../../src/db/compiled-matcher-store';
import { DATABASE_NAME, openDatabase, type ClaimLensDatabase } from '../../../src/db/database';
import { ensureBundledList, replaceList } from '../../../src/db/lists';
import { moonClaim, publishedList } from '../../support/lists';

let db: ClaimLensDatabase;
let counter = 0;
afterEach(async () => db?.delete());
const NOW = Date.parse('2026-06-01T00:00:00Z');
const MOON = 'Scientists say the moon is made of green cheese.';
/** A page that covers a fact-checked topic without stating the claim (the popup's second tier). */
const HASTINGS_PAGE = [
  'Reed Hastings has had a long career in Silicon Valley.',
  'He later joined the board of directors at several companies.',
  'Facebook, meanwhile, kept growing its advertising business.',
];
const NETFLIX = 'Facebook sold users’ private messages to Netflix, the post said.';

async function withSubscription(extra: Record<string, unknown> = {}) {
  db = openDatabase(`in-force-${counter++}`);
  await ensureBundledList(db, parseClaimList(bundledList));
  const list = publishedList({ claims: [moonClaim(), bundledList.claims[0]], ...extra });
  await replaceList(db, parseClaimList(list, { strict: false }), 'subscription', { subscribedAt: 1 });
}
const idsIn = async (active: ReturnType<typeof createActiveClaims>, text: string) =>
  (await active.matchBlocks([text])).matches[0]!.map((m) => m.claimId);

describe('isExpired', () => {
  it('is true from the moment a list expires, and never for a list without an expiry', () => {
    const at = Date.parse('2026-06-01T00:00:00Z');
    expect(isExpired({ expires: '2026-06-01T00:00:00Z' }, at)).toBe(true);
    expect(isExpired({ expires: '2026-06-01T00:00:00Z' }, at - 1)).toBe(false);
    expect(isExpired({}, at)).toBe(false);
    expect(isExpired({ expires: '' }, at)).toBe(false);
  });
});

describe('the claims in force', () => {
  it('leave out a paused list, and list every list in the summary', async () => {
    await withSubscription();
    await db.lists.update('fact-desk', { paused: true });
    const active = createActiveClaims(db, () => NOW);
    expect(await idsIn(active, MOON)).toEqual([]);
    const summary = await active.summary();
    expect(summary.claimCount).toBe(10);
    expect(summary.lists).toEqual([
      {
        id: 'claimlens-bundled',
        title: bundledList.title,
        kind: 'bundled',
        claimCount: 10,
        version: bundledList.version,
      },
      { id: 'fact-desk', title: 'Fact Desk list', kind: 'subscription', claimCount: 2, version: 1 },
    ]);
  });

  it('drop an expiring list at the moment it expires, without being told', async () => {
    await withSubscription({ expires: '2026-06-02T00:00:00Z' });
    let now = NOW;
    const active = createActiveClaims(db, () => now);
    expect(await idsIn(active, MOON)).toEqual(['moon-green-cheese']);
    now = Date.parse('2026-06-02T00:00:00Z') - 1;
    expect(await idsIn(active, MOON)).toEqual(['moon-green-cheese']);
    now = Date.parse('2026-06-02T00:00:00Z');
    expect(await idsIn(active, MOON)).toEqual([]);
    expect(await idsIn(active, NETFLIX)).toEqual(['meta-sold-messages-to-netflix']);
  });

  it('keep the earliest expiry of several lists in force', async () => {
    await withSubscription({ expires: '2026-06-03T00:00:00Z' });
    const other = publishedList({ id: 'later-desk', expires: '2026-07-01T00:00:00Z', claims: [moonClaim('moon-2')] });
    await replaceList(db, parseClaimList(other, { strict: false }), 'subscription', { subscribedAt: 2 });
    let now = NOW;
    const active = createActiveClaims(db, () => now);
    expect(await idsIn(active, MOON)).toEqual(expect.arrayContaining(['moon-green-cheese', 'moon-2']));
    now = Date.parse('2026-06-03T00:00:00Z');
    expect(await idsIn(active, MOON)).toEqual(['moon-2']);
  });

  it('list a fact-check whose topic one page covers, not another page, and read blocks as paragraphs', async () => {
    await withSubscription();
    const active = createActiveClaims(db, () => NOW);
    for (const block of HASTINGS_PAGE) await active.matchBlocks([block], undefined, 'tab1:doc1');
    const topics = await active.topics('tab1:doc1');
    expect(topics.map((t) => t.claimId)).toContain('hastings-on-facebook-board');
    const hastings = topics.find((t) => t.claimId === 'hastings-on-facebook-board')!;
    const claim = bundledList.claims.find((c) => c.id === 'hastings-on-facebook-board')!;
    expect(hastings).toEqual({
      claimId: claim.id,
      text: claim.text,
      verdict: claim.verdict.label,
      listTitle: bundledList.title,
    });
    expect(await active.topics('tab2:doc1')).toEqual([]);
  });

  it('forget the oldest of more than 64 open documents', async () => {
    await withSubscription();
    const active = createActiveClaims(db, () => NOW);
    for (const block of HASTINGS_PAGE) await active.matchBlocks([block], ['paragraph'], 'doc-0');
    for (let k = 1; k <= 63; k++) await active.matchBlocks(['Nothing here.'], undefined, `doc-${k}`);
    // 64 documents are kept; reading doc-0 again makes it the most recent, so doc-1 goes first.
    expect(await active.topics('doc-0')).not.toEqual([]);
    await active.matchBlocks(['Nothing here.'], undefined, 'doc-0');
    await active.matchBlocks(['Nothing here.'], undefined, 'doc-64');
    expect(await active.topics('doc-0')).not.toEqual([]);
    for (let k = 65; k < 129; k++) await active.matchBlocks(['Nothing here.'], undefined, `doc-${k}`);
    expect(await active.topics('doc-0')).toEqual([]);
  });
});

describe('a restarted worker', () => {
  it('gives the same cards, with the list and its contact, and the same id conflicts', async () => {
    await withSubscription({ contact: 'mailto:desk@facts.example' });
    const first = createActiveClaims(db, () => NOW);
    const before = await first.matchBlocks([MOON]);
    const conflicts = await first.idConflicts();
    expect(conflicts.conflicts).toEqual([
      expect.objectContaining({ listId: 'fact-desk', claimId: bundledList.claims[0]!.id }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await db.compiledMatchers.get('active')).toBeDefined();
    const second = createActiveClaims(db, () => NOW);
    const after = await second.matchBlocks([MOON]);
    expect(after).toEqual(before);
    expect(after.claims['moon-green-cheese']).toMatchObject({
      listTitle: 'Fact Desk list',
      listContact: 'mailto:desk@facts.example',
    });
    expect(await second.idConflicts()).toEqual(conflicts);
    expect((await second.matchBlocks([NETFLIX])).claims[bundledList.claims[0]!.id]).not.toHaveProperty('listContact');
  });
});

describe('the stored matcher', () => {
  it('is deleted and not used when its list index does not fit its claims', async () => {
    await withSubscription();
    const active = createActiveClaims(db, () => NOW);
    await active.matchBlocks([MOON]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const row = (await db.compiledMatchers.get('active'))!;
    const loaded = (await loadStoredMatcher(db, row.key))!;
    expect(loaded.listOf('moon-green-cheese')).toBe('fact-desk');
    expect(loaded.listOf('not-a-claim')).toBeUndefined();
    await db.compiledMatchers.put({ ...row, claimList: row.claimList.slice(1) });
    expect(await loadStoredMatcher(db, row.key)).toBeNull();
    expect(await db.compiledMatchers.get('active')).toBeUndefined();
  });

  it('keeps what the caller stored beside it, and gives an empty record for a row without', async () => {
    await withSubscription();
    const active = createActiveClaims(db, () => NOW);
    await active.matchBlocks([MOON]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const row = (await db.compiledMatchers.get('active'))!;
    const { matcher } = (await loadStoredMatcher(db, row.key))!;
    const lists = matcher.claimIds.map(() => 'claimlens-bundled');
    await saveStoredMatcher(db, 'k1', matcher, lists, { note: 'kept' });
    expect((await loadStoredMatcher(db, 'k1'))!.extra).toEqual({ note: 'kept' });
    const { extra: _extra, ...bare } = (await db.compiledMatchers.get('active'))!;
    await db.compiledMatchers.put(bare);
    expect((await loadStoredMatcher(db, 'k1'))!.extra).toEqual({});
    expect(await loadStoredMatcher(db, 'another key')).toBeNull();
  });
});

describe('the database', () => {
  it('is the one named "claimlens", where earlier versions kept the reader’s lists', () => {
    expect(DATABASE_NAME).toBe('claimlens');
    const opened = openDatabase();
    expect(opened.name).toBe('claimlens');
    opened.close();
  });
});
