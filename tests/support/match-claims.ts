// A small hand-written claim for the matcher's rule tests: only the fields a test sets, the rest empty.
import type { MatchableClaim } from '../../src/match';

export const claim = (
  id: string,
  match: Partial<MatchableClaim['match']> & Pick<MatchableClaim['match'], 'all' | 'concepts'>,
): MatchableClaim => ({ id, match: { none: [], overrides: [], ...match } });
