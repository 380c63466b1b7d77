// What a reader reads on a list's row when an update failed: the sync's own words, the storage
// failures named for what they mean, never a browser's raw error text.
import { describe, expect, it } from 'vitest';
import { describeError, plainProblem, SyncError } from '../../../src/sync/errors';

const named = (name: string, message = 'raw browser text') => Object.assign(new Error(message), { name });
const GENERIC = 'Something went wrong while updating the list; the last good version stays in use';
const STORAGE = 'The browser could not save this list (a storage error). The last good version stays in use';

describe('describeError', () => {
  it("shows a sync failure's own words, and keeps its code and the server's Retry-After", () => {
    const error = new SyncError('http-status', 'The server answered 503 (unavailable)', 60_000);
    expect(describeError(error)).toBe('The server answered 503 (unavailable)');
    expect(error).toMatchObject({ name: 'SyncError', code: 'http-status', retryAfterMs: 60_000 });
  });

  it('says the disk is full for a quota failure, thrown directly or wrapped by Dexie', () => {
    const full = describeError(named('QuotaExceededError'));
    expect(full).toMatch(/^The browser has no room left to save this list \(storage is full\)/);
    expect(full).toContain('The last good version stays in use');
    const wrapped = Object.assign(named('BulkError'), { inner: named('QuotaExceededError') });
    expect(describeError(wrapped)).toBe(full);
  });

  it('says the list holds data that cannot be stored for a DataCloneError', () => {
    expect(describeError(named('DataCloneError'))).toBe(
      'The browser could not save this list (it holds data that cannot be stored). The last good version stays in use',
    );
  });

  it('calls the other IndexedDB and Dexie failures a storage error, whatever their wording', () => {
    for (const name of ['AbortError', 'ConstraintError', 'VersionError', 'DatabaseClosedError', 'OpenFailedError'])
      expect(describeError(named(name)), name).toBe(STORAGE);
    expect(describeError(Object.assign(named('Error'), { inner: named('TransactionInactiveError') }))).toBe(STORAGE);
  });

  it('gives the general sentence for anything else, never the raw text', () => {
    for (const error of [
      named('TypeError', 'Failed to fetch'),
      named('AbortErrorLike'),
      named('Database'),
      named('toString'),
      named('constructor'),
      null,
      undefined,
      'a string',
      { name: 42 },
    ])
      expect(describeError(error)).toMatch(new RegExp(`^${GENERIC}`));
  });
});

describe('plainProblem', () => {
  it('words valibot\'s "missing field" and "wrong type" messages for a person', () => {
    expect(plainProblem('Invalid key: Expected "summary" but received undefined')).toBe('missing');
    expect(plainProblem('Invalid type: Expected string but received 3')).toBe('expected a string, got 3');
    expect(plainProblem('must be a URL')).toBe('must be a URL');
  });
});
