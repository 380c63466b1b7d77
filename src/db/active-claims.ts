// The claims in force (all lists merged by precedence) and their compiled matcher, kept in the
// background's memory and rebuilt only when a list changes. A woken worker loads the matcher stored
// for the lists in force (compiled-matcher-store.ts) and reads a claim only when a page matches it.
import { mergeClaimLists, type MergedClaim } from '../claims/merge';
import { compileMatcher, matchText } from '../match';
import type { BlockMatch, ClaimCardData, DatabaseSummary } from '../messaging/protocol';
import { engineId, loadStoredMatcher, saveStoredMatcher, storedMatcherKey } from './compiled-matcher-store';
import type { ClaimLensDatabase, StoredList } from './database';
import { readAllClaims } from './lists';

type Matcher = ReturnType<typeof compileMatcher>;

interface ActiveClaims {
  /** The cards of these claims (those the database still holds). */
  cards: (claimIds: readonly string[]) => Promise<Record<string, ClaimCardData>>;
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

const inUse = (lists: readonly StoredList[]) => lists.filter((list) => !list.paused);

export function createActiveClaims(db: ClaimLensDatabase) {
  let current: Promise<ActiveClaims> | null = null;

  const summaryOf = (lists: readonly StoredList[], claimCount: number): DatabaseSummary => ({
    claimCount,
    lists: lists.map((list) => ({
      id: list.id,
      title: list.title,
      kind: list.kind,
      claimCount: list.claimCount,
      version: list.version,
    })),
  });

  /** The matcher stored for the lists in force, with cards read from the database on demand; or null. */
  async function loadStored(engine: string): Promise<ActiveClaims | null> {
    const lists = await db.lists.toArray();
    const stored = await loadStoredMatcher(db, storedMatcherKey(inUse(lists), engine));
    if (!stored) return null;
    const listById = new Map(lists.map((list) => [list.id, list]));
    return {
      matcher: stored.matcher,
      summary: summaryOf(lists, stored.matcher.claimIds.length),
      async cards(claimIds) {
        const keys = claimIds.flatMap((id) => {
          const listId = stored.listOf(id);
          return listId === undefined ? [] : [[listId, id] as [string, string]];
        });
        const cards = Object.create(null) as Record<string, ClaimCardData>;
        for (const claim of await db.claims.bulkGet(keys)) {
          const list = claim && listById.get(claim.listId);
          if (claim && list) cards[claim.id] = toCardData({ ...claim, listTitle: list.title, kind: list.kind });
        }
        return cards;
      },
    };
  }

  async function load(): Promise<ActiveClaims> {
    const engine = engineId();
    const stored = await loadStored(engine);
    if (stored) return stored;
    const { lists, claims } = await readAllClaims(db);
    const merged = mergeClaimLists(
      inUse(lists).map((list) => ({
        listId: list.id,
        kind: list.kind,
        title: list.title,
        claims: claims.filter((claim) => claim.listId === list.id),
      })),
    );
    const byId = new Map(merged.map((claim) => [claim.id, claim]));
    const matcher = compileMatcher(merged);
    // Not awaited: the first page need not wait for the write; a failed write costs the next wake a compile.
    saveStoredMatcher(
      db,
      storedMatcherKey(inUse(lists), engine),
      matcher,
      merged.map((claim) => claim.listId),
    ).catch((error: unknown) => console.warn('ClaimLens: could not store the compiled matcher', error));
    return {
      matcher,
      summary: summaryOf(lists, merged.length),
      cards(claimIds) {
        const cards = Object.create(null) as Record<string, ClaimCardData>;
        for (const id of claimIds) {
          const claim = byId.get(id);
          if (claim) cards[id] = toCardData(claim);
        }
        return Promise.resolve(cards);
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
      const matches = texts.map((text) =>
        matchText(active.matcher, text).map(({ claimId, start, end, score, stance, why }) => ({
          claimId,
          start,
          end,
          score,
          stance,
          why,
        })),
      );
      const claims = await active.cards([...new Set(matches.flat().map((match) => match.claimId))]);
      return { matches, claims };
    },
  };
}

export type ActiveClaimsService = ReturnType<typeof createActiveClaims>;
