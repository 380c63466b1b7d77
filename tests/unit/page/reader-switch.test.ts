// The reader's switches in an open page, without a reload: the overlay starts when ClaimLens is on
// for the site, stops (and the badge clears) when it is turned off or paused there, restyles in place
// for another intensity, and the popup's answer says whether the page is on, off or paused and
// whether its first reading is still going. The overlay itself (highlights, cards) is tested in
// Chromium (tests/e2e); here it is stood in for, to see what the switch asks of it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClaimOverlayOptions } from '../../../src/page/claim-overlay';
import { createReaderSwitch } from '../../../src/page/reader-switch';
import type { ReaderSettings } from '../../../src/settings/reader-settings';

interface FakeOverlay {
  options: ClaimOverlayOptions;
  started: boolean;
  stopped: boolean;
  intensity: string | undefined;
  finishStart: () => void;
  failStart: (error: Error) => void;
}
const overlays: FakeOverlay[] = [];

vi.mock('../../../src/page/claim-overlay', () => ({
  createClaimOverlay: (options: ClaimOverlayOptions) => {
    let finishStart = () => {};
    let failStart = (_error: Error) => {};
    const record: FakeOverlay = {
      options,
      started: false,
      stopped: false,
      intensity: options.intensity,
      finishStart: () => finishStart(),
      failStart: (error) => failStart(error),
    };
    overlays.push(record);
    return {
      start: () =>
        new Promise<void>((resolve, reject) => {
          record.started = true;
          finishStart = resolve;
          failStart = reject;
        }),
      stop: () => void (record.stopped = true),
      setIntensity: (next: string) => void (record.intensity = next),
      pageClaims: () => ({ url: 'https://news.example/a', claims: [{ claimId: 'moon' }] }),
    };
  },
}));

const url = 'https://news.example/a';
const on: ReaderSettings = { enabled: true, pausedSites: [], intensity: 'underline' };
let counts: number[];

function makeSwitch() {
  counts = [];
  return createReaderSwitch({
    win: { location: { href: url } } as unknown as Window & typeof globalThis,
    matchBlocks: async () => ({ matches: [], claims: {} }),
    reportCount: (count) => void counts.push(count),
    isDismissed: () => false,
    dismiss: () => {},
    undoDismiss: async () => {},
  });
}

beforeEach(() => void (overlays.length = 0));

describe('the reader switch', () => {
  it('starts one overlay in the reader’s intensity when on, and says it is scanning until the first reading ends', async () => {
    const reader = makeSwitch();
    const applied = reader.apply({ ...on, intensity: 'tint' });
    expect(overlays).toHaveLength(1);
    expect(overlays[0]!.started).toBe(true);
    expect(overlays[0]!.intensity).toBe('tint');
    expect(overlays[0]!.options.reportCount).toBeTypeOf('function');
    expect(reader.state()).toBe('on');
    expect(reader.pageClaims()).toEqual({ url, claims: [{ claimId: 'moon' }], state: 'on', scanning: true });
    overlays[0]!.finishStart();
    await applied;
    expect(reader.pageClaims().scanning).toBe(false);
    expect(reader.overlay()).not.toBeNull();
  });

  it('restyles the running overlay for another intensity instead of starting a second', async () => {
    const reader = makeSwitch();
    const first = reader.apply(on);
    overlays[0]!.finishStart();
    await first;
    await reader.apply({ ...on, intensity: 'off' });
    expect(overlays).toHaveLength(1);
    expect(overlays[0]!.intensity).toBe('off');
  });

  it('stops the overlay and clears the badge when turned off, and answers for the page with no claims', async () => {
    const reader = makeSwitch();
    const first = reader.apply(on);
    overlays[0]!.finishStart();
    await first;
    await reader.apply({ ...on, enabled: false });
    expect(overlays[0]!.stopped).toBe(true);
    expect(counts).toEqual([0]);
    expect(reader.state()).toBe('off');
    expect(reader.overlay()).toBeNull();
    expect(reader.pageClaims()).toEqual({ url, claims: [], state: 'off', scanning: false });
  });

  it('says "paused" on a paused site and starts nothing there, nor clears a badge it never set', async () => {
    const reader = makeSwitch();
    await reader.apply({ ...on, pausedSites: ['news.example'] });
    expect(overlays).toHaveLength(0);
    expect(counts).toEqual([]);
    expect(reader.state()).toBe('paused');
    expect(reader.pageClaims()).toEqual({ url, claims: [], state: 'paused', scanning: false });
  });

  it('starts afresh when turned on again, and a first reading that fails still ends the scanning', async () => {
    const reader = makeSwitch();
    const first = reader.apply(on);
    await reader.apply({ ...on, enabled: false });
    // The old overlay's reading ends after it was replaced: the new one's state is its own.
    const second = reader.apply(on);
    overlays[0]!.finishStart();
    await first;
    expect(reader.pageClaims().scanning).toBe(true);
    overlays[1]!.failStart(new Error('background gone'));
    await expect(second).rejects.toThrow('background gone');
    expect(reader.pageClaims().scanning).toBe(false);
  });

  it('stops the overlay on stop, and answers as off-page after', async () => {
    const reader = makeSwitch();
    const first = reader.apply(on);
    overlays[0]!.finishStart();
    await first;
    reader.stop();
    expect(overlays[0]!.stopped).toBe(true);
    expect(reader.overlay()).toBeNull();
    expect(reader.pageClaims().claims).toEqual([]);
  });
});
