// Rule `story`: routing between sibling claims by the story the document tells. A claim may name
// its story (`story`: years, sources such as the report or the case). The document context counts
// how often the article has named each story so far (its headline, headings and blocks, this one
// included). When a claim with a story matches a sentence in a document that never named its story,
// and a sibling (by `overrides`, either way) has a story the document did name, the sentence is read as that
// sibling: in an article about the 2018 newspaper report, Netflix's "we never read messages" is the
// 2018 claim, not the 2024 court-filing one. The sentence's own story comes first: one that names
// a sibling's story and not its claim's is routed whatever the document says. Claims without story
// data keep the current order.
import type { MatchSpec } from '../../claims/schema';
import type { CompiledMatcher } from '../compile';
import type { ClaimMatch } from '../types';
import type { VocabularyBuilder } from '../engine/vocabulary';
import { IntList } from '../engine/buffers';
import type { Csr } from '../engine/csr';
import { readWords } from '../engine/read-words';
import { hitText, visitHitsNaming } from '../engine/hits-in-range';
import { registers } from '../engine/scan-state';
import { findHits } from '../engine/trie';
import { isCarried } from './carry';

export interface StoryTables {
  /** Claim → its story concept, or -1. */
  readonly claimStory: Int32Array;
  /** Concept → 1 when it is some claim's story concept. */
  readonly conceptIsStory: Uint8Array;
  /** Term → 1 when it belongs to a story concept (only such hits are counted). */
  readonly storyTerms: Uint8Array;
  /** Claim → its siblings with story data (overrides, both ways; CSR). */
  readonly siblingStart: Int32Array;
  readonly siblings: Int32Array;
  /** Claim → its patterns (CSR): a match is routed only to a sibling whose parties are named. */
  readonly claimPatternStart: Int32Array;
  readonly claimPatterns: Int32Array;
  /** Claim id → claim number, for routing matches (ids from lists: a Map). */
  readonly claimIndex: ReadonlyMap<string, number>;
}

/** The claim's story terms as one concept (its years and sources), or -1 when it names none. */
export function readStory(match: MatchSpec, vocabulary: VocabularyBuilder): number {
  const terms = [...(match.story?.years ?? []), ...(match.story?.sources ?? [])];
  return terms.length > 0 ? vocabulary.conceptOf(terms) : -1;
}

export function compileStory(
  entries: Int32Array,
  claimIds: readonly string[],
  claimIndex: ReadonlyMap<string, number>,
  overrides: Csr,
  patternClaim: Int32Array,
  conceptTerms: Csr,
  termCount: number,
): StoryTables {
  const claimCount = entries.length;
  // Claim → its patterns, for the claims with a story (patterns come in claim order).
  const claimPatternStart = new Int32Array(claimCount + 1);
  for (let pattern = 0; pattern < patternClaim.length; pattern++)
    if (entries[patternClaim[pattern]!]! >= 0) claimPatternStart[patternClaim[pattern]! + 1]!++;
  for (let claim = 0; claim < claimCount; claim++) claimPatternStart[claim + 1]! += claimPatternStart[claim]!;
  const claimPatterns = new Int32Array(claimPatternStart[claimCount]!);
  for (let pattern = 0, at = 0; pattern < patternClaim.length; pattern++)
    if (entries[patternClaim[pattern]!]! >= 0) claimPatterns[at++] = pattern;
  // Siblings both ways: the 2018 claim overrides the "sold" claim, and either may be the story's.
  // Ties go to the more specific sibling (one that overrides the claim), then by claim id: never by
  // the order of the list, which differs between a file and the extension's database. Only claims
  // with a story have siblings here, and few claims do: lists made on first need.
  const overriders = new Map<number, number[]>();
  const overridden = new Map<number, number[]>();
  const listOf = (lists: Map<number, number[]>, claim: number): number[] => {
    let list = lists.get(claim);
    if (list === undefined) lists.set(claim, (list = []));
    return list;
  };
  for (let claim = 0; claim < claimCount; claim++) {
    for (let k = overrides.start[claim]!; k < overrides.start[claim + 1]!; k++) {
      const other = overrides.items[k]!;
      if (entries[claim]! < 0 || entries[other]! < 0 || other === claim) continue;
      const more = listOf(overriders, other);
      if (!more.includes(claim)) more.push(claim);
      const less = listOf(overridden, claim);
      if (!less.includes(other)) less.push(other);
    }
  }
  const byId = (a: number, b: number) => (claimIds[a]! < claimIds[b]! ? -1 : claimIds[a]! > claimIds[b]! ? 1 : 0);
  const siblingStart = new Int32Array(claimCount + 1);
  const siblings = new IntList();
  for (let claim = 0; claim < claimCount; claim++) {
    siblingStart[claim] = siblings.length;
    const more = overriders.get(claim)?.sort(byId) ?? [];
    for (const other of more) siblings.push(other);
    for (const other of (overridden.get(claim) ?? []).filter((other) => !more.includes(other)).sort(byId))
      siblings.push(other);
  }
  siblingStart[claimCount] = siblings.length;
  const { start: termStart, items: terms } = conceptTerms;
  const conceptIsStory = new Uint8Array(termStart.length - 1);
  const storyTerms = new Uint8Array(termCount);
  for (const concept of entries) {
    if (concept < 0) continue;
    conceptIsStory[concept] = 1;
    for (let j = termStart[concept]!; j < termStart[concept + 1]!; j++) storyTerms[terms[j]!] = 1;
  }
  return {
    claimStory: entries,
    siblingStart,
    claimPatternStart,
    claimPatterns,
    siblings: siblings.toArray(),
    conceptIsStory,
    storyTerms,
    claimIndex,
  };
}

