import { render } from 'preact';
import { browser } from 'wxt/browser';
import { supportsHighlights } from '../../src/highlight/painter';
import { toneTextCss } from '../../src/highlight/palette';
import { sendToBackground, sendToTab } from '../../src/messaging/channel';
import { readerSettingsStore } from '../../src/settings/storage';
import { Popup } from '../../src/ui/popup/Popup';
import '../../src/ui/popup/popup.css';
import '../../src/ui/legend/legend.css';

// `?tabId=` lets a test (or a developer) open the popup as a page for a given tab.
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const tabIdPromise = targetTabId();
const tones = document.createElement('style');
tones.textContent = toneTextCss();
document.head.append(tones);

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
    loadSettings={() => readerSettingsStore.get()}
    saveSettings={async (settings) => {
      await readerSettingsStore.update(() => settings);
    }}
    openOptions={() => void browser.runtime.openOptionsPage()}
    loadShortcut={async () =>
      (await browser.commands.getAll()).find((command) => command.name === 'next-claim')?.shortcut ?? ''
    }
  />,
  document.getElementById('app')!,
);
