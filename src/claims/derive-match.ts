// Match data for a claim that arrives without any, from its text alone: kept for callers that have
// only the text (the options page's store); the work is the claim compiler's (src/claim-compiler).
import { compileClaim } from '../claim-compiler';
import type { MatchSpec } from './schema';

export function deriveMatchSpec(text: string): MatchSpec {
  return compileClaim({ text });
}
