// The tokenizer rule, shared by the list compiler and the scanner (engine/read-words.ts fuses the
// same rule with hashing, through joinsToken): both sides of a comparison must read the same tokens.
//
// A token is a run of letters and digits. An apostrophe between two letters stays inside ("didn't",
// "Meta’s"), and so do "." and "," between two digits ("5.5", "1,000"); a "%" right after a digit
// ends the token ("9%", read as "9 percent" by normalize.ts); everything else (hyphens, quotes, "$",
// dashes, emoji) separates tokens.
import { isApostrophe, isDigit, isLetter, isWordCode } from './chars';

/** Does the non-word character `code`, between `prev` and `next`, join them into one token? */
export function joinsToken(prev: number, code: number, next: number): boolean {
  return (
    (isApostrophe(code) && isLetter(prev) && isLetter(next)) ||
    ((code === 0x2e || code === 0x2c) && isDigit(prev) && isDigit(next))
  );
}

/** Does the non-word character `code`, right after `prev`, end the token as its last character ("9%")? */
export function closesToken(prev: number, code: number): boolean {
  return code === 0x25 && isDigit(prev);
}

/** Where the token that starts at `start` (a word character) ends, reading no further than `to`. */
export function tokenEnd(text: string, start: number, to: number): number {
  let i = start + 1;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isWordCode(code)) {
      i++;
      continue;
    }
    if (i + 1 < to && joinsToken(text.charCodeAt(i - 1), code, text.charCodeAt(i + 1))) {
      i += 2;
      continue;
    }
    if (closesToken(text.charCodeAt(i - 1), code)) i++;
    break;
  }
  return i;
}

/** Calls `onToken(start, end)` for every token of `text` in [from, to). Offsets are string indices. */
export function forEachToken(
  text: string,
  from: number,
  to: number,
  onToken: (start: number, end: number) => void,
): void {
  let i = from;
  while (i < to) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const end = tokenEnd(text, i, to);
    onToken(i, end);
    i = end;
  }
}
