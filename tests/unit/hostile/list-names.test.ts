// Hostile names in a subscribed list: Object.prototype members as claim ids, concept, lexicon,
// benign, carry and overrides names. Valid names work like any other; unknown ones skip only their
// claim, with a reason that names the claim and the field.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseClaimList, resolveClaim } from '../../../src/claims/parse';
import { createActiveClaims } from '../../../src/db/active-claims';
import { openDatabase, type ClaimLensDatabase } from '../../../src/db/database';
import { replaceList } from '../../../src/db/lists';
import { PROTOTYPE_NAMES, prototypeNamedClaim } from '../../support/hostile';
import { moonClaim, publishedList } from '../../support/lists';

/** As a list arrives: through JSON, where `__proto__` is an own key like any other. */
const asReceived = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

let db: ClaimLensDatabase | undefined;
let counter = 0;
afterEach(async () => db?.delete());

describe('Object.prototype names in a list', () => {
  it('are valid concept and lexicon names, resolved to their own terms and never to a prototype member', () => {
    const lexicon = Object.fromEntries(PROTOTYPE_NAMES.map((name) => [name, [`${name.toLowerCase()}-word`]]));
    const claim = {
      ...moonClaim('uses-the-lexicon'),
      match: {
        all: [['constructor'], ['hasOwnProperty']],
        none: ['valueOf'],
        benign: ['toString'],
        carry: ['prototype'],
      },
    };
    // Object.fromEntries makes `__proto__` an own key, as JSON.parse does.
    const document = publishedList({ claims: [claim], lexicon: lexicon as never });
    const { list, skipped } = parseClaimList(asReceived(document), { strict: false });
    expect(skipped).toEqual([]);
    expect(Object.hasOwn(list.lexicon, '__proto__')).toBe(true);
    const resolved = resolveClaim(list.claims[0]!, list);
    expect(resolved.match.concepts.constructor).toEqual(['constructor-word']);
    expect(resolved.match.concepts.toString).toEqual(['tostring-word']);
    expect(resolved.match.concepts.prototype).toEqual(['prototype-word']);
    expect(resolved.match.concepts.hasOwnProperty).toEqual(['hasownproperty-word']);
    // The lexicon's own array, shared by reference: the matcher compiles it once for every claim.
    expect(resolved.match.concepts.valueOf).toBe(list.lexicon.valueOf);
  });

  it('as claim ids and concept names: the claim matches, its card is sent, and every other claim still matches', async () => {
    db = openDatabase(`hostile-list-${counter++}`);
    const claims = [
      prototypeNamedClaim('constructor', ['zorblax', 'quintessa']),
      prototypeNamedClaim('prototype', ['flumox', 'gravel']),
      moonClaim(),
    ];
    const parsed = parseClaimList(asReceived(publishedList({ claims })), { strict: true });
    expect(parsed.list.claims.map((c) => c.id)).toEqual(['constructor', 'prototype', 'moon-green-cheese']);
    await replaceList(db, parsed, 'subscription');
    const active = createActiveClaims(db);
    const { matches, claims: cards } = await active.matchBlocks([
      'Zorblax met quintessa.',
      'Flumox ate gravel.',
      'The moon is made of green cheese.',
    ]);
    expect(matches.map((found) => found.map((m) => m.claimId))).toEqual([
      ['constructor'],
      ['prototype'],
      ['moon-green-cheese'],
    ]);
    expect(Object.keys(cards).sort()).toEqual(['constructor', 'moon-green-cheese', 'prototype']);
    expect(cards.constructor).toMatchObject({ id: 'constructor', verdict: { label: 'False' } });
  });

  it('an unknown name in benign, carry, none or overrides skips that claim only, naming the claim and the field', () => {
    const bad = (id: string, match: Record<string, unknown>) => ({
      ...moonClaim(id),
      match: { ...moonClaim().match, ...match },
    });
    const { list, skipped } = parseClaimList(
      asReceived(
        publishedList({
          claims: [
            bad('bad-benign', { benign: ['toString'] }),
            bad('bad-carry', { carry: ['constructor'] }),
            bad('bad-none', { none: ['__proto__'] }),
            bad('bad-overrides', { overrides: ['hasOwnProperty'] }),
            bad('bad-all', { all: [['moon'], ['valueOf']] }),
            moonClaim(),
          ],
        }),
      ),
      { strict: false },
    );
    expect(list.claims.map((c) => c.id)).toEqual(['moon-green-cheese']);
    expect(skipped.map((s) => s.problem)).toEqual([
      'claims[0] (bad-benign).match.benign: unknown concept "toString"',
      'claims[1] (bad-carry).match.carry: unknown concept "constructor"',
      'claims[2] (bad-none).match.none: unknown concept "__proto__"',
      'claims[3] (bad-overrides).match.overrides: unknown claim "hasOwnProperty" (not in this list)',
      'claims[4] (bad-all).match.all: unknown concept "valueOf"',
    ]);
  });

  it('overrides may name another claim of the same list', () => {
    const specific = {
      ...moonClaim('moon-specific'),
      match: { ...moonClaim().match, overrides: ['moon-green-cheese'] },
    };
    const { skipped } = parseClaimList(asReceived(publishedList({ claims: [moonClaim(), specific] })), {
      strict: true,
    });
    expect(skipped).toEqual([]);
  });
});
