// The token-level trie over every term's symbol sequence, in typed arrays, so finding every term in
// a page costs the same whether the list has ten claims or a hundred thousand.
//
//   rootChild[symbol]            → the root's child on that symbol, or -1 (no hashing for a first word)
//   edgeNode/edgeSymbol/edgeChild → the other edges, open addressing on hash(node, symbol); node -1 = empty
//   nodeChildMask[node]          → bit (symbol & 31) set for each child's symbol: a walk probes the edge
//                                  table only for a next word whose symbol may be a child, and stops at a
//                                  leaf (0). Common words that start a term ("the" of "the government")
//                                  have a few children and are followed by hundreds of other words.
//   nodeTerm[node]               → the term ending at the node, or -1
import { registers } from './scan-state';
import type { SurfaceTable } from './surfaces';

export interface Trie {
  readonly rootChild: Int32Array;
  readonly nodeChildMask: Int32Array;
  readonly edgeNode: Int32Array;
  readonly edgeSymbol: Int32Array;
  readonly edgeChild: Int32Array;
  readonly edgeMask: number;
  readonly nodeTerm: Int32Array;
  /** The longest term, in words: a walk never goes further. */
  readonly maxTermWords: number;
}

function edgeSlot(node: number, symbol: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(symbol + 1, 0x85ebca77)) & mask;
}

export function buildTrie(termSymbols: readonly (readonly number[])[], symbolCount: number): Trie {
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
  return {
    rootChild,
    nodeChildMask,
    edgeNode,
    edgeSymbol,
    edgeChild,
    edgeMask,
    nodeTerm: Int32Array.from(terminal),
    maxTermWords,
  };
}

/** The trie child of `node` on `symbol`, or -1. */
function trieChild(trie: Trie, node: number, symbol: number): number {
  const { edgeNode, edgeSymbol, edgeMask } = trie;
  let slot = edgeSlot(node, symbol, edgeMask);
  for (;;) {
    const at = edgeNode[slot]!;
    if (at === -1) return -1;
    if (at === node && edgeSymbol[slot] === symbol) return trie.edgeChild[slot]!;
    slot = (slot + 1) & edgeMask;
  }
}

/** Follows the trie from `node` (reached at word `at`), recording every term that ends on the way. */
function walk(trie: Trie, symbols: Int32Array, node: number, first: number, at: number, wordCount: number): void {
  const term = trie.nodeTerm[node]!;
  if (term >= 0) registers.pushHit(first, at, term);
  const next = at + 1;
  const childMask = trie.nodeChildMask[node]!;
  if (next >= wordCount || next - first >= trie.maxTermWords || childMask === 0) return;
  const { wordSymbolStart, wordSymbolCount } = registers;
  for (let k = wordSymbolStart[next]!, end = k + wordSymbolCount[next]!; k < end; k++) {
    const symbol = symbols[k]!;
    if (((childMask >>> (symbol & 31)) & 1) === 0) continue;
    const child = trieChild(trie, node, symbol);
    if (child >= 0) walk(trie, symbols, child, first, next, wordCount);
  }
}

/** Every term hit among the block's words, into the hit registers, ordered by first word. */
export function findHits(trie: Trie, surfaces: SurfaceTable, wordCount: number): void {
  registers.hitCount = 0;
  const symbols = surfaces.symbols;
  const rootChild = trie.rootChild;
  const { wordSymbolStart, wordSymbolCount } = registers;
  for (let i = 0; i < wordCount; i++) {
    if (wordSymbolCount[i] === 0) continue;
    for (let k = wordSymbolStart[i]!, end = k + wordSymbolCount[i]!; k < end; k++) {
      const child = rootChild[symbols[k]!]!;
      if (child >= 0) walk(trie, symbols, child, i, i, wordCount);
    }
  }
}
