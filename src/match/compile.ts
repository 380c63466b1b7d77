// Compiles every claim's terms into one token-level trie held in typed arrays, so scanning a page
// costs the same whether the list has ten claims or ten thousand:
//   word → symbol (one Map lookup, cached per surface form) → trie walk (hash of (node, symbol))
//   → term → concepts → only the patterns anchored on those concepts are checked.
// A pattern is one co-occurrence rule (`all`, or one of `alternatives`); each is anchored on its
// rarest group, so a concept shared by every claim ("facebook") does not wake every claim up.
import { forEachToken, normalizeToken, stem } from './normalize';
import { SurfaceTable } from './surfaces';
import type { MatchableClaim } from './types';

export interface CompiledMatcher {
  readonly claimIds: readonly string[];
  /** Stemmed word → symbol id. */
  readonly vocabulary: ReadonlyMap<string, number>;
  /** Prefix (from a `word*` term, unstemmed) → symbol id; lengths in `prefixLengths`, ascending. */
  readonly prefixes: ReadonlyMap<string, number>;
  readonly prefixLengths: Int32Array;
  /** Trie edges, open addressing: slot → (node, symbol, child); empty slots have node -1. */
  readonly edgeNode: Int32Array;
  readonly edgeSymbol: Int32Array;
  readonly edgeChild: Int32Array;
  readonly edgeMask: number;
  /** Symbol → the root's child on it, or -1: every word with a symbol starts a walk there, so no hashing. */
  readonly rootChild: Int32Array;
  /**
   * Trie node → bit (symbol & 31) set for each of its children's symbols: a walk probes the edge
   * table only for a next word whose symbol may be a child, and stops at a leaf (0). Common words
   * that start a term ("the" of "the government") have a few children and are followed by hundreds
   * of other words.
   */
  readonly nodeChildMask: Int32Array;
  /** Trie node → term id ending there, or -1. */
  readonly nodeTerm: Int32Array;
  readonly maxTermWords: number;
  /** Term → concepts (CSR: termConcepts[termConceptStart[t] .. termConceptStart[t+1]]). */
  readonly termConceptStart: Int32Array;
  readonly termConcepts: Int32Array;
  readonly conceptCount: number;
  /**
   * Presence classes: concepts that are present in exactly the same sentences share a class (see
   * presenceClasses), and a sentence stamps classes, not concepts. Term → the classes its hit makes
   * present (CSR); concept → its class.
   */
  readonly termClassStart: Int32Array;
  readonly termClasses: Int32Array;
  readonly conceptClass: Int32Array;
  readonly classCount: number;
  /** Concept → its terms (CSR). */
  readonly conceptTermStart: Int32Array;
  readonly conceptTerms: Int32Array;
  /**
   * Term → the patterns anchored on a concept it belongs to (CSR over entries, each pattern once per
   * term): a hit wakes them without going through its concepts. Entry e's anchorGuards[e] holds the
   * guard ids (16 bits each, see guardIdOf) of two concepts the pattern also needs: its next rarest
   * one-concept groups, or `guardNone`, always present, where it has none. Most entries fail on a
   * guard, so the scan reads one number per entry. anchorPatterns[e] is the pattern, or ~pattern when
   * the guards do not decide whether it holds in a sentence (it has other groups, vetoes or `near` rules).
   */
  readonly anchorStart: Int32Array;
  readonly anchorGuards: Int32Array;
  readonly anchorPatterns: Int32Array;
  /** The guard id that is always present; guards are folded when concept ids outgrow 16 bits. */
  readonly guardNone: number;
  readonly foldedGuards: boolean;
  /** Pattern → claim, and its groups (CSR: pattern → groups → concepts; groupClasses parallels groupConcepts). */
  readonly patternClaim: Int32Array;
  /** Pattern → its anchor group (an index into groupConceptStart). */
  readonly patternAnchorGroup: Int32Array;
  readonly patternGroupStart: Int32Array;
  readonly groupConceptStart: Int32Array;
  readonly groupConcepts: Int32Array;
  readonly groupClasses: Int32Array;
  /** Claim → vetoing concepts, and → claims it overrides (both CSR). */
  readonly noneStart: Int32Array;
  readonly noneConcepts: Int32Array;
  readonly noneClasses: Int32Array;
  /** Claim → concepts that veto it unless the sentence denies the claim (CSR, see `benign`). */
  readonly benignStart: Int32Array;
  readonly benignConcepts: Int32Array;
  readonly overrideStart: Int32Array;
  readonly overrideClaims: Int32Array;
  /** Claim → proximity rules, three numbers each: concept, concept, max words between (CSR over rules). */
  /** Claim → concepts it may take from the previous sentences of the paragraph (CSR, see `carry`). */
  readonly carryStart: Int32Array;
  readonly carryConcepts: Int32Array;
  /** Term → bit 1: it belongs to a concept of a claim that lists `carry` concepts; bit 2: to a concept that may be carried. */
  readonly carryTerms: Uint8Array;
  readonly nearStart: Int32Array;
  readonly nearRules: Int32Array;
  /** Per-scan scratch and the surface-form cache: the matcher is used by one scan at a time. */
  readonly scratch: MatcherScratch;
}

