// How a page word and a list term come to meet: the characters that join or split a token, the
// folding of case, apostrophes, diacritics and scale abbreviations, and the light stemmer. Each
// case is one a list author relies on ("$5bn" meets "$5 billion", "spying" meets "spy") or one where
// two words must stay apart ("sings" is not "sing"+"s" twice, "string" is not "str").
import { describe, expect, it } from 'vitest';
import { normalizeToken, phraseWords, stem } from '../../../src/match/normalize';
import { forEachToken } from '../../../src/match/tokens';

const tokens = (text: string) => {
  const found: string[] = [];
  forEachToken(text, 0, text.length, (start, end) => found.push(text.slice(start, end)));
  return found;
};

describe('tokens', () => {
  it('keeps each kind of apostrophe between two letters inside the word', () => {
    for (const apostrophe of ["'", '\u2019', '\u2018', '\u02bc', '\uff07'])
      expect(tokens(`we didn${apostrophe}t go`)).toEqual(['we', `didn${apostrophe}t`, 'go']);
  });

  it('splits at an apostrophe next to a digit or a space, and at other quote marks', () => {
    expect(tokens("the 90's rock 'n roll")).toEqual(['the', '90', 's', 'rock', 'n', 'roll']);
    expect(tokens('a\u201cb\u201dc a"b')).toEqual(['a', 'b', 'c', 'a', 'b']);
  });

  it('joins digits across "." and ",", but not letters, and not a digit to a letter', () => {
    expect(tokens('5.5 1,000 a.b a,b 5.a a.5')).toEqual(['5.5', '1,000', 'a', 'b', 'a', 'b', '5', 'a', 'a', '5']);
  });

  it('reads a token to the end of the range it is given, and no further', () => {
    const text = 'Netflix and Meta';
    const found: string[] = [];
    forEachToken(text, 0, 10, (start, end) => found.push(text.slice(start, end)));
    expect(found).toEqual(['Netflix', 'an']);
    // A joining character at the very end of the range does not reach past it.
    const amount = '1,000';
    const inRange: string[] = [];
    forEachToken(amount, 0, 2, (start, end) => inRange.push(amount.slice(start, end)));
    expect(inRange).toEqual(['1']);
  });

  it('reads letters and digits of every script, combining marks included, and splits at emoji', () => {
    expect(tokens('Zürich ２０２４ Ⅻ naïve e\u0301te 東京 Москва')).toEqual([
      'Zürich',
      '２０２４',
      'Ⅻ',
      'naïve',
      'e\u0301te',
      '東京',
      'Москва',
    ]);
    expect(tokens('yes🎉no')).toEqual(['yes', 'no']);
    expect(tokens('a\u00a0b\u2014c')).toEqual(['a', 'b', 'c']);
  });

  it('reads ASCII letters and digits at the ends of their ranges as word characters, and the rest not', () => {
    expect(tokens('09AZaz')).toEqual(['09AZaz']);
    expect(tokens('/:@[`{')).toEqual([]);
    expect(tokens('x/y:z@w[v`u{t')).toEqual(['x', 'y', 'z', 'w', 'v', 'u', 't']);
  });
});

