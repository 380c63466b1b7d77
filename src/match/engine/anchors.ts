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
// A term with many entries (a word hundreds of claims share) is also read by first guard, so a hit
// reads only the entries whose first guard the sentence has (derived from the three tables above,
// never stored: groupByFirstGuard):
//   termGroupStart[t] .. termGroupStart[t + 1]   → term t's groups (none for a term read entry by entry)
//   groupGuard[g]                                → the first guard id all of group g's entries share
//   groupEntryStart[g] .. groupEntryStart[g + 1] → its entries: groupedSecond (the second guard id),
//                                                  groupedPattern (as anchorPatterns), groupedPlace (the
//                                                  entry's index e in anchorPatterns, for the order)
//
// Wake order decides ties between claims downstream, so it is part of the output: a sentence's
// patterns are put in the order a scan of the whole block would wake them (inBlockWakeOrder), and
// the patterns one hit wakes through its groups are put back in their entries' order.
import type { CompiledMatcher } from '../compile';
import { grown, IntList } from './buffers';
import type { Csr } from './csr';
import type { ReadPatterns } from './patterns';
import { guardIdOf, stampClasses, type PresenceTables, type Scope } from './presence';
import { registers } from './scan-state';

export interface GuardGroups {
  readonly termGroupStart: Int32Array;
  readonly groupGuard: Int32Array;
  readonly groupEntryStart: Int32Array;
  readonly groupedSecond: Int32Array;
  readonly groupedPattern: Int32Array;
  readonly groupedPlace: Int32Array;
}

export interface AnchorTables extends GuardGroups {
  readonly anchorStart: Int32Array;
  readonly anchorGuards: Int32Array;
  readonly anchorPatterns: Int32Array;
}

/** A term with fewer entries is read entry by entry: one number each is as cheap as a group. */
const GROUPED_FROM = 24;
/** …and so is a term whose entries share few first guards (more groups than half its entries). */
const ENTRIES_PER_GROUP = 2;

export interface AnchorInput {
  patterns: ReadPatterns;
  /** Term → concepts, concept → terms. */
  termConcepts: Csr;
  conceptTerms: Csr;
  /** Does a rule check the claim's patterns in the sentence (so guards cannot decide them)? */
  checkedByRule: (claim: number) => boolean;
}

/** Does the group (concepts groupConcepts[from .. to)) list the concept? */
function listsConcept(groupConcepts: Int32Array, from: number, to: number, concept: number): boolean {
  for (let k = from; k < to; k++) if (groupConcepts[k] === concept) return true;
  return false;
}

/**
 * Each pattern's anchor group (an index among its groups) and its two guard concepts (guards[2p],
 * guards[2p + 1]; -1 where there is none).
 */
