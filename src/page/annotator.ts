// Finds the claims in a page and keeps them in step with the DOM: scans the page's text blocks,
// asks the matcher (through the injected `matchBlocks`), keeps one live Range per match, and
// re-scans only the blocks that mutations touched. No extension API is called here: the content
// script injects what it needs, so this runs under test with any DOM.
import { toneOfVerdict, type VerdictTone } from '../claims/verdict';
import type { BlockMatch, ClaimCardData, MatchBlocksResponse, PageClaimSummary } from '../messaging/protocol';
import { createMutationBatcher } from './mutation-batcher';
import { blockContainerOf, collectTextBlocks, isInSkippedSubtree, rangeInBlock, type TextBlock } from './text-blocks';

export interface PageMatch extends BlockMatch {
  range: Range;
  tone: VerdictTone;
  claim: ClaimCardData;
  container: Element;
}

export interface AnnotatorOptions {
  root: Element;
  matchBlocks(texts: string[]): Promise<MatchBlocksResponse>;
  /** Called after every change to the set of matches. */
  onChange(matches: readonly PageMatch[]): void;
  /** Skip a match the reader said is not this claim. */
  isDismissed?(match: { claimId: string; text: string }): boolean;
  /** Whether the text is rendered (hidden text is collected but never highlighted). */
  isVisible?(element: Element): boolean;
}

/** Blocks per message: keeps each round trip small enough not to stall either side. */
const MAX_BATCH_CHARS = 200_000;
/** A single block larger than this is not prose a reader reads (a data dump, a hostile page). */
const MAX_BLOCK_CHARS = 1_000_000;

function batchesOf(blocks: readonly TextBlock[]): TextBlock[][] {
  const batches: TextBlock[][] = [];
  let batch: TextBlock[] = [];
  let size = 0;
  for (const block of blocks) {
    if (block.text.length > MAX_BLOCK_CHARS) continue;
    if (batch.length > 0 && size + block.text.length > MAX_BATCH_CHARS) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(block);
    size += block.text.length;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

function compareDocumentOrder(a: PageMatch, b: PageMatch): number {
  return a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range);
}

export function createAnnotator(options: AnnotatorOptions) {
  const { root } = options;
  /** Matches by the block element they were found in; a re-scan of a block replaces its entry. */
  const byContainer = new Map<Element, PageMatch[]>();
  let ordered: PageMatch[] = [];
  let generation = 0;
  let stopped = false;

  function publish(): void {
    ordered = [...byContainer.values()].flat().filter((match) => match.container.isConnected);
    ordered.sort(compareDocumentOrder);
    options.onChange(ordered);
  }

  async function scan(scanRoot: Node): Promise<void> {
    const scanGeneration = generation;
    const blocks = collectTextBlocks(scanRoot);
    // Blocks under the scanned root are re-read now; forget what they held before.
    for (const container of [...byContainer.keys()]) {
      if (scanRoot === container || scanRoot.contains(container) || !container.isConnected) byContainer.delete(container);
    }
    for (const batch of batchesOf(blocks)) {
      let response: MatchBlocksResponse;
      try {
        response = await options.matchBlocks(batch.map((block) => block.text));
      } catch (error) {
        // One failed batch (the background restarting, say) must not cost the rest of the page.
        console.warn('ClaimLens: could not match part of this page', error);
        continue;
      }
      if (stopped || scanGeneration !== generation) return;
      batch.forEach((block, index) => {
        const found = (response.matches[index] ?? []).flatMap((match) => toPageMatch(block, match, response.claims[match.claimId]));
        // Two blocks can share a container (text on both sides of a nested block).
        if (found.length > 0) byContainer.set(block.container, [...(byContainer.get(block.container) ?? []), ...found]);
      });
      publish();
    }
    publish();
  }

  function toPageMatch(block: TextBlock, match: BlockMatch, claim: ClaimCardData | undefined): PageMatch[] {
    if (!claim || match.end <= match.start || match.end > block.text.length) return [];
    const text = block.text.slice(match.start, match.end);
    if (options.isDismissed?.({ claimId: match.claimId, text })) return [];
    const range = rangeInBlock(block, match.start, match.end);
    const startElement = range.startContainer.parentElement;
    if (startElement && options.isVisible && !options.isVisible(startElement)) return [];
    return [{ ...match, range, claim, tone: toneOfVerdict(claim.verdict.label), container: block.container }];
  }

  /** The smallest set of blocks that covers every changed node. */
  function rootsToRescan(nodes: Iterable<Node>): Node[] {
    const roots = new Set<Node>();
    for (const node of nodes) {
      if (!node.isConnected || !root.contains(node) || isInSkippedSubtree(node, root)) continue;
      // A change inside a block re-reads that whole block: inline edits change its sentences.
      roots.add(blockContainerOf(node) ?? node);
    }
    return [...roots].filter((candidate) => ![...roots].some((other) => other !== candidate && other.contains(candidate)));
  }

  const batcher = createMutationBatcher(root, (nodes) => {
    const roots = rootsToRescan(nodes);
    void Promise.all(roots.map((r) => scan(r))).then(() => {
      // Removed nodes take their matches with them.
      publish();
    });
  });

  return {
    async start(): Promise<void> {
      batcher.start();
      await scan(root);
    },
    /** Forget everything and read the page again (the claim lists changed). */
    async rescan(): Promise<void> {
      generation++;
      byContainer.clear();
      await scan(root);
    },
    matches(): readonly PageMatch[] {
      return ordered;
    },
    summary(): PageClaimSummary[] {
      const byClaim = new Map<string, PageClaimSummary>();
      for (const match of ordered) {
        const entry = byClaim.get(match.claimId);
        if (entry) entry.count++;
        else byClaim.set(match.claimId, { claimId: match.claimId, text: match.claim.text, verdict: match.claim.verdict.label, count: 1, listTitle: match.claim.listTitle });
      }
      return [...byClaim.values()];
    },
    /** Drops the matches of one claim in one sentence (after "not this claim"). */
    forget(match: PageMatch): void {
      const list = byContainer.get(match.container);
      if (list) byContainer.set(match.container, list.filter((m) => m !== match));
      publish();
    },
    stop(): void {
      stopped = true;
      batcher.stop();
    },
  };
}

export type Annotator = ReturnType<typeof createAnnotator>;