export interface MatcherScratch {
  stamp: number;
  /** Presence class → stamp of the last sentence it was present in. */
  classStamp: Int32Array;
  /** Guard id → stamp: classStamp itself unless guards are folded, then stamped alongside it. */
  guardStamp: Int32Array;
  /** Terms whose anchored patterns were already woken in this scope. */
  termSeen: Int32Array;
  patternStamp: Int32Array;
  /** The block's first hit on each term, valid where termFirstStamp is firstHitStamp. */
  firstHitStamp: number;
  termFirstStamp: Int32Array;
  termFirstHit: Int32Array;
  /** Marks a pattern's concepts while its evidence is collected. */
  markStamp: number;
  conceptMark: Int32Array;
  /** The same marks on terms (a pattern's evidence: hits on the terms of its concepts). */
  termMark: Int32Array;
  /** Marks the concepts a sentence names itself, when it borrows others from the sentences before. */
  ownStamp: number;
  ownConcept: Int32Array;
  /** Raw token → symbols of each of its words (usually one word); bounded, see SurfaceTable.trim. */
  surfaces: SurfaceTable;
}

class GrowableInt32 {
  data = new Int32Array(64);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Builds a CSR pair from per-key lists. */
function toCsr(lists: readonly (readonly number[])[]): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((list, i) => {
    start[i] = total;
    total += list.length;
  });
  start[lists.length] = total;
  const items = new Int32Array(total);
  lists.forEach((list, i) => items.set(list, start[i]!));
  return { start, items };
}

/** Guard ids are 16 bits: concept ids below this, or concept ids folded modulo this (see guardIdOf). */
const GUARD_IDS = 0xffff;

/** A presence class's guard id: itself, or folded when the list has GUARD_IDS classes or more. */
export function guardIdOf(presenceClass: number, folded: boolean): number {
  return folded ? presenceClass % GUARD_IDS : presenceClass;
}

/**
 * A hit on a term is also a hit on every term whose words occur, in order and adjacent, inside it:
 * the walk that starts at the inner term's first word finds it ("northwind corp" → "northwind",
 * "customer data" → "data"), and it ends no later. So a concept is present exactly when one of its
 * terms that contains no other of its terms is, and concepts with the same such terms (every
 * "northwind …" company, which all list "northwind") are present together: one class.
 * Returns each concept's class, the class count, and each term's classes.
 */
function presenceClasses(termSymbols: readonly (readonly number[])[], conceptTerms: readonly (readonly number[])[]) {
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
  return { conceptClass, classCount: classByKey.size, termClassLists };
}

