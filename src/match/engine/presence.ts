// Presence classes. A hit on a term is also a hit on every term whose words occur, in order and
// adjacent, inside it: the walk that starts at the inner term's first word finds it ("northwind
// corp" → "northwind", "customer data" → "data"), and it ends no later. So a concept is present
// exactly when one of its terms that contains no other of its terms is, and concepts with the same
// such terms (every "northwind …" company, which all list "northwind") are present together: one
// class. A sentence stamps classes, not concepts.
//
// Guards (see anchors.ts) are 16-bit class ids; a list with more classes folds them modulo GUARD_IDS
// and stamps the folded ids alongside.
import type { CompiledMatcher } from '../compile';
import { toCsr } from './csr';
import { registers } from './scan-state';

/** Guard ids are 16 bits: class ids below this, or class ids folded modulo this. */
export const GUARD_IDS = 0xffff;

export interface PresenceTables {
  /** Term → the classes its hit makes present (CSR). */
  readonly termClassStart: Int32Array;
  readonly termClasses: Int32Array;
  /** Concept → its class. */
  readonly conceptClass: Int32Array;
  readonly classCount: number;
  /** Whether guard ids are folded (classCount ≥ GUARD_IDS). */
  readonly foldedGuards: boolean;
  /** The guard id that is always present. */
  readonly guardNone: number;
}

/** A presence class's guard id: itself, or folded when the list has GUARD_IDS classes or more. */
export function guardIdOf(presenceClass: number, folded: boolean): number {
  return folded ? presenceClass % GUARD_IDS : presenceClass;
}

export function compilePresence(
  termSymbols: readonly (readonly number[])[],
  conceptTerms: readonly (readonly number[])[],
): PresenceTables {
  const termBySymbols = new Map(termSymbols.map((symbols, term) => [symbols.join(','), term]));
  const innerTerms = (term: number): Set<number> => {
    const symbols = termSymbols[term]!;
    const inner = new Set<number>();
    for (let from = 0; from < symbols.length; from++) {
      for (let to = from + 1; to <= symbols.length; to++) {
        if (to - from === symbols.length) continue;
        const found = termBySymbols.get(symbols.slice(from, to).join(','));
        if (found !== undefined) inner.add(found);
      }
    }
    return inner;
  };
  const inner = termSymbols.map((_, term) => innerTerms(term));
  const classByKey = new Map<string, number>();
  const conceptClass = new Int32Array(conceptTerms.length);
  const termClassLists: number[][] = termSymbols.map(() => []);
  conceptTerms.forEach((terms, concept) => {
    const own = new Set(terms);
    const sufficient = terms.filter((term) => ![...inner[term]!].some((other) => own.has(other)));
    const key = [...sufficient].sort((a, b) => a - b).join(',');
    let id = classByKey.get(key);
    if (id === undefined) {
      id = classByKey.size;
      classByKey.set(key, id);
      for (const term of sufficient) termClassLists[term]!.push(id);
    }
    conceptClass[concept] = id;
  });
  const classCount = classByKey.size;
  const termClassCsr = toCsr(termClassLists);
  const foldedGuards = classCount >= GUARD_IDS;
  return {
    termClassStart: termClassCsr.start,
    termClasses: termClassCsr.items,
    conceptClass,
    classCount,
    foldedGuards,
    guardNone: foldedGuards ? GUARD_IDS : classCount,
  };
}

/** The words and hits of one sentence (or borrowing window): hits [firstHit, endHit), words before endWord. */
export interface Scope {
  firstHit: number;
  endHit: number;
  firstWord: number;
  endWord: number;
}

/** Starts a sentence round: stamps the classes present in the scope (hits that run past its end do not count). */
export function stampClasses(matcher: CompiledMatcher, scope: Scope): number {
  const { termClassStart, termClasses, foldedGuards } = matcher.presence;
  const { classStamp } = matcher.marks;
  const { hitLast, hitTerm } = registers;
  const stamp = matcher.marks.sentence.next();
  for (let h = scope.firstHit; h < scope.endHit; h++) {
    if (hitLast[h]! >= scope.endWord) continue;
    const term = hitTerm[h]!;
    for (let k = termClassStart[term]!; k < termClassStart[term + 1]!; k++) classStamp[termClasses[k]!] = stamp;
  }
  if (foldedGuards) stampFoldedGuards(matcher, scope, stamp);
  return stamp;
}

/** Lists with more classes than 16-bit guard ids: the guards of the classes present, folded. */
function stampFoldedGuards(matcher: CompiledMatcher, scope: Scope, stamp: number): void {
  const { termClassStart, termClasses } = matcher.presence;
  const { classStamp, guardStamp } = matcher.marks;
  const { hitTerm } = registers;
  for (let h = scope.firstHit; h < scope.endHit; h++) {
    const term = hitTerm[h]!;
    for (let k = termClassStart[term]!; k < termClassStart[term + 1]!; k++) {
      const presenceClass = termClasses[k]!;
      if (classStamp[presenceClass] === stamp) guardStamp[guardIdOf(presenceClass, true)] = stamp;
    }
  }
}

/** Is the concept present in the current sentence round? */
export function isPresent(matcher: CompiledMatcher, concept: number, stamp: number): boolean {
  return matcher.marks.classStamp[matcher.presence.conceptClass[concept]!] === stamp;
}
