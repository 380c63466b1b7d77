// @vitest-environment jsdom
// What the painter leaves in the page's highlight registry and style sheets: nothing before the
// first mark; then one highlight per mark kind, under names a page cannot guess, each with its paint
// priority; the open claim on top; restyling without losing marks; in forced colours nothing
// registered (the layer draws instead), following the mode both ways; and nothing left after dispose.
import { afterEach, describe, expect, it } from 'vitest';
import { FORCED_MARKS_ATTRIBUTE } from '../../../src/highlight/forced-colour-layer';
import { createHighlightPainter, pageShade } from '../../../src/highlight/painter';
import {
  ACTIVE_PRIORITY,
  HEADING_PRIORITY,
  MARK_KINDS,
  markPriority,
  markStyleSheet,
  type MarkKind,
} from '../../../src/highlight/palette';
import { fakeRange, highlightWindow, type FakeStyleSheet, type HighlightWindow } from '../../support/highlight-window';

let page: HighlightWindow;
afterEach(() => page?.restore());

const sheets = () => (document as unknown as { adoptedStyleSheets: FakeStyleSheet[] }).adoptedStyleSheets;
const line = () => fakeRange([{ left: 0, top: 0, right: 100, bottom: 20 }]);
/** The name the painter gives its n-th kind when every random byte of that name is n. */
const nameFor = (n: number) => `h${n.toString(36).padStart(2, '0').repeat(9)}`;
/** The painter names MARK_KINDS, then heading, then active, in that order. */
const expectedNames = () =>
  new Map<MarkKind | 'heading' | 'active', string>([
    ...MARK_KINDS.map((kind, i): [MarkKind, string] => [kind, nameFor(i)]),
    ['heading', nameFor(MARK_KINDS.length)],
    ['active', nameFor(MARK_KINDS.length + 1)],
  ]);

describe('the highlight painter', () => {
  it('registers nothing and adopts no style sheet before the first mark', () => {
    page = highlightWindow();
    const painter = createHighlightPainter(page.win);
    expect(page.highlights.size).toBe(0);
    expect(sheets()).toEqual([]);
    painter.update({ added: [], removed: [] });
    painter.setIntensity('tint');
    expect(page.highlights.size).toBe(0);
    expect(sheets()).toEqual([]);
  });

  it('paints each kind in its own highlight, under a random name, with its priority, and one sheet for all', () => {
    page = highlightWindow();
    const painter = createHighlightPainter(page.win);
    const [a, b, c, d, e] = [line(), line(), line(), line(), line()];
    painter.update({
      added: [
        { range: a, tone: 'refuted', stance: 'asserts' },
        { range: b, tone: 'refuted', stance: 'asserts' },
        { range: c, tone: 'refuted', stance: 'reports' },
        { range: d, tone: 'refuted', stance: 'denies' },
        { range: e, tone: 'accurate', stance: 'asserts', inHeading: true },
      ],
      removed: [],
    });
    const names = expectedNames();
    const registered = (kind: MarkKind | 'heading') => page.highlights.get(names.get(kind)!);
    expect(page.highlights.size).toBe(4);
    expect([...registered('asserts-refuted')!]).toEqual([a, b]);
    expect(registered('asserts-refuted')!.priority).toBe(markPriority('asserts-refuted'));
    expect([...registered('reports-refuted')!]).toEqual([c]);
    expect(registered('reports-refuted')!.priority).toBe(markPriority('reports-refuted'));
    expect([...registered('denies')!]).toEqual([d]);
    expect(registered('denies')!.priority).toBe(markPriority('denies'));
    expect([...registered('heading')!]).toEqual([e]);
    expect(registered('heading')!.priority).toBe(HEADING_PRIORITY);
    for (const name of page.highlights.keys()) expect(name).toMatch(/^h[0-9a-z]{18}$/);
    expect(sheets()).toHaveLength(1);
    expect(sheets()[0]!.text).toBe(markStyleSheet(names, 'light', 'underline'));
  });

  it('gives each painter its own names, so a page cannot know them in advance', () => {
    page = highlightWindow();
    createHighlightPainter(page.win).update({
      added: [{ range: line(), tone: 'refuted', stance: 'asserts' }],
      removed: [],
    });
    createHighlightPainter(page.win).update({
      added: [{ range: line(), tone: 'refuted', stance: 'asserts' }],
      removed: [],
    });
    expect(page.highlights.size).toBe(2);
  });

  it('takes a removed mark out of its highlight and keeps the others', () => {
    page = highlightWindow();
    const painter = createHighlightPainter(page.win);
    const [a, b] = [line(), line()];
    painter.update({
      added: [
        { range: a, tone: 'refuted', stance: 'asserts' },
        { range: b, tone: 'refuted', stance: 'asserts' },
      ],
      removed: [],
    });
    painter.update({ added: [], removed: [{ range: a, tone: 'refuted', stance: 'asserts' }] });
    const highlight = page.highlights.get(nameFor(MARK_KINDS.indexOf('asserts-refuted')))!;
    expect([...highlight]).toEqual([b]);
    // Removing a kind never painted is no error.
    painter.update({ added: [], removed: [{ range: b, tone: 'accurate', stance: 'reports' }] });
    expect([...highlight]).toEqual([b]);
  });

  it('marks the open claim on top of every kind, and takes the mark away when the card closes', () => {
    page = highlightWindow();
    const painter = createHighlightPainter(page.win);
    const open = line();
    painter.setActive(open);
    const active = page.highlights.get(expectedNames().get('active')!)!;
    expect([...active]).toEqual([open]);
    expect(active.priority).toBe(ACTIVE_PRIORITY);
    expect(sheets()).toHaveLength(1);
    painter.setActive(null);
    expect(page.highlights.size).toBe(0);
  });

  it('restyles for another intensity without losing a mark, and starts in the one it is given', () => {
    page = highlightWindow();
    const painter = createHighlightPainter(page.win);
    const a = line();
    painter.update({ added: [{ range: a, tone: 'refuted', stance: 'asserts' }], removed: [] });
    painter.setIntensity('tint');
    expect(sheets()[0]!.text).toBe(markStyleSheet(expectedNames(), 'light', 'tint'));
    painter.setIntensity('off');
    expect(sheets()[0]!.text).toBe(markStyleSheet(expectedNames(), 'light', 'off'));
    expect([...page.highlights.values()].flatMap((h) => [...h])).toEqual([a]);
    page.restore();

    page = highlightWindow();
    createHighlightPainter(page.win, 'tint').update({
      added: [{ range: line(), tone: 'refuted', stance: 'asserts' }],
      removed: [],
    });
    expect(sheets()[0]!.text).toBe(markStyleSheet(expectedNames(), 'light', 'tint'));
  });

  it('styles for a dark page when the page is dark', () => {
    const styles = new Map([[document.body as Element, { backgroundColor: 'rgb(20, 22, 26)' }]]);
    page = highlightWindow({ styles });
    createHighlightPainter(page.win).update({
      added: [{ range: line(), tone: 'refuted', stance: 'asserts' }],
      removed: [],
    });
    expect(sheets()[0]!.text).toBe(markStyleSheet(expectedNames(), 'dark', 'underline'));
  });

  it('leaves the registry, the style sheets and the forced-colours listener as it found them when disposed', () => {
    page = highlightWindow();
    const other = { text: 'the page’s own' } as unknown as FakeStyleSheet;
    sheets().push(other);
    const painter = createHighlightPainter(page.win);
    expect(page.forcedListeners()).toBe(1);
    painter.update({ added: [{ range: line(), tone: 'refuted', stance: 'asserts' }], removed: [] });
    painter.setActive(line());
    painter.dispose();
    expect(page.highlights.size).toBe(0);
    expect(sheets()).toEqual([other]);
    expect(page.forcedListeners()).toBe(0);
  });
});

