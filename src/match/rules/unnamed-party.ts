// Rule `unnamed-party`: a claim is about its parties (its `carry` concepts: Facebook, Netflix). In a
// document that never names any of them by name (not before the block, not in it, not in the blocks ahead
// when they are known), a sentence that matches the claim without naming one is about someone else:
// an email provider's "Inbox API gives programmatic access to a user's inbox" is not Netflix's. The
// party may be named anywhere in the article, so a headline read before its lede keeps its match.
// Claims without `carry` data, or whose patterns never name their parties, are untouched. Pure: reads the document context and the blocks ahead.
import type { CompiledMatcher } from '../compile';
import type { DocumentContext } from '../context';
import { patternUses } from '../engine/patterns';
import { readWords } from '../engine/read-words';
import { registers } from '../engine/scan-state';
import { findHits } from '../engine/trie';
import { namesPartyByName } from '../reference';
import type { ClaimMatch } from '../types';
import { LENDABLE } from './carry';

/**
 * Has the document named (so far, this block included) any party the claim may borrow, by its name?
 * A description alone ("the sports-streaming service") may be another firm's.
 */
function namedSoFar(matcher: CompiledMatcher, context: DocumentContext, claim: number): boolean {
  const { carryStart, carryConcepts } = matcher.carry;
  for (let k = carryStart[claim]!; k < carryStart[claim + 1]!; k++)
    if (context.named.get(carryConcepts[k]!)?.byName === true || context.partiesAhead?.has(carryConcepts[k]!))
      return true;
  return false;
}

/** Does some pattern of the claim use one of its parties (a claim whose patterns never name them is not about them)? */
function patternsNameParties(matcher: CompiledMatcher, claim: number): boolean {
  const { carryStart, carryConcepts } = matcher.carry;
  const { patternClaim } = matcher.patterns;
  for (let p = 0; p < patternClaim.length; p++) {
    if (patternClaim[p] !== claim) continue;
    for (let k = carryStart[claim]!; k < carryStart[claim + 1]!; k++)
      if (patternUses(matcher, p, carryConcepts[k]!)) return true;
  }
  return false;
}

/**
 * The lendable concepts (parties) the blocks still to come name, scanned once per batch of blocks
 * ahead and only when a match needs it. Overwrites the scan registers.
 */
function partiesAhead(matcher: CompiledMatcher, texts: readonly string[]): Set<number> {
  const parties = new Set<number>();
  const surfaces = matcher.marks.surfaces;
  const { carryTerms, conceptLendable } = matcher.carry;
  const { termConceptStart, termConcepts } = matcher.terms;
  for (const text of texts) {
    findHits(matcher.trie, surfaces, readWords(matcher.vocabulary, surfaces, text));
    const { hitFirst, hitLast, hitTerm, hitCount, wordStart, wordEnd } = registers;
    for (let h = 0; h < hitCount; h++) {
      const term = hitTerm[h]!;
      if ((carryTerms[term]! & LENDABLE) === 0) continue;
      if (!namesPartyByName(text.slice(wordStart[hitFirst[h]!]!, wordEnd[hitLast[h]!]!), hitFirst[h] === hitLast[h]))
        continue;
      for (let k = termConceptStart[term]!; k < termConceptStart[term + 1]!; k++)
        if (conceptLendable[termConcepts[k]!] === 1) parties.add(termConcepts[k]!);
    }
  }
  return parties;
}

/**
 * The block's matches less those of claims whose parties the document never names. Call last in
 * matchBlock, after the block's parties are recorded (it may overwrite the scan registers).
 */
export function dropMatchesWithoutParties(
  matcher: CompiledMatcher,
  context: DocumentContext,
  block: number,
  matches: ClaimMatch[],
): ClaimMatch[] {
  let out = matches;
  for (const match of matches) {
    const claim = matcher.story.claimIndex.get(match.claimId);
    if (claim === undefined || matcher.carry.carryStart[claim + 1]! === matcher.carry.carryStart[claim]!) continue;
    if (namedSoFar(matcher, context, claim)) continue;
    if (context.partiesAhead === null) {
      const later = block + 1 - context.aheadFrom;
      context.partiesAhead = partiesAhead(matcher, later >= 0 ? context.ahead.slice(later) : []);
      if (namedSoFar(matcher, context, claim)) continue;
    }
    if (!patternsNameParties(matcher, claim)) continue;
    out = out.filter((other) => other.claimId !== match.claimId);
  }
  return out;
}
