// The stored compiled matcher seen from the background: a restarted worker answers from it without
// recompiling, any list change makes it stale, and a damaged one is rebuilt rather than failing.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import bundledList from '../../../assets/claims/bundled-list.json';
import { parseClaimList } from '../../../src/claims/parse';
import { createActiveClaims } from '../../../src/db/active-claims';
import { openDatabase, type ClaimLensDatabase } from '../../../src/db/database';
import { ensureBundledList } from '../../../src/db/lists';

const compiles = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/match', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/match')>();
  return {
    ...original,
    compileMatcher: (...args: Parameters<typeof original.compileMatcher>) => {
      compiles.count++;
      return original.compileMatcher(...args);
    },
  };
});

const PAGE = ['Facebook sold users’ private messages to Netflix, the post said.'];
const HEADLINE = 'meta-sold-messages-to-netflix';
let name = '';
let counter = 0;
let db: ClaimLensDatabase;

/** A worker start: a fresh connection and a fresh in-memory state. */
function startWorker() {
  db?.close();
  db = openDatabase(name);
  return createActiveClaims(db);
}

async function storedRow() {
  // The first worker stores the matcher without making the page wait for the write.
  await vi.waitFor(async () => expect(await db.compiledMatchers.get('active')).toBeDefined());
  return (await db.compiledMatchers.get('active'))!;
}

beforeEach(async () => {
  name = `store-${counter++}`;
  compiles.count = 0;
  startWorker();
  await ensureBundledList(db, parseClaimList(bundledList));
});
afterEach(async () => db.delete());

describe('the stored compiled matcher', () => {
  it('is reused by a restarted worker: same matches and cards, nothing recompiled', async () => {
    const first = await startWorker().matchBlocks(PAGE);
    expect(first.matches[0]!.map((match) => match.claimId)).toContain(HEADLINE);
    expect(compiles.count).toBe(1);
    await storedRow();

    const again = await startWorker().matchBlocks(PAGE);
    expect(compiles.count).toBe(1);
    expect(again).toEqual(first);
    expect(again.claims[HEADLINE]).toMatchObject({ id: HEADLINE, listTitle: bundledList.title });
  });

  it('is not used once a list changes: the new claims match after the next start', async () => {
    await startWorker().matchBlocks(PAGE);
    const before = await storedRow();
    const claim = structuredClone(bundledList.claims[0]!);
    claim.id = 'new-claim-about-globex';
    claim.match = {
      concepts: { org: ['globex'], act: ['poisoned'], what: ['river'] },
      all: [['org'], ['act'], ['what']],
    } as never;
    await ensureBundledList(
      db,
      parseClaimList({ ...bundledList, version: bundledList.version + 1, claims: [...bundledList.claims, claim] }),
    );
    const page = ['Globex poisoned the river, residents say.'];
    const after = await startWorker().matchBlocks(page);
    expect(compiles.count).toBe(2);
    expect(after.matches[0]!.map((match) => match.claimId)).toEqual(['new-claim-about-globex']);
    await vi.waitFor(async () => expect((await db.compiledMatchers.get('active'))!.key).not.toBe(before.key));
    // And the one stored for the new list is reused in turn.
    await startWorker().matchBlocks(page);
    expect(compiles.count).toBe(2);
  });

  it('is rebuilt when damaged, and the page still gets its matches', async () => {
    const first = await startWorker().matchBlocks(PAGE);
    const row = await storedRow();
    const bytes = new Uint8Array(row.form.bytes);
    bytes[40] = bytes[40]! ^ 0xff;
    await db.compiledMatchers.put(row);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const rebuilt = await startWorker().matchBlocks(PAGE);
    expect(rebuilt).toEqual(first);
    expect(compiles.count).toBe(2);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/could not be read/), expect.any(Error));
    // The rebuilt matcher was stored again, readable, and the next start uses it.
    await storedRow();
    await startWorker().matchBlocks(PAGE);
    expect(compiles.count).toBe(2);
    warn.mockRestore();
  });

  it('survives a stored row of another shape entirely', async () => {
    await startWorker().matchBlocks(PAGE);
    const row = await storedRow();
    await db.compiledMatchers.put({ ...row, form: { nonsense: true } as never });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const again = await startWorker().matchBlocks(PAGE);
    expect(again.matches[0]!.map((match) => match.claimId)).toContain(HEADLINE);
  });
});
