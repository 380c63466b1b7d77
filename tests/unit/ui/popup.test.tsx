// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DatabaseSummary, PageClaimsResponse } from '../../../src/messaging/protocol';
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
  return { root, loadPage };
}

afterEach(() => {
  render(null, document.body);
  document.body.textContent = '';
});

describe('Popup', () => {
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
});