describe('the highlight painter in forced colours', () => {
  const host = () => document.querySelector(`[${FORCED_MARKS_ATTRIBUTE}]`);

  it('registers no highlight and draws the marks in its own layer, made only once there is a mark', () => {
    page = highlightWindow({ forced: true });
    const painter = createHighlightPainter(page.win);
    painter.update({ added: [], removed: [] });
    page.runFrames();
    expect(host()).toBeNull();
    painter.update({ added: [{ range: line(), tone: 'refuted', stance: 'asserts' }], removed: [] });
    painter.setActive(line());
    page.runFrames();
    expect(page.highlights.size).toBe(0);
    expect(host()).not.toBeNull();
    const root = page.shadowRoots.at(-1)!;
    expect([...root.querySelectorAll('.mark')].map((e) => e.className)).toEqual(['mark asserts', 'mark active']);
    painter.setIntensity('off');
    page.runFrames();
    // With marks switched off only the open claim is drawn.
    expect([...root.querySelectorAll('.mark')].map((e) => e.className)).toEqual(['mark active']);
    painter.setActive(null);
    page.runFrames();
    expect(root.querySelectorAll('.mark')).toHaveLength(0);
    painter.dispose();
    expect(host()).toBeNull();
  });

  it('follows the mode both ways without a reload', () => {
    page = highlightWindow();
    const painter = createHighlightPainter(page.win);
    painter.update({ added: [{ range: line(), tone: 'refuted', stance: 'asserts' }], removed: [] });
    painter.setActive(line());
    expect(page.highlights.size).toBe(2);
    page.setForced(true);
    page.runFrames();
    expect(page.highlights.size).toBe(0);
    expect(host()).not.toBeNull();
    page.setForced(false);
    expect(host()).toBeNull();
    expect(page.highlights.size).toBe(2);
    expect(page.highlights.get(expectedNames().get('active')!)!.priority).toBe(ACTIVE_PRIORITY);
  });
});

describe('pageShade', () => {
  it('reads the body first, then the root element, then the colour scheme the reader prefers', () => {
    const dark = { backgroundColor: 'rgb(10, 10, 10)' };
    const light = { backgroundColor: 'rgb(250, 250, 250)' };
    const html = document.documentElement as Element;
    page = highlightWindow({ styles: new Map([[document.body as Element, dark]]) });
    expect(pageShade(page.win)).toBe('dark');
    expect(
      pageShade(
        highlightWindow({
          styles: new Map([
            [document.body as Element, light],
            [html, dark],
          ]),
        }).win,
      ),
    ).toBe('light');
    expect(pageShade(highlightWindow({ styles: new Map([[html, dark]]) }).win)).toBe('dark');
    expect(pageShade(highlightWindow().win)).toBe('light');
    const darkScheme = highlightWindow({ styles: new Map([[html, { colorScheme: 'light dark' }]]) });
    expect(pageShade(darkScheme.win)).toBe('light');
    const prefersDark = {
      ...darkScheme.win,
      matchMedia: (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' }),
    } as unknown as Window & typeof globalThis;
    expect(pageShade(prefersDark)).toBe('dark');
    const lightScheme = highlightWindow();
    expect(
      pageShade({
        ...lightScheme.win,
        matchMedia: (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' }),
      } as unknown as Window & typeof globalThis),
    ).toBe('light');
  });
});
