// Claims without hand-written match data are compiled once, when their list version is stored,
// and found in pages like any other; one that cannot be compiled costs only itself.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import bundledList from '../../../assets/claims/bundled-list.json';
import { parseClaimList } from '../../../src/claims/parse';
import { createActiveClaims } from '../../../src/db/active-claims';
import { openDatabase, type ClaimLensDatabase } from '../../../src/db/database';
import { ensureBundledList, readAllClaims, recompileStoredClaims, replaceList } from '../../../src/db/lists';
import { moonClaim, publishedList } from '../../support/lists';
import { MOON_REVIEW } from '../../support/claim-reviews';
import { importClaimReviews } from '../../../src/claims/claim-review';
import { compileClaim } from '../../../src/claim-compiler';
import { withSharedConcepts } from '../../../src/claim-compiler/shared-concepts';
import { CLAIM_TALK_CONCEPT } from '../../../src/claim-compiler/reference';

let db: ClaimLensDatabase;
let counter = 0;
const fresh = () => (db = openDatabase(`active-claims-${counter++}`));
afterEach(async () => db?.delete());

const { match: _match, ...moonWithoutMatch } = moonClaim();
const subscribed = publishedList({
  claims: [
    moonWithoutMatch,
    { ...moonClaim('nothing-to-match'), match: undefined, text: 'It is what it is.' },
    { ...moonClaim('vaccine-autism'), match: undefined, text: 'The measles vaccine causes autism in children.' },
  ],
});

describe('claims without match data', () => {
  it('are compiled when the list is stored, and the one that cannot be is skipped with the reason', async () => {
    fresh();
    const row = await replaceList(db, parseClaimList(subscribed, { strict: false }), 'subscription');
    expect(row.claimCount).toBe(2);
    expect(row.skipped).toEqual([
      {
        claimId: 'nothing-to-match',
        problem: expect.stringMatching(
          /^claims\[1\] \(nothing-to-match\): no "match" data, and its text could not be compiled/,
        ),
      },
    ]);
    const { claims } = await readAllClaims(db);
    const moon = claims.find((c) => c.id === 'moon-green-cheese')!;
    expect(moon.match).toBeUndefined();
    expect(moon.compiledMatch?.all.length).toBeGreaterThan(0);
  });

  it('are highlighted in a page like hand-written ones, next to the bundled claims', async () => {
    fresh();
    await ensureBundledList(db, parseClaimList(bundledList));
    await replaceList(db, parseClaimList(subscribed, { strict: false }), 'subscription');
    const active = createActiveClaims(db);
    const { matches, claims } = await active.matchBlocks([
      'A post says the moon is made of green cheese.',
      'Doctors repeat that the measles vaccine does not cause autism in children.',
      'Meta didn’t share people’s private messages with Netflix, said Andy Stone.',
      'We had cheese for dinner.',
    ]);
    expect(matches.map((block) => block.map((m) => m.claimId))).toEqual([
      ['moon-green-cheese'],
      ['vaccine-autism'],
      ['meta-sold-messages-to-netflix'],
      [],
    ]);
    expect(matches[1]![0]!.stance).toBe('denies');
    expect(claims['vaccine-autism']).toMatchObject({ listTitle: 'Fact Desk list', verdict: { label: 'False' } });
    expect((await active.summary()).claimCount).toBe(12);
  });
});

describe('compiled claims stored naming the shared claim talk', () => {
  const lithium = {
    ...moonClaim('lithium-leningrad'),
    match: undefined,
    text: 'The Soviets added lithium to the reservoirs of Leningrad to calm factory workers.',
  };
  const found = async (lexicon: Record<string, string[]> | undefined, text: string) => {
    fresh();
    const list = publishedList({ ...(lexicon && { lexicon: lexicon as never }), claims: [lithium] });
    await replaceList(db, parseClaimList(list, { strict: false }), 'subscription');
    const { claims } = await readAllClaims(db);
    // Stored by name: the words are not in the row.
    expect(Object.hasOwn(claims[0]!.compiledMatch!.concepts, CLAIM_TALK_CONCEPT)).toBe(false);
    const { matches } = await createActiveClaims(db).matchBlocks([text]);
    return matches[0]!.map((match) => match.claimId);
  };

  it('are found through the shared words, with or without a lexicon in their list', async () => {
    expect(await found(undefined, 'The Soviet lithium story is a myth, historians say.')).toEqual([
      'lithium-leningrad',
    ]);
    expect(await found({ other: ['moon'] }, 'The Soviet lithium story is a myth, historians say.')).toEqual([
      'lithium-leningrad',
    ]);
  });

  it("take the shared words before a lexicon's concept of the same name", async () => {
    const lexicon = { [CLAIM_TALK_CONCEPT]: ['legend'] };
    expect(await found(lexicon, 'The Soviet lithium story is a myth, historians say.')).toEqual(['lithium-leningrad']);
    expect(await found(lexicon, 'The Soviet lithium story is a legend, historians say.')).toEqual([]);
  });
});

