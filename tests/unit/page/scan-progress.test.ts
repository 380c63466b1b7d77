// The content script's "scan done" signal that the e2e tests wait on: passes begun and ended are
// counted separately, each page's counter on its own.
import { describe, expect, it } from 'vitest';
import { createScanProgress, pageScanProgress } from '../../../src/page/scan-progress';

describe('scan progress', () => {
  it('counts passes begun and passes ended', () => {
    const progress = createScanProgress();
    expect(progress.state()).toEqual({ started: 0, finished: 0 });
    progress.begin();
    progress.begin();
    expect(progress.state()).toEqual({ started: 2, finished: 0 });
    progress.end();
    expect(progress.state()).toEqual({ started: 2, finished: 1 });
  });

  it('keeps one count per progress, and the page’s own starts at zero', () => {
    const a = createScanProgress();
    const b = createScanProgress();
    a.begin();
    expect(b.state()).toEqual({ started: 0, finished: 0 });
    expect(pageScanProgress.state()).toEqual({ started: 0, finished: 0 });
  });
});
