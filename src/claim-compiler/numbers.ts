// Numbers and quantities in a claim, read as one value however they are written ("thirty
// trillion", "$30tn", "30,000,000,000,000 dollars", "5bn", "87 million", "half"), and the surface
// forms a page may use for that value. The matcher's own normalisation already splits "5bn" into
// "5 billion" and drops commas and currency signs, so the forms are written the way it reads them.
import type { ClaimToken } from './tokens';

export interface ClaimNumber {
  /** Token span [first, last] in the claim. */
  first: number;
  last: number;
  value: number;
  percent: boolean;
  /** A bare four-digit year (1800–2100): claims restate it less often than other numbers. */
  year: boolean;
  /** "10 times", "threefold": a multiple, not a count. */
  times?: boolean;
}

const UNITS = new Map<string, number>(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((word, value) => [word, value]),
);
const TENS = new Map<string, number>(
  'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((word, i) => [word, (i + 2) * 10]),
);
const SCALES = new Map<string, number>([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['bn', 1e9],
  ['b', 1e9],
  ['tn', 1e12],
]);
const PERCENT_WORDS = new Set(['percent', 'pc', 'percentage']);
/** Fractions after a number word, by their denominator ("two thirds" is 67 percent). */
const FRACTIONS = new Map<string, number>([
  ['thirds', 3],
  ['third', 3],
  ['quarters', 4],
  ['fifths', 5],
  ['tenths', 10],
]);
/** Percentages news writes as a fraction. */
const FRACTION_WORDS = new Map<number, string>([
  [10, 'a tenth'],
  [20, 'a fifth'],
  [33, 'a third'],
  [67, 'two thirds'],
  [75, 'three quarters'],
]);
/** "One in ten": a percent as news writes a share of people. */
const ONE_IN = new Map<number, string[]>([
  [10, ['one in ten', '1 in 10']],
  [20, ['one in five', '1 in 5']],
  [25, ['one in four', '1 in 4']],
  [33, ['one in three', '1 in 3']],
  [50, ['one in two', '1 in 2']],
  [90, ['nine in ten', '9 in 10']],
]);
const DIGITS = /^\d+(?:\.\d+)?$/;
const DIGITS_WITH_UNIT = /^(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn)$/;

/** The value of one token of a number ("87", "1,000", "5.5", "5bn"), or undefined. */
function digitValue(lower: string): { value: number; scaled: boolean } | undefined {
  const plain = lower.replace(/,/g, '');
  if (DIGITS.test(plain)) return { value: Number(plain), scaled: false };
  const unit = DIGITS_WITH_UNIT.exec(plain);
  if (unit) return { value: Number(unit[1]) * SCALES.get(unit[2]!)!, scaled: true };
  return undefined;
}

/** The numbers in a claim's tokens. "one" alone is not a number ("one of the…"); "one million" is. */
export function findNumbers(tokens: readonly ClaimToken[]): ClaimNumber[] {
  const found: ClaimNumber[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = i;
    let value = 0;
    let current = 0;
    let words = 0;
    let digits = false;
    let scaled = false;
    for (; i < tokens.length; i++) {
      const lower = tokens[i]!.lower;
      // A gap other than space or hyphen ends the number ("5, 6"), except "and" inside words.
      if (i > start && !/^[\s-]*$/.test(tokens[i]!.gapBefore)) break;
      // Digits joined to a word by a hyphen are part of a name ("COVID-19"), and "5G" is a name.
      if (
        i === start &&
        /-$/.test(tokens[i]!.gapBefore) &&
        i > 0 &&
        /\p{L}/u.test(tokens[i - 1]!.raw) &&
        !UNITS.has(tokens[i - 1]!.lower) &&
        !TENS.has(tokens[i - 1]!.lower)
      )
        break;
      const digit = digitValue(lower);
      if (digit && words === 0 && !digits) {
        current = digit.value;
        digits = true;
        scaled = digit.scaled;
        continue;
      }
      if (UNITS.has(lower) && !digits) {
        current += UNITS.get(lower)!;
        words++;
        continue;
      }
      if (TENS.has(lower) && !digits) {
        current += TENS.get(lower)!;
        words++;
        continue;
      }
      if (
        lower === 'and' &&
        words > 0 &&
        i + 1 < tokens.length &&
        (UNITS.has(tokens[i + 1]!.lower) || TENS.has(tokens[i + 1]!.lower))
      )
        continue;
      const scale = SCALES.get(lower);
      if (scale !== undefined && (digits || words > 0) && lower.length > 2) {
        if (scale === 100) current *= 100;
        else {
          value += current * scale;
          current = 0;
        }
        scaled = true;
        continue;
      }
      break;
    }
    if (i === start) {
      // "half" on its own ("half of voters", "went up by half") is fifty percent.
      if (tokens[i]!.lower === 'half' && !SCALES.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1]?.lower !== 'a')
        found.push({ first: i, last: i, value: 50, percent: true, year: false });
      i++;
      continue;
    }
    const total = value + current;
    let last = i - 1;
    // "two thirds", "three quarters": a fraction, one value ("two" and "thirds" are not two parts).
    const fraction = FRACTIONS.get(tokens[i]?.lower ?? '');
    if (
      fraction &&
      !digits &&
      !scaled &&
      words === 1 &&
      total >= 1 &&
      total < fraction &&
      /^[\s-]*$/.test(tokens[i]!.gapBefore)
    ) {
      found.push({ first: start, last: i, value: Math.round((total / fraction) * 100), percent: true, year: false });
      i++;
      continue;
    }
    // "one" alone and bare number words under ten are ordinary words more often than quantities.
    const onlyWord = !digits && !scaled && words === 1 && total < 10;
    if (!onlyWord) {
      const next = tokens[i]?.lower ?? '';
      const percent =
        PERCENT_WORDS.has(next) ||
        (next === 'per' && tokens[i + 1]?.lower === 'cent') ||
        tokens[i]?.gapBefore.startsWith('%') === true ||
        tokens[last]!.gapAfter.startsWith('%');
      // The percent word is part of the number: "80 percent" is one part of the claim, not two.
      const times = !percent && (next === 'times' || next === 'fold');
      if (PERCENT_WORDS.has(next) || times) last = i;
      else if (next === 'per' && tokens[i + 1]?.lower === 'cent') last = i + 1;
      i = last + 1;
      const year =
        digits &&
        !scaled &&
        !percent &&
        Number.isInteger(total) &&
        total >= 1800 &&
        total <= 2100 &&
        !/[$£€]\s*$/.test(tokens[start]!.gapBefore);
      found.push({ first: start, last, value: total, percent, year, ...(times && { times }) });
    }
  }
  return found;
}

