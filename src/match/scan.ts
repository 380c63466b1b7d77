// Scans text with a compiled matcher: words → trie hits → per-sentence concept sets → the patterns
// anchored on those concepts → overrides between sibling claims → stance, score and "why".
// Sentences are only split when the text has a hit that can wake a pattern: most blocks of a page have none.
import { guardIdOf, symbolsOfSurface, trieChild, type CompiledMatcher } from './compile';
import { isWordCode, normalizeToken, stem } from './normalize';
import { isBreakCandidate, sentenceEnds, sentenceStarts, splitSentenceBounds, type SentenceSpan } from './sentences';
import { PLAIN_WORD } from './surfaces';
import { refersBack } from './reference';
import { hasDenialCue, stanceCode, stanceOf } from './stance';
import type { ClaimMatch } from './types';

// Scratch buffers reused by every scan: matching is synchronous, so one set serves all matchers
// and no block allocates its own arrays (most blocks of a page have no hit at all).
let wordStart = new Int32Array(1024);
let wordEnd = new Int32Array(1024);
/** Which word of its token (0, or 1 for the "billion" of "5bn"). */
let wordPart = new Int32Array(1024);
/** The word's symbols: `surfaces.symbols[wordSymbolStart .. + wordSymbolCount]`. */
let wordSymbolStart = new Int32Array(1024);
let wordSymbolCount = new Int32Array(1024);
/** The word's token's entry in the surface table. */
let wordEntry = new Int32Array(1024);
let hitFirst = new Int32Array(256);
let hitLast = new Int32Array(256);
let hitTerm = new Int32Array(256);
let hitCount = 0;
/** Offsets of the newlines and sentence terminators outside tokens, for the sentence splitter. */
let breaks = new Int32Array(256);
let breakCount = 0;
/** The stance codes of the sentence being matched (see sentenceStanceCodes). */
let stanceCodes = new Int32Array(256);
/** The text being scanned (patternAccepts reads a vetoed sentence's words). */
let scanText = '';

