// Helpers for the reader e2e files: axe-core injected into a page (and a copy of the card's closed shadow root),
// pages with claims that assert, report and deny, and screenshots for the store and for review.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { inCardRoot } from '../../scripts/card-probe';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core (WCAG 2.x A and AA rules) on the page, or on one part of it; the violations. */
export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  // Evaluated, not added as a script tag: extension pages' CSP forbids inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (selector) => {
    const axe = (
      window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, include ?? null);
}

/**
 * axe-core on the open card. axe cannot enter a closed shadow root (nor can anything in the page),
 * so the card's root is copied, through CDP, into an open shadow root on a second host at the same
 * place in the same page: the same nodes, styles and inline position. The copy is checked to compute
 * the same colours, fonts and sizes as the real card, element by element, before axe runs on it.
 */
export async function axeViolationsOnCard(page: Page): Promise<{ mismatches: string[]; violations: AxeViolation[] }> {
  const mismatches = await inCardRoot(
    page,
    'chromium',
    (root) => {
      const copy = document.createElement('div');
      copy.setAttribute('data-claimlens-card-copy', '');
      // Styled as card-host.tsx styles its host: one `all: initial !important`. Copying the style
      // attribute instead would expand it into ~300 important longhands, which axe then reads as
      // fixed text spacing that the real host (one shorthand in the CSSOM) does not report.
      copy.style.setProperty('all', 'initial', 'important');
      copy.style.setProperty('display', 'block', 'important');
      const open = copy.attachShadow({ mode: 'open' });
      for (const child of root.childNodes) open.append(child.cloneNode(true));
      document.documentElement.append(copy);
      const real = [...root.querySelectorAll('*')];
      const copied = [...open.querySelectorAll('*')];
      const differences: string[] = [];
      if (real.length !== copied.length) differences.push(`${real.length} elements, copied ${copied.length}`);
      real.forEach((element, index) => {
        const a = getComputedStyle(element);
        const b = getComputedStyle(copied[index]!);
        for (const property of ['color', 'background-color', 'font-size', 'font-weight', 'display', 'visibility'])
          if (a.getPropertyValue(property) !== b.getPropertyValue(property))
            differences.push(`${element.localName}.${element.className} ${property}`);
        const [ra, rb] = [element.getBoundingClientRect(), copied[index]!.getBoundingClientRect()];
        if (Math.abs(ra.x - rb.x) > 1 || Math.abs(ra.y - rb.y) > 1) differences.push(`${element.localName} moved`);
      });
      return differences;
    },
    null,
  );
  if (mismatches === undefined) throw new Error('no card is open');
  try {
    return { mismatches, violations: await axeViolations(page, '[data-claimlens-card-copy]') };
  } finally {
    await page.evaluate(() => document.querySelector('[data-claimlens-card-copy]')?.remove());
  }
}

/**
 * The contrast of every piece of text in the real card, computed in its closed shadow root through
 * CDP: the text's colour against the backgrounds under it, composited up to the first opaque one.
 * axe-core cannot do this for the card: its scroll cue is a background gradient, and axe leaves
 * text over a gradient "incomplete" rather than checking it. Entries below WCAG AA (4.5:1, 3:1 for
 * large text) are returned as "ratio < needed: text".
 */
