// The toolbar badge: how many checked claims the tab shows.
import { browser } from 'wxt/browser';

export async function updateBadge(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#7a3e00' });
}
