// Paints matches with the CSS Custom Highlight API: no wrapper elements, so the page's DOM and
// layout stay as they were. One highlight per mark kind (what the passage does × the verdict's
// tone, see palette.ts), one quiet one for every mark in a headline or heading, plus one for the
// claim whose card is open.
//
// In forced colours (Windows High Contrast) the browser paints every highlight alike, in the system
// selection colours; there the marks are drawn by forced-colour-layer.ts instead, by line style, and
// none of ours stays registered. The switch follows the mode both ways without a reload.
//
// Highlight names are random per content-script instance: the registry is shared with the page, and
// fixed names would let any page test which claims it holds (`CSS.highlights.has(...)`). Tests find
// ours by their priority (every mark has one; the open claim's is ACTIVE_PRIORITY).
import type { VerdictTone } from '../claims/verdict';
import type { Stance } from '../match/types';
import { createForcedColourLayer, type ForcedColourLayer, type ForcedMark } from './forced-colour-layer';
import { forcedMarkKind } from './forced-colours';
import {
  ACTIVE_PRIORITY,
  HEADING_PRIORITY,
  MARK_KINDS,
  markKindOf,
  markPriority,
  markStyleSheet,
  shadeOfCssColour,
  type Intensity,
  type MarkKind,
  type PageShade,
} from './palette';

export interface Paintable {
  range: Range;
  tone: VerdictTone;
  stance: Stance;
  /** In a headline or heading: painted in the one quiet heading style (palette.ts). */
  inHeading?: boolean;
}

type PaintedKind = MarkKind | 'heading';
const paintedKindOf = (item: Paintable): PaintedKind =>
  item.inHeading ? 'heading' : markKindOf(item.stance, item.tone);

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

/** A name no page can guess: letters and digits from the platform's random source. */
function randomName(win: Window & typeof globalThis): string {
  const bytes = win.crypto.getRandomValues(new Uint8Array(9));
  return `h${[...bytes].map((b) => b.toString(36).padStart(2, '0')).join('')}`;
}

/** Light or dark, from the first opaque background up from the body; the canvas colour scheme otherwise. */
export function pageShade(win: Window & typeof globalThis): PageShade {
  const doc = win.document;
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const shade = shadeOfCssColour(win.getComputedStyle(element).backgroundColor);
    if (shade) return shade;
  }
  const scheme = win.getComputedStyle(doc.documentElement).colorScheme ?? '';
  return scheme.includes('dark') && win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function createHighlightPainter(win: Window & typeof globalThis, initialIntensity: Intensity = 'underline') {
  const doc = win.document;
  const names = new Map<PaintedKind | 'active', string>();
  for (const kind of [...MARK_KINDS, 'heading' as const, 'active' as const]) names.set(kind, randomName(win));
  let intensity = initialIntensity;
  let shade: PageShade | null = null;

  // Added on the first highlight, not at start: most pages have no claim, and a new style sheet
  // costs the page a style recalculation.
  let sheet: CSSStyleSheet | null = null;
  const ensureSheet = () => {
    if (sheet) return;
    shade = pageShade(win);
    sheet = new win.CSSStyleSheet();
    sheet.replaceSync(markStyleSheet(names, shade, intensity));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  };

  // One live Highlight per kind, registered once; ranges are added and removed as matches change,
  // so a growing page costs work in proportion to what changed. In forced colours they are kept but
  // not registered: the layer draws from them.
  const byKind = new Map<PaintedKind, Highlight>();
  let active: Highlight | null = null;
  const forcedColours = win.matchMedia?.('(forced-colors: active)');
  let layer: ForcedColourLayer | null = null;

  const registered = (): [string, Highlight][] => [
    ...[...byKind].map(([kind, highlight]): [string, Highlight] => [names.get(kind)!, highlight]),
    ...(active ? [[names.get('active')!, active] as [string, Highlight]] : []),
  ];
  function* forcedMarks(): Iterable<ForcedMark> {
    if (intensity !== 'off')
      for (const [kind, highlight] of byKind)
        for (const range of highlight as unknown as Set<Range>) yield { kind: forcedMarkKind(kind), range };
    if (active) for (const range of active as unknown as Set<Range>) yield { kind: 'active', range };
  }
  /** In forced colours: (re)draws the layer, made on the first mark so a page with none gets no element. */
  const redrawForced = () => {
    if (!forcedColours?.matches || (byKind.size === 0 && !active)) return;
    layer ??= createForcedColourLayer(win, forcedMarks);
    layer.redraw();
  };
  const followForcedColours = () => {
    if (forcedColours?.matches) {
      for (const [name] of registered()) win.CSS.highlights.delete(name);
      redrawForced();
    } else {
      layer?.dispose();
      layer = null;
      for (const [name, highlight] of registered()) win.CSS.highlights.set(name, highlight);
    }
  };
  forcedColours?.addEventListener('change', followForcedColours);

  const highlightFor = (kind: PaintedKind): Highlight => {
    let highlight = byKind.get(kind);
    if (!highlight) {
      ensureSheet();
      highlight = new win.Highlight();
      highlight.priority = kind === 'heading' ? HEADING_PRIORITY : markPriority(kind);
      byKind.set(kind, highlight);
      if (!forcedColours?.matches) win.CSS.highlights.set(names.get(kind)!, highlight);
    }
    return highlight;
  };

  return {
    update({ added, removed }: { added: readonly Paintable[]; removed: readonly Paintable[] }): void {
      for (const item of removed) byKind.get(paintedKindOf(item))?.delete(item.range);
      for (const item of added) highlightFor(paintedKindOf(item)).add(item.range);
      if (added.length > 0 || removed.length > 0) redrawForced();
    },
    setActive(range: Range | null): void {
      const name = names.get('active')!;
      if (!range) {
        active = null;
        win.CSS.highlights.delete(name);
        layer?.redraw();
        return;
      }
      ensureSheet();
      active = new win.Highlight(range);
      active.priority = ACTIVE_PRIORITY;
      if (!forcedColours?.matches) win.CSS.highlights.set(name, active);
      redrawForced();
    },
    /** Underline, tint, or nothing until asked: restyles what is painted, keeps the ranges. */
    setIntensity(next: Intensity): void {
      intensity = next;
      if (sheet && shade) sheet.replaceSync(markStyleSheet(names, shade, intensity));
      layer?.redraw();
    },
    dispose(): void {
      forcedColours?.removeEventListener('change', followForcedColours);
      layer?.dispose();
      layer = null;
      for (const name of names.values()) win.CSS.highlights.delete(name);
      byKind.clear();
      active = null;
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      sheet = null;
    },
  };
}

/** The mark painted on top where several overlap: the highest paint priority, then the later one. */
export function topmost<T extends Paintable>(items: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const item of items)
    if (!best || markPriority(markKindOf(item.stance, item.tone)) >= markPriority(markKindOf(best.stance, best.tone)))
      best = item;
  return best;
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
