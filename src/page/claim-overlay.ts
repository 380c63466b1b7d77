// Everything a reader sees in the page: highlights, the card on hover, tap, click or keyboard
// focus, and moving from claim to claim. Wires the annotator (what is matched where), the painter
// (how it looks) and the card host (what it says). Extension APIs are injected by the content script.
import { i18n } from '#i18n';
import { createHighlightPainter, hitTest, topmost } from '../highlight/painter';
import type { Intensity } from '../highlight/palette';
import type { BlockKind, MatchBlocksResponse, PageClaimsResponse } from '../messaging/protocol';
import { createCardHost, type OpenCardRequest } from '../ui/card/card-host';
import { createAnnotator, type PageMatch } from './annotator';
import { benchMark } from './bench-marks';
import type { EarlyRead } from './early-read';

export interface ClaimOverlayOptions {
  win: Window & typeof globalThis;
  matchBlocks(texts: string[], kinds: BlockKind[]): Promise<MatchBlocksResponse>;
  reportCount(count: number): void;
  isDismissed(match: { claimId: string; text: string }): boolean;
  dismiss(match: { claimId: string; text: string; claimText: string }): void;
  /** Takes back a dismissal; resolves once it is stored, then the page is read again. */
  undoDismiss(match: { claimId: string; text: string }): Promise<void>;
  intensity?: Intensity;
  /** The page's first blocks, read while the settings were read (early-read.ts). */
  early?: EarlyRead;
}

const HOVER_OPEN_DELAY_MS = 120;
const HOVER_CLOSE_DELAY_MS = 400;
// Range.START_TO_END / END_TO_START: a.end vs b.start, a.start vs b.end.
const overlaps = (a: Range, b: Range) => a.compareBoundaryPoints(1, b) > 0 && a.compareBoundaryPoints(3, b) < 0;

/** How a card was opened decides how it closes: one opened by focusing a link closes when focus moves on. */
type OpenedBy = 'pointer' | 'focus' | 'keyboard';

