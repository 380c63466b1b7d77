// The second tier: fact-checks on topics a page covers without a sentence that states them. A page
// is on a claim's topic when, across the whole document, it names what the claim's pattern needs —
// its anchor (the pattern's rarest group) and all its other groups but at most one — only not in one
// sentence; naming fewer than all, it must name them TOPIC_TERMS times in all. Such claims are listed in the popup, never painted in the page.
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
  /** Term → how many times the document has named it. */
  readonly terms = new Map<number, number>();

  /** Records the block just scanned (see the header: call right after matchText on that block). */
  noteBlock(): void {
    const { hitTerm, hitCount } = registers;
    for (let h = 0; h < hitCount; h++) this.terms.set(hitTerm[h]!, (this.terms.get(hitTerm[h]!) ?? 0) + 1);
  }
}

/** How many times the document named the group's terms (0: the group is not named). */
function termsNamed(matcher: CompiledMatcher, group: number, terms: ReadonlyMap<number, number>): number {
  const { groupConceptStart, groupConcepts } = matcher.patterns;
  const { conceptTermStart, conceptTerms } = matcher.terms;
  let count = 0;
  for (let k = groupConceptStart[group]!; k < groupConceptStart[group + 1]!; k++) {
    const concept = groupConcepts[k]!;
    for (let j = conceptTermStart[concept]!; j < conceptTermStart[concept + 1]!; j++)
      count += terms.get(conceptTerms[j]!) ?? 0;
  }
  return count;
}

/**
 * A page that names only some of a claim's groups is on its topic when it comes back to them: two
 * of the claim's common words said once each ("biggest" and "history" in a page about a flower show)
 * are not its topic. Mentions counted over the groups named.
 */
const TOPIC_TERMS = 3;

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
  for (const term of tally.terms.keys()) {
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
      let termCount = 0;
      for (let g = patternGroupStart[pattern]!; g < patternGroupStart[pattern + 1]!; g++) {
        const count = termsNamed(matcher, g, tally.terms);
        if (count > 0) named++;
        termCount += count;
      }
      if (named < 2 || named < groups - 1 || (named < groups && termCount < TOPIC_TERMS)) continue;
      const known = best.get(claim);
      if (!known || named / groups > known.groupsNamed / known.groups)
        best.set(claim, { claimId, groupsNamed: named, groups });
    }
  }
  return [...best.values()]
    .sort((a, b) => b.groupsNamed / b.groups - a.groupsNamed / a.groups || b.groupsNamed - a.groupsNamed)
    .slice(0, limit);
}
