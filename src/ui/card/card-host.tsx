// The card lives in a shadow root on a host element of its own, so page CSS cannot break it and
// its CSS cannot leak. It is positioned next to the highlighted text with Floating UI and
// follows it on scroll; it closes on Escape and on a click outside.
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { Stance } from '../../match/types';
import type { ClaimCardData } from '../../messaging/protocol';
import { OWN_UI_ATTRIBUTE } from '../../page/text-blocks';
import { ClaimCard, type AlsoMatched } from './ClaimCard';
import cardCss from './card.css?inline';

export interface OpenCardRequest {
  anchor: Range;
  claim: ClaimCardData;
  stance: Stance;
  why: readonly string[];
  takeFocus: boolean;
  alsoInPassage: readonly AlsoMatched[];
  onSwitch(claimId: string): void;
  onNotThisClaim(): void;
}

export const CARD_HOST_TAG = 'claimlens-card';

export function createCardHost(doc: Document, events: { onClose(): void }) {
  let host: HTMLElement | null = null;
  let layer: HTMLDivElement | null = null;
  let stopAutoUpdate: (() => void) | null = null;
  let current: OpenCardRequest | null = null;
  let returnFocusTo: Element | null = null;

  function ensureHost(): HTMLDivElement {
    if (host?.isConnected && layer) return layer;
    host = doc.createElement(CARD_HOST_TAG);
    host.setAttribute(OWN_UI_ATTRIBUTE, '');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = cardCss;
    layer = doc.createElement('div');
    layer.className = 'layer';
    shadow.append(style, layer);
    doc.documentElement.append(host);
    return layer;
  }

  const onPointerDown = (event: PointerEvent) => {
    if (host && !event.composedPath().includes(host)) close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };

  function close(): void {
    if (!current) return;
    current = null;
    stopAutoUpdate?.();
    stopAutoUpdate = null;
    if (layer) render(null, layer);
    doc.removeEventListener('pointerdown', onPointerDown, true);
    doc.removeEventListener('keydown', onKeyDown, true);
    const focusTarget = returnFocusTo as HTMLElement | null;
    returnFocusTo = null;
    if (focusTarget && typeof focusTarget.focus === 'function' && host?.contains(doc.activeElement))
      focusTarget.focus();
    events.onClose();
  }

  function open(request: OpenCardRequest): void {
    const target = ensureHost();
    if (!current) {
      doc.addEventListener('pointerdown', onPointerDown, true);
      doc.addEventListener('keydown', onKeyDown, true);
    }
    if (request.takeFocus && !returnFocusTo && doc.activeElement !== host) returnFocusTo = doc.activeElement;
    current = request;
    render(
      <ClaimCard
        claim={request.claim}
        stance={request.stance}
        why={request.why}
        takeFocus={request.takeFocus}
        alsoInPassage={request.alsoInPassage}
        onSwitch={request.onSwitch}
        onClose={close}
        onNotThisClaim={() => {
          close();
          request.onNotThisClaim();
        }}
      />,
      target,
    );
    stopAutoUpdate?.();
    const anchor = request.anchor;
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
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight, elements }) {
              (elements.floating.firstElementChild as HTMLElement | null)?.style.setProperty(
                'max-height',
                `${Math.max(160, Math.min(560, availableHeight))}px`,
              );
            },
          }),
        ],
      }).then(({ x, y }) => {
        target.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
  }

  return {
    open,
    close,
    isOpen: () => current !== null,
    current: () => current,
    /** Whether the pointer is over the card (so hover-out of the text does not close it). */
    contains: (node: EventTarget | null) => !!host && !!node && (node === host || host.contains(node as Node)),
    dispose(): void {
      close();
      host?.remove();
      host = null;
      layer = null;
    },
  };
}
