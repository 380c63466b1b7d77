// Text normalisation shared by the list compiler and the scanner: both sides of a comparison go
// through exactly these functions, so "Meta’s", "META's" and "meta" meet, and so do "inboxes" and
// "inbox", "shared" and "sharing", "$5bn" and "$5 billion", "end-to-end" and "end to end".
//
// A token is a run of letters and digits. Apostrophes inside a word stay ("didn't"), a trailing
// possessive goes ("Meta’s" → "meta"), "." and "," between digits stay ("5.5", "1,000" → "1000"),
// everything else (hyphens, quotes, "$", dashes) separates tokens.

const CHAR_UNKNOWN = 0;
const CHAR_WORD = 1;
const CHAR_OTHER = 2;

/** Classification of each UTF-16 code unit, filled lazily (the Unicode regex is slow per char). */
const charClass = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export function isWordCode(code: number): boolean {
  // ASCII fast path: 0-9, A-Z, a-z.
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  let cls = charClass[code]!;
  if (cls === CHAR_UNKNOWN) {
    // Surrogates (emoji, rare scripts) separate tokens rather than join them.
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

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0x02bc || code === 0xff07;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetterCode(code: number): boolean {
  return isWordCode(code) && !isDigit(code);
}

/**
 * Where the token that starts at `start` (a word character) ends. Joins "didn't", "Meta’s" (a
 * letter on both sides of an apostrophe) and "5.5", "1,000" (digits on both sides).
 */
export function tokenEnd(text: string, start: number, to: number): number {
  let i = start + 1;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isWordCode(code)) {
      i++;
      continue;
    }
    if (i + 1 < to) {
      const prev = text.charCodeAt(i - 1);
      const next = text.charCodeAt(i + 1);
      if (isApostrophe(code) && isLetterCode(prev) && isLetterCode(next)) {
        i += 2;
        continue;
      }
      if ((code === 0x2e || code === 0x2c) && isDigit(prev) && isDigit(next)) {
        i += 2;
        continue;
      }
    }
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

const NUMBER_WITH_UNIT = /^(\d+(?:\.\d+)?)(bn|b|tn|mn|m|k)$/;
const UNIT_WORDS: Record<string, string> = {
  bn: 'billion',
  b: 'billion',
  tn: 'trillion',
  mn: 'million',
  m: 'million',
  k: 'thousand',
};
const COMBINING_MARKS = /\p{M}/gu;

/**
 * The normalised words of one raw token: lower case, no diacritics, straight apostrophe, no
 * possessive. Usually one word; "5bn" gives two ("5", "billion") so it meets "$5 billion".
 */
export function normalizeToken(raw: string): string[] {
  let word = raw.toLowerCase();
  if (/[^\x00-\x7f]/.test(word))
    word = word
      .normalize('NFKD')
      .replace(COMBINING_MARKS, '')
      .replace(/[\u2019\u2018\u02bc\uff07]/g, "'");
  if (word.endsWith("'s")) word = word.slice(0, -2);
  if (isDigit(word.charCodeAt(0))) {
    word = word.replace(/,/g, '');
    const unit = NUMBER_WITH_UNIT.exec(word);
    if (unit) return [unit[1]!, UNIT_WORDS[unit[2]!]!];
  }
  return [word];
}

function hasVowel(word: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = word.charCodeAt(i);
    // a e i o u y
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121) return true;
  }
  return false;
}

/**
 * A light English stemmer (plural, -ed, -ing, final -e): enough for "shares/shared/sharing",
 * "inbox/inboxes", "company/companies" to meet, predictable enough that a list author can reason
 * about it. Irregular forms ("sold", "gave") are listed as terms. Numbers are left alone.
 */
export function stem(word: string): string {
  if (word.length < 3 || isDigit(word.charCodeAt(0)) || word.includes("'")) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  let stripped = false;
  if (w.endsWith('ing') && w.length - 3 >= 3 && hasVowel(w, w.length - 3)) {
    w = w.slice(0, -3);
    stripped = true;
  } else if (w.endsWith('ed') && w.length - 2 >= 3 && hasVowel(w, w.length - 2)) {
    w = w.slice(0, -2);
    stripped = true;
  }
  if (stripped) {
    // "snoop-ped" → "snoop", "shipp" → "ship"; keep -ll, -ss, -zz ("sell", "access").
    const last = w.charCodeAt(w.length - 1);
    if (w.length > 3 && last === w.charCodeAt(w.length - 2) && last !== 108 && last !== 115 && last !== 122)
      w = w.slice(0, -1);
  }
  if (w.endsWith('e') && w.length >= 4) w = w.slice(0, -1);
  return w;
}

/** Words of a whole phrase, normalised and stemmed (for terms and cue phrases). */
export function phraseWords(phrase: string): string[] {
  const words: string[] = [];
  forEachToken(phrase, 0, phrase.length, (start, end) => {
    for (const word of normalizeToken(phrase.slice(start, end))) words.push(stem(word));
  });
  return words;
}