describe('after an extension update', () => {
  it('compiles stored claims again once, so a newer compiler reaches lists that did not change', async () => {
    fresh();
    await ensureBundledList(db, parseClaimList(bundledList));
    await replaceList(db, parseClaimList(subscribed, { strict: false }), 'subscription');
    expect(await recompileStoredClaims(db, '1.0.0')).toBe(true);
    // Stale data, as an older compiler might have left it: it finds only "cheese".
    const stale = { concepts: { c: ['cheese'] }, all: [['c']], none: [], overrides: [] };
    await db.claims.where('id').equals('moon-green-cheese').modify({ compiledMatch: stale });
    expect(await recompileStoredClaims(db, '1.0.0')).toBe(false);
    expect((await db.claims.where('id').equals('moon-green-cheese').first())!.compiledMatch).toEqual(stale);

    expect(await recompileStoredClaims(db, '1.1.0')).toBe(true);
    const moon = (await db.claims.where('id').equals('moon-green-cheese').first())!;
    expect(moon.compiledMatch).not.toEqual(stale);
    expect(moon.match).toBeUndefined();
    // Hand-written match data is never touched.
    const bundled = (await db.claims.where('id').equals('meta-sold-messages-to-netflix').first())!;
    expect(bundled.compiledMatch).toBeUndefined();
    const { matches } = await createActiveClaims(db).matchBlocks(['We had cheese for dinner.']);
    expect(matches).toEqual([[]]);
  });
});

describe('claims imported from ClaimReview', () => {
  const review = MOON_REVIEW;
  const feedList = () => {
    const { claims } = importClaimReviews([review]);
    return publishedList({ id: 'fact-desk-feed', claims });
  };

  it('are stored with compiled match data beside their own, and compiled again when the compiler changes', async () => {
    fresh();
    await replaceList(db, parseClaimList(feedList(), { strict: false }), 'subscription');
    const [stored] = await db.claims.where('listId').equals('fact-desk-feed').toArray();
    expect(stored!.match).toBeUndefined();
    expect(stored!.compiledMatch).toBeDefined();
    expect(await recompileStoredClaims(db, '1.0.0')).toBe(true);
    const stale = { concepts: { c: ['cheese'] }, all: [['c']], none: [], overrides: [] };
    await db.claims.where('listId').equals('fact-desk-feed').modify({ compiledMatch: stale });
    // Same extension and compiler: nothing is compiled again.
    expect(await recompileStoredClaims(db, '1.0.0')).toBe(false);
    // The stamp holds the compiler's version: a new compiler in the same extension version recompiles.
    await db.settings.put({ key: 'compiled-with', value: '1.0.0 compiler 0.older' });
    expect(await recompileStoredClaims(db, '1.0.0')).toBe(true);
    const [again] = await db.claims.where('listId').equals('fact-desk-feed').toArray();
    expect(withSharedConcepts(again!.compiledMatch!)).toEqual(compileClaim({ text: review.claimReviewed }));
    const { matches } = await createActiveClaims(db).matchBlocks(['We had cheese for dinner.']);
    expect(matches).toEqual([[]]);
  });

  it('imported by an older version with their compiled data as `match` get it compiled again', async () => {
    fresh();
    // As imports wrote them before: the compiled data of an older compiler in `match`.
    const stale = { concepts: { 'word-cheese': ['cheese'] }, all: [['word-cheese']], none: [], overrides: [] };
    const { claims } = importClaimReviews([review]);
    const old = publishedList({ id: 'fact-desk-feed', claims: claims.map((claim) => ({ ...claim, match: stale })) });
    await replaceList(db, parseClaimList(old, { strict: false }), 'subscription');
    expect((await createActiveClaims(db).matchBlocks(['We had cheese for dinner.'])).matches).toEqual([
      [expect.objectContaining({ claimId: claims[0]!.id })],
    ]);
    expect(await recompileStoredClaims(db, '1.0.0')).toBe(true);
    const [again] = await db.claims.where('listId').equals('fact-desk-feed').toArray();
    expect(again!.match).toBeUndefined();
    expect(withSharedConcepts(again!.compiledMatch!)).toEqual(compileClaim({ text: review.claimReviewed }));
    expect((await createActiveClaims(db).matchBlocks(['We had cheese for dinner.'])).matches).toEqual([[]]);
    // Hand-written match data (the bundled list's, concepts named by a person) is never touched.
    await ensureBundledList(db, parseClaimList(bundledList));
    expect(await recompileStoredClaims(db, '1.0.1')).toBe(true);
    const bundled = (await db.claims.where('id').equals('meta-sold-messages-to-netflix').first())!;
    expect(bundled.match).toBeDefined();
    expect(bundled.compiledMatch).toBeUndefined();
  });
});
