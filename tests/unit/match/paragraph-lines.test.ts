// Plain text read a line at a time or whole, at the edge: a line of exactly PARAGRAPH_LINE
// characters makes the text a paragraph-per-line one (one shorter does not), wherever that line is;
// blank lines and bare web addresses are no paragraph, a line that holds an address among words is.
import { describe, expect, it } from 'vitest';
import { PARAGRAPH_LINE, paragraphsOf } from '../../../src/match/paragraphs';

const lineOf = (length: number) => 'Netflix read messages. '.repeat(20).slice(0, length);
const textsOf = (text: string) => paragraphsOf(text).map(({ start, end }) => text.slice(start, end));

describe('paragraphs at the line-length edge', () => {
  it(`reads lines apart from a line of exactly ${PARAGRAPH_LINE} characters, and whole below it`, () => {
    const atLimit = `Headline\n${lineOf(PARAGRAPH_LINE)}`;
    expect(textsOf(atLimit)).toEqual(['Headline', lineOf(PARAGRAPH_LINE)]);
    const below = `Headline\n${lineOf(PARAGRAPH_LINE - 1)}`;
    expect(paragraphsOf(below)).toEqual([{ start: 0, end: below.length }]);
  });

  it('counts the first, a middle and the last line alike', () => {
    const long = lineOf(PARAGRAPH_LINE);
    expect(textsOf(`${long}\nByline`)).toEqual([long, 'Byline']);
    expect(textsOf(`Headline\n${long}\nByline`)).toEqual(['Headline', long, 'Byline']);
  });

  it('skips blank lines and bare addresses (http, https, www, any case, with spaces), keeps an address among words', () => {
    const long = lineOf(PARAGRAPH_LINE);
    const text = [
      'Headline',
      '   ',
      '',
      '  http://example.com/a  ',
      'HTTPS://EXAMPLE.COM/b',
      'www.example.com/c',
      'Read https://example.com/d now',
      'ftp://example.com/e',
      long,
    ].join('\n');
    expect(textsOf(text)).toEqual(['Headline', 'Read https://example.com/d now', 'ftp://example.com/e', long]);
  });

  it('gives the offsets of each line in the text', () => {
    const long = lineOf(PARAGRAPH_LINE);
    const text = `A\n\n${long}`;
    expect(paragraphsOf(text)).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 3 + long.length },
    ]);
  });
});
