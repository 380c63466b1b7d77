// Marks in forced colours (Windows High Contrast): which line each mark gets, and the boxes drawn
// from a range's client rects.
import { describe, expect, it } from 'vitest';
import {
  FORCED_LINES,
  FORCED_MARK_KINDS,
  forcedMarkKind,
  forcedMarksCss,
  intersect,
  lineBoxes,
} from '../../../src/highlight/forced-colours';
import { MARK_KINDS } from '../../../src/highlight/palette';

const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('lines in forced colours', () => {
  it('keep an assertion, a report, a denial and a heading apart by line style or width', () => {
    const seen = FORCED_MARK_KINDS.map((kind) => `${FORCED_LINES[kind].style} ${FORCED_LINES[kind].width}`);
    expect(new Set(seen).size).toBe(FORCED_MARK_KINDS.length);
    expect(FORCED_LINES.asserts.style).toBe('solid');
    expect(FORCED_LINES.reports.style).toBe('dashed');
    expect(FORCED_LINES.denies.style).toBe('dotted');
    expect(FORCED_LINES.heading.width).toBeLessThan(FORCED_LINES.asserts.width);
  });

  it('follow what the passage does, whatever the verdict', () => {
    for (const kind of MARK_KINDS) {
      const expected = kind === 'denies' ? 'denies' : kind.startsWith('reports-') ? 'reports' : 'asserts';
      expect(forcedMarkKind(kind)).toBe(expected);
    }
    expect(forcedMarkKind('heading')).toBe('heading');
  });

  it('are drawn in system colours only, the open claim framed in the selection colour', () => {
    const css = forcedMarksCss();
    expect(css).toContain('.asserts { border-bottom: 3px solid CanvasText; }');
    expect(css).toContain('.reports { border-bottom: 2px dashed CanvasText; }');
    expect(css).toContain('.denies { border-bottom: 2px dotted CanvasText; }');
    expect(css).toContain('.heading { border-bottom: 1px solid CanvasText; }');
    expect(css).toMatch(/\.active \{ padding-bottom: 5px; outline: 2px solid Highlight; \}/);
    expect(css).toMatch(/pointer-events: none/);
    expect(css).not.toMatch(/#[0-9a-f]{3,6}\b|rgb/i);
  });
});

describe('boxes from client rects', () => {
  it('gives one box per line of text, joining the fragments of a line', () => {
    // "Facebook sold <a>users’ private</a> messages" wrapped over two lines: three fragments on the first.
    const boxes = lineBoxes([
      rect(8, 100, 80, 118),
      rect(80, 100, 150, 118),
      rect(150, 100, 400, 118),
      rect(8, 120, 90, 138),
    ]);
    expect(boxes).toEqual([
      { left: 8, top: 100, width: 392, height: 18 },
      { left: 8, top: 120, width: 82, height: 18 },
    ]);
  });

  it('reads DOMRects, whose fields are getters', () => {
    const client = new (class {
      get left() {
        return 8;
      }
      get top() {
        return 100;
      }
      get right() {
        return 300;
      }
      get bottom() {
        return 118;
      }
    })();
    expect(lineBoxes([client])).toEqual([{ left: 8, top: 100, width: 292, height: 18 }]);
  });

  it('joins fragments across an inline element’s padding, not across a column gap', () => {
    expect(lineBoxes([rect(0, 0, 100, 20), rect(106, 0, 200, 20)])).toHaveLength(1);
    expect(lineBoxes([rect(0, 0, 100, 20), rect(140, 0, 240, 20)])).toHaveLength(2);
  });

  it('drops empty rects and the box of a whole block the range contains', () => {
    const boxes = lineBoxes([rect(8, 100, 8, 118), rect(8, 100, 400, 180), rect(8, 100, 300, 118)]);
    expect(boxes).toEqual([{ left: 8, top: 100, width: 292, height: 18 }]);
    expect(lineBoxes([])).toEqual([]);
  });

  it('keeps a raised fragment (a footnote mark) on its line', () => {
    expect(lineBoxes([rect(0, 104, 100, 122), rect(100, 100, 108, 112)])).toEqual([
      { left: 0, top: 100, width: 108, height: 22 },
    ]);
  });

  it('clips to what a scrolled box shows, and nothing when it shows none of it', () => {
    expect(intersect(rect(0, 90, 100, 110), rect(0, 0, 50, 100))).toEqual(rect(0, 90, 50, 100));
    expect(intersect(rect(0, 120, 100, 140), rect(0, 0, 50, 100))).toBeNull();
    expect(intersect(rect(0, 0, 1, 1), null)).toEqual(rect(0, 0, 1, 1));
  });
});
