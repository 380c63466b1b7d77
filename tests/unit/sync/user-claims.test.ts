// A claim the reader writes in the options page: the id it gets, what is kept of the form (blank
// sources and facts dropped, spaces trimmed), every problem in words; and the "Your own claims"
// row, its version and count, as claims are saved, deleted, imported and exported.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseClaimList } from '../../../src/claims/parse';
import { openDatabase, type ClaimLensDatabase } from '../../../src/db/database';
import {
  addUserClaims,
  buildUserClaim,
  deleteUserClaim,
  exportUserList,
  importUserClaimReviews,
  saveUserClaim,
  USER_LIST_ID,
  userClaims,
} from '../../../src/sync/user-claims';
import { moonClaim, publishedList } from '../../support/lists';
import { MOON_REVIEW } from '../../support/claim-reviews';

const NOW = Date.parse('2026-06-01T00:00:00Z');
const input = {
  text: '  The moon is made of green cheese  ',
  verdict: ' False ',
  context: [{ text: ' Lunar samples are rock. ', sources: [{ publisher: ' NASA ' }] }],
};
const none = new Set<string>();
const problemOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('not refused');
};

describe('a claim written by the reader', () => {
  it('gets an id made from its words, trimmed text and verdict, and its first fact as summary', () => {
    expect(buildUserClaim(input, none)).toEqual({
      id: 'my-the-moon-is-made-of-green-cheese',
      text: 'The moon is made of green cheese',
      verdict: { label: 'False' },
      summary: 'Lunar samples are rock.',
      denials: [],
      context: [{ text: 'Lunar samples are rock.', sources: [{ publisher: 'NASA' }] }],
    });
  });

  it('keeps a summary the reader wrote, and the id it was given', () => {
    const claim = buildUserClaim({ ...input, id: 'my-moon', summary: ' Rock, not cheese. ' }, new Set(['my-moon']));
    expect(claim).toMatchObject({ id: 'my-moon', summary: 'Rock, not cheese.' });
  });

  it('numbers the id when the reader already has a claim with it', () => {
    const taken = new Set(['my-the-moon-is-made-of-green-cheese', 'my-the-moon-is-made-of-green-cheese-2']);
    expect(buildUserClaim(input, taken).id).toBe('my-the-moon-is-made-of-green-cheese-3');
  });

  it('makes the id of accented, punctuated and long text a slug of at most 50 characters, without a dash at the end', () => {
    // An accent inside a word is dropped, not made a dash ("my-e-l-dijo", "re-seau" before the fix).
    expect(buildUserClaim({ ...input, text: '¡Él dijo: «Café» — 100% gratis!' }, none).id).toBe(
      'my-el-dijo-cafe-100-gratis',
    );
    expect(buildUserClaim({ ...input, text: 'Le réseau 5G propage le virus' }, none).id).toBe(
      'my-le-reseau-5g-propage-le-virus',
    );
    const long = buildUserClaim(
      { ...input, text: 'The moon is made of cheese and the sun of butters made fresh' },
      none,
    );
    expect(long.id).toBe('my-the-moon-is-made-of-cheese-and-the-sun-of-butters');
    expect(long.id.length).toBeLessThanOrEqual(53);
  });

  it('keeps a source link, date and title only when filled in, and drops blank sources and facts', () => {
    const claim = buildUserClaim(
      {
        ...input,
        context: [
          {
            text: 'Lunar samples are rock.',
            sources: [
              { publisher: 'NASA', url: ' https://www.nasa.gov/ ', date: ' 2020 ', title: ' Moon rocks ' },
              { publisher: 'ESA', url: ' ', date: '', title: '  ' },
              { publisher: ' ', url: '' },
            ],
          },
          { text: ' ', sources: [{ publisher: '' }] },
        ],
      },
      none,
    );
    expect(claim.context).toEqual([
      {
        text: 'Lunar samples are rock.',
        sources: [
          { publisher: 'NASA', url: 'https://www.nasa.gov/', date: '2020', title: 'Moon rocks' },
          { publisher: 'ESA' },
        ],
      },
    ]);
  });

  it('keeps example sentences trimmed, and no examples when none was written', () => {
    const withExamples = buildUserClaim(
      { ...input, examples: { match: [' The moon is cheese, he said. ', ' '], nomatch: [] } },
      none,
    );
    expect(withExamples.examples).toEqual({ match: ['The moon is cheese, he said.'], nomatch: [] });
    const nomatchOnly = buildUserClaim({ ...input, examples: { match: [], nomatch: [' Cheese is tasty. '] } }, none);
    expect(nomatchOnly.examples).toEqual({ match: [], nomatch: ['Cheese is tasty.'] });
    expect(buildUserClaim({ ...input, examples: { match: [' '], nomatch: [''] } }, none)).not.toHaveProperty(
      'examples',
    );
  });

  it('names each problem with where it is, in words', () => {
    const problem = problemOf(() =>
      buildUserClaim({ ...input, verdict: ' ', context: [{ text: 'A fact.', sources: [] }] }, none),
    );
    expect(problem).toBe('verdict.label: must not be empty; context[0].sources: every fact needs a source');
    expect(problemOf(() => buildUserClaim({ ...input, context: [] }, none))).toBe(
      'summary: must not be empty; context: every claim needs context',
    );
  });

  it('is refused when its text has nothing to look for', () => {
    expect(problemOf(() => buildUserClaim({ ...input, text: 'It is what it is.' }, none))).toBe(
      'text: write the claim in words',
    );
  });
});

