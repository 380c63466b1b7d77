// @vitest-environment jsdom
// The highlighter's DOM parts at their edges: a point on the very edge of a mark is on it; the
// painter works where the browser has no matchMedia, and only redraws the forced-colours layer when
// marks change; the layer reads the page's own scrolled boxes (not <body>/<html>, whose overflow is the
// viewport's), notices fixed and sticky text, every kind of page change that can move text, fonts
// arriving, and draws the right boxes after their number shrinks and grows again.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createForcedColourLayer,
  FORCED_MARKS_ATTRIBUTE,
  type ForcedMark,
} from '../../../src/highlight/forced-colour-layer';
import {
  createHighlightPainter,
  hitTest,
  pageShade,
  supportsHighlights,
  type Paintable,
} from '../../../src/highlight/painter';
import { fakeRange, highlightWindow, type HighlightWindow } from '../../support/highlight-window';

let page: HighlightWindow;
afterEach(() => page?.restore());

const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });
const host = () => document.querySelector(`[${FORCED_MARKS_ATTRIBUTE}]`);
const boxes = () =>
  [...page.shadowRoots.at(-1)!.querySelectorAll<HTMLElement>('.mark')].map((e) => `${e.className} ${e.style.top}`);
/** Runs frames until the page is quiet (the host's own insertion asks for one more). */
async function settle() {
  for (let i = 0; i < 5 && page.pendingFrames() > 0; i++) {
    page.runFrames();
    await Promise.resolve();
  }
  await Promise.resolve();
}
const mark = (top: number, stance: Paintable['stance'] = 'asserts'): Paintable => ({
  range: fakeRange([rect(0, top, 50, top + 10)]),
  tone: 'refuted',
  stance,
});

describe('hitTest at the edges of a mark', () => {
  const item = { range: fakeRange([rect(10, 20, 110, 40)]), tone: 'refuted', stance: 'asserts' } as const;
  it('counts a point on any edge as on the mark, and one just outside any edge as off it', () => {
    for (const [x, y] of [
      [10, 30],
      [110, 30],
      [60, 20],
      [60, 40],
      [10, 20],
      [110, 40],
    ])
      expect(hitTest([item], x!, y!), `${x},${y}`).toEqual([item]);
    for (const [x, y] of [
      [9, 30],
      [111, 30],
      [60, 19],
      [60, 41],
    ])
      expect(hitTest([item], x!, y!), `${x},${y}`).toEqual([]);
  });

  it('finds a mark by any of its lines', () => {
    const twoLines = { ...item, range: fakeRange([rect(10, 20, 110, 40), rect(0, 44, 50, 64)]) };
    expect(hitTest([twoLines], 5, 50)).toEqual([twoLines]);
  });
});

describe('supportsHighlights', () => {
  it('needs both the CSS highlight registry and the Highlight constructor', () => {
    const Highlight = class {};
    const win = (value: object) => value as unknown as Window & typeof globalThis;
    expect(supportsHighlights(win({ CSS: { highlights: new Map() }, Highlight }))).toBe(true);
    expect(supportsHighlights(win({ CSS: {}, Highlight }))).toBe(false);
    expect(supportsHighlights(win({ CSS: { highlights: new Map() } }))).toBe(false);
    expect(supportsHighlights(win({ Highlight }))).toBe(false);
  });
});

describe('pageShade without a body', () => {
  it('reads the root element when the document has no body yet', () => {
    page = highlightWindow();
    const doc = document.implementation.createHTMLDocument('');
    doc.body.remove();
    const win = {
      ...page.win,
      document: doc,
      getComputedStyle: (element: Element | null) => {
        // As in a browser: there is no style of nothing.
        if (!element) throw new TypeError('not an Element');
        return { backgroundColor: element === doc.documentElement ? 'rgb(0, 0, 0)' : 'rgba(0, 0, 0, 0)' };
      },
    } as unknown as Window & typeof globalThis;
    expect(pageShade(win)).toBe('dark');
  });

  it('is light for a dark colour scheme where the browser cannot say what the reader prefers', () => {
    page = highlightWindow({ styles: new Map([[document.documentElement as Element, { colorScheme: 'dark' }]]) });
    expect(pageShade({ ...page.win, matchMedia: undefined } as unknown as Window & typeof globalThis)).toBe('light');
  });
});

