// The typed messages between the content script, the background and the popup, named by
// direction. Every payload is validated on arrival: a message is data from another context,
// and a compromised page could try to talk to us.
import * as v from 'valibot';

const Text = v.pipe(v.string(), v.maxLength(5_000_000));

/** Content script → background. */
export const ToBackgroundSchema = v.variant('type', [
  /** Match these text blocks against the claim database. */
  v.object({ type: v.literal('match-blocks'), texts: v.pipe(v.array(Text), v.maxLength(20_000)) }),
  /** The number of claims the page shows, for the toolbar badge. */
  v.object({ type: v.literal('report-count'), count: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /** Popup → background: what the database holds. */
  v.object({ type: v.literal('get-database-summary') }),
]);

/** Background or popup → content script. */
export const ToContentSchema = v.variant('type', [
  v.object({ type: v.literal('get-page-claims') }),
  v.object({ type: v.literal('reveal-claim'), claimId: v.string() }),
  v.object({ type: v.literal('focus-next-claim') }),
  /** The claim lists changed: match the page again. */
  v.object({ type: v.literal('claims-changed') }),
  /** How many scan passes began and ended (see src/page/scan-progress.ts). */
  v.object({ type: v.literal('get-scan-state') }),
]);

export type ToBackground = v.InferOutput<typeof ToBackgroundSchema>;
export type ToContent = v.InferOutput<typeof ToContentSchema>;

/** What a card shows of a claim: everything but the matcher's data. */
export interface ClaimCardData {
  id: string;
  text: string;
  verdict: { label: string };
  summary: string;
  denials: import('../claims/schema').Denial[];
  context: import('../claims/schema').Fact[];
  /** Which list the claim came from, for "from: …". */
  listTitle: string;
}

export interface BlockMatch {
  claimId: string;
  start: number;
  end: number;
  score: number;
  stance: import('../match/types').Stance;
  why: string[];
}

export interface MatchBlocksResponse {
  /** matches[i] are the matches in texts[i]. */
  matches: BlockMatch[][];
  claims: Record<string, ClaimCardData>;
}

export interface DatabaseSummary {
  claimCount: number;
  lists: { id: string; title: string; kind: string; claimCount: number; version: number }[];
}

export interface PageClaimSummary {
  claimId: string;
  text: string;
  verdict: string;
  count: number;
  listTitle: string;
}

export interface PageClaimsResponse {
  url: string;
  claims: PageClaimSummary[];
}

export interface ResponseOf {
  'match-blocks': MatchBlocksResponse;
  'report-count': null;
  'get-database-summary': DatabaseSummary;
  'get-page-claims': PageClaimsResponse;
  'reveal-claim': { revealed: boolean };
  'focus-next-claim': { focused: boolean };
  'claims-changed': null;
  'get-scan-state': import('../page/scan-progress').ScanState;
}

export type MessageError = { error: string };

export function isMessageError(value: unknown): value is MessageError {
  return !!value && typeof value === 'object' && typeof (value as MessageError).error === 'string';
}
