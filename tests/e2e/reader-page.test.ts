// The reader's ClaimLens in a page (issue 13): marks that follow what the passage does (and keep
// apart by line style in forced colours), the card that answers first, tap and click, 200 % zoom and phone widths, the on/off switch and the per-site
// pause without a reload, focus, and the page-facing hardening (issue 15): a page that defines our
// old element name, http links, highlight names and performance marks.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import { inCardRoot } from '../../scripts/card-probe';
import { contrastRatio } from '../../src/highlight/palette';
import { startPageServer, type PageServer } from '../../scripts/seed-pages';
import { activeText, markDecoration, paintedRangeCentre } from './in-page';
import {
  appendParagraphs,
  axeViolationsOnCard,
  describeViolations,
  drawnMarks,
  lowContrastInCard,
  STANCE_PARAGRAPHS,
  textLines,
  type DrawnMark,
} from './reader-support';
import { card, cardPart, highlightedTexts, screenshotPath, settled, tabIdOf } from './support';

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  server = await startPageServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${path}`);
  return page;
}

/** The unrelated page with three paragraphs that state, deny and report one claim, painted. */
async function stancePage(query = ''): Promise<Page> {
  const page = await open(`/page/unrelated.html${query}`);
  await settled(browser, page);
  await appendParagraphs(page, STANCE_PARAGRAPHS);
  await expect.poll(() => highlightedTexts(page)).toHaveLength(3);
  return page;
}

const setSettings = (settings: object) =>
  browser.serviceWorker.evaluate((value) => chrome.storage.local.set({ 'reader-settings': value }), settings);

describe('marks', () => {
  it('draw a denial in its own calm style, a report lighter, and the verdict colour only where the passage asserts', async () => {
    const page = await stancePage();
    const asserted = await page.evaluate(markDecoration, STANCE_PARAGRAPHS[0]!);
    const denied = await page.evaluate(markDecoration, STANCE_PARAGRAPHS[1]!);
    const reported = await page.evaluate(markDecoration, STANCE_PARAGRAPHS[2]!);
    expect(asserted).not.toMatch(/dotted|dashed/); // solid, the default, is left out when serialised
    expect(asserted).toMatch(/rgb\(198, 40, 40\)/); // the "Denied" verdict's red
    expect(denied).toMatch(/dotted/);
    expect(denied).not.toMatch(/rgb\(198, 40, 40\)/);
    expect(reported).toMatch(/dashed/);
    // Underline only: no background tint on any mark until a card opens.
    const backgrounds = await page.evaluate(() =>
      document.adoptedStyleSheets.flatMap(
        (sheet) =>
          [...sheet.cssRules].filter((rule) => rule instanceof CSSStyleRule && rule.style.backgroundColor).length,
      ),
    );
    expect(backgrounds).toEqual([1]); // the open claim's tint only
    await page.screenshot({ path: screenshotPath('reader-marks-light') });
    await page.close();
  });

  it('use names a page cannot guess, different on every load, and leave no performance marks', async () => {
    const page = await stancePage();
    const names = await page.evaluate(() => [...CSS.highlights.keys()]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).not.toMatch(/claimlens|refuted|denies|asserts/);
    expect(await page.evaluate(() => performance.getEntriesByType('mark').map((mark) => mark.name))).toEqual([]);
    await page.reload();
    await settled(browser, page);
    await appendParagraphs(page, STANCE_PARAGRAPHS);
    await expect.poll(() => highlightedTexts(page)).toHaveLength(3);
    const again = await page.evaluate(() => [...CSS.highlights.keys()]);
    expect(again.some((name) => names.includes(name))).toBe(false);
    await page.close();
  });

  it('paint headlines and headings quietly: one thin grey line, no verdict colour, no tint; the card still opens', async () => {
    const page = await open('/page/unrelated.html');
    await settled(browser, page);
    await page.evaluate((text) => {
      const heading = Object.assign(document.createElement('h2'), { textContent: text });
      const paragraph = Object.assign(document.createElement('p'), { textContent: text });
      document.querySelector('article')!.append(heading, paragraph);
    }, STANCE_PARAGRAPHS[0]!);
    await expect.poll(() => highlightedTexts(page)).toHaveLength(2);
    await setSettings({ enabled: true, pausedSites: [], intensity: 'tint' });
    // The rule that paints each element's mark.
    const ruleFor = (selector: string) =>
      page.evaluate((target) => {
        const element = document.querySelector(target)!;
        for (const [name, highlight] of CSS.highlights) {
          if (![...(highlight as unknown as Set<Range>)].some((range) => element.contains(range.startContainer)))
            continue;
          for (const sheet of document.adoptedStyleSheets)
            for (const rule of sheet.cssRules)
              if (rule instanceof CSSStyleRule && rule.selectorText === `::highlight(${name})`) return rule.cssText;
        }
        return null;
      }, selector);
    await expect.poll(() => ruleFor('article p:last-of-type')).toMatch(/background-color/);
    const body = (await ruleFor('article p:last-of-type'))!;
    const heading = (await ruleFor('article h2'))!;
    expect(body).toMatch(/underline 2px (solid )?rgb\(198, 40, 40\)/); // solid, the default, is left out when serialised
    expect(heading).toMatch(/underline 1px (solid )?rgb\(84, 110, 122\)/);
    expect(heading).not.toMatch(/background-color|198, 40, 40/);
    await page.screenshot({ path: screenshotPath('reader-marks-heading') });
    const point = await page.evaluate(() => {
      const rect = document.querySelector('article h2')!.getClientRects()[0]!;
      return { x: rect.left + 20, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await card(page).waitFor({ state: 'visible' });
    expect(await card(page).innerText()).toMatch(/Denied/);
    await setSettings({ enabled: true, pausedSites: [], intensity: 'underline' });
    await page.close();
  });

  it('pick the palette from the page: a dark page gets light underlines', async () => {
    const page = await open('/seed/000_705871242ff19cf9.txt.html?dark');
    await settled(browser, page);
    const decoration = (await page.evaluate(markDecoration, 'Netflix'))!;
    // Light colours on the dark page (the dark palette), each channel bright.
    const [r, g, b] = decoration
      .match(/rgb\((\d+), (\d+), (\d+)\)/)!
      .slice(1)
      .map(Number);
    expect(Math.min(r!, g!, b!)).toBeGreaterThan(140);
    await page.screenshot({ path: screenshotPath('reader-marks-dark') });
    await page.close();
  });
});

describe('marks in forced colours', () => {
  /** The drawn mark on each line of a paragraph's text (null where a line has none). */
  async function marksOn(page: Page, paragraph: string): Promise<(DrawnMark | null)[]> {
    const marks = ((await drawnMarks(page)) ?? []).filter((mark) => mark.kind !== 'active');
    const lines = await page.evaluate(textLines, paragraph.slice(0, 20));
    return lines.map(
      (line) =>
        marks.find(
          (mark) =>
            Math.abs(mark.left - line.left) <= 1 &&
            Math.abs(mark.top - line.top) <= 1 &&
            // The line just under the text: below its descenders, within a few pixels.
            mark.top + mark.height >= line.bottom &&
            mark.top + mark.height <= line.bottom + 6 &&
            // The mark may stop before the sentence's full stop.
            mark.width <= line.width + 1 &&
            mark.width >= line.width - 12,
        ) ?? null,
    );
  }
  const onEveryLine = async (page: Page, paragraph: string) => {
    const marks = await marksOn(page, paragraph);
    return marks.length > 0 && marks.every((mark) => mark !== null) ? marks.length : 0;
  };

  it('tell an assertion, a denial and a report apart by line style, follow their text, and give way to highlights when the mode ends', async () => {
    const page = await stancePage();
    await page.emulateMedia({ forcedColors: 'active' });
    // No highlight stays registered: the browser would paint each one as selected text.
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    for (const paragraph of STANCE_PARAGRAPHS) await expect.poll(() => onEveryLine(page, paragraph)).toBe(1);
    const [asserted, denied, reported] = await Promise.all(
      STANCE_PARAGRAPHS.map(async (paragraph) => (await marksOn(page, paragraph))[0]!),
    );
    expect([asserted!.kind, asserted!.line, asserted!.lineWidth]).toEqual(['asserts', 'solid', '3px']);
    expect([denied!.kind, denied!.line, denied!.lineWidth]).toEqual(['denies', 'dotted', '2px']);
    expect([reported!.kind, reported!.line, reported!.lineWidth]).toEqual(['reports', 'dashed', '2px']);
    // In the system text colour, all three: the line style is what tells them apart.
    const canvasText = await page.evaluate(() => {
      const probe = Object.assign(document.createElement('span'), { hidden: true });
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    });
    expect([asserted!.lineColour, denied!.lineColour, reported!.lineColour]).toEqual([
      canvasText,
      canvasText,
      canvasText,
    ]);
    await page.screenshot({ path: screenshotPath('reader-marks-forced-colours') });

    // Hover still opens the card: the lines let the pointer through to the text.
    const point = await page.evaluate(() => {
      const rect = [...document.querySelectorAll('p')].at(-2)!.getClientRects()[0]!;
      return { x: rect.left + 60, y: rect.top + rect.height / 2 };
    });
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, point)).toBe('p');
    await page.mouse.move(point.x, point.y);
    await card(page).waitFor({ state: 'visible' });
    expect(await card(page).locator('[data-testid="stance"]').innerText()).toBe('This passage denies or debunks it.');
    // The open claim is framed in the selection colour, since the Highlight API's tint is off here.
    await expect
      .poll(async () => (await drawnMarks(page))?.filter((mark) => mark.kind === 'active').map((mark) => mark.outline))
      .toEqual(['solid 2px']);
    // Framed around the dotted line, not across it.
    const frame = (await drawnMarks(page))!.find((mark) => mark.kind === 'active')!;
    const dotted = (await marksOn(page, STANCE_PARAGRAPHS[1]!))[0]!;
    expect(frame.top + frame.height).toBeGreaterThan(dotted.top + dotted.height);
    await page.screenshot({ path: screenshotPath('reader-card-forced-colours-marks') });
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });

    // A narrow window: the text wraps, and each line gets its own mark.
    await page.setViewportSize({ width: 260, height: 700 });
    for (const paragraph of STANCE_PARAGRAPHS)
      await expect.poll(() => onEveryLine(page, paragraph)).toBeGreaterThanOrEqual(2);
    // Text pushed down by new content, inside a box that scrolls: hidden while scrolled away, then
    // drawn where the text now is.
    await page.evaluate(() => {
      const article = document.querySelector('article')!;
      article.prepend(Object.assign(document.createElement('div'), { style: 'height: 1500px' }));
      article.style.cssText = 'height: 400px; overflow: auto';
    });
    await expect.poll(async () => (await drawnMarks(page))?.length).toBe(0);
    await page.evaluate(
      (first) =>
        [...document.querySelectorAll('p')].find((p) => p.textContent === first)!.scrollIntoView({ block: 'start' }),
      STANCE_PARAGRAPHS[0]!,
    );
    for (const paragraph of STANCE_PARAGRAPHS)
      await expect.poll(() => onEveryLine(page, paragraph)).toBeGreaterThanOrEqual(2);
    // Text that stays put on screen (a fixed box) while the page scrolls under it.
    await page.evaluate((denial) => {
      document.querySelector('article')!.style.cssText = '';
      const fixed = [...document.querySelectorAll('p')].find((p) => p.textContent === denial)!;
      fixed.style.cssText = 'position: fixed; top: 40px; left: 8px; width: 240px; margin: 0';
      window.scrollTo(0, 600);
    }, STANCE_PARAGRAPHS[1]!);
    await expect.poll(() => onEveryLine(page, STANCE_PARAGRAPHS[1]!)).toBeGreaterThanOrEqual(2);
    await page.evaluate(() => window.scrollTo(0, 900));
    await expect.poll(() => onEveryLine(page, STANCE_PARAGRAPHS[1]!)).toBeGreaterThanOrEqual(2);
    await page.setViewportSize({ width: 1100, height: 800 });

    // The mode ends: highlights come back and the layer goes; and the other way, without a reload.
    await page.emulateMedia({ forcedColors: 'none' });
    await expect.poll(() => highlightedTexts(page)).toHaveLength(3);
    expect(await drawnMarks(page)).toBeNull();
    await page.emulateMedia({ forcedColors: 'active' });
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    await expect.poll(() => onEveryLine(page, STANCE_PARAGRAPHS[1]!)).toBeGreaterThanOrEqual(1);
    // The on/off switch takes the lines away too, and brings them back.
    await setSettings({ enabled: false, pausedSites: [], intensity: 'underline' });
    await expect.poll(() => drawnMarks(page)).toBeNull();
    await setSettings({ enabled: true, pausedSites: [], intensity: 'underline' });
    await expect.poll(() => onEveryLine(page, STANCE_PARAGRAPHS[1]!)).toBeGreaterThanOrEqual(1);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });
});

describe('the card', () => {
  it('leads with the verdict, what this passage does and the summary; says how many claims share a sentence', async () => {
    const page = await open('/seed/003_17c15c931e64251e.txt.html');
    await settled(browser, page);
    const point = await page.evaluate(paintedRangeCentre, 'allowed Netflix to access');
    await page.mouse.move(point!.x, point!.y);
    await card(page).waitFor({ state: 'visible' });
    await expect.poll(() => card(page).locator('[data-testid="claims-here"]').isVisible()).toBe(true);
    expect(await card(page).locator('.also-count').innerText()).toBe('2 claims here');
    // The first things in the card: the claims-here switch, then verdict and stance, then the summary.
    const order = await card(page).evaluate((dialog) =>
      [...dialog!.children].map((child) => child.getAttribute('data-testid') ?? child.className),
    );
    expect(order.slice(0, 3)).toEqual(['claims-here', 'card-header', 'summary']);
    expect(await card(page).locator('[data-testid="stance"]').innerText()).toBe(
      'This passage reports it as someone’s claim.',
    );
    expect(await card(page).locator('[data-testid="denials"] summary').innerText()).toBe('Denials (2)');
    await page.screenshot({ path: screenshotPath('reader-card-desktop') });
    // The card that opened is the claim painted on top at that point, not the first in the text.
    const hits = await page.evaluate(({ x, y }) => {
      const active = [...CSS.highlights.values()].find((highlight) => highlight.priority === 14);
      const open = [...((active as unknown as Set<Range> | undefined) ?? [])][0];
      const found: { priority: number; open: boolean }[] = [];
      for (const highlight of CSS.highlights.values()) {
        if (highlight.priority < 1 || highlight.priority >= 14) continue;
        for (const range of highlight as unknown as Set<Range>)
          if ([...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom))
            found.push({ priority: highlight.priority, open: range === open });
      }
      return found;
    }, point!);
    // Both claims are reported, so they tie: by the tie order (src/match/rules/tie-order.ts) the inbox claim is on
    // top: each names two own words, and the headline states the inbox claim. painter.test.ts: claims of different kinds.
    expect(hits.length).toBeGreaterThan(1);
    const top = Math.max(...hits.map((hit) => hit.priority));
    expect(hits.filter((hit) => hit.open)).toEqual([{ priority: top, open: true }]);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('says "this passage denies it" on a denial', async () => {
    const page = await stancePage();
    const point = await page.evaluate(paintedRangeCentre, 'said Andy Stone');
    await page.mouse.move(point!.x, point!.y);
    await card(page).waitFor({ state: 'visible' });
    expect(await card(page).locator('[data-testid="stance"]').innerText()).toBe('This passage denies or debunks it.');
    await page.close();
  });

  it('opens on a tap on a touch screen, and on a click', async () => {
    const page = await stancePage();
    const point = await page.evaluate(paintedRangeCentre, STANCE_PARAGRAPHS[0]!);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    for (const type of ['touchStart', 'touchEnd'] as const)
      await cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: point!.x, y: point!.y }],
      });
    await card(page).waitFor({ state: 'visible' });
    expect(await page.evaluate(activeText)).toBe(STANCE_PARAGRAPHS[0]);
    await page.mouse.click(5, 5);
    await card(page).waitFor({ state: 'detached' });
    const denial = await page.evaluate(paintedRangeCentre, 'said Andy Stone');
    await page.mouse.click(denial!.x, denial!.y);
    await expect.poll(() => page.evaluate(activeText)).toBe(STANCE_PARAGRAPHS[1]);
    await page.close();
  });

  it.each([
    ['200 % zoom', { width: 640, height: 400 }],
    ['a phone', { width: 390, height: 844 }],
  ])('at %s is a bottom sheet that shows the first line and the summary', async (name, viewport) => {
    const page = await browser.context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`${server.origin}/seed/000_705871242ff19cf9.txt.html`);
    await settled(browser, page);
    const tabId = await tabIdOf(browser, page);
    await browser.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'focus-next-claim' }), tabId);
    await card(page).waitFor({ state: 'visible' });
    for (const part of ['[data-testid="verdict"]', '[data-testid="stance"]', '.summary']) {
      const box = (await card(page).locator(part).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    }
    const cardBox = (await card(page).boundingBox())!;
    expect(cardBox.width).toBeGreaterThanOrEqual(viewport.width - 2);
    expect(cardBox.height).toBeGreaterThanOrEqual(Math.min(240, viewport.height * 0.6) - 1);
    await page.screenshot({ path: screenshotPath(`reader-card-${name === 'a phone' ? 'phone' : 'zoom-200'}`) });
    await page.close();
  });

  it('gives focus back to the claim when it closes, and closes when focus leaves it', async () => {
    const page = await stancePage();
    const tabId = await tabIdOf(browser, page);
    await browser.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'focus-next-claim' }), tabId);
    await card(page).waitFor({ state: 'visible' });
    const claim = await page.evaluate(activeText);
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    // The caret is at the claim, so Tab continues from there rather than from the end of the page.
    expect(await page.evaluate(() => getSelection()?.anchorNode?.textContent)).toBe(claim);

    await browser.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'focus-next-claim' }), tabId);
    await card(page).waitFor({ state: 'visible' });
    // Tab through the card's controls and past its last one.
    for (let i = 0; i < 12 && (await card(page).count()) > 0; i++) await page.keyboard.press('Tab');
    await card(page).waitFor({ state: 'detached' });
    await page.close();
  });

  it('hands Tab on to the page as if it sat after the claim: past its last control to the next link, back past its first to the one before', async () => {
    const page = await open('/page/unrelated.html');
    await settled(browser, page);
    await page.evaluate((claim) => {
      const linkIn = (text: string) => {
        const p = document.createElement('p');
        p.append(Object.assign(document.createElement('a'), { href: `#${text}`, textContent: text }));
        return p;
      };
      const article = document.querySelector('article')!;
      article.prepend(linkIn('Top link'));
      article.append(linkIn('Before link'), Object.assign(document.createElement('p'), { textContent: claim }));
      article.append(linkIn('After link'), linkIn('Last link'));
    }, STANCE_PARAGRAPHS[0]!);
    await expect.poll(() => highlightedTexts(page)).toHaveLength(1);
    const tabId = await tabIdOf(browser, page);
    const focusedInPage = () => page.evaluate(() => document.activeElement?.textContent ?? null);

    await browser.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'focus-next-claim' }), tabId);
    await card(page).waitFor({ state: 'visible' });
    for (let i = 0; i < 12 && (await card(page).count()) > 0; i++) await page.keyboard.press('Tab');
    await card(page).waitFor({ state: 'detached' });
    expect(await focusedInPage()).toBe('After link');

    await browser.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'focus-next-claim' }), tabId);
    await card(page).waitFor({ state: 'visible' });
    await page.keyboard.press('Shift+Tab');
    await card(page).waitFor({ state: 'detached' });
    expect(await focusedInPage()).toBe('Before link');
    await page.close();
  });

  it('announces politely a card that Tab onto a link made available, and closes it when Tab moves on', async () => {
    const page = await open('/page/unrelated.html');
    await settled(browser, page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.append('Viral posts claimed that ');
      const link = Object.assign(document.createElement('a'), {
        href: '#posts',
        textContent: 'Facebook sold users’ private messages',
      });
      p.append(link, ' to Netflix.');
      const after = Object.assign(document.createElement('p'), { textContent: 'Unrelated. ' });
      after.append(Object.assign(document.createElement('a'), { href: '#other', textContent: 'Another link' }));
      document.querySelector('article')!.append(p, after);
    });
    await expect.poll(() => highlightedTexts(page)).toHaveLength(1);
    await page.keyboard.press('Tab');
    await card(page).waitFor({ state: 'visible' });
    const live = cardPart(page, '[aria-live="polite"]');
    await expect.poll(() => live.textContent()).toMatch(/^Fact check for this passage: Denied\./);
    await page.keyboard.press('Tab');
    await card(page).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Another link');
    await page.close();
  });

  it('opens even on a page that defined its own claimlens-card element, and the page cannot read it', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      customElements.define(
        'claimlens-card',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' });
          }
        },
      );
    });
    await page.goto(`${server.origin}/page/unrelated.html`);
    await settled(browser, page);
    await appendParagraphs(page, STANCE_PARAGRAPHS.slice(0, 1));
    await expect.poll(() => highlightedTexts(page)).toHaveLength(1);
    const point = await page.evaluate(paintedRangeCentre, STANCE_PARAGRAPHS[0]!);
    await page.mouse.move(point!.x, point!.y);
    await card(page).waitFor({ state: 'visible' });
    expect(await card(page).innerText()).toMatch(/Denied/);
    // A built-in host the page cannot upgrade, with a closed root: the page sees an empty div.
    const seen = await page.evaluate(() => {
      const host = document.querySelector('[data-claimlens-card]')!;
      return {
        name: host.localName,
        shadowRoot: host.shadowRoot,
        text: host.textContent,
        children: host.childElementCount,
      };
    });
    expect(seen).toEqual({ name: 'div', shadowRoot: null, text: '', children: 0 });
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'shows keyboard focus on each of its controls with a 2 px outline that reaches 3:1 (%s)',
    async (scheme) => {
      const page = await open(`/seed/000_705871242ff19cf9.txt.html${scheme === 'dark' ? '?dark' : ''}`);
      await page.emulateMedia({ colorScheme: scheme });
      await settled(browser, page);
      const tabId = await tabIdOf(browser, page);
      await browser.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'focus-next-claim' }), tabId);
      await card(page).waitFor({ state: 'visible' });
      const hex = (rgb: string) =>
        `#${(rgb.match(/\d+/g) ?? [])
          .slice(0, 3)
          .map((v) => Number(v).toString(16).padStart(2, '0'))
          .join('')}`;
      const seen: string[] = [];
      // Tab through the card's controls (the close button among them) until focus leaves it.
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        const focused = await inCardRoot(
          page,
          'chromium',
          (root) => {
            const element = root.activeElement;
            if (!element) return null;
            const style = getComputedStyle(element);
            return {
              name: `${element.localName}.${element.className}`,
              outline: `${style.outlineStyle} ${style.outlineWidth}`,
              colour: style.outlineColor,
              background: getComputedStyle(root.querySelector('.card')!).backgroundColor,
            };
          },
          null,
        );
        if (!focused) break;
        seen.push(focused.name);
        expect(focused.outline, focused.name).toBe('solid 2px');
        expect(contrastRatio(hex(focused.colour), hex(focused.background)), focused.name).toBeGreaterThanOrEqual(3);
      }
      expect(seen.length).toBeGreaterThanOrEqual(3);
      expect(seen.some((name) => name.includes('close'))).toBe(true);
      await page.close();
    },
  );

  it('shows a shadow at its bottom edge while there is more to scroll, and none once at the end', async () => {
    const page = await open('/seed/000_705871242ff19cf9.txt.html');
    await settled(browser, page);
    const tabId = await tabIdOf(browser, page);
    await browser.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'focus-next-claim' }), tabId);
    await card(page).waitFor({ state: 'visible' });
    // Everything open, so the card scrolls; then only backgrounds left to see (text and lines made
    // transparent), so what darkens the bottom edge can only be the cue.
    const box = await inCardRoot(
      page,
      'chromium',
      (root) => {
        const dialog = root.querySelector<HTMLElement>('.card')!;
        dialog.querySelectorAll('details').forEach((details) => (details.open = true));
        const style = document.createElement('style');
        style.textContent =
          '.card * { color: transparent !important; border-color: transparent !important; background: none !important; box-shadow: none !important; } .card { scrollbar-width: none; }';
        root.append(style);
        dialog.scrollTop = 0;
        const rect = dialog.getBoundingClientRect();
        return {
          x: rect.x,
          y: rect.y,
          width: rect.width,
          height: rect.height,
          more: dialog.scrollHeight - dialog.clientHeight,
        };
      },
      null,
    );
    expect(box!.more).toBeGreaterThan(20);
    /** The darkest pixel of the card's bottom 8 px, across its middle half (0 black – 255 white). */
    const bottomEdge = async () => {
      const png = await page.screenshot({
        clip: { x: box!.x + box!.width / 4, y: box!.y + box!.height - 9, width: box!.width / 2, height: 8 },
      });
      return page.evaluate(async (data) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, image.width, image.height).data;
        let darkest = 255;
        for (let i = 0; i < pixels.length; i += 4)
          darkest = Math.min(darkest, (pixels[i]! + pixels[i + 1]! + pixels[i + 2]!) / 3);
        return darkest;
      }, png.toString('base64'));
    };
    const withMoreBelow = await bottomEdge();
    await inCardRoot(
      page,
      'chromium',
      (root) => {
        const dialog = root.querySelector<HTMLElement>('.card')!;
        dialog.scrollTop = dialog.scrollHeight;
      },
      null,
    );
    const atTheEnd = await bottomEdge();
    expect(atTheEnd).toBeGreaterThan(250); // the card's white, nothing else
    expect(withMoreBelow).toBeLessThan(atTheEnd - 10);
    await page.close();
  });

  it('has no axe violations, light and dark, nor in forced colours', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(`/seed/000_705871242ff19cf9.txt.html${scheme === 'dark' ? '?dark' : ''}`);
      await page.emulateMedia({ colorScheme: scheme });
      await settled(browser, page);
      const tabId = await tabIdOf(browser, page);
      await browser.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'focus-next-claim' }), tabId);
      await card(page).waitFor({ state: 'visible' });
      await card(page).evaluate((dialog) =>
        dialog!.querySelectorAll('details').forEach((details) => (details.open = true)),
      );
      const { mismatches, violations } = await axeViolationsOnCard(page);
      expect(mismatches).toEqual([]);
      expect(describeViolations(violations)).toEqual([]);
      expect(await lowContrastInCard(page)).toEqual([]);
      if (scheme === 'light') {
        // The contrast check reads the real card: pale text put into it is reported.
        await card(page).evaluate((dialog) => {
          const pale = document.createElement('p');
          pale.textContent = 'Pale text';
          pale.style.cssText = 'color:#bbbbbb';
          dialog!.prepend(pale);
        });
        expect(await lowContrastInCard(page)).toEqual([expect.stringMatching(/^1\.\d+ < 4\.5: Pale text$/)]);
        await card(page).evaluate((dialog) => dialog!.firstElementChild!.remove());
      }
      await page.screenshot({ path: screenshotPath(`reader-card-${scheme}`) });
      if (scheme === 'light') {
        await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
        await page.screenshot({ path: screenshotPath('reader-card-forced-colours') });
      }
      await page.close();
    }
  });
});