describe('the painter without matchMedia', () => {
  it('paints, marks the open claim and disposes without forced-colours support', () => {
    page = highlightWindow();
    const win = { ...page.win, matchMedia: undefined } as unknown as Window & typeof globalThis;
    const painter = createHighlightPainter(win);
    painter.update({ added: [mark(0)], removed: [] });
    painter.setActive(fakeRange([rect(0, 0, 5, 5)]));
    expect(page.highlights.size).toBe(2);
    painter.dispose();
    expect(page.highlights.size).toBe(0);
  });
});

describe('the painter and the forced-colours layer', () => {
  it('makes no layer outside forced colours', async () => {
    page = highlightWindow();
    const painter = createHighlightPainter(page.win);
    painter.update({ added: [mark(0)], removed: [] });
    painter.setActive(fakeRange([rect(0, 0, 5, 5)]));
    await settle();
    expect(host()).toBeNull();
    // Leaving forced colours when it was never on changes nothing.
    page.setForced(false);
    expect(page.highlights.size).toBe(2);
  });

  it('redraws when a mark is added or removed, and not for an update that changes nothing', async () => {
    page = highlightWindow({ forced: true });
    const painter = createHighlightPainter(page.win);
    const first = mark(0);
    painter.update({ added: [first], removed: [] });
    await settle();
    expect(boxes()).toEqual(['mark asserts 0px']);
    painter.update({ added: [], removed: [] });
    expect(page.pendingFrames()).toBe(0);
    const second = mark(30, 'reports');
    painter.update({ added: [second], removed: [] });
    expect(page.pendingFrames()).toBe(1);
    await settle();
    expect(boxes()).toEqual(['mark asserts 0px', 'mark reports 30px']);
    painter.update({ added: [], removed: [first] });
    expect(page.pendingFrames()).toBe(1);
    await settle();
    expect(boxes()).toEqual(['mark reports 30px']);
  });

  it('draws the open claim alone in forced colours, and makes no layer on entering them without marks', async () => {
    page = highlightWindow({ forced: true });
    createHighlightPainter(page.win).setActive(fakeRange([rect(0, 12, 5, 22)]));
    await settle();
    expect(boxes()).toEqual(['mark active 12px']);
    page.restore();

    page = highlightWindow();
    createHighlightPainter(page.win);
    page.setForced(true);
    await settle();
    expect(host()).toBeNull();
  });

  it('registers only its own highlights again when forced colours end, with no open claim', () => {
    page = highlightWindow({ forced: true });
    const painter = createHighlightPainter(page.win);
    painter.update({ added: [mark(0)], removed: [] });
    page.setForced(false);
    expect([...page.highlights.keys()]).toHaveLength(1);
    expect([...page.highlights.values()].every((h) => h.size === 1)).toBe(true);
  });
});

