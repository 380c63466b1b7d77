// Finds the claims in a page and keeps them in step with the DOM: reads the page's text blocks,
// asks the matcher (through the injected `matchBlocks`), keeps one live Range per match, and
// re-reads only the blocks that mutations touched. No extension API is called here: the content
// script injects what it needs, so this runs under test with any DOM.
//
// Main-thread budget: the page is read in slices of a few milliseconds, yielding between them,
// and every change is reported as a delta (added, removed), so a page that grows by a thousand
// paragraphs a second costs work in proportion to what was added, not to the whole page.
import { toneOfVerdict, type VerdictTone } from '../claims/verdict';
import type {
  BlockKind,
  BlockMatch,
  ClaimCardData,
  MatchBlocksResponse,
  PageClaimSummary,
} from '../messaging/protocol';
import { benchMark } from './bench-marks';
import type { EarlyRead } from './early-read';
import { createMutationBatcher } from './mutation-batcher';
import { pageScanProgress, type ScanProgress } from './scan-progress';
import {
  blockContainerOf,
  blockKindOf,
  isInSkippedSubtree,
  rangeInBlock,
  walkTextBlocks,
  type TextBlock,
} from './text-blocks';

export interface PageMatch extends BlockMatch {
  range: Range;
  tone: VerdictTone;
  claim: ClaimCardData;
  container: Element;
  /** Found in a headline or heading (painted quietly there, see src/highlight/palette.ts). */
  inHeading: boolean;
}

export interface MatchChange {
  added: readonly PageMatch[];
  removed: readonly PageMatch[];
  /**
   * A pass is reading blocks again whose matches it forgot (a re-scan, an edited block): the count of
   * claims is not settled until it ends (onSettled), so a badge does not drop to 0 and come back.
   */
  readingAgain: boolean;
}

export interface AnnotatorOptions {
  root: Element;
  /** Blocks in reading order, with what each is (the matcher reads them in their document). */
  matchBlocks(texts: string[], kinds: BlockKind[]): Promise<MatchBlocksResponse>;
  /** Called after every change to the set of matches, with what changed. */
  onChange(change: MatchChange): void;
  /** Called when the last pass that was reading blocks again has ended (see MatchChange.readingAgain). */
  onSettled?(): void;
  /** Skip a match the reader said is not this claim. */
  isDismissed?(match: { claimId: string; text: string }): boolean;
  /** Whether the text is rendered (hidden text is collected but never highlighted). */
  isVisible?(element: Element): boolean;
  /** Milliseconds of reading before yielding to the page; default 8. */
  sliceMs?: number;
  /** Where scan passes are counted (default: the page's, which the content script reports). */
  progress?: ScanProgress;
  /** The page's first blocks, read while the settings were read (early-read.ts): the first pass starts from them. */
  early?: EarlyRead;
}

/** Text per message: keeps each round trip small enough not to stall either side. */
const MAX_BATCH_CHARS = 200_000;
/**
 * A batch sent before the page is read to its end holds at least this much text: the background reads
 * a headline in the story the blocks after it tell (match/context.ts, expectBlocks), so an article of
 * ordinary length goes out whole, as `claimlens scan` reads a file, however often the reading yields.
 */
export const MIN_EARLY_BATCH_CHARS = 20_000;
/** A single block larger than this is not prose a reader reads (a data dump, a hostile page). */
const MAX_BLOCK_CHARS = 1_000_000;

// Range.START_TO_START
const compareDocumentOrder = (a: PageMatch, b: PageMatch) => a.range.compareBoundaryPoints(0, b.range);

/** The card of a claim id: an own entry only, so an id like "constructor" never finds Object's member. */
function cardOf(claims: MatchBlocksResponse['claims'], claimId: unknown): ClaimCardData | undefined {
  return typeof claimId === 'string' && claims && Object.hasOwn(claims, claimId) ? claims[claimId] : undefined;
}

function isCardData(claim: ClaimCardData | undefined): claim is ClaimCardData {
  return typeof claim?.verdict?.label === 'string' && typeof claim.text === 'string';
}

/** A span the block actually has: whole numbers, in order, inside the text. */
function isSpanIn(match: BlockMatch, length: number): boolean {
  return (
    Number.isInteger(match.start) &&
    Number.isInteger(match.end) &&
    match.start >= 0 &&
    match.start < match.end &&
    match.end <= length
  );
}

