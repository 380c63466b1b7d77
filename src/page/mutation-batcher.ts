// Watches a subtree for new or changed text. The observer callback only queues nodes; the work
// happens later in one batch (idle time, or a frame at the latest), as uBlock Origin does, so a
// page that adds a thousand paragraphs a second costs one re-scan per batch, not one per node.
import { isBlock, OWN_UI_ATTRIBUTE } from './text-blocks';

const MAX_WAIT_MS = 250;

export interface MutationBatch {
  /** Nodes whose text is new or changed. */
  changed: Set<Node>;
  /** Whether whole blocks were removed (their matches must go, nothing needs re-reading). */
  blocksRemoved: boolean;
}

export function createMutationBatcher(root: Node, onBatch: (batch: MutationBatch) => void) {
  const win = root.ownerDocument?.defaultView ?? (root as Document).defaultView;
  let pending = new Set<Node>();
  let blocksRemoved = false;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const batch = { changed: pending, blocksRemoved };
    pending = new Set();
    blocksRemoved = false;
    if (batch.changed.size > 0 || batch.blocksRemoved) onBatch(batch);
  };

  const schedule = () => {
    if (scheduled || !win) return;
    scheduled = true;
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(flush, { timeout: MAX_WAIT_MS });
    else win.setTimeout(flush, 50);
  };

  const isOwnUi = (node: Node) => {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!element?.closest(`[${OWN_UI_ATTRIBUTE}]`);
  };

  const observer = win
    ? new win.MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'characterData') {
            if (!isOwnUi(record.target)) pending.add(record.target);
            continue;
          }
          for (const node of record.addedNodes) if (!isOwnUi(node)) pending.add(node);
          for (const node of record.removedNodes) {
            if (isOwnUi(record.target)) break;
            // A removed block takes its matches with it; removed inline text changes its block's sentences.
            if (node.nodeType === 1 && isBlock(node as Element)) blocksRemoved = true;
            else if (node.nodeType === 1 || node.nodeType === 3) pending.add(record.target);
          }
        }
        schedule();
      })
    : null;

  return {
    start(): void {
      observer?.observe(root, { childList: true, subtree: true, characterData: true });
    },
    stop(): void {
      observer?.disconnect();
      pending.clear();
    },
  };
}