export function chooseAnchors(input: AnchorInput): { anchorGroupOf: Int32Array; guards: Int32Array } {
  const { patternGroupStart, groupConceptStart, groupConcepts } = input.patterns;
  const { start: termStart, items: terms } = input.conceptTerms;
  const patternCount = patternGroupStart.length - 1;
  const termCount = input.termConcepts.start.length - 1;
  // A group costs the sum, over its terms, of how many patterns use the term. A word many claims use
  // ("data", "facebook") is a word pages use often too; a phrase only one claim uses is the cheapest trigger.
  const termPatterns = new Int32Array(termCount);
  // Each term counted once per pattern (per group for costs): a stamp per term instead of a Set per pattern.
  const termStamp = new Int32Array(termCount);
  let stamp = 0;
  for (let p = 0; p < patternCount; p++) {
    stamp++;
    for (let k = groupConceptStart[patternGroupStart[p]!]!; k < groupConceptStart[patternGroupStart[p + 1]!]!; k++) {
      const concept = groupConcepts[k]!;
      for (let j = termStart[concept]!; j < termStart[concept + 1]!; j++) {
        const term = terms[j]!;
        if (termStamp[term] !== stamp) {
          termStamp[term] = stamp;
          termPatterns[term]!++;
        }
      }
    }
  }
  const anchorGroupOf = new Int32Array(patternCount);
  const guards = new Int32Array(patternCount * 2);
  let costs = new Int32Array(16);
  for (let p = 0; p < patternCount; p++) {
    const firstGroup = patternGroupStart[p]!;
    const groupCount = patternGroupStart[p + 1]! - firstGroup;
    if (groupCount > costs.length) costs = new Int32Array(groupCount);
    let best = 0;
    for (let g = 0; g < groupCount; g++) {
      stamp++;
      let cost = 0;
      for (let k = groupConceptStart[firstGroup + g]!; k < groupConceptStart[firstGroup + g + 1]!; k++) {
        const concept = groupConcepts[k]!;
        for (let j = termStart[concept]!; j < termStart[concept + 1]!; j++) {
          const term = terms[j]!;
          if (termStamp[term] !== stamp) {
            termStamp[term] = stamp;
            cost += termPatterns[term]!;
          }
        }
      }
      costs[g] = cost;
      if (cost < costs[best]!) best = g;
    }
    anchorGroupOf[p] = best;
    // Guards: the two rarest other groups of a single concept (the earlier group on equal cost).
    const anchorFrom = groupConceptStart[firstGroup + best]!;
    const anchorTo = groupConceptStart[firstGroup + best + 1]!;
    let first = -1;
    let firstCost = 0;
    for (let g = 0; g < groupCount; g++) {
      const from = groupConceptStart[firstGroup + g]!;
      if (g === best || groupConceptStart[firstGroup + g + 1]! - from !== 1) continue;
      const concept = groupConcepts[from]!;
      if (listsConcept(groupConcepts, anchorFrom, anchorTo, concept)) continue;
      if (first < 0 || costs[g]! < firstCost) {
        first = concept;
        firstCost = costs[g]!;
      }
    }
    let second = -1;
    let secondCost = 0;
    for (let g = 0; g < groupCount; g++) {
      const from = groupConceptStart[firstGroup + g]!;
      if (g === best || groupConceptStart[firstGroup + g + 1]! - from !== 1) continue;
      const concept = groupConcepts[from]!;
      if (concept === first || listsConcept(groupConcepts, anchorFrom, anchorTo, concept)) continue;
      if (second < 0 || costs[g]! < secondCost) {
        second = concept;
        secondCost = costs[g]!;
      }
    }
    guards[2 * p] = first;
    guards[2 * p + 1] = second;
  }
  return { anchorGroupOf, guards };
}

