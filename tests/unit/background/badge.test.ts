// The toolbar badge: the number of checked claims the tab shows, on that tab only, in the badge
// colour; nothing at all (not "0") on a tab without any.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateBadge } from '../../../src/background/badge';

describe('updateBadge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the count on its own tab, in the badge colour', async () => {
    await updateBadge(7, 3);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('3');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 7 })).toEqual([0x7a, 0x3e, 0x00, 255]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
  });

  it('shows nothing for no claims, and clears a count the tab showed before', async () => {
    await updateBadge(7, 2);
    await updateBadge(7, 0);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    await updateBadge(9, 1);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('1');
  });
});
