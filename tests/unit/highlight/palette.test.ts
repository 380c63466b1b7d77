// Every colour ClaimLens paints or writes in, against the backgrounds it meets: WCAG AA for
// non-text marks (3:1) and for text (4.5:1), on light and dark pages and in our own UI.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MARK_COLOURS,
  MARK_KINDS,
  TEXT_COLOURS,
  UI_BACKGROUNDS,
  contrastRatio,
  markKindOf,
  markPriority,
  markStyle,
  markStyleSheet,
  shadeOfCssColour,
  ACTIVE_PRIORITY,
  headingMarkStyle,
} from '../../../src/highlight/palette';

// Pages readers meet: white, off-white, sepia; near-black, the seed's dark page, GitHub's dark.
const LIGHT_PAGES = ['#ffffff', '#f7f7f7', '#fbf5e9'];
const DARK_PAGES = ['#000000', '#14161a', '#121212', '#0d1117', '#22272e'];

describe('mark colours', () => {
  it.each(Object.entries(MARK_COLOURS.light))('%s on light pages reaches 3:1', (_tone, colour) => {
    for (const page of LIGHT_PAGES) expect(contrastRatio(colour, page)).toBeGreaterThanOrEqual(3);
  });
  it.each(Object.entries(MARK_COLOURS.dark))('%s on dark pages reaches 3:1', (_tone, colour) => {
    for (const page of DARK_PAGES) expect(contrastRatio(colour, page)).toBeGreaterThanOrEqual(3);
  });
  it('gives a denial its own colour and line, whatever the verdict, and reports a lighter line', () => {
    const denial = markStyle(markKindOf('denies', 'refuted'), 'light');
    const asserted = markStyle(markKindOf('asserts', 'refuted'), 'light');
    const reported = markStyle(markKindOf('reports', 'refuted'), 'light');
    expect(denial).toEqual(markStyle(markKindOf('denies', 'accurate'), 'light'));
    expect(denial.colour).not.toBe(asserted.colour);
    expect([denial.line, asserted.line, reported.line]).toEqual(['dotted', 'solid', 'dashed']);
    expect(reported.colour).toBe(asserted.colour);
  });
});

describe('verdict text colours (card, popup)', () => {
  it.each(['light', 'dark'] as const)('reach 4.5:1 on the %s UI background', (shade) => {
    for (const colour of Object.values(TEXT_COLOURS[shade]))
      expect(contrastRatio(colour, UI_BACKGROUNDS[shade])).toBeGreaterThanOrEqual(4.5);
  });

  it('the UI backgrounds in palette.ts are the ones the style sheets use, and muted text reaches 4.5:1', () => {
    for (const file of ['src/ui/card/card.css', 'src/ui/popup/popup.css', 'src/ui/options/options.css']) {
      const css = readFileSync(resolve(__dirname, '../../..', file), 'utf8');
      const backgrounds = [...css.matchAll(/--bg: (#[0-9a-f]{3,6});/gi)].map((m) => m[1]!.toLowerCase());
      expect(backgrounds.map((bg) => (bg === '#fff' ? '#ffffff' : bg)).slice(0, 2)).toEqual([
        UI_BACKGROUNDS.light,
        UI_BACKGROUNDS.dark,
      ]);
      const muted = [...css.matchAll(/--muted: (#[0-9a-f]{6});/gi)].map((m) => m[1]!);
      expect(contrastRatio(muted[0]!, UI_BACKGROUNDS.light)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(muted[1]!, UI_BACKGROUNDS.dark)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('the mark style sheet', () => {
  const names = new Map([...MARK_KINDS, 'active' as const].map((kind, i) => [kind, `n${i}`]));
  it('underlines only by default; the tint is for the open claim', () => {
    const css = markStyleSheet(names, 'light', 'underline');
    const markRules = css
      .split('@media')[0]!
      .split('\n')
      .filter((line) => line.startsWith('::highlight(') && !line.includes('n13'));
    expect(markRules).toHaveLength(MARK_KINDS.length);
    for (const rule of markRules) expect(rule).not.toContain('background');
    expect(css).toMatch(/::highlight\(n13\) \{ background-color: rgba/);
  });
  it('adds a tint at "tint" and paints nothing but the open claim at "off"', () => {
    expect(markStyleSheet(names, 'light', 'tint')).toMatch(/::highlight\(n0\) \{ text-decoration[^}]*background-color/);
    const off = markStyleSheet(names, 'light', 'off').split('@media')[0]!;
    expect(off.trim().split('\n')).toEqual([expect.stringMatching(/^::highlight\(n13\)/)]);
  });
});

describe('paint order', () => {
  it('puts an asserted false claim on top and a denial at the bottom; the open claim above all', () => {
    expect(markPriority('asserts-refuted')).toBe(MARK_KINDS.length);
    expect(markPriority('denies')).toBe(1);
    expect(markPriority('asserts-accurate')).toBeGreaterThan(markPriority('reports-refuted'));
    expect(ACTIVE_PRIORITY).toBe(14); // tests/e2e/in-page.ts and bench/ find our highlights by it
  });
});

describe('page shade', () => {
  it('reads computed colours, and treats transparent as unknown', () => {
    expect(shadeOfCssColour('rgb(20, 22, 26)')).toBe('dark');
    expect(shadeOfCssColour('rgb(255, 255, 255)')).toBe('light');
    expect(shadeOfCssColour('rgba(0, 0, 0, 0)')).toBeNull();
    expect(shadeOfCssColour('')).toBeNull();
  });
});

describe('marks in headlines and headings', () => {
  const names = new Map([
    ['asserts-refuted', 'body'],
    ['heading', 'head'],
  ] as const);
  it.each(['light', 'dark'] as const)('are one thin grey line that reaches 3:1 on %s pages, never tinted', (shade) => {
    const style = headingMarkStyle(shade);
    expect(style).toEqual({ colour: MARK_COLOURS[shade].neutral, line: 'solid', thickness: '1px' });
    for (const page of shade === 'light' ? LIGHT_PAGES : DARK_PAGES)
      expect(contrastRatio(style.colour, page)).toBeGreaterThanOrEqual(3);
    const sheet = markStyleSheet(names, shade, 'tint');
    const head = sheet.split('\n').find((rule) => rule.startsWith('::highlight(head)'))!;
    const body = sheet.split('\n').find((rule) => rule.startsWith('::highlight(body)'))!;
    expect(head).toContain(`underline 1px solid ${style.colour}`);
    expect(head).not.toContain('background');
    expect(body).toContain('background-color');
  });
  it('are not painted at all when the reader chose "only when I ask"', () => {
    expect(markStyleSheet(names, 'light', 'off')).not.toContain('::highlight(head)');
  });
});
