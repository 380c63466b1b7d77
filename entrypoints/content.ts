import { loadDismissals } from '../src/page/dismissals';
import { createClaimOverlay } from '../src/page/claim-overlay';
import { listenForMessages, sendToBackground } from '../src/messaging/channel';
import { ToContentSchema } from '../src/messaging/protocol';
import { highlightSupportProblem } from '../src/highlight/painter';
import { pageScanProgress } from '../src/page/scan-progress';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // Top frame only (the manifest default). Without the Highlight API (Firefox before 140) the
    // page is left alone, with one line in its console saying why.
    const unsupported = highlightSupportProblem(window);
    if (unsupported) {
      console.warn(unsupported);
      return;
    }
    performance.mark('claimlens:start');
    const dismissals = await loadDismissals(location.href);
    const overlay = createClaimOverlay({
      win: window,
      matchBlocks: (texts) => sendToBackground({ type: 'match-blocks', texts }),
      reportCount: (count) => void sendToBackground({ type: 'report-count', count }).catch(() => undefined),
      isDismissed: dismissals.isDismissed,
      dismiss: (match) => void dismissals.dismiss(match),
    });
    const stopListening = listenForMessages(ToContentSchema, {
      'get-page-claims': () => overlay.pageClaims(),
      'reveal-claim': ({ claimId }) => ({ revealed: overlay.reveal(claimId) }),
      'focus-next-claim': () => ({ focused: overlay.focusNext() }),
      'get-scan-state': () => pageScanProgress.state(),
      // Answered at once; the re-scan then asks the background like any other scan.
      'claims-changed': () => {
        overlay.rescan().catch((error: unknown) => console.warn('ClaimLens: could not re-match this page', error));
        return null;
      },
    });
    ctx.onInvalidated(() => {
      stopListening();
      overlay.stop();
    });
    await overlay.start();
    performance.mark('claimlens:first-scan-done');
  },
});
