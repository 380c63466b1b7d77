// Marks in forced colours (Windows High Contrast), the pure part. There Chromium paints every CSS
// highlight in the system Highlight colours whatever our ::highlight() rules say (forced-color-adjust
// does not apply to highlight pseudos: w3c/csswg-drafts#7264), so a denial, a report and an assertion
// would all look like selected text. In that mode the marks are drawn as lines of our own
// (forced-colour-layer.ts) in a system colour, told apart by line style as the legend and the card
// show them (legend.css, card.css): this module says which line for which mark, and turns a range's
// client rects into one box per line of text. No browser globals.
import type { MarkKind } from './palette';

/** What a mark does, which is all a line style can say: the verdict's colour is gone in this mode. */
export type ForcedMarkKind = 'asserts' | 'reports' | 'denies' | 'heading';
export const FORCED_MARK_KINDS: readonly ForcedMarkKind[] = ['asserts', 'reports', 'denies', 'heading'];

export interface ForcedLine {
  style: 'solid' | 'dashed' | 'dotted';
  /** CSS pixels. */
  width: number;
}

/** The same lines as the legend's and the card's forced-colours samples: keep the three in step. */
export const FORCED_LINES: Readonly<Record<ForcedMarkKind, ForcedLine>> = {
  asserts: { style: 'solid', width: 3 },
  reports: { style: 'dashed', width: 2 },
  denies: { style: 'dotted', width: 2 },
  heading: { style: 'solid', width: 1 },
};

export function forcedMarkKind(kind: MarkKind | 'heading'): ForcedMarkKind {
  if (kind === 'heading' || kind === 'denies') return kind;
  return kind.startsWith('reports-') ? 'reports' : 'asserts';
}

/**
 * The layer's style sheet. Lines in CanvasText, which the forced palette guarantees against Canvas
 * (LinkText would read as a link); the open claim framed in Highlight, the colour the reader's theme
 * gives to what is selected. System colours are kept as written in forced colours.
 */
export function forcedMarksCss(): string {
  const lines = FORCED_MARK_KINDS.map((kind) => {
    const { style, width } = FORCED_LINES[kind];
    return `.${kind} { border-bottom: ${width}px ${style} CanvasText; }`;
  });
  return [
    // The line 1px below the text's box, so it does not touch the descenders.
    '.mark { position: absolute; box-sizing: content-box; margin: 0; padding: 0 0 1px; pointer-events: none; }',
    ...lines,
    // Framed around the text and its line, not across it: the open claim keeps its line style.
    '.active { padding-bottom: 5px; outline: 2px solid Highlight; }',
  ].join('\n');
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The part of `rect` inside `clip`, or null when nothing of it is. */
export function intersect(rect: Rect, clip: Rect | null): Rect | null {
  if (!clip) return rect;
  const out = {
    left: Math.max(rect.left, clip.left),
    top: Math.max(rect.top, clip.top),
    right: Math.min(rect.right, clip.right),
    bottom: Math.min(rect.bottom, clip.bottom),
  };
  return out.right > out.left && out.bottom > out.top ? out : null;
}

/**
 * One box per line of a range's text, from `range.getClientRects()`: a range gives a rect per text
 * fragment per line, and one per element it wholly contains. Empty rects are dropped, and so are
 * rects far taller than the text's (a contained element's box, which would draw a line under a whole
 * block); fragments on one line join when the gap between them is small next to the line's height
 * (an inline element's padding), and stay apart when it is not (two columns side by side).
 */
export function lineBoxes(rects: readonly Rect[]): Box[] {
  const usable = rects.filter((r) => r.right - r.left >= 0.5 && r.bottom - r.top >= 0.5);
  if (usable.length === 0) return [];
  const lowest = Math.min(...usable.map((r) => r.bottom - r.top));
  const text = usable.filter((r) => r.bottom - r.top <= 2 * lowest).sort((a, b) => a.top - b.top || a.left - b.left);
  const lines: Rect[] = [];
  for (const rect of text) {
    const height = rect.bottom - rect.top;
    // Same line: most of the shorter one's height is shared (a raised footnote mark still is).
    const line = lines.find(
      (l) =>
        Math.min(l.bottom, rect.bottom) - Math.max(l.top, rect.top) > Math.min(height, l.bottom - l.top) / 2 &&
        rect.left - l.right <= height / 2 &&
        l.left - rect.right <= height / 2,
    );
    if (!line) {
      // Copied field by field: a DOMRect's fields are getters, which a spread would not copy.
      lines.push({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
      continue;
    }
    line.left = Math.min(line.left, rect.left);
    line.right = Math.max(line.right, rect.right);
    line.top = Math.min(line.top, rect.top);
    line.bottom = Math.max(line.bottom, rect.bottom);
  }
  return lines.map((l) => ({ left: l.left, top: l.top, width: l.right - l.left, height: l.bottom - l.top }));
}
