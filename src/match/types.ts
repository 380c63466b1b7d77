// The matcher's public contract. Everything else in src/match is internal to the engine.
import type { Claim, MatchSpec } from '../claims/schema';

/** Whether the sentence states the claim, attributes it to someone, or rejects it. */
export type Stance = 'asserts' | 'reports' | 'denies';

/** The part of a claim the matcher needs; concepts are already resolved (see resolveClaim). */
export type MatchableClaim = Pick<Claim, 'id'> & { match: MatchSpec };

export interface ClaimMatch {
  claimId: string;
  /** Offsets into the scanned text (JavaScript string indices, end exclusive). */
  start: number;
  end: number;
  text: string;
  /** 0..1: how confident the matcher is. */
  score: number;
  stance: Stance;
  /** The terms in the sentence that made the match, for "matched because: …". */
  why: string[];
}
