// @vitest-environment jsdom
// The overlay a reader meets in the page, in jsdom: which claims are painted, when a card opens and
// closes (hover after a pause, click or tap, a link tabbed to, the next-claim shortcut, the popup's
// "show me"), where keyboard focus goes and comes back to, "Not this claim" and its undo, and what
// is left of it all after stop(). The Highlight registry and animation frames are stood in for by
// tests/support/highlight-window.ts; layout (the boxes the text is drawn in) by `data-box`
// attributes; the overlay's hover timers by a clock the test moves. Chromium runs the same overlay in
// tests/e2e.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACTIVE_PRIORITY } from '../../../src/highlight/palette';
import type { ClaimCardData, MatchBlocksResponse } from '../../../src/messaging/protocol';
import { createClaimOverlay, type ClaimOverlay } from '../../../src/page/claim-overlay';
import { highlightWindow, type HighlightWindow } from '../../support/highlight-window';

const claim = (id: string, text: string, label: string): ClaimCardData => ({
  id,
  text,
  verdict: { label },
  summary: `Summary of ${id}`,
  denials: [],
  context: [],
  listTitle: 'test list',
});

const CLAIMS: Record<string, ClaimCardData> = {
  netflix: claim('netflix', 'Netflix bought the moon', 'False'),
  moon: claim('moon', 'The moon is for sale', 'Misleading'),
  // List text is data: markup in it must be shown as written, never parsed.
  cheese: claim('cheese', '<img src="x" onerror="globalThis.pwned = 1">Cheese is made of moon', 'False'),
};
const RULES: [string, RegExp][] = [
  ['netflix', /Netflix bought the moon/g],
  ['moon', /moon/g],
  ['cheese', /Cheese is made/g],
];

// Three claims: "Netflix bought the moon" with "moon" inside it (two claims in one passage), and
// "Cheese is made" around a link. Each data-box is where its text is drawn (left, top, right, bottom).
const PAGE = `
  <p id="p1"><span id="a" data-box="0,0,100,20">Netflix bought the </span><span id="b" data-box="100,0,140,20">moon</span>.</p>
  <p id="p2"><span id="c" data-box="0,100,100,120">Cheese is <a id="in-claim" href="#c">made</a> daily.</span>
    <a id="outside" href="#o">elsewhere</a></p>`;
const AT_A = { x: 50, y: 10 };
const AT_B = { x: 120, y: 10 };
const AT_C = { x: 50, y: 110 };
const NOWHERE = { x: 500, y: 500 };

/** The overlay's setTimeout: runs only when the test moves the clock. */
function manualClock() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    setTimeout: (run: () => void, delay = 0) => {
      timers.set(nextId, { at: now + delay, run });
      return nextId++;
    },
    clearTimeout: (id: number) => void timers.delete(id),
    pending: () => timers.size,
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at > now) continue;
        timers.delete(id);
        timer.run();
      }
    },
  };
}

let hw: HighlightWindow | null = null;
let overlay: ClaimOverlay | null = null;
const originalRects = Range.prototype.getClientRects;

afterEach(() => {
  overlay?.stop();
  overlay = null;
  hw?.restore();
  hw = null;
  Range.prototype.getClientRects = originalRects;
  delete (window as { innerWidth?: unknown }).innerWidth;
  delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
  delete (Element.prototype as { checkVisibility?: unknown }).checkVisibility;
  (document.activeElement as HTMLElement | null)?.blur?.();
  document.getSelection()?.removeAllRanges();
  vi.restoreAllMocks();
});

