// The sentence splitter's word lists, one word at a time: a listed title or abbreviation never ends a
// sentence ("Gen. Milley said …"), a company suffix ends one only before a word that starts sentences
// ("… Acme Inc. The company …"), and an ordinary word before a full stop always ends one. A reader
// notices each: a claim split in two at "Sen." is never highlighted, two sentences run together at
// "Inc." are read as one.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/match';

const sentencesOf = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

// src/match/sentences.ts NEVER_FINAL.
const NEVER_FINAL = [
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
];
// SOMETIMES_FINAL, undotted (a dotted one such as "U.S." is read as initials whether listed or not).
const SOMETIMES_FINAL = ['inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'etc', 'bros', 'dept', 'est'];
const SENTENCE_STARTERS = [
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
];

describe('abbreviations that never end a sentence', () => {
  it.each(NEVER_FINAL)('keeps "%s." and the capitalised name after it in one sentence', (word) => {
    for (const written of [word, capitalised(word), word.toUpperCase()]) {
      const text = `Talks with ${written}. Smith ended. Nothing else.`;
      expect(sentencesOf(text)).toEqual([`Talks with ${written}. Smith ended.`, 'Nothing else.']);
    }
  });

  it('ends a sentence at an unlisted word of the same length, first and last letter', () => {
    // "mor" has the shape of "mr"'s neighbours but is no abbreviation; "sen" is one, "sun" is not.
    expect(sentencesOf('They met at noon. Smith left.')).toEqual(['They met at noon.', 'Smith left.']);
    expect(sentencesOf('They walked in the sun. Smith left.')).toEqual(['They walked in the sun.', 'Smith left.']);
    expect(sentencesOf('They sat in the dark. Smith left.')).toEqual(['They sat in the dark.', 'Smith left.']);
    expect(sentencesOf('It was a loan. Smith left.')).toEqual(['It was a loan.', 'Smith left.']);
  });

  it('reads an abbreviation after a word of other letters as that word, not as the abbreviation', () => {
    // "Mr" inside "Hamr" or "dr" inside "Sandr" is not a title.
    expect(sentencesOf('He met Hamr. Smith left.')).toEqual(['He met Hamr.', 'Smith left.']);
    expect(sentencesOf('He saw Sandr. Smith left.')).toEqual(['He saw Sandr.', 'Smith left.']);
  });

  it('keeps a single capital initial, but not a lower-case letter or a digit, in the sentence', () => {
    expect(sentencesOf('Written by Ken S. Silva today.')).toEqual(['Written by Ken S. Silva today.']);
    expect(sentencesOf('The score was 5. Smith left.')).toEqual(['The score was 5.', 'Smith left.']);
    expect(sentencesOf('It was plan x. Smith left.')).toEqual(['It was plan x.', 'Smith left.']);
    expect(sentencesOf('Written by Ken Ö. Silva today.')).toEqual(['Written by Ken Ö. Silva today.']);
    expect(sentencesOf('It was plan é. Smith left.')).toEqual(['It was plan é.', 'Smith left.']);
  });

  it('does not read back further than a word can be', () => {
    const long = 'a'.repeat(30);
    expect(sentencesOf(`He wrote ${long}. Smith left.`)).toEqual([`He wrote ${long}.`, 'Smith left.']);
  });
});

describe('abbreviations that sometimes end a sentence', () => {
  it.each(SOMETIMES_FINAL)('keeps "%s." in the sentence before a name', (word) => {
    const text = `They sued Acme ${capitalised(word)}. Smith answered. Nothing else.`;
    expect(sentencesOf(text)).toEqual([`They sued Acme ${capitalised(word)}. Smith answered.`, 'Nothing else.']);
  });

  it.each(SOMETIMES_FINAL)('ends the sentence at "%s." before a word that starts one', (word) => {
    const text = `They sued Acme ${capitalised(word)}. The firm answered.`;
    expect(sentencesOf(text)).toEqual([`They sued Acme ${capitalised(word)}.`, 'The firm answered.']);
  });

  it.each(SENTENCE_STARTERS)('reads "%s" after "Inc." as the start of a new sentence', (starter) => {
    const text = `They sued Acme Inc. ${capitalised(starter)} went on.`;
    expect(sentencesOf(text)).toEqual(['They sued Acme Inc.', `${capitalised(starter)} went on.`]);
  });

  it('reads dotted initials ("U.S.", "U.K.") the same way, listed or not', () => {
    expect(sentencesOf('He moved to the U.S. Smith followed.')).toEqual(['He moved to the U.S. Smith followed.']);
    expect(sentencesOf('He moved to the U.S. They followed.')).toEqual(['He moved to the U.S.', 'They followed.']);
    expect(sentencesOf('He moved to the N.Z. Smith followed.')).toEqual(['He moved to the N.Z. Smith followed.']);
    expect(sentencesOf('He moved to the N.Z. They followed.')).toEqual(['He moved to the N.Z.', 'They followed.']);
  });
});

describe('sentence bounds', () => {
  it('trims spaces of every kind around a sentence', () => {
    const spaces = ' \t\r\f\u00a0\u2028\u2029\u2000\u2005\u200a\u3000';
    const text = `${spaces}One here.${spaces}Two here.${spaces}`;
    expect(sentencesOf(text)).toEqual(['One here.', 'Two here.']);
  });

  it('ends a sentence after a run of terminators and closing quotes or brackets', () => {
    expect(sentencesOf('Really?! Yes… (It was.) [So.] {Done.} «Non.» It’s over.’ Next one.')).toEqual([
      'Really?!',
      'Yes…',
      '(It was.)',
      '[So.]',
      '{Done.}',
      '«Non.»',
      'It’s over.’',
      'Next one.',
    ]);
  });

  it('treats a line holding only spaces, tabs or a carriage return as blank', () => {
    expect(sentencesOf('A headline\n \t\r\nThe text')).toEqual(['A headline', 'The text']);
    expect(sentencesOf('A headline\n \t x\nThe text')).toEqual(['A headline\n \t x\nThe text']);
  });

  it('holds more sentences than its first buffer, in order', () => {
    const text = Array.from({ length: 200 }, (_, k) => `Sentence ${k} here.`).join(' ');
    const sentences = sentencesOf(text);
    expect(sentences).toHaveLength(200);
    expect(sentences[0]).toBe('Sentence 0 here.');
    expect(sentences[199]).toBe('Sentence 199 here.');
  });

  it('keeps a lower-case continuation with accented and non-Latin letters in the sentence', () => {
    expect(sentencesOf('He said yes. élan followed. Ölçek came.')).toEqual([
      'He said yes. élan followed.',
      'Ölçek came.',
    ]);
  });
});

describe('"No." as the word and as the sign for "number"', () => {
  it('ends a sentence at "no." when no number follows ("Meta says no.")', () => {
    expect(sentencesOf('Meta says no. Its spokesman called the claim false.')).toEqual([
      'Meta says no.',
      'Its spokesman called the claim false.',
    ]);
    expect(sentencesOf('Did they sell them? No. They did not.')).toEqual([
      'Did they sell them?',
      'No.',
      'They did not.',
    ]);
  });

  it('keeps "No. 10" and "nos. 3" inside the sentence', () => {
    expect(sentencesOf('He spoke at No. 10 Downing Street. Then he left.')).toEqual([
      'He spoke at No. 10 Downing Street.',
      'Then he left.',
    ]);
    expect(sentencesOf('See nos. 3 and 4 of the filing. Both are sealed.')).toEqual([
      'See nos. 3 and 4 of the filing.',
      'Both are sealed.',
    ]);
  });
});