/** Lets the page run: scheduler.yield() where the browser has it, else a macrotask. */
function yieldToPage(win: Window | null): Promise<void> {
  const scheduler = (win as (Window & { scheduler?: { yield?: () => Promise<void> } }) | null)?.scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => (win ?? globalThis).setTimeout(resolve, 0));
}

export function createAnnotator(options: AnnotatorOptions) {
  const { root } = options;
  const win = root.ownerDocument.defaultView;
  const now = () => (win ?? globalThis).performance.now();
  const sliceMs = options.sliceMs ?? 8;
  const progress = options.progress ?? pageScanProgress;
  /** Matches by the block element they were found in; a re-read of a block replaces its entry. */
  const byContainer = new Map<Element, PageMatch[]>();
  let ordered: PageMatch[] | null = [];
  let generation = 0;
  let stopped = false;
  /** Passes under way that forgot matches to read their blocks again. */
  let readingAgain = 0;

  function change(added: PageMatch[], removed: PageMatch[]): void {
    if (added.length === 0 && removed.length === 0) return;
    ordered = null;
    options.onChange({ added, removed, readingAgain: readingAgain > 0 });
  }

  /** Forgets the matches of blocks under `scanRoot` (they are about to be re-read) and of removed blocks. */
  function forgetUnder(scanRoots: readonly Node[]): PageMatch[] {
    const removed: PageMatch[] = [];
    for (const [container, matches] of byContainer) {
      if (
        !container.isConnected ||
        scanRoots.some((scanRoot) => scanRoot === container || scanRoot.contains(container))
      ) {
        byContainer.delete(container);
        removed.push(...matches);
      }
    }
    return removed;
  }

  function toPageMatch(block: TextBlock, match: BlockMatch, claim: ClaimCardData | undefined): PageMatch[] {
    if (!isCardData(claim) || !isSpanIn(match, block.text.length)) return [];
    const text = block.text.slice(match.start, match.end);
    if (options.isDismissed?.({ claimId: match.claimId, text })) return [];
    const range = rangeInBlock(block, match.start, match.end);
    const startElement = range.startContainer.parentElement;
    if (startElement && options.isVisible && !options.isVisible(startElement)) return [];
    return [
      {
        ...match,
        range,
        claim,
        tone: toneOfVerdict(claim.verdict.label),
        container: block.container,
        inHeading: blockKindOf(block.container) !== 'paragraph',
      },
    ];
  }

  async function matchBatch(batch: TextBlock[], scanGeneration: number): Promise<void> {
    let response: MatchBlocksResponse;
    if (win) benchMark(win, 'claimlens:batch-sent');
    try {
      response = await options.matchBlocks(
        batch.map((block) => block.text),
        batch.map((block) => blockKindOf(block.container)),
      );
    } catch (error) {
      // One failed batch (the background restarting, say) must not cost the rest of the page.
      console.warn('ClaimLens: could not match part of this page', error);
      return;
    }
    if (win) benchMark(win, 'claimlens:batch-answered');
    if (stopped || scanGeneration !== generation) return;
    const added: PageMatch[] = [];
    batch.forEach((block, index) => {
      if (!block.container.isConnected) return;
      const found = (response.matches[index] ?? []).flatMap((match) => {
        // Each match on its own: one bad entry from the background costs only itself.
        try {
          return toPageMatch(block, match, cardOf(response.claims, match?.claimId));
        } catch (error) {
          console.warn('ClaimLens: skipped one match', error);
          return [];
        }
      });
      if (found.length === 0) return;
      // Two blocks can share a container (text on both sides of a nested block).
      byContainer.set(block.container, [...(byContainer.get(block.container) ?? []), ...found]);
      added.push(...found);
    });
    change(added, []);
  }

  /** One scan pass, counted so that anyone waiting for the page's final highlights knows when it ended. */
  async function scan(scanRoots: readonly Node[], early?: Iterable<TextBlock> | null): Promise<void> {
    progress.begin();
    // Matches of the blocks about to be read again are dropped now (their ranges may be stale) and
    // found again by this pass; until it ends, the changes say the count is not settled.
    const removed = forgetUnder(scanRoots);
    const again = removed.length > 0;
    if (again) readingAgain++;
    try {
      change([], removed);
      await readAndMatch(scanRoots, early);
    } finally {
      if (again && --readingAgain === 0 && !stopped) options.onSettled?.();
      progress.end();
    }
  }

  /** Reads the blocks under the roots in time slices, sending batches as they fill (`early`: the one root's blocks, partly read already). */
  async function readAndMatch(scanRoots: readonly Node[], early?: Iterable<TextBlock> | null): Promise<void> {
    const scanGeneration = generation;
    const pending: Promise<void>[] = [];
    let batch: TextBlock[] = [];
    let size = 0;
    let sentFirst = false;
    const send = () => {
      if (batch.length > 0) pending.push(matchBatch(batch, scanGeneration));
      batch = [];
      size = 0;
      sentFirst = true;
    };
    let deadline = now() + sliceMs;
    for (const scanRoot of scanRoots) {
      for (const block of early ?? walkTextBlocks(scanRoot)) {
        if (block.text.length <= MAX_BLOCK_CHARS) {
          if (size + block.text.length > MAX_BATCH_CHARS) send();
          batch.push(block);
          size += block.text.length;
        }
        if (!sentFirst && size >= MIN_EARLY_BATCH_CHARS) {
          // The first highlights come from the first batch: it goes out as soon as it holds enough of the
          // story, and is painted before reading on (the page's later batches would queue ahead of its
          // answer on both sides: a 200,000-character batch is tens of milliseconds to match and to carry).
          send();
          await pending[0];
          if (stopped || scanGeneration !== generation) return;
          deadline = now() + sliceMs;
        }
        if (now() > deadline) {
          // On a long page what was read so far goes out now: the first highlights need not wait for the whole page.
          if (size >= MIN_EARLY_BATCH_CHARS) send();
          await yieldToPage(win);
          if (stopped || scanGeneration !== generation) return;
          deadline = now() + sliceMs;
        }
      }
    }
    send();
    await Promise.all(pending);
  }

  /** The smallest set of blocks that covers every changed node. */
  function rootsToRescan(nodes: Iterable<Node>): Node[] {
    const roots = new Set<Node>();
    for (const node of nodes) {
      if (!node.isConnected || !root.contains(node) || isInSkippedSubtree(node, root)) continue;
      // A change inside a block re-reads that whole block: inline edits change its sentences.
      roots.add(blockContainerOf(node) ?? node);
    }
    // Drop roots inside another root: one walk up each root's ancestors, not a pairwise check.
    return [...roots].filter((candidate) => {
      for (let ancestor = candidate.parentNode; ancestor; ancestor = ancestor.parentNode)
        if (roots.has(ancestor)) return false;
      return true;
    });
  }

  const batcher = createMutationBatcher(root, ({ changed, blocksRemoved }) => {
    if (blocksRemoved) change([], forgetUnder([]));
    if (changed.size > 0) void scan(rootsToRescan(changed));
  });

  return {
    async start(): Promise<void> {
      batcher.start();
      // Taken after the page is watched: a change from here on is the batcher's to re-read.
      const { early } = options;
      if (early && early.root !== root) early.release();
      await scan([root], early?.root === root ? early.take() : null);
    },
    /** Forget everything and read the page again (the claim lists changed). */
    async rescan(): Promise<void> {
      generation++;
      await scan([root]);
    },
    /** Every match in document order (sorted on demand, not on every change). */
    matches(): readonly PageMatch[] {
      if (!ordered) {
        ordered = [...byContainer.values()].flat().filter((match) => match.container.isConnected);
        ordered.sort(compareDocumentOrder);
      }
      return ordered;
    },
    /** The claims on the page in order of first appearance, with how often each appears. */
    summary(): PageClaimSummary[] {
      const byClaim = new Map<string, PageClaimSummary>();
      for (const match of this.matches()) {
        const entry = byClaim.get(match.claimId);
        if (entry) entry.count++;
        else
          byClaim.set(match.claimId, {
            claimId: match.claimId,
            text: match.claim.text,
            verdict: match.claim.verdict.label,
            count: 1,
            listTitle: match.claim.listTitle,
          });
      }
      return [...byClaim.values()];
    },
    /** How many distinct claims the page shows. */
    claimCount(): number {
      const ids = new Set<string>();
      for (const matches of byContainer.values()) for (const match of matches) ids.add(match.claimId);
      return ids.size;
    },
    /** Drops one match (after "not this claim"). */
    forget(match: PageMatch): void {
      const list = byContainer.get(match.container);
      if (!list?.includes(match)) return;
      byContainer.set(
        match.container,
        list.filter((m) => m !== match),
      );
      change([], [match]);
    },
    stop(): void {
      stopped = true;
      batcher.stop();
    },
  };
}

export type Annotator = ReturnType<typeof createAnnotator>;
