// A hand-written sentence splitter. Intl.Segmenter is slow on long strings (a 1 MB string took tens
// of seconds in Node 20) and splits after "Mr.", so we split on . ! ? … ourselves and decide the
// hard cases with a few rules: abbreviations, initials, decimals and amounts ("$5.5bn", "U.S."),
// closing quotes and brackets, and blank lines (block boundaries). A single newline inside a block is just whitespace.
import {
  isBreakCandidate,
  isCloser,
  isDigit,
  isLowerLetterAt,
  isSpace,
  isTerminator,
  isUpperLetter,
  isWordCode,
} from './chars';
import { grown } from './engine/buffers';

export interface SentenceSpan {
  /** Offsets into the text (end exclusive), trimmed of surrounding whitespace. */
  start: number;
  end: number;
}

/** Abbreviations that are never the end of a sentence: a name or a number follows them. */
const NEVER_FINAL = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'pres',
  'rev',
  'hon',
  'vs',
  'v',
  'e.g',
  'i.e',
  'cf',
  'fig',
  'figs',
  'vol',
  'pp',
  'approx',
  'ca',
  'mt',
  'ft',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'al',
  'id',
  'ch',
  'sec',
  'art',
]);

/** "No." and "Nos." abbreviate "number" only before one ("No. 10"); otherwise "no." is the word ("Meta says no."). */
const NUMBER_SIGNS = new Set(['no', 'nos']);

/** Abbreviations that can also end a sentence ("… sued Meta Platforms Inc. The company …"). */
const SOMETIMES_FINAL = new Set([
  'inc',
  'ltd',
  'co',
  'corp',
  'llc',
  'plc',
  'etc',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'a.m',
  'p.m',
  'd.c',
  'bros',
  'dept',
  'est',
]);

/** Words that usually start a sentence, used only after a SOMETIMES_FINAL abbreviation. */
const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'but',
  'and',
  'in',
  'on',
  'at',
  'for',
  'if',
  'as',
  'so',
  'yet',
  'meanwhile',
  'however',
  'there',
  'his',
  'her',
  'their',
  'our',
  'after',
  'when',
]);

const LONGEST_ABBREVIATION = Math.max(
  ...[...NEVER_FINAL, ...NUMBER_SIGNS, ...SOMETIMES_FINAL].map((word) => word.length),
);
/** Stands for any undotted word of two or more characters in no list (so not an initial either). */
const LONG_WORD = '~long';

/** An ASCII word's length, first and last character (lower-cased) as one number. */
const shapeOf = (length: number, first: number, last: number) => (length << 16) | (first << 8) | last;
/** The shapes of the listed undotted abbreviations: a word of another shape is in no list, and needs no string. */
const ABBREVIATION_SHAPES = new Set(
  [...NEVER_FINAL, ...NUMBER_SIGNS, ...SOMETIMES_FINAL]
    .filter((word) => !word.includes('.'))
    .map((word) => shapeOf(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1))),
);

/** The word (letters and inner dots) that ends right before `dot`, lower-cased: "U.S", "Mr", "5". */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  let dots = 0;
  let ascii = true;
  while (i > 0 && dot - i < 24) {
    const code = text.charCodeAt(i - 1);
    if (code === 0x2e) dots++;
    else if (!isWordCode(code)) break;
    else if (code >= 128) ascii = false;
    i--;
  }
  // Longer than every listed abbreviation and not dotted ("U.S"): an ordinary word, not worth a string.
  if (dot - i > LONGEST_ABBREVIATION && dots === 0) return LONG_WORD;
  // Nor is a short undotted ASCII word whose shape no listed one has (most words before a full stop).
  if (ascii && dots === 0 && dot - i >= 2) {
    const first = text.charCodeAt(i);
    const last = text.charCodeAt(dot - 1);
    const shape = shapeOf(
      dot - i,
      first >= 65 && first <= 90 ? first | 32 : first,
      last >= 65 && last <= 90 ? last | 32 : last,
    );
    if (!ABBREVIATION_SHAPES.has(shape)) return LONG_WORD;
  }
  return text.slice(i, dot).toLowerCase();
}

function nextWord(text: string, from: number): string {
  let end = from;
  while (end < text.length && end - from < 24 && isWordCode(text.charCodeAt(end))) end++;
  return text.slice(from, end).toLowerCase();
}

