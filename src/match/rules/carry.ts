// Rule `carry`: concepts (usually the parties) a sentence may take from the CARRY_SENTENCES sentences
// before it in its paragraph. "The two companies were given the ability to read users' private
// messages" states the claim when the sentence before named Facebook and Netflix. A sentence matched
// that way names two groups itself, refers back ("it", "the company"; "they", "the two companies"
// when it borrows two), did not state a claim on its own, and scores CARRY_SCORE_PENALTY lower; the
// borrowed terms are listed last in "matched because".
import type { ClaimMatch } from '../types';
import type { CompiledMatcher } from '../compile';
import type { MatchSpec } from '../../claims/schema';
import { toCsr, type Csr, type CsrBuilder } from '../engine/csr';
import type { ReadPatterns } from '../engine/patterns';
import { containsTerm, evidenceOf, hitsOfConcepts, whyOf, type Candidate } from '../engine/evidence';
import { patternsThatHold } from '../engine/anchors';
import type { Scope } from '../engine/presence';
import { registers } from '../engine/scan-state';
import { refersBack } from '../reference';
import { acceptsInSentence } from './accept';
import { isNearEnough } from './near';
import type { ConceptResolver } from './resolver';
import { orderByStart, pushBorrowedMatches } from './borrowed-match';
import { isVetoedByOwnWords } from './veto';

/** How many sentences back a claim's `carry` concepts may have been named. */
export const CARRY_SENTENCES = 2;
/** A match that borrows concepts is less certain than one that names everything. */
const CARRY_SCORE_PENALTY = 0.2;

/** carryTerms bits. */
export const NAMED_BY_BORROWER = 1;
export const LENDABLE = 2;

export interface CarryTables {
  /** Claim → concepts it may borrow (CSR). */
  readonly carryStart: Int32Array;
  readonly carryConcepts: Int32Array;
  /**
   * Term → NAMED_BY_BORROWER: it belongs to a concept of a claim that lists `carry` concepts (only
   * sentences with two such hits can borrow); LENDABLE: to a concept that may be borrowed (only a
   * neighbour with one can lend).
   */
  readonly carryTerms: Uint8Array;
  /** Concept → 1 when some claim may borrow it (the document context records these). */
  readonly conceptLendable: Uint8Array;
  /** Lendable concept → the patterns of claims that may borrow it and use it (CSR), for rules/document.ts. */
  readonly lendPatternStart: Int32Array;
  readonly lendPatterns: Int32Array;
}

export function readCarry(match: MatchSpec, resolve: ConceptResolver, out: CsrBuilder): void {
  resolve.allInto(match.carry, out);
}

export function compileCarry(entries: Csr, patterns: ReadPatterns, conceptTerms: Csr, termCount: number): CarryTables {
  const { patternClaim, patternGroupStart, groupConceptStart, groupConcepts } = patterns;
  const { start: termStart, items: terms } = conceptTerms;
  const { start: carryStart, items: carryConcepts } = entries;
  const conceptCount = termStart.length - 1;
  const carryTerms = new Uint8Array(termCount);
  const conceptLendable = new Uint8Array(conceptCount);
  for (const concept of carryConcepts) {
    conceptLendable[concept] = 1;
    for (let j = termStart[concept]!; j < termStart[concept + 1]!; j++) carryTerms[terms[j]!]! |= LENDABLE;
  }
  const lendLists: number[][] = Array.from({ length: conceptCount }, () => []);
  const lentBy = new Int32Array(conceptCount).fill(-1);
  for (let pattern = 0; pattern < patternClaim.length; pattern++) {
    const claim = patternClaim[pattern]!;
    if (carryStart[claim + 1] === carryStart[claim]) continue;
    const end = groupConceptStart[patternGroupStart[pattern + 1]!]!;
    for (let k = groupConceptStart[patternGroupStart[pattern]!]!; k < end; k++) {
      const concept = groupConcepts[k]!;
      for (let j = termStart[concept]!; j < termStart[concept + 1]!; j++) carryTerms[terms[j]!]! |= NAMED_BY_BORROWER;
      if (lentBy[concept] === pattern) continue;
      // The pattern lends each of its concepts the claim may borrow, once.
      for (let c = carryStart[claim]!; c < carryStart[claim + 1]!; c++) {
        if (carryConcepts[c] !== concept) continue;
        lentBy[concept] = pattern;
        lendLists[concept]!.push(pattern);
        break;
      }
    }
  }
  const lend = toCsr(lendLists);
  return {
    carryStart,
    carryConcepts,
    carryTerms,
    conceptLendable,
    lendPatternStart: lend.start,
    lendPatterns: lend.items,
  };
}

