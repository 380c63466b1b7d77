// Rule `document`: a sentence may take a claim's parties (its `carry` concepts) from its document,
// not only from the two sentences before it (rules/carry.ts): from the headline or a heading, or
// from a paragraph at most DOCUMENT_PARAGRAPHS blocks back. "The company denies sharing people's
// private messages with Netflix" states the claim under a headline that names Meta. Such a sentence
// must name two groups of the pattern itself, borrows one party at most (rules/carry.ts, closer by,
// may borrow two), and must refer to the party it borrows: a word that refers
// back ("it", "the company", see reference.ts), or one of the party's role words (rules/roles.ts),
// which then counts as naming the party; or name all the rest of the claim itself (IMPLIED_OWN_GROUPS
// groups: "nothing shows Facebook sold the messages" in an article about Netflix). It did not state
// the claim by itself, scores
// DOCUMENT_SCORE_PENALTY lower, and lists the borrowed party's words (as the document wrote them)
// last in "matched because".
import type { CompiledMatcher } from '../compile';
import type { BlockKind, DocumentContext } from '../context';
import type { ClaimMatch } from '../types';
import { evidenceOf, type Candidate } from '../engine/evidence';
import { patternHolds, patternUses } from '../engine/patterns';
import { stampClasses, type Scope } from '../engine/presence';
import { hitText, visitHitsNaming } from '../engine/hits-in-range';
import { registers } from '../engine/scan-state';
import { describesPartyAt, namesPartyByName, refersBackToOneAt } from '../reference';
import { splitSentenceBounds } from '../sentences';
import { LENDABLE, NAMED_BY_BORROWER, readBorrowingGroups } from './carry';
import { isNearEnough } from './near';
import { orderByStart, pushBorrowedMatches } from './borrowed-match';
import { isVetoedByOwnWords } from './veto';

/** A paragraph lends its parties to the blocks at most this many blocks after it; headlines and headings to all. */
export const DOCUMENT_PARAGRAPHS = 3;
const DOCUMENT_SCORE_PENALTY = 0.25;
/** A sentence with no word that refers back borrows a party only when it names this many groups of the pattern itself. */
export const IMPLIED_OWN_GROUPS = 3;

/**
 * The lendable concepts the document may lend to the block being read, most recently named last. A
 * party the document has only described ("streaming services") is not lent: the description may be
 * anyone's until the party is named.
 */
function lenders(context: DocumentContext): number[] {
  const lent: number[] = [];
  for (const [concept, named] of context.named)
    if (named.byName && (named.kind !== 'paragraph' || context.blocks - named.block <= DOCUMENT_PARAGRAPHS))
      lent.push(concept);
  return lent;
}

const distinctiveByMatcher = new WeakMap<
  CompiledMatcher,
  { used: Set<number>[]; distinct: Set<number>[]; keys: Set<number>[]; siblings: number[][] }
>();

/** Claim → its siblings (by `overrides`, either way), from the overrides table: linear in its size. */
function siblingLists(matcher: CompiledMatcher): number[][] {
  const { overrideStart, overrideClaims } = matcher.siblings;
  const lists: number[][] = matcher.claimIds.map(() => []);
  for (let claim = 0; claim < lists.length; claim++)
    for (let k = overrideStart[claim]!; k < overrideStart[claim + 1]!; k++) {
      const other = overrideClaims[k]!;
      if (other === claim) continue;
      if (!lists[claim]!.includes(other)) lists[claim]!.push(other);
      if (!lists[other]!.includes(claim)) lists[other]!.push(claim);
    }
  return lists;
}

/**
 * Per claim: its distinctive concepts (used by its patterns, by no sibling's, not parties), and its
 * key concepts (distinctive ones a sibling's `none` rules out for itself: "sold" is not the
 * inbox-access claim's word, so naming it names the sale claim). Built once per matcher, on first
 * need (WeakMap: a matcher dropped is forgotten). A claim without siblings: all it says is its own.
 */