/** Adds the block's story hits (the hits in `registers`) to the document's counts. */
export function countStories(matcher: CompiledMatcher, counts: Map<number, number>): void {
  const { storyTerms, conceptIsStory } = matcher.story;
  const { termConceptStart, termConcepts } = matcher.terms;
  const { hitTerm, hitCount } = registers;
  for (let h = 0; h < hitCount; h++) {
    const term = hitTerm[h]!;
    if (storyTerms[term] === 0) continue;
    for (let k = termConceptStart[term]!; k < termConceptStart[term + 1]!; k++) {
      const concept = termConcepts[k]!;
      if (conceptIsStory[concept] === 1) counts.set(concept, (counts.get(concept) ?? 0) + 1);
    }
  }
}

/**
 * The story concepts named by the first of `texts` that names any (the blocks still to be read),
 * counted: a headline or lede read before the article says which story it tells is read in the story
 * it tells next. Overwrites the scan registers: the caller scans its block again after.
 */
export function nextStory(matcher: CompiledMatcher, texts: readonly string[]): Map<number, number> {
  const surfaces = matcher.marks.surfaces;
  const counts = new Map<number, number>();
  for (const text of texts) {
    findHits(matcher.trie, surfaces, readWords(matcher.vocabulary, surfaces, text));
    countStories(matcher, counts);
    if (counts.size > 0) break;
  }
  return counts;
}

/** Does any of the matches belong to a claim that story routing may send to a sibling? */
export function mayRoute(matcher: CompiledMatcher, matches: readonly ClaimMatch[]): boolean {
  const { claimIndex, claimStory, siblingStart } = matcher.story;
  for (const match of matches) {
    const claim = claimIndex.get(match.claimId);
    if (claim !== undefined && claimStory[claim]! >= 0 && siblingStart[claim + 1]! > siblingStart[claim]!) return true;
  }
  return false;
}

/** How often the document named the claim's story (-1: the claim has no story data). */
function storyCount(matcher: CompiledMatcher, claim: number, counts: ReadonlyMap<number, number>): number {
  const concept = matcher.story.claimStory[claim]!;
  return concept < 0 ? -1 : (counts.get(concept) ?? 0);
}

/**
 * Are the claim's parties named, in some pattern of it: each group made only of concepts the claim
 * may borrow (its parties) has one present in the sentence (`ownMark`) or named by the document?
 * A sentence routed to a sibling must name that sibling's party, as any match must.
 */
function partiesNamed(
  matcher: CompiledMatcher,
  claim: number,
  ownMark: number,
  named: ReadonlyMap<number, unknown>,
): boolean {
  const { claimPatternStart, claimPatterns } = matcher.story;
  const { patternGroupStart, groupConceptStart, groupConcepts } = matcher.patterns;
  const { ownConcept } = matcher.marks;
  for (let p = claimPatternStart[claim]!; p < claimPatternStart[claim + 1]!; p++) {
    const pattern = claimPatterns[p]!;
    let all = true;
    for (let g = patternGroupStart[pattern]!; g < patternGroupStart[pattern + 1]! && all; g++) {
      let parties = true;
      let present = false;
      for (let k = groupConceptStart[g]!; k < groupConceptStart[g + 1]!; k++) {
        const concept = groupConcepts[k]!;
        if (!isCarried(matcher, claim, concept)) parties = false;
        if (ownConcept[concept] === ownMark || named.has(concept)) present = true;
      }
      if (parties && !present) all = false;
    }
    if (all) return true;
  }
  return false;
}

