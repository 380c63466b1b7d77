// The claim compiler's facade: match data for a claim that arrives without any (imported from a
// ClaimReview, in a subscribed list without `match`, or written in the options page), compiled from
// its text and whatever other wordings the list gives. Pure: runs in the background and the CLI.
// Hand-written `match` always wins; callers only come here when a claim has none.
import { deriveMatchSpec } from '../claims/derive-match';
import type { MatchSpec } from '../claims/schema';

/** What the compiler reads of a claim. */
export interface ClaimSource {
  /** The claim as the list states it (a ClaimReview's claimReviewed). */
  text: string;
  /** Other names of the claim's people and organisations ("Meta" for "Facebook"). */
  aliases?: readonly string[];
  /** Sentences that state, report or deny the claim (`match`), and sentences that must not match (`nomatch`). */
  examples?: { readonly match?: readonly string[]; readonly nomatch?: readonly string[] };
  /**
   * Other statements of the claim: the fact-check's headline or name, `examples.match`. Their words
   * widen the claim's own parts; parts only they name are optional evidence (never the anchor).
   */
  wordings?: readonly string[];
  /**
   * Titles of the pages the claim appeared in: they may restate it or only say where it was made
   * ("Hannity interview, Fox News"), so their words only widen parts the claim already has.
   */
  titles?: readonly string[];
}

/** Match data for the claim; throws when the text has no words to match on. */
export function compileClaim(claim: ClaimSource): MatchSpec {
  return deriveMatchSpec(claim.text);
}