function conceptsOwnedBy(matcher: CompiledMatcher): {
  used: Set<number>[];
  distinct: Set<number>[];
  keys: Set<number>[];
  siblings: number[][];
} {
  let table = distinctiveByMatcher.get(matcher);
  if (table) return table;
  const { patternClaim, patternGroupStart, groupConceptStart, groupConcepts } = matcher.patterns;
  const { noneStart, noneConcepts } = matcher.veto;
  const siblings = siblingLists(matcher);
  const used: Set<number>[] = siblings.map(() => new Set());
  for (let p = 0; p < patternClaim.length; p++) {
    const claim = patternClaim[p]!;
    const set = used[claim]!;
    for (let g = patternGroupStart[p]!; g < patternGroupStart[p + 1]!; g++)
      for (let c = groupConceptStart[g]!; c < groupConceptStart[g + 1]!; c++) set.add(groupConcepts[c]!);
  }
  const distinct = used.map((concepts, claim) => {
    const own = new Set<number>();
    for (const concept of concepts)
      if (matcher.carry.conceptLendable[concept] !== 1 && !siblings[claim]!.some((other) => used[other]!.has(concept)))
        own.add(concept);
    return own;
  });
  const keys = distinct.map((own, claim) => {
    const found = new Set<number>();
    if (own.size === 0) return found;
    for (const other of siblings[claim]!)
      for (let k = noneStart[other]!; k < noneStart[other + 1]!; k++)
        if (own.has(noneConcepts[k]!)) found.add(noneConcepts[k]!);
    return found;
  });
  table = { used, distinct, keys, siblings };
  distinctiveByMatcher.set(matcher, table);
  return table;
}

function isRoleOf(matcher: CompiledMatcher, term: number, party: number): boolean {
  const { termConceptStart, termConcepts } = matcher.terms;
  const { roleStart, roleParties } = matcher.roles;
  for (let k = termConceptStart[term]!; k < termConceptStart[term + 1]!; k++) {
    const role = termConcepts[k]!;
    for (let r = roleStart[role]!; r < roleStart[role + 1]!; r++) if (roleParties[r] === party) return true;
  }
  return false;
}

/** The claim's siblings (by `overrides`, either way), worked out once per matcher. */
export function siblingsOf(matcher: CompiledMatcher, claim: number): readonly number[] {
  return conceptsOwnedBy(matcher).siblings[claim] ?? [];
}

/**
 * Does the block's text [start, end) name a key concept of one of the claim's siblings, and none of
 * its own? "No document supports the idea of a sale" is about the sale, not the access claim stated
 * before it. Call while the scan registers hold the block.
 */
export function namesOnlySiblingKey(matcher: CompiledMatcher, claim: number, start: number, end: number): boolean {
  if (distinctiveWordsIn(matcher, claim, start, end) !== null) return false;
  for (const other of conceptsOwnedBy(matcher).siblings[claim] ?? [])
    if (distinctiveWordsIn(matcher, other, start, end) !== null) return true;
  return false;
}

/**
 * The words of the first hit in the block's text [start, end) whose term names a concept `wanted`
 * accepts, or null. Call while the scan registers hold the block.
 */
export function wordsNamingConcept(
  matcher: CompiledMatcher,
  start: number,
  end: number,
  wanted: (concept: number) => boolean,
): string | null {
  let words: string | null = null;
  visitHitsNaming(matcher, start, end, wanted, (hit) => {
    words = hitText(hit);
    return true;
  });
  return words;
}

/**
 * The words of the block's text [start, end) that name one of the claim's key concepts (a hit in
 * `registers`), or null: "a sale" names the sale claim, not its siblings. Call while the scan
 * registers hold the block.
 */
export function distinctiveWordsIn(matcher: CompiledMatcher, claim: number, start: number, end: number): string | null {
  const distinct = conceptsOwnedBy(matcher).keys[claim];
  if (!distinct || distinct.size === 0) return null;
  return wordsNamingConcept(matcher, start, end, (concept) => distinct.has(concept));
}

/**
 * Adds to `words` the words of the block's text [start, end) that name a concept the claim's patterns
 * use, parties (lendable concepts) left out: what the claim says there beyond who. Call while the scan
 * registers hold the block.
 */
export function claimWordsIn(
  matcher: CompiledMatcher,
  claim: number,
  start: number,
  end: number,
  words: Set<number>,
): void {
  const used = conceptsOwnedBy(matcher).used[claim];
  if (!used || used.size === 0) return;
  const { conceptLendable } = matcher.carry;
  const { hitFirst, hitLast } = registers;
  visitHitsNaming(
    matcher,
    start,
    end,
    (concept) => conceptLendable[concept] !== 1 && used.has(concept),
    (hit) => {
      for (let w = hitFirst[hit]!; w <= hitLast[hit]!; w++) words.add(w);
      return false;
    },
  );
}

/** Does the sentence name one of the claim's distinctive concepts (in any of its patterns)? */
function namesDistinctive(matcher: CompiledMatcher, claim: number, ownMark: number): boolean {
  for (const concept of conceptsOwnedBy(matcher).distinct[claim]!)
    if (matcher.marks.ownConcept[concept] === ownMark) return true;
  return false;
}

