// Numbers and quantities: one value however it is written, in the claim and in the page.
import { describe, expect, it } from 'vitest';
import { findNumbers, numberForms, numberInWords } from '../../../src/claim-compiler/numbers';
import { tokenize } from '../../../src/claim-compiler/tokens';
import { finds } from './support';

const valuesIn = (text: string) => findNumbers(tokenize(text)).map((n) => n.value);

describe('numbers in a claim', () => {
  it('reads digits, words, scale words, abbreviations and currency as one value', () => {
    expect(valuesIn('The debt is thirty trillion dollars')).toEqual([30e12]);
    expect(valuesIn('The debt is $30tn')).toEqual([30e12]);
    expect(valuesIn('The debt is 30,000,000,000,000 dollars')).toEqual([30e12]);
    expect(valuesIn('a 5bn fine')).toEqual([5e9]);
    expect(valuesIn('two hundred and fifty million people')).toEqual([250e6]);
    expect(valuesIn('eighty-seven million users')).toEqual([87e6]);
    expect(valuesIn('2.7 million votes')).toEqual([2.7e6]);
  });

  it('keeps the digits of a name to the name and leaves "one" alone', () => {
    expect(valuesIn('COVID-19 vaccines')).toEqual([]);
    expect(valuesIn('5G masts')).toEqual([]);
    expect(valuesIn('one of the companies')).toEqual([]);
  });

  it('marks percentages and years', () => {
    const [percent] = findNumbers(tokenize('Masks cut 50% of infections'));
    expect(percent!.percent).toBe(true);
    expect(numberForms(percent!)).toEqual(
      expect.arrayContaining(['50 percent', 'fifty percent', 'half', 'one in two']),
    );
    // "50 patients" is another quantity: a page writes a percent with its sign or word.
    expect(numberForms(percent!)).not.toContain('50');
    const [year] = findNumbers(tokenize('It happened in 2020'));
    expect(year!.year).toBe(true);
    expect(numberForms(year!)).toEqual(['2020']);
  });

  it('writes the forms a page may use', () => {
    const [debt] = findNumbers(tokenize('$30tn'));
    expect(numberForms(debt!)).toEqual(expect.arrayContaining(['30 trillion', 'thirty trillion', '30000000000000']));
    expect(numberInWords(87)).toBe('eighty-seven');
    expect(numberInWords(250)).toBe('two hundred fifty');
  });
});

describe('numbers in a page', () => {
  const claim = 'The national debt hit $30tn last year.';
  it('finds the claim whether the page writes the amount in words, digits or short form', () => {
    expect(finds(claim, 'The national debt has hit thirty trillion dollars.')).toBe(true);
    expect(finds(claim, 'The national debt hit 30,000,000,000,000 dollars, the treasury said.')).toBe(true);
    expect(finds(claim, 'Our national debt hit $30 trillion.')).toBe(true);
    expect(finds(claim, 'The national debt hit $30tn.')).toBe(true);
  });

  it('does not find it for another amount', () => {
    expect(finds(claim, 'The national debt hit $20 trillion.')).toBe(false);
  });
});