async function setup(
  options: { html?: string; rules?: [string, RegExp][]; dismissed?: Set<string>; undoFails?: boolean } = {},
) {
  document.body.innerHTML = options.html ?? PAGE;
  // Layout: a range is drawn in the boxes of the data-box elements it crosses.
  Range.prototype.getClientRects = function (this: Range) {
    const boxes = [...document.querySelectorAll<HTMLElement>('[data-box]')].filter((element) =>
      this.intersectsNode(element),
    );
    return boxes.map((element) => {
      const [left, top, right, bottom] = element.dataset.box!.split(',').map(Number) as [
        number,
        number,
        number,
        number,
      ];
      return { left, top, right, bottom, width: right - left, height: bottom - top };
    }) as unknown as DOMRectList;
  };
  // A phone-sized viewport: the card is a bottom sheet (Floating UI's placement needs a real layout).
  Object.defineProperty(window, 'innerWidth', { value: 400, configurable: true });
  const scrolled: { element: Element; how: unknown }[] = [];
  Element.prototype.scrollIntoView = function (this: Element, how?: unknown) {
    scrolled.push({ element: this, how });
  };
  const dismissed = options.dismissed ?? new Set<string>();
  const calls = {
    counts: [] as number[],
    dismissals: [] as unknown[],
    undos: [] as unknown[],
    requests: 0,
    marks: [] as string[],
  };
  hw = highlightWindow();
  const clock = manualClock();
  Object.assign(hw.win, {
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
    getSelection: () => document.getSelection(),
    location: { href: 'https://news.example/a' },
    performance: { mark: (name: string) => void calls.marks.push(name) },
  });
  const matchBlocks = async (texts: string[]): Promise<MatchBlocksResponse> => {
    calls.requests++;
    return {
      matches: texts.map((text) =>
        (options.rules ?? RULES).flatMap(([claimId, pattern]) =>
          [...text.matchAll(pattern)].map((m) => ({
            claimId,
            start: m.index,
            end: m.index + m[0].length,
            score: 1,
            stance: 'asserts' as const,
            why: [claimId],
          })),
        ),
      ),
      claims: CLAIMS,
    };
  };
  const created = createClaimOverlay({
    win: hw.win,
    matchBlocks,
    reportCount: (count) => void calls.counts.push(count),
    isDismissed: ({ claimId, text }) => dismissed.has(`${claimId}|${text}`),
    dismiss: (match) => {
      calls.dismissals.push(match);
      dismissed.add(`${match.claimId}|${match.text}`);
    },
    undoDismiss: async (match) => {
      calls.undos.push(match);
      if (options.undoFails) throw new Error('storage is full');
      dismissed.delete(`${match.claimId}|${match.text}`);
    },
  });
  overlay = created;
  await created.start();
  return { overlay: created, hw, clock, calls, scrolled };
}

/** The card's closed shadow root (captured when it was attached), or null before the first card. */
function cardRoot(): ShadowRoot | null {
  const host = document.querySelector('[data-claimlens-card]');
  return hw?.shadowRoots.find((root) => root.host === host) ?? null;
}
/** The open card, or null. */
const card = (): HTMLElement | null => cardRoot()?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
/** The claim the open card is about ("Checked claim: …" without its label). */
const cardClaim = () => card()?.querySelector('h2.claim')?.lastChild?.textContent ?? null;
const cardHasFocus = () => !!cardRoot()?.activeElement;

/** The text of every painted mark (not the active one), in document order. */
function painted(): string[] {
  const ranges = [...hw!.highlights.values()]
    .filter((highlight) => highlight.priority !== ACTIVE_PRIORITY)
    .flatMap((highlight) => [...highlight]);
  return ranges.sort((a, b) => a.compareBoundaryPoints(0, b)).map((range) => range.toString());
}
/** The text of the mark drawn as active (the claim whose card is open), or null. */
function active(): string | null {
  const highlight = [...hw!.highlights.values()].find((h) => h.priority === ACTIVE_PRIORITY);
  return highlight ? [...highlight].map((range) => range.toString()).join() : null;
}

function pointer(
  type: 'pointermove' | 'pointerdown' | 'click',
  at: { x: number; y: number },
  options: { pointerType?: string; target?: EventTarget; cancelable?: boolean } = {},
): MouseEvent {
  const event = new MouseEvent(type, {
    bubbles: true,
    composed: true,
    cancelable: options.cancelable ?? true,
    clientX: at.x,
    clientY: at.y,
  });
  Object.defineProperty(event, 'pointerType', { value: options.pointerType ?? 'mouse' });
  (options.target ?? document.body).dispatchEvent(event);
  return event;
}

/** Moves the mouse to a point and lets the frame and the hover pause pass. */
function hover(env: Awaited<ReturnType<typeof setup>>, at: { x: number; y: number }, wait = 1000): void {
  pointer('pointermove', at);
  env.hw.runFrames();
  env.clock.advance(wait);
}

