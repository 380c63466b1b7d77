// Performance marks are the benchmarks' only: a store build sets none, since a page could read them
// and learn that ClaimLens runs and when it found something.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { benchMark } from '../../../src/page/bench-marks';

afterEach(() => vi.unstubAllEnvs());

describe('benchMark', () => {
  it('sets no mark outside a benchmark build', () => {
    const mark = vi.fn();
    benchMark({ performance: { mark } } as unknown as Window, 'claimlens:start');
    expect(mark).not.toHaveBeenCalled();
  });

  it('sets the named mark in a benchmark build', () => {
    vi.stubEnv('WXT_CLAIMLENS_BENCH', '1');
    const mark = vi.fn();
    benchMark({ performance: { mark } } as unknown as Window, 'claimlens:first-highlight');
    expect(mark).toHaveBeenCalledWith('claimlens:first-highlight');
  });
});
