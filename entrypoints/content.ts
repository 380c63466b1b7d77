import { loadDismissals } from '../src/page/dismissals';
import { createReaderSwitch } from '../src/page/reader-switch';
import { readEarly } from '../src/page/early-read';
import { MIN_EARLY_BATCH_CHARS } from '../src/page/annotator';
import { benchMark } from '../src/page/bench-marks';
import { listenForMessages, sendToBackground } from '../src/messaging/channel';
import { ToContentSchema } from '../src/messaging/protocol';
import { highlightSupportProblem } from '../src/highlight/painter';
import { pageScanProgress } from '../src/page/scan-progress';
import { withinTime } from '../src/messaging/within-time';
import { readerSettingsStore } from '../src/settings/storage';
import type { ReaderSettings } from '../src/settings/reader-settings';

/** The popup lists the page's claims at once: topics that take longer are left out of that answer. */
const TOPICS_WAIT_MS = 1000;

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
    benchMark(window, 'claimlens:start');
    // Watch before reading, so a switch flipped while the reads are under way is not lost; it is
    // applied once the reader exists.
    let changedMeanwhile: ReaderSettings | undefined;
    let onSettingsChange = (settings: ReaderSettings): void => {
      changedMeanwhile = settings;
    };
    const stopWatching = readerSettingsStore.watch((settings) => onSettingsChange(settings));
    // Both reads at once: each is a round trip to the browser, and the first highlight waits for them.
    const reads = Promise.all([loadDismissals(location.href), readerSettingsStore.get()]);
    // Meanwhile the first blocks are read (not sent: the settings decide whether this page is read at all).
    const early = readEarly(document.documentElement, MIN_EARLY_BATCH_CHARS);
    const [dismissals, settings] = await reads;
    benchMark(window, 'claimlens:settings-read');
    // One id per reading of the page: the background reads its blocks in one document context.
    // Mutations keep it (new blocks belong to the same article); a full re-match starts a new one.
    let documentId = crypto.randomUUID();
    const reader = createReaderSwitch({
      win: window,
      matchBlocks: (texts, kinds) => sendToBackground({ type: 'match-blocks', texts, kinds, document: documentId }),
      reportCount: (count) => void sendToBackground({ type: 'report-count', count }).catch(() => undefined),
      isDismissed: dismissals.isDismissed,
      dismiss: (match) => void dismissals.dismiss(match),
      undoDismiss: dismissals.undo,
      early,
    });
    const stopListening = listenForMessages(ToContentSchema, {
      'get-page-claims': async () => ({
        ...reader.pageClaims(),
        topics: await withinTime(
          sendToBackground({ type: 'get-page-topics', document: documentId }).catch(() => []),
          TOPICS_WAIT_MS,
          [],
        ),
      }),
      'reveal-claim': ({ claimId }) => ({ revealed: reader.overlay()?.reveal(claimId) ?? false }),
      'focus-next-claim': () => ({ focused: reader.overlay()?.focusNext() ?? false }),
      'get-scan-state': () => pageScanProgress.state(),
      // Answered at once; the re-scan then asks the background like any other scan.
      'claims-changed': () => {
        documentId = crypto.randomUUID();
        reader
          .overlay()
          ?.rescan()
          .catch((error: unknown) => console.warn('ClaimLens: could not re-match this page', error));
        return null;
      },
    });
    // The switches in the popup and options page apply to open pages at once.
    onSettingsChange = (changed) => void reader.apply(changed);
    ctx.onInvalidated(() => {
      early.release();
      stopListening();
      stopWatching();
      reader.stop();
    });
    await reader.apply(changedMeanwhile ?? settings);
    // Unused when the reader is off here: stop watching the page for it.
    early.release();
    benchMark(window, 'claimlens:first-scan-done');
  },
});
