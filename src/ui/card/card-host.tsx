// The card lives in a shadow root on a host element of its own, so page CSS cannot break it and
// its CSS cannot leak. The host is a plain <div>: a page can define a custom element of any name,
// but it cannot upgrade a built-in one, so nothing the page does stops the card from opening.
// The shadow root is closed: page scripts get null from `host.shadowRoot`, so they cannot read
// which claim the reader opened, nor change what the card says. Only this module holds the root.
//
// Placement: next to the highlighted text (Floating UI), on the side with more room and never
// shorter than MIN_CARD_HEIGHT; on a narrow or short viewport (a phone, 200 % zoom) a bottom sheet.
// It closes on Escape, on a click outside, and when focus leaves it; focus then goes back to where
// the reader was (the link they tabbed to, or the claim's place in the text).
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { Stance } from '../../match/types';
import type { ClaimCardData } from '../../messaging/protocol';
import { OWN_UI_ATTRIBUTE } from '../../page/text-blocks';
import { ClaimCard, type AlsoMatched } from './ClaimCard';
import { HiddenNotice } from './HiddenNotice';
import cardCss from './card.css?inline';
import { toneTextCss } from '../../highlight/palette';

export interface OpenCardRequest {
  anchor: Range;
  claim: ClaimCardData;
  stance: Stance;
  inHeading: boolean;
  why: readonly string[];
  takeFocus: boolean;
  alsoInPassage: readonly AlsoMatched[];
  onSwitch(claimId: string): void;
  onNotThisClaim(): void;
}

/** Marks the card's host element (our own text walker skips it; tests find it by this attribute). */
export const CARD_HOST_ATTRIBUTE = 'data-claimlens-card';
const MIN_CARD_HEIGHT = 240;
const MAX_CARD_HEIGHT = 560;
/** Below these viewport sizes (CSS pixels) the card is a bottom sheet. */
const SHEET_MAX_WIDTH = 560;
const SHEET_MAX_HEIGHT = 520;
const NOTICE_MS = 10_000;
/** What Tab can reach in a page (those with tabindex -1 or disabled are filtered out after). */
const TABBABLE =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable]:not([contenteditable="false"])';

export interface CardHostEvents {
  /** The card closed; `hadFocus` when focus was inside it (the caller puts it back at the claim). */
  onClose(closed: OpenCardRequest, hadFocus: boolean): void;
}

