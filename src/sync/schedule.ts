// When to check each list next, as pure functions of the clock and a random source, so the
// background's alarm handler only applies decisions made (and tested) here.
export const HOUR = 60 * 60 * 1000;
export const MINUTE = 60 * 1000;
export const DEFAULT_INTERVAL_MS = 6 * HOUR;
/** The first retry after a failure; doubles with each failure in a row. */
export const BACKOFF_BASE_MS = 5 * MINUTE;
/** A server's Retry-After is honoured up to this; beyond it we assume a misconfiguration. */
export const MAX_RETRY_AFTER_MS = 7 * 24 * HOUR;

/** Retry-After as delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.min(Math.max(0, date - now), MAX_RETRY_AFTER_MS);
}

/** After a successful check: one interval later, spread by ±5% so lists don't all fire together. */
export function nextCheckAfterSuccess(now: number, intervalMs: number, random: () => number): number {
  return now + Math.round(intervalMs * (0.95 + random() * 0.1));
}

/**
 * After `failures` failures in a row (1 = the first): exponential backoff with jitter
 * (half fixed, half random), never later than the regular interval, and never sooner than the
 * server's Retry-After.
 */
export function nextCheckAfterFailure(
  now: number,
  failures: number,
  intervalMs: number,
  random: () => number,
  retryAfterMs?: number,
): number {
  const exponential = Math.min(intervalMs, BACKOFF_BASE_MS * 2 ** Math.max(0, Math.min(failures - 1, 30)));
  const jittered = Math.round(exponential / 2 + (random() * exponential) / 2);
  return now + Math.max(jittered, retryAfterMs ?? 0);
}

export interface ScheduledList {
  id: string;
  kind: string;
  url?: string;
  paused?: boolean;
  nextCheck?: number;
  /** Set while a sync runs; still set after the worker was killed mid-sync. */
  syncStartedAt?: number;
}

const isSyncable = (list: ScheduledList) => list.kind === 'subscription' && !!list.url && !list.paused;

/** The subscriptions to check now: due, never checked, or interrupted mid-sync. */
export function dueLists<T extends ScheduledList>(lists: readonly T[], now: number): T[] {
  return lists.filter(
    (list) =>
      isSyncable(list) && (list.nextCheck === undefined || list.nextCheck <= now || list.syncStartedAt !== undefined),
  );
}

/** When the alarm should next wake the worker: the earliest next check, or undefined if none. */
export function nextWake(lists: readonly ScheduledList[], now: number): number | undefined {
  const times = lists.filter(isSyncable).map((list) => list.nextCheck ?? now);
  return times.length ? Math.max(now, Math.min(...times)) : undefined;
}