export function compileAnchors(
  input: AnchorInput,
  anchorGroupOf: Int32Array,
  guards: Int32Array,
  presence: PresenceTables,
): AnchorTables {
  const { patternClaim, patternGroupStart, groupConceptStart, groupConcepts } = input.patterns;
  const patternCount = patternGroupStart.length - 1;
  const conceptCount = input.conceptTerms.start.length - 1;
  const { foldedGuards, guardNone, conceptClass } = presence;
  const guardId = (concept: number) => (concept >= 0 ? guardIdOf(conceptClass[concept]!, foldedGuards) : guardNone);
  // Concept → the patterns anchored on it (each once, in pattern order), counted, then filled.
  const conceptAnchorStart = new Int32Array(conceptCount + 1);
  const anchorFrom = (p: number) => groupConceptStart[patternGroupStart[p]! + anchorGroupOf[p]!]!;
  const anchorTo = (p: number) => groupConceptStart[patternGroupStart[p]! + anchorGroupOf[p]! + 1]!;
  for (let p = 0; p < patternCount; p++) {
    const from = anchorFrom(p);
    for (let k = from; k < anchorTo(p); k++)
      if (!listsConcept(groupConcepts, from, k, groupConcepts[k]!)) conceptAnchorStart[groupConcepts[k]! + 1]!++;
  }
  for (let c = 0; c < conceptCount; c++) conceptAnchorStart[c + 1]! += conceptAnchorStart[c]!;
  const conceptAnchors = new Int32Array(conceptAnchorStart[conceptCount]!);
  const fill = conceptAnchorStart.slice(0, conceptCount);
  // Each pattern's two guard ids packed, and whether the guards decide it: once per pattern, read once per entry.
  const patternEntry = new Int32Array(patternCount);
  const patternGuards = new Int32Array(patternCount);
  for (let p = 0; p < patternCount; p++) {
    const from = anchorFrom(p);
    for (let k = from; k < anchorTo(p); k++)
      if (!listsConcept(groupConcepts, from, k, groupConcepts[k]!)) conceptAnchors[fill[groupConcepts[k]!]!++] = p;
    const first = guards[2 * p]!;
    const second = guards[2 * p + 1]!;
    patternGuards[p] = guardId(first) | (guardId(second) << 16);
    // The hit satisfies the anchor group; exact guards then decide a pattern that needs nothing else.
    let decided = !foldedGuards && !input.checkedByRule(patternClaim[p]!);
    for (let g = patternGroupStart[p]!; g < patternGroupStart[p + 1]! && decided; g++) {
      if (g === patternGroupStart[p]! + anchorGroupOf[p]!) continue;
      const size = groupConceptStart[g + 1]! - groupConceptStart[g]!;
      const concept = groupConcepts[groupConceptStart[g]!]!;
      decided = size === 1 && (concept === first || concept === second);
    }
    patternEntry[p] = decided ? p : ~p;
  }
  // From concepts to terms: each term lists the patterns anchored on any of its concepts, once.
  const { start: termConceptStart, items: termConcepts } = input.termConcepts;
  const termCount = termConceptStart.length - 1;
  const anchorStart = new Int32Array(termCount + 1);
  const entries = new IntList();
  const patternSeen = new Int32Array(patternCount).fill(-1);
  for (let term = 0; term < termCount; term++) {
    anchorStart[term] = entries.length;
    for (let j = termConceptStart[term]!; j < termConceptStart[term + 1]!; j++) {
      const concept = termConcepts[j]!;
      for (let k = conceptAnchorStart[concept]!; k < conceptAnchorStart[concept + 1]!; k++) {
        const pattern = conceptAnchors[k]!;
        if (patternSeen[pattern] === term) continue;
        patternSeen[pattern] = term;
        entries.push(pattern);
      }
    }
  }
  anchorStart[termCount] = entries.length;
  const anchorGuards = new Int32Array(entries.length);
  const anchorPatterns = new Int32Array(entries.length);
  for (let e = 0; e < entries.length; e++) {
    const pattern = entries.array[e]!;
    anchorGuards[e] = patternGuards[pattern]!;
    anchorPatterns[e] = patternEntry[pattern]!;
  }
  return { anchorStart, anchorGuards, anchorPatterns, ...groupByFirstGuard(anchorStart, anchorGuards, anchorPatterns) };
}

/**
 * The entries of each term that has many, grouped by their first guard (groups in order of first
 * appearance, entries in their order within a group). Linear in the entries; run at compile and when
 * a stored matcher is loaded.
 */