describe('"Your own claims"', () => {
  let db: ClaimLensDatabase;
  let counter = 0;
  afterEach(async () => db?.delete());

  it('is created with the first claim, and its version and count follow every save and delete', async () => {
    db = openDatabase(`user-list-${counter++}`);
    const first = await saveUserClaim(db, input, NOW);
    expect(await db.lists.get(USER_LIST_ID)).toEqual({
      id: USER_LIST_ID,
      kind: 'user',
      title: 'Your own claims',
      publisher: 'You',
      version: 1,
      published: new Date(NOW).toISOString(),
      claimCount: 1,
      skipped: [],
    });
    const second = await saveUserClaim(db, input, NOW + 1000);
    expect(second.id).toBe(`${first.id}-2`);
    expect(await db.lists.get(USER_LIST_ID)).toMatchObject({
      version: 2,
      claimCount: 2,
      published: new Date(NOW + 1000).toISOString(),
    });
    await deleteUserClaim(db, first.id, NOW + 2000);
    expect(await db.lists.get(USER_LIST_ID)).toMatchObject({ version: 3, claimCount: 1 });
    expect((await userClaims(db)).map((c) => c.id)).toEqual([second.id]);
  });

  it('takes whole claims, leaving out one that cannot be compiled', async () => {
    db = openDatabase(`user-list-${counter++}`);
    const { match: _match, ...noMatch } = moonClaim('words-only');
    const { list } = parseClaimList(
      publishedList({ claims: [moonClaim(), { ...noMatch, text: 'It is what it is.' }] }),
    );
    await addUserClaims(db, list.claims, NOW);
    expect((await userClaims(db)).map((c) => c.id)).toEqual(['moon-green-cheese']);
    expect(await db.lists.get(USER_LIST_ID)).toMatchObject({ version: 1, claimCount: 1 });
  });

  it('is exported as a list others can subscribe to, at version 1 even when empty', async () => {
    db = openDatabase(`user-list-${counter++}`);
    expect(await exportUserList(db, NOW)).toEqual({
      format: 'claimlens-list/1',
      id: 'my-claims',
      title: 'My ClaimLens claims',
      publisher: 'ClaimLens user',
      version: 1,
      published: new Date(NOW).toISOString(),
      claims: [],
    });
    await saveUserClaim(db, input, NOW);
    await saveUserClaim(db, input, NOW);
    expect(await exportUserList(db, NOW)).toMatchObject({ version: 2 });
  });

  it('keeps its rows under the id "my-claims", where earlier versions stored them', () => {
    expect(USER_LIST_ID).toBe('my-claims');
  });

  it('gives a claim imported twice a new id, and reports each review it could not use', async () => {
    db = openDatabase(`user-list-${counter++}`);
    const review = MOON_REVIEW;
    await importUserClaimReviews(db, JSON.stringify([review]), NOW);
    const result = await importUserClaimReviews(db, JSON.stringify([review, { '@type': 'ClaimReview' }]), NOW);
    expect(result.imported).toBe(1);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]).toEqual(expect.any(String));
    const ids = (await userClaims(db)).map((c) => c.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('refuses an import that is not JSON or is over 5 MB, in words, and keeps what it holds', async () => {
    db = openDatabase(`user-list-${counter++}`);
    await expect(importUserClaimReviews(db, '{"@type": ', NOW)).rejects.toThrow('The file is not JSON');
    await expect(importUserClaimReviews(db, `"${'x'.repeat(6 * 1024 * 1024)}"`, NOW)).rejects.toThrow(
      /^The file is 6\.0 MB; ClaimLens imports ClaimReview files of up to 5 MB/,
    );
    expect(await db.claims.count()).toBe(0);
  });
});
