// @vitest-environment jsdom
// The forced-colours layer as a page meets it: one host of ours, styled so page rules cannot move or
// hide it, skipped by our text walker, its boxes in a closed shadow root; a box per line of each
// mark placed from the host's corner and clipped by a scrolled ancestor; drawn at most once a frame,
// again when the page resizes, mutates or scrolls a box of its own (or scrolls text that is fixed);
// put back when a page removes it; and gone, with every listener, when disposed.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createForcedColourLayer,
  FORCED_MARKS_ATTRIBUTE,
  type ForcedMark,
} from '../../../src/highlight/forced-colour-layer';
import { forcedMarksCss } from '../../../src/highlight/forced-colours';
import { OWN_UI_ATTRIBUTE } from '../../../src/page/text-blocks';
import { fakeRange, highlightWindow, type HighlightWindow } from '../../support/highlight-window';

let page: HighlightWindow;
afterEach(() => page?.restore());

const host = () => document.querySelector(`[${FORCED_MARKS_ATTRIBUTE}]`) as HTMLElement | null;
const boxes = () =>
  [...page.shadowRoots.at(-1)!.querySelectorAll<HTMLElement>('.mark')].map((e) => ({
    kind: e.className,
    left: e.style.left,
    top: e.style.top,
    width: e.style.width,
    height: e.style.height,
  }));
const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });
const boundsOf = (element: Element, r: { left: number; top: number; right: number; bottom: number }) =>
  (element.getBoundingClientRect = () => ({ ...r, width: r.right - r.left, height: r.bottom - r.top }) as DOMRect);