export function groupByFirstGuard(
  anchorStart: Int32Array,
  anchorGuards: Int32Array,
  anchorPatterns: Int32Array,
): GuardGroups {
  const termCount = anchorStart.length - 1;
  const termGroupStart = new Int32Array(termCount + 1);
  const groupGuard = new IntList();
  const groupEntryStart = new IntList();
  const grouped = new IntList();
  // Per guard id (16 bits): the group it has in the current term (stamped by term + 1), and its size.
  const groupOfGuard = new Int32Array(0x10000);
  const guardStamp = new Int32Array(0x10000);
  const sizes = new IntList();
  for (let term = 0; term < termCount; term++) {
    termGroupStart[term] = groupGuard.length;
    const from = anchorStart[term]!;
    const to = anchorStart[term + 1]!;
    if (to - from < GROUPED_FROM) continue;
    const firstGroup = groupGuard.length;
    sizes.length = 0;
    for (let e = from; e < to; e++) {
      const guard = anchorGuards[e]! & 0xffff;
      if (guardStamp[guard] !== term + 1) {
        guardStamp[guard] = term + 1;
        groupOfGuard[guard] = sizes.length;
        groupGuard.push(guard);
        sizes.push(0);
      }
      sizes.array[groupOfGuard[guard]!]!++;
    }
    if (sizes.length * ENTRIES_PER_GROUP > to - from) {
      groupGuard.length = firstGroup;
      continue;
    }
    // Each group's first slot, then the entries placed in order.
    let next = grouped.length;
    for (let g = 0; g < sizes.length; g++) {
      groupEntryStart.push(next);
      const size = sizes.array[g]!;
      sizes.array[g] = next;
      next += size;
    }
    grouped.array = grown(grouped.array, next);
    grouped.length = next;
    for (let e = from; e < to; e++) grouped.array[sizes.array[groupOfGuard[anchorGuards[e]! & 0xffff]!]!++] = e;
  }
  termGroupStart[termCount] = groupGuard.length;
  groupEntryStart.push(grouped.length);
  const entries = grouped.length;
  const groupedSecond = new Int32Array(entries);
  const groupedPattern = new Int32Array(entries);
  const groupedPlace = new Int32Array(entries);
  for (let i = 0; i < entries; i++) {
    const e = grouped.array[i]!;
    groupedSecond[i] = anchorGuards[e]! >>> 16;
    groupedPattern[i] = anchorPatterns[e]!;
    groupedPlace[i] = e;
  }
  return {
    termGroupStart,
    groupGuard: groupGuard.toArray(),
    groupEntryStart: groupEntryStart.toArray(),
    groupedSecond,
    groupedPattern,
    groupedPlace,
  };
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
  const { anchorStart, anchorGuards, anchorPatterns, termGroupStart } = matcher.anchors;
  const { patternStamp, guardStamp, termSeen } = matcher.marks;
  const { hitLast, hitTerm } = registers;
  guardStamp[matcher.presence.guardNone] = stamp;
  for (let h = scope.firstHit; h < scope.endHit; h++) {
    if (hitLast[h]! >= scope.endWord) continue;
    const term = hitTerm[h]!;
    // A term the sentence repeats wakes its patterns once.
    if (termSeen[term] === stamp) continue;
    termSeen[term] = stamp;
    if (termGroupStart[term] !== termGroupStart[term + 1]) {
      held = wakeByGroups(matcher, term, stamp, scope, accepts, held);
      continue;
    }
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

/** Places of the patterns one term woke through its groups (scratch, grown as needed). */
let wokenPlaces = new Int32Array(64);

/**
 * What a hit on a grouped term wakes: the entries of the groups whose first guard the sentence has,
 * appended to `held` in the order of the term's entries (as reading them all would).
 */
function wakeByGroups(
  matcher: CompiledMatcher,
  term: number,
  stamp: number,
  scope: Scope,
  accepts: (matcher: CompiledMatcher, pattern: number, stamp: number, scope: Scope) => boolean,
  held: number[] | null,
): number[] | null {
  const { termGroupStart, groupGuard, groupEntryStart, groupedSecond, groupedPattern, groupedPlace } = matcher.anchors;
  const { patternStamp, guardStamp } = matcher.marks;
  const first = held === null ? 0 : held.length;
  let woken = 0;
  for (let g = termGroupStart[term]!; g < termGroupStart[term + 1]!; g++) {
    if (guardStamp[groupGuard[g]!] !== stamp) continue;
    const end = groupEntryStart[g + 1]!;
    for (let i = groupEntryStart[g]!; i < end; i++) {
      if (guardStamp[groupedSecond[i]!] !== stamp) continue;
      const entry = groupedPattern[i]!;
      const pattern = entry < 0 ? ~entry : entry;
      if (patternStamp[pattern] === stamp) continue;
      patternStamp[pattern] = stamp;
      if (entry >= 0 || accepts(matcher, pattern, stamp, scope)) {
        (held ??= []).push(pattern);
        if (woken === wokenPlaces.length) wokenPlaces = grown(wokenPlaces, woken + 1);
        wokenPlaces[woken++] = groupedPlace[i]!;
      }
    }
  }
  if (woken > 32) {
    // Back in entry order. Many: sorted by place.
    const patterns = held!;
    const order = Array.from({ length: woken }, (_, i) => i).sort((a, b) => wokenPlaces[a]! - wokenPlaces[b]!);
    const sorted = order.map((i) => patterns[first + i]!);
    for (let i = 0; i < woken; i++) patterns[first + i] = sorted[i]!;
  } else if (woken > 1) {
    // Few: an insertion sort (each group is in entry order already).
    const patterns = held!;
    for (let a = 1; a < woken; a++) {
      const place = wokenPlaces[a]!;
      const pattern = patterns[first + a]!;
      let b = a - 1;
      while (b >= 0 && wokenPlaces[b]! > place) {
        wokenPlaces[b + 1] = wokenPlaces[b]!;
        patterns[first + b + 1] = patterns[first + b]!;
        b--;
      }
      wokenPlaces[b + 1] = place;
      patterns[first + b + 1] = pattern;
    }
  }
  return held;
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

/**
 * Each pattern's place in the term's anchor entries (its end when the term does not list it), for
 * the patterns `order[from .. to)` (indexes into `held`): one pass over the entries for them all.
 */
function entryIndexes(
  matcher: CompiledMatcher,
  term: number,
  held: readonly number[],
  order: readonly number[],
  from: number,
  to: number,
  ranks: Int32Array,
): void {
  const { anchorStart, anchorPatterns } = matcher.anchors;
  const { heldIndex } = matcher.marks;
  const end = anchorStart[term + 1]!;
  // Held patterns are distinct (each is woken once a round).
  for (let i = from; i < to; i++) {
    ranks[order[i]!] = end;
    heldIndex[held[order[i]!]!] = order[i]! + 1;
  }
  let left = to - from;
  for (let e = anchorStart[term]!; e < end && left > 0; e++) {
    const entry = anchorPatterns[e]!;
    const pattern = entry < 0 ? ~entry : entry;
    const index = heldIndex[pattern]!;
    if (index === 0) continue;
    // A term lists a pattern once.
    ranks[index - 1] = e;
    heldIndex[pattern] = 0;
    left--;
  }
  for (let i = from; i < to; i++) heldIndex[held[order[i]!]!] = 0;
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
  // Sorted by first waking hit (a stable sort, as the order of equals is the held order), then each
  // run of patterns woken by the same hit by their places in its term's list. A sentence that states
  // one claim of a large list may hold hundreds of near-identical patterns woken by one hit: their
  // places are found in one pass over that term's entries, not one per comparison.
  const order = held.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]!);
  let ranks: Int32Array | null = null;
  for (let from = 0; from < order.length;) {
    let to = from + 1;
    while (to < order.length && keys[order[to]!] === keys[order[from]!]) to++;
    if (to - from > 1) {
      ranks ??= new Int32Array(held.length);
      entryIndexes(matcher, hitTerm[keys[order[from]!]!]!, held, order, from, to, ranks);
      const run = order.slice(from, to).sort((a, b) => ranks![a]! - ranks![b]!);
      for (let i = from; i < to; i++) order[i] = run[i - from]!;
    }
    from = to;
  }
  return order.map((i) => held[i]!);
}