/** Lets the card's effects run (preact runs them after a frame, or 35 ms without one). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

const pressEscape = () =>
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));

describe('the claim overlay: what is painted', () => {
  it('paints every claim found in the page and reports how many there are, once per change of count', async () => {
    const { calls } = await setup();
    expect(painted()).toEqual(['Netflix bought the moon', 'moon', 'Cheese is made']);
    expect(calls.counts).toEqual([3]);
    expect(active()).toBeNull();
    expect(card()).toBeNull();
  });

  it('does not paint text the page does not show, and asks the browser about visibility: hidden too', async () => {
    const asked: unknown[] = [];
    (Element.prototype as { checkVisibility?: unknown }).checkVisibility = function (this: Element, how: unknown) {
      asked.push(how);
      return this.id !== 'c';
    };
    const { calls } = await setup();
    expect(painted()).toEqual(['Netflix bought the moon', 'moon']);
    expect(calls.counts).toEqual([2]);
    expect(asked).toContainEqual({ visibilityProperty: true });
  });

  it('answers the popup with the page address and the claims on it', async () => {
    const { overlay } = await setup();
    const answer = overlay.pageClaims();
    expect(answer.url).toBe('https://news.example/a');
    expect(answer.claims.map((c) => [c.claimId, c.count])).toEqual([
      ['netflix', 1],
      ['moon', 1],
      ['cheese', 1],
    ]);
  });

  it('reports nothing for a page without claims, and a count only when it changes', async () => {
    const { overlay, calls } = await setup({ html: '<p>Nothing here.</p>' });
    expect(painted()).toEqual([]);
    await overlay.rescan();
    expect(calls.requests).toBe(2);
    expect(calls.counts).toEqual([]);
    document.body.innerHTML = '<p><span data-box="0,0,10,10">moon</span></p>';
    await overlay.rescan();
    expect(painted()).toEqual(['moon']);
    expect(calls.counts).toEqual([1]);
    // A rescan forgets the block's matches, then finds them again: never the same count twice in a row.
    await overlay.rescan();
    expect(calls.counts.at(-1)).toBe(1);
    expect(calls.counts.filter((count, i) => count === calls.counts[i - 1])).toEqual([]);
  });
});

describe('the claim overlay: hover', () => {
  it('opens the card of the claim under the mouse after a short pause, not on the way across', async () => {
    const env = await setup();
    pointer('pointermove', AT_A);
    expect(card()).toBeNull();
    env.hw.runFrames();
    env.clock.advance(119);
    expect(card()).toBeNull();
    env.clock.advance(1);
    expect(cardClaim()).toBe('Netflix bought the moon');
    expect(card()!.querySelector('.verdict')!.textContent).toBe('False');
    expect(active()).toBe('Netflix bought the moon');
    // Hover never takes focus from the page.
    expect(cardHasFocus()).toBe(false);
  });

  it('checks the pointer at most once a frame', async () => {
    const env = await setup();
    pointer('pointermove', AT_C);
    pointer('pointermove', AT_A);
    expect(env.hw.pendingFrames()).toBe(1);
    env.hw.runFrames();
    env.clock.advance(1000);
    // The last position counts.
    expect(cardClaim()).toBe('Netflix bought the moon');
    pointer('pointermove', AT_C);
    expect(env.hw.pendingFrames()).toBe(1);
  });

  it('passing over a claim on the way to another opens only the one the mouse rests on', async () => {
    const env = await setup();
    pointer('pointermove', AT_A);
    env.hw.runFrames();
    env.clock.advance(100);
    pointer('pointermove', AT_C);
    env.hw.runFrames();
    env.clock.advance(100);
    expect(card()).toBeNull();
    env.clock.advance(20);
    expect(cardClaim()).toContain('Cheese is made of moon');
  });

  it('ignores touch moves (a tap opens the card instead)', async () => {
    const env = await setup();
    pointer('pointermove', AT_A, { pointerType: 'touch' });
    expect(env.hw.pendingFrames()).toBe(0);
    env.hw.runFrames();
    env.clock.advance(1000);
    expect(card()).toBeNull();
  });

  it('keeps the open card while the mouse stays on its claim, even where another claim overlaps it', async () => {
    const env = await setup();
    hover(env, AT_A);
    expect(cardClaim()).toBe('Netflix bought the moon');
    // "moon" is painted over "Netflix bought the moon" there: the open claim wins while under the mouse.
    hover(env, AT_B);
    expect(cardClaim()).toBe('Netflix bought the moon');
    expect(env.clock.pending()).toBe(0);
  });

  it('opens the claim painted on top where two overlap', async () => {
    const env = await setup();
    hover(env, AT_B);
    expect(cardClaim()).toBe('The moon is for sale');
  });

  it('moves the card to another claim the mouse rests on', async () => {
    const env = await setup();
    hover(env, AT_A);
    hover(env, AT_C);
    expect(cardClaim()).toContain('Cheese is made of moon');
    expect(active()).toBe('Cheese is made');
  });

  it('closes a hovered card a while after the mouse leaves the claim, and not if it comes back', async () => {
    const env = await setup();
    hover(env, AT_A);
    pointer('pointermove', NOWHERE);
    env.hw.runFrames();
    env.clock.advance(399);
    expect(card()).not.toBeNull();
    // Back on the claim before the card went: it stays.
    hover(env, AT_A);
    expect(card()).not.toBeNull();
    pointer('pointermove', NOWHERE);
    env.hw.runFrames();
    env.clock.advance(400);
    expect(card()).toBeNull();
    expect(active()).toBeNull();
  });

  it('keeps the card while the mouse moves from the claim onto the card', async () => {
    const env = await setup();
    hover(env, AT_A);
    pointer('pointermove', NOWHERE);
    env.hw.runFrames();
    expect(env.clock.pending()).toBe(1);
    pointer('pointermove', NOWHERE, { target: card()! });
    expect(env.clock.pending()).toBe(0);
    expect(env.hw.pendingFrames()).toBe(0);
    env.clock.advance(1000);
    expect(card()).not.toBeNull();
  });

  it('keeps a hovered card while keyboard focus is in it', async () => {
    const env = await setup();
    hover(env, AT_A);
    card()!.focus();
    expect(cardHasFocus()).toBe(true);
    hover(env, NOWHERE);
    expect(card()).not.toBeNull();
  });

  it('does nothing on hover when highlights are off, and again once they are back on', async () => {
    const env = await setup();
    const sheet = (document as unknown as { adoptedStyleSheets: { text: string }[] }).adoptedStyleSheets[0]!;
    const underline = sheet.text;
    env.overlay.setIntensity('off');
    expect(sheet.text).not.toBe(underline);
    pointer('pointermove', AT_A);
    expect(env.hw.pendingFrames()).toBe(0);
    pointer('click', AT_A);
    expect(card()).toBeNull();
    env.overlay.setIntensity('underline');
    expect(sheet.text).toBe(underline);
    hover(env, AT_A);
    expect(cardClaim()).toBe('Netflix bought the moon');
  });
});

describe('the claim overlay: cards that do not take focus', () => {
  it('a card opened by hover, click or tabbing onto a link leaves focus where it was', async () => {
    const env = await setup();
    const outside = document.getElementById('outside')!;
    outside.focus();
    hover(env, AT_A);
    await settle();
    expect(cardHasFocus()).toBe(false);
    pressEscape();
    pointer('click', AT_C);
    await settle();
    expect(cardClaim()).toContain('Cheese is made of moon');
    expect(cardHasFocus()).toBe(false);
    pressEscape();
    document.getElementById('in-claim')!.focus();
    await settle();
    expect(cardHasFocus()).toBe(false);
    expect(document.activeElement!.id).toBe('in-claim');
  });

  it('a card opened by tabbing onto its link stays a keyboard card while the mouse rests on or clicks its claim', async () => {
    const env = await setup();
    document.getElementById('in-claim')!.focus();
    hover(env, AT_C);
    hover(env, NOWHERE);
    expect(cardClaim()).toContain('Cheese is made of moon');
    pointer('click', AT_C);
    document.getElementById('outside')!.focus();
    expect(card()).toBeNull();
  });

  it('the next-claim shortcut goes on past a clicked card', async () => {
    const { overlay } = await setup();
    pointer('click', AT_A);
    expect(overlay.focusNext()).toBe(true);
    expect(active()).toBe('moon');
  });
});

describe('the claim overlay: click and tap', () => {
  it('opens the card at once on a click or tap on a claim, and pins it against hovering elsewhere', async () => {
    const env = await setup();
    pointer('pointermove', AT_C);
    env.hw.runFrames();
    expect(env.clock.pending()).toBe(1);
    pointer('click', AT_A, { pointerType: 'touch' });
    expect(cardClaim()).toBe('Netflix bought the moon');
    // The hover pending before the click does not replace it.
    expect(env.clock.pending()).toBe(0);
    hover(env, AT_C);
    hover(env, NOWHERE);
    expect(cardClaim()).toBe('Netflix bought the moon');
  });

  it('pins a hovered card when the reader clicks its own claim', async () => {
    const env = await setup();
    hover(env, AT_A);
    pointer('click', AT_A);
    hover(env, AT_C);
    expect(cardClaim()).toBe('Netflix bought the moon');
  });

  it('pins a card the reader presses inside, and a new card after it closes is not pinned', async () => {
    const env = await setup();
    hover(env, AT_A);
    pointer('pointermove', NOWHERE);
    env.hw.runFrames();
    expect(env.clock.pending()).toBe(1);
    pointer('pointerdown', NOWHERE, { target: card()! });
    expect(env.clock.pending()).toBe(0);
    hover(env, AT_C);
    expect(cardClaim()).toBe('Netflix bought the moon');
    pressEscape();
    expect(card()).toBeNull();
    hover(env, AT_C);
    expect(cardClaim()).toContain('Cheese is made of moon');
  });

  it('pins the card even when the page stops presses from reaching the document', async () => {
    const env = await setup();
    const stop = (event: Event) => event.stopPropagation();
    document.documentElement.addEventListener('pointerdown', stop);
    try {
      hover(env, AT_A);
      pointer('pointerdown', NOWHERE, { target: card()! });
      hover(env, AT_C);
      expect(cardClaim()).toBe('Netflix bought the moon');
    } finally {
      document.documentElement.removeEventListener('pointerdown', stop);
    }
  });

  it('a press on the page outside the card is not a press inside it', async () => {
    const env = await setup();
    hover(env, AT_A);
    // Outside the card: the card host closes it; nothing is pinned.
    pointer('pointerdown', AT_C);
    expect(card()).toBeNull();
    hover(env, AT_C);
    expect(cardClaim()).toContain('Cheese is made of moon');
    hover(env, AT_A);
    expect(cardClaim()).toBe('Netflix bought the moon');
  });

  it('leaves clicks to the page when the page handled them, when text is selected, or inside the card', async () => {
    const env = await setup();
    const handled = (event: Event) => event.preventDefault();
    document.body.addEventListener('click', handled);
    pointer('click', AT_A);
    expect(card()).toBeNull();
    document.body.removeEventListener('click', handled);

    document.getSelection()!.selectAllChildren(document.getElementById('a')!);
    pointer('click', AT_A);
    expect(card()).toBeNull();
    document.getSelection()!.removeAllRanges();

    pointer('click', NOWHERE);
    expect(card()).toBeNull();

    hover(env, AT_C);
    // A click inside the card (at a point over another claim) does not switch claims.
    pointer('click', AT_A, { target: card()! });
    expect(cardClaim()).toContain('Cheese is made of moon');
    // And it did not pin the card.
    hover(env, AT_A);
    expect(cardClaim()).toBe('Netflix bought the moon');
  });

  it('a click on no claim does not pin the open card', async () => {
    const env = await setup();
    hover(env, AT_A);
    pointer('click', NOWHERE, { target: document.getElementById('outside')! });
    hover(env, AT_C);
    expect(cardClaim()).toContain('Cheese is made of moon');
  });
});

describe('the claim overlay: keyboard', () => {
  it('tabbing onto a link inside a claim opens its card without taking focus, and says so', async () => {
    await setup();
    document.getElementById('in-claim')!.focus();
    expect(cardClaim()).toContain('Cheese is made of moon');
    expect(document.activeElement!.id).toBe('in-claim');
    expect(cardRoot()!.querySelector('[role="status"]')!.textContent).toBe(
      "Fact check for this passage: False. ClaimLens's next-claim shortcut moves into it.",
    );
    // Focusing the same link again does not reopen or re-announce.
    cardRoot()!.querySelector('[role="status"]')!.textContent = '';
    document.getElementById('outside')!.focus();
    expect(card()).toBeNull();
    expect(active()).toBeNull();
  });

  it('focus moving within the claim keeps its card, and focus elsewhere leaves a hovered card alone', async () => {
    const env = await setup();
    document.getElementById('in-claim')!.focus();
    const status = cardRoot()!.querySelector('[role="status"]')!;
    status.textContent = '';
    document.getElementById('in-claim')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(status.textContent).toBe('');
    expect(cardClaim()).toContain('Cheese is made of moon');
    // A card opened by focus stays while the mouse moves off (it closes when focus moves on).
    hover(env, NOWHERE);
    expect(card()).not.toBeNull();
    document.getElementById('outside')!.focus();
    expect(card()).toBeNull();

    hover(env, AT_A);
    document.getElementById('outside')!.blur();
    document.getElementById('outside')!.focus();
    expect(cardClaim()).toBe('Netflix bought the moon');
  });

  it('focus inside the card is not focus on the page', async () => {
    const { overlay } = await setup();
    expect(overlay.reveal('cheese')).toBe(true);
    const close = card()!.querySelector<HTMLButtonElement>('button.close')!;
    close.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(cardClaim()).toContain('Cheese is made of moon');
  });

  it('the next-claim shortcut walks the claims in document order, scrolled to and focused, and wraps around', async () => {
    const { overlay, scrolled } = await setup();
    const seen: string[] = [];
    for (let step = 0; step < 4; step++) {
      expect(overlay.focusNext()).toBe(true);
      seen.push(active()!);
      await vi.waitFor(() => expect(cardHasFocus()).toBe(true));
    }
    expect(seen).toEqual(['Netflix bought the moon', 'moon', 'Cheese is made', 'Netflix bought the moon']);
    expect(scrolled.map((s) => (s.element as HTMLElement).id)).toEqual(['a', 'b', 'c', 'a']);
    expect(scrolled[0]!.how).toEqual({ block: 'center', behavior: 'instant' });
  });

  it('the next-claim shortcut says there is nothing to go to on a page without claims', async () => {
    const { overlay, scrolled } = await setup({ html: '<p>Nothing here.</p>' });
    expect(overlay.focusNext()).toBe(false);
    expect(overlay.reveal('netflix')).toBe(false);
    expect(card()).toBeNull();
    expect(scrolled).toEqual([]);
  });

  it('the next-claim shortcut moves into a card opened by tabbing to its link first', async () => {
    const { overlay, scrolled } = await setup();
    document.getElementById('in-claim')!.focus();
    expect(cardHasFocus()).toBe(false);
    expect(overlay.focusNext()).toBe(true);
    expect(cardClaim()).toContain('Cheese is made of moon');
    expect(scrolled).toEqual([]);
    await vi.waitFor(() => expect(cardHasFocus()).toBe(true));
    // Escape gives focus back to the link the reader had tabbed to, and the card stays closed
    // (it used to reopen at once: focus coming back to the link looked like tabbing onto it).
    const status = cardRoot()!.querySelector('[role="status"]')!;
    status.textContent = '';
    pressEscape();
    expect(card()).toBeNull();
    expect(active()).toBeNull();
    expect(status.textContent).toBe('');
    expect(document.activeElement!.id).toBe('in-claim');
    // Tabbing away and back onto the link opens it again.
    document.getElementById('outside')!.focus();
    document.getElementById('in-claim')!.focus();
    expect(cardClaim()).toContain('Cheese is made of moon');
  });

  it('the next-claim shortcut goes on past a card opened by hover, to the claim after it', async () => {
    const env = await setup();
    hover(env, AT_A);
    expect(env.overlay.focusNext()).toBe(true);
    expect(active()).toBe('moon');
  });

  it('the popup’s "show me" opens that claim focused; the shortcut then goes on from there', async () => {
    const { overlay, scrolled } = await setup();
    expect(overlay.reveal('moon')).toBe(true);
    expect(active()).toBe('moon');
    expect(scrolled.map((s) => (s.element as HTMLElement).id)).toEqual(['b']);
    await vi.waitFor(() => expect(cardHasFocus()).toBe(true));
    pressEscape();
    expect(card()).toBeNull();
    expect(overlay.focusNext()).toBe(true);
    expect(active()).toBe('Cheese is made');
  });

  it('closing a focused card puts focus back where the reader was', async () => {
    const { overlay } = await setup();
    const outside = document.getElementById('outside')!;
    outside.focus();
    overlay.reveal('netflix');
    await vi.waitFor(() => expect(cardHasFocus()).toBe(true));
    // Moving to another claim from inside the card keeps the first place to come back to.
    overlay.focusNext();
    await vi.waitFor(() => expect(active()).toBe('moon'));
    pressEscape();
    expect(document.activeElement).toBe(outside);
  });

  it('closing a focused card with no element to go back to puts the caret at the claim', async () => {
    const { overlay } = await setup();
    overlay.reveal('cheese');
    await vi.waitFor(() => expect(cardHasFocus()).toBe(true));
    pressEscape();
    expect(card()).toBeNull();
    const selection = document.getSelection()!;
    expect(selection.isCollapsed).toBe(true);
    expect(selection.anchorNode).toBe(document.getElementById('c')!.firstChild);
    expect(selection.anchorOffset).toBe(0);
    expect(document.activeElement).toBe(document.body);
  });

  it('a caret is put at the claim where it starts inside the text, not at its start', async () => {
    const { overlay } = await setup();
    overlay.reveal('moon');
    await vi.waitFor(() => expect(cardHasFocus()).toBe(true));
    pressEscape();
    const selection = document.getSelection()!;
    expect(selection.anchorNode).toBe(document.getElementById('b')!.firstChild);
    expect(selection.anchorOffset).toBe(0);
  });

  it('does not move focus back to a link that left the page meanwhile, nor the caret into removed text', async () => {
    const { overlay } = await setup();
    const outside = document.getElementById('outside')!;
    outside.focus();
    overlay.reveal('netflix');
    await vi.waitFor(() => expect(cardHasFocus()).toBe(true));
    outside.remove();
    pressEscape();
    expect(document.getSelection()!.anchorNode).toBe(document.getElementById('a')!.firstChild);
  });

  it('a card closed without focus in it does not move focus or the caret later', async () => {
    const env = await setup();
    const outside = document.getElementById('outside')!;
    outside.focus();
    env.overlay.reveal('netflix');
    await vi.waitFor(() => expect(cardHasFocus()).toBe(true));
    // Focus goes to the page (a click elsewhere), then the card closes.
    outside.focus();
    pressEscape();
    expect(document.activeElement).toBe(outside);
    expect(card()).toBeNull();
    // A hovered card opened later and closed with Escape does not send focus back to the old place.
    document.getElementById('in-claim')!.focus();
    hover(env, AT_A);
    pressEscape();
    expect(document.activeElement!.id).toBe('in-claim');
  });
});

describe('the claim overlay: several claims in one passage', () => {
  it('offers the other claims of the same passage on the card, and switches to one, focused', async () => {
    const env = await setup();
    hover(env, AT_A);
    const others = [...card()!.querySelectorAll<HTMLButtonElement>('button.also-claim')];
    expect(others.map((b) => [b.dataset.claimId, b.querySelector('.also-verdict')!.textContent])).toEqual([
      ['moon', 'Misleading'],
    ]);
    expect(others[0]!.querySelector('.also-text')!.textContent).toBe('The moon is for sale');
    others[0]!.click();
    expect(cardClaim()).toBe('The moon is for sale');
    expect(active()).toBe('moon');
    await vi.waitFor(() => expect(cardHasFocus()).toBe(true));
    expect(card()!.querySelector('button.also-claim')!.getAttribute('data-claim-id')).toBe('netflix');
  });

  it('does not offer claims from other passages, nor the same claim again', async () => {
    const env = await setup({
      html: `<p><span data-box="0,0,100,20">moon and moon</span></p><p><span data-box="0,100,100,120">Cheese is made</span></p>`,
    });
    hover(env, AT_A);
    expect(active()).toBe('moon');
    expect(card()!.querySelector('button.also-claim')).toBeNull();
  });
});

describe('the claim overlay: claims side by side', () => {
  it('does not offer a claim that ends where this one starts, in the same text', async () => {
    const { overlay } = await setup({ html: `<p><span data-box="0,0,100,20">moonCheese is made</span></p>` });
    expect(painted()).toEqual(['moon', 'Cheese is made']);
    overlay.reveal('moon');
    expect(card()!.querySelector('button.also-claim')).toBeNull();
    overlay.reveal('cheese');
    expect(active()).toBe('Cheese is made');
    expect(card()!.querySelector('button.also-claim')).toBeNull();
  });

  it('does not offer a claim that only touches this one as being in the same passage', async () => {
    const env = await setup({
      html: `<p><span id="a" data-box="0,0,100,20">moon</span><span data-box="100,0,200,20">Cheese is made</span></p>`,
    });
    expect(painted()).toEqual(['moon', 'Cheese is made']);
    hover(env, AT_A);
    expect(active()).toBe('moon');
    expect(card()!.querySelector('button.also-claim')).toBeNull();
    hover(env, { x: 150, y: 10 });
    expect(active()).toBe('Cheese is made');
    expect(card()!.querySelector('button.also-claim')).toBeNull();
  });

  it('does not offer the same claim found twice over the same words', async () => {
    const env = await setup({
      rules: [
        ['netflix', /Netflix bought the moon/g],
        ['netflix', /bought the moon/g],
      ],
    });
    expect(painted()).toEqual(['Netflix bought the moon', 'bought the moon']);
    hover(env, AT_A);
    expect(cardClaim()).toBe('Netflix bought the moon');
    expect(card()!.querySelector('button.also-claim')).toBeNull();
  });
});

describe('the claim overlay: "Not this claim"', () => {
  it('hides the claim here, remembers it, says so, and undo brings it back', async () => {
    const env = await setup();
    env.overlay.reveal('netflix');
    card()!.querySelector<HTMLButtonElement>('button.not-this')!.click();
    expect(card()).toBeNull();
    expect(env.calls.dismissals).toEqual([
      { claimId: 'netflix', text: 'Netflix bought the moon', claimText: 'Netflix bought the moon' },
    ]);
    expect(painted()).toEqual(['moon', 'Cheese is made']);
    expect(env.calls.counts).toEqual([3, 2]);
    const notice = cardRoot()!.querySelector('.notice-claim')!;
    expect(notice.textContent).toBe('Netflix bought the moon');
    cardRoot()!.querySelector<HTMLButtonElement>('button.notice-undo')!.click();
    expect(env.calls.undos).toEqual([{ claimId: 'netflix', text: 'Netflix bought the moon' }]);
    await vi.waitFor(() => expect(painted()).toEqual(['Netflix bought the moon', 'moon', 'Cheese is made']));
    // The re-read forgets the page's matches before finding them again; the badge hears only the result.
    await vi.waitFor(() => expect(env.calls.counts).toEqual([3, 2, 3]));
  });

  it('pressing the "hidden" notice does not stop hover from opening cards', async () => {
    const env = await setup();
    hover(env, AT_A);
    card()!.querySelector<HTMLButtonElement>('button.not-this')!.click();
    const dismiss = cardRoot()!.querySelector<HTMLButtonElement>('.notice-layer button.close')!;
    pointer('pointerdown', NOWHERE, { target: dismiss });
    dismiss.click();
    hover(env, AT_C);
    expect(cardClaim()).toContain('Cheese is made of moon');
  });

  it('a claim hidden before stays unpainted', async () => {
    await setup({ dismissed: new Set(['moon|moon']) });
    expect(painted()).toEqual(['Netflix bought the moon', 'Cheese is made']);
  });

  it('says in the console when undo could not be stored, and the claim stays hidden', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const env = await setup({ undoFails: true });
    env.overlay.reveal('moon');
    card()!.querySelector<HTMLButtonElement>('button.not-this')!.click();
    cardRoot()!.querySelector<HTMLButtonElement>('button.notice-undo')!.click();
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    expect(warn.mock.calls[0]![0]).toBe('ClaimLens: could not show the claim again');
    expect((warn.mock.calls[0]![1] as Error).message).toBe('storage is full');
    expect(painted()).toEqual(['Netflix bought the moon', 'Cheese is made']);
  });
});

describe('the claim overlay: the page changes', () => {
  it('closes the card when its claim leaves the page', async () => {
    const env = await setup();
    hover(env, AT_C);
    expect(card()).not.toBeNull();
    document.getElementById('p2')!.remove();
    await vi.waitFor(() => expect(card()).toBeNull());
    expect(painted()).toEqual(['Netflix bought the moon', 'moon']);
    expect(env.calls.counts).toEqual([3, 2]);
    expect(active()).toBeNull();
  });

  it('keeps the card when another claim leaves the page', async () => {
    const env = await setup();
    hover(env, AT_C);
    document.getElementById('p1')!.remove();
    await vi.waitFor(() => expect(painted()).toEqual(['Cheese is made']));
    expect(cardClaim()).toContain('Cheese is made of moon');
  });
});

describe('the claim overlay: the badge while the page is read again', () => {
  it('hears nothing new when the lists changed and the page still shows the same claims', async () => {
    const env = await setup();
    await env.overlay.rescan();
    expect(painted()).toEqual(['Netflix bought the moon', 'moon', 'Cheese is made']);
    expect(env.calls.counts).toEqual([3]);
  });

  it('hears the new count once when the page shows fewer claims, and 0 only when none is left', async () => {
    const rules = [...RULES];
    const env = await setup({ rules });
    rules.splice(0, 1);
    await env.overlay.rescan();
    expect(painted()).toEqual(['moon', 'Cheese is made']);
    expect(env.calls.counts).toEqual([3, 2]);
    rules.length = 0;
    await env.overlay.rescan();
    expect(painted()).toEqual([]);
    expect(env.calls.counts).toEqual([3, 2, 0]);
  });

  it('keeps the count when an edited paragraph still states its claims', async () => {
    const env = await setup();
    const before = env.calls.requests;
    document.getElementById('p1')!.append(' Said again today.');
    await vi.waitFor(() => expect(env.calls.requests).toBe(before + 1));
    await vi.waitFor(() => expect(painted()).toEqual(['Netflix bought the moon', 'moon', 'Cheese is made']));
    expect(env.calls.counts).toEqual([3]);
    // A paragraph removed is a real change, told at once.
    document.getElementById('p2')!.remove();
    await vi.waitFor(() => expect(env.calls.counts).toEqual([3, 2]));
  });
});

describe('the claim overlay: hostile list text', () => {
  it('shows markup in a claim as text and runs nothing', async () => {
    const env = await setup();
    hover(env, AT_C);
    expect(cardClaim()).toBe('<img src="x" onerror="globalThis.pwned = 1">Cheese is made of moon');
    expect(cardRoot()!.querySelector('img')).toBeNull();
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });
});

describe('the claim overlay: benchmarks', () => {
  afterEach(() => void vi.unstubAllEnvs());

  it('marks the first highlight once in a benchmark build, and not on a page without claims', async () => {
    vi.stubEnv('WXT_CLAIMLENS_BENCH', '1');
    const empty = await setup({ html: '<p>Nothing here.</p>' });
    expect(empty.calls.marks).not.toContain('claimlens:first-highlight');
    empty.overlay.stop();
    hw!.restore();
    const env = await setup();
    expect(env.calls.marks.filter((name) => name === 'claimlens:first-highlight')).toEqual([
      'claimlens:first-highlight',
    ]);
    document.getElementById('p2')!.remove();
    await vi.waitFor(() => expect(painted()).toHaveLength(2));
    document.body.insertAdjacentHTML('beforeend', '<p><span data-box="0,300,10,310">moon</span></p>');
    await vi.waitFor(() => expect(painted()).toHaveLength(3));
    expect(env.calls.marks.filter((name) => name === 'claimlens:first-highlight')).toHaveLength(1);
  });
});

describe('the claim overlay: stop', () => {
  it('after stop, moving the mouse over a claim does nothing', async () => {
    const env = await setup();
    env.overlay.stop();
    overlay = null;
    pointer('pointermove', AT_A);
    expect(env.hw.pendingFrames()).toBe(0);
  });

  it('removes the card, the highlights and its style sheet, and stops listening to the page', async () => {
    const env = await setup();
    hover(env, AT_A);
    expect(document.querySelector('[data-claimlens-card]')).not.toBeNull();
    // A hover and a frame pending when it stops.
    pointer('pointermove', AT_C);
    env.clock.advance(0);
    pointer('pointermove', NOWHERE);
    env.hw.runFrames();
    expect(env.clock.pending()).toBe(1);
    pointer('pointermove', AT_C);
    expect(env.hw.pendingFrames()).toBe(1);
    env.overlay.stop();
    overlay = null;
    expect(env.clock.pending()).toBe(0);
    expect(env.hw.pendingFrames()).toBe(0);
    expect(document.querySelector('[data-claimlens-card]')).toBeNull();
    expect(env.hw.highlights.size).toBe(0);
    expect((document as unknown as { adoptedStyleSheets: unknown[] }).adoptedStyleSheets).toEqual([]);
    pointer('pointermove', AT_A);
    expect(env.hw.pendingFrames()).toBe(0);
    pointer('click', AT_A);
    pointer('pointerdown', AT_A);
    document.getElementById('in-claim')!.focus();
    expect(document.querySelector('[data-claimlens-card]')).toBeNull();
  });
});