/** Is the "." at `dot` (followed by whitespace, then `nextIndex`) an abbreviation's dot rather than a full stop? */
function isAbbreviationDot(text: string, dot: number, nextIndex: number): boolean {
  const word = wordBefore(text, dot);
  if (!word) return false;
  if (NEVER_FINAL.has(word)) return true;
  if (NUMBER_SIGNS.has(word)) return isDigit(text.charCodeAt(nextIndex));
  // An initial: "J. Smith", "Ken S. Silva" (a single capital letter).
  if (word.length === 1 && isUpperLetter(text.charCodeAt(dot - 1))) return true;
  if (SOMETIMES_FINAL.has(word) || (word.charCodeAt(1) === 0x2e && /^(\p{L}\.)+\p{L}$/u.test(word))) {
    return !SENTENCE_STARTERS.has(nextWord(text, nextIndex));
  }
  return false;
}

/**
 * Sentence bounds: `starts[k]`, `ends[k]` for k < `count`, trimmed of whitespace, in order. The
 * caller owns one and passes it to every split (the scanner splits thousands of blocks per page).
 */
export class SentenceBounds {
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  count = 0;

  /** Appends [start, end) of `text` trimmed of whitespace, if anything is left. */
  push(text: string, start: number, end: number): void {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end <= start) return;
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts, this.count + 1);
      this.ends = grown(this.ends, this.count + 1);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }
}

/**
 * Splits `text` into trimmed sentence spans, in order, into `bounds`; returns how many. Blank lines always end a sentence. `marks`, when
 * given, are the ascending offsets of every break candidate outside a token (the scanner collects
 * them while it reads words: a "." inside "5.5" never ends a sentence), so the text is not read again.
 * With `stopAfter`, splitting ends with the sentence that holds that offset.
 */
export function splitSentenceBounds(
  text: string,
  bounds: SentenceBounds,
  marks: Int32Array | null = null,
  markCount = 0,
  stopAfter = text.length,
): number {
  bounds.count = 0;
  const n = text.length;
  let segmentStart = 0;
  let i = 0;
  let m = 0;
  for (;;) {
    // On to the next newline or terminator: from the caller's marks when it has them.
    if (marks) {
      while (m < markCount && marks[m]! < i) m++;
      if (m === markCount) break;
      i = marks[m++]!;
    } else {
      while (i < n && !isBreakCandidate(text.charCodeAt(i))) i++;
      if (i >= n) break;
    }
    const code = text.charCodeAt(i);
    if (code === 10) {
      // A blank line (only spaces between two newlines) separates blocks.
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
      if (j < n && text.charCodeAt(j) === 10) {
        bounds.push(text, segmentStart, i);
        if (i > stopAfter) return bounds.count;
        segmentStart = j + 1;
        i = j + 1;
        continue;
      }
      i++;
      continue;
    }
    // Take the whole run of terminators and closers: `?!`, `...`, `.”`, `.)`.
    let end = i + 1;
    const semicolon = code === 0x3b;
    while (end < n && (isTerminator(text.charCodeAt(end)) || isCloser(text.charCodeAt(end)))) end++;
    if (end < n && !isSpace(text.charCodeAt(end))) {
      // "fb.com", "5.5", "U.S.-based": no space, no boundary.
      i = end;
      continue;
    }
    let next = end;
    while (next < n && isSpace(text.charCodeAt(next))) next++;
    const lone = code === 0x2e && end - i === 1;
    // A lower-case continuation ("e.g. the", "… among other things") is the same sentence.
    // A semicolon ends one only before a capital: a list of headlines, not clauses of one sentence.
    const continues = next < n && (isLowerLetterAt(text, next) || (semicolon && !isUpperLetter(text.charCodeAt(next))));
    if (continues || (lone && next < n && isAbbreviationDot(text, i, next))) {
      i = end;
      continue;
    }
    bounds.push(text, segmentStart, end);
    // The caller needs no sentence after the one holding `stopAfter`.
    if (end > stopAfter) return bounds.count;
    segmentStart = end;
    i = end;
  }
  bounds.push(text, segmentStart, n);
  return bounds.count;
}

/** Splits `text` into trimmed sentence spans, in order. Blank lines always end a sentence. */
export function splitSentences(text: string): SentenceSpan[] {
  const bounds = new SentenceBounds();
  const count = splitSentenceBounds(text, bounds);
  const spans: SentenceSpan[] = [];
  for (let k = 0; k < count; k++) spans.push({ start: bounds.starts[k]!, end: bounds.ends[k]! });
  return spans;
}
