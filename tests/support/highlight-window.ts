// A jsdom window with the browser APIs jsdom lacks and the highlighter uses: the CSS Custom
// Highlight registry, constructable style sheets, `forced-colors` media queries that can change,
// animation frames run on demand, ResizeObserver, and deterministic "random" bytes, so the tests of
// src/highlight can see what is registered, adopted and drawn. Only platform APIs are stood in for.
import { vi } from 'vitest';

export class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

export class FakeStyleSheet {
  text = '';
  replaceSync(text: string): void {
    this.text = text;
  }
}

/** A range stand-in: the painter only stores ranges; the layer reads their rectangles and container. */
export function fakeRange(
  rects: { left: number; top: number; right: number; bottom: number }[],
  container: Node = document.body,
): Range {
  return {
    getClientRects: () => rects.map((r) => ({ ...r, width: r.right - r.left, height: r.bottom - r.top })),
    commonAncestorContainer: container,
  } as unknown as Range;
}

export interface HighlightWindow {
  win: Window & typeof globalThis;
  highlights: Map<string, FakeHighlight>;
  /** Switches forced colours on or off, as the reader's system setting would. */
  setForced(on: boolean): void;
  /** Runs the animation frames asked for so far. */
  runFrames(): void;
  pendingFrames(): number;
  forcedListeners(): number;
  /** Shadow roots attached by the code under test (the layer's is closed). */
  shadowRoots: ShadowRoot[];
  /** Elements a ResizeObserver watches, and a resize of them. */
  observed: Element[];
  resize(): void;
  /** The document's font set (web fonts finishing loading). */
  fonts: EventTarget;
  restore(): void;
}

export function highlightWindow(
  options: { forced?: boolean; styles?: Map<Element, Partial<CSSStyleDeclaration>> } = {},
): HighlightWindow {
  const highlights = new Map<string, FakeHighlight>();
  // Only 'change' listeners hear the mode change, as in a browser.
  const listeners = new Set<() => void>();
  const media = {
    matches: !!options.forced,
    addEventListener: (type: string, listener: () => void) => type === 'change' && listeners.add(listener),
    removeEventListener: (type: string, listener: () => void) => type === 'change' && listeners.delete(listener),
  };
  const observed: Element[] = [];
  const resizeCallbacks: (() => void)[] = [];
  const fonts = new EventTarget();
  Object.defineProperty(document, 'fonts', { value: fonts, configurable: true });
  let frames = new Map<number, FrameRequestCallback>();
  let nextFrame = 1;
  let byte = 0;
  (document as unknown as { adoptedStyleSheets: unknown[] }).adoptedStyleSheets = [];
  const shadowRoots: ShadowRoot[] = [];
  // One capture at a time: a second window made before the first is restored reads no shadow roots.
  const attach = Element.prototype.attachShadow;
  const spy = vi.isMockFunction(attach)
    ? undefined
    : vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
        const root = attach.call(this, init);
        shadowRoots.push(root);
        return root;
      });
  const win = {
    document,
    CSS: { highlights },
    Highlight: FakeHighlight,
    CSSStyleSheet: FakeStyleSheet,
    crypto: { getRandomValues: (bytes: Uint8Array) => bytes.fill(byte++) },
    getComputedStyle: (element: Element) => ({
      backgroundColor: 'rgba(0, 0, 0, 0)',
      colorScheme: 'normal',
      overflowX: 'visible',
      overflowY: 'visible',
      position: 'static',
      ...options.styles?.get(element),
    }),
    matchMedia: (query: string) => (query === '(forced-colors: active)' ? media : { matches: false }),
    requestAnimationFrame: (callback: FrameRequestCallback) => {
      frames.set(nextFrame, callback);
      return nextFrame++;
    },
    cancelAnimationFrame: (id: number) => frames.delete(id),
    ResizeObserver: class {
      constructor(callback: () => void) {
        resizeCallbacks.push(callback);
      }
      observe(target: Element) {
        // As in a browser: observing nothing is a TypeError.
        if (!(target instanceof Element)) throw new TypeError('not an Element');
        observed.push(target);
      }
      disconnect() {
        observed.length = 0;
        resizeCallbacks.length = 0;
      }
    },
    MutationObserver: window.MutationObserver,
    addEventListener: window.addEventListener.bind(window),
    removeEventListener: window.removeEventListener.bind(window),
  } as unknown as Window & typeof globalThis;
  return {
    win,
    highlights,
    setForced(on) {
      media.matches = on;
      for (const listener of [...listeners]) listener();
    },
    runFrames() {
      const due = frames;
      frames = new Map();
      for (const callback of due.values()) callback(0);
    },
    pendingFrames: () => frames.size,
    forcedListeners: () => listeners.size,
    shadowRoots,
    observed,
    resize: () => resizeCallbacks.forEach((callback) => callback()),
    fonts,
    restore() {
      spy?.mockRestore();
      delete (document as { fonts?: unknown }).fonts;
      document.body.innerHTML = '';
      document.documentElement.querySelectorAll('[data-claimlens-marks]').forEach((e) => e.remove());
    },
  };
}