export async function lowContrastInCard(page: Page): Promise<string[]> {
  const failures = await inCardRoot(
    page,
    'chromium',
    (root) => {
      const rgba = (value: string): number[] => {
        const parts = (/rgba?\(([^)]*)\)/.exec(value)?.[1] ?? '0 0 0 0').split(/[\s,/]+/).filter(Boolean);
        return [Number(parts[0]), Number(parts[1]), Number(parts[2]), parts[3] === undefined ? 1 : Number(parts[3])];
      };
      const over = (top: number[], bottom: number[]) =>
        [0, 1, 2].map((i) => top[i]! * top[3]! + bottom[i]! * (1 - top[3]!)).concat(1);
      const luminance = (c: number[]) => {
        const [r, g, b] = c.slice(0, 3).map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const backgroundOf = (element: Element) => {
        const layers: number[][] = [];
        for (let at: Element | null = element; at; at = at.parentElement) {
          const layer = rgba(getComputedStyle(at).backgroundColor);
          if (layer[3]! > 0) layers.push(layer);
          if (layer[3] === 1) break;
        }
        return layers.reduceRight((under, layer) => over(layer, under), [255, 255, 255, 1]);
      };
      const out: string[] = [];
      for (const element of root.querySelectorAll('*')) {
        const text = [...element.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent)
          .join('')
          .trim();
        if (!text || !element.checkVisibility({ visibilityProperty: true })) continue;
        const style = getComputedStyle(element);
        const back = backgroundOf(element);
        const fore = over(rgba(style.color), back);
        const [light, dark] = [luminance(fore), luminance(back)].sort((a, b) => b - a);
        const ratio = (light! + 0.05) / (dark! + 0.05);
        const size = parseFloat(style.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
        const needed = large ? 3 : 4.5;
        if (ratio < needed) out.push(`${ratio.toFixed(2)} < ${needed}: ${text.slice(0, 40)}`);
      }
      return out;
    },
    null,
  );
  if (failures === undefined) throw new Error('no card is open');
  return failures;
}

/** One line per violation, for a failure message a person can act on. */
export const describeViolations = (violations: AxeViolation[]) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);

/** Three paragraphs about one claim: one states it, one denies it, one reports it. */
export const STANCE_PARAGRAPHS = [
  'Facebook sold users’ private messages to Netflix.',
  'Meta didn’t share people’s private messages with Netflix, said Andy Stone.',
  'Viral posts claimed that Facebook sold users’ private messages to Netflix.',
];

export async function appendParagraphs(page: Page, paragraphs: readonly string[]): Promise<void> {
  await page.evaluate((texts) => {
    for (const text of texts) {
      const p = document.createElement('p');
      p.textContent = text;
      document.querySelector('article')!.append(p);
    }
  }, paragraphs);
}

/** One line ClaimLens drew in forced colours (src/highlight/forced-colour-layer.ts), as the page shows it. */
export interface DrawnMark {
  kind: string;
  left: number;
  top: number;
  width: number;
  height: number;
  line: string;
  lineWidth: string;
  lineColour: string;
  outline: string;
}

/**
 * The lines drawn in forced colours, read from the marks layer's closed shadow root through CDP
 * (page scripts get null from its `shadowRoot`); null when there is no layer in the page.
 */
export async function drawnMarks(page: Page): Promise<DrawnMark[] | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result: host } = await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector('[data-claimlens-marks]')`,
    });
    if (!host.objectId) return null;
    const { node } = await cdp.send('DOM.describeNode', { objectId: host.objectId, depth: 1, pierce: true });
    const rootId = node.shadowRoots?.[0]?.backendNodeId;
    if (rootId === undefined) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: rootId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function () {
        return [...this.querySelectorAll('.mark')].map((element) => {
          const box = element.getBoundingClientRect();
          const style = getComputedStyle(element);
          return {
            kind: [...element.classList].filter((name) => name !== 'mark').join(' '),
            left: box.left, top: box.top, width: box.width, height: box.height,
            line: style.borderBottomStyle, lineWidth: style.borderBottomWidth, lineColour: style.borderBottomColor,
            outline: style.outlineStyle + ' ' + style.outlineWidth,
          };
        });
      }`,
      returnByValue: true,
    });
    return result.value as DrawnMark[];
  } finally {
    await cdp.detach();
  }
}

/** The client rects of each line of a paragraph's text (the first element whose text starts with `start`). */
export function textLines(start: string): { left: number; top: number; width: number; bottom: number }[] {
  const element = [...document.querySelectorAll('p')].find((p) => p.textContent!.startsWith(start))!;
  const range = document.createRange();
  range.selectNodeContents(element);
  return [...range.getClientRects()]
    .filter((rect) => rect.width > 0)
    .map((rect) => ({ left: rect.left, top: rect.top, width: rect.width, bottom: rect.bottom }));
}
