// The page's first blocks, read while the content script still waits for the reader's settings (two
// storage reads, 10–20 ms): the first batch is ready to send the moment the switches say the page is
// read, and nothing leaves the page before they do. A page that changes in the meantime is read again
// from the start (the early blocks are dropped), so the first batch is never older than the DOM.
import type { TextBlock } from './text-blocks';
import { walkTextBlocks } from './text-blocks';

export interface EarlyRead {
  readonly root: Element;
  /**
   * The blocks read so far, then the rest of the same walk: once, and only while the page has not
   * changed since (else null). Stops watching the page.
   */
  take(): Iterable<TextBlock> | null;
  /** Stops watching the page (the reader is off here, or the script is going away). */
  release(): void;
}

/**
 * Reads blocks under `root` until they hold `minChars` characters, the page ends, or `sliceMs` have
 * passed, watching the page for any change from the start.
 */
export function readEarly(root: Element, minChars: number, sliceMs = 8): EarlyRead {
  const win = root.ownerDocument.defaultView;
  let changed = false;
  let taken = false;
  const observer = win
    ? new win.MutationObserver(() => {
        changed = true;
        observer?.disconnect();
      })
    : null;
  observer?.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  const walk = walkTextBlocks(root);
  const blocks: TextBlock[] = [];
  const now = () => (win ?? globalThis).performance.now();
  const deadline = now() + sliceMs;
  let size = 0;
  while (size < minChars && now() <= deadline) {
    const next = walk.next();
    if (next.done) break;
    blocks.push(next.value);
    size += next.value.text.length;
  }
  const release = () => {
    taken = true;
    observer?.disconnect();
  };
  return {
    root,
    take() {
      // Changes already made but not yet delivered to the observer count too.
      if (observer && observer.takeRecords().length > 0) changed = true;
      const usable = !taken && !changed;
      release();
      if (!usable) return null;
      return (function* () {
        yield* blocks;
        yield* { [Symbol.iterator]: () => walk };
      })();
    },
    release,
  };
}
