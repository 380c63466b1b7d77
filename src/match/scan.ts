// Scans text with a compiled matcher: words → trie hits → per-sentence concept sets → the patterns
// anchored on those concepts → overrides between sibling claims → stance, score and "why".
// Sentences are only split when the text has at least one hit: most blocks of a page have none.
import { symbolsOfSurface, trieChild, type CompiledMatcher } from './compile';
import { forEachToken, normalizeToken, stem } from './normalize';
import { splitSentences, type SentenceSpan } from './sentences';
import { stanceOf, type StanceWord } from './stance';
import type { ClaimMatch } from './types';

class Int32List {
  data: Int32Array;
  length = 0;
  constructor(capacity = 256) {
    this.data = new Int32Array(capacity);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

/** The words of a text: offsets of the token each word comes from, and the word's symbols. */
interface Words {
  start: Int32List;
  end: Int32List;
  /** Which word of its token (0, or 1 for the "billion" of "5bn"). */
  part: Int32List;
  symbols: (readonly number[] | Int32Array)[];
}

function readWords(matcher: CompiledMatcher, text: string): Words {
  const words: Words = { start: new Int32List(), end: new Int32List(), part: new Int32List(), symbols: [] };
  forEachToken(text, 0, text.length, (start, end) => {
    const perWord = symbolsOfSurface(matcher, text.slice(start, end));
    for (let part = 0; part < perWord.length; part++) {
      words.start.push(start);
      words.end.push(end);
      words.part.push(part);
      words.symbols.push(perWord[part]!);
    }
  });
  return words;
}

/** Term hits: word range [first, last] and term id, ordered by first word. */
interface Hits {
  first: Int32List;
  last: Int32List;
  term: Int32List;
}

function findHits(matcher: CompiledMatcher, words: Words): Hits {
  const hits: Hits = { first: new Int32List(64), last: new Int32List(64), term: new Int32List(64) };
  const count = words.symbols.length;
  const { nodeTerm, maxTermWords } = matcher;
  const walk = (node: number, first: number, at: number): void => {
    const term = nodeTerm[node]!;
    if (term >= 0) {
      hits.first.push(first);
      hits.last.push(at);
      hits.term.push(term);
    }
    const next = at + 1;
    if (next >= count || next - first >= maxTermWords) return;
    const symbols = words.symbols[next]!;
    for (let k = 0; k < symbols.length; k++) {
      const child = trieChild(matcher, node, symbols[k]!);
      if (child >= 0) walk(child, first, next);
    }
  };
  for (let i = 0; i < count; i++) {
    const symbols = words.symbols[i]!;
    for (let k = 0; k < symbols.length; k++) {
      const child = trieChild(matcher, 0, symbols[k]!);
      if (child >= 0) walk(child, i, i);
    }
  }
  return hits;
}

interface Candidate {
  claim: number;
  pattern: number;
  groups: number;
  /** Hit indexes (into Hits) whose concepts belong to the pattern. */
  evidence: number[];
}

function isQuestion(text: string, span: SentenceSpan): boolean {
  let end = span.end;
  while (end > span.start && /["'”’»)\]]/.test(text[end - 1]!)) end--;
  return text[end - 1] === '?';
}

/** Finds every claim stated in `text`. Matches are whole sentences, ordered by start. */
export function matchText(matcher: CompiledMatcher, text: string): ClaimMatch[] {
  const words = readWords(matcher, text);
  const hits = findHits(matcher, words);
  if (hits.term.length === 0) return [];

  const results: ClaimMatch[] = [];
  const sentences = splitSentences(text);
  let hit = 0;
  let word = 0;
  for (const span of sentences) {
    while (word < words.start.length && words.start.data[word]! < span.start) word++;
    const firstWord = word;
    while (word < words.start.length && words.start.data[word]! < span.end) word++;
    const endWord = word;
    while (hit < hits.term.length && hits.first.data[hit]! < firstWord) hit++;
    const firstHit = hit;
    while (hit < hits.term.length && hits.first.data[hit]! < endWord) hit++;
    if (hit > firstHit) matchSentence(matcher, text, span, words, hits, firstHit, hit, firstWord, endWord, results);
  }
  return results;
}

function matchSentence(
  matcher: CompiledMatcher,
  text: string,
  span: SentenceSpan,
  words: Words,
  hits: Hits,
  firstHit: number,
  endHit: number,
  firstWord: number,
  endWord: number,
  results: ClaimMatch[],
): void {
  const { scratch, termConceptStart, termConcepts, anchorStart, anchorPatterns, patternClaim, patternGroupStart, groupConceptStart, groupConcepts } = matcher;
  const stamp = nextStamp(matcher);
  const { conceptStamp, patternStamp, claimStamp, claimPattern } = scratch;

  // Concepts present in the sentence (hits that run past its end do not count).
  for (let h = firstHit; h < endHit; h++) {
    if (hits.last.data[h]! >= endWord) continue;
    const term = hits.term.data[h]!;
    for (let k = termConceptStart[term]!; k < termConceptStart[term + 1]!; k++) conceptStamp[termConcepts[k]!] = stamp;
  }

  // Patterns anchored on a present concept; keep the best (most groups) satisfied pattern per claim.
  const matchedClaims: number[] = [];
  for (let h = firstHit; h < endHit; h++) {
    if (hits.last.data[h]! >= endWord) continue;
    const term = hits.term.data[h]!;
    for (let k = termConceptStart[term]!; k < termConceptStart[term + 1]!; k++) {
      const concept = termConcepts[k]!;
      for (let a = anchorStart[concept]!; a < anchorStart[concept + 1]!; a++) {
        const pattern = anchorPatterns[a]!;
        if (patternStamp[pattern] === stamp) continue;
        patternStamp[pattern] = stamp;
        if (!patternHolds(matcher, pattern, stamp)) continue;
        const claim = patternClaim[pattern]!;
        if (isVetoed(matcher, claim, stamp)) continue;
        if (!isNearEnough(matcher, claim, pattern, hits, firstHit, endHit, endWord)) continue;
        const groups = patternGroupStart[pattern + 1]! - patternGroupStart[pattern]!;
        if (claimStamp[claim] !== stamp) {
          claimStamp[claim] = stamp;
          claimPattern[claim] = pattern;
          matchedClaims.push(claim);
        } else if (groups > patternGroupStart[claimPattern[claim]! + 1]! - patternGroupStart[claimPattern[claim]!]!) {
          claimPattern[claim] = pattern;
        }
      }
    }
  }
  if (matchedClaims.length === 0) return;

  // Evidence: the hits whose concepts the winning pattern uses.
  const candidates: Candidate[] = matchedClaims.map((claim) => {
    const pattern = claimPattern[claim]!;
    const patternConcepts = new Set<number>();
    for (let g = patternGroupStart[pattern]!; g < patternGroupStart[pattern + 1]!; g++) {
      for (let k = groupConceptStart[g]!; k < groupConceptStart[g + 1]!; k++) patternConcepts.add(groupConcepts[k]!);
    }
    const evidence: number[] = [];
    for (let h = firstHit; h < endHit; h++) {
      if (hits.last.data[h]! >= endWord) continue;
      const term = hits.term.data[h]!;
      for (let k = termConceptStart[term]!; k < termConceptStart[term + 1]!; k++) {
        if (patternConcepts.has(termConcepts[k]!)) {
          evidence.push(h);
          break;
        }
      }
    }
    return { claim, pattern, groups: patternGroupStart[pattern + 1]! - patternGroupStart[pattern]!, evidence };
  });

  const winners = resolveSiblings(matcher, candidates, hits);
  const stanceWords = sentenceWords(text, words, firstWord, endWord);
  const question = isQuestion(text, span);
  for (const candidate of winners) {
    const evidenceWords = candidate.evidence.map((h) => [hits.first.data[h]! - firstWord, hits.last.data[h]! - firstWord] as const);
    results.push({
      claimId: matcher.claimIds[candidate.claim]!,
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      score: scoreOf(candidate, hits),
      stance: stanceOf(stanceWords, evidenceWords, question),
      why: whyOf(text, words, hits, candidate.evidence),
    });
  }
}

function nextStamp(matcher: CompiledMatcher): number {
  const scratch = matcher.scratch;
  if (scratch.stamp >= 0x7ffffff0) {
    scratch.stamp = 0;
    scratch.conceptStamp.fill(0);
    scratch.patternStamp.fill(0);
    scratch.claimStamp.fill(0);
  }
  return ++scratch.stamp;
}

function patternHolds(matcher: CompiledMatcher, pattern: number, stamp: number): boolean {
  const { patternGroupStart, groupConceptStart, groupConcepts, scratch } = matcher;
  for (let g = patternGroupStart[pattern]!; g < patternGroupStart[pattern + 1]!; g++) {
    let satisfied = false;
    for (let k = groupConceptStart[g]!; k < groupConceptStart[g + 1]! && !satisfied; k++) satisfied = scratch.conceptStamp[groupConcepts[k]!] === stamp;
    if (!satisfied) return false;
  }
  return true;
}

function isVetoed(matcher: CompiledMatcher, claim: number, stamp: number): boolean {
  for (let k = matcher.noneStart[claim]!; k < matcher.noneStart[claim + 1]!; k++) {
    if (matcher.scratch.conceptStamp[matcher.noneConcepts[k]!] === stamp) return true;
  }
  return false;
}

function patternUses(matcher: CompiledMatcher, pattern: number, concept: number): boolean {
  const { patternGroupStart, groupConceptStart, groupConcepts } = matcher;
  for (let g = patternGroupStart[pattern]!; g < patternGroupStart[pattern + 1]!; g++) {
    for (let k = groupConceptStart[g]!; k < groupConceptStart[g + 1]!; k++) if (groupConcepts[k] === concept) return true;
  }
  return false;
}

function termHasConcept(matcher: CompiledMatcher, term: number, concept: number): boolean {
  for (let k = matcher.termConceptStart[term]!; k < matcher.termConceptStart[term + 1]!; k++) if (matcher.termConcepts[k] === concept) return true;
  return false;
}

/** The claim's `near` rules that apply to this pattern: two of its concepts within so many words. */
function isNearEnough(matcher: CompiledMatcher, claim: number, pattern: number, hits: Hits, firstHit: number, endHit: number, endWord: number): boolean {
  const { nearStart, nearRules } = matcher;
  for (let r = nearStart[claim]!; r < nearStart[claim + 1]!; r += 3) {
    const a = nearRules[r]!;
    const b = nearRules[r + 1]!;
    const words = nearRules[r + 2]!;
    if (!patternUses(matcher, pattern, a) || !patternUses(matcher, pattern, b)) continue;
    let near = false;
    for (let i = firstHit; i < endHit && !near; i++) {
      if (hits.last.data[i]! >= endWord || !termHasConcept(matcher, hits.term.data[i]!, a)) continue;
      for (let j = firstHit; j < endHit && !near; j++) {
        if (hits.last.data[j]! >= endWord || !termHasConcept(matcher, hits.term.data[j]!, b)) continue;
        const gap = Math.max(hits.first.data[j]! - hits.last.data[i]!, hits.first.data[i]! - hits.last.data[j]!) - 1;
        near = gap <= words;
      }
    }
    if (!near) return false;
  }
  return true;
}

function overrides(matcher: CompiledMatcher, winner: number, loser: number): boolean {
  for (let k = matcher.overrideStart[winner]!; k < matcher.overrideStart[winner + 1]!; k++) if (matcher.overrideClaims[k] === loser) return true;
  return false;
}

/** Words covered by a candidate's evidence, for comparing how much of the sentence two claims explain. */
function coveredWords(candidate: Candidate, hits: Hits): Set<number> {
  const covered = new Set<number>();
  for (const h of candidate.evidence) for (let w = hits.first.data[h]!; w <= hits.last.data[h]!; w++) covered.add(w);
  return covered;
}

/**
 * When sibling claims match one sentence, the more specific one wins: explicitly (`overrides`), or
 * when its evidence covers everything the other's does and it requires more concepts. Claims with
 * evidence of their own (Hastings on the board, in a sentence about DMs) are kept side by side.
 */
function resolveSiblings(matcher: CompiledMatcher, candidates: Candidate[], hits: Hits): Candidate[] {
  if (candidates.length < 2) return candidates;
  const covered = candidates.map((candidate) => coveredWords(candidate, hits));
  return candidates.filter((loser, i) =>
    !candidates.some((winner, j) => {
      if (i === j) return false;
      if (overrides(matcher, winner.claim, loser.claim)) return !overrides(matcher, loser.claim, winner.claim);
      if (winner.groups <= loser.groups) return false;
      for (const w of covered[i]!) if (!covered[j]!.has(w)) return false;
      return true;
    }),
  );
}

function sentenceWords(text: string, words: Words, firstWord: number, endWord: number): StanceWord[] {
  const result: StanceWord[] = [];
  for (let w = firstWord; w < endWord; w++) {
    const word = normalizeToken(text.slice(words.start.data[w]!, words.end.data[w]!))[words.part.data[w]!] ?? '';
    result.push({ word, stem: stem(word) });
  }
  return result;
}

/** 0..1: more required concepts, found close together, score higher. */
function scoreOf(candidate: Candidate, hits: Hits): number {
  let first = Infinity;
  let last = -Infinity;
  for (const h of candidate.evidence) {
    first = Math.min(first, hits.first.data[h]!);
    last = Math.max(last, hits.last.data[h]!);
  }
  const window = Math.max(1, last - first + 1);
  const proximity = Math.min(1, (candidate.groups * 2.5) / window);
  const score = 0.4 + 0.1 * Math.min(candidate.groups, 4) + 0.2 * proximity;
  return Math.round(Math.min(0.99, score) * 100) / 100;
}

/** The matched surface terms, in reading order, each once. */
function whyOf(text: string, words: Words, hits: Hits, evidence: readonly number[]): string[] {
  const seen = new Set<string>();
  const why: string[] = [];
  for (const h of evidence) {
    const surface = text.slice(words.start.data[hits.first.data[h]!]!, words.end.data[hits.last.data[h]!]!);
    const key = surface.toLowerCase();
    if (seen.has(key)) continue;
    // A shorter term inside a longer one already listed ("access" in "programmatic access") adds nothing.
    if (why.some((term) => term.toLowerCase().includes(key))) continue;
    seen.add(key);
    why.push(surface);
  }
  return why;
}
