// Forced-colour boxes at their edges: a clip that starts to the right, a box clipped to nothing wide,
// collapsed and thin fragments, fragments given out of order, a box exactly twice the text's height,
// a gap of exactly half the line's height, and the layer's style sheet one rule per line.
import { describe, expect, it } from 'vitest';
import { forcedMarksCss, intersect, lineBoxes } from '../../../src/highlight/forced-colours';

const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('clipping', () => {
  it('keeps only what lies inside the clip on every side', () => {
    expect(intersect(rect(0, 0, 100, 20), rect(40, 5, 60, 15))).toEqual(rect(40, 5, 60, 15));
  });
  it('shows nothing of a box the clip only touches', () => {
    expect(intersect(rect(0, 0, 100, 20), rect(100, 0, 200, 20))).toBeNull();
    expect(intersect(rect(0, 0, 100, 20), rect(0, 20, 100, 40))).toBeNull();
  });
});

describe('line boxes', () => {
  it('drop a collapsed or hair-thin fragment, which would otherwise set the text height', () => {
    const line = rect(8, 100, 300, 118);
    expect(lineBoxes([rect(8, 100, 300, 100), line])).toEqual([{ left: 8, top: 100, width: 292, height: 18 }]);
    expect(lineBoxes([rect(8, 100, 300, 100.4), line])).toEqual([{ left: 8, top: 100, width: 292, height: 18 }]);
    expect(lineBoxes([rect(400, 100, 400.4, 118), line])).toEqual([{ left: 8, top: 100, width: 292, height: 18 }]);
    expect(lineBoxes([rect(8, 100, 300, 100)])).toEqual([]);
  });

  it('read fragments given in any order top to bottom, left to right', () => {
    const boxes = lineBoxes([rect(8, 120, 90, 138), rect(150, 100, 400, 118), rect(8, 100, 150, 118)]);
    expect(boxes).toEqual([
      { left: 8, top: 100, width: 392, height: 18 },
      { left: 8, top: 120, width: 82, height: 18 },
    ]);
  });

  it('keep a box exactly twice the text height, and join fragments exactly half a line apart', () => {
    expect(lineBoxes([rect(0, 0, 100, 20), rect(0, 30, 50, 70)])).toHaveLength(2);
    expect(lineBoxes([rect(0, 0, 100, 20), rect(110, 0, 200, 20)])).toEqual([
      { left: 0, top: 0, width: 200, height: 20 },
    ]);
    expect(lineBoxes([rect(110, 0, 200, 20), rect(0, 0, 100, 20)])).toEqual([
      { left: 0, top: 0, width: 200, height: 20 },
    ]);
    expect(lineBoxes([rect(0, 0, 100, 20), rect(111, 0, 200, 20)])).toHaveLength(2);
  });

  it('keep a raised fragment apart from text further left than half a line', () => {
    // A footnote mark 20px right of the text's end, raised: a gap, not padding.
    const boxes = lineBoxes([rect(0, 100, 100, 118), rect(120, 98, 128, 110)]);
    expect(boxes).toEqual([
      { left: 120, top: 98, width: 8, height: 12 },
      { left: 0, top: 100, width: 100, height: 18 },
    ]);
  });

  it('keep a fragment half a pixel wide or tall', () => {
    expect(lineBoxes([rect(8, 100, 8.5, 118)])).toEqual([{ left: 8, top: 100, width: 0.5, height: 18 }]);
    expect(lineBoxes([rect(8, 100, 9, 100.5)])).toEqual([{ left: 8, top: 100, width: 1, height: 0.5 }]);
  });

  it('join two fragments of a line below the top of the page given right first', () => {
    expect(lineBoxes([rect(110, 100, 200, 120), rect(0, 100, 100, 120)])).toEqual([
      { left: 0, top: 100, width: 200, height: 20 },
    ]);
    expect(lineBoxes([rect(111, 100, 200, 120), rect(0, 100, 100, 120)])).toEqual([
      { left: 0, top: 100, width: 100, height: 20 },
      { left: 111, top: 100, width: 89, height: 20 },
    ]);
  });

  it('keep two lines apart that share exactly half their height', () => {
    expect(lineBoxes([rect(0, 0, 100, 20), rect(0, 10, 100, 30)])).toHaveLength(2);
  });
});

describe('the layer style sheet', () => {
  it('has one rule per line', () => {
    const lines = forcedMarksCss().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines.every((line) => /^\.[a-z]+ \{ .* \}$/.test(line))).toBe(true);
  });
});
