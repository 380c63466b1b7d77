// The benchmark's claim lists, of two kinds, at any size: `hand` is the bundled list followed by
// generated claims of the same hand-written shape (corpus.ts); `feed` is the bundled list followed by
// claims imported from a generated ClaimReview feed, their match data compiled by the importer
// (claimreview-feed.ts), as a reader's subscriptions to fact-checkers' feeds would give.
import { feedClaims } from './claimreview-feed';
import { bundledClaims, claimList, type BenchClaim } from './corpus';

export type ListKind = 'hand' | 'feed';
export const LIST_KINDS: readonly ListKind[] = ['hand', 'feed'];
export const LIST_KIND_NAMES: Record<ListKind, string> = { hand: 'hand-written', feed: 'ClaimReview feed' };

export function benchList(kind: ListKind, size: number): BenchClaim[] {
  if (kind === 'hand') return claimList(size);
  const bundled = bundledClaims().slice(0, size);
  return [...bundled, ...feedClaims(size - bundled.length)];
}
