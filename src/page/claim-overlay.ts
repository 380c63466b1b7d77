// Everything a reader sees in the page: highlights, the card on hover or keyboard focus, and
// moving from claim to claim. Wires the annotator (what is matched where), the painter (how it
// looks) and the card host (what it says). Extension APIs are injected by the content script.
import { createHighlightPainter, hitTest } from '../highlight/painter';
import type { BlockKind, MatchBlocksResponse, PageClaimsResponse } from '../messaging/protocol';
import { createCardHost } from '../ui/card/card-host';
import { createAnnotator, type PageMatch } from './annotator';

export interface ClaimOverlayOptions {
  win: Window & typeof globalThis;
  matchBlocks(texts: string[], kinds: BlockKind[]): Promise<MatchBlocksResponse>;
  reportCount(count: number): void;
  isDismissed(match: { claimId: string; text: string }): boolean;
  dismiss(match: { claimId: string; text: string }): void;
}

const HOVER_OPEN_DELAY_MS = 120;
const HOVER_CLOSE_DELAY_MS = 400;
// Range.START_TO_END / END_TO_START: a.end vs b.start, a.start vs b.end.
const overlaps = (a: Range, b: Range) => a.compareBoundaryPoints(1, b) > 0 && a.compareBoundaryPoints(3, b) < 0;

export function createClaimOverlay(options: ClaimOverlayOptions) {
  const { win } = options;
  const doc = win.document;
  const painter = createHighlightPainter(win);
  let openMatch: PageMatch | null = null;
  let focusIndex = -1;
  let lastReportedCount = -1;
  let firstPainted = false;

  const cardHost = createCardHost(doc, {
    onClose: () => {
      openMatch = null;
      painter.setActive(null);
    },
  });

  const annotator = createAnnotator({
    root: doc.documentElement,
    matchBlocks: options.matchBlocks,
    isDismissed: options.isDismissed,
    isVisible: (element) =>
      typeof element.checkVisibility === 'function' ? element.checkVisibility({ visibilityProperty: true }) : true,
    onChange: (change) => {
      painter.update(change);
      if (openMatch && change.removed.includes(openMatch)) cardHost.close();
      if (change.added.length > 0 && !firstPainted) {
        firstPainted = true;
        // Read back by the benchmarks (bench/): content-script start → first highlight.
        win.performance.mark('claimlens:first-highlight');
      }
      const count = annotator.claimCount();
      if (count !== lastReportedCount) {
        lastReportedCount = count;
        options.reportCount(count);
      }
    },
  });

  /** Other claims found in the same passage, so the card can offer them. */
  function samePassage(match: PageMatch): PageMatch[] {
    return annotator
      .matches()
      .filter((other) => other !== match && other.claimId !== match.claimId && overlaps(other.range, match.range));
  }

  function openCard(match: PageMatch, takeFocus: boolean): void {
    openMatch = match;
    painter.setActive(match.range);
    const alternatives = samePassage(match);
    cardHost.open({
      anchor: match.range,
      claim: match.claim,
      stance: match.stance,
      why: match.why,
      takeFocus,
      alsoInPassage: alternatives.map((other) => ({
        id: other.claimId,
        text: other.claim.text,
        verdict: other.claim.verdict.label,
      })),
      onSwitch: (claimId) => {
        const other = alternatives.find((candidate) => candidate.claimId === claimId);
        if (other) openCard(other, true);
      },
      onNotThisClaim: () => {
        options.dismiss({ claimId: match.claimId, text: match.range.toString() });
        annotator.forget(match);
      },
    });
  }

  function scrollTo(match: PageMatch): void {
    const element = match.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'instant' });
  }

  // Hover: the pointer position is checked at most once a frame, and the card opens after a short
  // pause so that moving across a page does not flash cards.
  let pointer: { x: number; y: number } | null = null;
  let frame = 0;
  let hoverTimer = 0;
  const onPointerMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    pointer = { x: event.clientX, y: event.clientY };
    if (cardHost.contains(event.composedPath()[0] ?? null)) {
      win.clearTimeout(hoverTimer);
      return;
    }
    if (!frame) frame = win.requestAnimationFrame(checkHover);
  };
  function checkHover(): void {
    frame = 0;
    if (!pointer) return;
    const hits = hitTest(annotator.matches(), pointer.x, pointer.y);
    const hit = openMatch && hits.includes(openMatch) ? openMatch : hits[0];
    win.clearTimeout(hoverTimer);
    if (hit && hit !== openMatch) hoverTimer = win.setTimeout(() => openCard(hit, false), HOVER_OPEN_DELAY_MS);
    else if (!hit && openMatch && !doc.activeElement?.matches?.('claimlens-card'))
      hoverTimer = win.setTimeout(() => cardHost.close(), HOVER_CLOSE_DELAY_MS);
  }

  // Keyboard: tabbing onto a link inside a highlighted sentence shows that claim's card.
  const onFocusIn = (event: FocusEvent) => {
    const target = event.target as Node | null;
    if (!target || cardHost.contains(target)) return;
    const match = annotator.matches().find((candidate) => candidate.range.intersectsNode(target));
    if (match && match !== openMatch) openCard(match, false);
  };

  return {
    async start(): Promise<void> {
      doc.addEventListener('pointermove', onPointerMove, { passive: true });
      doc.addEventListener('focusin', onFocusIn);
      await annotator.start();
    },
    rescan: () => annotator.rescan(),
    pageClaims(): PageClaimsResponse {
      return { url: win.location.href, claims: annotator.summary() };
    },
    /** Scrolls to the first occurrence of a claim and opens its card, focused. */
    reveal(claimId: string): boolean {
      const matches = annotator.matches();
      const index = matches.findIndex((match) => match.claimId === claimId);
      const match = matches[index];
      if (!match) return false;
      focusIndex = index;
      scrollTo(match);
      openCard(match, true);
      return true;
    },
    /** Moves to the next highlighted claim in document order, wrapping around. */
    focusNext(): boolean {
      const matches = annotator.matches();
      if (matches.length === 0) return false;
      const currentIndex = openMatch ? matches.indexOf(openMatch) : focusIndex;
      focusIndex = (currentIndex + 1) % matches.length;
      const match = matches[focusIndex]!;
      scrollTo(match);
      openCard(match, true);
      return true;
    },
    stop(): void {
      doc.removeEventListener('pointermove', onPointerMove);
      doc.removeEventListener('focusin', onFocusIn);
      win.clearTimeout(hoverTimer);
      if (frame) win.cancelAnimationFrame(frame);
      annotator.stop();
      cardHost.dispose();
      painter.dispose();
    },
  };
}
