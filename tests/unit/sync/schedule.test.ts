import { describe, expect, it } from 'vitest';
import {
  BACKOFF_BASE_MS,
  DEFAULT_INTERVAL_MS,
  HOUR,
  dueLists,
  nextCheckAfterFailure,
  nextCheckAfterSuccess,
  nextWake,
  parseRetryAfter,
} from '../../../src/sync/schedule';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const low = () => 0;
const high = () => 0.999999;

describe('after a successful check', () => {
  it('checks again one interval later, spread by at most 5%', () => {
    expect(nextCheckAfterSuccess(NOW, DEFAULT_INTERVAL_MS, low) - NOW).toBe(Math.round(0.95 * 6 * HOUR));
    expect(nextCheckAfterSuccess(NOW, DEFAULT_INTERVAL_MS, high) - NOW).toBeCloseTo(1.05 * 6 * HOUR, -3);
  });
});

describe('after failures', () => {
  it('backs off exponentially with jitter, capped at the regular interval', () => {
    const delays = [1, 2, 3, 4, 10].map(
      (failures) => nextCheckAfterFailure(NOW, failures, DEFAULT_INTERVAL_MS, high) - NOW,
    );
    expect(delays[0]).toBeCloseTo(BACKOFF_BASE_MS, -3);
    expect(delays[1]).toBeCloseTo(2 * BACKOFF_BASE_MS, -3);
    expect(delays[2]).toBeCloseTo(4 * BACKOFF_BASE_MS, -3);
    expect(delays[4]).toBeLessThanOrEqual(DEFAULT_INTERVAL_MS);
    // Jitter: the same failure count lands anywhere between half and the full delay.
    expect(nextCheckAfterFailure(NOW, 3, DEFAULT_INTERVAL_MS, low) - NOW).toBe(2 * BACKOFF_BASE_MS);
  });

  it("never retries before the server's Retry-After", () => {
    expect(nextCheckAfterFailure(NOW, 1, DEFAULT_INTERVAL_MS, low, 3 * HOUR) - NOW).toBe(3 * HOUR);
  });

  it('reads Retry-After as seconds or as an HTTP date, and ignores nonsense', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(new Date(NOW + 90_000).toUTCString(), NOW)).toBe(90_000);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
    expect(parseRetryAfter('99999999999', NOW)).toBe(7 * 24 * HOUR);
  });
});

describe('which lists to check', () => {
  const lists = [
    { id: 'bundled', kind: 'bundled' },
    { id: 'due', kind: 'subscription', url: 'https://a/x.json', nextCheck: NOW - 1 },
    { id: 'later', kind: 'subscription', url: 'https://a/y.json', nextCheck: NOW + HOUR },
    { id: 'new', kind: 'subscription', url: 'https://a/z.json' },
    { id: 'paused', kind: 'subscription', url: 'https://a/p.json', paused: true, nextCheck: NOW - HOUR },
    {
      id: 'interrupted',
      kind: 'subscription',
      url: 'https://a/i.json',
      nextCheck: NOW + HOUR,
      syncStartedAt: NOW - 1000,
    },
  ];

  it('takes due, never-checked and interrupted subscriptions; never paused ones or the bundled list', () => {
    expect(dueLists(lists, NOW).map((list) => list.id)).toEqual(['due', 'new', 'interrupted']);
  });

  it('wakes at the earliest next check, not in the past', () => {
    expect(
      nextWake(
        lists.filter((l) => l.id === 'later'),
        NOW,
      ),
    ).toBe(NOW + HOUR);
    expect(nextWake(lists, NOW)).toBe(NOW);
    expect(nextWake([lists[0]!, lists[4]!], NOW)).toBeUndefined();
  });
});