/** Is the claim already found in the sentence, or a sibling (by `overrides`, either way) of one that is? */
function isSiblingOfStated(matcher: CompiledMatcher, claim: number, stated: ReadonlySet<string>): boolean {
  if (stated.has(matcher.claimIds[claim]!)) return true;
  const { overrideStart, overrideClaims } = matcher.siblings;
  for (let k = overrideStart[claim]!; k < overrideStart[claim + 1]!; k++)
    if (stated.has(matcher.claimIds[overrideClaims[k]!]!)) return true;
  for (const id of stated) {
    const other = matcher.story.claimIndex.get(id);
    if (other === undefined) continue;
    for (let k = overrideStart[other]!; k < overrideStart[other + 1]!; k++)
      if (overrideClaims[k] === claim) return true;
  }
  return false;
}

/**
 * Adds the matches of the block's sentences that borrow parties from the document to `results`
 * (the block's own matches, ordered by start), keeping them ordered by start. Call after the
 * block was scanned (its words and hits are in `registers`).
 */
export function matchWithDocumentParties(
  matcher: CompiledMatcher,
  context: DocumentContext,
  text: string,
  results: ClaimMatch[],
): void {
  if (context.named.size === 0 || matcher.carry.lendPatterns.length === 0) return;
  const { carryTerms } = matcher.carry;
  const { roleTerms } = matcher.roles;
  const { hitFirst, hitTerm, hitCount, wordStart } = registers;
  // Cheap test first: a borrowing sentence names two groups itself.
  let named = 0;
  for (let h = 0; h < hitCount && named < 2; h++)
    if ((carryTerms[hitTerm[h]!]! & NAMED_BY_BORROWER) !== 0 || roleTerms[hitTerm[h]!] === 1) named++;
  if (named < 2) return;
  const lent = lenders(context);
  if (lent.length === 0) return;
  // matchText stops before recording the block when nothing in it can wake a pattern by itself.
  registers.text = text;

  const { conceptClass } = matcher.presence;
  const { patternClaim, patternGroupStart } = matcher.patterns;
  const { lendPatternStart, lendPatterns } = matcher.carry;
  const { termConceptStart, termConcepts } = matcher.terms;
  const marks = matcher.marks;
  const bounds = registers.sentences;
  const sentences = splitSentenceBounds(
    text,
    bounds,
    registers.breaks,
    registers.breakCount,
    wordStart[hitFirst[hitCount - 1]!]!,
  );
  const found = results.length;
  /** Sentence start → the claims the block already found there (by itself or from its neighbours). */
  const stated = new Map<number, Set<string>>();
  for (let r = 0; r < found; r++) {
    const match = results[r]!;
    let claims = stated.get(match.start);
    if (!claims) stated.set(match.start, (claims = new Set()));
    claims.add(match.claimId);
  }
  const wordCount = registers.wordCount;
  let word = 0;
  let hit = 0;
  for (let s = 0; s < sentences; s++) {
    const start = bounds.starts[s]!;
    const end = bounds.ends[s]!;
    while (word < wordCount && wordStart[word]! < start) word++;
    const firstWord = word;
    while (word < wordCount && wordStart[word]! < end) word++;
    while (hit < hitCount && hitFirst[hit]! < firstWord) hit++;
    const firstHit = hit;
    while (hit < hitCount && hitFirst[hit]! < word) hit++;
    if (hit - firstHit < 2) continue;
    const statedHere = stated.get(start);
    const own: Scope = { firstHit, endHit: hit, firstWord, endWord: word };

    // Cheap tests first: two groups of its own (or a role word), and a word that points back.
    let ownNamed = 0;
    let hasRole = false;
    /** Where the sentence first names a party itself: a reference after it points to that party. */
    let firstParty = end;
    for (let h = firstHit; h < own.endHit; h++) {
      const term = hitTerm[h]!;
      if ((carryTerms[term]! & NAMED_BY_BORROWER) !== 0) ownNamed++;
      if (roleTerms[term] === 1) hasRole = true;
      if ((carryTerms[term]! & LENDABLE) !== 0) firstParty = Math.min(firstParty, wordStart[hitFirst[h]!]!);
    }
    if (ownNamed < 2 && !hasRole) continue;
    const sentence = text.slice(start, end);
    // A pronoun reaches back one block (or to the headline); a description ("the company") further.
    // Either must come before the sentence names a party of its own ("Spotify …, and the company said").
    const describesAt = describesPartyAt(sentence);
    const describes = describesAt >= 0 && start + describesAt < firstParty;
    const pronounAt = describes ? -1 : refersBackToOneAt(sentence);
    const pronoun = pronounAt >= 0 && start + pronounAt < firstParty;
    // Without a word that refers back, only a sentence that names all the rest of the claim itself
    // (IMPLIED_OWN_GROUPS groups) may leave a party implied: "Nothing shows Facebook sold the messages."
    const implied = !hasRole && !describes && !pronoun;
    if (implied && ownNamed < IMPLIED_OWN_GROUPS) continue;
    // The concepts the sentence names itself.
    const ownMark = marks.own.next();
    for (let h = firstHit; h < own.endHit; h++) {
      const term = hitTerm[h]!;
      for (let k = termConceptStart[term]!; k < termConceptStart[term + 1]!; k++)
        marks.ownConcept[termConcepts[k]!] = ownMark;
    }
    // Borrowed parties: named by the document, not by the sentence. A role word names its party.
    const borrowed: number[] = [];
    let viaRole = 0;
    for (const concept of lent) {
      if (marks.ownConcept[concept] === ownMark) continue;
      let role = false;
      if (hasRole) for (let h = firstHit; h < own.endHit && !role; h++) role = isRoleOf(matcher, hitTerm[h]!, concept);
      const named = context.named.get(concept)!;
      if (role) viaRole++;
      else if (!describes && !implied && !(pronoun && (named.inTitle || named.block >= context.blocks - 1))) continue;
      borrowed.push(role ? ~concept : concept);
    }
    if (borrowed.length === 0) continue;
    const stamp = stampClasses(matcher, own);
    for (const entry of borrowed) {
      const concept = entry < 0 ? ~entry : entry;
      marks.classStamp[conceptClass[concept]!] = stamp;
      if (entry < 0) marks.ownConcept[concept] = ownMark;
    }
    const candidates: Candidate[] = [];
    const borrowedBy: number[][] = [];
    const seen = new Set<number>();
    for (const entry of borrowed) {
      const concept = entry < 0 ? ~entry : entry;
      for (let k = lendPatternStart[concept]!; k < lendPatternStart[concept + 1]!; k++) {
        const pattern = lendPatterns[k]!;
        const claim = patternClaim[pattern]!;
        if (seen.has(claim) || (statedHere && isSiblingOfStated(matcher, claim, statedHere))) continue;
        if (!patternHolds(matcher, pattern, stamp)) continue;
        const taken: number[] = [];
        const ownGroups = readBorrowingGroups(matcher, claim, pattern, ownMark, stamp, context.named, taken);
        // One party from afar; a sentence that needs two is about someone else more often than not.
        if (ownGroups < 0 || ownGroups < (implied ? IMPLIED_OWN_GROUPS : 2) || taken.length > 1) continue;
        // A party left implied needs what only this claim says, not what a sibling says too ("read").
        if (implied && !namesDistinctive(matcher, claim, ownMark)) continue;
        if (taken.length === 0 && viaRole === 0) continue;
        if (
          isVetoedByOwnWords(matcher, claim, ownMark, text, own) ||
          !isNearEnough(matcher, claim, pattern, own, ownMark)
        )
          continue;
        seen.add(claim);
        candidates.push({
          claim,
          pattern,
          groups: patternGroupStart[pattern + 1]! - patternGroupStart[pattern]!,
          evidence: evidenceOf(matcher, pattern, own),
        });
        // A party named by a role word is listed too, as the document named it.
        for (const entry of borrowed) if (entry < 0 && patternUses(matcher, pattern, ~entry)) taken.push(~entry);
        borrowedBy.push(taken);
      }
    }
    if (candidates.length === 0) continue;
    pushBorrowedMatches(
      matcher,
      text,
      start,
      end,
      own,
      candidates,
      (i, ownWhy) =>
        borrowedBy[i]!.map((concept) => context.named.get(concept)!.surface).filter((term) => !ownWhy.includes(term)),
      DOCUMENT_SCORE_PENALTY,
      results,
    );
  }
  orderByStart(results, found);
}

