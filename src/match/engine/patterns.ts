// Patterns: one co-occurrence rule of a claim (`all`, or one of its `alternatives`), as groups of
// concepts that must all be present in one sentence, each group satisfied by any of its concepts.
//   patternClaim[p]                                  → the claim
//   groups of p: patternGroupStart[p] .. patternGroupStart[p + 1]
//   concepts of group g: groupConcepts[groupConceptStart[g] .. groupConceptStart[g + 1]] (their
//   presence classes in groupClasses, parallel)
//   patternAnchorGroup[p]                            → the group that wakes it (see anchors.ts)
import type { CompiledMatcher } from '../compile';
import { toCsr } from './csr';
import type { PresenceTables } from './presence';

export interface PatternTables {
  readonly patternClaim: Int32Array;
  readonly patternAnchorGroup: Int32Array;
  readonly patternGroupStart: Int32Array;
  readonly groupConceptStart: Int32Array;
  readonly groupConcepts: Int32Array;
  readonly groupClasses: Int32Array;
}

/** `patternGroups[p]` are pattern p's groups of concepts; `anchorGroupOf[p]` the index of its anchor group among them. */
export function compilePatterns(
  patternClaim: readonly number[],
  patternGroups: readonly (readonly (readonly number[])[])[],
  anchorGroupOf: readonly number[],
  presence: PresenceTables,
): PatternTables {
  const groupLists: (readonly number[])[] = [];
  const patternGroupStart = new Int32Array(patternGroups.length + 1);
  patternGroups.forEach((groups, pattern) => {
    patternGroupStart[pattern] = groupLists.length;
    groupLists.push(...groups);
  });
  patternGroupStart[patternGroups.length] = groupLists.length;
  const groupCsr = toCsr(groupLists);
  return {
    patternClaim: Int32Array.from(patternClaim),
    patternAnchorGroup: Int32Array.from(anchorGroupOf, (group, pattern) => patternGroupStart[pattern]! + group),
    patternGroupStart,
    groupConceptStart: groupCsr.start,
    groupConcepts: groupCsr.items,
    groupClasses: groupCsr.items.map((concept) => presence.conceptClass[concept]!),
  };
}

/** Is every group of the pattern present in the sentence round `stamp`? */
export function patternHolds(matcher: CompiledMatcher, pattern: number, stamp: number): boolean {
  const { patternGroupStart, groupConceptStart, groupClasses } = matcher.patterns;
  const { classStamp } = matcher.marks;
  for (let g = patternGroupStart[pattern]!; g < patternGroupStart[pattern + 1]!; g++) {
    let satisfied = false;
    for (let k = groupConceptStart[g]!; k < groupConceptStart[g + 1]! && !satisfied; k++)
      satisfied = classStamp[groupClasses[k]!] === stamp;
    if (!satisfied) return false;
  }
  return true;
}

export function groupCount(matcher: CompiledMatcher, pattern: number): number {
  return matcher.patterns.patternGroupStart[pattern + 1]! - matcher.patterns.patternGroupStart[pattern]!;
}

/** Does one of the pattern's groups list the concept? */
export function patternUses(matcher: CompiledMatcher, pattern: number, concept: number): boolean {
  const { patternGroupStart, groupConceptStart, groupConcepts } = matcher.patterns;
  for (let g = patternGroupStart[pattern]!; g < patternGroupStart[pattern + 1]!; g++) {
    for (let k = groupConceptStart[g]!; k < groupConceptStart[g + 1]!; k++)
      if (groupConcepts[k] === concept) return true;
  }
  return false;
}

/** The pattern's concepts, all groups together (a view, not a copy). */
export function patternConcepts(matcher: CompiledMatcher, pattern: number): Int32Array {
  const { patternGroupStart, groupConceptStart, groupConcepts } = matcher.patterns;
  return groupConcepts.subarray(
    groupConceptStart[patternGroupStart[pattern]!]!,
    groupConceptStart[patternGroupStart[pattern + 1]!]!,
  );
}

/**
 * The claims of the held patterns, each with its best pattern (the one requiring most groups), as
 * claim, pattern, claim, pattern…: claims in the order their first pattern holds.
 */
export function bestPatternPerClaim(matcher: CompiledMatcher, patterns: readonly number[]): number[] {
  const best: number[] = [];
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p]!;
    const claim = matcher.patterns.patternClaim[pattern]!;
    let at = 0;
    while (at < best.length && best[at] !== claim) at += 2;
    if (at === best.length) best.push(claim, pattern);
    else if (groupCount(matcher, pattern) > groupCount(matcher, best[at + 1]!)) best[at + 1] = pattern;
  }
  return best;
}
