// The second tier: fact-checks on topics a page covers without a sentence that states them. A page
// is on a claim's topic when, across the whole document, it names what the claim's pattern needs —
// its anchor (the pattern's rarest group) and all its other groups but at most one — only not in one
// sentence. Such claims are listed in the popup, never painted in the page.
//
// Why not a sentence encoder: one was measured here (issue 11) and scores a same-topic sentence
// about as high as a paraphrase; this tier is about topics, so the claim's own concept groups,
// counted over the document, say more, cost nothing extra and run in the background with the matcher.
//
// Cost: a tally keeps the set of terms hit in the document. noteBlock reads the hits the last scan
// left in the scan registers, so it must be called right after matchText (or matchBlock) on the
// block, before any other scan: the block is not read twice.
import type { CompiledMatcher } from './compile';
import { registers } from './engine/scan-state';

/** At most this many topics are listed. */
export const TOPIC_LIMIT = 5;

export interface TopicMatch {
  claimId: string;
  /** How many of the best pattern's concept groups the document names, and how many it has. */
  groupsNamed: number;
  groups: number;
}

/** The terms one document has named so far (across all its blocks). */
export class TopicTally {
  readonly terms = new Set<number>();

  /** Records the block just scanned (see the header: call right after matchText on that block). */
  noteBlock(): void {
    const { hitTerm, hitCount } = registers;
    for (let h = 0; h < hitCount; h++) this.terms.add(hitTerm[h]!);
  }
}

function groupNamed(matcher: CompiledMatcher, group: number, terms: ReadonlySet<number>): boolean {
  const { groupConceptStart, groupConcepts } = matcher.patterns;
  const { conceptTermStart, conceptTerms } = matcher.terms;
  for (let k = groupConceptStart[group]!; k < groupConceptStart[group + 1]!; k++) {
    const concept = groupConcepts[k]!;
    for (let j = conceptTermStart[concept]!; j < conceptTermStart[concept + 1]!; j++)
      if (terms.has(conceptTerms[j]!)) return true;
  }
  return false;
}

/**
 * The claims whose topic the document covers, best first, at most `limit`, leaving out `exclude`
 * (the claims already highlighted). Vetoes (`none`) are not read here: they tell sibling claims apart
 * within a sentence, and a document may well cover both siblings' stories.
 */
export function topicsOf(
  matcher: CompiledMatcher,
  tally: TopicTally,
  exclude: ReadonlySet<string> = new Set(),
  limit = TOPIC_LIMIT,
): TopicMatch[] {
  const { anchorStart, anchorPatterns } = matcher.anchors;
  const { patternClaim, patternGroupStart } = matcher.patterns;
  const best = new Map<number, TopicMatch>();
  const checked = new Set<number>();
  for (const term of tally.terms) {
    for (let e = anchorStart[term]!; e < anchorStart[term + 1]!; e++) {
      const entry = anchorPatterns[e]!;
      const pattern = entry < 0 ? ~entry : entry;
      if (checked.has(pattern)) continue;
      checked.add(pattern);
      const claim = patternClaim[pattern]!;
      const claimId = matcher.claimIds[claim]!;
      if (exclude.has(claimId)) continue;
      const groups = patternGroupStart[pattern + 1]! - patternGroupStart[pattern]!;
      let named = 0;
      for (let g = patternGroupStart[pattern]!; g < patternGroupStart[pattern + 1]!; g++)
        if (groupNamed(matcher, g, tally.terms)) named++;
      if (named < 2 || named < groups - 1) continue;
      const known = best.get(claim);
      if (!known || named / groups > known.groupsNamed / known.groups)
        best.set(claim, { claimId, groupsNamed: named, groups });
    }
  }
  return [...best.values()]
    .sort((a, b) => b.groupsNamed / b.groups - a.groupsNamed / a.groups || b.groupsNamed - a.groupsNamed)
    .slice(0, limit);
}
