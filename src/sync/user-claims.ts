// The user's own claims: a list of kind "user", the top of the precedence order. Written in the
// options page or imported from schema.org ClaimReview, and exported as a list others can use.
import { compileClaim } from '../claim-compiler';
import { importClaimReviews } from '../claims/claim-review';
import { unknownNames } from '../claims/parse';
import { ClaimSchema, type Claim } from '../claims/schema';
import type { ClaimLensDatabase, StoredClaim, StoredList } from '../db/database';
import { storedClaim } from '../db/lists';
import { importSizeProblem, type UserClaimInput } from '../messaging/sync-protocol';
import * as v from 'valibot';
import { plainProblem } from './errors';

export const USER_LIST_ID = 'my-claims';

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    // NFKD splits "é" into "e" and a combining accent; the accent goes, or "réseau" became "re-seau".
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '') || 'claim';

/** Validates a claim written in the options page; throws with every problem in words. */
export function buildUserClaim(input: UserClaimInput, takenIds: ReadonlySet<string>): Claim {
  const text = input.text.trim();
  let id = input.id ?? `my-${slug(text)}`;
  if (!input.id) for (let n = 2; takenIds.has(id); n++) id = `my-${slug(text)}-${n}`;
  const context = input.context
    .map((fact) => ({
      text: fact.text.trim(),
      sources: fact.sources
        .map((s) => ({
          publisher: s.publisher.trim(),
          ...(s.url?.trim() && { url: s.url.trim() }),
          ...(s.date?.trim() && { date: s.date.trim() }),
          ...(s.title?.trim() && { title: s.title.trim() }),
        }))
        .filter((s) => s.publisher || s.url),
    }))
    .filter((fact) => fact.text || fact.sources.length);
  const examples = input.examples && {
    match: input.examples.match.map((s) => s.trim()).filter(Boolean),
    nomatch: input.examples.nomatch.map((s) => s.trim()).filter(Boolean),
  };
  // No `match`: the claim is compiled from its text (and examples) when it is stored, and again by
  // whoever subscribes to the exported list, with their compiler.
  const candidate = {
    id,
    text,
    verdict: { label: input.verdict.trim() },
    summary: input.summary?.trim() || context[0]?.text || '',
    denials: [],
    context,
    ...(examples && (examples.match.length || examples.nomatch.length) && { examples }),
  };
  const parsed = v.safeParse(ClaimSchema, candidate);
  const unknown = parsed.success ? unknownNames(parsed.output, {}, takenIds) : [];
  if (unknown.length) throw new Error(unknown.join('; '));
  if (!parsed.success) {
    const problems = parsed.issues.map(
      (issue) =>
        `${(issue.path ?? [])
          .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
          .join('')
          .replace(/^\./, '')}: ${plainProblem(issue.message)}`,
    );
    throw new Error(problems.join('; '));
  }
  // A claim whose own text has nothing to look for is refused now, in words (examples alone do not
  // make a claim), rather than saved and then skipped when the list is compiled.
  try {
    compileClaim({ text: parsed.output.text });
  } catch {
    throw new Error('text: write the claim in words');
  }
  return parsed.output;
}

async function ensureUserList(db: ClaimLensDatabase, now: number): Promise<StoredList> {
  const row = await db.lists.get(USER_LIST_ID);
  if (row) return row;
  const created: StoredList = {
    id: USER_LIST_ID,
    kind: 'user',
    title: 'Your own claims',
    publisher: 'You',
    version: 0,
    published: new Date(now).toISOString(),
    claimCount: 0,
    skipped: [],
  };
  await db.lists.put(created);
  return created;
}

export async function saveUserClaim(db: ClaimLensDatabase, input: UserClaimInput, now: number): Promise<Claim> {
  return db.transaction('rw', db.lists, db.claims, async () => {
    const row = await ensureUserList(db, now);
    const existing = await db.claims.where('listId').equals(USER_LIST_ID).primaryKeys();
    const claim = buildUserClaim(input, new Set(existing.map(([, id]) => id)));
    let stored: StoredClaim;
    try {
      stored = storedClaim(claim, USER_LIST_ID);
    } catch {
      throw new Error('text: write the claim in words (it has nothing ClaimLens can look for in a page)');
    }
    await db.claims.put(stored);
    const count = await db.claims.where('listId').equals(USER_LIST_ID).count();
    await db.lists.put({ ...row, version: row.version + 1, published: new Date(now).toISOString(), claimCount: count });
    return claim;
  });
}

/** Adds whole claims (e.g. imported from ClaimReview) to the user's own list. */
export async function addUserClaims(db: ClaimLensDatabase, claims: readonly Claim[], now: number): Promise<void> {
  await db.transaction('rw', db.lists, db.claims, async () => {
    const row = await ensureUserList(db, now);
    // Imported claims carry compiled match data already; one without it is compiled here or left out.
    const rows = claims.flatMap((claim) => {
      try {
        return [storedClaim(claim, USER_LIST_ID)];
      } catch {
        return [];
      }
    });
    await db.claims.bulkPut(rows);
    const count = await db.claims.where('listId').equals(USER_LIST_ID).count();
    await db.lists.put({ ...row, version: row.version + 1, published: new Date(now).toISOString(), claimCount: count });
  });
}

export async function deleteUserClaim(db: ClaimLensDatabase, claimId: string, now: number): Promise<void> {
  await db.transaction('rw', db.lists, db.claims, async () => {
    const row = await ensureUserList(db, now);
    await db.claims.delete([USER_LIST_ID, claimId]);
    const count = await db.claims.where('listId').equals(USER_LIST_ID).count();
    await db.lists.put({ ...row, version: row.version + 1, published: new Date(now).toISOString(), claimCount: count });
  });
}

export async function userClaims(db: ClaimLensDatabase): Promise<Claim[]> {
  const stored = await db.claims.where('listId').equals(USER_LIST_ID).toArray();
  return stored.map(({ listId: _listId, compiledMatch: _compiled, ...claim }) => claim);
}

/** The user's claims as a list file others can subscribe to. */
export async function exportUserList(db: ClaimLensDatabase, now: number): Promise<Record<string, unknown>> {
  const row = await db.lists.get(USER_LIST_ID);
  return {
    format: 'claimlens-list/1',
    id: 'my-claims',
    title: 'My ClaimLens claims',
    publisher: 'ClaimLens user',
    version: Math.max(1, row?.version ?? 1),
    published: new Date(now).toISOString(),
    claims: await userClaims(db),
  };
}

/** Adds the claims of a schema.org ClaimReview file to the user's own list; the rest are reported. */
export async function importUserClaimReviews(
  db: ClaimLensDatabase,
  json: string,
  now: number,
): Promise<{ imported: number; skipped: string[] }> {
  const tooLarge = importSizeProblem(new TextEncoder().encode(json).byteLength);
  if (tooLarge) throw new Error(tooLarge);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('The file is not JSON');
  }
  const existing = (await userClaims(db)).map((claim) => claim.id);
  const { claims, skipped } = importClaimReviews(parsed, existing);
  await addUserClaims(db, claims, now);
  return { imported: claims.length, skipped: skipped.map((s) => s.problem) };
}
