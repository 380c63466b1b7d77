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
  /** Other wordings of the claim by its source: a fact-check's headline, the headlines where it appeared. */
  wordings?: readonly string[];
}

/** Match data for the claim; throws when the text has no words to match on. */
export function compileClaim(claim: ClaimSource): MatchSpec {
  return deriveMatchSpec(claim.text);
}
