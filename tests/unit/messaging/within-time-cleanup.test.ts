// An answer that came in time leaves no timer behind: the content script asks often, and a timer
// per question would keep firing fallbacks nobody reads.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withinTime } from '../../../src/messaging/within-time';

afterEach(() => vi.useRealTimers());

describe('withinTime', () => {
  it('clears its timer once the answer has come', async () => {
    vi.useFakeTimers();
    await expect(withinTime(Promise.resolve('answer'), 10_000, 'late')).resolves.toBe('answer');
    expect(vi.getTimerCount()).toBe(0);
  });
});
