import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  broadcastToTabs,
  isExtensionPage,
  isOwnExtension,
  listenForMessages,
  sendToBackground,
  sendToSync,
  sendToTab,
} from '../../../src/messaging/channel';
import { ToBackgroundSchema } from '../../../src/messaging/protocol';

// fakeBrowser delivers messages with an empty sender, so these tests accept every sender except
// where the sender check itself is under test.
const anySender = () => true;

describe('isOwnExtension', () => {
  it('accepts only senders with our extension id', () => {
    expect(isOwnExtension({ id: fakeBrowser.runtime.id })).toBe(true);
    expect(isOwnExtension({ id: 'some-other-extension' })).toBe(false);
    expect(isOwnExtension({})).toBe(false);
  });
});

describe('listenForMessages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers a valid message from our own extension', async () => {
    listenForMessages(
      ToBackgroundSchema,
      {
        'match-blocks': ({ texts }) => ({ matches: texts.map(() => []), claims: {} }),
        'report-count': () => null,
        'get-database-summary': () => ({ claimCount: 3, lists: [] }),
      },
      anySender,
    );
    expect(await sendToBackground({ type: 'get-database-summary' })).toEqual({ claimCount: 3, lists: [] });
    expect(await sendToBackground({ type: 'match-blocks', texts: ['a', 'b'] })).toEqual({
      matches: [[], []],
      claims: {},
    });
  });

  it('refuses a sender the listener does not accept, with an error the caller sees', async () => {
    listenForMessages(
      ToBackgroundSchema,
      {
        'match-blocks': () => ({ matches: [], claims: {} }),
        'report-count': () => null,
        'get-database-summary': () => ({ claimCount: 3, lists: [] }),
      },
      () => false,
    );
    await expect(sendToBackground({ type: 'get-database-summary' })).rejects.toThrow(
      /refused message "get-database-summary"/,
    );
  });

  it('ignores malformed payloads instead of crashing', async () => {
    let calls = 0;
    listenForMessages(
      ToBackgroundSchema,
      {
        'match-blocks': () => {
          calls++;
          return { matches: [], claims: {} };
        },
        'report-count': () => null,
        'get-database-summary': () => ({ claimCount: 0, lists: [] }),
      },
      anySender,
    );
    await fakeBrowser.runtime.sendMessage({ type: 'match-blocks', texts: 'not an array' }).catch(() => undefined);
    await fakeBrowser.runtime.sendMessage({ type: 'report-count', count: -1 }).catch(() => undefined);
    expect(calls).toBe(0);
  });

  it('stops answering once the returned function is called', async () => {
    const stop = listenForMessages(
      ToBackgroundSchema,
      {
        'match-blocks': () => ({ matches: [], claims: {} }),
        'report-count': () => null,
        'get-database-summary': () => ({ claimCount: 1, lists: [] }),
      },
      anySender,
    );
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });

  it('turns a handler failure into an error for the caller', async () => {
    listenForMessages(
      ToBackgroundSchema,
      {
        'match-blocks': () => {
          throw new Error('database closed');
        },
        'report-count': () => null,
        'get-database-summary': () => ({ claimCount: 0, lists: [] }),
      },
      anySender,
    );
    await expect(sendToBackground({ type: 'match-blocks', texts: [] })).rejects.toThrow('database closed');
  });
});

describe('isExtensionPage: the sender rule for the options page and the popup', () => {
  const root = fakeBrowser.runtime.getURL('/');
  it('accepts our own pages', () => {
    expect(isExtensionPage({ id: fakeBrowser.runtime.id, url: `${root}options.html` })).toBe(true);
  });
  it('refuses our content script in a web page, another extension, and a sender without a URL', () => {
    expect(isExtensionPage({ id: fakeBrowser.runtime.id, url: 'https://news.example/article' })).toBe(false);
    expect(isExtensionPage({ id: fakeBrowser.runtime.id, url: `https://news.example/?${root}` })).toBe(false);
    expect(isExtensionPage({ id: 'another-extension', url: `${root}options.html` })).toBe(false);
    expect(isExtensionPage({ id: fakeBrowser.runtime.id })).toBe(false);
  });
});

describe('the default sender rule and the senders', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  /** The listener as the browser calls it, with the sender we choose. */
  function captureListener() {
    const spy = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    listenForMessages(ToBackgroundSchema, {
      'match-blocks': () => ({ matches: [], claims: {} }),
      'report-count': () => null,
      'get-database-summary': () => ({ claimCount: 7, lists: [] }),
    });
    const listener = spy.mock.calls[0]![0] as unknown as (m: unknown, s: object, r: (v: unknown) => void) => unknown;
    spy.mockRestore();
    return (sender: object) =>
      new Promise((resolve) => {
        listener({ type: 'get-database-summary' }, sender, resolve);
      });
  }

  it('accepts our own extension by default, and refuses any other', async () => {
    const call = captureListener();
    expect(await call({ id: fakeBrowser.runtime.id })).toEqual({ claimCount: 7, lists: [] });
    expect(await call({ id: 'another-extension' })).toEqual({
      error: 'refused message "get-database-summary" from this sender',
    });
  });

  it('sendToSync and sendToTab return the answer, and throw the error an answer carries', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce({ lists: [] } as never);
    expect(await sendToSync({ type: 'sync:get-state' })).toEqual({ lists: [] });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce({ error: 'no such list' } as never);
    await expect(sendToSync({ type: 'sync:remove', listId: 'x' })).rejects.toThrow('no such list');
    const toTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce({ revealed: true } as never);
    expect(await sendToTab(4, { type: 'reveal-claim', claimId: 'c' })).toEqual({ revealed: true });
    expect(toTab).toHaveBeenCalledWith(4, { type: 'reveal-claim', claimId: 'c' });
  });

  it('broadcastToTabs tells every tab with an id, and one tab without a content script does not stop the rest', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 1 }, {}, { id: 3 }] as never);
    const told: number[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (id: number) => {
      if (id === 1) throw new Error('no content script');
      told.push(id);
    }) as never);
    await broadcastToTabs({ type: 'claims-changed' });
    expect(told).toEqual([3]);
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledTimes(2);
  });
});
