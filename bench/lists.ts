// The benchmark's claim lists, of two kinds, at any size: `hand` is the bundled list followed by
// generated claims of the same hand-written shape (corpus.ts); `feed` is the bundled list followed by
// claims imported from a generated ClaimReview feed, their match data compiled by the importer
// (claimreview-feed.ts), as a reader's subscriptions to fact-checkers' feeds would give. Compiled
// claims are held as the background holds them: stored naming the compiler's shared concepts
// (`storedBenchList`, as in IndexedDB), read back with them folded in (`benchList`).
import { storedMatchOf, withSharedConcepts } from '../src/claim-compiler/shared-concepts';
import { feedClaims } from './claimreview-feed';
import { bundledClaims, claimList, type BenchClaim } from './corpus';

export type ListKind = 'hand' | 'feed';
export const LIST_KINDS: readonly ListKind[] = ['hand', 'feed'];
export const LIST_KIND_NAMES: Record<ListKind, string> = { hand: 'hand-written', feed: 'ClaimReview feed' };

/** The list as stored: a compiled claim names a shared concept it uses unchanged instead of holding it. */
export function storedBenchList(kind: ListKind, size: number): BenchClaim[] {
  if (kind === 'hand') return claimList(size);
  const bundled = bundledClaims().slice(0, size);
  return [
    ...bundled,
    ...feedClaims(size - bundled.length).map((claim) => ({ ...claim, match: storedMatchOf(claim.match) })),
  ];
}

/** The list as the matcher is given it: stored claims with the shared concepts folded back in. */
export function benchList(kind: ListKind, size: number): BenchClaim[] {
  return readStoredList(storedBenchList(kind, size));
}

/** What the background does to stored claims before compiling them (db/active-claims.ts). */
export function readStoredList(claims: readonly BenchClaim[]): BenchClaim[] {
  return claims.map((claim) => ({ ...claim, match: withSharedConcepts(claim.match) }));
}
