// Hits that name something else: a term found in the text where English says it is not the thing the
// claim names. Dropped right after the block's hits are found (scan.ts), so no pattern, rule or
// "matched because" sees them. Each case is a rule of English, not of one claim:
//   - another person of the family: "Obama's father was born in Kenya" names the father, not Obama
//     (a capitalised possessive followed by a word for a relative or an associate);
//   - another first name: "Michelle Obama" is not Obama (a one-word capitalised hit right after a
//     capitalised word that is no title, mid-sentence, in a sentence-case text);
//   - a longer name: "the Data Protection Commission" is not data protection, "Trump Tower" is not
//     Trump (a capitalised hit followed by more capitals, in a sentence-case text);
//   - "its own", "their own": the adjective, never the verb "own".
import { isApostrophe, isWordCode } from '../chars';
import { registers } from '../engine/scan-state';

/** Words for another person that a possessive name introduces ("Obama's father"). */
export const RELATIVES = new Set(
  `father mother dad mom mum brother sister son daughter wife husband widow widower uncle aunt cousin nephew niece
  grandfather grandmother grandson granddaughter grandparents parents stepfather stepmother stepson stepdaughter
  father-in-law mother-in-law brother-in-law sister-in-law family friend friends ex-wife ex-husband girlfriend boyfriend
  fiancee fiance partner spokesman spokeswoman spokesperson lawyer lawyers attorney aide aides adviser advisor
  assistant bodyguard driver doctor physician biographer children kids sons daughters brothers sisters`.split(/\s+/),
);

/** Capitalised words before a surname that are titles or roles, not another first name. */
const TITLES = new Set(
  `president presidents former ex vice senator sen governor gov mayor minister prime chancellor secretary ceo founder
  billionaire dr doctor professor prof mr mrs ms mx miss sir dame lady lord king queen prince princess pope judge justice
  rep representative congressman congresswoman general gen colonel col captain capt sergeant sgt officer agent host
  comedian director chairman chairwoman chair chief late saint st father sister brother reverend rev bishop cardinal
  rabbi imam candidate nominee speaker leader commissioner ambassador attorney detective inspector coach actor actress
  singer rapper star first dear citizen citizens candidates democrat democrats republican republicans liberal
  conservative labour tory senators governors mayors premier president-elect`.split(/\s+/),
);

/** Words that never make a name, capitalised or not (a headline's "The", "In", "And"). */
const FUNCTION_WORDS = new Set(
  `a an the and or but nor of in on at to for from by with as is are was were be been has have had do does did not no
  this that these those it its he she they we i you his her their our my your if when while after before then than so
  says said claims claimed`.split(/\s+/),
);

/**
 * Words that end the name of an institution, a place or a thing named after someone ("Commission",
 * "Foundation", "Tower"): capitalised after a term, the term is part of that longer name. (Any
 * capitalised word would also take a headline glued to the next sentence: "… with Netflix Insurers
 * in London said".)
 */
const NAME_HEADS = new Set(
  `commission committee foundation institute institution university college school academy hospital clinic center centre
  council board agency authority department ministry office bureau service services administration act law party
  union association society federation league organization organisation group company corporation corp inc ltd llc plc
  fund trust bank tower towers building hotel airport airways airlines station street avenue road bridge park square
  stadium arena museum library church cathedral memorial prize award awards network channel times post journal
  court tribunal project programme doctrine`.split(/\s+/),
);

/** Possessive determiners before "own". */
const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your', 'whose', "one's"]);

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90
    ? true
    : code < 128
      ? false
      : String.fromCharCode(code).toLowerCase() !== String.fromCharCode(code);
}

function isLower(code: number): boolean {
  return code >= 97 && code <= 122
    ? true
    : code < 128
      ? false
      : String.fromCharCode(code).toUpperCase() !== String.fromCharCode(code);
}

/** A capitalised word in sentence case: "Michelle", not "MICHELLE" nor "michelle". */
function isCapitalised(text: string, start: number, end: number): boolean {
  if (!isUpper(text.charCodeAt(start))) return false;
  for (let i = start + 1; i < end; i++) if (isLower(text.charCodeAt(i))) return true;
  return end - start === 1;
}

/** The token index (word index of its first word) before word `w`, or -1. */
function tokenBefore(w: number): number {
  const { wordStart } = registers;
  let p = w - 1;
  while (p >= 0 && wordStart[p] === wordStart[w]) p--;
  if (p < 0) return -1;
  while (p > 0 && wordStart[p - 1] === wordStart[p]) p--;
  return p;
}

/** The token index after word `w` (the first word of the next token), or -1. */
function tokenAfter(w: number, wordCount: number): number {
  const { wordStart } = registers;
  let n = w + 1;
  while (n < wordCount && wordStart[n] === wordStart[w]) n++;
  return n < wordCount ? n : -1;
}

/** Only spaces (one line) between two offsets. */
function onlySpacesBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 0xa0) return false;
  }
  return true;
}

/** Does a sentence start right before offset `start` (text start, a terminator, a quote, a colon, a newline)? */
function startsSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  if (i < 0) return true;
  const code = text.charCodeAt(i);
  return !isWordCode(code) && code !== 0x2c && code !== 0x2d && !isApostrophe(code);
}

/**
 * Is the text around word `w` in sentence case: on each side that has words, a lower-case word that
 * is no function word among the few nearest? A Title Case headline ("Obama Born in Kenya, Says
 * Trump", "Facebook Allowed Netflix to Access User DMs") has capitals everywhere, and says nothing by
 * them, even when a sentence in sentence case follows it in the same block.
 */
