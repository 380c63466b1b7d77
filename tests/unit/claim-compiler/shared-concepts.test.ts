// The compiler's shared concepts (claim talk, stand-in pronouns) are stored once and named by the
// claims that use them: a stored claim holds the name, not 37 words; read back, it finds exactly what
// it found before; a claim whose copy differs keeps its own; list-given names stay plain names.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { compileClaim } from '../../../src/claim-compiler';
import { CLAIM_TALK, CLAIM_TALK_CONCEPT } from '../../../src/claim-compiler/reference';
import { SHARED_CONCEPTS, storedMatchOf, withSharedConcepts } from '../../../src/claim-compiler/shared-concepts';
import type { MatchSpec } from '../../../src/claims/schema';
import { importClaimReviews } from '../../../src/claims/claim-review';
import { parseClaimList } from '../../../src/claims/parse';
import { createActiveClaims } from '../../../src/db/active-claims';
import { openDatabase, type ClaimLensDatabase } from '../../../src/db/database';
import { replaceList } from '../../../src/db/lists';
import { compileMatcher, matchText } from '../../../src/match';
import { publishedList } from '../../support/lists';
import { runClaimlens } from '../cli/run-cli';

const LITHIUM = 'The Soviets added lithium to the reservoirs of Leningrad to calm factory workers.';
// Found only through the claim-talk pattern ("myth"), and not without it.
const REFERENCE = 'The Soviet lithium story is a myth, historians say.';
const TOPIC = 'Soviet doctors prescribed lithium to thousands of patients in the 1970s.';

const found = (spec: MatchSpec, sentence: string) =>
  matchText(compileMatcher([{ id: 'claim', match: spec }]), sentence).map(({ start, end, stance, score }) => ({
    start,
    end,
    stance,
    score,
  }));

describe('a compiled claim that uses the shared claim talk', () => {
  const compiled = compileClaim({ text: LITHIUM });

  it('holds the shared list itself in memory, and names it without its words when stored', () => {
    expect(compiled.concepts[CLAIM_TALK_CONCEPT]).toBe(CLAIM_TALK);
    const stored = JSON.parse(JSON.stringify(storedMatchOf(compiled))) as MatchSpec;
    expect(Object.hasOwn(stored.concepts, CLAIM_TALK_CONCEPT)).toBe(false);
    expect(JSON.stringify(stored)).not.toContain('conspiracy theory');
    expect((stored.alternatives ?? []).flat(2)).toContain(CLAIM_TALK_CONCEPT);
    // 37 words fewer to store and to read for every such claim.
    expect(JSON.stringify(compiled).length - JSON.stringify(stored).length).toBeGreaterThan(300);
  });

  it('read back from storage, is the compiled data again and finds what it found', () => {
    const stored = JSON.parse(JSON.stringify(storedMatchOf(compiled))) as MatchSpec;
    const read = withSharedConcepts(stored);
    expect(read).toEqual(JSON.parse(JSON.stringify(compiled)));
    expect(read.concepts[CLAIM_TALK_CONCEPT]).toBe(CLAIM_TALK);
    expect(found(read, REFERENCE)).toHaveLength(1);
    expect(found(read, REFERENCE)).toEqual(found(compiled, REFERENCE));
    expect(found(read, TOPIC)).toEqual([]);
    // Without the fold the reference pattern has nothing to match with: the name alone is not the words.
    expect(found(stored, REFERENCE)).toEqual([]);
  });

  it('is one concept in the matcher however many claims use it, stored or not', () => {
    const claims = Array.from({ length: 50 }, (_, i) => ({
      id: `c${i}`,
      match: withSharedConcepts(
        JSON.parse(JSON.stringify(storedMatchOf(compileClaim({ text: LITHIUM })))) as MatchSpec,
      ),
    }));
    const copies = claims.map(({ id }) => ({ id, match: JSON.parse(JSON.stringify(compiled)) as MatchSpec }));
    const shared = compileMatcher(claims);
    const copied = compileMatcher(copies);
    expect(shared.terms.conceptCount).toBe(copied.terms.conceptCount);
    expect(matchText(shared, REFERENCE).map((m) => m.claimId)).toEqual(
      matchText(copied, REFERENCE).map((m) => m.claimId),
    );
  });
});

