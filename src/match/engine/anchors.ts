// Anchors: which patterns a hit wakes. Each pattern is anchored on its group least likely to be
// present, so a concept shared by every claim ("facebook") does not wake every claim up; a term
// lists the patterns anchored on any of its concepts (each once), with two guards per entry.
//   anchorStart[t] .. anchorStart[t + 1]   → term t's entries
//   anchorGuards[e]                        → the guard ids (16 bits each, see presence.ts) of two
//                                            concepts the pattern also needs: its next rarest one-concept
//                                            groups, or `guardNone`, always present, where it has none.
//                                            Most entries fail on a guard, so the scan reads one number
//                                            per entry.
//   anchorPatterns[e]                      → the pattern, or ~pattern when the guards do not decide
//                                            whether it holds (it has other groups, or a rule checks it)
//
// Wake order decides ties between claims downstream, so it is part of the output: a sentence's
// patterns are put in the order a scan of the whole block would wake them (inBlockWakeOrder).
import type { CompiledMatcher } from '../compile';
import { toCsr } from './csr';
import { guardIdOf, stampClasses, type PresenceTables, type Scope } from './presence';
import { registers } from './scan-state';

export interface AnchorTables {
  readonly anchorStart: Int32Array;
  readonly anchorGuards: Int32Array;
  readonly anchorPatterns: Int32Array;
}

export interface AnchorInput {
  patternClaim: readonly number[];
  patternGroups: readonly (readonly (readonly number[])[])[];
  termConcepts: readonly (readonly number[])[];
  conceptTerms: readonly (readonly number[])[];
  /** Does a rule check the claim's patterns in the sentence (so guards cannot decide them)? */
  checkedByRule: (claim: number) => boolean;
}

/** Each pattern's anchor group (an index among its groups). */
export function chooseAnchors(input: AnchorInput): { anchorGroupOf: number[]; guards: number[][] } {
  const { patternGroups, conceptTerms } = input;
  // A group costs the sum, over its terms, of how many patterns use the term. A word many claims use
  // ("data", "facebook") is a word pages use often too; a phrase only one claim uses is the cheapest trigger.
  const termPatterns = new Int32Array(input.termConcepts.length);
  // Each term counted once per pattern (per group for costs): a stamp per term instead of a Set per pattern.
  const termStamp = new Int32Array(input.termConcepts.length);
  let stamp = 0;
  for (const groups of patternGroups) {
    stamp++;
    for (const group of groups)
      for (const concept of group)
        for (const term of conceptTerms[concept]!)
          if (termStamp[term] !== stamp) {
            termStamp[term] = stamp;
            termPatterns[term]!++;
          }
  }
  const groupCost = (group: readonly number[]) => {
    stamp++;
    let cost = 0;
    for (const concept of group)
      for (const term of conceptTerms[concept]!)
        if (termStamp[term] !== stamp) {
          termStamp[term] = stamp;
          cost += termPatterns[term]!;
        }
    return cost;
  };
  const anchorGroupOf: number[] = [];
  /** Pattern → its two guard concepts (-1 where there is none). */
  const guards: number[][] = [];
  let costs = new Int32Array(16);
  for (const groups of patternGroups) {
    if (groups.length > costs.length) costs = new Int32Array(groups.length);
    let best = 0;
    for (let g = 0; g < groups.length; g++) {
      costs[g] = groupCost(groups[g]!);
      if (costs[g]! < costs[best]!) best = g;
    }
    anchorGroupOf.push(best);
    // Guards: the two rarest other groups of a single concept (the earlier group on equal cost).
    const anchor = groups[best]!;
    let first = -1;
    let firstCost = 0;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g]!;
      if (g === best || group.length !== 1 || anchor.includes(group[0]!)) continue;
      if (first < 0 || costs[g]! < firstCost) {
        first = group[0]!;
        firstCost = costs[g]!;
      }
    }
    let second = -1;
    let secondCost = 0;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g]!;
      if (g === best || group.length !== 1 || group[0] === first || anchor.includes(group[0]!)) continue;
      if (second < 0 || costs[g]! < secondCost) {
        second = group[0]!;
        secondCost = costs[g]!;
      }
    }
    guards.push([first, second]);
  }
  return { anchorGroupOf, guards };
}

