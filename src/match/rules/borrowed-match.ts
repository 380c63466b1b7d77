// The matches of a sentence that states a claim with a concept borrowed from elsewhere (the sentences
// before it: carry.ts; the headline, headings or earlier blocks: document.ts). Both build them the same
// way: the candidates that survive their siblings, scored lower, stance read in the sentence, and the
// borrowed terms listed after the sentence's own in "matched because".
import type { CompiledMatcher } from '../compile';
import { evidenceWords, scoreOf, whyOf, type Candidate } from '../engine/evidence';
import type { Scope } from '../engine/presence';
import { isQuestion } from '../engine/question';
import { sentenceStanceCodes } from '../engine/stance-codes';
import type { ClaimMatch } from '../types';
import { stanceFor } from './settled';
import { resolveSiblings } from './siblings';

/**
 * Adds the sentence [start, end)'s matches to `results`. `borrowedWhy(i, ownWhy)` gives the terms
 * candidates[i] borrowed that "matched because" lists after `ownWhy`.
 */
export function pushBorrowedMatches(
  matcher: CompiledMatcher,
  text: string,
  start: number,
  end: number,
  own: Scope,
  candidates: Candidate[],
  borrowedWhy: (candidate: number, ownWhy: string[]) => string[],
  scorePenalty: number,
  results: ClaimMatch[],
): void {
  const sentence = text.slice(start, end);
  const question = isQuestion(text, start, end);
  const sentenceLength = sentenceStanceCodes(matcher, text, own.firstWord, own.endWord);
  for (const candidate of resolveSiblings(matcher, candidates)) {
    const ownWhy = whyOf(text, candidate.evidence);
    results.push({
      claimId: matcher.claimIds[candidate.claim]!,
      start,
      end,
      text: sentence,
      score: Math.round(Math.max(0.3, scoreOf(candidate) - scorePenalty) * 100) / 100,
      stance: stanceFor(
        matcher,
        candidate.claim,
        start,
        own.firstWord,
        sentenceLength,
        evidenceWords(candidate.evidence, own.firstWord),
        question,
      ),
      why: [...ownWhy, ...borrowedWhy(candidates.indexOf(candidate), ownWhy)],
    });
  }
}

/** Puts `results` back in order of start when matches were added after the first `found`; ties keep their order. */
export function orderByStart(results: ClaimMatch[], found: number): void {
  if (results.length <= found) return;
  const ordered = results.map((match, i) => ({ match, i })).sort((a, b) => a.match.start - b.match.start || a.i - b.i);
  for (let i = 0; i < ordered.length; i++) results[i] = ordered[i]!.match;
}
