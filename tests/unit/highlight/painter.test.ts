// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { highlightSupportProblem, supportsHighlights } from '../../../src/highlight/painter';

describe('highlight support', () => {
  it('names what is missing, and which browsers have it, where the Highlight API is absent (Firefox before 140, jsdom)', () => {
    expect(supportsHighlights(window)).toBe(false);
    const problem = highlightSupportProblem(window);
    expect(problem).toMatch(
      /^ClaimLens: this browser lacks the CSS Custom Highlight API \(Chromium 105 or Firefox 140 and later\)/,
    );
  });

  it('has nothing to say where CSS.highlights and Highlight exist', () => {
    const win = { CSS: { highlights: new Map() }, Highlight: class {} } as unknown as Window & typeof globalThis;
    expect(supportsHighlights(win)).toBe(true);
    expect(highlightSupportProblem(win)).toBeNull();
  });
});