function sentenceCaseAround(text: string, w: number, wordCount: number): boolean {
  const { wordStart, wordEnd } = registers;
  const isContentLower = (t: number) => {
    const start = wordStart[t]!;
    if (!isLower(text.charCodeAt(start))) return false;
    return !FUNCTION_WORDS.has(text.slice(start, wordEnd[t]!));
  };
  let seenAfter = 0;
  let lowerAfter = false;
  for (let t = tokenAfter(w, wordCount); t >= 0 && seenAfter < 4 && !lowerAfter; t = tokenAfter(t, wordCount)) {
    seenAfter++;
    lowerAfter = isContentLower(t);
  }
  let seenBefore = 0;
  let lowerBefore = false;
  for (let t = tokenBefore(w); t >= 0 && seenBefore < 4 && !lowerBefore; t = tokenBefore(t)) {
    seenBefore++;
    lowerBefore = isContentLower(t);
  }
  return (lowerAfter || lowerBefore) && (lowerAfter || seenAfter < 2) && (lowerBefore || seenBefore < 2);
}

function isPossessiveToken(text: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  const last = text.charCodeAt(end - 1);
  return (last === 0x73 || last === 0x53) && isApostrophe(text.charCodeAt(end - 2));
}

/** Does hit `h` name something other than its term says? */
function namesSomethingElse(text: string, h: number, wordCount: number): boolean {
  const { hitFirst, hitLast, wordStart, wordEnd } = registers;
  const first = hitFirst[h]!;
  const last = hitLast[h]!;
  const start = wordStart[first]!;
  const end = wordEnd[last]!;
  const firstWord = text.slice(start, wordEnd[first]!).toLowerCase();
  // "its own", "their own", "the company's own": the adjective.
  if (firstWord === 'own') {
    const before = tokenBefore(first);
    if (before >= 0) {
      const word = text.slice(wordStart[before]!, wordEnd[before]!).toLowerCase();
      if (POSSESSIVES.has(word) || isPossessiveToken(text, wordStart[before]!, wordEnd[before]!)) return true;
    }
  }
  if (!isCapitalised(text, start, wordEnd[first]!)) return false;
  const after = tokenAfter(last, wordCount);
  // "Obama's father": a relative of the one named.
  if (isPossessiveToken(text, wordStart[last]!, end)) {
    if (after < 0 || !onlySpacesBetween(text, end, wordStart[after]!)) return false;
    return RELATIVES.has(text.slice(wordStart[after]!, wordEnd[after]!).toLowerCase());
  }
  // "Michelle Obama": another first name before a one-word name.
  if (first === last || wordStart[first] === wordStart[last]) {
    const before = tokenBefore(first);
    if (before >= 0 && onlySpacesBetween(text, wordEnd[before]!, start)) {
      const bStart = wordStart[before]!;
      const bEnd = wordEnd[before]!;
      const word = text.slice(bStart, bEnd).toLowerCase();
      if (
        isCapitalised(text, bStart, bEnd) &&
        bEnd - bStart > 1 &&
        !TITLES.has(word) &&
        !FUNCTION_WORDS.has(word) &&
        !isPossessiveToken(text, bStart, bEnd) &&
        !startsSentence(text, bStart) &&
        sentenceCaseAround(text, first, wordCount)
      )
        return true;
    }
  }
  // "the Data Protection Commission", "Trump Tower": a longer name that holds the term.
  if (after >= 0 && onlySpacesBetween(text, end, wordStart[after]!)) {
    const aStart = wordStart[after]!;
    const aEnd = wordEnd[after]!;
    const word = text.slice(aStart, aEnd).toLowerCase();
    if (isCapitalised(text, aStart, aEnd) && NAME_HEADS.has(word)) return true;
  }
  return false;
}

/** Marks of the hits to drop: one buffer for every block. */
let dropped = new Uint8Array(256);

/**
 * Drops the block's hits that name something else (see the header); keeps the rest in order. A hit
 * inside a kept longer hit stays ("Cobalt" of "Cobalt Health"): presence (engine/presence.ts) reads
 * a longer term's hit through the hits of the terms inside it.
 */
export function dropFalseNameHits(text: string, wordCount: number): void {
  const { hitFirst, hitLast, hitTerm } = registers;
  const count = registers.hitCount;
  if (dropped.length < count) dropped = new Uint8Array(count * 2);
  let any = false;
  for (let h = 0; h < count; h++) {
    dropped[h] = namesSomethingElse(text, h, wordCount) ? 1 : 0;
    if (dropped[h]) any = true;
  }
  if (!any) return;
  for (let h = 0; h < count; h++) {
    if (!dropped[h]) continue;
    // Hits are ordered by first word: a hit that holds this one starts at or before it.
    for (let o = h - 1; o >= 0 && hitFirst[o]! >= hitFirst[h]! - 16; o--)
      if (!dropped[o] && hitFirst[o]! <= hitFirst[h]! && hitLast[o]! >= hitLast[h]!) dropped[h] = 0;
    for (let o = h + 1; o < count && hitFirst[o] === hitFirst[h]; o++)
      if (!dropped[o] && hitLast[o]! >= hitLast[h]!) dropped[h] = 0;
  }
  let kept = 0;
  for (let h = 0; h < count; h++) {
    if (dropped[h]) continue;
    if (kept !== h) {
      hitFirst[kept] = hitFirst[h]!;
      hitLast[kept] = hitLast[h]!;
      hitTerm[kept] = hitTerm[h]!;
    }
    kept++;
  }
  registers.hitCount = kept;
}
