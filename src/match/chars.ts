// Character predicates: the one place that says what a word character, a space, a sentence
// terminator or a closing quote is. The tokenizer (tokens.ts), the scanner's fused tokenizer
// (engine/read-words.ts) and the sentence splitter all read characters through these.

const CHAR_UNKNOWN = 0;
const CHAR_WORD = 1;
const CHAR_OTHER = 2;

/** Classification of each UTF-16 code unit, filled lazily (the Unicode regex is slow per char). */
const charClass = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Letters, digits and combining marks. Surrogates (emoji, rare scripts) separate tokens rather than join them. */
export function isWordCode(code: number): boolean {
  // ASCII fast path: 0-9, A-Z, a-z.
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  let cls = charClass[code]!;
  if (cls === CHAR_UNKNOWN) {
    cls =
      code >= 0xd800 && code <= 0xdfff
        ? CHAR_OTHER
        : WORD_CHAR.test(String.fromCharCode(code))
          ? CHAR_WORD
          : CHAR_OTHER;
    charClass[code] = cls;
  }
  return cls === CHAR_WORD;
}

/** 1 for ASCII letters and digits, 0 for the rest of ASCII: the hot loops' table for isWordCode. */
export const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) ASCII_WORD[code] = isWordCode(code) ? 1 : 0;

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isLetter(code: number): boolean {
  return isWordCode(code) && !isDigit(code);
}

/** ' ’ ‘ ʼ ＇ */
export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0x02bc || code === 0xff07;
}

export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 12 ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000
  );
}

/** . ! ? … */
export function isTerminator(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/**
 * Where a sentence can end: a newline, a terminator, or a semicolon (headline lists: "Obama born in
 * Kenya; Trump born in New York"; sentences.ts ends one there only before a capital).
 */
export function isBreakCandidate(code: number): boolean {
  return code === 10 || code === 0x3b || isTerminator(code);
}

/** Closing quotes and brackets that belong to the sentence they follow: `."`, `?)`, `!”`, `.}`. */
export function isCloser(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 0xbb ||
    code === 0x29 ||
    code === 0x5d ||
    code === 0x7d
  );
}

export function isLowerLetterAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 97 && code <= 122;
  const ch = text[at]!;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function isUpperLetter(code: number): boolean {
  return code < 128 ? code >= 65 && code <= 90 : /\p{Lu}/u.test(String.fromCharCode(code));
}
