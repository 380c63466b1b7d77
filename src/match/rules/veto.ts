// Rule `none` and `benign`: concepts that veto a claim in a sentence.
// - `none`: any of them present, the sentence does not state the claim ("satire", "hoax").
// - `benign`: the harmless thing the claim distorts ("the deal let people message their friends"):
//   vetoes too, except in a sentence that denies the claim outright ("Meta denies sharing messages,
//   saying the API let people message friends").
import type { CompiledMatcher } from '../compile';
import type { MatchSpec } from '../../claims/schema';
import type { Csr, CsrBuilder } from '../engine/csr';
import { isPresent, type Scope } from '../engine/presence';
import { sentenceDenies } from '../engine/stance-codes';
import type { ConceptResolver } from './resolver';

export interface VetoTables {
  /** Claim → vetoing concepts (CSR), and their presence classes (parallel). */
  readonly noneStart: Int32Array;
  readonly noneConcepts: Int32Array;
  readonly noneClasses: Int32Array;
  /** Claim → benign concepts (CSR). */
  readonly benignStart: Int32Array;
  readonly benignConcepts: Int32Array;
}

export function readVeto(match: MatchSpec, resolve: ConceptResolver, none: CsrBuilder, benign: CsrBuilder): void {
  resolve.allInto(match.none, none);
  resolve.allInto(match.benign, benign);
}

export function compileVeto(none: Csr, benign: Csr, conceptClass: Int32Array): VetoTables {
  return {
    noneStart: none.start,
    noneConcepts: none.items,
    noneClasses: none.items.map((concept) => conceptClass[concept]!),
    benignStart: benign.start,
    benignConcepts: benign.items,
  };
}

/** Does the rule check the claim in every sentence? */
export function vetoChecks(none: Csr, benign: Csr, claim: number): boolean {
  return none.start[claim + 1]! > none.start[claim]! || benign.start[claim + 1]! > benign.start[claim]!;
}

/** Is the claim vetoed in the sentence round `stamp`? */
export function isVetoed(matcher: CompiledMatcher, claim: number, stamp: number, text: string, scope: Scope): boolean {
  const { noneStart, noneClasses } = matcher.veto;
  const { classStamp } = matcher.marks;
  for (let k = noneStart[claim]!; k < noneStart[claim + 1]!; k++)
    if (classStamp[noneClasses[k]!] === stamp) return true;
  return (
    namesBenign(matcher, claim, (concept) => isPresent(matcher, concept, stamp)) &&
    !sentenceDenies(matcher, text, scope)
  );
}

/** The same for a sentence that borrows concepts: only what it names itself (marked `ownMark`) can veto. */
export function isVetoedByOwnWords(
  matcher: CompiledMatcher,
  claim: number,
  ownMark: number,
  text: string,
  scope: Scope,
): boolean {
  const { noneStart, noneConcepts } = matcher.veto;
  const { ownConcept } = matcher.marks;
  for (let k = noneStart[claim]!; k < noneStart[claim + 1]!; k++)
    if (ownConcept[noneConcepts[k]!] === ownMark) return true;
  return (
    namesBenign(matcher, claim, (concept) => ownConcept[concept] === ownMark) && !sentenceDenies(matcher, text, scope)
  );
}

function namesBenign(matcher: CompiledMatcher, claim: number, present: (concept: number) => boolean): boolean {
  const { benignStart, benignConcepts } = matcher.veto;
  for (let k = benignStart[claim]!; k < benignStart[claim + 1]!; k++) if (present(benignConcepts[k]!)) return true;
  return false;
}
