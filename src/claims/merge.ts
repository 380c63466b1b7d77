// Several lists can carry the same claim id. Claim ids are scoped to their list: a subscribed list
// cannot replace another list's claim (a hostile or careless list could otherwise hide the bundled
// fact-check, or another publisher's). Only the user's own claims override a claim of another list.
// Between other lists the claim that was there first keeps the id: the bundled list, then
// subscriptions in the order the reader subscribed; a later list's claim with that id is not used
// and the conflict is reported on that list's row (docs/list-format.md).
import type { Claim } from './schema';

export type ClaimSourceKind = 'user' | 'subscription' | 'bundled';

const PRECEDENCE: Record<ClaimSourceKind, number> = { user: 0, bundled: 1, subscription: 2 };

export interface ListOfClaims {
  listId: string;
  kind: ClaimSourceKind;
  title: string;
  claims: readonly Claim[];
  /** Among subscriptions, the earlier one keeps a shared id (when the reader subscribed). */
  order?: number;
}

export type MergedClaim = Claim & { listId: string; listTitle: string; kind: ClaimSourceKind };

/** A claim that was not used because another list already has its id. */
export interface ClaimIdConflict {
  listId: string;
  claimId: string;
  /** The list whose claim is used instead. */
  keptBy: { listId: string; title: string; kind: ClaimSourceKind };
}

export interface MergedClaims {
  claims: MergedClaim[];
  /** Claims of bundled or subscribed lists replaced by one of the user's own claims. */
  overriddenByUser: ClaimIdConflict[];
  /** Claims of subscribed lists not used because an earlier list has the id. */
  conflicts: ClaimIdConflict[];
}

export function mergeClaimLists(lists: readonly ListOfClaims[]): MergedClaims {
  const ordered = [...lists].sort(
    (a, b) =>
      PRECEDENCE[a.kind] - PRECEDENCE[b.kind] || (a.order ?? 0) - (b.order ?? 0) || a.listId.localeCompare(b.listId),
  );
  const byId = new Map<string, MergedClaim>();
  const overriddenByUser: ClaimIdConflict[] = [];
  const conflicts: ClaimIdConflict[] = [];
  for (const list of ordered) {
    for (const claim of list.claims) {
      const holder = byId.get(claim.id);
      if (!holder) {
        byId.set(claim.id, { ...claim, listId: list.listId, listTitle: list.title, kind: list.kind });
        continue;
      }
      if (holder.listId === list.listId) continue;
      const conflict = {
        listId: list.listId,
        claimId: claim.id,
        keptBy: { listId: holder.listId, title: holder.listTitle, kind: holder.kind },
      };
      (holder.kind === 'user' ? overriddenByUser : conflicts).push(conflict);
    }
  }
  return { claims: [...byId.values()], overriddenByUser, conflicts };
}