/**
 * The last hit a borrowing sentence can use, when the block has two hits a borrowing claim names
 * (else -1: nothing in the block can borrow). Sentences are split on to it.
 */
export function lastBorrowingHit(matcher: CompiledMatcher): number {
  if (matcher.carry.carryConcepts.length === 0) return -1;
  const { carryTerms } = matcher.carry;
  const { hitTerm } = registers;
  let last = -1;
  let found = 0;
  for (let h = registers.hitCount - 1; h >= 0 && found < 2; h--) {
    if ((carryTerms[hitTerm[h]!]! & NAMED_BY_BORROWER) === 0) continue;
    if (found++ === 0) last = h;
  }
  return found >= 2 ? last : -1;
}

function hasParagraphBreak(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a && ++newlines === 2) return true;
    if (code !== 0x0a && code !== 0x0d && code !== 0x20 && code !== 0x09) newlines = 0;
  }
  return false;
}

export function isCarried(matcher: CompiledMatcher, claim: number, concept: number): boolean {
  const { carryStart, carryConcepts } = matcher.carry;
  for (let k = carryStart[claim]!; k < carryStart[claim + 1]!; k++) if (carryConcepts[k] === concept) return true;
  return false;
}

/**
 * Reads a pattern's groups for a sentence that borrows: a group is the sentence's own when one of its
 * concepts is marked `ownMark`, else borrowed when one is present by `stamp` (its class stamped), may
 * be carried by the claim and (with `lentBy`) was named by the document. Pushes the borrowed concepts
 * (the last one of each group) to `taken`; returns how many groups are the sentence's own, or -1 when
 * some group is neither. Shared by this rule and rules/document.ts.
 */
export function readBorrowingGroups(
  matcher: CompiledMatcher,
  claim: number,
  pattern: number,
  ownMark: number,
  stamp: number,
  lentBy: ReadonlyMap<number, unknown> | null,
  taken: number[],
): number {
  const { patternGroupStart, groupConceptStart, groupConcepts } = matcher.patterns;
  const { ownConcept, classStamp } = matcher.marks;
  const { conceptClass } = matcher.presence;
  let ownGroups = 0;
  for (let g = patternGroupStart[pattern]!; g < patternGroupStart[pattern + 1]!; g++) {
    let isOwn = false;
    let carried = -1;
    for (let k = groupConceptStart[g]!; k < groupConceptStart[g + 1]!; k++) {
      const concept = groupConcepts[k]!;
      if (ownConcept[concept] === ownMark) isOwn = true;
      else if (
        classStamp[conceptClass[concept]!] === stamp &&
        (lentBy === null || lentBy.has(concept)) &&
        isCarried(matcher, claim, concept)
      )
        carried = concept;
    }
    if (isOwn) ownGroups++;
    else if (carried >= 0) taken.push(carried);
    else return -1;
  }
  return ownGroups;
}

/**
 * Adds the matches of sentences that borrow concepts to `results` (whose matches so far are the
 * block's own, ordered by start), keeping them ordered by start; a sentence's own matches come
 * before the ones that borrow.
 */
