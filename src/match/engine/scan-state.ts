// All scan-time state, in one place. Two kinds:
//
// - `registers`: the short-lived registers of one synchronous scan (see uBlock Origin's static
//   filtering engine for the idea): the words of the block being scanned, its term hits, its break
//   candidates, the sentence bounds and the stance codes of the sentence being matched. Matching is
//   synchronous, so one set serves every matcher; buffers grow and are never shrunk, so no block
//   allocates its own arrays (most blocks of a page have no hit at all).
// - `MatcherMarks`: per compiled matcher, arrays sized by its tables (presence classes, terms,
//   patterns, concepts) that rounds of a scan stamp instead of clearing, and the surface-form cache.
import { SentenceBounds } from '../sentences';
import { grown, Stamp } from './buffers';
import { SurfaceTable } from './surfaces';

class ScanRegisters {
  /** The block being scanned (the veto rule reads a sentence's words from it). */
  text = '';

  /** How many words the block has (rules/document.ts reads the block again after the scan). */
  wordCount = 0;
  // Words: word w is text[wordStart[w], wordEnd[w]); a token may make two words ("5bn").
  wordStart = new Int32Array(1024);
  wordEnd = new Int32Array(1024);
  /** Which word of its token (0, or 1 for the "billion" of "5bn"). */
  wordPart = new Int32Array(1024);
  /** The word's symbols: `surfaces.symbols[wordSymbolStart .. + wordSymbolCount]`. */
  wordSymbolStart = new Int32Array(1024);
  wordSymbolCount = new Int32Array(1024);
  /** The word's token's entry in the surface table. */
  wordEntry = new Int32Array(1024);

  // Hits: term hitTerm[h] spans words hitFirst[h] .. hitLast[h], ordered by first word.
  hitFirst = new Int32Array(256);
  hitLast = new Int32Array(256);
  hitTerm = new Int32Array(256);
  hitCount = 0;

  /** Offsets of the newlines and sentence terminators outside tokens, for the sentence splitter. */
  breaks = new Int32Array(256);
  breakCount = 0;

  readonly sentences = new SentenceBounds();

  /** The stance codes of the sentence being matched (see engine/stance-codes.ts). */
  stanceCodes = new Int32Array(256);

  /** Whether the block's first hit of each term is recorded (MatcherMarks.termFirstHit). */
  firstHitsRecorded = false;

  /** Room for `needed` words in every word buffer. */
  growWords(needed: number): void {
    if (needed <= this.wordStart.length) return;
    this.wordStart = grown(this.wordStart, needed);
    const size = this.wordStart.length;
    this.wordEnd = grown(this.wordEnd, size);
    this.wordPart = grown(this.wordPart, size);
    this.wordSymbolStart = grown(this.wordSymbolStart, size);
    this.wordSymbolCount = grown(this.wordSymbolCount, size);
    this.wordEntry = grown(this.wordEntry, size);
  }

  pushHit(first: number, last: number, term: number): void {
    if (this.hitCount === this.hitFirst.length) {
      this.hitFirst = grown(this.hitFirst, this.hitCount + 1);
      const size = this.hitFirst.length;
      this.hitLast = grown(this.hitLast, size);
      this.hitTerm = grown(this.hitTerm, size);
    }
    this.hitFirst[this.hitCount] = first;
    this.hitLast[this.hitCount] = last;
    this.hitTerm[this.hitCount] = term;
    this.hitCount++;
  }

  pushBreak(at: number): void {
    if (this.breakCount === this.breaks.length) this.breaks = grown(this.breaks, this.breakCount + 1);
    this.breaks[this.breakCount++] = at;
  }
}

export const registers = new ScanRegisters();

/** What a compiled matcher's tables size its marks by. */
export interface MarkSizes {
  classes: number;
  /** Guard ids when guards are folded (see engine/presence.ts), else 0: guards are the classes. */
  foldedGuardIds: number;
  terms: number;
  patterns: number;
  concepts: number;
}

export class MatcherMarks {
  /** Presence class → the sentence round it was last present in. */
  readonly classStamp: Int32Array;
  /** Guard id → round: classStamp itself unless guards are folded, then stamped alongside it. */
  readonly guardStamp: Int32Array;
  /** Terms whose anchored patterns were already woken in this round. */
  readonly termSeen: Int32Array;
  /** Patterns already checked in this round. */
  readonly patternStamp: Int32Array;
  /** One round per sentence (or borrowing window) checked for patterns. */
  readonly sentence: Stamp;
  /** Held pattern → its index + 1 while inBlockWakeOrder looks up places; 0 otherwise. */
  readonly heldIndex: Int32Array;

  /** The block's first hit on each term, valid where termFirstStamp is the current block round. */
  readonly termFirstStamp: Int32Array;
  readonly termFirstHit: Int32Array;
  readonly block: Stamp;

  /** The terms of the concepts whose hits are being collected as evidence. */
  readonly termMark: Int32Array;
  readonly evidence: Stamp;

  /** The concepts a sentence names itself, when it borrows others from the sentences before. */
  readonly ownConcept: Int32Array;
  readonly own: Stamp;

  /** Raw token → symbols of each of its words; bounded, see SurfaceTable.trim. */
  readonly surfaces = new SurfaceTable();

  constructor(sizes: MarkSizes) {
    // One more class: the one that is always present (see engine/anchors.ts).
    this.classStamp = new Int32Array(sizes.classes + 1);
    this.guardStamp = sizes.foldedGuardIds > 0 ? new Int32Array(sizes.foldedGuardIds + 1) : this.classStamp;
    this.termSeen = new Int32Array(sizes.terms);
    this.patternStamp = new Int32Array(sizes.patterns);
    this.heldIndex = new Int32Array(sizes.patterns);
    this.sentence = new Stamp([this.classStamp, this.guardStamp, this.termSeen, this.patternStamp]);
    this.termFirstStamp = new Int32Array(sizes.terms);
    this.termFirstHit = new Int32Array(sizes.terms);
    this.block = new Stamp([this.termFirstStamp]);
    this.termMark = new Int32Array(sizes.terms);
    this.evidence = new Stamp([this.termMark]);
    this.ownConcept = new Int32Array(sizes.concepts);
    this.own = new Stamp([this.ownConcept]);
  }
}