export function edgeSlot(node: number, symbol: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(symbol + 1, 0x85ebca77)) & mask;
}

export function compileMatcher(claims: readonly MatchableClaim[]): CompiledMatcher {
  const vocabulary = new Map<string, number>();
  const prefixes = new Map<string, number>();
  let symbolCount = 0;
  const symbolOf = (word: string, isPrefix: boolean): number => {
    const table = isPrefix ? prefixes : vocabulary;
    const key = isPrefix ? word : stem(word);
    let id = table.get(key);
    if (id === undefined) {
      id = symbolCount++;
      table.set(key, id);
    }
    return id;
  };

  // Terms: deduplicated by their symbol sequence; each knows the concepts it belongs to.
  const termBySequence = new Map<string, number>();
  const termSymbols: number[][] = [];
  const termConceptLists: number[][] = [];
  const termOf = (term: string): number | null => {
    const wildcard = term.trimEnd().endsWith('*');
    const body = wildcard ? term.trimEnd().slice(0, -1) : term;
    // Same tokenisation as the scanner; a `*` applies to the last word.
    const words: string[] = [];
    forEachToken(body, 0, body.length, (start, end) => {
      words.push(...normalizeToken(body.slice(start, end)));
    });
    if (words.length === 0) return null;
    const symbols = words.map((word, i) => symbolOf(word, wildcard && i === words.length - 1));
    const key = `${wildcard ? '*' : ''}${symbols.join(',')}`;
    let id = termBySequence.get(key);
    if (id === undefined) {
      id = termSymbols.length;
      termBySequence.set(key, id);
      termSymbols.push(symbols);
      termConceptLists.push([]);
    }
    return id;
  };

  // Concepts: deduplicated by their term set, so a lexicon concept shared by many claims is one concept.
  const conceptByKey = new Map<string, number>();
  const conceptUsage: number[] = [];
  const conceptOf = (terms: readonly string[]): number => {
    const termIds = [...new Set(terms.map(termOf).filter((id): id is number => id !== null))].sort((a, b) => a - b);
    const key = termIds.join(',');
    let id = conceptByKey.get(key);
    if (id === undefined) {
      id = conceptUsage.length;
      conceptByKey.set(key, id);
      conceptUsage.push(0);
      for (const termId of termIds) termConceptLists[termId]!.push(id);
    }
    return id;
  };

  const claimIds = claims.map((claim) => claim.id);
  const claimIndex = new Map(claimIds.map((id, i) => [id, i]));
  const patternClaimList: number[] = [];
  const patternGroups: number[][][] = [];
  const noneLists: number[][] = [];
  const benignLists: number[][] = [];
  const overrideLists: number[][] = [];
  const nearLists: number[][] = [];
  const carryLists: number[][] = [];

  claims.forEach((claim, claimNumber) => {
    const { concepts } = claim.match;
    const resolve = (name: string): number | null => {
      const terms = concepts[name];
      return terms && terms.length > 0 ? conceptOf(terms) : null;
    };
    const toGroups = (groups: readonly (readonly string[])[]): number[][] | null => {
      const resolved = groups.map((group) => group.map(resolve).filter((id): id is number => id !== null));
      // A group whose concepts are all unknown can never be satisfied: drop the pattern.
      return resolved.some((group) => group.length === 0) ? null : resolved;
    };
    const { match } = claim;
    for (const groups of [match.all, ...(match.alternatives ?? [])]) {
      const resolved = toGroups(groups);
      if (!resolved) continue;
      patternClaimList.push(claimNumber);
      patternGroups.push(resolved);
      for (const id of new Set(resolved.flat())) conceptUsage[id]!++;
    }
    noneLists.push((match.none ?? []).map(resolve).filter((id): id is number => id !== null));
    benignLists.push((match.benign ?? []).map(resolve).filter((id): id is number => id !== null));
    overrideLists.push(
      (match.overrides ?? []).map((id) => claimIndex.get(id)).filter((i): i is number => i !== undefined),
    );
    const rules: number[] = [];
    for (const {
      concepts: [first, second],
      words,
    } of match.near ?? []) {
      const a = resolve(first);
      const b = resolve(second);
      if (a !== null && b !== null) rules.push(a, b, words);
    }
    nearLists.push(rules);
    carryLists.push((match.carry ?? []).map(resolve).filter((id): id is number => id !== null));
  });

  // Anchor each pattern on the group least likely to be present: a group costs the sum, over its
  // terms, of how many patterns use the term. A word many claims use ("data", "facebook") is a
  // word pages use often too; a phrase only one claim uses is the cheapest trigger.
  const conceptTerms: number[][] = conceptUsage.map(() => []);
  termConceptLists.forEach((concepts, term) => concepts.forEach((concept) => conceptTerms[concept]!.push(term)));
  const termPatterns = new Int32Array(termSymbols.length);
  for (const groups of patternGroups) {
    for (const term of new Set(groups.flat().flatMap((concept) => conceptTerms[concept]!))) termPatterns[term]!++;
  }
  const anchorLists: number[][] = conceptUsage.map(() => []);
  const guardLists: number[][] = conceptUsage.map(() => []);
  const groupCost = (group: readonly number[]) => {
    let cost = 0;
    for (const term of new Set(group.flatMap((concept) => conceptTerms[concept]!))) cost += termPatterns[term]!;
    return cost;
  };
  const anchorGroupOf: number[] = [];
  patternGroups.forEach((groups, pattern) => {
    const costs = groups.map(groupCost);
    let best = 0;
    costs.forEach((cost, g) => {
      if (cost < costs[best]!) best = g;
    });
    anchorGroupOf.push(best);
    // Guards: the two rarest other groups of a single concept (-1 where there is none).
    const guards = groups
      .map((group, g) => ({ concept: group.length === 1 && g !== best ? group[0]! : -1, cost: costs[g]! }))
      .filter(({ concept }) => concept >= 0 && !groups[best]!.includes(concept))
      .sort((a, b) => a.cost - b.cost);
    const first = guards[0]?.concept ?? -1;
    const second = guards.find(({ concept }) => concept !== first)?.concept ?? -1;
    for (const id of new Set(groups[best])) {
      anchorLists[id]!.push(pattern);
      guardLists[id]!.push(first, second);
    }
  });

  // The trie over term symbol sequences.
  const childOf = new Map<number, Map<number, number>>(); // build-time only
  let nodeCount = 1;
  const terminal: number[] = [-1];
  let edgeCount = 0;
  let maxTermWords = 0;
  termSymbols.forEach((symbols, termId) => {
    maxTermWords = Math.max(maxTermWords, symbols.length);
    let node = 0;
    for (const symbol of symbols) {
      let children = childOf.get(node);
      if (!children) childOf.set(node, (children = new Map()));
      let child = children.get(symbol);
      if (child === undefined) {
        child = nodeCount++;
        terminal.push(-1);
        children.set(symbol, child);
        edgeCount++;
      }
      node = child;
    }
    terminal[node] = termId;
  });
  const rootChild = new Int32Array(symbolCount).fill(-1);
  for (const [symbol, child] of childOf.get(0) ?? []) rootChild[symbol] = child;
  const nodeChildMask = new Int32Array(nodeCount);
  for (const [node, children] of childOf)
    for (const symbol of children.keys()) nodeChildMask[node] = nodeChildMask[node]! | (1 << (symbol & 31));
  let capacity = 16;
  while (capacity < edgeCount * 2) capacity *= 2;
  const edgeMask = capacity - 1;
  const edgeNode = new Int32Array(capacity).fill(-1);
  const edgeSymbol = new Int32Array(capacity);
  const edgeChild = new Int32Array(capacity);
  for (const [node, children] of childOf) {
    for (const [symbol, child] of children) {
      let slot = edgeSlot(node, symbol, edgeMask);
      while (edgeNode[slot] !== -1) slot = (slot + 1) & edgeMask;
      edgeNode[slot] = node;
      edgeSymbol[slot] = symbol;
      edgeChild[slot] = child;
    }
  }

  const termCsr = toCsr(termConceptLists);
  const { conceptClass, classCount, termClassLists } = presenceClasses(termSymbols, conceptTerms);
  const termClassCsr = toCsr(termClassLists);
  // From concepts to terms: each term lists the patterns anchored on any of its concepts, once.
  const termAnchorLists: number[][] = termSymbols.map(() => []);
  const termGuardLists: number[][] = termSymbols.map(() => []);
  termConceptLists.forEach((concepts, term) => {
    const seen = new Set<number>();
    for (const concept of concepts) {
      anchorLists[concept]!.forEach((pattern, a) => {
        if (seen.has(pattern)) return;
        seen.add(pattern);
        termAnchorLists[term]!.push(pattern);
        termGuardLists[term]!.push(guardLists[concept]![2 * a]!, guardLists[concept]![2 * a + 1]!);
      });
    }
  });
  const anchorCsr = toCsr(termAnchorLists);
  // Two guard ids per entry (the guards' classes); a missing guard is the id that is always present.
  const foldedGuards = classCount >= GUARD_IDS;
  const guardNone = foldedGuards ? GUARD_IDS : classCount;
  const guardId = (concept: number) => (concept >= 0 ? guardIdOf(conceptClass[concept]!, foldedGuards) : guardNone);
  const anchorGuards = new Int32Array(anchorCsr.items.length);
  const anchorPatterns = new Int32Array(anchorCsr.items.length);
  termAnchorLists.forEach((patterns, term) => {
    patterns.forEach((pattern, i) => {
      const at = anchorCsr.start[term]! + i;
      const first = termGuardLists[term]![2 * i]!;
      const second = termGuardLists[term]![2 * i + 1]!;
      anchorGuards[at] = guardId(first) | (guardId(second) << 16);
      // The hit satisfies the anchor group; exact guards then decide a pattern that needs nothing else.
      const groups = patternGroups[pattern]!;
      const claim = patternClaimList[pattern]!;
      const decided =
        !foldedGuards &&
        nearLists[claim]!.length === 0 &&
        noneLists[claim]!.length === 0 &&
        benignLists[claim]!.length === 0 &&
        groups.every(
          (group, g) =>
            g === anchorGroupOf[pattern] || (group.length === 1 && (group[0] === first || group[0] === second)),
        );
      anchorPatterns[at] = decided ? pattern : ~pattern;
    });
  });
  const conceptTermCsr = toCsr(conceptTerms);
  // Pattern p's groups are groupLists[patternGroupStart[p] .. patternGroupStart[p + 1]).
  const groupLists: number[][] = [];
  const patternGroupStart = new Int32Array(patternGroups.length + 1);
  patternGroups.forEach((groups, pattern) => {
    patternGroupStart[pattern] = groupLists.length;
    groupLists.push(...groups);
  });
  patternGroupStart[patternGroups.length] = groupLists.length;
  const groupCsr = toCsr(groupLists);
  const noneCsr = toCsr(noneLists);
  const benignCsr = toCsr(benignLists);
  const overrideCsr = toCsr(overrideLists);
  const nearCsr = toCsr(nearLists);
  const carryCsr = toCsr(carryLists);
  // Terms of the concepts a claim that borrows can name itself: only sentences with hits on them can borrow.
  const carryTerms = new Uint8Array(termSymbols.length);
  patternGroups.forEach((groups, pattern) => {
    if (carryLists[patternClaimList[pattern]!]!.length === 0) return;
    for (const concept of groups.flat()) for (const term of conceptTerms[concept]!) carryTerms[term]! |= 1;
  });
  // And 2 on the terms of the concepts that may be borrowed: a sentence borrows only from a neighbour with one.
  for (const concepts of carryLists)
    for (const concept of concepts) for (const term of conceptTerms[concept]!) carryTerms[term]! |= 2;

  // One more: the class that is always present (see anchorGuards).
  const classStamp = new Int32Array(classCount + 1);
  const prefixLengths = Int32Array.from(new Set([...prefixes.keys()].map((prefix) => prefix.length))).sort();
  return {
    claimIds,
    vocabulary,
    prefixes,
    prefixLengths,
    edgeNode,
    edgeSymbol,
    edgeChild,
    edgeMask,
    rootChild,
    nodeChildMask,
    nodeTerm: Int32Array.from(terminal),
    maxTermWords,
    termConceptStart: termCsr.start,
    termConcepts: termCsr.items,
    conceptCount: conceptUsage.length,
    termClassStart: termClassCsr.start,
    termClasses: termClassCsr.items,
    conceptClass,
    classCount,
    conceptTermStart: conceptTermCsr.start,
    conceptTerms: conceptTermCsr.items,
    anchorStart: anchorCsr.start,
    anchorGuards,
    anchorPatterns,
    guardNone,
    foldedGuards,
    patternClaim: Int32Array.from(patternClaimList),
    patternAnchorGroup: Int32Array.from(anchorGroupOf, (group, pattern) => patternGroupStart[pattern]! + group),
    patternGroupStart,
    groupConceptStart: groupCsr.start,
    groupConcepts: groupCsr.items,
    groupClasses: groupCsr.items.map((concept) => conceptClass[concept]!),
    noneStart: noneCsr.start,
    noneConcepts: noneCsr.items,
    noneClasses: noneCsr.items.map((concept) => conceptClass[concept]!),
    benignStart: benignCsr.start,
    benignConcepts: benignCsr.items,
    overrideStart: overrideCsr.start,
    overrideClaims: overrideCsr.items,
    carryStart: carryCsr.start,
    carryConcepts: carryCsr.items,
    carryTerms,
    nearStart: nearCsr.start,
    nearRules: nearCsr.items,
    scratch: {
      stamp: 0,
      classStamp,
      guardStamp: foldedGuards ? new Int32Array(GUARD_IDS + 1) : classStamp,
      termSeen: new Int32Array(termSymbols.length),
      patternStamp: new Int32Array(patternClaimList.length),
      firstHitStamp: 0,
      termFirstStamp: new Int32Array(termSymbols.length),
      termFirstHit: new Int32Array(termSymbols.length),
      markStamp: 0,
      conceptMark: new Int32Array(conceptUsage.length),
      termMark: new Int32Array(termSymbols.length),
      ownStamp: 0,
      ownConcept: new Int32Array(conceptUsage.length),
      surfaces: new SurfaceTable(),
    },
  };
}

/** The symbols each word of a raw token can stand for: its stem and any `prefix*` it starts with. */
export function symbolsOfSurface(matcher: CompiledMatcher, raw: string): number[][] {
  return normalizeToken(raw).map((word) => {
    const found: number[] = [];
    const exact = matcher.vocabulary.get(stem(word));
    if (exact !== undefined) found.push(exact);
    for (const length of matcher.prefixLengths) {
      if (length > word.length) break;
      const prefix = matcher.prefixes.get(word.slice(0, length));
      if (prefix !== undefined) found.push(prefix);
    }
    return found;
  });
}

/** The trie child of `node` on `symbol`, or -1. */
export function trieChild(matcher: CompiledMatcher, node: number, symbol: number): number {
  const { edgeNode, edgeSymbol, edgeMask } = matcher;
  let slot = edgeSlot(node, symbol, edgeMask);
  for (;;) {
    const at = edgeNode[slot]!;
    if (at === -1) return -1;
    if (at === node && edgeSymbol[slot] === symbol) return matcher.edgeChild[slot]!;
    slot = (slot + 1) & edgeMask;
  }
}
