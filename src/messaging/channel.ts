// Sending and receiving the protocol's messages. Replies go through sendResponse (not a returned
// Promise) because WXT's fakeBrowser ignores Promise-returning listeners (WXT 0.21).
import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { isMessageError, type ResponseOf, type ToBackground, type ToContent } from './protocol';
import type { SyncResponseOf, ToSync } from './sync-protocol';

type Sender = Browser.runtime.MessageSender;
type Handlers<M extends { type: string }, R> = {
  [K in M['type']]: (message: Extract<M, { type: K }>, sender: Sender) => Promise<R[K & keyof R]> | R[K & keyof R];
};

/** Only our own extension's pages and content scripts may talk to us. */
export function isOwnExtension(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

/** Our own extension pages (popup, options), not content scripts. */
export function isExtensionPage(sender: Sender): boolean {
  if (!isOwnExtension(sender) || !sender.url) return false;
  // A prefix, not URL.origin: moz-extension: URLs have an opaque ("null") origin.
  return sender.url.startsWith(browser.runtime.getURL('/'));
}

/**
 * Listens for one direction of the protocol. Messages that fail validation or come from a
 * sender `accept` refuses get an error reply; other listeners' messages are left alone.
 */
export function listenForMessages<M extends { type: string }, R = ResponseOf>(
  schema: v.GenericSchema<unknown, M>,
  handlers: Handlers<M, R>,
  accept: (message: M, sender: Sender) => boolean = (_m, sender) => isOwnExtension(sender),
): () => void {
  const listener = (raw: unknown, sender: Sender, sendResponse: (response: unknown) => void): true | undefined => {
    const parsed = v.safeParse(schema, raw);
    if (!parsed.success) return undefined;
    const message = parsed.output;
    if (!accept(message, sender)) {
      sendResponse({ error: `refused message "${message.type}" from this sender` });
      return true;
    }
    const handler = handlers[message.type as M['type']] as (m: M, s: Sender) => unknown;
    Promise.resolve()
      .then(() => handler(message, sender))
      .then(
        (response) => sendResponse(response ?? null),
        (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

function unwrap<T>(response: unknown): T {
  if (isMessageError(response)) throw new Error(response.error);
  return response as T;
}

export async function sendToBackground<M extends ToBackground>(message: M): Promise<ResponseOf[M['type']]> {
  return unwrap(await browser.runtime.sendMessage(message));
}

/** Options page → background: list subscriptions, settings and the user's own claims. */
export async function sendToSync<M extends ToSync>(message: M): Promise<SyncResponseOf[M['type']]> {
  return unwrap(await browser.runtime.sendMessage(message));
}

export async function sendToTab<M extends ToContent>(tabId: number, message: M): Promise<ResponseOf[M['type']]> {
  return unwrap(await browser.tabs.sendMessage(tabId, message));
}

/** Tells every tab's content script; tabs without one (browser pages) are skipped quietly. */
export async function broadcastToTabs(message: ToContent): Promise<void> {
  const tabs = await browser.tabs.query({});
  const ids = tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
  await Promise.all(ids.map((id) => browser.tabs.sendMessage(id, message).catch(() => undefined)));
}