export function createCardHost(doc: Document, events: CardHostEvents) {
  const win = doc.defaultView!;
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let layer: HTMLDivElement | null = null;
  let live: HTMLElement | null = null;
  let notice: HTMLDivElement | null = null;
  let noticeTimer = 0;
  let stopAutoUpdate: (() => void) | null = null;
  let current: OpenCardRequest | null = null;

  function ensureHost(): HTMLDivElement {
    if (host?.isConnected && layer) return layer;
    host = doc.createElement('div');
    host.setAttribute(OWN_UI_ATTRIBUTE, '');
    host.setAttribute(CARD_HOST_ATTRIBUTE, '');
    // Inline and important: page rules for `div` cannot hide or move the host.
    host.style.setProperty('all', 'initial', 'important');
    host.style.setProperty('display', 'block', 'important');
    shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = `${cardCss}\n${toneTextCss()}`;
    layer = doc.createElement('div');
    layer.className = 'layer';
    // Announced politely when a claim's card becomes available from the keyboard.
    live = doc.createElement('div');
    live.className = 'visually-hidden';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    notice = doc.createElement('div');
    notice.className = 'notice-layer';
    shadow.append(style, layer, live, notice);
    doc.documentElement.append(host);
    return layer;
  }

  const focusIsInside = () => !!shadow?.activeElement;

  const onPointerDown = (event: PointerEvent) => {
    if (host && !event.composedPath().includes(host)) close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };
  // Focus moved out of the card (Tab past its last control, a click elsewhere): close it. Checked
  // after the move settles, and only while the page has focus (not when the reader switched windows).
  const onFocusOut = () => {
    win.setTimeout(() => {
      if (current && !focusIsInside() && doc.hasFocus() && !doc.activeElement?.isSameNode(host)) close(false);
    }, 0);
  };

  /**
   * Where Tab goes from the card's edge: the page's first tabbable element after the claim (or, going
   * back, the last one before it), as if the card sat right after the claim; null when there is none.
   * The browser cannot be asked (it would start from the card, at the end of the document), and a
   * caret at the claim is not where Chromium's Tab starts from.
   */
  function tabbableBeside(anchor: Range, backwards: boolean): HTMLElement | null {
    if (!anchor.startContainer.isConnected) return null;
    const candidates = [...doc.querySelectorAll<HTMLElement>(TABBABLE)].filter(
      (element) =>
        element.tabIndex >= 0 &&
        !element.hasAttribute('disabled') &&
        (typeof element.checkVisibility !== 'function' || element.checkVisibility({ visibilityProperty: true })),
    );
    // comparePoint: -1 before the claim, 0 inside it, 1 after it.
    if (!backwards) return candidates.find((element) => anchor.comparePoint(element, 0) > 0) ?? null;
    return candidates.findLast((element) => anchor.comparePoint(element, 0) < 0) ?? null;
  }

  /** Tab or Shift+Tab past the card's edge: the card closes and focus goes on in the page. */
  function leave(backwards: boolean): void {
    const target = current ? tabbableBeside(current.anchor, backwards) : null;
    if (!target) {
      close();
      return;
    }
    close(false);
    target.focus();
  }

  function close(returnFocus = true): void {
    if (!current) return;
    const closed = current;
    const hadFocus = returnFocus && focusIsInside();
    current = null;
    stopAutoUpdate?.();
    stopAutoUpdate = null;
    layer?.removeEventListener('focusout', onFocusOut);
    if (layer) render(null, layer);
    doc.removeEventListener('pointerdown', onPointerDown, true);
    doc.removeEventListener('keydown', onKeyDown, true);
    events.onClose(closed, hadFocus);
  }

  function place(target: HTMLDivElement, anchor: Range): void {
    stopAutoUpdate?.();
    stopAutoUpdate = null;
    const sheet = win.innerWidth < SHEET_MAX_WIDTH || win.innerHeight < SHEET_MAX_HEIGHT;
    target.classList.toggle('sheet', sheet);
    if (sheet) {
      target.style.transform = '';
      return;
    }
    const reference = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
    };
    stopAutoUpdate = autoUpdate(reference, target, () => {
      void computePosition(reference, target, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(8),
          flip({ padding: 8, fallbackStrategy: 'initialPlacement' }),
          size({
            padding: 8,
            apply({ availableHeight, elements }) {
              const height = Math.max(MIN_CARD_HEIGHT, Math.min(MAX_CARD_HEIGHT, availableHeight));
              (elements.floating.firstElementChild as HTMLElement | null)?.style.setProperty(
                'max-height',
                `${height}px`,
              );
            },
          }),
          // After size: a card at its minimum height still stays on screen, over the text if need be.
          shift({ padding: 8, crossAxis: true }),
        ],
      }).then(({ x, y }) => {
        target.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
  }

  function open(request: OpenCardRequest): void {
    const target = ensureHost();
    if (!current) {
      doc.addEventListener('pointerdown', onPointerDown, true);
      doc.addEventListener('keydown', onKeyDown, true);
      target.addEventListener('focusout', onFocusOut);
    }
    current = request;
    render(
      <ClaimCard
        claim={request.claim}
        stance={request.stance}
        inHeading={request.inHeading}
        why={request.why}
        takeFocus={request.takeFocus}
        alsoInPassage={request.alsoInPassage}
        onSwitch={request.onSwitch}
        onClose={() => close()}
        onLeave={leave}
        onNotThisClaim={() => {
          close();
          request.onNotThisClaim();
        }}
      />,
      target,
    );
    place(target, request.anchor);
  }

  return {
    open,
    close: () => close(),
    isOpen: () => current !== null,
    current: () => current,
    /** Whether the pointer is over our UI (so hover-out of the text does not close the card). */
    contains(node: EventTarget | null): boolean {
      // Across the shadow boundary: a node inside the card belongs to our shadow root, not to the host.
      for (let at = node as Node | null; at && host; at = (at.getRootNode() as ShadowRoot).host ?? null) {
        if (at === host || host.contains(at)) return true;
        if (at.getRootNode() === at) return false;
      }
      return false;
    },
    /** Whether keyboard focus is in the card. */
    hasFocus: focusIsInside,
    /** Says something to screen readers without moving focus. */
    announce(text: string): void {
      ensureHost();
      if (live) live.textContent = text;
    },
    /** "Hidden on this page · Undo", for a few seconds after "Not this claim". */
    showHidden(claimText: string, undo: () => void): void {
      ensureHost();
      if (!notice) return;
      const target = notice;
      win.clearTimeout(noticeTimer);
      const dismiss = () => {
        win.clearTimeout(noticeTimer);
        render(null, target);
      };
      render(
        <HiddenNotice
          claimText={claimText}
          onUndo={() => {
            dismiss();
            undo();
          }}
          onDismiss={dismiss}
        />,
        target,
      );
      noticeTimer = win.setTimeout(dismiss, NOTICE_MS);
    },
    dispose(): void {
      close(false);
      win.clearTimeout(noticeTimer);
      host?.remove();
      host = null;
      shadow = null;
      layer = null;
      live = null;
      notice = null;
    },
  };
}
