// Several lists can carry the same claim id. The reader sees it once, from the source that wins:
// the user's own claims, then subscribed lists, then the bundled list (docs/list-format.md).
import type { Claim } from './schema';

export type ClaimSourceKind = 'user' | 'subscription' | 'bundled';

const PRECEDENCE: Record<ClaimSourceKind, number> = { user: 0, subscription: 1, bundled: 2 };

export interface ListOfClaims {
  listId: string;
  kind: ClaimSourceKind;
  title: string;
  /** The list header's `contact`, if any (for the card's report link). */
  contact?: string | undefined;
  claims: readonly Claim[];
}

export type MergedClaim = Claim & { listId: string; listTitle: string; listContact?: string; kind: ClaimSourceKind };

export function mergeClaimLists(lists: readonly ListOfClaims[]): MergedClaim[] {
  const ordered = [...lists].sort(
    (a, b) => PRECEDENCE[a.kind] - PRECEDENCE[b.kind] || a.listId.localeCompare(b.listId),
  );
  const byId = new Map<string, MergedClaim>();
  for (const list of ordered) {
    for (const claim of list.claims) {
      if (!byId.has(claim.id))
        byId.set(claim.id, {
          ...claim,
          listId: list.listId,
          listTitle: list.title,
          ...(list.contact && { listContact: list.contact }),
          kind: list.kind,
        });
    }
  }
  return [...byId.values()];
}
