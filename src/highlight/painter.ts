// Paints matches with the CSS Custom Highlight API: no wrapper elements, so the page's DOM and
// layout stay as they were. One highlight per verdict tone, plus one for the claim whose card is open.
import { VERDICT_TONES, type VerdictTone } from '../claims/verdict';

export interface Paintable {
  range: Range;
  tone: VerdictTone;
}

const ACTIVE = 'claimlens-active';
const highlightName = (tone: VerdictTone) => `claimlens-${tone}`;

// Underline colours chosen to read on light and dark pages; the translucent background keeps
// the page's own text colour legible on both.
const STYLES = `
::highlight(claimlens-refuted) { background-color: rgba(229, 57, 53, 0.18); text-decoration: underline 2px rgba(211, 47, 47, 0.9); text-underline-offset: 3px; }
::highlight(claimlens-disputed) { background-color: rgba(251, 140, 0, 0.2); text-decoration: underline 2px rgba(239, 108, 0, 0.9); text-underline-offset: 3px; }
::highlight(claimlens-alleged) { background-color: rgba(142, 36, 170, 0.16); text-decoration: underline 2px rgba(142, 36, 170, 0.85); text-underline-offset: 3px; }
::highlight(claimlens-unverified) { background-color: rgba(120, 144, 156, 0.22); text-decoration: underline 2px dotted rgba(96, 125, 139, 0.95); text-underline-offset: 3px; }
::highlight(claimlens-accurate) { background-color: rgba(67, 160, 71, 0.16); text-decoration: underline 2px rgba(46, 125, 50, 0.9); text-underline-offset: 3px; }
::highlight(claimlens-neutral) { background-color: rgba(120, 144, 156, 0.2); text-decoration: underline 2px rgba(96, 125, 139, 0.9); text-underline-offset: 3px; }
::highlight(claimlens-active) { background-color: rgba(255, 214, 0, 0.45); }
`;

export function supportsHighlights(win: Window & typeof globalThis): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

/** The browser versions that paint our highlights (CSS Custom Highlight API). */
export const HIGHLIGHT_API_BROWSERS = 'Chromium 105 or Firefox 140 and later';

/** Why this window cannot show highlights, in words for the console; null when it can. */
export function highlightSupportProblem(win: Window & typeof globalThis): string | null {
  if (supportsHighlights(win)) return null;
  return `ClaimLens: this browser lacks the CSS Custom Highlight API (${HIGHLIGHT_API_BROWSERS}), so checked claims are not highlighted. Nothing on the page was changed.`;
}

export function createHighlightPainter(win: Window & typeof globalThis) {
  const doc = win.document;
  // Added on the first highlight, not at start: most pages have no claim, and a new style sheet
  // costs the page a style recalculation.
  let sheet: CSSStyleSheet | null = null;
  const ensureSheet = () => {
    if (sheet) return;
    sheet = new win.CSSStyleSheet();
    sheet.replaceSync(STYLES);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  };

  // One live Highlight per tone, registered once; ranges are added and removed as matches change,
  // so a growing page costs work in proportion to what changed.
  const byTone = new Map<VerdictTone, Highlight>();
  const highlightFor = (tone: VerdictTone): Highlight => {
    let highlight = byTone.get(tone);
    if (!highlight) {
      ensureSheet();
      highlight = new win.Highlight();
      byTone.set(tone, highlight);
      win.CSS.highlights.set(highlightName(tone), highlight);
    }
    return highlight;
  };

  return {
    update({ added, removed }: { added: readonly Paintable[]; removed: readonly Paintable[] }): void {
      for (const item of removed) byTone.get(item.tone)?.delete(item.range);
      for (const item of added) highlightFor(item.tone).add(item.range);
    },
    setActive(range: Range | null): void {
      if (!range) {
        win.CSS.highlights.delete(ACTIVE);
        return;
      }
      ensureSheet();
      win.CSS.highlights.set(ACTIVE, new win.Highlight(range));
    },
    dispose(): void {
      for (const tone of VERDICT_TONES) win.CSS.highlights.delete(highlightName(tone));
      win.CSS.highlights.delete(ACTIVE);
      byTone.clear();
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      sheet = null;
    },
  };
}

/** Every item whose text is under the point (client coordinates): one sentence can state two claims. */
export function hitTest<T extends Paintable>(items: readonly T[], x: number, y: number): T[] {
  return items.filter((item) => {
    for (const rect of item.range.getClientRects()) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
    }
    return false;
  });
}
