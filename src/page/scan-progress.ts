// Whether the content script has finished reading the page: how many scan passes began and how many
// ended. Anyone who must know when the page's highlights are final (the e2e tests, instead of
// sleeping) asks the content script with the `get-scan-state` message. The page never sees it: no
// DOM attribute, no event, nothing a page script could read or fake.
export interface ScanState {
  /** Scan passes begun (the first read, a re-read after the lists changed, one per batch of mutations). */
  started: number;
  /** Scan passes ended, with their matches applied (or dropped as stale). */
  finished: number;
}

export function createScanProgress() {
  let started = 0;
  let finished = 0;
  return {
    begin(): void {
      started++;
    },
    end(): void {
      finished++;
    },
    state(): ScanState {
      return { started, finished };
    },
  };
}

export type ScanProgress = ReturnType<typeof createScanProgress>;

/** The page's one annotator reports here (a content script runs once per page). */
export const pageScanProgress = createScanProgress();
