// The hits of the block in the scan registers that fall in a stretch of its text [start, end), seen
// through the concepts their terms name. Document rules ask this one question in several forms
// ("which words here name the claim?", "does this sentence name a story's source?"); one loop keeps
// the range and term → concept walk the same for all of them.
import type { CompiledMatcher } from '../compile';
import { registers } from './scan-state';

/**
 * Calls `visit` with each hit (an index into `registers`) whose first word starts in [start, end) and
 * whose term names a concept `wanted` accepts, in text order; stops and returns true as soon as
 * `visit` returns true. Call while the scan registers hold the block.
 */
export function visitHitsNaming(
  matcher: CompiledMatcher,
  start: number,
  end: number,
  wanted: (concept: number) => boolean,
  visit: (hit: number) => boolean,
): boolean {
  const { termConceptStart, termConcepts } = matcher.terms;
  const { hitFirst, hitTerm, hitCount, wordStart } = registers;
  for (let h = 0; h < hitCount; h++) {
    const at = wordStart[hitFirst[h]!]!;
    if (at < start) continue;
    if (at >= end) break;
    const term = hitTerm[h]!;
    for (let k = termConceptStart[term]!; k < termConceptStart[term + 1]!; k++) {
      if (!wanted(termConcepts[k]!)) continue;
      if (visit(h)) return true;
      break;
    }
  }
  return false;
}

/** The text of a hit in the registers: its words, first to last. */
export function hitText(hit: number): string {
  const { hitFirst, hitLast, wordStart, wordEnd, text } = registers;
  return text.slice(wordStart[hitFirst[hit]!]!, wordEnd[hitLast[hit]!]!);
}
