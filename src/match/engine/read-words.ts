// The scanner's tokenizer: tokens.ts's rule (through joinsToken and the same character predicates),
// fused with the FNV-1a hash of each token's lower-cased characters, so a token is read once and
// looked up in the surface-form cache by that hash (see surfaces.ts) without making a substring.
import { ASCII_WORD, isBreakCandidate, isWordCode } from '../chars';
import { closesToken, joinsToken } from '../tokens';
import { registers } from './scan-state';
import { PLAIN_WORD, type SurfaceTable } from './surfaces';
import { symbolsOfSurface, type Vocabulary } from './vocabulary';

/**
 * Reads the words of `text` into the word registers, and the offsets of the newlines and sentence
 * terminators between tokens into the break registers; returns how many words.
 */
export function readWords(vocabulary: Vocabulary, surfaces: SurfaceTable, text: string): number {
  surfaces.trim();
  registers.breakCount = 0;
  let count = 0;
  const length = text.length;
  let { wordStart, wordEnd, wordPart, wordSymbolStart, wordSymbolCount, wordEntry } = registers;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    if (code < 128 ? ASCII_WORD[code] === 0 : !isWordCode(code)) {
      if (isBreakCandidate(code)) registers.pushBreak(i);
      i++;
      continue;
    }
    const start = i;
    let hash = Math.imul(0x811c9dc5 ^ (code >= 65 && code <= 90 ? code | 32 : code), 0x01000193);
    i++;
    while (i < length) {
      code = text.charCodeAt(i);
      if (code < 128 ? ASCII_WORD[code] === 1 : isWordCode(code)) {
        hash = Math.imul(hash ^ (code >= 65 && code <= 90 ? code | 32 : code), 0x01000193);
        i++;
        continue;
      }
      if (i + 1 < length) {
        const next = text.charCodeAt(i + 1);
        if (joinsToken(text.charCodeAt(i - 1), code, next)) {
          hash = Math.imul(hash ^ code, 0x01000193);
          hash = Math.imul(hash ^ (next >= 65 && next <= 90 ? next | 32 : next), 0x01000193);
          i += 2;
          continue;
        }
      }
      // "9%": the sign is the token's last character (tokens.ts).
      if (closesToken(text.charCodeAt(i - 1), code)) {
        hash = Math.imul(hash ^ code, 0x01000193);
        i++;
      }
      break;
    }
    let entry = surfaces.find(text, start, i, hash);
    if (entry < 0) entry = surfaces.add(text, start, i, hash, symbolsOfSurface(vocabulary, text.slice(start, i)));
    const value = surfaces.entryValue[entry]!;
    // A token makes at most two words.
    if (count + 2 > wordStart.length) {
      registers.growWords(count + 2);
      ({ wordStart, wordEnd, wordPart, wordSymbolStart, wordSymbolCount, wordEntry } = registers);
    }
    if (value === PLAIN_WORD) {
      wordStart[count] = start;
      wordEnd[count] = i;
      wordPart[count] = 0;
      wordSymbolCount[count] = 0;
      wordEntry[count] = entry;
      count++;
      continue;
    }
    const values = surfaces.values;
    const parts = values[value]!;
    for (let part = 0; part < parts; part++) {
      wordStart[count] = start;
      wordEnd[count] = i;
      wordPart[count] = part;
      wordSymbolStart[count] = values[value + 1 + part * 2]!;
      wordSymbolCount[count] = values[value + 2 + part * 2]!;
      wordEntry[count] = entry;
      count++;
    }
  }
  return count;
}

/** The tokens the scanner reads in `text`, as [start, end) pairs: for the test that compiler and scanner agree. */
export function scannedTokens(vocabulary: Vocabulary, surfaces: SurfaceTable, text: string): [number, number][] {
  const words = readWords(vocabulary, surfaces, text);
  const tokens: [number, number][] = [];
  for (let w = 0; w < words; w++) {
    const start = registers.wordStart[w]!;
    const end = registers.wordEnd[w]!;
    const last = tokens[tokens.length - 1];
    if (!last || last[0] !== start) tokens.push([start, end]);
  }
  return tokens;
}
