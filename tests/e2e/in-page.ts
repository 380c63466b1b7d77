// Functions that run inside the page under test (passed to page.evaluate by Playwright in Chromium
// and by Puppeteer in Firefox), so both browsers are read back the same way. Each must be
// self-contained: it is serialised, not imported.

/** The text of every range ClaimLens painted, in document order. */
export function paintedTexts(): string[] {
  const ranges: Range[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('claimlens-') && name !== 'claimlens-active')
      ranges.push(...(highlight as unknown as Set<Range>));
  }
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return ranges.map((range) => range.toString().replace(/\s+/g, ' ').trim());
}

/** Scrolls the first painted range whose text contains `needle` into view; its centre, or null. */
export function paintedRangeCentre(needle: string): { x: number; y: number } | null {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('claimlens-') || name === 'claimlens-active') continue;
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
  return [...((CSS.highlights.get('claimlens-active') as unknown as Set<Range> | undefined) ?? [])]
    .map((range) => range.toString())
    .join();
}