function grow(array: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const bigger = new Int32Array(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** 1 for ASCII letters and digits (the tokenizer's fast path), 0 otherwise. */
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) ASCII_WORD[code] = isWordCode(code) ? 1 : 0;

const isApostrophe = (code: number) =>
  code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0x02bc || code === 0xff07;
const isDigit = (code: number) => code >= 48 && code <= 57;
const isLetter = (code: number) => isWordCode(code) && !isDigit(code);

/**
 * Reads the words of `text` into the word buffers; returns how many. Tokens are exactly those of
 * normalize.ts's tokenEnd; each is hashed while it is read and looked up in the matcher's surface table.
 */
function readWords(matcher: CompiledMatcher, text: string): number {
  const surfaces = matcher.scratch.surfaces;
  surfaces.trim();
  breakCount = 0;
  let count = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    if (code < 128 ? ASCII_WORD[code] === 0 : !isWordCode(code)) {
      if (isBreakCandidate(code)) {
        if (breakCount === breaks.length) breaks = grow(breaks, breakCount + 1);
        breaks[breakCount++] = i;
      }
      i++;
      continue;
    }
    const start = i;
    let hash = Math.imul(0x811c9dc5 ^ (code >= 65 && code <= 90 ? code | 32 : code), 0x01000193);
    i++;
    while (i < length) {
      code = text.charCodeAt(i);
      if (code < 128 ? ASCII_WORD[code] === 1 : isWordCode(code)) {
        hash = Math.imul(hash ^ (code >= 65 && code <= 90 ? code | 32 : code), 0x01000193);
        i++;
        continue;
      }
      // "didn't", "Meta’s" (letters around an apostrophe); "5.5", "1,000" (digits around . or ,).
      if (i + 1 < length) {
        const prev = text.charCodeAt(i - 1);
        const next = text.charCodeAt(i + 1);
        if (
          (isApostrophe(code) && isLetter(prev) && isLetter(next)) ||
          ((code === 0x2e || code === 0x2c) && isDigit(prev) && isDigit(next))
        ) {
          hash = Math.imul(hash ^ code, 0x01000193);
          hash = Math.imul(hash ^ (next >= 65 && next <= 90 ? next | 32 : next), 0x01000193);
          i += 2;
          continue;
        }
      }
      break;
    }
    let entry = surfaces.find(text, start, i, hash);
    if (entry < 0) entry = surfaces.add(text, start, i, hash, symbolsOfSurface(matcher, text.slice(start, i)));
    const value = surfaces.entryValue[entry]!;
    if (count + 2 > wordStart.length) {
      const size = count + 2;
      wordStart = grow(wordStart, size);
      wordEnd = grow(wordEnd, wordStart.length);
      wordPart = grow(wordPart, wordStart.length);
      wordSymbolStart = grow(wordSymbolStart, wordStart.length);
      wordSymbolCount = grow(wordSymbolCount, wordStart.length);
      wordEntry = grow(wordEntry, wordStart.length);
    }
    if (value === PLAIN_WORD) {
      wordStart[count] = start;
      wordEnd[count] = i;
      wordPart[count] = 0;
      wordSymbolCount[count] = 0;
      wordEntry[count] = entry;
      count++;
      continue;
    }
    const values = surfaces.values;
    const parts = values[value]!;
    for (let part = 0; part < parts; part++) {
      wordStart[count] = start;
      wordEnd[count] = i;
      wordPart[count] = part;
      wordSymbolStart[count] = values[value + 1 + part * 2]!;
      wordSymbolCount[count] = values[value + 2 + part * 2]!;
      wordEntry[count] = entry;
      count++;
    }
  }
  return count;
}

function pushHit(first: number, last: number, term: number): void {
  if (hitCount === hitFirst.length) {
    hitFirst = grow(hitFirst, hitCount + 1);
    hitLast = grow(hitLast, hitFirst.length);
    hitTerm = grow(hitTerm, hitFirst.length);
  }
  hitFirst[hitCount] = first;
  hitLast[hitCount] = last;
  hitTerm[hitCount] = term;
  hitCount++;
}

/** Follows the trie from `node` (reached at word `at`), recording every term that ends on the way. */
function walkTrie(matcher: CompiledMatcher, node: number, first: number, at: number, wordCount: number): void {
  const term = matcher.nodeTerm[node]!;
  if (term >= 0) pushHit(first, at, term);
  const next = at + 1;
  const childMask = matcher.nodeChildMask[node]!;
  if (next >= wordCount || next - first >= matcher.maxTermWords || childMask === 0) return;
  const symbols = matcher.scratch.surfaces.symbols;
  for (let k = wordSymbolStart[next]!, end = k + wordSymbolCount[next]!; k < end; k++) {
    const symbol = symbols[k]!;
    if (((childMask >>> (symbol & 31)) & 1) === 0) continue;
    const child = trieChild(matcher, node, symbol);
    if (child >= 0) walkTrie(matcher, child, first, next, wordCount);
  }
}

/** Term hits into the hit buffers, ordered by first word. */
function findHits(matcher: CompiledMatcher, wordCount: number): void {
  hitCount = 0;
  const symbols = matcher.scratch.surfaces.symbols;
  const rootChild = matcher.rootChild;
  for (let i = 0; i < wordCount; i++) {
    if (wordSymbolCount[i] === 0) continue;
    for (let k = wordSymbolStart[i]!, end = k + wordSymbolCount[i]!; k < end; k++) {
      const child = rootChild[symbols[k]!]!;
      if (child >= 0) walkTrie(matcher, child, i, i, wordCount);
    }
  }
}

/** Hits [firstHit, endHit) as seen from one sentence: words before `endWord` only. */
interface Scope {
  firstHit: number;
  endHit: number;
  firstWord: number;
  endWord: number;
}

interface Candidate {
  claim: number;
  pattern: number;
  groups: number;
  /** Hit indexes whose concepts belong to the pattern. */
  evidence: number[];
}

/** Quotes and brackets that may follow a sentence's "?". */
function isTrailingCloser(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 0xbb ||
    code === 0x29 ||
    code === 0x5d
  );
}

function isQuestion(text: string, span: SentenceSpan): boolean {
  let end = span.end;
  while (end > span.start && isTrailingCloser(text.charCodeAt(end - 1))) end--;
  return text.charCodeAt(end - 1) === 0x3f;
}

/**
 * Finds every claim stated in `text`. Matches are whole sentences, ordered by start; one sentence's
 * matches come in the order its patterns wake in the whole block (see inBlockWakeOrder).
 */
