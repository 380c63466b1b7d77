// Writing and reading claim lists. A list version is replaced in one transaction, so readers
// see either the old list or the new one, never a mix. A list's lexicon is stored once, in its own
// row, and resolved into its claims only when the matcher is compiled (active-claims.ts).
import { COMPILER_VERSION, looksCompiled } from '../claim-compiler';
import { storedMatchOf } from '../claim-compiler/shared-concepts';
import { matchOf } from '../claim-check';
import type { ParsedList } from '../claims/parse';
import type { Claim } from '../claims/schema';
import type { ClaimLensDatabase, ListKind, StoredClaim, StoredLexicon, StoredList } from './database';

/** A parsed list version as stored: its claims (own concepts only), its lexicon and the header fields of its row. */
/**
 * A claim as stored: as its list gives it, plus, when it has no hand-written `match`, the match data
 * compiled from its text once, now (`compiledMatch`). Throws, in words, when that cannot be done.
 */
export function storedClaim(claim: Claim, listId: string): StoredClaim {
  if (claim.match) return { ...claim, listId };
  // The compiler's shared concepts are named, not copied (claim-compiler/shared-concepts.ts).
  return { ...claim, listId, compiledMatch: storedMatchOf(matchOf(claim)) };
}

export function storedVersion(parsed: ParsedList, listId: string) {
  const { list } = parsed;
  const skipped = [...parsed.skipped];
  const claims: StoredClaim[] = [];
  list.claims.forEach((claim, index) => {
    try {
      claims.push(storedClaim(claim, listId));
    } catch (error) {
      // One claim that cannot be compiled costs only itself; the options page shows why.
      const problem = `claims[${index}] (${claim.id}): ${error instanceof Error ? error.message : String(error)}`;
      skipped.push({ index, claimId: claim.id, problem });
    }
  });
  const lexicon: StoredLexicon = { listId, concepts: list.lexicon };
  const fields = {
    title: list.title,
    publisher: list.publisher,
    homepage: list.homepage,
    contact: list.contact,
    version: list.version,
    published: list.published,
    expires: list.expires,
    claimCount: claims.length,
    skipped: skipped.map(({ claimId, problem }) => ({ claimId, problem })),
  } satisfies Partial<StoredList>;
  return { claims, lexicon, fields };
}

/** Inside a transaction: the list's claims, lexicon and row become exactly these. */
export async function putListVersion(
  db: ClaimLensDatabase,
  row: StoredList,
  claims: readonly StoredClaim[],
  lexicon: StoredLexicon,
): Promise<void> {
  await db.claims.where('listId').equals(row.id).delete();
  await db.claims.bulkPut([...claims]);
  await db.lexicons.put(lexicon);
  await db.lists.put(row);
}

export async function replaceList(
  db: ClaimLensDatabase,
  parsed: ParsedList,
  kind: ListKind,
  extra: Partial<StoredList> = {},
): Promise<StoredList> {
  const { claims, lexicon, fields } = storedVersion(parsed, parsed.list.id);
  return db.transaction('rw', [db.lists, db.claims, db.lexicons], async () => {
    const previous = await db.lists.get(parsed.list.id);
    const row: StoredList = { ...previous, ...extra, id: parsed.list.id, kind, ...fields };
    await putListVersion(db, row, claims, lexicon);
    return row;
  });
}

/**
 * Seeds or refreshes the bundled list. A no-op only when the same version is stored with all its
 * claims and its lexicon: a cleared claims store is seeded again, whatever the row says.
 */
export async function ensureBundledList(db: ClaimLensDatabase, parsed: ParsedList): Promise<boolean> {
  const id = parsed.list.id;
  const [stored, storedClaims, lexicon] = await db.transaction('r', [db.lists, db.claims, db.lexicons], () =>
    Promise.all([db.lists.get(id), db.claims.where('listId').equals(id).count(), db.lexicons.get(id)]),
  );
  const count = parsed.list.claims.length;
  if (stored?.version === parsed.list.version && stored.claimCount === count && storedClaims === count && lexicon)
    return false;
  await replaceList(db, parsed, 'bundled');
  return true;
}

/** Claims and lexicons whose list row is gone (a lost or cleared lists store): removed; returns how many claims. */
export async function removeOrphans(db: ClaimLensDatabase): Promise<number> {
  return db.transaction('rw', [db.lists, db.claims, db.lexicons], async () => {
    const listIds = new Set(await db.lists.toCollection().primaryKeys());
    const orphanClaims = (await db.claims.toCollection().primaryKeys()).filter(([listId]) => !listIds.has(listId));
    await db.claims.bulkDelete(orphanClaims);
    const orphanLexicons = (await db.lexicons.toCollection().primaryKeys()).filter((listId) => !listIds.has(listId));
    await db.lexicons.bulkDelete(orphanLexicons);
    return orphanClaims.length;
  });
}

export async function readAllClaims(
  db: ClaimLensDatabase,
): Promise<{ lists: StoredList[]; claims: StoredClaim[]; lexicons: StoredLexicon[] }> {
  return db.transaction('r', [db.lists, db.claims, db.lexicons], async () => ({
    lists: await db.lists.toArray(),
    claims: await db.claims.toArray(),
    lexicons: await db.lexicons.toArray(),
  }));
}
const COMPILED_WITH = 'compiled-with';

/**
 * Compiles again every stored claim without hand-written `match` when the extension or its claim
 * compiler changed since they were compiled (`stamp`: the extension's version; the compiler's
 * version is added here), so an update to the claim compiler reaches lists that have not published
 * a new version. A no-op when the stamp is current. A claim the new compiler cannot compile keeps no
 * match data and is skipped when the claims are activated. Claims imported from ClaimReview before
 * imports stopped writing `match` carry compiled data there: it is taken for compiled and replaced.
 */
export async function recompileStoredClaims(db: ClaimLensDatabase, stamp: string): Promise<boolean> {
  const current = `${stamp} compiler ${COMPILER_VERSION}`;
  if ((await db.settings.get(COMPILED_WITH))?.value === current) return false;
  const compiledAsMatch = (claim: StoredClaim) => !!claim.review && !!claim.match && looksCompiled(claim.match);
  const stored = await db.claims.filter((claim) => !claim.match || compiledAsMatch(claim)).toArray();
  // Compiled outside the transaction: it is CPU work, and IndexedDB transactions end when idle.
  const rows = stored.map((row) => {
    const { compiledMatch: _old, match, ...rest } = row;
    const claim = compiledAsMatch(row) || !match ? rest : { ...rest, match };
    try {
      return storedClaim(claim, row.listId);
    } catch {
      return claim;
    }
  });
  await db.transaction('rw', [db.claims, db.settings, db.compiledMatchers], async () => {
    await db.claims.bulkPut(rows);
    await db.settings.put({ key: COMPILED_WITH, value: current });
    // The stored matcher was compiled from the old data (its key names the lists, not the compiler).
    if (rows.length > 0) await db.compiledMatchers.clear();
  });
  return rows.length > 0;
}
