// Writing and reading claim lists. A list version is replaced in one transaction, so readers
// see either the old list or the new one, never a mix.
import { matchOf } from '../claim-check';
import { resolveClaim, type ParsedList } from '../claims/parse';
import type { Claim } from '../claims/schema';
import type { ClaimLensDatabase, ListKind, StoredClaim, StoredList } from './database';

/**
 * A claim as stored: hand-written match data with the lexicon folded in, or, without it, the
 * compiled match data beside the claim (`compiledMatch`), made once when the version is stored.
 * Throws, in words, when the claim has no match data and its text cannot be compiled.
 */
export function storedClaim(claim: Claim, listId: string): StoredClaim {
  if (claim.match) return { ...claim, listId };
  return { ...claim, listId, compiledMatch: matchOf(claim) };
}

/** A parsed list version as stored: its claims (lexicon resolved) and the header fields of its row. */
export function storedVersion(parsed: ParsedList, listId: string) {
  const { list } = parsed;
  const skipped = [...parsed.skipped];
  const claims: StoredClaim[] = [];
  list.claims.forEach((claim, index) => {
    try {
      claims.push(storedClaim(resolveClaim(claim, list), listId));
    } catch (error) {
      // One claim that cannot be compiled costs only itself; the options page shows why.
      const problem = `claims[${index}] (${claim.id}): ${error instanceof Error ? error.message : String(error)}`;
      skipped.push({ index, claimId: claim.id, problem });
    }
  });
  const fields = {
    title: list.title,
    publisher: list.publisher,
    homepage: list.homepage,
    version: list.version,
    published: list.published,
    expires: list.expires,
    claimCount: claims.length,
    skipped: skipped.map(({ claimId, problem }) => ({ claimId, problem })),
  } satisfies Partial<StoredList>;
  return { claims, fields };
}

/** Inside a transaction: the list's claims and row become exactly these. */
export async function putListVersion(
  db: ClaimLensDatabase,
  row: StoredList,
  claims: readonly StoredClaim[],
): Promise<void> {
  await db.claims.where('listId').equals(row.id).delete();
  await db.claims.bulkPut([...claims]);
  await db.lists.put(row);
}

export async function replaceList(
  db: ClaimLensDatabase,
  parsed: ParsedList,
  kind: ListKind,
  extra: Partial<StoredList> = {},
): Promise<StoredList> {
  const { claims, fields } = storedVersion(parsed, parsed.list.id);
  return db.transaction('rw', db.lists, db.claims, async () => {
    const previous = await db.lists.get(parsed.list.id);
    const row: StoredList = { ...previous, ...extra, id: parsed.list.id, kind, ...fields };
    await putListVersion(db, row, claims);
    return row;
  });
}

/** Seeds or refreshes the bundled list; a no-op when the same version is already stored. */
export async function ensureBundledList(db: ClaimLensDatabase, parsed: ParsedList): Promise<boolean> {
  const stored = await db.lists.get(parsed.list.id);
  if (stored && stored.version === parsed.list.version && stored.claimCount === parsed.list.claims.length) return false;
  await replaceList(db, parsed, 'bundled');
  return true;
}

export async function readAllClaims(db: ClaimLensDatabase): Promise<{ lists: StoredList[]; claims: StoredClaim[] }> {
  return db.transaction('r', db.lists, db.claims, async () => ({
    lists: await db.lists.toArray(),
    claims: await db.claims.toArray(),
  }));
}

const COMPILED_WITH = 'compiled-with';

/**
 * Compiles again every stored claim without hand-written `match` when the extension changed since
 * they were compiled (`stamp`: its version), so an update to the claim compiler reaches lists that
 * have not published a new version. A no-op when the stamp is current. A claim the new compiler
 * cannot compile keeps no match data and is skipped when the claims are activated.
 */
export async function recompileStoredClaims(db: ClaimLensDatabase, stamp: string): Promise<boolean> {
  if ((await db.settings.get(COMPILED_WITH))?.value === stamp) return false;
  const stored = await db.claims.filter((claim) => !claim.match).toArray();
  // Compiled outside the transaction: it is CPU work, and IndexedDB transactions end when idle.
  const rows = stored.map((row) => {
    const { compiledMatch: _old, ...claim } = row;
    try {
      return storedClaim(claim, row.listId);
    } catch {
      return claim;
    }
  });
  await db.transaction('rw', db.claims, db.settings, async () => {
    await db.claims.bulkPut(rows);
    await db.settings.put({ key: COMPILED_WITH, value: stamp });
  });
  return rows.length > 0;
}
