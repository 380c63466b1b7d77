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
import type { MatchSpec } from '../claims/schema';
import { chooseAnchors, compileAnchors, type AnchorTables } from './engine/anchors';
import { toCsr } from './engine/csr';
import { compilePatterns, type PatternTables } from './engine/patterns';
import { compilePresence, GUARD_IDS, type PresenceTables } from './engine/presence';
import { MatcherMarks } from './engine/scan-state';
import { buildTrie, type Trie } from './engine/trie';
import { VocabularyBuilder, type Vocabulary } from './engine/vocabulary';
import { compileCarry, readCarry, type CarryTables } from './rules/carry';
import { compileNear, nearChecks, readNear, type NearEntry, type NearTables } from './rules/near';
import { conceptResolver } from './rules/resolver';
import { compileSiblings, readOverrides, type SiblingTables } from './rules/siblings';
import { compileRoles, readRoles, type RoleEntry, type RoleTables } from './rules/roles';
import { compileDenialWords, readDenialWords, type DenialData } from './rules/denial-echo';
import { compileSettled, readSettled } from './rules/settled';
import { compileStory, readStory, type StoryTables } from './rules/story';
import { compileVeto, readVeto, vetoChecks, type VetoEntry, type VetoTables } from './rules/veto';
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

/** One claim, read: its patterns and each rule's entry. */
interface ClaimEntry {
  patterns: number[][][];
  veto: VetoEntry;
  overrides: number[];
  near: NearEntry;
  carry: number[];
  roles: RoleEntry;
  story: number;
  settled: boolean;
  denials: string[][];
}

const SKIPPED: ClaimEntry = {
  patterns: [],
  veto: { none: [], benign: [] },
  overrides: [],
  near: [],
  carry: [],
  roles: [],
  story: -1,
  settled: false,
  denials: [],
};

function readPatterns(match: MatchSpec, resolve: ReturnType<typeof conceptResolver>): number[][][] {
  const patterns: number[][][] = [];
  for (const groups of [match.all, ...(match.alternatives ?? [])]) {
    const resolved = groups.map((group) => resolve.all(group));
    // A group whose concepts are all unknown can never be satisfied: drop the pattern.
    if (!resolved.some((group) => group.length === 0)) patterns.push(resolved);
  }
  return patterns;
}

export function compileMatcher(claims: readonly MatchableClaim[]): CompiledMatcher {
  const vocabulary = new VocabularyBuilder();
  const claimIds = claims.map((claim) => claim.id);
  const claimIndex = new Map(claimIds.map((id, i) => [id, i]));
  const skipped: { claimId: string; reason: string }[] = [];

  // 1. Each claim, read whole before anything of it is kept.
  const entries = claims.map((claim): ClaimEntry => {
    try {
      const match = claim.match;
      const resolve = conceptResolver(match, vocabulary);
      return {
        patterns: readPatterns(match, resolve),
        veto: readVeto(match, resolve),
        overrides: readOverrides(match, claimIndex),
        near: readNear(match, resolve),
        carry: readCarry(match, resolve),
        roles: readRoles(match, resolve, vocabulary),
        story: readStory(match, vocabulary),
        settled: readSettled(match),
        // A list's claims record their denials beside the match data (rules/denial-echo.ts).
        denials: readDenialWords((claim as { denials?: readonly DenialData[] }).denials),
      };
    } catch (error) {
      skipped.push({ claimId: claim.id, reason: error instanceof Error ? error.message : String(error) });
      return SKIPPED;
    }
  });
  const patternClaim: number[] = [];
  const patternGroups: number[][][] = [];
  entries.forEach((entry, claim) => {
    for (const groups of entry.patterns) {
      patternClaim.push(claim);
      patternGroups.push(groups);
    }
  });

  // 2. Terms, the trie and presence classes.
  const conceptTerms = vocabulary.conceptTerms();
  const { termSymbols, termConcepts } = vocabulary;
  const vocabularyTables = vocabulary.vocabulary();
  const trie = buildTrie(termSymbols, vocabularyTables.symbolCount);
  const presence = compilePresence(termSymbols, conceptTerms);

  // 3. Anchors: a pattern that a rule checks in the sentence is never decided by its guards alone.
  const anchorInput = {
    patternClaim,
    patternGroups,
    termConcepts,
    conceptTerms,
    checkedByRule: (claim: number) => vetoChecks(entries[claim]!.veto) || nearChecks(entries[claim]!.near),
  };
  const { anchorGroupOf, guards } = chooseAnchors(anchorInput);
  const anchors = compileAnchors(anchorInput, anchorGroupOf, guards, presence);
  const termCsr = toCsr(termConcepts);
  const conceptTermCsr = toCsr(conceptTerms);

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
    patterns: compilePatterns(patternClaim, patternGroups, anchorGroupOf, presence),
    anchors,
    // 4. The rules' tables.
    veto: compileVeto(
      entries.map((entry) => entry.veto),
      presence.conceptClass,
    ),
    near: compileNear(entries.map((entry) => entry.near)),
    siblings: compileSiblings(entries.map((entry) => entry.overrides)),
    carry: compileCarry(
      entries.map((entry) => entry.carry),
      patternClaim,
      patternGroups,
      conceptTerms,
      termSymbols.length,
    ),
    roles: compileRoles(
      entries.map((entry) => entry.roles),
      conceptTerms,
      termSymbols.length,
    ),
    story: compileStory(
      entries.map((entry) => entry.story),
      claimIds,
      entries.map((entry) => entry.overrides),
      patternClaim,
      conceptTerms,
      termSymbols.length,
    ),
    settled: compileSettled(entries.map((entry) => entry.settled)),
    denials: compileDenialWords(entries.map((entry) => entry.denials)),
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