describe('the switches', () => {
  it('turn highlighting off everywhere and back on, and pause one site, without a reload', async () => {
    const page = await stancePage();
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await setSettings({ enabled: false, pausedSites: [], intensity: 'underline' });
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await setSettings({ enabled: true, pausedSites: [], intensity: 'underline' });
    await expect.poll(() => highlightedTexts(page)).toHaveLength(3);
    await setSettings({ enabled: true, pausedSites: ['127.0.0.1'], intensity: 'underline' });
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    await setSettings({ enabled: true, pausedSites: ['elsewhere.example'], intensity: 'tint' });
    await expect.poll(() => highlightedTexts(page)).toHaveLength(3);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await setSettings({ enabled: true, pausedSites: [], intensity: 'underline' });
    await page.close();
  });

  it('"only when I ask": no mark is drawn, and the next-claim command still opens a claim, shown as open', async () => {
    const page = await stancePage();
    await setSettings({ enabled: true, pausedSites: [], intensity: 'off' });
    // No rule paints the marks (only the open claim's rule is left), nor do lines in forced colours.
    await expect.poll(() => page.evaluate(markDecoration, STANCE_PARAGRAPHS[0]!)).toBeNull();
    const tabId = await tabIdOf(browser, page);
    await browser.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'focus-next-claim' }), tabId);
    await card(page).waitFor({ state: 'visible' });
    expect(await page.evaluate(activeText)).toBe(STANCE_PARAGRAPHS[0]);
    await page.emulateMedia({ forcedColors: 'active' });
    await expect.poll(async () => (await drawnMarks(page))?.map((mark) => mark.kind)).toEqual(['active']);
    await page.emulateMedia({ forcedColors: 'none' });
    await setSettings({ enabled: true, pausedSites: [], intensity: 'underline' });
    await expect.poll(() => page.evaluate(markDecoration, STANCE_PARAGRAPHS[0]!)).not.toBeNull();
    await page.close();
  });

  it('in the popup: the power button and "Pause on this site" act on the open page', async () => {
    const page = await stancePage();
    const tabId = await tabIdOf(browser, page);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('[data-testid="pause-site"]').check();
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    await popup.locator('[data-testid="paused"]').waitFor();
    await popup.locator('[data-testid="pause-site"]').uncheck();
    await expect.poll(() => highlightedTexts(page)).toHaveLength(3);
    await popup.locator('[data-testid="page-claims"]').waitFor();
    await popup.locator('[data-testid="power"]').click();
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    await popup.locator('[data-testid="switched-off"]').waitFor();
    await popup.locator('[data-testid="power"]').click();
    await expect.poll(() => highlightedTexts(page)).toHaveLength(3);
    await popup.close();
    await page.close();
  });

  it('list the paused sites in the options page: resuming one paints its open page again, and undo pauses it again', async () => {
    const page = await stancePage();
    await setSettings({ enabled: true, pausedSites: ['127.0.0.1'], intensity: 'underline' });
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const site = options.locator('[data-testid="paused-sites"] li');
    await expect.poll(() => site.count()).toBe(1);
    expect(await site.innerText()).toContain('127.0.0.1');
    await site.locator('button').click();
    await options.locator('[data-testid="undo-status"]').waitFor();
    await expect.poll(() => options.locator('[data-testid="paused-sites"]').count()).toBe(0);
    await page.bringToFront();
    await expect.poll(() => highlightedTexts(page)).toHaveLength(3);
    await options.locator('[data-testid="undo-status"] button').click();
    await expect.poll(() => site.count()).toBe(1);
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    await setSettings({ enabled: true, pausedSites: [], intensity: 'underline' });
    await options.close();
    await page.close();
  });

  it('pause the bundled list in the options page like any other list, and resume it; open pages follow', async () => {
    const page = await stancePage();
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const bundled = options.locator('[data-testid="list"][data-kind="bundled"]');
    await bundled.locator('[data-testid="pause"]').click();
    await bundled.locator('.badge', { hasText: 'Paused' }).waitFor();
    await page.bringToFront();
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    expect(await bundled.innerText()).toMatch(/not highlighted on any page until you resume it/);
    await bundled.locator('[data-testid="pause"]', { hasText: 'Resume' }).click();
    await expect.poll(() => highlightedTexts(page)).toHaveLength(3);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(await bundled.locator('[data-testid="remove"]').count()).toBe(0);
    await options.close();
    await page.close();
  });

  it('"Not this claim" can be undone from the card, and from the options page', async () => {
    const page = await stancePage();
    const point = await page.evaluate(paintedRangeCentre, STANCE_PARAGRAPHS[0]!);
    await page.mouse.move(point!.x, point!.y);
    await card(page).locator('button.not-this').click();
    await expect.poll(() => highlightedTexts(page)).toHaveLength(2);
    await cardPart(page, '[data-testid="hidden-notice"] button.notice-undo').click();
    await expect.poll(() => highlightedTexts(page)).toHaveLength(3);

    await page.mouse.move(point!.x, point!.y);
    await card(page).locator('button.not-this').click();
    await expect.poll(() => highlightedTexts(page)).toHaveLength(2);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const item = options.locator('[data-testid="hidden-items"] li');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.innerText()).toContain(STANCE_PARAGRAPHS[0]);
    await item.locator('button').click();
    await options.locator('[data-testid="undo-status"]').waitFor();
    await expect.poll(() => options.locator('[data-testid="hidden-items"]').count()).toBe(0);
    await options.locator('[data-testid="undo-status"] button').click();
    await expect.poll(() => item.count()).toBe(1);
    await options.close();
    await page.close();
  });
});