/** Marks the concepts the block's text [start, end) names (its hits in `registers`); returns the mark. */
function markOwnConcepts(matcher: CompiledMatcher, start: number, end: number): number {
  const mark = matcher.marks.own.next();
  const { termConceptStart, termConcepts } = matcher.terms;
  const { hitTerm, hitFirst, hitCount, wordStart } = registers;
  for (let h = firstHitAt(start); h < hitCount && wordStart[hitFirst[h]!]! < end; h++) {
    const term = hitTerm[h]!;
    for (let k = termConceptStart[term]!; k < termConceptStart[term + 1]!; k++)
      matcher.marks.ownConcept[termConcepts[k]!] = mark;
  }
  return mark;
}

/** Does the concept share a term with some claim's story (a sibling's marker, "Spotify", "the Times")? */
function marksStory(matcher: CompiledMatcher, concept: number): boolean {
  const { conceptTermStart, conceptTerms } = matcher.terms;
  const { storyTerms } = matcher.story;
  for (let j = conceptTermStart[concept]!; j < conceptTermStart[concept + 1]!; j++)
    if (storyTerms[conceptTerms[j]!] === 1) return true;
  return false;
}

/**
 * Does the sentence (its concepts marked `ownMark`) name a concept that vetoes the claim (its `none`)?
 * Story markers count only with `markersToo`: which story the sentence belongs to is what routing decides.
 */
function namesVeto(matcher: CompiledMatcher, claim: number, ownMark: number, markersToo = false): boolean {
  const { noneStart, noneConcepts } = matcher.veto;
  const { ownConcept } = matcher.marks;
  for (let k = noneStart[claim]!; k < noneStart[claim + 1]!; k++) {
    const concept = noneConcepts[k]!;
    if (ownConcept[concept] === ownMark && (markersToo || !marksStory(matcher, concept))) return true;
  }
  return false;
}

/**
 * The sibling with the story named most in `counts` whose parties are named and that the sentence's
 * own words do not veto, or -1 (ties: the first listed): a sale is never routed to a claim about
 * reading, whatever year the article is about. With `markersVeto`, story markers veto too and only
 * a more specific sibling is taken (a sentence that names its story by a year only).
 */
function storySibling(
  matcher: CompiledMatcher,
  claim: number,
  counts: ReadonlyMap<number, number>,
  ownMark: number,
  named: ReadonlyMap<number, unknown>,
  markersVeto = false,
): number {
  const { siblingStart, siblings } = matcher.story;
  const { overrideStart, overrideClaims } = matcher.siblings;
  let best = -1;
  let bestCount = 0;
  for (let k = siblingStart[claim]!; k < siblingStart[claim + 1]!; k++) {
    const sibling = siblings[k]!;
    const count = storyCount(matcher, sibling, counts);
    if (markersVeto) {
      // Only to a more specific sibling (one that overrides the claim): a quoted account of the past
      // is never made vaguer ("had access" is no sale).
      let overrides = false;
      for (let o = overrideStart[sibling]!; o < overrideStart[sibling + 1]!; o++)
        if (overrideClaims[o] === claim) overrides = true;
      if (!overrides) continue;
    }
    if (
      count > bestCount &&
      partiesNamed(matcher, sibling, ownMark, named) &&
      !namesVeto(matcher, sibling, ownMark, markersVeto)
    ) {
      best = sibling;
      bestCount = count;
    }
  }
  return best;
}