export function matchText(matcher: CompiledMatcher, text: string): ClaimMatch[] {
  const wordCount = readWords(matcher, text);
  findHits(matcher, wordCount);
  const results: ClaimMatch[] = [];
  // Every pattern is woken by a hit on its anchor group: sentences after the last hit that can
  // wake one cannot match, and need not be found. Most blocks of a page have no such hit.
  const { anchorStart } = matcher;
  let lastAnchorHit = hitCount - 1;
  while (lastAnchorHit >= 0 && anchorStart[hitTerm[lastAnchorHit]! + 1] === anchorStart[hitTerm[lastAnchorHit]!])
    lastAnchorHit--;
  if (lastAnchorHit < 0) return results;
  firstHitsRecorded = false;
  scanText = text;
  // A sentence after the last anchor hit can still borrow that anchor from the sentences before it.
  // A sentence after it may borrow that anchor from the ones before: split on to its last hit that
  // a borrowing claim can use (carryTerms), when the block has two such hits at all.
  const { carryTerms } = matcher;
  let lastCarryHit = -1;
  let carryHits = 0;
  if (matcher.carryConcepts.length > 0) {
    for (let h = hitCount - 1; h >= 0 && carryHits < 2; h--) {
      if ((carryTerms[hitTerm[h]!]! & 1) === 0) continue;
      if (carryHits++ === 0) lastCarryHit = h;
    }
  }
  const canBorrow = carryHits >= 2;
  const sentences = splitSentenceBounds(
    text,
    breaks,
    breakCount,
    wordStart[hitFirst[canBorrow ? Math.max(lastAnchorHit, lastCarryHit) : lastAnchorHit]!]!,
  );
  let hit = 0;
  let word = 0;
  for (let s = 0; s < sentences; s++) {
    const start = sentenceStarts[s]!;
    const end = sentenceEnds[s]!;
    while (word < wordCount && wordStart[word]! < start) word++;
    const firstWord = word;
    while (word < wordCount && wordStart[word]! < end) word++;
    while (hit < hitCount && hitFirst[hit]! < firstWord) hit++;
    const firstHit = hit;
    while (hit < hitCount && hitFirst[hit]! < word) hit++;
    if (firstHit === hit) continue;
    const scope = sentenceScope;
    scope.firstHit = firstHit;
    scope.endHit = hit;
    scope.firstWord = firstWord;
    scope.endWord = word;
    const held = patternsThatHold(matcher, scope);
    if (held.length === 0) continue;
    matchSentence(
      matcher,
      text,
      { start, end },
      scope,
      held.length > 1 ? inBlockWakeOrder(matcher, held) : held,
      results,
    );
  }
  if (canBorrow) matchWithCarriedConcepts(matcher, text, sentences, wordCount, results);
  return results;
}

/** The sentence being matched: one object for all, most sentences hold no pattern. */
const sentenceScope: Scope = { firstHit: 0, endHit: 0, firstWord: 0, endWord: 0 };
const NO_PATTERNS: readonly number[] = [];

/** Marks the presence classes of the scope (hits that run past its end do not count); returns the stamp. */
function stampClasses(matcher: CompiledMatcher, scope: Scope): number {
  const { termClassStart, termClasses } = matcher;
  const { classStamp } = matcher.scratch;
  const stamp = nextStamp(matcher);
  for (let h = scope.firstHit; h < scope.endHit; h++) {
    if (hitLast[h]! >= scope.endWord) continue;
    const term = hitTerm[h]!;
    for (let k = termClassStart[term]!; k < termClassStart[term + 1]!; k++) classStamp[termClasses[k]!] = stamp;
  }
  if (matcher.foldedGuards) stampFoldedGuards(matcher, scope, stamp);
  return stamp;
}

/** Lists with more classes than 16-bit guard ids: the guards of the classes present, folded. */
function stampFoldedGuards(matcher: CompiledMatcher, scope: Scope, stamp: number): void {
  const { termClassStart, termClasses } = matcher;
  const { classStamp, guardStamp } = matcher.scratch;
  for (let h = scope.firstHit; h < scope.endHit; h++) {
    const term = hitTerm[h]!;
    for (let k = termClassStart[term]!; k < termClassStart[term + 1]!; k++) {
      const presenceClass = termClasses[k]!;
      if (classStamp[presenceClass] === stamp) guardStamp[guardIdOf(presenceClass, true)] = stamp;
    }
  }
}

