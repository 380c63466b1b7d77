// The full check of a pattern whose anchor guards do not decide it (see engine/anchors.ts): it holds
// in the sentence, and no rule that checks sentences rejects it. A new sentence rule adds its check
// here, and says in compile.ts (checkedByRule) which claims it checks.
import type { CompiledMatcher } from '../compile';
import { patternHolds } from '../engine/patterns';
import type { Scope } from '../engine/presence';
import { registers } from '../engine/scan-state';
import { isNearEnough } from './near';
import { isVetoed } from './veto';

export function acceptsInSentence(matcher: CompiledMatcher, pattern: number, stamp: number, scope: Scope): boolean {
  if (!patternHolds(matcher, pattern, stamp)) return false;
  const claim = matcher.patterns.patternClaim[pattern]!;
  if (isVetoed(matcher, claim, stamp, registers.text, scope)) return false;
  return isNearEnough(matcher, claim, pattern, scope);
}