export function compileAnchors(
  input: AnchorInput,
  anchorGroupOf: readonly number[],
  guards: readonly (readonly number[])[],
  presence: PresenceTables,
): AnchorTables {
  const { patternGroups, termConcepts, conceptTerms, patternClaim } = input;
  const anchorLists: number[][] = conceptTerms.map(() => []);
  // Whether the guards decide the pattern: computed once per pattern, read once per entry.
  const decided = new Uint8Array(patternGroups.length);
  patternGroups.forEach((groups, pattern) => {
    const anchor = groups[anchorGroupOf[pattern]!]!;
    for (let i = 0; i < anchor.length; i++)
      if (anchor.indexOf(anchor[i]!) === i) anchorLists[anchor[i]!]!.push(pattern);
    const [first, second] = guards[pattern]! as [number, number];
    // The hit satisfies the anchor group; exact guards then decide a pattern that needs nothing else.
    decided[pattern] =
      !presence.foldedGuards &&
      !input.checkedByRule(patternClaim[pattern]!) &&
      groups.every(
        (group, g) =>
          g === anchorGroupOf[pattern] || (group.length === 1 && (group[0] === first || group[0] === second)),
      )
        ? 1
        : 0;
  });
  // From concepts to terms: each term lists the patterns anchored on any of its concepts, once.
  const termAnchorLists: number[][] = termConcepts.map(() => []);
  const patternSeen = new Int32Array(patternGroups.length).fill(-1);
  termConcepts.forEach((concepts, term) => {
    for (const concept of concepts) {
      for (const pattern of anchorLists[concept]!) {
        if (patternSeen[pattern] === term) continue;
        patternSeen[pattern] = term;
        termAnchorLists[term]!.push(pattern);
      }
    }
  });
  const anchorCsr = toCsr(termAnchorLists);
  const { foldedGuards, guardNone, conceptClass } = presence;
  const guardId = (concept: number) => (concept >= 0 ? guardIdOf(conceptClass[concept]!, foldedGuards) : guardNone);
  const anchorGuards = new Int32Array(anchorCsr.items.length);
  const anchorPatterns = new Int32Array(anchorCsr.items.length);
  // Each pattern's two guard ids, packed once.
  const patternGuards = new Int32Array(patternGroups.length);
  guards.forEach(([first, second], pattern) => {
    patternGuards[pattern] = guardId(first!) | (guardId(second!) << 16);
  });
  termAnchorLists.forEach((patterns, term) => {
    let at = anchorCsr.start[term]!;
    for (const pattern of patterns) {
      anchorGuards[at] = patternGuards[pattern]!;
      anchorPatterns[at++] = decided[pattern] === 1 ? pattern : ~pattern;
    }
  });
  return { anchorStart: anchorCsr.start, anchorGuards, anchorPatterns };
}

const NO_PATTERNS: readonly number[] = [];

/**
 * The patterns that hold in the scope, in the order its hits wake them: each hit wakes the patterns
 * anchored on its term whose two guards are present; an entry the guards do not decide is checked
 * in full by `accepts` (the pattern holds, and no rule rejects it in this sentence).
 */