const SMALL_WORDS = [...UNITS.keys()];
const TENS_WORDS = [...TENS.keys()];

/** An integer under 1,000 in words ("eighty-seven", "two hundred fifty"). */
export function numberInWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n >= 1000) return undefined;
  if (n < 20) return SMALL_WORDS[n];
  if (n < 100) {
    const tens = TENS_WORDS[Math.floor(n / 10) - 2]!;
    return n % 10 === 0 ? tens : `${tens}-${SMALL_WORDS[n % 10]}`;
  }
  const rest = n % 100;
  const hundreds = `${SMALL_WORDS[Math.floor(n / 100)]} hundred`;
  return rest === 0 ? hundreds : `${hundreds} ${numberInWords(rest)}`;
}

/** "three hundred fifty" as British English writes it: "three hundred and fifty"; undefined when the same. */
function britishWords(words: string | undefined): string | undefined {
  if (!words || !/ hundred [a-z]/.test(words)) return undefined;
  return words.replace(' hundred ', ' hundred and ');
}

/** A number as the matcher reads digits: no commas, no trailing ".0". */
function digitsOf(n: number): string {
  if (Number.isInteger(n)) return n.toFixed(0);
  return String(Math.round(n * 1000) / 1000);
}

/** The surface forms a page may use for the number (terms of one concept). */
export function numberForms(number: ClaimNumber): string[] {
  const forms = new Set<string>();
  const { value } = number;
  const add = (form: string | undefined) => {
    if (form) forms.add(form);
  };
  const scales: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
    [1e3, 'thousand'],
  ];
  add(digitsOf(value));
  // Scale words for amounts ("87 million", "5 thousand"), not for years or counts like 1,234.
  const scalable = !number.year && (value >= 1e6 || (value >= 1e3 && value % 100 === 0));
  for (const [size, word] of scales) {
    if (!scalable || value < size) continue;
    const mantissa = value / size;
    add(`${digitsOf(mantissa)} ${word}`);
    const inWords = numberInWords(mantissa);
    if (inWords) add(`${inWords} ${word}`);
    if (inWords) add(britishWords(inWords) && `${britishWords(inWords)} ${word}`);
    if (mantissa === 0.5) add(`half a ${word}`);
    // "1.5 billion" is also "1,500 million"; one step down only.
    if (!Number.isInteger(mantissa) && size > 1e6)
      add(`${digitsOf(value / (size / 1000))} ${scales.find(([s]) => s === size / 1000)![1]}`);
    break;
  }
  if (value < 1000) add(numberInWords(value));
  if (value < 1000) add(britishWords(numberInWords(value)));
  if (number.times) {
    for (const base of [...forms]) add(`${base} times`);
    add(`${numberInWords(value) ?? digitsOf(value)}fold`);
  }
  if (number.percent) {
    const bases = [...forms];
    for (const base of bases) {
      add(`${base} percent`);
      add(`${base} per cent`);
    }
    const fraction = FRACTION_WORDS.get(value);
    if (fraction) add(fraction);
    for (const share of ONE_IN.get(value) ?? []) add(share);
    if (value === 50) add('half');
    if (value === 25) add('a quarter');
    if (value === 100) add('all');
    // A page writes a percent with its sign or word ("9%" reads as "9 percent"): the bare number
    // ("10 patients") is another quantity.
    return [...forms].filter((form) => !bases.includes(form));
  }
  return [...forms];
}
