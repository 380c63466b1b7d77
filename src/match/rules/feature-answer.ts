// Rule `feature-answer`: the harmless thing a claim distorts, said with a limit, answers the claim the
// article has just stated. A claim's `benign` concepts describe what really happened ("the deal let
// people message their friends about what they were watching"); a sentence that names one and limits
// it ("only", "just", "nothing more", "limited to": "Meta says the deal only covered a share button")
// denies the sibling (by `overrides`) of that claim the article stated last, at most FEATURE_BLOCKS
// blocks before: an access claim, never the claim the feature is the harmless version of (a limit is
// no denial of a sale). Without the limit the description is no answer (Meta's account of the
// feature, told as background); a sentence that negates is left to the denial rules; a page that
// stated no such claim is untouched.
// Pure: reads the block's scan in `registers` and the document context.
import type { CompiledMatcher } from '../compile';
import type { StatedClaim } from './denial-echo';
import { wordsNamingConcept } from './document';
import { splitSentences } from '../sentences';
import type { ClaimMatch } from '../types';

/** The answer follows the claim by at most this many blocks. */
export const FEATURE_BLOCKS = 4;
const FEATURE_SCORE = 0.5;

/** The sentence limits what happened: "only", "just", "nothing more", "limited to", "solely". */
const LIMITS = /(?<![\p{L}])(?:only|just|solely|limited to|nothing (?:more|else))(?![\p{L}])/iu;
/** Negators: a sentence with one is read by the rules that read denials. */
const NEGATED =
  /(?<![\p{L}'’])(?:not|no|never|none|nothing(?!\s+(?:more|else)(?![\p{L}])))(?![\p{L}])|n[’']t(?![\p{L}])/iu;
/** A question asks; it answers nothing. */
const QUESTION_END = /\?["”’')\]]*\s*$/u;

/** The words of the block's text [start, end) that name one of the claim's benign concepts, or null. */
function benignWordsIn(matcher: CompiledMatcher, claim: number, start: number, end: number): string | null {
  const { benignStart, benignConcepts } = matcher.veto;
  const first = benignStart[claim]!;
  const last = benignStart[claim + 1]!;
  if (first === last) return null;
  return wordsNamingConcept(matcher, start, end, (concept) => {
    for (let b = first; b < last; b++) if (benignConcepts[b] === concept) return true;
    return false;
  });
}

/**
 * Adds to the block's matches (ordered by start) its sentences that answer a stated claim with the
 * benign feature, limited. `stated`: the claims the document stated (id → claim, last block);
 * `siblings(claim)`: the claim's siblings.
 * Call while the scan registers hold the block. Returns the matches ordered by start.
 */
export function matchFeatureAnswers(
  matcher: CompiledMatcher,
  stated: ReadonlyMap<string, StatedClaim>,
  siblings: (claim: number) => readonly number[],
  block: number,
  text: string,
  matches: ClaimMatch[],
): ClaimMatch[] {
  if (stated.size === 0 || !LIMITS.test(text)) return matches;
  let out: ClaimMatch[] | null = null;
  for (const { start, end } of splitSentences(text)) {
    if (matches.some((match) => match.start < end && match.end > start)) continue;
    const sentence = text.slice(start, end);
    // A negating sentence ("they never shared messages, it was just …") rejects in its own words.
    if (!LIMITS.test(sentence) || NEGATED.test(sentence) || QUESTION_END.test(sentence)) continue;
    // The family's claim the article stated last (the more recent block; on a tie, the first found).
    let answered: string | null = null;
    let answeredAt = -1;
    let words: string | null = null;
    for (const [claimId, { claim, block: at }] of stated) {
      if (block - at > FEATURE_BLOCKS || at <= answeredAt) continue;
      // A sibling's feature, not the claim's own: "only a share button" limits an access, it is no
      // denial of the sale whose harmless version it is.
      for (const family of siblings(claim)) {
        const found = benignWordsIn(matcher, family, start, end);
        if (found === null) continue;
        answered = claimId;
        answeredAt = at;
        words = found;
        break;
      }
    }
    if (answered === null || words === null) continue;
    out ??= [...matches];
    out.push({ claimId: answered, start, end, text: sentence, score: FEATURE_SCORE, stance: 'denies', why: [words] });
  }
  return out ? out.sort((a, b) => a.start - b.start) : matches;
}
