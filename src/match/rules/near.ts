// Rule `near`: clause-like scope. In a pattern that uses both concepts, some term of one must be at
// most `words` words away from some term of the other ("sold … messages", not "shared memes … in chats").
import type { CompiledMatcher } from '../compile';
import type { MatchSpec } from '../../claims/schema';
import type { Csr, CsrBuilder } from '../engine/csr';
import { patternUses } from '../engine/patterns';
import type { Scope } from '../engine/presence';
import { registers } from '../engine/scan-state';
import type { ConceptResolver } from './resolver';

export interface NearTables {
  /** Claim → its rules, three numbers each: concept, concept, most words between (CSR over numbers). */
  readonly nearStart: Int32Array;
  readonly nearRules: Int32Array;
}

/** Appends the claim's rules, three numbers each (concept, concept, words), to the open row. */
export function readNear(match: MatchSpec, resolve: ConceptResolver, out: CsrBuilder): void {
  for (const {
    concepts: [first, second],
    words,
  } of match.near ?? []) {
    const a = resolve.one(first);
    const b = resolve.one(second);
    if (a !== null && b !== null) {
      out.push(a);
      out.push(b);
      out.push(words);
    }
  }
}

export function compileNear(entries: Csr): NearTables {
  return { nearStart: entries.start, nearRules: entries.items };
}

/** Does the rule check the claim in every sentence? */
export function nearChecks(entries: Csr, claim: number): boolean {
  return entries.start[claim + 1]! > entries.start[claim]!;
}

function termHasConcept(matcher: CompiledMatcher, term: number, concept: number): boolean {
  const { termConceptStart, termConcepts } = matcher.terms;
  for (let k = termConceptStart[term]!; k < termConceptStart[term + 1]!; k++)
    if (termConcepts[k] === concept) return true;
  return false;
}

/**
 * Are the pattern's concepts that a rule pairs close enough in the scope? With `ownMark`, a concept
 * the sentence borrowed (not marked) has no distance to measure, and its rule is skipped.
 */
export function isNearEnough(
  matcher: CompiledMatcher,
  claim: number,
  pattern: number,
  scope: Scope,
  ownMark = 0,
): boolean {
  const { nearStart, nearRules } = matcher.near;
  const { firstHit, endHit, endWord } = scope;
  const { hitFirst, hitLast, hitTerm } = registers;
  for (let r = nearStart[claim]!; r < nearStart[claim + 1]!; r += 3) {
    const a = nearRules[r]!;
    const b = nearRules[r + 1]!;
    const words = nearRules[r + 2]!;
    if (!patternUses(matcher, pattern, a) || !patternUses(matcher, pattern, b)) continue;
    if (ownMark !== 0 && (matcher.marks.ownConcept[a] !== ownMark || matcher.marks.ownConcept[b] !== ownMark)) continue;
    let near = false;
    for (let i = firstHit; i < endHit && !near; i++) {
      if (hitLast[i]! >= endWord || !termHasConcept(matcher, hitTerm[i]!, a)) continue;
      for (let j = firstHit; j < endHit && !near; j++) {
        if (hitLast[j]! >= endWord || !termHasConcept(matcher, hitTerm[j]!, b)) continue;
        const gap = Math.max(hitFirst[j]! - hitLast[i]!, hitFirst[i]! - hitLast[j]!) - 1;
        near = gap <= words;
      }
    }
    if (!near) return false;
  }
  return true;
}
