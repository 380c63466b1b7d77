// Which list's claim a reader sees when several lists carry one claim id: the user's own, then the
// bundled list, then subscriptions in the order the reader subscribed; and the conflicts shown on the
// rows of the lists that lost.
import { describe, expect, it } from 'vitest';
import { mergeClaimLists, type ClaimSourceKind, type ListOfClaims } from '../../../src/claims/merge';
import type { Claim } from '../../../src/claims/schema';

const claim = (id: string, label = 'False'): Claim =>
  ({
    id,
    text: `Claim ${id}`,
    verdict: { label },
    summary: 'Summary.',
    denials: [],
    context: [{ text: 'Fact.', sources: [{ publisher: 'Desk' }] }],
  }) as Claim;
const list = (listId: string, kind: ClaimSourceKind, claims: Claim[], extra: Partial<ListOfClaims> = {}) => ({
  listId,
  kind,
  title: `Title of ${listId}`,
  claims,
  ...extra,
});
const shown = (lists: ListOfClaims[]) =>
  Object.fromEntries(mergeClaimLists(lists).claims.map((c) => [c.id, `${c.listId}:${c.verdict.label}`]));

describe('mergeClaimLists', () => {
  it("shows the user's claim over the bundled one over a subscription's, whatever order the lists come in", () => {
    const lists = [
      list('sub', 'subscription', [claim('a', 'Sub'), claim('b', 'Sub'), claim('c', 'Sub')]),
      list('bundled', 'bundled', [claim('a', 'Bundled'), claim('b', 'Bundled')]),
      list('mine', 'user', [claim('a', 'Mine')]),
    ];
    const expected = { a: 'mine:Mine', b: 'bundled:Bundled', c: 'sub:Sub' };
    expect(shown(lists)).toEqual(expected);
    expect(shown([...lists].reverse())).toEqual(expected);
    expect(shown([lists[1]!, lists[0]!, lists[2]!])).toEqual(expected);
  });

  it('lets the subscription the reader subscribed to first keep a shared id, then the first by list id', () => {
    const early = list('z-early', 'subscription', [claim('a', 'Early')], { order: 1 });
    const late = list('a-late', 'subscription', [claim('a', 'Late')], { order: 2 });
    expect(shown([late, early])).toEqual({ a: 'z-early:Early' });
    expect(shown([early, late])).toEqual({ a: 'z-early:Early' });
    const unordered = [list('b', 'subscription', [claim('x', 'B')]), list('a', 'subscription', [claim('x', 'A')])];
    expect(shown(unordered)).toEqual({ x: 'a:A' });
    // A list subscribed before the order was kept (no order) comes before the ordered ones.
    expect(shown([early, list('old', 'subscription', [claim('a', 'Old')])])).toEqual({ a: 'old:Old' });
  });

  it("names each list's title and report contact on its claims, and no contact where the list has none", () => {
    const { claims } = mergeClaimLists([
      list('desk', 'subscription', [claim('a')], { contact: 'mailto:desk@example.org' }),
      list('plain', 'subscription', [claim('b')]),
    ]);
    expect(claims[0]).toMatchObject({ listId: 'desk', listTitle: 'Title of desk', kind: 'subscription' });
    expect(claims[0]!.listContact).toBe('mailto:desk@example.org');
    expect(claims[1]).not.toHaveProperty('listContact');
  });

  it('reports who kept the id: the user (an override) or an earlier list (a conflict)', () => {
    const merged = mergeClaimLists([
      list('mine', 'user', [claim('a')]),
      list('bundled', 'bundled', [claim('a'), claim('b')]),
      list('sub', 'subscription', [claim('b'), claim('c')]),
    ]);
    expect(merged.overriddenByUser).toEqual([
      { listId: 'bundled', claimId: 'a', keptBy: { listId: 'mine', title: 'Title of mine', kind: 'user' } },
    ]);
    expect(merged.conflicts).toEqual([
      { listId: 'sub', claimId: 'b', keptBy: { listId: 'bundled', title: 'Title of bundled', kind: 'bundled' } },
    ]);
    expect(merged.claims.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('reports nothing when ids do not collide, and no conflict for an id a list repeats itself', () => {
    const merged = mergeClaimLists([list('sub', 'subscription', [claim('a', 'First'), claim('a', 'Again')])]);
    expect(merged).toEqual({ claims: [expect.objectContaining({ id: 'a' })], overriddenByUser: [], conflicts: [] });
    expect(merged.claims[0]!.verdict.label).toBe('First');
  });
});
