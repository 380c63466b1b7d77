import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isOwnExtension, listenForMessages, sendToBackground } from '../../../src/messaging/channel';
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
