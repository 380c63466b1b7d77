// The sync's reads and writes. A new list version is written and activated in one Dexie
// transaction, after the download finished (never a fetch awaited inside a transaction), so
// readers see the last good version or the new one, never a mix and never nothing.
import type { ParsedList } from '../claims/parse';
import { ClaimSchema, type Claim } from '../claims/schema';
import type { ClaimLensDatabase, StoredList } from '../db/database';
import { putListVersion, storedVersion } from '../db/lists';
import * as v from 'valibot';
import { deriveMatchSpec } from '../claims/derive-match';
import { plainProblem } from './errors';

export const USER_LIST_ID = 'my-claims';
export const subscriptionId = (url: string) => `sub:${url}`;

export interface SyncSettings {
  /** How often each list is checked (default 6 hours). */
  intervalMinutes: number;
  /** A list must arrive within this time. */
  timeoutSeconds: number;
  maxBytes: number;
}

export const DEFAULT_SETTINGS: SyncSettings = {
  intervalMinutes: 6 * 60,
  timeoutSeconds: 30,
  maxBytes: 10 * 1024 * 1024,
};

export async function getSettings(db: ClaimLensDatabase): Promise<SyncSettings> {
  const row = await db.settings.get('sync');
  return { ...DEFAULT_SETTINGS, ...(row?.value as Partial<SyncSettings> | undefined) };
}

export async function saveSettings(db: ClaimLensDatabase, patch: Partial<SyncSettings>): Promise<SyncSettings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await getSettings(db)), ...patch };
    await db.settings.put({ key: 'sync', value: next });
    return next;
  });
}

export async function addSubscription(
  db: ClaimLensDatabase,
  url: string,
  publicKey: string | undefined,
): Promise<StoredList> {
  const id = subscriptionId(url);
  return db.transaction('rw', db.lists, async () => {
    if (await db.lists.get(id)) throw new Error('You are already subscribed to this list');
    const row: StoredList = {
      id,
      kind: 'subscription',
      title: new URL(url).host,
      publisher: '',
      version: 0,
      published: '',
      claimCount: 0,
      skipped: [],
      url,
      ...(publicKey && { publicKey }),
      paused: false,
      failures: 0,
    };
    await db.lists.add(row);
    return row;
  });
}

export async function removeList(db: ClaimLensDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.lists, db.claims, async () => {
    const row = await db.lists.get(id);
    if (!row) return;
    if (row.kind === 'bundled') throw new Error('The bundled list cannot be removed (pause it instead)');
    await db.claims.where('listId').equals(id).delete();
    await db.lists.delete(id);
  });
}

export async function updateList(db: ClaimLensDatabase, id: string, patch: Partial<StoredList>): Promise<void> {
  await db.lists.update(id, patch);
}

export interface Activation {
  parsed: ParsedList;
  etag?: string;
  lastModified?: string;
  signed: boolean;
  now: number;
  nextCheck: number;
}

/**
 * Writes a downloaded version and makes it the active one, in one transaction. Returns null
 * when it must not be applied after all: the subscription was removed meanwhile, or a newer
 * version was stored by a concurrent sync.
 */
export async function activateVersion(
  db: ClaimLensDatabase,
  id: string,
  activation: Activation,
): Promise<StoredList | null> {
  const { claims, fields } = storedVersion(activation.parsed, id);
  return db.transaction('rw', db.lists, db.claims, async () => {
    const row = await db.lists.get(id);
    if (!row || row.version >= fields.version) return null;
    const next: StoredList = {
      ...row,
      ...fields,
      skipped: fields.skipped.map(({ claimId, problem }) => ({ claimId, problem: plainProblem(problem) })),
      documentId: activation.parsed.list.id,
      etag: activation.etag,
      lastModified: activation.lastModified,
      signed: activation.signed,
      lastChecked: activation.now,
      lastUpdated: activation.now,
      nextCheck: activation.nextCheck,
      failures: 0,
      lastError: undefined,
      syncStartedAt: undefined,
    };
    await putListVersion(db, next, claims);
    return next;
  });
}

// ——— The user's own claims: a list of kind "user", the top of the precedence order. ———

export interface UserClaimInput {
  id?: string;
  text: string;
  verdict: string;
  summary?: string;
  context: { text: string; sources: { publisher: string; url?: string; date?: string; title?: string }[] }[];
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
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
  let match;
  try {
    match = deriveMatchSpec(text);
  } catch {
    throw new Error('text: write the claim in words');
  }
  const candidate = {
    id,
    text,
    verdict: { label: input.verdict.trim() },
    summary: input.summary?.trim() || context[0]?.text || '',
    denials: [],
    context,
    match,
  };
  const parsed = v.safeParse(ClaimSchema, candidate);
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
    await db.claims.put({ ...claim, listId: USER_LIST_ID });
    const count = await db.claims.where('listId').equals(USER_LIST_ID).count();
    await db.lists.put({ ...row, version: row.version + 1, published: new Date(now).toISOString(), claimCount: count });
    return claim;
  });
}

/** Adds whole claims (e.g. imported from ClaimReview) to the user's own list. */
export async function addUserClaims(db: ClaimLensDatabase, claims: readonly Claim[], now: number): Promise<void> {
  await db.transaction('rw', db.lists, db.claims, async () => {
    const row = await ensureUserList(db, now);
    await db.claims.bulkPut(claims.map((claim) => ({ ...claim, listId: USER_LIST_ID })));
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
  return stored.map(({ listId: _listId, ...claim }) => claim);
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