/** Does the pattern hold in the sentence, and is it neither vetoed (`none`) nor too far apart (`near`)? */
function patternAccepts(matcher: CompiledMatcher, pattern: number, stamp: number, scope: Scope): boolean {
  if (!patternHolds(matcher, pattern, stamp)) return false;
  const claim = matcher.patternClaim[pattern]!;
  // A benign reading ("the deal let people message their friends") vetoes, except in a sentence that
  // denies the claim outright: "Meta denies sharing messages, saying the API let people message friends".
  if (isVetoed(matcher, claim, stamp)) return false;
  if (
    namesBenign(matcher, claim, (concept) => matcher.scratch.classStamp[matcher.conceptClass[concept]!] === stamp) &&
    !sentenceDenies(matcher, scanText, scope)
  )
    return false;
  return isNearEnough(matcher, claim, pattern, scope);
}

/**
 * The patterns that hold in the sentence, in the order its hits wake them: each hit wakes the
 * patterns anchored on its term's concepts whose two guards are present; an entry whose guards
 * decide (see anchorPatterns) needs no further check.
 */
function patternsThatHold(matcher: CompiledMatcher, scope: Scope): readonly number[] {
  const stamp = stampClasses(matcher, scope);
  let held: number[] | null = null;
  const { anchorStart, anchorGuards, anchorPatterns } = matcher;
  const { patternStamp, guardStamp, termSeen } = matcher.scratch;
  guardStamp[matcher.guardNone] = stamp;
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
      if (entry >= 0 || patternAccepts(matcher, pattern, stamp, scope)) (held ??= []).push(pattern);
    }
  }
  return held ?? NO_PATTERNS;
}

/** Whether the block's first hit of each term is recorded (termFirstHit, under firstHitStamp). */
let firstHitsRecorded = false;

function recordFirstHits(matcher: CompiledMatcher): void {
  const scratch = matcher.scratch;
  if (scratch.firstHitStamp >= 0x7ffffff0) {
    scratch.firstHitStamp = 0;
    scratch.termFirstStamp.fill(0);
  }
  const mark = ++scratch.firstHitStamp;
  const { termFirstStamp, termFirstHit } = scratch;
  for (let h = 0; h < hitCount; h++) {
    const term = hitTerm[h]!;
    if (termFirstStamp[term] === mark) continue;
    termFirstStamp[term] = mark;
    termFirstHit[term] = h;
  }
  firstHitsRecorded = true;
}

/** The block's first hit on a term that lists the pattern (a term of its anchor group). */
function firstWakingHit(matcher: CompiledMatcher, pattern: number): number {
  const { patternAnchorGroup, groupConceptStart, groupConcepts, conceptTermStart, conceptTerms, scratch } = matcher;
  const { termFirstStamp, termFirstHit, firstHitStamp } = scratch;
  const anchor = patternAnchorGroup[pattern]!;
  let first = hitCount;
  for (let k = groupConceptStart[anchor]!; k < groupConceptStart[anchor + 1]!; k++) {
    const concept = groupConcepts[k]!;
    for (let j = conceptTermStart[concept]!; j < conceptTermStart[concept + 1]!; j++) {
      const term = conceptTerms[j]!;
      if (termFirstStamp[term] === firstHitStamp && termFirstHit[term]! < first) first = termFirstHit[term]!;
    }
  }
  return first;
}

/** The pattern's place in the term's anchor entries. */
function entryIndex(matcher: CompiledMatcher, term: number, pattern: number): number {
  const { anchorStart, anchorPatterns } = matcher;
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
 * the block's patterns, which decides ties between claims downstream.
 */
function inBlockWakeOrder(matcher: CompiledMatcher, held: readonly number[]): number[] {
  if (!firstHitsRecorded) recordFirstHits(matcher);
  const keys = held.map((pattern) => firstWakingHit(matcher, pattern));
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

function groupCount(matcher: CompiledMatcher, pattern: number): number {
  return matcher.patternGroupStart[pattern + 1]! - matcher.patternGroupStart[pattern]!;
}

/**
 * The claims of the held patterns, each with its best pattern (the one requiring most groups), as
 * claim, pattern, claim, pattern…: claims in the order their first pattern holds.
 */
function bestPatternPerClaim(matcher: CompiledMatcher, patterns: readonly number[]): number[] {
  const best: number[] = [];
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p]!;
    const claim = matcher.patternClaim[pattern]!;
    let at = 0;
    while (at < best.length && best[at] !== claim) at += 2;
    if (at === best.length) best.push(claim, pattern);
    else if (groupCount(matcher, pattern) > groupCount(matcher, best[at + 1]!)) best[at + 1] = pattern;
  }
  return best;
}

