// Helpers for the reader e2e files: axe-core injected into a page (and the card's shadow root),
// pages with claims that assert, report and deny, and screenshots for the store and for review.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

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
