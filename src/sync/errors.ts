// Why a list was not updated, in words a reader understands. The code is for tests and for the
// scheduler (some failures are worth retrying soon, some only when the publisher fixes the list).
export type SyncErrorCode =
  | 'bad-url'
  | 'insecure-url'
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'redirect'
  | 'content-type'
  | 'too-large'
  | 'truncated'
  | 'invalid-json'
  | 'invalid-list'
  | 'list-id-changed'
  | 'older-version'
  | 'expired'
  | 'signature-missing'
  | 'signature-invalid'
  | 'bad-key';

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    /** Milliseconds the server asked us to wait (Retry-After), when it said so. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

/** Names IndexedDB (and Dexie, which wraps it) gives a failed write, and what each means for the reader. */
const STORAGE_PROBLEMS: Record<string, string> = {
  QuotaExceededError:
    'The browser has no room left to save this list (storage is full): free some disk space or remove lists you no longer need. The last good version stays in use',
  DataCloneError:
    'The browser could not save this list (it holds data that cannot be stored). The last good version stays in use',
};

/** Why a sync failed, in words for the reader; never a browser's raw error text. */
export function describeError(error: unknown): string {
  if (error instanceof SyncError) return error.message;
  const names = [(error as { name?: unknown })?.name, (error as { inner?: { name?: unknown } })?.inner?.name];
  for (const name of names)
    if (typeof name === 'string' && Object.hasOwn(STORAGE_PROBLEMS, name)) return STORAGE_PROBLEMS[name]!;
  if (
    names.some(
      (name) =>
        typeof name === 'string' &&
        /Error$/.test(name) &&
        /Dexie|IDB|Database|Transaction|Abort|Constraint|Version|Open/i.test(name),
    )
  )
    return 'The browser could not save this list (a storage error). The last good version stays in use';
  return 'Something went wrong while updating the list; the last good version stays in use and ClaimLens will try again later';
}

/** Valibot's wording for a missing field, in plain words ("summary: missing"). */
export function plainProblem(problem: string): string {
  return problem
    .replace(/Invalid key: Expected "([^"]+)" but received undefined/, 'missing')
    .replace(/Invalid type: Expected (\w+) but received/, 'expected a $1, got');
}