describe('the forced-colours layer at its edges', () => {
  it('does not clip by <body> or <html>, whose overflow is the viewport’s', async () => {
    const styles = new Map<Element, Partial<CSSStyleDeclaration>>([
      [document.body, { overflowX: 'hidden' }],
      [document.documentElement, { overflowY: 'hidden' }],
    ]);
    page = highlightWindow({ forced: true, styles });
    const box = document.createElement('div');
    document.body.append(box);
    document.body.getBoundingClientRect = () => ({ left: 0, top: 0, right: 100, bottom: 100 }) as DOMRect;
    document.documentElement.getBoundingClientRect = () => ({ left: 0, top: 0, right: 100, bottom: 100 }) as DOMRect;
    createForcedColourLayer(page.win, () => [{ kind: 'asserts', range: fakeRange([rect(0, 500, 50, 520)], box) }]);
    await settle();
    expect(boxes()).toEqual(['mark asserts 500px']);
  });

  it('draws a mark whose text is no longer in the page where its rectangles say', async () => {
    page = highlightWindow({ forced: true });
    const detached = document.createTextNode('gone');
    createForcedColourLayer(page.win, () => [{ kind: 'denies', range: fakeRange([rect(0, 7, 50, 27)], detached) }]);
    await settle();
    expect(boxes()).toEqual(['mark denies 7px']);
  });

  it('keeps its host where it is once placed (no frame after frame)', async () => {
    page = highlightWindow({ forced: true });
    createForcedColourLayer(page.win, () => []);
    await settle();
    expect(page.pendingFrames()).toBe(0);
  });

  it.each(['fixed', 'sticky'])('measures again on page scroll when marked text is %s', async (position) => {
    const banner = document.createElement('div');
    const inner = document.createElement('span');
    banner.append(inner);
    page = highlightWindow({ forced: true, styles: new Map([[banner, { position }]]) });
    document.body.append(banner);
    createForcedColourLayer(page.win, () => [{ kind: 'asserts', range: fakeRange([rect(0, 0, 10, 10)], inner) }]);
    await settle();
    document.dispatchEvent(new Event('scroll'));
    expect(page.pendingFrames()).toBe(1);
  });

  it('does not measure again on page scroll for text that scrolls with the page', async () => {
    const box = document.createElement('div');
    const inner = document.createElement('span');
    box.append(inner);
    page = highlightWindow({ forced: true, styles: new Map([[box, { position: 'relative' }]]) });
    document.body.append(box);
    createForcedColourLayer(page.win, () => [{ kind: 'asserts', range: fakeRange([rect(0, 0, 10, 10)], inner) }]);
    await settle();
    document.dispatchEvent(new Event('scroll'));
    document.documentElement.dispatchEvent(new Event('scroll'));
    expect(page.pendingFrames()).toBe(0);
  });

  it('measures again for any change that can move text deep in the page, and not for others', async () => {
    page = highlightWindow({ forced: true });
    document.body.innerHTML = '<div><p id="deep">text</p></div>';
    const deep = document.getElementById('deep')!;
    createForcedColourLayer(page.win, () => []);
    await settle();
    const schedules = async (change: () => void) => {
      change();
      await Promise.resolve();
      const asked = page.pendingFrames() > 0;
      await settle();
      return asked;
    };
    expect(await schedules(() => deep.append(document.createElement('b')))).toBe(true);
    expect(await schedules(() => ((deep.firstChild as Text).data = 'changed'))).toBe(true);
    for (const attribute of ['class', 'style', 'hidden', 'open'])
      expect(await schedules(() => deep.setAttribute(attribute, 'x')), attribute).toBe(true);
    expect(await schedules(() => deep.setAttribute('data-other', 'x'))).toBe(false);
  });

  it('measures again when the page or body resizes and when web fonts arrive, and stops listening when disposed', async () => {
    page = highlightWindow({ forced: true });
    const layer = createForcedColourLayer(page.win, () => []);
    await settle();
    expect(page.observed).toEqual([document.documentElement, document.body]);
    page.resize();
    expect(page.pendingFrames()).toBe(1);
    await settle();
    page.fonts.dispatchEvent(new Event('loadingdone'));
    expect(page.pendingFrames()).toBe(1);
    await settle();
    layer.dispose();
    page.fonts.dispatchEvent(new Event('loadingdone'));
    expect(page.pendingFrames()).toBe(0);
  });

  it('draws every box in full after their number shrinks and grows again', async () => {
    page = highlightWindow({ forced: true });
    let marks: ForcedMark[] = [
      { kind: 'asserts', range: fakeRange([rect(0, 0, 10, 10)]) },
      { kind: 'reports', range: fakeRange([rect(0, 30, 10, 40)]) },
    ];
    const layer = createForcedColourLayer(page.win, () => marks);
    await settle();
    const both = marks;
    marks = [both[0]!];
    layer.redraw();
    await settle();
    expect(boxes()).toEqual(['mark asserts 0px']);
    marks = both;
    layer.redraw();
    await settle();
    expect(boxes()).toEqual(['mark asserts 0px', 'mark reports 30px']);
  });

  it('is styled `all: initial` before its own properties, so no page rule reaches it', async () => {
    page = highlightWindow({ forced: true });
    createForcedColourLayer(page.win, () => []);
    await settle();
    expect((host() as HTMLElement).style.getPropertyValue('all')).toBe('initial');
  });
});