export function patternsThatHold(
  matcher: CompiledMatcher,
  scope: Scope,
  accepts: (matcher: CompiledMatcher, pattern: number, stamp: number, scope: Scope) => boolean,
): readonly number[] {
  const stamp = stampClasses(matcher, scope);
  let held: number[] | null = null;
  const { anchorStart, anchorGuards, anchorPatterns } = matcher.anchors;
  const { patternStamp, guardStamp, termSeen } = matcher.marks;
  const { hitLast, hitTerm } = registers;
  guardStamp[matcher.presence.guardNone] = stamp;
  for (let h = scope.firstHit; h < scope.endHit; h++) {
    if (hitLast[h]! >= scope.endWord) continue;
    const term = hitTerm[h]!;
    // A term the sentence repeats wakes its patterns once.
    if (termSeen[term] === stamp) continue;
    termSeen[term] = stamp;
    const end = anchorStart[term + 1]!;
    for (let e = anchorStart[term]!; e < end; e++) {
      const guards = anchorGuards[e]!;
      if (guardStamp[guards & 0xffff] !== stamp || guardStamp[guards >>> 16] !== stamp) continue;
      const entry = anchorPatterns[e]!;
      const pattern = entry < 0 ? ~entry : entry;
      if (patternStamp[pattern] === stamp) continue;
      patternStamp[pattern] = stamp;
      if (entry >= 0 || accepts(matcher, pattern, stamp, scope)) (held ??= []).push(pattern);
    }
  }
  return held ?? NO_PATTERNS;
}

function recordFirstHits(matcher: CompiledMatcher): void {
  const { termFirstStamp, termFirstHit } = matcher.marks;
  const mark = matcher.marks.block.next();
  const { hitCount, hitTerm } = registers;
  for (let h = 0; h < hitCount; h++) {
    const term = hitTerm[h]!;
    if (termFirstStamp[term] === mark) continue;
    termFirstStamp[term] = mark;
    termFirstHit[term] = h;
  }
  registers.firstHitsRecorded = true;
}

/** The block's first hit on a term that lists the pattern (a term of its anchor group). */
function firstWakingHit(matcher: CompiledMatcher, pattern: number): number {
  const { patternAnchorGroup, groupConceptStart, groupConcepts } = matcher.patterns;
  const { conceptTermStart, conceptTerms } = matcher.terms;
  const { termFirstStamp, termFirstHit, block } = matcher.marks;
  const anchor = patternAnchorGroup[pattern]!;
  let first = registers.hitCount;
  for (let k = groupConceptStart[anchor]!; k < groupConceptStart[anchor + 1]!; k++) {
    const concept = groupConcepts[k]!;
    for (let j = conceptTermStart[concept]!; j < conceptTermStart[concept + 1]!; j++) {
      const term = conceptTerms[j]!;
      if (termFirstStamp[term] === block.value && termFirstHit[term]! < first) first = termFirstHit[term]!;
    }
  }
  return first;
}

/** The pattern's place in the term's anchor entries. */
function entryIndex(matcher: CompiledMatcher, term: number, pattern: number): number {
  const { anchorStart, anchorPatterns } = matcher.anchors;
  for (let e = anchorStart[term]!; e < anchorStart[term + 1]!; e++) {
    const entry = anchorPatterns[e]!;
    if ((entry < 0 ? ~entry : entry) === pattern) return e;
  }
  return anchorStart[term + 1]!;
}

/**
 * A sentence's patterns in the order a scan of the whole block wakes them: by the block's first
 * hit on a term listing the pattern, then by the pattern's place in that term's list. A pattern
 * that holds in a sentence holds in its block and wakes at that first hit, so this is the order of
 * the block's patterns.
 */
export function inBlockWakeOrder(matcher: CompiledMatcher, held: readonly number[]): number[] {
  if (!registers.firstHitsRecorded) recordFirstHits(matcher);
  const keys = held.map((pattern) => firstWakingHit(matcher, pattern));
  const { hitTerm } = registers;
  const before = (a: number, b: number): boolean => {
    if (keys[a] !== keys[b]) return keys[a]! < keys[b]!;
    const term = hitTerm[keys[a]!]!;
    return entryIndex(matcher, term, held[a]!) < entryIndex(matcher, term, held[b]!);
  };
  const order = held.map((_, i) => i);
  // Insertion sort: a sentence holds two or three patterns.
  for (let i = 1; i < order.length; i++) {
    const current = order[i]!;
    let j = i - 1;
    while (j >= 0 && before(current, order[j]!)) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = current;
  }
  return order.map((i) => held[i]!);
}
