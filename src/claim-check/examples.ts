// A claim's example sentences, run through the real matcher: every `match` sentence must be found
// as that claim, no `nomatch` sentence may be. `claimlens list test` runs a whole list's examples;
// the options page runs the examples of a claim the user is writing, before it is saved.
import type { MatchSpec } from '../claims/schema';
import { compileMatcher, matchText, type CompiledMatcher } from '../match';
import { compileClaim } from '../claim-compiler';
import { claimSourceOf, type CompilableClaim } from './ready';

export interface ExampleResult {
  claimId: string;
  sentence: string;
  /** What the maintainer said: the sentence states the claim (`match`), or must not be taken for it (`nomatch`). */
  expected: 'match' | 'nomatch';
  /** The matcher found this claim in the sentence. */
  matched: boolean;
  passed: boolean;
  /** The terms that made the match, when it matched. */
  why: string[];
  /** Other claims of the list the sentence was taken for instead (a `match` sentence that went elsewhere). */
  others: string[];
}

type ReadyClaim = CompilableClaim & { match: MatchSpec };

/** One sentence against the matcher: did it find `claimId`, why, and what else it found. */
function run(
  matcher: CompiledMatcher,
  claimId: string,
  sentence: string,
  expected: 'match' | 'nomatch',
): ExampleResult {
  const matches = matchText(matcher, sentence);
  const own = matches.filter((m) => m.claimId === claimId);
  const matched = own.length > 0;
  return {
    claimId,
    sentence,
    expected,
    matched,
    passed: matched === (expected === 'match'),
    why: [...new Set(own.flatMap((m) => m.why))],
    others: [...new Set(matches.map((m) => m.claimId).filter((id) => id !== claimId))],
  };
}

/**
 * Every example of every claim, matched against `matcher` (the whole list's, so a sentence another
 * claim wins counts as missed, as it would be in a page), or against the claims alone.
 */
export function runExamples(claims: readonly ReadyClaim[], matcher = compileMatcher(claims)): ExampleResult[] {
  const results: ExampleResult[] = [];
  for (const claim of claims) {
    for (const sentence of claim.examples?.match ?? []) results.push(run(matcher, claim.id, sentence, 'match'));
    for (const sentence of claim.examples?.nomatch ?? []) results.push(run(matcher, claim.id, sentence, 'nomatch'));
  }
  return results;
}

/** Claims among `ids` whose own text the matcher does not find as them (a compiled claim should). */
export function claimsMissingTheirOwnText(
  claims: readonly ReadyClaim[],
  ids: ReadonlySet<string>,
  matcher?: CompiledMatcher,
): ExampleResult[] {
  if (ids.size === 0) return [];
  const compiled = matcher ?? compileMatcher(claims);
  return claims
    .filter((claim) => ids.has(claim.id))
    .map((claim) => run(compiled, claim.id, claim.text, 'match'))
    .filter((result) => !result.passed);
}

/** A claim being written (options page): its text and the sentences the writer expects to be found or not. */
export interface DraftClaim {
  text: string;
  aliases?: readonly string[];
  examples: { match: readonly string[]; nomatch: readonly string[] };
}

export interface DraftCheck {
  /** Why the claim cannot be looked for at all (its text has nothing to match on). */
  problem?: string;
  results: Pick<ExampleResult, 'sentence' | 'expected' | 'matched' | 'passed' | 'why'>[];
}

/**
 * Compiles a claim the way it will be compiled once saved, and runs its example sentences
 * against it alone: what the writer sees before saving is what pages will get.
 */
export function checkDraftExamples(draft: DraftClaim): DraftCheck {
  const clean = (sentences: readonly string[]) => sentences.map((s) => s.trim()).filter(Boolean);
  const examples = { match: clean(draft.examples.match), nomatch: clean(draft.examples.nomatch) };
  const claim = {
    id: 'draft',
    text: draft.text,
    ...(draft.aliases?.length && { aliases: [...draft.aliases] }),
    examples,
  };
  let match: MatchSpec;
  try {
    match = compileClaim(claimSourceOf(claim));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      problem: `ClaimLens cannot look for this claim (${reason}): write it with the names, numbers and words a page would use.`,
      results: [],
    };
  }
  return {
    results: runExamples([{ ...claim, match }]).map(({ sentence, expected, matched, passed, why }) => ({
      sentence,
      expected,
      matched,
      passed,
      why,
    })),
  };
}
