// Draws the marks in forced colours, where the Highlight API cannot tell them apart (forced-colours.ts
// says why and which line is which). Each mark's lines of text get a box with a bottom border, in a
// closed shadow root on a host of our own laid over the page: pointer events pass through to the
// page, and page scripts cannot read which claims are marked. The boxes are measured again, at most
// once a frame, when the page may have moved its text: resize and zoom, scrolling (scrolled boxes
// and fixed text), DOM and style changes, web fonts arriving. Text clipped by a scrolled box is not
// drawn outside it.
import { OWN_UI_ATTRIBUTE } from '../page/text-blocks';
import { forcedMarksCss, intersect, lineBoxes, type ForcedMarkKind, type Rect } from './forced-colours';

export interface ForcedMark {
  kind: ForcedMarkKind | 'active';
  range: Range;
}

/** Marks the layer's host (our text walker skips it; tests find it by this attribute). */
export const FORCED_MARKS_ATTRIBUTE = 'data-claimlens-marks';

export function createForcedColourLayer(win: Window & typeof globalThis, marks: () => Iterable<ForcedMark>) {
  const doc = win.document;
  const host = doc.createElement('div');
  host.setAttribute(OWN_UI_ATTRIBUTE, '');
  host.setAttribute(FORCED_MARKS_ATTRIBUTE, '');
  // Inline and important: page rules for `div` cannot move, size or hide the host. Under the card
  // (whose layer has the top z-index), over the page's text.
  for (const [property, value] of [
    ['all', 'initial'],
    ['position', 'absolute'],
    ['top', '0'],
    ['left', '0'],
    ['width', '0'],
    ['height', '0'],
    ['overflow', 'visible'],
    ['pointer-events', 'none'],
    ['z-index', '2147483646'],
  ])
    host.style.setProperty(property!, value!, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = forcedMarksCss();
  root.append(style);
  const drawn: HTMLDivElement[] = [];
  /** What each drawn box was last given: style.cssText reads back re-serialised, so it cannot be compared. */
  const drawnAs: string[] = [];

  /** The visible part of an element's box after every scrolled or clipped ancestor, per layout pass. */
  function clipsFor(): (element: Element | null) => Rect | null {
    const memo = new Map<Element, Rect | null | 'hidden'>();
    const clipOf = (element: Element | null): Rect | null | 'hidden' => {
      if (!element || element === doc.body || element === doc.documentElement) return null;
      const known = memo.get(element);
      if (known !== undefined) return known;
      const outer = clipOf(element.parentElement);
      let clip = outer;
      const { overflowX, overflowY, position } = win.getComputedStyle(element);
      if (position === 'fixed' || position === 'sticky') movesWithViewport = true;
      if (outer !== 'hidden' && (overflowX !== 'visible' || overflowY !== 'visible')) {
        const own = element.getBoundingClientRect();
        clip = intersect(own, outer) ?? 'hidden';
      }
      memo.set(element, clip);
      return clip;
    };
    return (element) => {
      const clip = clipOf(element);
      return clip === 'hidden' ? { left: 0, top: 0, right: 0, bottom: 0 } : clip;
    };
  }

  /** Some marked text is in a fixed or sticky box: scrolling the page moves it against our boxes. */
  let movesWithViewport = false;

  function layout(): void {
    frame = 0;
    movesWithViewport = false;
    if (!host.isConnected) doc.documentElement.append(host);
    // Every read first, then every write: a write between two reads would make the browser lay the
    // page out again for each mark (measured: 500 marks, 1.4 s a pass; read-then-write, one layout).
    // Boxes are placed from the host's own corner: right whatever the page did to <html>.
    const origin = host.getBoundingClientRect();
    const clipOf = clipsFor();
    const boxes: string[] = [];
    for (const { kind, range } of marks()) {
      const container = range.commonAncestorContainer;
      const clip = clipOf(container instanceof Element ? container : container.parentElement);
      const visible: Rect[] = [];
      for (const rect of range.getClientRects()) {
        const part = intersect(rect, clip);
        if (part) visible.push(part);
      }
      for (const box of lineBoxes(visible))
        boxes.push(
          `${kind} left:${box.left - origin.left}px;top:${box.top - origin.top}px;width:${box.width}px;height:${box.height}px`,
        );
    }
    boxes.forEach((box, index) => {
      let element = drawn[index];
      if (!element) {
        element = doc.createElement('div');
        drawn.push(element);
        root.append(element);
      }
      if (drawnAs[index] === box) return;
      const space = box.indexOf(' ');
      element.className = `mark ${box.slice(0, space)}`;
      element.style.cssText = box.slice(space + 1);
      drawnAs[index] = box;
    });
    drawnAs.length = Math.min(drawnAs.length, boxes.length);
    for (const extra of drawn.splice(boxes.length)) extra.remove();
  }

  let frame = 0;
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(layout);
  };
  const resized = new win.ResizeObserver(schedule);
  resized.observe(doc.documentElement);
  if (doc.body) resized.observe(doc.body);
  // Only the work of asking for a frame happens here: measuring waits for it (pages mutate in bursts).
  const mutated = new win.MutationObserver(schedule);
  mutated.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden', 'open'],
  });
  win.addEventListener('resize', schedule, { passive: true });
  // The boxes are placed in the document, so scrolling the page moves them with their text: only
  // a scrolled box inside the page, or text that stays put on screen, needs them measured again
  // (measured: 500 marks, ≈ 15 ms a frame to measure on every page scroll).
  const onScroll = (event: Event) => {
    if (movesWithViewport || (event.target !== doc && event.target !== doc.documentElement)) schedule();
  };
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
  doc.fonts?.addEventListener('loadingdone', schedule);
  schedule();

  return {
    /** The marks changed (added, removed, the open claim): draw again on the next frame. */
    redraw: schedule,
    dispose(): void {
      if (frame) win.cancelAnimationFrame(frame);
      frame = 0;
      resized.disconnect();
      mutated.disconnect();
      win.removeEventListener('resize', schedule);
      doc.removeEventListener('scroll', onScroll, { capture: true });
      doc.fonts?.removeEventListener('loadingdone', schedule);
      host.remove();
    },
  };
}

export type ForcedColourLayer = ReturnType<typeof createForcedColourLayer>;
