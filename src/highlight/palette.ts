// The colours ClaimLens paints with, in one place so a test can compute every contrast ratio.
// Marks (underlines in the page) follow what the passage does: a passage that asserts a claim
// wears its verdict's colour, one that reports it a lighter dashed line in that colour, and one
// that denies or debunks it a calm blue dotted line whatever the verdict (a red line reads as
// "this text is wrong", which is the opposite of a denial). Pure: no browser globals.
import type { VerdictTone } from '../claims/verdict';
import type { Stance } from '../match/types';

export type PageShade = 'light' | 'dark';

/** Underline colours against the page: at least 3:1 on white and on dark pages (tests/unit/highlight). */
export const MARK_COLOURS: Record<PageShade, Record<VerdictTone | 'denial', string>> = {
  light: {
    refuted: '#c62828',
    disputed: '#b34700',
    alleged: '#8e24aa',
    unverified: '#546e7a',
    accurate: '#2e7d32',
    neutral: '#546e7a',
    denial: '#1565c0',
  },
  dark: {
    refuted: '#ef9a9a',
    disputed: '#ffb74d',
    alleged: '#ce93d8',
    unverified: '#b0bec5',
    accurate: '#a5d6a7',
    neutral: '#b0bec5',
    denial: '#90caf9',
  },
};

/** Verdict text colours in the card and popup: at least 4.5:1 on their backgrounds. */
export const TEXT_COLOURS: Record<PageShade, Record<VerdictTone | 'denial', string>> = MARK_COLOURS;

/** The backgrounds our own UI draws on (card.css, popup.css, options.css). */
export const UI_BACKGROUNDS: Record<PageShade, string> = { light: '#ffffff', dark: '#1f2227' };

/** What a mark looks like: one per stance, the verdict tone only where the passage asserts or reports. */
export type MarkKind = 'denies' | `${'asserts' | 'reports'}-${VerdictTone}`;

export function markKindOf(stance: Stance, tone: VerdictTone): MarkKind {
  return stance === 'denies' ? 'denies' : `${stance}-${tone}`;
}

// Paint order, bottom to top: when two claims share a sentence the later kind is drawn on top, and
// the card that opens on hover is the one on top. A false claim asserted outranks everything else.
const TONES_BY_WEIGHT: readonly VerdictTone[] = ['accurate', 'neutral', 'unverified', 'alleged', 'disputed', 'refuted'];
export const MARK_KINDS: readonly MarkKind[] = [
  'denies',
  ...TONES_BY_WEIGHT.map((tone) => `reports-${tone}` as const),
  ...TONES_BY_WEIGHT.map((tone) => `asserts-${tone}` as const),
];

/** 1-based paint priority of a kind (Highlight.priority); the open card's claim is above them all. */
export const markPriority = (kind: MarkKind) => MARK_KINDS.indexOf(kind) + 1;
export const ACTIVE_PRIORITY = MARK_KINDS.length + 1;

export interface MarkStyle {
  colour: string;
  line: 'solid' | 'dashed' | 'dotted';
  thickness: string;
}

export function markStyle(kind: MarkKind, shade: PageShade): MarkStyle {
  if (kind === 'denies') return { colour: MARK_COLOURS[shade].denial, line: 'dotted', thickness: '2px' };
  const [stance, tone] = kind.split('-') as ['asserts' | 'reports', VerdictTone];
  return {
    colour: MARK_COLOURS[shade][tone],
    line: stance === 'reports' ? 'dashed' : 'solid',
    thickness: stance === 'reports' ? '1.5px' : '2px',
  };
}

/**
 * Marks in a headline or heading: one quiet line, thin and grey, whatever the verdict or stance, and
 * never tinted. A headline is big, bold and read first; painted like body text it shouts, and a
 * fact-check's own headline ("No, Facebook did not sell your messages") states the claim it denies.
 * The mark says "there is a fact-check here"; the card it opens says which and what it found.
 * It shares the lowest paint priority: heading marks never overlap body marks (they are other blocks).
 */
export const HEADING_PRIORITY = 1;
export function headingMarkStyle(shade: PageShade): MarkStyle {
  return { colour: MARK_COLOURS[shade].neutral, line: 'solid', thickness: '1px' };
}

/** How much ClaimLens paints: underlines; underlines and a tint; or nothing until the reader asks. */
export type Intensity = 'underline' | 'tint' | 'off';
export const INTENSITIES: readonly Intensity[] = ['underline', 'tint', 'off'];

const hexToRgb = (hex: string): [number, number, number] => {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
};

const tint = (hex: string, alpha: number) => `rgba(${hexToRgb(hex).join(', ')}, ${alpha})`;

/**
 * The style sheet for the marks, given each kind's highlight name. Nothing here for forced colours
 * (Windows High Contrast): Chromium paints every highlight in the system selection colours there
 * whatever a ::highlight() rule says, so in that mode the marks are drawn without the Highlight API
 * (forced-colours.ts, forced-colour-layer.ts).
 */
export function markStyleSheet(
  names: ReadonlyMap<MarkKind | 'heading' | 'active', string>,
  shade: PageShade,
  intensity: Intensity,
): string {
  const rules: string[] = [];
  for (const kind of MARK_KINDS) {
    const name = names.get(kind);
    if (!name) continue;
    const { colour, line, thickness } = markStyle(kind, shade);
    const decoration = `text-decoration: underline ${thickness} ${line} ${colour}; text-underline-offset: 3px;`;
    const background =
      intensity === 'tint' ? ` background-color: ${tint(colour, shade === 'dark' ? 0.22 : 0.14)};` : '';
    if (intensity !== 'off') rules.push(`::highlight(${name}) { ${decoration}${background} }`);
  }
  const heading = names.get('heading');
  if (heading && intensity !== 'off') {
    const { colour, line, thickness } = headingMarkStyle(shade);
    rules.push(
      `::highlight(${heading}) { text-decoration: underline ${thickness} ${line} ${colour}; text-underline-offset: 0.2em; }`,
    );
  }
  const active = names.get('active');
  if (active) {
    const colour = shade === 'dark' ? 'rgba(255, 214, 0, 0.28)' : 'rgba(255, 214, 0, 0.45)';
    rules.push(`::highlight(${active}) { background-color: ${colour}; }`);
  }
  return rules.join('\n');
}

// WCAG 2 relative luminance and contrast ratio.
const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

export function relativeLuminance(rgb: readonly [number, number, number]): number {
  return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
}

export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(hexToRgb(a)), relativeLuminance(hexToRgb(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Whether a computed background colour ("rgb(20, 22, 26)", "rgba(0, 0, 0, 0)") is dark; null when
 * it is transparent (look further up, or at the canvas).
 */
export function shadeOfCssColour(value: string): PageShade | null {
  const parts = value.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3) return null;
  if (parts.length >= 4 && parts[3]! < 0.5) return null;
  return relativeLuminance([parts[0]!, parts[1]!, parts[2]!]) < 0.2 ? 'dark' : 'light';
}

/** Card and popup CSS custom properties for each tone's text colour, for both shades. */
export function toneTextCss(selectorPrefix = ''): string {
  const block = (shade: PageShade) =>
    Object.entries(TEXT_COLOURS[shade])
      .map(([tone, colour]) => `${selectorPrefix}.tone-${tone} { --tone: ${colour}; }`)
      .join('\n');
  return `${block('light')}\n@media (prefers-color-scheme: dark) {\n${block('dark')}\n}`;
}
