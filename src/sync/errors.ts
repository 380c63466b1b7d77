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

export function describeError(error: unknown): string {
  if (error instanceof SyncError) return error.message;
  if (error instanceof Error) return `Unexpected error: ${error.message}`;
  return `Unexpected error: ${String(error)}`;
}

/** Valibot's wording for a missing field, in plain words ("summary: missing"). */
export function plainProblem(problem: string): string {
  return problem
    .replace(/Invalid key: Expected "([^"]+)" but received undefined/, 'missing')
    .replace(/Invalid type: Expected (\w+) but received/, 'expected a $1, got');
}