export function matchWithCarriedConcepts(
  matcher: CompiledMatcher,
  text: string,
  sentences: number,
  wordCount: number,
  results: ClaimMatch[],
): void {
  const { starts: sentenceStarts, ends: sentenceEnds } = registers.sentences;
  const { wordStart, hitFirst, hitLast, hitTerm, hitCount } = registers;
  const found = results.length;
  const firstWords = new Int32Array(sentences + 1);
  const firstHits = new Int32Array(sentences + 1);
  let word = 0;
  let hit = 0;
  for (let s = 0; s < sentences; s++) {
    while (word < wordCount && wordStart[word]! < sentenceStarts[s]!) word++;
    while (hit < hitCount && hitFirst[hit]! < word) hit++;
    firstWords[s] = word;
    firstHits[s] = hit;
  }
  while (word < wordCount && wordStart[word]! < sentenceEnds[sentences - 1]!) word++;
  while (hit < hitCount && hitFirst[hit]! < word) hit++;
  firstWords[sentences] = word;
  firstHits[sentences] = hit;

  const { patternClaim, patternGroupStart } = matcher.patterns;
  const { carryStart, carryTerms } = matcher.carry;
  const { termConceptStart, termConcepts } = matcher.terms;
  const marks = matcher.marks;
  const stated = new Set<number>();
  for (let r = 0; r < found; r++) stated.add(results[r]!.start);
  for (let s = 1; s < sentences; s++) {
    const own: Scope = {
      firstHit: firstHits[s]!,
      endHit: firstHits[s + 1]!,
      firstWord: firstWords[s]!,
      endWord: firstWords[s + 1]!,
    };
    let ownNamed = 0;
    for (let h = own.firstHit; h < own.endHit && ownNamed < 2; h++)
      ownNamed += carryTerms[hitTerm[h]!]! & NAMED_BY_BORROWER;
    if (ownNamed < 2) continue;
    const start = sentenceStarts[s]!;
    const end = sentenceEnds[s]!;
    // A sentence that states a claim by itself is not read through its neighbours as well.
    if (stated.has(start)) continue;
    const sentence = text.slice(start, end);
    if (!refersBack(sentence, 1)) continue;
    let from = s;
    while (
      from > 0 &&
      s - from < CARRY_SENTENCES &&
      !hasParagraphBreak(text, sentenceEnds[from - 1]!, sentenceStarts[from]!)
    )
      from--;
    if (from === s) continue;
    let lendable = false;
    for (let h = firstHits[from]!; h < own.firstHit && !lendable; h++)
      lendable = (carryTerms[hitTerm[h]!]! & LENDABLE) !== 0;
    if (!lendable) continue;
    const window: Scope = {
      firstHit: firstHits[from]!,
      endHit: own.endHit,
      firstWord: firstWords[from]!,
      endWord: own.endWord,
    };
    const held = patternsThatHold(matcher, window, acceptsInSentence);
    if (held.length === 0) continue;
    const ownMark = marks.own.next();
    for (let h = own.firstHit; h < own.endHit; h++) {
      if (hitLast[h]! >= own.endWord) continue;
      const term = hitTerm[h]!;
      for (let k = termConceptStart[term]!; k < termConceptStart[term + 1]!; k++)
        marks.ownConcept[termConcepts[k]!] = ownMark;
    }
    const matched = new Set<number>();
    const candidates: Candidate[] = [];
    const borrowedHits: number[][] = [];
    for (const pattern of held) {
      const claim = patternClaim[pattern]!;
      if (matched.has(claim) || carryStart[claim] === carryStart[claim + 1]) continue;
      const borrowedConcepts: number[] = [];
      const ownGroups = readBorrowingGroups(
        matcher,
        claim,
        pattern,
        ownMark,
        marks.sentence.value,
        null,
        borrowedConcepts,
      );
      const borrowed = borrowedConcepts.length;
      if (ownGroups < 0 || borrowed === 0 || ownGroups < 2 || borrowed > 2) continue;
      if (
        isVetoedByOwnWords(matcher, claim, ownMark, text, own) ||
        !isNearEnough(matcher, claim, pattern, own, ownMark)
      )
        continue;
      if (borrowed === 2 && !refersBack(sentence, 2)) continue;
      matched.add(claim);
      candidates.push({
        claim,
        pattern,
        groups: patternGroupStart[pattern + 1]! - patternGroupStart[pattern]!,
        evidence: evidenceOf(matcher, pattern, own),
      });
      borrowedHits.push(
        hitsOfConcepts(matcher, borrowedConcepts, {
          firstHit: firstHits[from]!,
          endHit: own.firstHit,
          firstWord: firstWords[from]!,
          endWord: own.firstWord,
        }),
      );
    }
    if (candidates.length === 0) continue;
    pushBorrowedMatches(
      matcher,
      text,
      start,
      end,
      own,
      candidates,
      (i, ownWhy) => {
        const ownKeys = ownWhy.map((term) => term.toLowerCase());
        return whyOf(text, borrowedHits[i]!).filter((term) => !containsTerm(ownKeys, term.toLowerCase()));
      },
      CARRY_SCORE_PENALTY,
      results,
    );
  }
  // Matches stay ordered by start; a sentence's own matches come before the ones that borrow.
  orderByStart(results, found);
}
