// Scans a text block with a compiled matcher. The pipeline:
//   1. read words      engine/read-words.ts   tokens → symbols, through the surface-form cache
//   2. find hits       engine/trie.ts         every term in the block
//      false names     rules/false-names.ts   less the hits that name someone else ("Michelle Obama")
//   3. split sentences sentences.ts           only up to the last hit that can wake a pattern
//                                             (most blocks of a page have none, and stop here)
//   4. per sentence:
//      wake           engine/anchors.ts      hits wake the patterns anchored on their terms; guards
//                                            decide most; the rest are checked by rules/accept.ts
//                                            (veto, benign, near)
//      order          engine/anchors.ts      in the order the whole block would wake them (ties)
//      best pattern   engine/patterns.ts     one per claim, the one requiring most groups
//      siblings       rules/siblings.ts      the more specific claim wins
//      stance, score, "matched because"      stance.ts, engine/evidence.ts (rules/disputed-aside.ts:
//                                            ", which Meta disputes" after the claim leaves it reported)
//   5. borrowing      rules/carry.ts         sentences that take a party from the ones before
// In a document (context.ts, matchBlock), after the block's own matches:
//   6. document        rules/document.ts      sentences that take a party from the headline, a
//                                            heading or a recent paragraph (or name it by a role word)
//   7. story           rules/story.ts         siblings routed by the story the document tells (before it
//                                            names one, by the story the blocks ahead name: expectBlocks)
//      headline        rules/headline.ts      "NYT: …" in a headline or heading reports, "Myth: …" denies; in a
//                                            paragraph only a source label ("NYT: …", "this headline: …")
//   8. record          rules/document.ts, rules/story.ts   what the block named, for the blocks after it
//   9. restated        rules/restated.ts      "Meta denies it": a claim rejected by referring to it
//  10. denial echo     rules/denial-echo.ts   a recorded denial repeated in other words
//      feature answer  rules/feature-answer.ts the harmless feature, limited ("only a share button"),
//                                            answers the access claim stated just before
//  11. unnamed party   rules/unnamed-party.ts a match in an article that never names the claim's parties
//                                            (another firm's "Inbox API") is dropped
//      earlier denial rules/earlier-denial.ts "Netflix said in 2018 it never…" in an article about the filing
//                                            denies the filing's claim too
//  12. tie order      rules/tie-order.ts     a sentence's claims in paint order: the one the page paints on
//                                            top and opens is listed last (own words, the story, the id)
import type { CompiledMatcher } from './compile';
import { inBlockWakeOrder, patternsThatHold } from './engine/anchors';
import { evidenceOf, evidenceWords, scoreOf, whyOf, type Candidate } from './engine/evidence';
import { bestPatternPerClaim, groupCount } from './engine/patterns';
import type { Scope } from './engine/presence';
import { isQuestion } from './engine/question';
import { readWords } from './engine/read-words';
import { registers } from './engine/scan-state';
import { sentenceStanceCodes } from './engine/stance-codes';
import { findHits } from './engine/trie';
import { acceptsInSentence } from './rules/accept';
import { dropFalseNameHits } from './rules/false-names';
import { lastBorrowingHit, matchWithCarriedConcepts } from './rules/carry';
import { stanceFor } from './rules/settled';
import { resolveSiblings } from './rules/siblings';
import { splitSentenceBounds } from './sentences';
import type { ClaimMatch } from './types';

/** The sentence being matched: one object for all, most sentences hold no pattern. */
const sentenceScope: Scope = { firstHit: 0, endHit: 0, firstWord: 0, endWord: 0 };

/**
 * Finds every claim stated in `text`. Matches are whole sentences, ordered by start; one sentence's
 * matches come in the order its patterns wake in the whole block (see inBlockWakeOrder).
 */
export function matchText(matcher: CompiledMatcher, text: string): ClaimMatch[] {
  const surfaces = matcher.marks.surfaces;
  const wordCount = readWords(matcher.vocabulary, surfaces, text);
  registers.wordCount = wordCount;
  findHits(matcher.trie, surfaces, wordCount);
  dropFalseNameHits(text, wordCount);
  const results: ClaimMatch[] = [];
  // Every pattern is woken by a hit on its anchor group: sentences after the last hit that can wake
  // one cannot match, and need not be found.
  const { anchorStart } = matcher.anchors;
  const { hitFirst, hitTerm, hitCount, wordStart } = registers;
  let lastAnchorHit = hitCount - 1;
  while (lastAnchorHit >= 0 && anchorStart[hitTerm[lastAnchorHit]! + 1] === anchorStart[hitTerm[lastAnchorHit]!])
    lastAnchorHit--;
  if (lastAnchorHit < 0) return results;
  registers.firstHitsRecorded = false;
  registers.text = text;
  // A sentence after the last anchor hit may still borrow that anchor from the sentences before it.
  const lastBorrowing = lastBorrowingHit(matcher);
  const canBorrow = lastBorrowing >= 0;
  const sentences = splitSentenceBounds(
    text,
    registers.sentences,
    registers.breaks,
    registers.breakCount,
    wordStart[hitFirst[canBorrow ? Math.max(lastAnchorHit, lastBorrowing) : lastAnchorHit]!]!,
  );
  const { starts, ends } = registers.sentences;
  let hit = 0;
  let word = 0;
  for (let s = 0; s < sentences; s++) {
    const start = starts[s]!;
    const end = ends[s]!;
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
    const held = patternsThatHold(matcher, scope, acceptsInSentence);
    if (held.length === 0) continue;
    matchSentence(matcher, text, start, end, scope, held.length > 1 ? inBlockWakeOrder(matcher, held) : held, results);
  }
  if (canBorrow) matchWithCarriedConcepts(matcher, text, sentences, wordCount, results);
  return results;
}

/** Adds the matches of the sentence's held patterns (at least one) to `results`. */
function matchSentence(
  matcher: CompiledMatcher,
  text: string,
  start: number,
  end: number,
  scope: Scope,
  held: readonly number[],
  results: ClaimMatch[],
): void {
  const candidates: Candidate[] = [];
  const best = bestPatternPerClaim(matcher, held);
  for (let b = 0; b < best.length; b += 2) {
    const pattern = best[b + 1]!;
    candidates.push({
      claim: best[b]!,
      pattern,
      groups: groupCount(matcher, pattern),
      evidence: evidenceOf(matcher, pattern, scope),
    });
  }
  const winners = resolveSiblings(matcher, candidates);
  const sentenceLength = sentenceStanceCodes(matcher, text, scope.firstWord, scope.endWord);
  const question = isQuestion(text, start, end);
  const sentence = text.slice(start, end);
  for (let c = 0; c < winners.length; c++) {
    const candidate = winners[c]!;
    results.push({
      claimId: matcher.claimIds[candidate.claim]!,
      start,
      end,
      text: sentence,
      score: scoreOf(candidate),
      stance: stanceFor(
        matcher,
        candidate.claim,
        start,
        scope.firstWord,
        sentenceLength,
        evidenceWords(candidate.evidence, scope.firstWord),
        question,
      ),
      why: whyOf(text, candidate.evidence),
    });
  }
}
