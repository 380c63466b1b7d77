// Several lists can carry the same claim id. The reader sees it once, from the source that wins:
// the user's own claims, then subscribed lists, then the bundled list (docs/list-format.md).
import type { Claim } from './schema';

export type ClaimSourceKind = 'user' | 'subscription' | 'bundled';

const PRECEDENCE: Record<ClaimSourceKind, number> = { user: 0, subscription: 1, bundled: 2 };

export interface ListOfClaims<C extends Claim = Claim> {
  listId: string;
  kind: ClaimSourceKind;
  title: string;
  claims: readonly C[];
}

/** The winning copy of a claim, with the list it came from; whatever else the copy carries is kept. */
export type MergedClaim<C extends Claim = Claim> = C & { listId: string; listTitle: string; kind: ClaimSourceKind };

/** The claims in force. Only ids are compared: a claim without `match` merges like any other. */
export function mergeClaimLists<C extends Claim>(lists: readonly ListOfClaims<C>[]): MergedClaim<C>[] {
  const ordered = [...lists].sort(
    (a, b) => PRECEDENCE[a.kind] - PRECEDENCE[b.kind] || a.listId.localeCompare(b.listId),
  );
  const byId = new Map<string, MergedClaim<C>>();
  for (const list of ordered) {
    for (const claim of list.claims) {
      if (!byId.has(claim.id))
        byId.set(claim.id, { ...claim, listId: list.listId, listTitle: list.title, kind: list.kind });
    }
  }
  return [...byId.values()];
}