describe('normalizeToken', () => {
  it('reads every scale abbreviation written on a number as the scale word', () => {
    const scales: [string, string][] = [
      ['bn', 'billion'],
      ['bln', 'billion'],
      ['b', 'billion'],
      ['tn', 'trillion'],
      ['trn', 'trillion'],
      ['mn', 'million'],
      ['mln', 'million'],
      ['m', 'million'],
      ['k', 'thousand'],
    ];
    for (const [unit, word] of scales) {
      expect(normalizeToken(`5${unit}`)).toEqual(['5', word]);
      expect(normalizeToken(`5.5${unit.toUpperCase()}`)).toEqual(['5.5', word]);
      expect(normalizeToken(`1,500${unit}`)).toEqual(['1500', word]);
    }
  });

  it('leaves a number with another ending, or with the unit not at the end, as it is', () => {
    expect(normalizeToken('5x')).toEqual(['5x']);
    expect(normalizeToken('5bnx')).toEqual(['5bnx']);
    expect(normalizeToken('x5bn')).toEqual(['x5bn']);
    expect(normalizeToken('5.bn')).toEqual(['5.bn']);
    expect(normalizeToken('2019')).toEqual(['2019']);
  });

  it('reads a scale abbreviation written as a word of its own, but not "m", "b" or "k" alone', () => {
    expect(normalizeToken('bn')).toEqual(['billion']);
    expect(normalizeToken('BLN')).toEqual(['billion']);
    expect(normalizeToken('tn')).toEqual(['trillion']);
    expect(normalizeToken('trn')).toEqual(['trillion']);
    expect(normalizeToken('mn')).toEqual(['million']);
    expect(normalizeToken('mln')).toEqual(['million']);
    expect(normalizeToken('m')).toEqual(['m']);
    expect(normalizeToken('b')).toEqual(['b']);
    expect(normalizeToken('k')).toEqual(['k']);
  });

  it('drops a possessive written with any apostrophe, and keeps other apostrophes straight', () => {
    for (const apostrophe of ["'", '\u2019', '\u2018', '\u02bc', '\uff07']) {
      expect(normalizeToken(`Meta${apostrophe}s`)).toEqual(['meta']);
      expect(normalizeToken(`can${apostrophe}t`)).toEqual(["can't"]);
    }
  });

  it('folds diacritics and compatibility forms only where there are some', () => {
    expect(normalizeToken('Ａｃｍｅ')).toEqual(['acme']);
    expect(normalizeToken('Ç')).toEqual(['c']);
    expect(normalizeToken('ﬁne')).toEqual(['fine']);
    expect(normalizeToken('plain')).toEqual(['plain']);
  });

  it('removes commas only from numbers', () => {
    expect(normalizeToken('1,000,000')).toEqual(['1000000']);
  });
});

describe('stem', () => {
  it('makes plurals meet their singular', () => {
    expect(stem('companies')).toBe('company');
    expect(stem('classes')).toBe('class');
    expect(stem('users')).toBe('user');
    expect(stem('inboxes')).toBe(stem('inbox'));
  });

  it('keeps words that only look plural, and short "-ies" words', () => {
    expect(stem('access')).toBe('access');
    expect(stem('status')).toBe('status');
    expect(stem('analysis')).toBe('analysis');
    // "ties" is too short for -ies → -y ("ty"): it loses only its s.
    expect(stem('ties')).toBe('tie');
    expect(stem('lies')).toBe('lie');
  });

  it('strips -ing and -ed after a stem of three letters holding a vowel (y counts)', () => {
    expect(stem('tracked')).toBe('track');
    expect(stem('bended')).toBe('bend');
    expect(stem('printed')).toBe('print');
    expect(stem('trusted')).toBe('trust');
    expect(stem('spying')).toBe('spy');
    expect(stem('snooping')).toBe('snoop');
    expect(stem('shipping')).toBe('ship');
    // The stem left would be too short, or has no vowel: the word stays whole.
    expect(stem('sing')).toBe('sing');
    expect(stem('bring')).toBe('bring');
    expect(stem('string')).toBe('string');
    expect(stem('shred')).toBe('shred');
    expect(stem('bred')).toBe('bred');
  });

  it('undoes a doubled final consonant, but keeps -ll, -ss and -zz and a short stem', () => {
    expect(stem('stopped')).toBe('stop');
    expect(stem('shipped')).toBe('ship');
    expect(stem('selling')).toBe('sell');
    expect(stem('passed')).toBe('pass');
    expect(stem('buzzed')).toBe('buzz');
    expect(stem('added')).toBe('add');
    expect(stem('sipped')).toBe('sip');
  });

  it('drops a final e on words of four letters or more, so "share", "shared" and "sharing" meet', () => {
    expect(stem('share')).toBe(stem('shared'));
    expect(stem('share')).toBe(stem('sharing'));
    expect(stem('rice')).toBe('ric');
    expect(stem('use')).toBe('use');
    expect(stem('ice')).toBe('ice');
  });

  it('leaves numbers, words with an apostrophe and words under three letters alone', () => {
    expect(stem('2019s')).toBe('2019s');
    expect(stem("didn't")).toBe("didn't");
    expect(stem('is')).toBe('is');
    expect(stem('as')).toBe('as');
    expect(stem('yes')).toBe('ye');
  });

  it('stems every word of a phrase, with numbers and scale words', () => {
    expect(phraseWords('Shared $5bn with companies')).toEqual(['shar', '5', 'billion', 'with', 'company']);
  });
});
