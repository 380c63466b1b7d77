// Claims ready for the matcher. A claim with hand-written `match` keeps it (it wins); a claim
// without one is compiled from its text and the other wordings its list gives (aliases, examples,
// a fact-check's headlines) by the claim compiler's facade. A claim whose text cannot be compiled
// is skipped with the reason, so one bad claim costs only itself, never its list.
import { compileClaim, type ClaimSource } from '../claim-compiler';
import { resolveClaim } from '../claims/parse';
import type { Claim, ClaimList, MatchSpec } from '../claims/schema';

/** What a claim must carry to be compiled; `match` is optional (hand-written match data wins). */
export type CompilableClaim = Pick<Claim, 'id' | 'text' | 'aliases' | 'examples' | 'review'> & { match?: MatchSpec };

export interface ReadyClaims<T> {
  /** Every claim that can be matched, in the order given, each with its match data. */
  claims: (T & { match: MatchSpec })[];
  /** Ids of the claims whose match data was compiled here (not written by hand). */
  compiled: Set<string>;
  /** Claims that could not be compiled, with the reason in words. */
  skipped: { claimId: string; problem: string }[];
}

/**
 * Everything the compiler may read of a claim: its text, aliases and examples, and the source's
 * other wordings kept on import — the fact-check's headline and name (other statements of the claim) and
 * the titles of the pages it appeared in (which may only say where it was made).
 */
export function claimSourceOf(claim: CompilableClaim): ClaimSource {
  const text = claim.text.trim();
  const seen = new Set([text.toLowerCase()]);
  const distinct = (values: readonly (string | undefined)[]) => {
    const kept: string[] = [];
    for (const value of values) {
      const trimmed = value?.trim();
      if (!trimmed || seen.has(trimmed.toLowerCase())) continue;
      seen.add(trimmed.toLowerCase());
      kept.push(trimmed);
    }
    return kept;
  };
  const wordings = distinct([claim.review?.headline, claim.review?.name]);
  const titles = distinct(claim.review?.appearanceHeadlines ?? []);
  return {
    text,
    ...(claim.aliases?.length && { aliases: claim.aliases }),
    ...(claim.examples && { examples: claim.examples }),
    ...(wordings.length && { wordings }),
    ...(titles.length && { titles }),
    ...(claim.review?.claimant && { claimant: claim.review.claimant }),
  };
}

/** The claim's match data: its own when written by hand, otherwise compiled. Throws a sentence for a person. */
export function matchOf(claim: CompilableClaim): MatchSpec {
  if (claim.match) return claim.match;
  try {
    return compileClaim(claimSourceOf(claim));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`no "match" data, and its text could not be compiled (${reason})`);
  }
}

export function readyToMatch<T extends CompilableClaim>(claims: readonly T[]): ReadyClaims<T> {
  const ready: ReadyClaims<T> = { claims: [], compiled: new Set(), skipped: [] };
  for (const claim of claims) {
    if (claim.match) {
      ready.claims.push(claim as T & { match: MatchSpec });
      continue;
    }
    try {
      ready.claims.push({ ...claim, match: matchOf(claim) });
      ready.compiled.add(claim.id);
    } catch (error) {
      ready.skipped.push({ claimId: claim.id, problem: error instanceof Error ? error.message : String(error) });
    }
  }
  return ready;
}

/** A parsed list's claims ready for the matcher: the lexicon folded into hand-written match data, the rest compiled. */
export function readyListClaims(list: ClaimList): ReadyClaims<Claim> {
  return readyToMatch(list.claims.map((claim) => resolveClaim(claim, list)));
}
