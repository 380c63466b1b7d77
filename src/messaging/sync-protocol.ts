// Options page ↔ background messages for claim list subscriptions and the user's own claims.
// Validated on arrival like the rest of the protocol (protocol.ts); the background accepts them
// only from the extension's own pages, never from a content script.
import * as v from 'valibot';
import type { Claim } from '../claims/schema';
import type { SyncProgress } from '../sync/orchestrator';
import type { SyncSettings } from '../sync/settings';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(2100));
const Short = v.pipe(v.string(), v.maxLength(5000));

const UserClaimInputSchema = v.object({
  id: v.optional(v.pipe(v.string(), v.maxLength(200))),
  text: Short,
  verdict: v.pipe(v.string(), v.maxLength(200)),
  summary: v.optional(Short),
  context: v.pipe(
    v.array(
      v.object({
        text: Short,
        sources: v.pipe(
          v.array(
            v.object({
              publisher: v.pipe(v.string(), v.maxLength(300)),
              url: v.optional(v.pipe(v.string(), v.maxLength(2000))),
              date: v.optional(v.pipe(v.string(), v.maxLength(20))),
              title: v.optional(v.pipe(v.string(), v.maxLength(500))),
            }),
          ),
          v.maxLength(20),
        ),
      }),
    ),
    v.maxLength(20),
  ),
});

/** A ClaimReview file larger than this is refused (checked in the options page and again in the background). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Why a file of this size cannot be imported, in words; undefined when it can. */
export function importSizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `The file is ${mb} MB; ClaimLens imports ClaimReview files of up to 5 MB. Split it into smaller files.`;
}

/** Options page → background. */
export const ToSyncSchema = v.variant('type', [
  v.object({ type: v.literal('sync:get-state') }),
  v.object({
    type: v.literal('sync:subscribe'),
    url: v.pipe(v.string(), v.maxLength(2000)),
    publicKey: v.optional(v.pipe(v.string(), v.maxLength(200))),
  }),
  /** Without listId: every subscription. */
  v.object({ type: v.literal('sync:sync-now'), listId: v.optional(Id) }),
  v.object({ type: v.literal('sync:set-paused'), listId: Id, paused: v.boolean() }),
  v.object({ type: v.literal('sync:remove'), listId: Id }),
  v.object({
    type: v.literal('sync:set-settings'),
    intervalMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7 * 24 * 60))),
    timeoutSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(300))),
  }),
  v.object({ type: v.literal('sync:save-user-claim'), claim: UserClaimInputSchema }),
  v.object({ type: v.literal('sync:delete-user-claim'), claimId: Id }),
  v.object({ type: v.literal('sync:export-user-list'), as: v.picklist(['claimlens', 'claimreview']) }),
  // Up to twice the limit passes the schema so the background can refuse it in words (a schema failure gets no reply).
  v.object({ type: v.literal('sync:import-claimreview'), json: v.pipe(v.string(), v.maxLength(2 * MAX_IMPORT_BYTES)) }),
]);

/** Background → extension pages: the state shown in the options page changed. */
export const FromSyncSchema = v.object({ type: v.literal('sync:state-changed') });

export type ToSync = v.InferOutput<typeof ToSyncSchema>;
/** A claim as the options page writes it; the background validates it into a Claim (src/sync/user-claims.ts). */
export type UserClaimInput = v.InferOutput<typeof UserClaimInputSchema>;

/** One row of the options page's list table. */
export interface ListView {
  id: string;
  kind: 'bundled' | 'subscription' | 'user';
  title: string;
  publisher: string;
  url?: string;
  homepage?: string;
  version: number;
  claimCount: number;
  /** Claims the last accepted version carried that failed validation: count and first problems. */
  skippedCount: number;
  skippedProblems: string[];
  lastChecked?: number;
  lastUpdated?: number;
  nextCheck?: number;
  lastError?: string;
  /** Set when the held version's `expires` has passed: it is out of use, whatever its server does. */
  expiredOn?: string;
  /** Other things the reader should know about the held version, in words (claim id conflicts, …). */
  notices: string[];
  failures: number;
  paused: boolean;
  publicKey?: string;
  signed: boolean;
  syncing?: SyncProgress;
}

/** One of the user's own claims used in place of another list's claim with the same id. */
export interface UserOverride {
  claimId: string;
  /** The titles of the lists whose claim it replaces. */
  lists: string[];
}

export interface SyncState {
  lists: ListView[];
  settings: SyncSettings;
  userClaims: Claim[];
  userOverrides: UserOverride[];
}

export interface SyncResponseOf {
  'sync:get-state': SyncState;
  'sync:subscribe': { listId: string; outcome: import('../sync/orchestrator').SyncOutcome };
  'sync:sync-now': Record<string, import('../sync/orchestrator').SyncOutcome>;
  'sync:set-paused': null;
  'sync:remove': null;
  'sync:set-settings': SyncSettings;
  'sync:save-user-claim': Claim;
  'sync:delete-user-claim': null;
  'sync:export-user-list': { fileName: string; json: string };
  'sync:import-claimreview': { imported: number; skipped: string[] };
}