describe('a claim whose copy of a shared concept differs', () => {
  it('keeps its own copy when stored, and its own wins when read back', () => {
    const own = ['claim', 'hoax'];
    const spec: MatchSpec = {
      concepts: { 'name-x': ['x'], [CLAIM_TALK_CONCEPT]: own },
      all: [['name-x'], [CLAIM_TALK_CONCEPT]],
      none: [],
      overrides: [],
    };
    const stored = storedMatchOf(spec);
    expect(stored.concepts[CLAIM_TALK_CONCEPT]).toEqual(own);
    expect(withSharedConcepts(stored).concepts[CLAIM_TALK_CONCEPT]).toEqual(own);
    expect(found(withSharedConcepts(stored), 'X is a myth.')).toEqual([]);
  });

  it('stores a person with a title with the title and pronouns, a person without one by name', () => {
    const governor = compileClaim({ text: 'Governor Hallam Voss sold the state pension fund to his brother.' });
    const stand = governor.concepts['word-stand-in'];
    if (stand && stand.length !== SHARED_CONCEPTS['word-stand-in']!.length)
      expect(storedMatchOf(governor).concepts['word-stand-in']).toEqual(stand);
    const spec: MatchSpec = {
      concepts: { 'name-x': ['x'], 'word-stand-in': ['he', 'she', 'him', 'his', 'her'] },
      all: [['name-x', 'word-stand-in']],
      none: [],
      overrides: [],
    };
    expect(Object.hasOwn(storedMatchOf(spec).concepts, 'word-stand-in')).toBe(false);
    expect(withSharedConcepts(storedMatchOf(spec)).concepts['word-stand-in']).toBe(SHARED_CONCEPTS['word-stand-in']);
  });
});

describe('names from lists', () => {
  it('are plain names: constructor, __proto__ and toString are kept, never taken from the table or a prototype', () => {
    const concepts = Object.create(null) as Record<string, string[]>;
    for (const name of ['constructor', '__proto__', 'toString'])
      Object.defineProperty(concepts, name, { value: [`${name}-word`], enumerable: true, writable: true });
    Object.defineProperty(concepts, CLAIM_TALK_CONCEPT, { value: [...CLAIM_TALK], enumerable: true, writable: true });
    const spec: MatchSpec = {
      concepts,
      all: [['constructor'], ['__proto__', 'toString'], [CLAIM_TALK_CONCEPT]],
      none: ['hasOwnProperty'],
      overrides: [],
    };
    const read = withSharedConcepts(JSON.parse(JSON.stringify(storedMatchOf(spec))) as MatchSpec);
    expect(Object.keys(read.concepts).sort()).toEqual(['__proto__', 'constructor', 'toString', CLAIM_TALK_CONCEPT]);
    expect(read.concepts.__proto__).toEqual(['__proto__-word']);
    expect(Object.hasOwn(read.concepts, 'hasOwnProperty')).toBe(false);
    expect(Object.hasOwn(SHARED_CONCEPTS, 'toString')).toBe(false);
    expect(found(read, 'The constructor-word and tostring-word claim is a hoax.')).toHaveLength(1);
  });
});

describe('stored in IndexedDB and read by the background', () => {
  let db: ClaimLensDatabase | undefined;
  afterEach(async () => db?.delete());

  it('a ClaimReview claim is stored without the claim talk, and still found by a sentence that needs it', async () => {
    db = openDatabase('shared-concepts-db');
    const { claims } = importClaimReviews([
      {
        '@type': 'ClaimReview',
        url: 'https://fact-desk.example/lithium',
        claimReviewed: LITHIUM,
        author: { '@type': 'Organization', name: 'Fact Desk' },
        reviewRating: { '@type': 'Rating', alternateName: 'False' },
      },
    ]);
    await replaceList(
      db,
      parseClaimList(publishedList({ id: 'fact-desk-feed', claims }), { strict: false }),
      'subscription',
    );
    const [row] = await db.claims.where('listId').equals('fact-desk-feed').toArray();
    expect(row!.compiledMatch).toBeDefined();
    expect(Object.hasOwn(row!.compiledMatch!.concepts, CLAIM_TALK_CONCEPT)).toBe(false);
    const { matches } = await createActiveClaims(db).matchBlocks([REFERENCE, TOPIC]);
    expect(matches.map((block) => block.map((m) => m.claimId))).toEqual([[claims[0]!.id], []]);
  });
});

describe('claimlens list explain', () => {
  it('shows the shared words of a compiled claim', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-shared-'));
    try {
      const { match: _match, ...claim } = publishedList().claims[0] as Record<string, unknown>;
      const file = join(dir, 'list.json');
      writeFileSync(
        file,
        JSON.stringify(publishedList({ claims: [{ ...claim, id: 'lithium', text: LITHIUM }] as never })),
      );
      const result = await runClaimlens(['list', 'explain', file, 'lithium']);
      expect(result.code).toBe(0);
      const match = JSON.parse(result.stdout) as MatchSpec;
      expect(match.concepts[CLAIM_TALK_CONCEPT]).toEqual(CLAIM_TALK);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
