// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DatabaseSummary, PageClaimsResponse } from '../../../src/messaging/protocol';
import type { ReaderSettings } from '../../../src/settings/reader-settings';
import { Popup } from '../../../src/ui/popup/Popup';

const database: DatabaseSummary = {
  claimCount: 10,
  lists: [{ id: 'bundled', title: 'ClaimLens bundled list', kind: 'bundled', claimCount: 10, version: 3 }],
};
const page: PageClaimsResponse = {
  url: 'https://news.example/a',
  claims: [
    {
      claimId: 'meta-sold-messages-to-netflix',
      text: 'Meta sold messages to Netflix.',
      verdict: 'Denied',
      count: 2,
      listTitle: 'ClaimLens bundled list',
    },
  ],
};

async function show(props: Partial<Parameters<typeof Popup>[0]> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const loadPage = vi.fn(() => Promise.resolve(page));
  await act(async () => {
    render(
      <Popup
        loadPage={loadPage}
        loadDatabase={() => Promise.resolve(database)}
        reveal={() => Promise.resolve()}
        {...props}
      />,
      root,
    );
  });
  await settle();
  return { root, loadPage };
}

/** Lets pending loads resolve and render. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

afterEach(() => {
  render(null, document.body);
  document.body.textContent = '';
});

describe('Popup', () => {
  it('lists fact-checks on topics the page covers under their own heading, apart from its claims', async () => {
    const topics = [
      {
        claimId: 'hastings-on-facebook-board',
        text: 'Reed Hastings sat on Facebook’s board.',
        verdict: 'Accurate (context)',
        listTitle: 'ClaimLens bundled list',
      },
    ];
    const { root } = await show({ loadPage: () => Promise.resolve({ ...page, claims: [], topics }) });
    const section = root.querySelector('[data-testid="page-topics"]')!;
    expect(section.querySelector('h3')!.textContent).toBe('Fact-checks on topics in this page');
    expect([...section.querySelectorAll('.topic')].map((item) => item.getAttribute('data-claim-id'))).toEqual([
      'hastings-on-facebook-board',
    ]);
    // A topic is not a claim on the page: it cannot be revealed, and the page still says it has none.
    expect(section.querySelector('button')).toBeNull();
    expect(root.querySelector('[data-testid="no-claims"]')).not.toBeNull();
  });

  it('shows no topics section when the page covers none', async () => {
    const { root } = await show();
    expect(root.querySelector('[data-testid="page-topics"]')).toBeNull();
  });

  it('lists the claims the page shows', async () => {
    const { root } = await show();
    expect([...root.querySelectorAll('button.claim')].map((b) => b.getAttribute('data-claim-id'))).toEqual([
      'meta-sold-messages-to-netflix',
    ]);
    expect(root.querySelector('[data-testid="count"]')!.textContent).toBe('2 times');
  });

  it('says why nothing is highlighted in a browser without the Highlight API, and does not ask the page', async () => {
    const { root, loadPage } = await show({ highlightsSupported: false });
    expect(root.querySelector('[data-testid="no-highlight-api"]')!.textContent).toMatch(
      /can’t highlight text.*Chromium 105 or Firefox 140 and later/,
    );
    expect(root.querySelector('[data-testid="page-unavailable"]')).toBeNull();
    expect(root.querySelector('.hint')).toBeNull();
    expect(loadPage).not.toHaveBeenCalled();
    expect(root.querySelector('[data-testid="database"]')!.textContent).toMatch(
      /10 checked claims from ClaimLens bundled list/,
    );
  });

  it('with nothing on the page, says how many claims from which lists were checked', async () => {
    const { root } = await show({ loadPage: () => Promise.resolve({ ...page, claims: [] }) });
    expect(root.querySelector('[data-testid="checked-against"]')!.textContent).toMatch(
      /^Checked against 10 checked claims from ClaimLens bundled list \(bundled list, v3\)\./,
    );
  });

  it('shows the shortcut as the browser has it bound, and says how to set one when none is', async () => {
    const bound = await show({ loadShortcut: () => Promise.resolve('Ctrl+Shift+Y') });
    expect(bound.root.querySelector('[data-testid="shortcut-hint"]')!.textContent).toBe(
      'Ctrl+Shift+Y moves to the next claim on the page.',
    );
    document.body.textContent = '';
    const unbound = await show({ loadShortcut: () => Promise.resolve('') });
    expect(unbound.root.querySelector('[data-testid="shortcut-hint"]')!.textContent).toMatch(/Set a shortcut/);
  });
});

describe('Popup switches', () => {
  const settings: ReaderSettings = { enabled: true, pausedSites: [], intensity: 'underline' };

  it('turns ClaimLens off everywhere and says so, and on again', async () => {
    const saveSettings = vi.fn(() => Promise.resolve());
    const { root } = await show({ loadSettings: () => Promise.resolve(settings), saveSettings });
    const power = root.querySelector<HTMLButtonElement>('[data-testid="power"]')!;
    expect(power.getAttribute('aria-pressed')).toBe('true');
    await act(() => power.click());
    await settle();
    expect(saveSettings).toHaveBeenLastCalledWith({ ...settings, enabled: false });
    expect(root.querySelector('[data-testid="switched-off"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="page-claims"]')).toBeNull();
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="power"]')!.click());
    await settle();
    expect(saveSettings).toHaveBeenLastCalledWith(settings);
  });

  it("pauses the page's site (its host name) and resumes it", async () => {
    const saveSettings = vi.fn(() => Promise.resolve());
    const { root } = await show({ loadSettings: () => Promise.resolve(settings), saveSettings });
    const pause = root.querySelector<HTMLInputElement>('[data-testid="pause-site"]')!;
    expect(pause.parentElement!.textContent).toBe('Pause on news.example');
    await act(() => {
      pause.checked = true;
      pause.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(saveSettings).toHaveBeenLastCalledWith({ ...settings, pausedSites: ['news.example'] });
    expect(root.querySelector('[data-testid="paused"]')!.textContent).toMatch(/^Paused on news\.example/);
  });

  it('links to the settings', async () => {
    const openOptions = vi.fn();
    const { root } = await show({ openOptions });
    root.querySelector<HTMLButtonElement>('[data-testid="open-options"]')!.click();
    expect(openOptions).toHaveBeenCalledOnce();
  });
});
