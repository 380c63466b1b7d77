// When a subscribed list is checked again, at the edges of each rule: a Retry-After with spaces,
// in the past or absurdly far; the first and the hundredth failure; a list due this very moment.
import { describe, expect, it } from 'vitest';
import {
  BACKOFF_BASE_MS,
  HOUR,
  MAX_RETRY_AFTER_MS,
  MINUTE,
  dueLists,
  nextCheckAfterFailure,
  nextCheckAfterSuccess,
  nextWake,
  parseRetryAfter,
} from '../../../src/sync/schedule';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const half = () => 0.5;
const low = () => 0;

describe('Retry-After', () => {
  it('reads seconds with spaces around them, and nothing from an empty header', () => {
    expect(parseRetryAfter(' 30 ', NOW)).toBe(30_000);
    expect(parseRetryAfter('', NOW)).toBeUndefined();
    expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
  });

  it('reads only whole seconds as seconds: a number with more is a date or nothing', () => {
    expect(parseRetryAfter('30s', NOW)).toBeUndefined();
    expect(parseRetryAfter('in 30', NOW)).toBeUndefined();
    expect(parseRetryAfter('2.5', NOW)).not.toBe(2500);
  });

  it('waits no time for a date already past, and at most a week for a date far ahead', () => {
    expect(parseRetryAfter(new Date(NOW - HOUR).toUTCString(), NOW)).toBe(0);
    expect(parseRetryAfter(new Date(NOW + 30 * 24 * HOUR).toUTCString(), NOW)).toBe(MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter(String(7 * 24 * 3600), NOW)).toBe(MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter(String(7 * 24 * 3600 - 1), NOW)).toBe(MAX_RETRY_AFTER_MS - 1000);
  });
});

describe('the next check', () => {
  it('after a success, lands exactly one interval later when the jitter is in the middle', () => {
    expect(nextCheckAfterSuccess(NOW, 6 * HOUR, half)).toBe(NOW + 6 * HOUR);
    expect(nextCheckAfterSuccess(NOW, 1001, low)).toBe(NOW + 951);
  });

  it('after failures, waits three quarters of the backoff when the jitter is in the middle', () => {
    expect(nextCheckAfterFailure(NOW, 1, 6 * HOUR, half)).toBe(NOW + 0.75 * BACKOFF_BASE_MS);
    expect(nextCheckAfterFailure(NOW, 2, 6 * HOUR, half)).toBe(NOW + 1.5 * BACKOFF_BASE_MS);
    expect(nextCheckAfterFailure(NOW, 1, 6 * HOUR, low)).toBe(NOW + BACKOFF_BASE_MS / 2);
  });

  it('treats a failure count of zero like the first failure, and never waits past the interval', () => {
    expect(nextCheckAfterFailure(NOW, 0, 6 * HOUR, low)).toBe(NOW + 2.5 * MINUTE);
    expect(nextCheckAfterFailure(NOW, 100, 6 * HOUR, half)).toBe(NOW + 4.5 * HOUR);
    // With a huge interval the backoff stops doubling after 31 failures (2^30 × 5 minutes).
    const long = Number.MAX_SAFE_INTEGER;
    expect(nextCheckAfterFailure(NOW, 500, long, low)).toBe(NOW + (BACKOFF_BASE_MS * 2 ** 30) / 2);
  });

  it("keeps the backoff when the server's Retry-After is shorter", () => {
    expect(nextCheckAfterFailure(NOW, 3, 6 * HOUR, low, 1000)).toBe(NOW + 2 * BACKOFF_BASE_MS);
  });
});

describe('which lists are due', () => {
  const sub = { kind: 'subscription', url: 'https://lists.example/a.json' };

  it('checks a list whose time is this very moment, not one a millisecond ahead', () => {
    const lists = [
      { ...sub, id: 'now', nextCheck: NOW },
      { ...sub, id: 'soon', nextCheck: NOW + 1 },
    ];
    expect(dueLists(lists, NOW).map((l) => l.id)).toEqual(['now']);
  });

  it('never checks a subscription without an address or a list of another kind', () => {
    const lists = [
      { id: 'no-url', kind: 'subscription', nextCheck: NOW - 1 },
      { id: 'user', kind: 'user', url: 'https://lists.example/u.json', nextCheck: NOW - 1 },
      { ...sub, id: 'on', paused: false, nextCheck: NOW - 1 },
    ];
    expect(dueLists(lists, NOW).map((l) => l.id)).toEqual(['on']);
    expect(nextWake(lists.slice(0, 2), NOW)).toBeUndefined();
  });

  it('wakes now for a list never checked, and at the earliest of several later checks', () => {
    expect(
      nextWake(
        [
          { ...sub, id: 'later', nextCheck: NOW + HOUR },
          { ...sub, id: 'new' },
        ],
        NOW,
      ),
    ).toBe(NOW);
    expect(
      nextWake(
        [
          { ...sub, id: 'b', nextCheck: NOW + 2 * HOUR },
          { ...sub, id: 'a', nextCheck: NOW + HOUR },
        ],
        NOW,
      ),
    ).toBe(NOW + HOUR);
  });
});
