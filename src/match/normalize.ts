// Word normalisation shared by the list compiler and the scanner: both sides of a comparison go
// through exactly these functions, so "Meta’s", "META's" and "meta" meet, and so do "inboxes" and
// "inbox", "shared" and "sharing", "$5bn" and "$5 billion", "9%" and "9 percent", "end-to-end" and
// "end to end".
// What a token is (where words start and end) is tokens.ts's rule.
import { isDigit } from './chars';
import { forEachToken } from './tokens';

// Scale abbreviations, written on the number ("$5bn", "87mln") or as a word of their own ("$5 bn",
// "87 mln", the wire and headline forms): both read as the scale word.
const NUMBER_WITH_UNIT = /^(\d+(?:\.\d+)?)(bn|bln|b|tn|trn|mn|mln|m|k)$/;
const UNIT_WORDS: Record<string, string> = {
  bn: 'billion',
  bln: 'billion',
  b: 'billion',
  tn: 'trillion',
  trn: 'trillion',
  mn: 'million',
  mln: 'million',
  m: 'million',
  k: 'thousand',
};
/** Scale abbreviations that are words of their own; "m", "b" and "k" alone are too often something else. */
const SCALE_WORDS = new Map([
  ['bn', 'billion'],
  ['bln', 'billion'],
  ['tn', 'trillion'],
  ['trn', 'trillion'],
  ['mn', 'million'],
  ['mln', 'million'],
]);
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
    // "9%" is "9 percent" (tokens.ts keeps the sign on the number).
    if (word.endsWith('%')) return [word.slice(0, -1), 'percent'];
    const unit = NUMBER_WITH_UNIT.exec(word);
    if (unit) return [unit[1]!, UNIT_WORDS[unit[2]!]!];
  }
  return [SCALE_WORDS.get(word) ?? word];
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
