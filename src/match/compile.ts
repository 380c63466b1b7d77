// Compiles a claim list into one matcher held in typed arrays, so scanning a page costs the same
// whether the list has ten claims or ten thousand. The assembly, in order:
//   1. per claim, inside a guard (one bad claim is skipped with its reason, never the list): its
//      patterns (`all`, `alternatives`) as groups of concepts, then each rule's entry (rules/)
//   2. the trie over every term (engine/trie.ts), presence classes (engine/presence.ts)
//   3. anchors and guards: which hit wakes which pattern (engine/anchors.ts)
//   4. each rule's tables
// Adding a rule: a file in rules/ with its read, compile and check; one line in each of the steps
// below that reads and compiles it, and its check where the scan pipeline needs it (scan.ts, or
// rules/accept.ts for a check on a sentence).
import { chooseAnchors, compileAnchors, type AnchorTables } from './engine/anchors';
import { CsrBuilder, toCsr } from './engine/csr';
import { compilePatterns, PatternReader, type PatternTables } from './engine/patterns';
import { compilePresence, GUARD_IDS, type PresenceTables } from './engine/presence';
import { MatcherMarks } from './engine/scan-state';
import { buildTrie, type Trie } from './engine/trie';
import { VocabularyBuilder, type Vocabulary } from './engine/vocabulary';
import { compileCarry, readCarry, type CarryTables } from './rules/carry';
import { compileNear, nearChecks, readNear, type NearTables } from './rules/near';
import { ConceptResolver } from './rules/resolver';
import { compileSiblings, readOverrides, type SiblingTables } from './rules/siblings';
import { compileRoles, readRoles, type RoleTables } from './rules/roles';
import { compileDenialWords, readDenialWords, type DenialData } from './rules/denial-echo';
import { compileSettled, readSettled } from './rules/settled';
import { compileStory, readStory, type StoryTables } from './rules/story';
import { compileVeto, readVeto, vetoChecks, type VetoTables } from './rules/veto';
import type { MatchableClaim } from './types';

/** Term ↔ concept tables (CSR both ways). */
export interface TermTables {
  readonly termConceptStart: Int32Array;
  readonly termConcepts: Int32Array;
  readonly conceptTermStart: Int32Array;
  readonly conceptTerms: Int32Array;
  readonly conceptCount: number;
}

export interface CompiledMatcher {
  readonly claimIds: readonly string[];
  /** Claims that could not be compiled, with why; they match nothing, the others are unaffected. */
  readonly skipped: readonly { claimId: string; reason: string }[];
  readonly vocabulary: Vocabulary;
  readonly trie: Trie;
  readonly terms: TermTables;
  readonly presence: PresenceTables;
  readonly patterns: PatternTables;
  readonly anchors: AnchorTables;
  readonly veto: VetoTables;
  readonly near: NearTables;
  readonly siblings: SiblingTables;
  readonly carry: CarryTables;
  readonly roles: RoleTables;
  readonly story: StoryTables;
  /** Claim → 1 when it is settled fact (rules/settled.ts). */
  readonly settled: Uint8Array;
  /** Claim → its recorded denials' content words, for claims that record any (rules/denial-echo.ts). */
  readonly denials: ReadonlyMap<number, string[][]>;
  /** Scan-time marks and the surface-form cache: the matcher is used by one scan at a time. */
  readonly marks: MatcherMarks;
}

export interface CompileOptions {
  /**
   * Concepts the claims name without holding them (no prototype), looked up after a claim's own: the
   * claim compiler's shared concepts, which stored compiled claims name only. Read in place, so a
   * woken background need not copy 100,000 claims to fold them back in.
   */
  readonly conceptsBeside?: Readonly<Record<string, readonly string[]>>;
}

