import { describe, expect, it } from 'vitest';
import { normalizeToken, phraseWords } from '../../../src/match/normalize';
import { forEachToken } from '../../../src/match/tokens';

const tokens = (text: string) => {
  const found: string[] = [];
  forEachToken(text, 0, text.length, (start, end) => found.push(text.slice(start, end)));
  return found;
};

describe('text normalisation', () => {
  it('splits on hyphens, dashes and quotes but keeps contractions, possessives and numbers whole', () => {
    expect(tokens('Meta’s end-to-end “Inbox API” didn’t cost $5.5bn—or 1,000 DMs.')).toEqual([
      'Meta’s',
      'end',
      'to',
      'end',
      'Inbox',
      'API',
      'didn’t',
      'cost',
      '5.5bn',
      'or',
      '1,000',
      'DMs',
    ]);
  });

  it('folds case, curly apostrophes, possessives and diacritics', () => {
    expect(normalizeToken('META’S')).toEqual(['meta']);
    expect(normalizeToken('Didn’t')).toEqual(["didn't"]);
    expect(normalizeToken('Café')).toEqual(['cafe']);
  });

  it('reads $5bn as 5 billion and 87m as 87 million', () => {
    expect(normalizeToken('5bn')).toEqual(['5', 'billion']);
    expect(normalizeToken('87m')).toEqual(['87', 'million']);
    expect(normalizeToken('1,000')).toEqual(['1000']);
  });

  it('lets inflections meet: shared/sharing/shares, inbox/inboxes, company/companies, DM/DMs', () => {
    const same = (a: string, b: string) => expect(phraseWords(a)).toEqual(phraseWords(b));
    same('shared', 'sharing');
    same('shares', 'share');
    same('inboxes', 'inbox');
    same('companies', 'company');
    same('DMs', 'dm');
    same('Zuckerberg’s company', "zuckerberg's companies");
    expect(phraseWords('sold')).not.toEqual(phraseWords('sell'));
  });
});
