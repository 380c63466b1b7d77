import { describe, expect, it, vi } from 'vitest';
import { withinTime } from '../../../src/messaging/within-time';

describe('withinTime', () => {
  it('gives the answer when it comes in time', async () => {
    await expect(withinTime(Promise.resolve(['a']), 1000, [])).resolves.toEqual(['a']);
  });

  it('gives the fallback when the answer is late, without waiting for it', async () => {
    vi.useFakeTimers();
    const never = new Promise<string[]>(() => undefined);
    const result = withinTime(never, 1000, ['fallback']);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(result).resolves.toEqual(['fallback']);
    vi.useRealTimers();
  });
});