/** Adds the matches of the sentence's held patterns (at least one) to `results`. */
function matchSentence(
  matcher: CompiledMatcher,
  text: string,
  span: SentenceSpan,
  scope: Scope,
  held: readonly number[],
  results: ClaimMatch[],
): void {
  const { patternGroupStart } = matcher;
  const { firstWord, endWord } = scope;

  // Evidence: the hits whose concepts the winning pattern uses.
  const candidates: Candidate[] = [];
  const best = bestPatternPerClaim(matcher, held);
  for (let b = 0; b < best.length; b += 2) {
    const pattern = best[b + 1]!;
    candidates.push({
      claim: best[b]!,
      pattern,
      groups: patternGroupStart[pattern + 1]! - patternGroupStart[pattern]!,
      evidence: evidenceOf(matcher, pattern, scope),
    });
  }

  const winners = resolveSiblings(matcher, candidates);
  const sentenceLength = sentenceStanceCodes(matcher, text, firstWord, endWord);
  const question = isQuestion(text, span);
  const sentence = text.slice(span.start, span.end);
  for (let c = 0; c < winners.length; c++) {
    const candidate = winners[c]!;
    const evidence = candidate.evidence;
    const evidenceWords: (readonly [number, number])[] = [];
    for (let e = 0; e < evidence.length; e++)
      evidenceWords.push([hitFirst[evidence[e]!]! - firstWord, hitLast[evidence[e]!]! - firstWord]);
    results.push({
      claimId: matcher.claimIds[candidate.claim]!,
      start: span.start,
      end: span.end,
      text: sentence,
      score: scoreOf(candidate),
      stance: stanceOf(stanceCodes, sentenceLength, evidenceWords, question),
      why: whyOf(text, candidate.evidence),
    });
  }
}

function nextStamp(matcher: CompiledMatcher): number {
  const scratch = matcher.scratch;
  if (scratch.stamp >= 0x7ffffff0) {
    scratch.stamp = 0;
    scratch.classStamp.fill(0);
    scratch.guardStamp.fill(0);
    scratch.termSeen.fill(0);
    scratch.patternStamp.fill(0);
  }
  return ++scratch.stamp;
}

function patternHolds(matcher: CompiledMatcher, pattern: number, stamp: number): boolean {
  const { patternGroupStart, groupConceptStart, groupClasses, scratch } = matcher;
  for (let g = patternGroupStart[pattern]!; g < patternGroupStart[pattern + 1]!; g++) {
    let satisfied = false;
    for (let k = groupConceptStart[g]!; k < groupConceptStart[g + 1]! && !satisfied; k++)
      satisfied = scratch.classStamp[groupClasses[k]!] === stamp;
    if (!satisfied) return false;
  }
  return true;
}

function isVetoed(matcher: CompiledMatcher, claim: number, stamp: number): boolean {
  for (let k = matcher.noneStart[claim]!; k < matcher.noneStart[claim + 1]!; k++) {
    if (matcher.scratch.classStamp[matcher.noneClasses[k]!] === stamp) return true;
  }
  return false;
}

function patternUses(matcher: CompiledMatcher, pattern: number, concept: number): boolean {
  const { patternGroupStart, groupConceptStart, groupConcepts } = matcher;
  for (let g = patternGroupStart[pattern]!; g < patternGroupStart[pattern + 1]!; g++) {
    for (let k = groupConceptStart[g]!; k < groupConceptStart[g + 1]!; k++)
      if (groupConcepts[k] === concept) return true;
  }
  return false;
}

function termHasConcept(matcher: CompiledMatcher, term: number, concept: number): boolean {
  for (let k = matcher.termConceptStart[term]!; k < matcher.termConceptStart[term + 1]!; k++)
    if (matcher.termConcepts[k] === concept) return true;
  return false;
}