/** The first hit at or after text offset `at` (hits are ordered by position). */
function firstHitAt(at: number): number {
  const { hitFirst, hitCount, wordStart } = registers;
  let low = 0;
  let high = hitCount;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (wordStart[hitFirst[mid]!]! < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A year ("2018"): when a statement was made, not which report or case it belongs to. */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * The story concepts the block's text [start, end) names, counted (from the hits in `registers`);
 * with `sentence` (the text from `start`), years are left out.
 */
function storiesIn(
  matcher: CompiledMatcher,
  start: number,
  end: number,
  sentence: string | null = null,
): Map<number, number> {
  const counts = new Map<number, number>();
  const { storyTerms, conceptIsStory } = matcher.story;
  const { termConceptStart, termConcepts } = matcher.terms;
  const { hitTerm, hitFirst, hitLast, hitCount, wordStart, wordEnd } = registers;
  for (let h = firstHitAt(start); h < hitCount && wordStart[hitFirst[h]!]! < end; h++) {
    const term = hitTerm[h]!;
    if (storyTerms[term] === 0) continue;
    if (sentence !== null && YEAR.test(sentence.slice(wordStart[hitFirst[h]!]! - start, wordEnd[hitLast[h]!]! - start)))
      continue;
    for (let k = termConceptStart[term]!; k < termConceptStart[term + 1]!; k++) {
      const concept = termConcepts[k]!;
      if (conceptIsStory[concept] === 1) counts.set(concept, (counts.get(concept) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Routes each match of a claim with story data: to a sibling whose story the sentence itself names
 * when it does not name its own ("In 2018, the streamer said it never read messages"), else to a
 * sibling whose story the document named when the document never named its own. Call while the
 * block's hits are in `registers`.
 */
export function routeByStory(
  matcher: CompiledMatcher,
  counts: ReadonlyMap<number, number>,
  named: ReadonlyMap<number, unknown>,
  matches: readonly ClaimMatch[],
): ClaimMatch[] {
  const out: ClaimMatch[] = [];
  const { claimIndex, claimStory, siblingStart } = matcher.story;
  for (const match of matches) {
    const claim = claimIndex.get(match.claimId);
    let sibling = -1;
    if (claim !== undefined && claimStory[claim]! >= 0 && siblingStart[claim + 1]! > siblingStart[claim]!) {
      const inSentence = storiesIn(matcher, match.start, match.end);
      const ownMark = markOwnConcepts(matcher, match.start, match.end);
      // A sentence that names a story only by a year ("Facebook said in 2018 that …") quotes the
      // past inside the article's story: the article decides, when it tells another story more.
      const yearsOnly = inSentence.size > 0 && storiesIn(matcher, match.start, match.end, match.text).size === 0;
      if (yearsOnly) {
        // Its own marker of a story ("Spotify") still keeps it out of a sibling that marker vetoes.
        const other = storySibling(matcher, claim, counts, ownMark, named, true);
        if (other >= 0 && storyCount(matcher, other, counts) > storyCount(matcher, claim, counts)) sibling = other;
        else if (storyCount(matcher, claim, inSentence) === 0)
          sibling = storySibling(matcher, claim, inSentence, ownMark, named);
      } else {
        if (storyCount(matcher, claim, inSentence) === 0)
          sibling = storySibling(matcher, claim, inSentence, ownMark, named);
        // A sentence that names no story is read in its paragraph's first ("2018. The Times reports
        // … Both companies deny …"), when the paragraph names a sibling's story and not the claim's.
        if (sibling < 0 && inSentence.size === 0 && match.start > 0) {
          const inBlock = storiesIn(matcher, 0, match.start);
          if (inBlock.size > 0 && storyCount(matcher, claim, inBlock) === 0)
            sibling = storySibling(matcher, claim, inBlock, ownMark, named);
        }
        if (sibling < 0 && inSentence.size === 0 && storyCount(matcher, claim, counts) === 0)
          sibling = storySibling(matcher, claim, counts, ownMark, named);
      }
    }
    if (sibling < 0) {
      out.push(match);
      continue;
    }
    const claimId = matcher.claimIds[sibling]!;
    // The sibling may already stand on this sentence.
    const already =
      out.some((other) => other.claimId === claimId && other.start === match.start) ||
      matches.some((other) => other.claimId === claimId && other.start === match.start);
    if (!already) out.push({ ...match, claimId });
  }
  return out;
}

/**
 * Does the block's text [start, end) name a story's source (a report, a case: not its year)? Call
 * while the scan registers hold the block.
 */
export function namesStorySource(matcher: CompiledMatcher, start: number, end: number): boolean {
  const { conceptIsStory } = matcher.story;
  // A year names the story, not its source.
  return visitHitsNaming(
    matcher,
    start,
    end,
    (concept) => conceptIsStory[concept] === 1,
    (hit) => !/^\d+$/.test(hitText(hit)),
  );
}
