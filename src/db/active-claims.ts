// The claims in force (all lists merged by precedence) and their compiled matcher, kept in the
// background's memory and rebuilt only when a list changes.
import { readyToMatch } from '../claim-check';
import { mergeClaimLists, type MergedClaim } from '../claims/merge';
import { compileMatcher, matchText } from '../match';
import type { BlockMatch, ClaimCardData, DatabaseSummary } from '../messaging/protocol';
import type { ClaimLensDatabase } from './database';
import { readAllClaims } from './lists';

type Matcher = ReturnType<typeof compileMatcher>;

interface ActiveClaims {
  byId: Map<string, MergedClaim>;
  matcher: Matcher;
  summary: DatabaseSummary;
}

export function toCardData(claim: MergedClaim): ClaimCardData {
  return {
    id: claim.id,
    text: claim.text,
    verdict: claim.verdict,
    summary: claim.summary,
    denials: claim.denials,
    context: claim.context,
    listTitle: claim.listTitle,
  };
}

export function createActiveClaims(db: ClaimLensDatabase) {
  let current: Promise<ActiveClaims> | null = null;

  async function load(): Promise<ActiveClaims> {
    const { lists, claims } = await readAllClaims(db);
    const merged = mergeClaimLists(
      lists
        .filter((list) => !list.paused)
        .map((list) => ({
          listId: list.id,
          kind: list.kind,
          title: list.title,
          claims: claims.filter((claim) => claim.listId === list.id),
        })),
    );
    // Claims without hand-written match data use what was compiled when their list was stored;
    // a row stored before that (or whose compile failed) is compiled now or skipped.
    const ready = readyToMatch(
      merged.map((claim) => (claim.match || !claim.compiledMatch ? claim : { ...claim, match: claim.compiledMatch })),
    );
    return {
      byId: new Map(merged.map((claim) => [claim.id, claim])),
      matcher: compileMatcher(ready.claims),
      summary: {
        claimCount: merged.length,
        lists: lists.map((list) => ({
          id: list.id,
          title: list.title,
          kind: list.kind,
          claimCount: list.claimCount,
          version: list.version,
        })),
      },
    };
  }

  function get(): Promise<ActiveClaims> {
    current ??= load().catch((error: unknown) => {
      current = null;
      throw error;
    });
    return current;
  }

  return {
    /** Forget the cache; the next request reloads from the database. */
    invalidate(): void {
      current = null;
    },
    async summary(): Promise<DatabaseSummary> {
      return (await get()).summary;
    },
    async matchBlocks(
      texts: readonly string[],
    ): Promise<{ matches: BlockMatch[][]; claims: Record<string, ClaimCardData> }> {
      const active = await get();
      const claims: Record<string, ClaimCardData> = {};
      const matches = texts.map((text) =>
        matchText(active.matcher, text).map(({ claimId, start, end, score, stance, why }) => {
          const claim = active.byId.get(claimId);
          if (claim && !claims[claimId]) claims[claimId] = toCardData(claim);
          return { claimId, start, end, score, stance, why };
        }),
      );
      return { matches, claims };
    },
  };
}

export type ActiveClaimsService = ReturnType<typeof createActiveClaims>;
