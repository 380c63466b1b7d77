// The compiled matcher of the lists in force, kept in IndexedDB so that a woken service worker (Chromium
// stops it after 30 s idle) loads it in milliseconds instead of reading and recompiling every claim.
// It is stored under a key derived from every list in force (id, kind, version, claim count, publication
// date, content hash where the list has one) and the extension's version: any list written, paused,
// removed or updated, or a new build of the engine, gives another key, and the stored one is not used.
// A record that cannot be read back (damaged, or of another format) is deleted and the matcher rebuilt.
import { browser } from 'wxt/browser';
import type { CompiledMatcher } from '../match/compile';
import { fromStoredForm, STORED_FORM_FORMAT, toStoredForm } from '../match/stored-form';
import type { ClaimLensDatabase, StoredList } from './database';

/** One row: the matcher of the lists in force now. */
const ROW_ID = 'active';

/** The extension's version: a new build may compile claims differently, so it never reuses an older form. */
export function engineId(): string {
  try {
    return `${STORED_FORM_FORMAT}/${browser.runtime.getManifest().version}`;
  } catch {
    return `${STORED_FORM_FORMAT}/unknown`;
  }
}

/** The key of the matcher compiled from these lists (those in force, in any order). */
export function storedMatcherKey(lists: readonly StoredList[], engine: string): string {
  const parts = lists
    .map((list) => [
      list.id,
      list.kind,
      list.version,
      list.claimCount,
      list.published,
      list.lastUpdated ?? null,
      list.contentHash ?? null,
    ])
    .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0));
  return JSON.stringify([engine, parts]);
}

export interface LoadedMatcher {
  matcher: CompiledMatcher;
  /** The list each claim comes from, by claim id. */
  listOf: (claimId: string) => string | undefined;
  /** What the caller stored beside the matcher (small, structured-cloneable). */
  extra: Record<string, unknown>;
}

/** The stored matcher for `key`, or null when there is none, it is stale, or it is damaged (then it is deleted). */
export async function loadStoredMatcher(db: ClaimLensDatabase, key: string): Promise<LoadedMatcher | null> {
  const row = await db.compiledMatchers.get(ROW_ID);
  if (!row || row.key !== key) return null;
  try {
    const matcher = fromStoredForm(row.form);
    const { claimList, listIds } = row;
    if (!(claimList instanceof Int32Array) || claimList.length !== matcher.claimIds.length)
      throw new Error('stored form: the claims’ lists are damaged');
    return {
      matcher,
      extra: row.extra ?? {},
      listOf: (claimId) => {
        // The matcher's own claim index, built on its first use (stored-form.ts).
        const at = matcher.story.claimIndex.get(claimId);
        return at === undefined ? undefined : listIds[claimList[at]!];
      },
    };
  } catch (error) {
    console.warn('ClaimLens: the stored matcher could not be read; rebuilding it', error);
    await db.compiledMatchers.delete(ROW_ID);
    return null;
  }
}

/** Stores the matcher compiled for `key`; `claimListIds[i]` is the list claim i of the matcher came from. */
export async function saveStoredMatcher(
  db: ClaimLensDatabase,
  key: string,
  matcher: CompiledMatcher,
  claimListIds: readonly string[],
  extra: Record<string, unknown> = {},
): Promise<void> {
  const listIds = [...new Set(claimListIds)];
  const listIndex = new Map(listIds.map((id, i) => [id, i]));
  const claimList = Int32Array.from(claimListIds, (id) => listIndex.get(id)!);
  await db.compiledMatchers.put({ id: ROW_ID, key, form: toStoredForm(matcher), claimList, listIds, extra });
}
