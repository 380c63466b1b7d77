// Follows the reader's switches in an open page: highlights appear when ClaimLens is on for the
// site and disappear (card, marks, style sheet) when it is turned off or paused here, without a
// reload. The intensity setting restyles what is painted in place.
import { readerStateOn, type ReaderSettings, type ReaderState } from '../settings/reader-settings';
import type { PageClaimsResponse } from '../messaging/protocol';
import { createClaimOverlay, type ClaimOverlay, type ClaimOverlayOptions } from './claim-overlay';

export function createReaderSwitch(overlayOptions: Omit<ClaimOverlayOptions, 'intensity'>) {
  const { win } = overlayOptions;
  let overlay: ClaimOverlay | null = null;
  let state: ReaderState = 'off';
  /** Until the current overlay's first scan is done, the page's answer says it is still reading. */
  let scanning = false;

  return {
    /** Applies settings; resolves when a newly started overlay finished its first scan. */
    async apply(settings: ReaderSettings): Promise<void> {
      state = readerStateOn(settings, win.location.href);
      if (state !== 'on') {
        overlay?.stop();
        if (overlay) overlayOptions.reportCount(0);
        overlay = null;
        return;
      }
      if (overlay) {
        overlay.setIntensity(settings.intensity);
        return;
      }
      overlay = createClaimOverlay({ ...overlayOptions, intensity: settings.intensity });
      scanning = true;
      const started = overlay;
      try {
        await started.start();
      } finally {
        if (overlay === started) scanning = false;
      }
    },
    state: () => state,
    overlay: () => overlay,
    /** Answered at once (a hidden tab may read slowly); `scanning` says more may come. */
    pageClaims(): PageClaimsResponse {
      return { ...(overlay?.pageClaims() ?? { url: win.location.href, claims: [] }), state, scanning };
    },
    stop(): void {
      overlay?.stop();
      overlay = null;
    },
  };
}
