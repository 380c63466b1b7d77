// Patterns: one co-occurrence rule of a claim (`all`, or one of its `alternatives`), as groups of
// concepts that must all be present in one sentence, each group satisfied by any of its concepts.
//   patternClaim[p]                                  → the claim
//   groups of p: patternGroupStart[p] .. patternGroupStart[p + 1]
//   concepts of group g: groupConcepts[groupConceptStart[g] .. groupConceptStart[g + 1]] (their
//   presence classes in groupClasses, parallel)
//   patternAnchorGroup[p]                            → the group that wakes it (see anchors.ts)
import type { CompiledMatcher } from '../compile';
import { IntList } from './buffers';
import type { PresenceTables } from './presence';

export interface PatternTables {
  readonly patternClaim: Int32Array;
  readonly patternAnchorGroup: Int32Array;
  readonly patternGroupStart: Int32Array;
  readonly groupConceptStart: Int32Array;
  readonly groupConcepts: Int32Array;
  readonly groupClasses: Int32Array;
}

/** The patterns as read, before anchors and classes: the same flat layout as PatternTables. */
export interface ReadPatterns {
  readonly patternClaim: Int32Array;
  readonly patternGroupStart: Int32Array;
  readonly groupConceptStart: Int32Array;
  readonly groupConcepts: Int32Array;
}

/** Reads the claims' patterns, claim after claim, straight into the flat layout. */
export class PatternReader {
  private readonly claims = new IntList();
  /** Per pattern, its first group; per group, its first concept. The ends are added by `finish`. */
  private readonly firstGroups = new IntList();
  private readonly firstConcepts = new IntList();
  private readonly concepts = new IntList();
  private claimStart = [0, 0, 0];

  /** Starts reading a claim's patterns: `dropClaim` forgets them if the claim turns out bad. */
  startClaim(): void {
    this.claimStart = [this.claims.length, this.firstConcepts.length, this.concepts.length];
  }

  dropClaim(): void {
    [this.claims.length, this.firstConcepts.length, this.concepts.length] = this.claimStart as [number, number, number];
    this.firstGroups.length = this.claims.length;
  }

  /**
   * Reads one pattern (groups of concept names). A group whose concepts are all unknown can never be
   * satisfied: the pattern is dropped (its names are still all resolved, as every name of a claim is).
   */
  read(claim: number, groups: readonly (readonly string[])[], resolve: { one(name: string): number | null }): void {
    const firstGroup = this.firstConcepts.length;
    const firstConcept = this.concepts.length;
    let unsatisfiable = false;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g]!;
      const start = this.concepts.length;
      this.firstConcepts.push(start);
      for (let i = 0; i < group.length; i++) {
        const concept = resolve.one(group[i]!);
        if (concept !== null) this.concepts.push(concept);
      }
      if (this.concepts.length === start) unsatisfiable = true;
    }
    if (unsatisfiable) {
      this.firstConcepts.length = firstGroup;
      this.concepts.length = firstConcept;
      return;
    }
    this.claims.push(claim);
    this.firstGroups.push(firstGroup);
  }

  finish(): ReadPatterns {
    this.firstGroups.push(this.firstConcepts.length);
    this.firstConcepts.push(this.concepts.length);
    return {
      patternClaim: this.claims.toArray(),
      patternGroupStart: this.firstGroups.toArray(),
      groupConceptStart: this.firstConcepts.toArray(),
      groupConcepts: this.concepts.toArray(),
    };
  }
}

/** The read patterns with, per pattern, its anchor group (`anchorGroupOf[p]`, an index among its groups). */
export function compilePatterns(
  read: ReadPatterns,
  anchorGroupOf: Int32Array,
  presence: PresenceTables,
): PatternTables {
  const { patternGroupStart, groupConcepts } = read;
  const { conceptClass } = presence;
  const patternAnchorGroup = new Int32Array(anchorGroupOf.length);
  for (let p = 0; p < anchorGroupOf.length; p++) patternAnchorGroup[p] = patternGroupStart[p]! + anchorGroupOf[p]!;
  const groupClasses = new Int32Array(groupConcepts.length);
  for (let k = 0; k < groupConcepts.length; k++) groupClasses[k] = conceptClass[groupConcepts[k]!]!;
  return {
    patternClaim: read.patternClaim,
    patternAnchorGroup,
    patternGroupStart,
    groupConceptStart: read.groupConceptStart,
    groupConcepts,
    groupClasses,
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
