// The claims in force (all lists merged by precedence) and their compiled matcher, kept in the
// background's memory and rebuilt only when a list changes.
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
    ...(claim.listContact && { listContact: claim.listContact }),
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
          contact: list.contact,
          claims: claims.filter((claim) => claim.listId === list.id),
        })),
    );
    return {
      byId: new Map(merged.map((claim) => [claim.id, claim])),
      matcher: compileMatcher(merged),
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
