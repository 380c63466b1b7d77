// Helpers for the claim compiler's tests: compile a claim as an import would, and run the
// extension's own matcher over a sentence with it.
import { compileClaim, type ClaimSource } from '../../../src/claim-compiler';
import { compileMatcher, matchText, type ClaimMatch } from '../../../src/match';

export function matcherFor(source: ClaimSource | string) {
  const spec = compileClaim(typeof source === 'string' ? { text: source } : source);
  return { spec, matcher: compileMatcher([{ id: 'claim', match: spec }]) };
}

/** The match of the compiled claim in the sentence, or undefined. */
export function matchOf(source: ClaimSource | string, sentence: string): ClaimMatch | undefined {
  return matchText(matcherFor(source).matcher, sentence)[0];
}

export function finds(source: ClaimSource | string, sentence: string): boolean {
  return matchOf(source, sentence) !== undefined;
}