export function createClaimOverlay(options: ClaimOverlayOptions) {
  const { win } = options;
  const doc = win.document;
  let intensity: Intensity = options.intensity ?? 'underline';
  const painter = createHighlightPainter(win, intensity);
  let openMatch: PageMatch | null = null;
  let openedBy: OpenedBy = 'pointer';
  /** The reader clicked or tapped inside the card: hovering other text no longer replaces it. */
  let pinned = false;
  /** Where focus was before a card took it: given back when the card closes. */
  let returnFocusTo: HTMLElement | null = null;
  let focusIndex = -1;
  let lastReportedCount = -1;
  let firstPainted = false;
  /** Focus is being given back after a card closed: that focus is not the reader tabbing onto a claim. */
  let givingFocusBack = false;

  /** Puts focus back where the reader was: the element they left, else the claim's place in the text. */
  function returnFocus(closed: OpenCardRequest): void {
    const target = returnFocusTo;
    returnFocusTo = null;
    if (target && target.isConnected && target !== doc.body && typeof target.focus === 'function') {
      // A link inside the claim would otherwise reopen the card the reader just closed.
      givingFocusBack = true;
      try {
        target.focus();
      } finally {
        givingFocusBack = false;
      }
      return;
    }
    // The text itself cannot take focus: a caret at the claim makes it where Tab continues from.
    const selection = win.getSelection();
    if (!selection || !closed.anchor.startContainer.isConnected) return;
    const caret = doc.createRange();
    caret.setStart(closed.anchor.startContainer, closed.anchor.startOffset);
    caret.collapse(true);
    (doc.activeElement as HTMLElement | null)?.blur?.();
    selection.removeAllRanges();
    selection.addRange(caret);
  }

  const cardHost = createCardHost(doc, {
    onClose: (closed, hadFocus) => {
      openMatch = null;
      pinned = false;
      painter.setActive(null);
      if (hadFocus) returnFocus(closed);
      else returnFocusTo = null;
    },
  });

  const annotator = createAnnotator({
    root: doc.documentElement,
    matchBlocks: options.matchBlocks,
    isDismissed: options.isDismissed,
    early: options.early,
    isVisible: (element) =>
      typeof element.checkVisibility === 'function' ? element.checkVisibility({ visibilityProperty: true }) : true,
    onChange: (change) => {
      painter.update(change);
      if (openMatch && change.removed.includes(openMatch)) cardHost.close();
      if (change.added.length > 0 && !firstPainted) {
        firstPainted = true;
        // Read back by the benchmarks (bench/): content-script start → first highlight.
        benchMark(win, 'claimlens:first-highlight');
      }
      // While the page is being read again, its count is reported once that reading ends (onSettled).
      if (!change.readingAgain) reportCount();
    },
    onSettled: () => reportCount(),
  });

  function reportCount(): void {
    const count = annotator.claimCount();
    if (count !== lastReportedCount) {
      lastReportedCount = count;
      options.reportCount(count);
    }
  }

  /** Other claims found in the same passage, so the card can offer them. */
  function samePassage(match: PageMatch): PageMatch[] {
    return annotator
      .matches()
      .filter((other) => other !== match && other.claimId !== match.claimId && overlaps(other.range, match.range));
  }

  function openCard(match: PageMatch, how: OpenedBy, takeFocus: boolean): void {
    if (takeFocus && !cardHost.hasFocus()) {
      const active = doc.activeElement as HTMLElement | null;
      returnFocusTo = active && !cardHost.contains(active) ? active : null;
    }
    openMatch = match;
    openedBy = how;
    painter.setActive(match.range);
    const alternatives = samePassage(match);
    cardHost.open({
      anchor: match.range,
      claim: match.claim,
      stance: match.stance,
      inHeading: match.inHeading,
      why: match.why,
      takeFocus,
      alsoInPassage: alternatives.map((other) => ({
        id: other.claimId,
        text: other.claim.text,
        verdict: other.claim.verdict.label,
      })),
      onSwitch: (claimId) => {
        const other = alternatives.find((candidate) => candidate.claimId === claimId);
        if (other) openCard(other, how, true);
      },
      onNotThisClaim: () => {
        const dismissed = { claimId: match.claimId, text: match.range.toString() };
        options.dismiss({ ...dismissed, claimText: match.claim.text });
        annotator.forget(match);
        cardHost.showHidden(match.claim.text, () => {
          options
            .undoDismiss(dismissed)
            .then(() => annotator.rescan())
            .catch((error: unknown) => console.warn('ClaimLens: could not show the claim again', error));
        });
      },
    });
  }

  function scrollTo(match: PageMatch): void {
    const element = match.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'instant' });
  }

  /** The claim painted on top under a point (the one the reader sees), or undefined. */
  const claimAt = (x: number, y: number) => topmost(hitTest(annotator.matches(), x, y));

  // Hover: the pointer position is checked at most once a frame, and the card opens after a short
  // pause so that moving across a page does not flash cards.
  let pointer: { x: number; y: number } | null = null;
  let frame = 0;
  let hoverTimer = 0;
  const onPointerMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch' || intensity === 'off') return;
    pointer = { x: event.clientX, y: event.clientY };
    if (cardHost.contains(event.composedPath()[0] ?? null)) {
      win.clearTimeout(hoverTimer);
      return;
    }
    if (!frame) frame = win.requestAnimationFrame(checkHover);
  };
  function checkHover(): void {
    frame = 0;
    if (!pointer || pinned) return;
    const hits = hitTest(annotator.matches(), pointer.x, pointer.y);
    const hit = openMatch && hits.includes(openMatch) ? openMatch : topmost(hits);
    win.clearTimeout(hoverTimer);
    if (hit && hit !== openMatch)
      hoverTimer = win.setTimeout(() => openCard(hit, 'pointer', false), HOVER_OPEN_DELAY_MS);
    else if (!hit && openMatch && openedBy === 'pointer' && !cardHost.hasFocus())
      hoverTimer = win.setTimeout(() => cardHost.close(), HOVER_CLOSE_DELAY_MS);
  }

  // Tap or click on a mark opens its card (touch screens have no hover). A click that selects text
  // or follows a link inside the claim is left to the page.
  const onPointerDown = (event: PointerEvent) => {
    if (openMatch && cardHost.contains(event.composedPath()[0] ?? null)) {
      pinned = true;
      win.clearTimeout(hoverTimer);
    }
  };
  const onClick = (event: MouseEvent) => {
    if (intensity === 'off' || event.defaultPrevented || cardHost.contains(event.composedPath()[0] ?? null)) return;
    if (!win.getSelection()?.isCollapsed) return;
    const hit = claimAt(event.clientX, event.clientY);
    if (hit && hit !== openMatch) {
      win.clearTimeout(hoverTimer);
      openCard(hit, 'pointer', false);
    }
    // A tapped card stays until the reader closes it or taps elsewhere.
    if (hit) pinned = true;
  };

  // Keyboard: tabbing onto a link inside a highlighted sentence shows that claim's card, and says so;
  // tabbing on past the claim closes it.
  const onFocusIn = (event: FocusEvent) => {
    const target = event.target as Node | null;
    if (givingFocusBack || !target || cardHost.contains(target)) return;
    const match = topmost(annotator.matches().filter((candidate) => candidate.range.intersectsNode(target)));
    if (match && match !== openMatch) {
      openCard(match, 'focus', false);
      cardHost.announce(i18n.t('card.announce', [match.claim.verdict.label]));
    } else if (!match && openMatch && openedBy === 'focus') cardHost.close();
  };

  return {
    async start(): Promise<void> {
      doc.addEventListener('pointermove', onPointerMove, { passive: true });
      doc.addEventListener('click', onClick);
      doc.addEventListener('pointerdown', onPointerDown, true);
      doc.addEventListener('focusin', onFocusIn);
      await annotator.start();
    },
    rescan: () => annotator.rescan(),
    pageClaims(): PageClaimsResponse {
      return { url: win.location.href, claims: annotator.summary() };
    },
    setIntensity(next: Intensity): void {
      intensity = next;
      painter.setIntensity(next);
    },
    /** Scrolls to the first occurrence of a claim and opens its card, focused. */
    reveal(claimId: string): boolean {
      const matches = annotator.matches();
      const index = matches.findIndex((match) => match.claimId === claimId);
      const match = matches[index];
      if (!match) return false;
      focusIndex = index;
      scrollTo(match);
      openCard(match, 'keyboard', true);
      return true;
    },
    /** Moves to the next highlighted claim in document order, wrapping around; into an open card first. */
    focusNext(): boolean {
      const matches = annotator.matches();
      if (matches.length === 0) return false;
      if (openMatch && !cardHost.hasFocus() && openedBy !== 'pointer') {
        openCard(openMatch, 'keyboard', true);
        return true;
      }
      const currentIndex = openMatch ? matches.indexOf(openMatch) : focusIndex;
      focusIndex = (currentIndex + 1) % matches.length;
      const match = matches[focusIndex]!;
      scrollTo(match);
      openCard(match, 'keyboard', true);
      return true;
    },
    stop(): void {
      doc.removeEventListener('pointermove', onPointerMove);
      doc.removeEventListener('click', onClick);
      doc.removeEventListener('pointerdown', onPointerDown, true);
      doc.removeEventListener('focusin', onFocusIn);
      win.clearTimeout(hoverTimer);
      if (frame) win.cancelAnimationFrame(frame);
      annotator.stop();
      cardHost.dispose();
      painter.dispose();
    },
  };
}

export type ClaimOverlay = ReturnType<typeof createClaimOverlay>;
