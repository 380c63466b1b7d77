// Stored compiled claims name the claim compiler's shared concepts without holding them; the compile
// looks those names up beside the claims (compileMatcher's conceptsBeside) instead of every claim being
// copied to fold them back in. What a reader would notice if this were wrong: a sentence found after a
// list change and not after a wake, or the other way round. So: the same matcher either way, the
// claim's own copy still wins, and a name neither holds is still nothing.
import { describe, expect, it } from 'vitest';
import { articleParagraphs } from '../../../bench/corpus';
import { storedBenchList } from '../../../bench/lists';
import { compileClaim } from '../../../src/claim-compiler';
import { CLAIM_TALK_CONCEPT } from '../../../src/claim-compiler/reference';
import { SHARED_CONCEPTS, storedMatchOf, withSharedConcepts } from '../../../src/claim-compiler/shared-concepts';
import type { MatchSpec } from '../../../src/claims/schema';
import { compileMatcher, matchText } from '../../../src/match';
import { ConceptResolver } from '../../../src/match/rules/resolver';
import { VocabularyBuilder } from '../../../src/match/engine/vocabulary';

const LITHIUM = 'The Soviets added lithium to the reservoirs of Leningrad to calm factory workers.';
const REFERENCE = 'The Soviet lithium story is a myth, historians say.';
const beside = { conceptsBeside: SHARED_CONCEPTS };
const stored = () => JSON.parse(JSON.stringify(storedMatchOf(compileClaim({ text: LITHIUM })))) as MatchSpec;
const found = (matcher: ReturnType<typeof compileMatcher>, text: string) =>
  matchText(matcher, text).map(({ claimId, start, end, stance, score }) => ({ claimId, start, end, stance, score }));

describe('compiling stored claims with the shared concepts beside them', () => {
  it('finds through a shared concept what the folded claim finds, and nothing without the table', () => {
    const claim = { id: 'lithium', match: stored() };
    expect(Object.hasOwn(claim.match.concepts, CLAIM_TALK_CONCEPT)).toBe(false);
    const folded = found(compileMatcher([{ id: 'lithium', match: withSharedConcepts(claim.match) }]), REFERENCE);
    expect(folded).toHaveLength(1);
    expect(found(compileMatcher([claim], beside), REFERENCE)).toEqual(folded);
    expect(found(compileMatcher([claim]), REFERENCE)).toEqual([]);
  });

  it('builds the same matcher as the folded claims for a generated feed (tables and matches)', () => {
    const list = structuredClone(storedBenchList('feed', 400));
    const viaFold = compileMatcher(list.map((claim) => ({ ...claim, match: withSharedConcepts(claim.match) })));
    const viaBeside = compileMatcher(list, beside);
    const { marks: _a, ...foldTables } = viaFold;
    const { marks: _b, ...besideTables } = viaBeside;
    expect(besideTables).toEqual(foldTables);
    const text = articleParagraphs(20_000, 3).join('\n');
    expect(found(viaBeside, text)).toEqual(found(viaFold, text));
  });

  it("uses the claim's own copy of a shared name before the table's", () => {
    const match = stored();
    match.concepts = Object.assign(Object.create(null) as Record<string, string[]>, match.concepts, {
      [CLAIM_TALK_CONCEPT]: ['legend'],
    });
    const matcher = compileMatcher([{ id: 'lithium', match }], beside);
    expect(found(matcher, REFERENCE)).toEqual([]);
    expect(found(matcher, 'The Soviet lithium story is a legend, historians say.')).toHaveLength(1);
  });

  it('resolves no inherited member through the table beside', () => {
    const resolver = new ConceptResolver(new VocabularyBuilder());
    const table = Object.assign(
      Object.create(null) as Record<string, string[]>,
      JSON.parse('{"__proto__": ["proto"]}') as Record<string, string[]>,
    );
    resolver.read(
      { concepts: { moon: ['moon'] }, all: [['moon']], none: [], overrides: [] } as unknown as MatchSpec,
      table,
    );
    for (const name of ['constructor', 'toString', 'hasOwnProperty']) expect(resolver.one(name), name).toBeNull();
    expect(resolver.one('__proto__')).not.toBeNull();
    expect(resolver.one('moon')).not.toBeNull();
  });
});
