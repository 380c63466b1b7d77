// Reads and drives ClaimLens's card from outside the page, the way a test or the demo must now that
// the card's shadow root is closed (a page script gets null from `host.shadowRoot`, and so do
// Playwright's and Puppeteer's selectors). The browser's own automation protocol still reaches it:
//   Chromium (Playwright): CDP `DOM.describeNode({ pierce: true })` lists a host's closed shadow root,
//     `DOM.resolveNode` hands it to `Runtime.callFunctionOn` as `this`;
//   Firefox (Puppeteer over WebDriver BiDi): `script.callFunction` with
//     `serializationOptions: { includeShadowTree: 'all' }` serializes the closed root with a sharedId,
//     which a second `script.callFunction` takes as `this`.
// Nothing here is in the extension: the production card has no test hook. Clicks are real input
// (the mouse at the element's centre), never `element.click()`.
import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/** Finds the card's host element (src/ui/card/card-host.tsx sets this attribute). */
export const CARD_HOST_SELECTOR = '[data-claimlens-card]';

/** Runs a function's source, `(root, arg) => …`, in the page with the card's closed shadow root; undefined with no card. */
type InRoot = (source: string, arg: unknown) => Promise<unknown>;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

// The function text sent to the page: JSON in and out, so both protocols carry it the same way.
// Built here as text, not with `new Function` in the page, so a page's CSP cannot refuse it.
const wrap = (source: string) =>
  `function (arg) { return Promise.resolve((${source})(this, JSON.parse(arg))).then((r) => JSON.stringify(r === undefined ? null : r)); }`;