/** The claim's `near` rules that apply to this pattern: two of its concepts within so many words. */
function isNearEnough(matcher: CompiledMatcher, claim: number, pattern: number, scope: Scope, ownMark = 0): boolean {
  const { nearStart, nearRules } = matcher;
  const { firstHit, endHit, endWord } = scope;
  for (let r = nearStart[claim]!; r < nearStart[claim + 1]!; r += 3) {
    const a = nearRules[r]!;
    const b = nearRules[r + 1]!;
    const words = nearRules[r + 2]!;
    if (!patternUses(matcher, pattern, a) || !patternUses(matcher, pattern, b)) continue;
    // A concept borrowed from an earlier sentence has no distance to measure.
    if (ownMark !== 0 && (matcher.scratch.ownConcept[a] !== ownMark || matcher.scratch.ownConcept[b] !== ownMark))
      continue;
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

function overrides(matcher: CompiledMatcher, winner: number, loser: number): boolean {
  for (let k = matcher.overrideStart[winner]!; k < matcher.overrideStart[winner + 1]!; k++)
    if (matcher.overrideClaims[k] === loser) return true;
  return false;
}

/** Words covered by a candidate's evidence, for comparing how much of the sentence two claims explain. */
function coveredWords(candidate: Candidate): Set<number> {
  const covered = new Set<number>();
  const evidence = candidate.evidence;
  for (let e = 0; e < evidence.length; e++)
    for (let w = hitFirst[evidence[e]!]!; w <= hitLast[evidence[e]!]!; w++) covered.add(w);
  return covered;
}

/**
 * When sibling claims match one sentence, the more specific one wins: explicitly (`overrides`), or
 * when its evidence covers everything the other's does and it requires more concepts. Claims with
 * evidence of their own (Hastings on the board, in a sentence about DMs) are kept side by side.
 */
function resolveSiblings(matcher: CompiledMatcher, candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  // Overrides first: a claim that a more specific one overrides must not, in turn, outrank others.
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

/** The sentence's words as stance sees them, into `stanceCodes`; returns how many. */
function sentenceStanceCodes(matcher: CompiledMatcher, text: string, firstWord: number, endWord: number): number {
  const surfaces = matcher.scratch.surfaces;
  const codes = surfaces.entryStance;
  if (endWord - firstWord > stanceCodes.length) stanceCodes = grow(stanceCodes, endWord - firstWord);
  for (let w = firstWord; w < endWord; w++) {
    const at = 2 * wordEntry[w]!;
    // Worked out on a token's first sighting in a matched sentence, for both of its words.
    if (codes[at] === 0) {
      const words = normalizeToken(text.slice(wordStart[w]!, wordEnd[w]!));
      for (let part = 0; part < 2; part++)
        codes[at + part] = part < words.length ? stanceCode(words[part]!, stem(words[part]!)) : EMPTY_WORD;
    }
    stanceCodes[w - firstWord] = codes[at + wordPart[w]!]!;
  }
  return endWord - firstWord;
}

/** The stance code of a word a token does not have. */
const EMPTY_WORD = stanceCode('', '');

/** 0..1: more required concepts, found close together, score higher. */
function scoreOf(candidate: Candidate): number {
  let first = Infinity;
  let last = -Infinity;
  const evidence = candidate.evidence;
  for (let e = 0; e < evidence.length; e++) {
    first = Math.min(first, hitFirst[evidence[e]!]!);
    last = Math.max(last, hitLast[evidence[e]!]!);
  }
  const window = Math.max(1, last - first + 1);
  const proximity = Math.min(1, (candidate.groups * 2.5) / window);
  const score = 0.4 + 0.1 * Math.min(candidate.groups, 4) + 0.2 * proximity;
  return Math.round(Math.min(0.99, score) * 100) / 100;
}

function containsTerm(terms: readonly string[], key: string): boolean {
  for (let t = 0; t < terms.length; t++) if (terms[t]!.includes(key)) return true;
  return false;
}

/** The matched surface terms, in reading order, each once. */
function whyOf(text: string, evidence: readonly number[]): string[] {
  const why: string[] = [];
  /** `why` lower-cased: a term already listed, or containing this one, is not listed again. */
  const keys: string[] = [];
  for (let e = 0; e < evidence.length; e++) {
    const h = evidence[e]!;
    const surface = text.slice(wordStart[hitFirst[h]!]!, wordEnd[hitLast[h]!]!);
    const key = surface.toLowerCase();
    // A shorter term inside a longer one already listed ("access" in "programmatic access") adds nothing.
    if (containsTerm(keys, key)) continue;
    keys.push(key);
    why.push(surface);
  }
  return why;
}

// --- Concepts carried over from the previous sentences of a paragraph ----------------------------

/** How many sentences back a claim's `carry` concepts may have been named. */
const CARRY_SENTENCES = 2;
/** A match that borrows concepts is less certain than one that names everything. */
const CARRY_SCORE_PENALTY = 0.2;

function hasParagraphBreak(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a && ++newlines === 2) return true;
    if (code !== 0x0a && code !== 0x0d && code !== 0x20 && code !== 0x09) newlines = 0;
  }
  return false;
}

function isCarried(matcher: CompiledMatcher, claim: number, concept: number): boolean {
  const { carryStart, carryConcepts } = matcher;
  for (let k = carryStart[claim]!; k < carryStart[claim + 1]!; k++) if (carryConcepts[k] === concept) return true;
  return false;
}

/**
 * Sentences that state a claim but leave a party to the sentences before them ("The two companies
 * were given the ability to read users' private messages"): for each claim that lists `carry`
 * concepts and did not match the sentence on its own, a pattern may take those concepts from the
 * previous CARRY_SENTENCES sentences of the same paragraph. The sentence must name two groups
 * itself and refer back ("it", "the company"; "they", "the two companies" when it borrows two).
 */
function matchWithCarriedConcepts(
  matcher: CompiledMatcher,
  text: string,
  sentences: number,
  wordCount: number,
  results: ClaimMatch[],
): void {
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

  const {
    patternClaim,
    patternGroupStart,
    groupConceptStart,
    groupConcepts,
    carryStart,
    termConceptStart,
    termConcepts,
    scratch,
  } = matcher;
  const stated = new Set<number>();
  for (let r = 0; r < found; r++) stated.add(results[r]!.start);
  for (let s = 1; s < sentences; s++) {
    const own: Scope = {
      firstHit: firstHits[s]!,
      endHit: firstHits[s + 1]!,
      firstWord: firstWords[s]!,
      endWord: firstWords[s + 1]!,
    };
    let ownCarryHits = 0;
    for (let h = own.firstHit; h < own.endHit && ownCarryHits < 2; h++)
      ownCarryHits += matcher.carryTerms[hitTerm[h]!]! & 1;
    if (ownCarryHits < 2) continue;
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
      lendable = (matcher.carryTerms[hitTerm[h]!]! & 2) !== 0;
    if (!lendable) continue;
    const held = patternsThatHold(matcher, {
      firstHit: firstHits[from]!,
      endHit: own.endHit,
      firstWord: firstWords[from]!,
      endWord: own.endWord,
    });
    if (held.length === 0) continue;
    const ownMark = ++scratch.ownStamp;
    for (let h = own.firstHit; h < own.endHit; h++) {
      if (hitLast[h]! >= own.endWord) continue;
      const term = hitTerm[h]!;
      for (let k = termConceptStart[term]!; k < termConceptStart[term + 1]!; k++)
        scratch.ownConcept[termConcepts[k]!] = ownMark;
    }
    const matched = new Set<number>();
    const candidates: Candidate[] = [];
    const borrowedHits: number[][] = [];
    for (const pattern of held) {
      const claim = patternClaim[pattern]!;
      if (matched.has(claim) || carryStart[claim] === carryStart[claim + 1]) continue;
      let ownGroups = 0;
      let borrowed = 0;
      let possible = true;
      const borrowedConcepts: number[] = [];
      for (let g = patternGroupStart[pattern]!; g < patternGroupStart[pattern + 1]! && possible; g++) {
        let named = false;
        let carried = -1;
        for (let k = groupConceptStart[g]!; k < groupConceptStart[g + 1]!; k++) {
          const concept = groupConcepts[k]!;
          if (scratch.ownConcept[concept] === ownMark) named = true;
          else if (
            scratch.classStamp[matcher.conceptClass[concept]!] === scratch.stamp &&
            isCarried(matcher, claim, concept)
          )
            carried = concept;
        }
        if (named) ownGroups++;
        else if (carried >= 0) {
          borrowed++;
          borrowedConcepts.push(carried);
        } else possible = false;
      }
      if (!possible || borrowed === 0 || ownGroups < 2 || borrowed > 2) continue;
      if (
        isVetoedInSentence(matcher, claim, ownMark, text, own) ||
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
    const question = isQuestion(text, { start, end });
    const sentenceLength = sentenceStanceCodes(matcher, text, own.firstWord, own.endWord);
    for (const candidate of resolveSiblings(matcher, candidates)) {
      const evidenceWords: (readonly [number, number])[] = candidate.evidence.map(
        (h) => [hitFirst[h]! - own.firstWord, hitLast[h]! - own.firstWord] as const,
      );
      const ownWhy = whyOf(text, candidate.evidence);
      const ownKeys = ownWhy.map((term) => term.toLowerCase());
      const borrowedWhy = whyOf(text, borrowedHits[candidates.indexOf(candidate)]!).filter(
        (term) => !containsTerm(ownKeys, term.toLowerCase()),
      );
      results.push({
        claimId: matcher.claimIds[candidate.claim]!,
        start,
        end,
        text: sentence,
        score: Math.round(Math.max(0.3, scoreOf(candidate) - CARRY_SCORE_PENALTY) * 100) / 100,
        stance: stanceOf(stanceCodes, sentenceLength, evidenceWords, question),
        why: [...ownWhy, ...borrowedWhy],
      });
    }
  }
  // Matches stay ordered by start; a sentence's own matches come before the ones that borrow.
  if (results.length > found) {
    const ordered = results
      .map((match, i) => ({ match, i }))
      .sort((a, b) => a.match.start - b.match.start || a.i - b.i);
    for (let i = 0; i < ordered.length; i++) results[i] = ordered[i]!.match;
  }
}

function isVetoedInSentence(
  matcher: CompiledMatcher,
  claim: number,
  ownMark: number,
  text: string,
  scope: Scope,
): boolean {
  const { noneStart, noneConcepts, scratch } = matcher;
  for (let k = noneStart[claim]!; k < noneStart[claim + 1]!; k++) {
    if (scratch.ownConcept[noneConcepts[k]!] === ownMark) return true;
  }
  return (
    namesBenign(matcher, claim, (concept) => scratch.ownConcept[concept] === ownMark) &&
    !sentenceDenies(matcher, text, scope)
  );
}

/** Does the sentence reject something outright (a denial cue, not a mere negator)? */
function sentenceDenies(matcher: CompiledMatcher, text: string, scope: Scope): boolean {
  return hasDenialCue(stanceCodes, sentenceStanceCodes(matcher, text, scope.firstWord, scope.endWord));
}

function namesBenign(matcher: CompiledMatcher, claim: number, present: (concept: number) => boolean): boolean {
  const { benignStart, benignConcepts } = matcher;
  for (let k = benignStart[claim]!; k < benignStart[claim + 1]!; k++) if (present(benignConcepts[k]!)) return true;
  return false;
}

/** The hits in the scope whose concepts the pattern uses. */
function evidenceOf(matcher: CompiledMatcher, pattern: number, scope: Scope): number[] {
  const { patternGroupStart, groupConceptStart, groupConcepts } = matcher;
  return hitsOfConcepts(
    matcher,
    groupConcepts.subarray(
      groupConceptStart[patternGroupStart[pattern]!]!,
      groupConceptStart[patternGroupStart[pattern + 1]!]!,
    ),
    scope,
  );
}

/**
 * The hits in the scope on a term of one of the concepts. Marks the concepts' terms, so a hit is
 * evidence when its term is marked (a common word such as "data" belongs to dozens of concepts, a
 * concept has a few terms). Hot code (every match): loops by index.
 */
function hitsOfConcepts(matcher: CompiledMatcher, concepts: ArrayLike<number>, scope: Scope): number[] {
  const { conceptTermStart, conceptTerms, scratch } = matcher;
  const mark = ++scratch.markStamp;
  for (let k = 0; k < concepts.length; k++) {
    const concept = concepts[k]!;
    for (let j = conceptTermStart[concept]!; j < conceptTermStart[concept + 1]!; j++)
      scratch.termMark[conceptTerms[j]!] = mark;
  }
  const evidence: number[] = [];
  for (let h = scope.firstHit; h < scope.endHit; h++) {
    if (hitLast[h]! < scope.endWord && scratch.termMark[hitTerm[h]!] === mark) evidence.push(h);
  }
  return evidence;
}
