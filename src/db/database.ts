// The background's IndexedDB database. Only the background and extension pages open it: a
// content script's IndexedDB belongs to the page's origin. Every schema version stays declared
// here so Dexie can upgrade any older database (see tests/unit/db).
import Dexie, { type EntityTable } from 'dexie';
import type { Claim, ListHeader, MatchSpec } from '../claims/schema';
import type { StoredMatcherForm } from '../match/stored-form';

/** Where a list comes from; also its precedence when two lists carry the same claim id. */
export type ListKind = 'user' | 'subscription' | 'bundled';

export interface StoredList {
  id: string;
  kind: ListKind;
  title: string;
  publisher: string;
  homepage?: string;
  /** The list header's `contact`, for the card's report link. */
  contact?: string;
  version: number;
  published: string;
  expires?: string;
  claimCount: number;
  /** Claims skipped because they failed validation, with the first problem of each. */
  skipped: { claimId?: string; problem: string }[];
  /** Subscriptions only: where the list is fetched from, and the pinned Ed25519 key. */
  url?: string;
  publicKey?: string;
  paused?: boolean;
  lastChecked?: number;
  lastUpdated?: number;
  nextCheck?: number;
  lastError?: string;
  etag?: string;
  lastModified?: string;
  failures?: number;
  /** Subscriptions: the id inside the published document (the row id is "sub:" + url). */
  documentId?: string;
  /** Set when a sync starts and cleared when it ends: still set means the worker died mid-sync. */
  syncStartedAt?: number;
  /** The held version came with a valid signature from the pinned key. */
  signed?: boolean;
  /** Subscriptions: when the reader subscribed; an earlier subscription keeps a claim id a later one reuses. */
  subscribedAt?: number;
  /** SHA-256 of the held version's bytes, to notice a version re-published with other content. */
  contentHash?: string;
  /** A problem with the held version that is not a failed check: it changed without a new version number. */
  notice?: string;
}

/** A list's shared concepts, stored once per list and resolved into its claims when the matcher is compiled. */
export interface StoredLexicon {
  listId: string;
  concepts: Record<string, string[]>;
}

/** Key-value settings of the background (sync interval, …): src/sync/settings.ts. */
export interface StoredSetting {
  key: string;
  value: unknown;
}

/**
 * A claim as its list gives it, plus, when it has no hand-written `match`, the match data the claim
 * compiler made when the list version was stored (so a waking worker does not compile again).
 */
export type StoredClaim = Claim & { listId: string; compiledMatch?: MatchSpec };

/** The compiled matcher of the lists in force, stored so a woken worker need not recompile (compiled-matcher-store.ts). */
export interface StoredCompiledMatcherRow {
  id: string;
  key: string;
  form: StoredMatcherForm;
  /** The list each claim of the matcher comes from: an index into `listIds`, per claim. */
  claimList: Int32Array;
  listIds: string[];
  /** What else the background keeps beside the matcher (claim id conflicts). */
  extra?: Record<string, unknown>;
}

export type ClaimLensDatabase = Dexie & {
  lists: EntityTable<StoredList, 'id'>;
  lexicons: EntityTable<StoredLexicon, 'listId'>;
  claims: Dexie.Table<StoredClaim, [string, string]>;
  settings: EntityTable<StoredSetting, 'key'>;
  compiledMatchers: EntityTable<StoredCompiledMatcherRow, 'id'>;
};

export const DATABASE_NAME = 'claimlens';

export function openDatabase(
  name = DATABASE_NAME,
  indexedDB?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange },
): ClaimLensDatabase {
  const db = new Dexie(name, indexedDB) as ClaimLensDatabase;
  db.version(1).stores({
    lists: 'id, kind',
    claims: '[listId+id], listId, id',
  });
  // v2 (list sync): subscriptions are looked up by URL, and settings get a table.
  db.version(2).stores({
    lists: 'id, kind, url',
    settings: 'key',
  });
  // v3 (hardening): a list's lexicon is stored once, not copied into each claim. Claims stored by v2
  // carry their concepts resolved, which still compile the same (a claim's own concepts win).
  db.version(3).stores({ lexicons: 'listId' });
  // v4 (100,000 claims): the compiled matcher is stored, not rebuilt on every wake.
  db.version(4).stores({ compiledMatchers: 'id' });
  return db;
}

export function headerOf(list: StoredList): ListHeader {
  return {
    format: 'claimlens-list/1',
    id: list.id,
    title: list.title,
    publisher: list.publisher,
    homepage: list.homepage,
    version: list.version,
    published: list.published,
    expires: list.expires,
    lexicon: Object.create(null) as Record<string, string[]>,
  };
}