/** Records the lendable concepts the block names (its hits, in `registers`) in the document context. */
export function recordNamedParties(
  matcher: CompiledMatcher,
  context: DocumentContext,
  text: string,
  block: number,
  kind: BlockKind,
): void {
  const { carryTerms, conceptLendable } = matcher.carry;
  const { termConceptStart, termConcepts } = matcher.terms;
  const { hitFirst, hitLast, hitTerm, hitCount, wordStart, wordEnd } = registers;
  for (let h = 0; h < hitCount; h++) {
    const term = hitTerm[h]!;
    if ((carryTerms[term]! & LENDABLE) === 0) continue;
    for (let k = termConceptStart[term]!; k < termConceptStart[term + 1]!; k++) {
      const concept = termConcepts[k]!;
      if (conceptLendable[concept] === 1) {
        // A paragraph that names the party again does not make the headline forget it.
        const before = context.named.get(concept);
        const surface = text.slice(wordStart[hitFirst[h]!]!, wordEnd[hitLast[h]!]!);
        context.named.set(concept, {
          block,
          kind,
          inTitle: kind === 'title' || before?.inTitle === true,
          surface,
          byName: before?.byName === true || namesPartyByName(surface, hitFirst[h] === hitLast[h]),
        });
      }
    }
  }
}