describe('the forced-colours layer', () => {
  it('is one host of ours that page rules cannot move or hide, with its boxes in a closed shadow root', () => {
    page = highlightWindow({ forced: true });
    createForcedColourLayer(page.win, () => []);
    page.runFrames();
    const element = host()!;
    expect(element.parentElement).toBe(document.documentElement);
    expect(element.hasAttribute(OWN_UI_ATTRIBUTE)).toBe(true);
    expect(element.shadowRoot).toBeNull();
    const style = element.style;
    for (const [property, value] of [
      ['position', 'absolute'],
      ['top', '0px'],
      ['left', '0px'],
      ['width', '0px'],
      ['height', '0px'],
      ['overflow', 'visible'],
      ['pointer-events', 'none'],
      ['z-index', '2147483646'],
    ])
      // (jsdom keeps no `!important` priority, so only the values are read here.)
      expect(style.getPropertyValue(property!), property).toBe(value);
    expect(page.shadowRoots.at(-1)!.querySelector('style')!.textContent).toBe(forcedMarksCss());
  });

  it('draws a box per line of each mark, placed from the host’s own corner', () => {
    page = highlightWindow({ forced: true });
    const marks: ForcedMark[] = [
      { kind: 'asserts', range: fakeRange([rect(10, 100, 200, 120), rect(10, 124, 80, 144)]) },
      { kind: 'active', range: fakeRange([rect(300, 100, 350, 120)]) },
    ];
    const layer = createForcedColourLayer(page.win, () => marks);
    page.runFrames();
    // The page moved <html>: the host's corner is no longer at the viewport's.
    boundsOf(host()!, rect(-5, 50, -5, 50));
    layer.redraw();
    page.runFrames();
    expect(boxes()).toEqual([
      { kind: 'mark asserts', left: '15px', top: '50px', width: '190px', height: '20px' },
      { kind: 'mark asserts', left: '15px', top: '74px', width: '70px', height: '20px' },
      { kind: 'mark active', left: '305px', top: '50px', width: '50px', height: '20px' },
    ]);
  });

  it('draws only the part of a mark inside a scrolled box, and nothing of a mark scrolled out of it', () => {
    page = highlightWindow({
      forced: true,
      styles: new Map(),
    });
    const scroller = document.createElement('div');
    const inner = document.createElement('p');
    scroller.append(inner);
    document.body.append(scroller);
    page.restore();
    const styles = new Map<Element, Partial<CSSStyleDeclaration>>([[scroller, { overflowY: 'auto' }]]);
    page = highlightWindow({ forced: true, styles });
    document.body.append(scroller);
    boundsOf(scroller, rect(0, 0, 100, 50));
    const text = document.createTextNode('x');
    inner.append(text);
    const marks: ForcedMark[] = [
      { kind: 'reports', range: fakeRange([rect(50, 40, 150, 60)], text) },
      { kind: 'denies', range: fakeRange([rect(0, 70, 80, 90)], inner) },
    ];
    createForcedColourLayer(page.win, () => marks);
    page.runFrames();
    expect(boxes()).toEqual([{ kind: 'mark reports', left: '50px', top: '40px', width: '50px', height: '10px' }]);
  });

  it('draws nothing inside a box that is itself scrolled out of its scrolled parent', () => {
    const outer = document.createElement('div');
    const innerBox = document.createElement('div');
    outer.append(innerBox);
    const styles = new Map<Element, Partial<CSSStyleDeclaration>>([
      [outer, { overflowX: 'hidden' }],
      [innerBox, { overflowY: 'scroll' }],
    ]);
    page = highlightWindow({ forced: true, styles });
    document.body.append(outer);
    boundsOf(outer, rect(0, 0, 100, 100));
    boundsOf(innerBox, rect(0, 200, 100, 300));
    createForcedColourLayer(page.win, () => [{ kind: 'asserts', range: fakeRange([rect(0, 210, 50, 230)], innerBox) }]);
    page.runFrames();
    expect(boxes()).toEqual([]);
  });

  it('asks for one frame however often it is told to redraw, and draws the marks as they are then', () => {
    page = highlightWindow({ forced: true });
    let marks: ForcedMark[] = [{ kind: 'asserts', range: fakeRange([rect(0, 0, 10, 10)]) }];
    const layer = createForcedColourLayer(page.win, () => marks);
    layer.redraw();
    layer.redraw();
    expect(page.pendingFrames()).toBe(1);
    page.runFrames();
    expect(boxes()).toHaveLength(1);
    marks = [
      { kind: 'asserts', range: fakeRange([rect(0, 0, 10, 10)]) },
      { kind: 'heading', range: fakeRange([rect(0, 30, 10, 40)]) },
    ];
    layer.redraw();
    page.runFrames();
    expect(boxes().map((b) => [b.kind, b.top])).toEqual([
      ['mark asserts', '0px'],
      ['mark heading', '30px'],
    ]);
    marks = [{ kind: 'denies', range: fakeRange([rect(0, 0, 10, 10)]) }];
    layer.redraw();
    page.runFrames();
    expect(boxes().map((b) => b.kind)).toEqual(['mark denies']);
    expect(page.shadowRoots.at(-1)!.querySelectorAll('div')).toHaveLength(1);
  });

  it('draws again when the window resizes or the page changes', async () => {
    page = highlightWindow({ forced: true });
    createForcedColourLayer(page.win, () => []);
    page.runFrames();
    expect(page.pendingFrames()).toBe(0);
    window.dispatchEvent(new Event('resize'));
    expect(page.pendingFrames()).toBe(1);
    page.runFrames();
    document.body.append(document.createElement('p'));
    await Promise.resolve();
    expect(page.pendingFrames()).toBe(1);
  });

  it('on scroll, draws again only for a scrolled box of the page, or when marked text is fixed on screen', () => {
    page = highlightWindow({ forced: true });
    const box = document.createElement('div');
    document.body.append(box);
    createForcedColourLayer(page.win, () => [{ kind: 'asserts', range: fakeRange([rect(0, 0, 10, 10)]) }]);
    page.runFrames();
    document.dispatchEvent(new Event('scroll'));
    expect(page.pendingFrames()).toBe(0);
    box.dispatchEvent(new Event('scroll'));
    expect(page.pendingFrames()).toBe(1);
    page.runFrames();
    page.restore();

    const banner = document.createElement('div');
    page = highlightWindow({ forced: true, styles: new Map([[banner, { position: 'fixed' }]]) });
    document.body.append(banner);
    createForcedColourLayer(page.win, () => [{ kind: 'asserts', range: fakeRange([rect(0, 0, 10, 10)], banner) }]);
    page.runFrames();
    document.dispatchEvent(new Event('scroll'));
    expect(page.pendingFrames()).toBe(1);
  });

  it('puts its host back when the page removes it', () => {
    page = highlightWindow({ forced: true });
    const layer = createForcedColourLayer(page.win, () => []);
    page.runFrames();
    host()!.remove();
    expect(host()).toBeNull();
    layer.redraw();
    page.runFrames();
    expect(host()).not.toBeNull();
  });

  it('leaves nothing behind when disposed: no host, no frame, no listener', async () => {
    page = highlightWindow({ forced: true });
    const box = document.createElement('div');
    document.body.append(box);
    const layer = createForcedColourLayer(page.win, () => []);
    expect(page.pendingFrames()).toBe(1);
    layer.dispose();
    expect(page.pendingFrames()).toBe(0);
    expect(host()).toBeNull();
    window.dispatchEvent(new Event('resize'));
    box.dispatchEvent(new Event('scroll'));
    document.body.append(document.createElement('p'));
    await Promise.resolve();
    expect(page.pendingFrames()).toBe(0);
  });
});
