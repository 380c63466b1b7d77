// A list's lexicon is stored once and resolved when the matcher is compiled; terms are capped per
// concept and per list, refused past the cap with a message.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimListError, MAX_TERMS_PER_LIST, parseClaimList, resolveClaim } from '../../../src/claims/parse';
import { MAX_TERMS_PER_CONCEPT } from '../../../src/claims/schema';
import { createActiveClaims } from '../../../src/db/active-claims';
import { openDatabase, type ClaimLensDatabase } from '../../../src/db/database';
import { readAllClaims, replaceList } from '../../../src/db/lists';
import { moonClaim, publishedList } from '../../support/lists';

let db: ClaimLensDatabase | undefined;
afterEach(async () => db?.delete());

const terms = (count: number, prefix = 'term') => Array.from({ length: count }, (_, i) => `${prefix}${i}`);
const lexiconClaim = (id: string) => ({
  ...moonClaim(id),
  match: { concepts: { moon: ['moon'] }, all: [['moon'], ['shared']] },
});

describe('the lexicon', () => {
  it('is stored once, not copied into each of 300 claims, and each claim shares its array when compiled', async () => {
    db = openDatabase('lexicon-once');
    const claims = Array.from({ length: 300 }, (_, i) => lexiconClaim(`claim-${i}`));
    const parsed = parseClaimList(publishedList({ lexicon: { shared: [...terms(999), 'cheese'] } as never, claims }));
    await replaceList(db, parsed, 'subscription');
    const stored = await readAllClaims(db);
    expect(stored.lexicons.map((l) => l.concepts.shared!.length)).toEqual([1000]);
    // Each stored claim carries its own concept only: 300 terms in all, not 300 × 1,001.
    expect(stored.claims.reduce((sum, c) => sum + Object.values(c.match.concepts).flat().length, 0)).toBe(300);
    const [a, b] = stored.claims.map((claim) => resolveClaim(claim, { lexicon: stored.lexicons[0]!.concepts }));
    expect(a!.match.concepts.shared).toBe(b!.match.concepts.shared);
    const { matches } = await createActiveClaims(db).matchBlocks(['The moon is made of cheese.']);
    expect(matches[0]).toHaveLength(300);
  });

  it(`refuses a claim concept of more than ${MAX_TERMS_PER_CONCEPT} terms: that claim is skipped with the reason`, () => {
    const big = { ...moonClaim('too-many'), match: { concepts: { moon: terms(1001) }, all: [['moon']] } };
    const { list, skipped } = parseClaimList(publishedList({ claims: [big, moonClaim()] }), { strict: false });
    expect(list.claims.map((c) => c.id)).toEqual(['moon-green-cheese']);
    expect(skipped[0]!.problem).toBe('claims[0] (too-many).match.concepts.moon: at most 1000 terms per concept');
  });

  it('refuses a list whose lexicon concept is over the cap, naming it', () => {
    const list = publishedList({ lexicon: { shared: terms(1001) } as never, claims: [moonClaim()] });
    expect(() => parseClaimList(list, { strict: false })).toThrowError(
      'Invalid claim list: lexicon.shared: at most 1000 terms per concept',
    );
  });

  it(`refuses a list of more than ${MAX_TERMS_PER_LIST.toLocaleString('en')} terms in all`, () => {
    const lexicon = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`c${i}`, terms(1000, `c${i}-`)]));
    try {
      parseClaimList(publishedList({ lexicon: lexicon as never, claims: [moonClaim()] }), { strict: false });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ClaimListError);
      expect((error as Error).message).toBe(
        'Invalid claim list: (list): 201,003 matching terms, more than the limit of 200,000',
      );
    }
  });
});
