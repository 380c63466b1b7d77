// Evidence: the hits that made a match (which words, for the score, the stance and "matched because").
import type { CompiledMatcher } from '../compile';
import { patternConcepts } from './patterns';
import type { Scope } from './presence';
import { registers } from './scan-state';

/** A claim that holds in a sentence, with the pattern that decided it, before siblings are resolved. */
export interface Candidate {
  claim: number;
  pattern: number;
  /** How many concept groups the pattern requires. */
  groups: number;
  /** Hit indexes whose concepts belong to the pattern. */
  evidence: number[];
}

/**
 * The hits in the scope on a term of one of the concepts. Marks the concepts' terms, so a hit is
 * evidence when its term is marked (a common word such as "data" belongs to dozens of concepts, a
 * concept has a few terms). Hot code (every match): loops by index.
 */
export function hitsOfConcepts(matcher: CompiledMatcher, concepts: ArrayLike<number>, scope: Scope): number[] {
  const { conceptTermStart, conceptTerms } = matcher.terms;
  const { termMark } = matcher.marks;
  const mark = matcher.marks.evidence.next();
  for (let k = 0; k < concepts.length; k++) {
    const concept = concepts[k]!;
    for (let j = conceptTermStart[concept]!; j < conceptTermStart[concept + 1]!; j++) termMark[conceptTerms[j]!] = mark;
  }
  const { hitLast, hitTerm } = registers;
  const evidence: number[] = [];
  for (let h = scope.firstHit; h < scope.endHit; h++) {
    if (hitLast[h]! < scope.endWord && termMark[hitTerm[h]!] === mark) evidence.push(h);
  }
  return evidence;
}

/** The hits in the scope whose concepts the pattern uses. */
export function evidenceOf(matcher: CompiledMatcher, pattern: number, scope: Scope): number[] {
  return hitsOfConcepts(matcher, patternConcepts(matcher, pattern), scope);
}

/** The evidence as word ranges [first, last] relative to the sentence's first word, for stance. */
export function evidenceWords(evidence: readonly number[], firstWord: number): (readonly [number, number])[] {
  const { hitFirst, hitLast } = registers;
  const words: (readonly [number, number])[] = [];
  for (let e = 0; e < evidence.length; e++)
    words.push([hitFirst[evidence[e]!]! - firstWord, hitLast[evidence[e]!]! - firstWord]);
  return words;
}

/** 0..1: more required concepts, found close together, score higher. */
export function scoreOf(candidate: Candidate): number {
  const { hitFirst, hitLast } = registers;
  let first = Infinity;
  let last = -Infinity;
  const evidence = candidate.evidence;
  for (let e = 0; e < evidence.length; e++) {
    first = Math.min(first, hitFirst[evidence[e]!]!);
    last = Math.max(last, hitLast[evidence[e]!]!);
  }
  const window = Math.max(1, last - first + 1);
  const proximity = Math.min(1, (candidate.groups * 2.5) / window);
  const score = 0.4 + 0.1 * Math.min(candidate.groups, 4) + 0.2 * proximity;
  return Math.round(Math.min(0.99, score) * 100) / 100;
}

/** Does one of the (lower-cased) terms contain `key`? */
export function containsTerm(terms: readonly string[], key: string): boolean {
  for (let t = 0; t < terms.length; t++) if (terms[t]!.includes(key)) return true;
  return false;
}

/** The matched surface terms, in reading order, each once: "matched because: …". */
export function whyOf(text: string, evidence: readonly number[]): string[] {
  const { hitFirst, hitLast, wordStart, wordEnd } = registers;
  const why: string[] = [];
  /** `why` lower-cased: a term already listed, or containing this one, is not listed again. */
  const keys: string[] = [];
  for (let e = 0; e < evidence.length; e++) {
    const h = evidence[e]!;
    const surface = text.slice(wordStart[hitFirst[h]!]!, wordEnd[hitLast[h]!]!);
    const key = surface.toLowerCase();
    // A shorter term inside a longer one already listed ("access" in "programmatic access") adds nothing.
    if (containsTerm(keys, key)) continue;
    keys.push(key);
    why.push(surface);
  }
  return why;
}
