import { render } from 'preact';
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { sendToSync as send } from '../../src/messaging/channel';
import { FromSyncSchema } from '../../src/messaging/sync-protocol';
import { checkListUrl } from '../../src/sync/fetch-list';
import { Options } from '../../src/ui/options/Options';
import '../../src/ui/options/options.css';

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

render(
  <Options
    api={{
      getState: () => send({ type: 'sync:get-state' }),
      requestHostPermission: async (url) => {
        const parsed = checkListUrl(url);
        // Match patterns carry no port: permission covers the host.
        return browser.permissions.request({ origins: [`${parsed.protocol}//${parsed.hostname}/*`] });
      },
      subscribe: (url, publicKey) => send({ type: 'sync:subscribe', url, ...(publicKey.trim() && { publicKey }) }),
      syncNow: (listId) => send({ type: 'sync:sync-now', ...(listId && { listId }) }),
      setPaused: (listId, paused) => send({ type: 'sync:set-paused', listId, paused }),
      remove: (listId) => send({ type: 'sync:remove', listId }),
      setInterval: (intervalMinutes) => send({ type: 'sync:set-settings', intervalMinutes }),
      saveUserClaim: (claim) => send({ type: 'sync:save-user-claim', claim }),
      deleteUserClaim: (claimId) => send({ type: 'sync:delete-user-claim', claimId }),
      exportUserList: async (as) => {
        const { fileName, json } = await send({ type: 'sync:export-user-list', as });
        download(fileName, json);
      },
      importClaimReview: (json) => send({ type: 'sync:import-claimreview', json }),
      onStateChanged: (listener) => {
        const onMessage = (message: unknown) => {
          if (v.is(FromSyncSchema, message)) listener();
        };
        browser.runtime.onMessage.addListener(onMessage);
        return () => browser.runtime.onMessage.removeListener(onMessage);
      },
    }}
  />,
  document.getElementById('app')!,
);
