import { browser } from 'wxt/browser';
import bundledList from '../assets/claims/bundled-list.json';
import { parseClaimList } from '../src/claims/parse';
import { createActiveClaims } from '../src/db/active-claims';
import { openDatabase } from '../src/db/database';
import { ensureBundledList, removeOrphans } from '../src/db/lists';
import { startListSync } from '../src/background/list-sync';
import { broadcastToTabs, isOwnExtension, listenForMessages, sendToTab } from '../src/messaging/channel';
import { ToBackgroundSchema } from '../src/messaging/protocol';
import { updateBadge } from '../src/background/badge';

export default defineBackground(() => {
  const db = openDatabase();
  const activeClaims = createActiveClaims(db);
  /** Call after any list was written: open tabs re-match without a reload. */
  const onListsChanged = async () => {
    activeClaims.invalidate();
    await broadcastToTabs({ type: 'claims-changed' });
  };
  // Seeded on every start, not only onInstalled: a no-op when the stored version is current,
  // and it covers a database that was cleared or a worker that woke before onInstalled ran.
  // Claims whose list row is gone (a lost lists store) are dropped first, so the count is honest.
  const seeded = removeOrphans(db)
    .catch(() => 0)
    .then(() => ensureBundledList(db, parseClaimList(bundledList, { strict: true })))
    .then((changed) => {
      // Not awaited: a tab told to re-match asks us, and that request waits for `seeded`.
      if (changed) onListsChanged().catch(() => undefined);
    });

  // Compile the matcher now, so the first page's request does not wait for it.
  seeded
    .then(() => activeClaims.summary())
    .catch((error: unknown) => console.error('ClaimLens: could not load the claim lists', error));

  startListSync({ db, onListsChanged, idConflicts: () => activeClaims.idConflicts() });

  listenForMessages(
    ToBackgroundSchema,
    {
      'match-blocks': async ({ texts }) => {
        await seeded;
        return activeClaims.matchBlocks(texts);
      },
      'report-count': async ({ count }, sender) => {
        if (sender.tab?.id !== undefined) await updateBadge(sender.tab.id, count);
        return null;
      },
      'get-database-summary': async () => {
        await seeded;
        return activeClaims.summary();
      },
    },
    // Page-facing requests must come from our content script in a tab; the rest from our pages.
    (message, sender) =>
      isOwnExtension(sender) && (message.type === 'get-database-summary' || sender.tab?.id !== undefined),
  );

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'next-claim') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendToTab(tab.id, { type: 'focus-next-claim' }).catch(() => undefined);
  });
});
