// Rule `overrides`, and sibling claims in general: when claims match one sentence, the more specific
// one wins — explicitly (`overrides`: this claim beats the listed ones), or when its evidence covers
// every word the other's does and it requires more concept groups. Claims with evidence of their
// own (Hastings on the board, in a sentence about DMs) are kept side by side.
import type { CompiledMatcher } from '../compile';
import type { MatchSpec } from '../../claims/schema';
import type { Csr, CsrBuilder } from '../engine/csr';
import type { Candidate } from '../engine/evidence';
import { registers } from '../engine/scan-state';

export interface SiblingTables {
  /** Claim → the claims it overrides (CSR). */
  readonly overrideStart: Int32Array;
  readonly overrideClaims: Int32Array;
}

/** Claim ids → claim numbers, appended to the open row; ids from lists, so a Map (never a plain object). */
export function readOverrides(match: MatchSpec, claimIndex: ReadonlyMap<string, number>, out: CsrBuilder): void {
  for (const id of match.overrides ?? []) {
    const claim = claimIndex.get(id);
    if (claim !== undefined) out.push(claim);
  }
}

export function compileSiblings(entries: Csr): SiblingTables {
  return { overrideStart: entries.start, overrideClaims: entries.items };
}

function overrides(matcher: CompiledMatcher, winner: number, loser: number): boolean {
  const { overrideStart, overrideClaims } = matcher.siblings;
  for (let k = overrideStart[winner]!; k < overrideStart[winner + 1]!; k++)
    if (overrideClaims[k] === loser) return true;
  return false;
}

/** The candidates that survive their siblings, in their order. */
export function resolveSiblings(matcher: CompiledMatcher, candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  // Overrides first: a claim that a more specific one overrides must not, in turn, outrank others.
  // Two claims that override each other cancel out.
  const survivors: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    let overridden = false;
    for (let j = 0; j < candidates.length && !overridden; j++) {
      overridden =
        i !== j &&
        overrides(matcher, candidates[j]!.claim, candidates[i]!.claim) &&
        !overrides(matcher, candidates[i]!.claim, candidates[j]!.claim);
    }
    if (!overridden) survivors.push(candidates[i]!);
  }
  if (survivors.length < 2) return survivors;
  const covered: Set<number>[] = [];
  for (let c = 0; c < survivors.length; c++) covered.push(coveredWords(survivors[c]!));
  const kept: Candidate[] = [];
  for (let i = 0; i < survivors.length; i++)
    if (!isCoveredByBroaderMatch(survivors, covered, i)) kept.push(survivors[i]!);
  return kept;
}

/** Words covered by a candidate's evidence, for comparing how much of the sentence two claims explain. */
function coveredWords(candidate: Candidate): Set<number> {
  const { hitFirst, hitLast } = registers;
  const covered = new Set<number>();
  const evidence = candidate.evidence;
  for (let e = 0; e < evidence.length; e++)
    for (let w = hitFirst[evidence[e]!]!; w <= hitLast[evidence[e]!]!; w++) covered.add(w);
  return covered;
}

/** Does another candidate use more concept groups and cover every word candidate i matched on? */
function isCoveredByBroaderMatch(
  candidates: readonly Candidate[],
  covered: readonly Set<number>[],
  i: number,
): boolean {
  for (let j = 0; j < candidates.length; j++) {
    if (i === j || candidates[j]!.groups <= candidates[i]!.groups) continue;
    let all = true;
    for (const w of covered[i]!) {
      if (!covered[j]!.has(w)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** Does either claim override the other (siblings: one story told two ways)? */
export function areSiblings(matcher: CompiledMatcher, a: number, b: number): boolean {
  if (a < 0 || b < 0) return false;
  const { overrideStart, overrideClaims } = matcher.siblings;
  for (let k = overrideStart[a]!; k < overrideStart[a + 1]!; k++) if (overrideClaims[k] === b) return true;
  for (let k = overrideStart[b]!; k < overrideStart[b + 1]!; k++) if (overrideClaims[k] === a) return true;
  return false;
}
