// Functions that run inside the page under test (passed to page.evaluate by Playwright in Chromium
// and by Puppeteer in Firefox), so both browsers are read back the same way. Each must be
// self-contained: it is serialised, not imported.
//
// ClaimLens's highlight names are random (a page cannot guess them); ours are told apart by their
// priority: every mark has 1 or more, the open claim's is ACTIVE_PRIORITY (14, src/highlight/palette.ts),
// a page's own highlights default to 0.

/** The text of every range ClaimLens painted, in document order. */
export function paintedTexts(): string[] {
  const ranges: Range[] = [];
  for (const highlight of CSS.highlights.values()) {
    if (highlight.priority >= 1 && highlight.priority < 14) ranges.push(...(highlight as unknown as Set<Range>));
  }
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return ranges.map((range) => range.toString().replace(/\s+/g, ' ').trim());
}

/** Scrolls the first painted range whose text contains `needle` into view; its centre, or null. */
export function paintedRangeCentre(needle: string): { x: number; y: number } | null {
  for (const highlight of CSS.highlights.values()) {
    if (highlight.priority < 1 || highlight.priority >= 14) continue;
    for (const range of highlight as unknown as Set<Range>) {
      if (!range.toString().includes(needle)) continue;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

/** The text of the range marked as the open card's claim. */
export function activeText(): string {
  const active = [...CSS.highlights.values()].find((highlight) => highlight.priority === 14);
  return [...((active as unknown as Set<Range> | undefined) ?? [])].map((range) => range.toString()).join();
}

/**
 * How ClaimLens draws the mark on the first painted range containing `needle`: the text-decoration
 * of its ::highlight rule in our adopted style sheet, or null.
 */
export function markDecoration(needle: string): string | null {
  for (const [name, highlight] of CSS.highlights) {
    if (highlight.priority < 1 || highlight.priority >= 14) continue;
    if (![...(highlight as unknown as Set<Range>)].some((range) => range.toString().includes(needle))) continue;
    for (const sheet of document.adoptedStyleSheets)
      for (const rule of sheet.cssRules)
        if (rule instanceof CSSStyleRule && rule.selectorText === `::highlight(${name})`)
          return rule.style.getPropertyValue('text-decoration') || rule.cssText;
  }
  return null;
}
