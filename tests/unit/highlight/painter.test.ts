// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { highlightSupportProblem, hitTest, supportsHighlights, topmost } from '../../../src/highlight/painter';

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

describe('the claim under the pointer', () => {
  // A range stand-in: only its client rects matter here.
  const at = (left: number, top: number, right: number, bottom: number) =>
    ({ getClientRects: () => [{ left, top, right, bottom }] }) as unknown as Range;
  const sentence = at(0, 0, 300, 20);

  it('is the one painted on top where two claims share a sentence, not the first in the text', () => {
    const reported = { range: sentence, tone: 'refuted', stance: 'reports', claimId: 'a' } as const;
    const asserted = { range: sentence, tone: 'accurate', stance: 'asserts', claimId: 'b' } as const;
    const denied = { range: sentence, tone: 'refuted', stance: 'denies', claimId: 'c' } as const;
    const hits = hitTest([reported, asserted, denied], 150, 10);
    expect(hits).toHaveLength(3);
    expect(topmost(hits)?.claimId).toBe('b');
  });

  it('is the later one when both are painted alike, and none away from any mark', () => {
    const first = { range: sentence, tone: 'refuted', stance: 'reports', claimId: 'a' } as const;
    const second = { range: sentence, tone: 'refuted', stance: 'reports', claimId: 'b' } as const;
    expect(topmost(hitTest([first, second], 10, 10))?.claimId).toBe('b');
    expect(hitTest([first, second], 10, 40)).toEqual([]);
    expect(topmost([])).toBeUndefined();
  });
});