/** Chromium: the closed root through CDP. One session per page, kept for the page's life. */
function chromiumInRoot(page: PlaywrightPage): InRoot {
  let session: Promise<CDPSession> | null = null;
  return async (source, arg) => {
    session ??= page.context().newCDPSession(page);
    const cdp = await session;
    const objectGroup = 'claimlens-card-probe';
    try {
      const { result: host } = await cdp.send('Runtime.evaluate', {
        expression: `document.querySelector(${JSON.stringify(CARD_HOST_SELECTOR)})`,
        objectGroup,
      });
      if (!host.objectId) return undefined;
      const { node } = await cdp.send('DOM.describeNode', { objectId: host.objectId, depth: 1, pierce: true });
      const rootId = node.shadowRoots?.[0]?.backendNodeId;
      if (rootId === undefined) return undefined;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: rootId, objectGroup });
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: wrap(source),
        arguments: [{ value: JSON.stringify(arg ?? null) }],
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails)
        throw new Error(`in the card: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return JSON.parse(result.value as string) as unknown;
    } finally {
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
    }
  };
}

interface RemoteValue {
  type: string;
  value?: unknown;
}
/** A `script.callFunction` answer: the value, or the exception the page threw. */
type Evaluated = { type: 'success'; result: RemoteValue } | { type: 'exception'; exceptionDetails: { text: string } };
interface BidiRealm {
  callFunction(declaration: string, awaitPromise: boolean, options: Record<string, unknown>): Promise<Evaluated>;
}

/** Firefox: the closed root through WebDriver BiDi (puppeteer-core's BiDi realm of the page). */
function firefoxInRoot(page: PuppeteerPage): InRoot {
  const call = async (declaration: string, options: Record<string, unknown>): Promise<RemoteValue> => {
    const realm = (page.mainFrame() as unknown as { browsingContext?: { defaultRealm?: BidiRealm } }).browsingContext
      ?.defaultRealm;
    if (!realm) throw new Error('puppeteer-core changed: no BiDi realm on the page’s main frame');
    const answer = await realm.callFunction(declaration, true, { resultOwnership: 'none', ...options });
    if (answer.type === 'exception') throw new Error(`in the card: ${answer.exceptionDetails.text}`);
    return answer.result;
  };
  return async (source, arg) => {
    const host = await call(`() => document.querySelector(${JSON.stringify(CARD_HOST_SELECTOR)})`, {
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
    });
    const sharedId =
      host.type === 'node'
        ? (host.value as { shadowRoot?: { sharedId?: string } | null }).shadowRoot?.sharedId
        : undefined;
    if (!sharedId) return undefined;
    const answer = await call(wrap(source), {
      this: { sharedId },
      arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
    });
    return JSON.parse(answer.value as string) as unknown;
  };
}

const POLL_MS = 50;

/**
 * One element in the card's shadow root, found by a chain of selectors (each inside the last), with
 * the few Locator-like reads the tests need. Waits poll a condition until `timeoutMs`; no sleeps.
 */
export class CardProbe {
  constructor(
    private readonly inRoot: InRoot,
    private readonly mouseClick: (x: number, y: number) => Promise<void>,
    private readonly selectors: readonly string[],
    private readonly timeoutMs = 10_000,
  ) {}

  /** The first match of `selector` inside this element. */
  locator(selector: string): CardProbe {
    return new CardProbe(this.inRoot, this.mouseClick, [...this.selectors, selector], this.timeoutMs);
  }

  /** Runs `fn` on the element (null when absent). `fn` is sent as text: it must be self-contained. */
  async evaluate<R, A = null>(fn: (element: HTMLElement | null, arg: A) => R, arg?: A): Promise<R> {
    const source = `(root, { selectors, value }) => {
      let at = root;
      for (const selector of selectors) at = at ? at.querySelector(selector) : null;
      return (${fn.toString()})(at, value);
    }`;
    const found = await this.inRoot(source, { selectors: this.selectors, value: arg ?? null });
    // No card at all: the function answers for an absent element, here.
    return (found === undefined ? fn(null, (arg ?? null) as A) : found) as R;
  }

  /** Rendered and not hidden (what Playwright calls visible). */
  isVisible(): Promise<boolean> {
    return this.evaluate(
      (element) =>
        !!element &&
        element.getClientRects().length > 0 &&
        element.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
    );
  }

  async count(): Promise<number> {
    return (await this.evaluate((element) => element !== null)) ? 1 : 0;
  }

  innerText(): Promise<string> {
    return this.evaluate((element) => element?.innerText ?? '');
  }

  textContent(): Promise<string> {
    return this.evaluate((element) => element?.textContent ?? '');
  }

  getAttribute(name: string): Promise<string | null> {
    return this.evaluate((element, attribute) => element?.getAttribute(attribute) ?? null, name);
  }

  boundingBox(): Promise<Box | null> {
    return this.evaluate((element) => {
      if (!element) return null;
      const rect = element.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    });
  }

  /** Waits until the element is visible (default), or gone from the card. */
  async waitFor({ state = 'visible' }: { state?: 'visible' | 'detached' } = {}): Promise<void> {
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      const done = state === 'visible' ? await this.isVisible() : (await this.count()) === 0;
      if (done) return;
      if (Date.now() > deadline) throw new Error(`card ${this.selectors.join(' ')} never became ${state}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** A real mouse click at the element's centre, once it is visible (scrolled into view inside the card first). */
  async click(): Promise<void> {
    await this.waitFor();
    const centre = await this.evaluate((element) => {
      if (!element) return null;
      element.scrollIntoView({ block: 'nearest' });
      const rect = element.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    });
    if (!centre) throw new Error(`card ${this.selectors.join(' ')} went away before the click`);
    await this.mouseClick(centre.x, centre.y);
  }
}

type Kind = 'chromium' | 'firefox';
const probes = new WeakMap<object, InRoot>();
function probeFor(page: PlaywrightPage | PuppeteerPage, kind: Kind): InRoot {
  let inRoot = probes.get(page);
  if (!inRoot) {
    inRoot = kind === 'chromium' ? chromiumInRoot(page as PlaywrightPage) : firefoxInRoot(page as PuppeteerPage);
    probes.set(page, inRoot);
  }
  return inRoot;
}

/** The card's dialog in a Chromium page (Playwright). `selector` picks another part of the shadow root. */
export function chromiumCard(page: PlaywrightPage, selector = '[role="dialog"]'): CardProbe {
  return new CardProbe(probeFor(page, 'chromium'), (x, y) => page.mouse.click(x, y), [selector]);
}

/** The card's dialog in a Firefox page (Puppeteer over WebDriver BiDi). */
export function firefoxCard(page: PuppeteerPage, selector = '[role="dialog"]'): CardProbe {
  return new CardProbe(probeFor(page, 'firefox'), (x, y) => page.mouse.click(x, y), [selector]);
}

/** Runs `fn` on the card's closed shadow root itself (focus, a copy for axe); undefined with no card. */
export async function inCardRoot<R, A>(
  page: PlaywrightPage | PuppeteerPage,
  kind: Kind,
  fn: (root: ShadowRoot, arg: A) => R,
  arg: A,
): Promise<Awaited<R> | undefined> {
  return (await probeFor(page, kind)(fn.toString(), arg)) as Awaited<R> | undefined;
}
