// The exact values the style sheets get: every colour a #rrggbb CSS colour (an empty or short one is
// read as black by the contrast check, so that check alone cannot catch it), each mark's line
// thickness, the tint and the open claim's background per page shade, the card's tone properties,
// WCAG contrast at known values, and which computed colours count as a background.
import { describe, expect, it } from 'vitest';
import {
  INTENSITIES,
  MARK_COLOURS,
  MARK_KINDS,
  contrastRatio,
  markStyle,
  markStyleSheet,
  relativeLuminance,
  shadeOfCssColour,
  toneTextCss,
} from '../../../src/highlight/palette';

describe('colours', () => {
  it('are all #rrggbb, one per tone, the unverified and neutral tones alike', () => {
    for (const shade of ['light', 'dark'] as const) {
      const colours = MARK_COLOURS[shade];
      expect(Object.keys(colours).sort()).toEqual(
        ['accurate', 'alleged', 'denial', 'disputed', 'neutral', 'refuted', 'unverified'].sort(),
      );
      for (const colour of Object.values(colours)) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(new Set(Object.values(colours)).size).toBe(6);
      expect(colours.unverified).toBe(colours.neutral);
    }
  });

  it('have the WCAG contrast of known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(relativeLuminance([0, 0, 255])).toBeCloseTo(0.0722, 4);
    expect(relativeLuminance([10, 10, 10])).toBeCloseTo(10 / 255 / 12.92, 6);
    expect(relativeLuminance([128, 128, 128])).toBeCloseTo(0.2158605, 5);
  });
});

describe('marks', () => {
  it('are 2px solid when asserted, 1.5px dashed when reported, 2px dotted blue when denied', () => {
    expect(markStyle('asserts-refuted', 'light')).toEqual({ colour: '#c62828', line: 'solid', thickness: '2px' });
    expect(markStyle('reports-refuted', 'dark')).toEqual({ colour: '#ef9a9a', line: 'dashed', thickness: '1.5px' });
    expect(markStyle('denies', 'light')).toEqual({ colour: '#1565c0', line: 'dotted', thickness: '2px' });
  });

  it('are tinted lighter on light pages than on dark ones, and the open claim likewise', () => {
    const names = new Map([
      ['asserts-refuted', 'mark'],
      ['active', 'open'],
    ] as const);
    expect(markStyleSheet(names, 'light', 'tint').split('\n')).toEqual([
      '::highlight(mark) { text-decoration: underline 2px solid #c62828; text-underline-offset: 3px; background-color: rgba(198, 40, 40, 0.14); }',
      '::highlight(open) { background-color: rgba(255, 214, 0, 0.45); }',
    ]);
    expect(markStyleSheet(names, 'dark', 'tint').split('\n')).toEqual([
      '::highlight(mark) { text-decoration: underline 2px solid #ef9a9a; text-underline-offset: 3px; background-color: rgba(239, 154, 154, 0.22); }',
      '::highlight(open) { background-color: rgba(255, 214, 0, 0.28); }',
    ]);
  });

  it('are underlined without a background at the default intensity', () => {
    expect(markStyleSheet(new Map([['denies', 'd']] as const), 'light', 'underline')).toBe(
      '::highlight(d) { text-decoration: underline 2px dotted #1565c0; text-underline-offset: 3px; }',
    );
  });

  it('get no rule where no highlight name was made for their kind', () => {
    expect(markStyleSheet(new Map(), 'light', 'tint')).toBe('');
    expect(markStyleSheet(new Map([['denies', 'd']]), 'light', 'underline')).not.toContain('undefined');
  });

  it('come in the three intensities the options page offers, each painting differently', () => {
    expect(INTENSITIES).toEqual(['underline', 'tint', 'off']);
    const names = new Map(MARK_KINDS.map((kind, i) => [kind, `n${i}`]));
    expect(new Set(INTENSITIES.map((intensity) => markStyleSheet(names, 'light', intensity))).size).toBe(3);
  });
});

describe('the card’s tone colours', () => {
  it('set --tone per tone for light pages, and for dark ones inside the dark-scheme query', () => {
    const css = toneTextCss(':host ');
    const [light, dark] = css.split('@media (prefers-color-scheme: dark) {\n');
    expect(light).toContain(':host .tone-refuted { --tone: #c62828; }\n:host .tone-disputed { --tone: #b34700; }');
    expect(dark).toContain(':host .tone-refuted { --tone: #ef9a9a; }');
    expect(dark!.trim().endsWith('}')).toBe(true);
    expect(toneTextCss().split('\n')[0]).toBe('.tone-refuted { --tone: #c62828; }');
  });
});

describe('page shade', () => {
  it('needs three channels, and reads a half-opaque or opaque rgba as a background', () => {
    expect(shadeOfCssColour('rgb(1, 2)')).toBeNull();
    expect(shadeOfCssColour('rgba(0, 0, 0, 0.5)')).toBe('dark');
    expect(shadeOfCssColour('rgba(0, 0, 0, 0.49)')).toBeNull();
    expect(shadeOfCssColour('rgba(255, 255, 255, 1)')).toBe('light');
  });
});
