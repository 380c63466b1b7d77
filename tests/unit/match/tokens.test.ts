// The compiler and the scanner must read the same tokens, or a list term could never meet the
// page word it was written for. Both go through tokens.ts's rule; this checks the two readers agree.
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/match';
import { scannedTokens } from '../../../src/match/engine/read-words';
import { forEachToken } from '../../../src/match/tokens';

const TRICKY = [
  'U.S.-based firms',
  'a $5bn deal, or 5bn, or $5.5bn',
  "Meta’s and META'S and Meta‘s inbox",
  '1,000.5 people; 1,000,000 more; 3.14159',
  'emoji 🎉 between 👍🏽 words',
  'digits 12345678901234567890123456789012345678901234567890123 end',
  "didn't, can’t, rock 'n' roll, 'quoted'",
  'end-to-end e-mail — dash – and…ellipsis',
  'naïve café Zürich Ⅻ ２０２４ ｆｕｌｌ',
  'x.y 5.a a.5 ,5 5, .5 5.',
  'trailing apostrophe’ and ’leading',
];

function compilerTokens(text: string): [number, number][] {
  const tokens: [number, number][] = [];
  forEachToken(text, 0, text.length, (start, end) => tokens.push([start, end]));
  return tokens;
}

describe('one tokenizer rule', () => {
  const matcher = compileMatcher([
    { id: 'c', match: { concepts: { a: ['meta'] }, all: [['a']], none: [], overrides: [] } },
  ]);

  it.each(TRICKY)('compiler and scanner read the same tokens in %j', (text) => {
    expect(scannedTokens(matcher.vocabulary, matcher.marks.surfaces, text)).toEqual(compilerTokens(text));
  });

  it('keeps apostrophes and number separators inside a token, and nothing else', () => {
    const text = "Meta’s 1,000.5 U.S.-based didn't";
    expect(compilerTokens(text).map(([start, end]) => text.slice(start, end))).toEqual([
      'Meta’s',
      '1,000.5',
      'U',
      'S',
      'based',
      "didn't",
    ]);
  });
});