export function compileMatcher(claims: readonly MatchableClaim[], options: CompileOptions = {}): CompiledMatcher {
  const vocabulary = new VocabularyBuilder();
  const claimIds = claims.map((claim) => claim.id);
  const claimIndex = new Map(claimIds.map((id, i) => [id, i]));
  const skipped: { claimId: string; reason: string }[] = [];

  // 1. Each claim, read whole before anything of it is kept: every rule appends the claim's entry to
  //    its row of one shared table (no arrays per claim), and a claim that fails is dropped from all.
  const resolve = new ConceptResolver(vocabulary);
  const patterns = new PatternReader();
  const none = new CsrBuilder();
  const benign = new CsrBuilder();
  const overrides = new CsrBuilder();
  const near = new CsrBuilder();
  const carry = new CsrBuilder();
  const roles = new CsrBuilder();
  const rows = [none, benign, overrides, near, carry, roles];
  const story = new Int32Array(claims.length);
  const settled: boolean[] = new Array<boolean>(claims.length);
  const denials: string[][][] = new Array<string[][]>(claims.length);
  for (let claim = 0; claim < claims.length; claim++) {
    patterns.startClaim();
    try {
      const match = claims[claim]!.match;
      resolve.read(match, options.conceptsBeside);
      patterns.read(claim, match.all, resolve);
      for (const alternative of match.alternatives ?? []) patterns.read(claim, alternative, resolve);
      readVeto(match, resolve, none, benign);
      readOverrides(match, claimIndex, overrides);
      readNear(match, resolve, near);
      readCarry(match, resolve, carry);
      readRoles(match, resolve, roles);
      story[claim] = readStory(match, vocabulary);
      settled[claim] = readSettled(match);
      // A list's claims record their denials beside the match data (rules/denial-echo.ts).
      denials[claim] = readDenialWords((claims[claim] as { denials?: readonly DenialData[] }).denials);
    } catch (error) {
      skipped.push({ claimId: claims[claim]!.id, reason: error instanceof Error ? error.message : String(error) });
      patterns.dropClaim();
      for (const row of rows) row.dropOpenRow();
      story[claim] = -1;
      settled[claim] = false;
      denials[claim] = [];
    }
    for (const row of rows) row.endRow();
  }
  const read = patterns.finish();
  const noneCsr = none.finish();
  const benignCsr = benign.finish();
  const nearCsr = near.finish();
  const overridesCsr = overrides.finish();

  // 2. Terms, the trie and presence classes.
  const conceptTerms = vocabulary.conceptTerms();
  const { termSymbols, termConcepts } = vocabulary;
  const vocabularyTables = vocabulary.vocabulary();
  const trie = buildTrie(termSymbols, vocabularyTables.symbolCount);
  const presence = compilePresence(termSymbols, conceptTerms);
  const termCsr = toCsr(termConcepts);
  const conceptTermCsr = toCsr(conceptTerms);

  // 3. Anchors: a pattern that a rule checks in the sentence is never decided by its guards alone.
  const anchorInput = {
    patterns: read,
    termConcepts: termCsr,
    conceptTerms: conceptTermCsr,
    checkedByRule: (claim: number) => vetoChecks(noneCsr, benignCsr, claim) || nearChecks(nearCsr, claim),
  };
  const { anchorGroupOf, guards } = chooseAnchors(anchorInput);
  const anchors = compileAnchors(anchorInput, anchorGroupOf, guards, presence);

  return withMarks({
    claimIds,
    skipped,
    vocabulary: vocabularyTables,
    trie,
    terms: {
      termConceptStart: termCsr.start,
      termConcepts: termCsr.items,
      conceptTermStart: conceptTermCsr.start,
      conceptTerms: conceptTermCsr.items,
      conceptCount: vocabulary.conceptCount,
    },
    presence,
    patterns: compilePatterns(read, anchorGroupOf, presence),
    anchors,
    // 4. The rules' tables.
    veto: compileVeto(noneCsr, benignCsr, presence.conceptClass),
    near: compileNear(nearCsr),
    siblings: compileSiblings(overridesCsr),
    carry: compileCarry(carry.finish(), read, conceptTermCsr, termSymbols.length),
    roles: compileRoles(roles.finish(), conceptTermCsr, termSymbols.length),
    story: compileStory(
      story,
      claimIds,
      claimIndex,
      overridesCsr,
      read.patternClaim,
      conceptTermCsr,
      termSymbols.length,
    ),
    settled: compileSettled(settled),
    denials: compileDenialWords(denials),
  });
}

/** The matcher with fresh scan-time marks: after compiling, and when loaded from its stored form (stored-form.ts). */
export function withMarks(tables: Omit<CompiledMatcher, 'marks'>): CompiledMatcher {
  return {
    ...tables,
    marks: new MatcherMarks({
      classes: tables.presence.classCount,
      foldedGuardIds: tables.presence.foldedGuards ? GUARD_IDS : 0,
      terms: tables.terms.termConceptStart.length - 1,
      patterns: tables.patterns.patternClaim.length,
      concepts: tables.terms.conceptCount,
    }),
  };
}
