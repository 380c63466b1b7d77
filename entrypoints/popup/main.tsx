import { render } from 'preact';
import { browser } from 'wxt/browser';
import { supportsHighlights } from '../../src/highlight/painter';
import { sendToBackground, sendToTab } from '../../src/messaging/channel';
import { Popup } from '../../src/ui/popup/Popup';
import '../../src/ui/popup/popup.css';

// `?tabId=` lets a test (or a developer) open the popup as a page for a given tab.
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const tabIdPromise = targetTabId();

render(
  <Popup
    highlightsSupported={supportsHighlights(window)}
    loadPage={async () => {
      const tabId = await tabIdPromise;
      if (tabId === undefined) throw new Error('no tab');
      return sendToTab(tabId, { type: 'get-page-claims' });
    }}
    loadDatabase={() => sendToBackground({ type: 'get-database-summary' })}
    reveal={async (claimId) => {
      const tabId = await tabIdPromise;
      if (tabId === undefined) return;
      await browser.tabs.update(tabId, { active: true });
      await sendToTab(tabId, { type: 'reveal-claim', claimId });
      if (!new URLSearchParams(location.search).has('tabId')) window.close();
    }}
  />,
  document.getElementById('app')!,
);
