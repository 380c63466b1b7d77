// The scan side of stance (stance.ts): a sentence's words as stance codes, into the stanceCodes
// register. A token's codes are worked out on its first sighting in a matched sentence and cached in
// its surface-table entry, for both of its words.
import type { CompiledMatcher } from '../compile';
import { normalizeToken, stem } from '../normalize';
import { hasDenialCue, stanceCode } from '../stance';
import { grown } from './buffers';
import type { Scope } from './presence';
import { registers } from './scan-state';

/** The stance code of a word a token does not have. */
const EMPTY_WORD = stanceCode('', '');

/** The words [firstWord, endWord) as stance sees them, into `registers.stanceCodes`; returns how many. */
export function sentenceStanceCodes(
  matcher: CompiledMatcher,
  text: string,
  firstWord: number,
  endWord: number,
): number {
  const codes = matcher.marks.surfaces.entryStance;
  registers.stanceCodes = grown(registers.stanceCodes, endWord - firstWord);
  const { stanceCodes, wordEntry, wordStart, wordEnd, wordPart } = registers;
  for (let w = firstWord; w < endWord; w++) {
    const at = 2 * wordEntry[w]!;
    if (codes[at] === 0) {
      const words = normalizeToken(text.slice(wordStart[w]!, wordEnd[w]!));
      for (let part = 0; part < 2; part++)
        codes[at + part] = part < words.length ? stanceCode(words[part]!, stem(words[part]!)) : EMPTY_WORD;
    }
    stanceCodes[w - firstWord] = codes[at + wordPart[w]!]!;
  }
  return endWord - firstWord;
}

/** Does the sentence reject something outright (a denial cue, not a mere negator)? */
export function sentenceDenies(matcher: CompiledMatcher, text: string, scope: Scope): boolean {
  return hasDenialCue(registers.stanceCodes, sentenceStanceCodes(matcher, text, scope.firstWord, scope.endWord));
}
