// The text utilities' remaining edges, found by the mutation run of src/match's text files: the
// characters that close or end a sentence and the case of the word after it, the digits 0 and 9,
// numbers with a scale written on them, stems that must stay apart ("butt" is not "but", "used" is
// not "us"), bare web addresses at either end of a line, upper-case reference words, and the popup's
// topics whatever order a page names things in.
import { describe, expect, it } from 'vitest';
import { compileMatcher, matchText, splitSentences, type MatchableClaim } from '../../../src/match';
import { normalizeToken, stem } from '../../../src/match/normalize';
import { paragraphsOf, PARAGRAPH_LINE } from '../../../src/match/paragraphs';
import { describesPartyAt, refersBack, refersBackToOneAt } from '../../../src/match/reference';
import { TopicTally, topicsOf } from '../../../src/match/topics';
import { forEachToken } from '../../../src/match/tokens';

const sentencesOf = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('sentence marks', () => {
  it('keeps every closing quote and bracket with the sentence it closes', () => {
    for (const closer of ['"', "'", '\u201d', '\u2019', '\u00bb', ')', ']', '}'])
      expect(sentencesOf(`It was over.${closer} Next one.`)).toEqual([`It was over.${closer}`, 'Next one.']);
  });

  it('ends a sentence at "!", "?" and "…" on their own', () => {
    expect(sentencesOf('Stop! Next one.')).toEqual(['Stop!', 'Next one.']);
    expect(sentencesOf('Why? Next one.')).toEqual(['Why?', 'Next one.']);
    expect(sentencesOf('Well… Next one.')).toEqual(['Well…', 'Next one.']);
  });

  it('ends a sentence before a newline as before a space', () => {
    expect(sentencesOf('One here.\nTwo here.')).toEqual(['One here.', 'Two here.']);
  });

  it('reads a lower-case ASCII letter after a full stop, a to z, as the same sentence going on', () => {
    expect(sentencesOf('It ended. a few more followed. Next one.')).toEqual([
      'It ended. a few more followed.',
      'Next one.',
    ]);
    expect(sentencesOf('It ended. zebras followed. Next one.')).toEqual(['It ended. zebras followed.', 'Next one.']);
    expect(sentencesOf('It ended. then more followed. Next one.')).toEqual([
      'It ended. then more followed.',
      'Next one.',
    ]);
  });

  it('reads a title-case letter (neither upper nor lower case) as a new sentence', () => {
    expect(sentencesOf('It ended. \u01c5emal came.')).toEqual(['It ended.', '\u01c5emal came.']);
  });

  it('keeps the initials A. and Z. in the sentence', () => {
    expect(sentencesOf('Written by Ken A. Silva today.')).toEqual(['Written by Ken A. Silva today.']);
    expect(sentencesOf('Written by Ken Z. Silva today.')).toEqual(['Written by Ken Z. Silva today.']);
  });
});

describe('digits and scales', () => {
  const tokens = (text: string) => {
    const found: string[] = [];
    forEachToken(text, 0, text.length, (start, end) => found.push(text.slice(start, end)));
    return found;
  };

  it('reads 0 and 9 as digits: amounts with them stay whole and drop their commas', () => {
    expect(tokens('9,000 and 1,990 and 0.5')).toEqual(['9,000', 'and', '1,990', 'and', '0.5']);
    expect(normalizeToken('9,000')).toEqual(['9000']);
    expect(normalizeToken('0,5bn')).toEqual(['05', 'billion']);
  });

  it('reads a scale only on a whole number: not inside another token, with every decimal', () => {
    expect(normalizeToken('5x5bn')).toEqual(['5x5bn']);
    expect(normalizeToken('5.55bn')).toEqual(['5.55', 'billion']);
  });
});

describe('stems that stay apart', () => {
  it('undoes a doubled consonant only after -ing or -ed', () => {
    expect(stem('butt')).toBe('butt');
    expect(stem('staff')).toBe('staff');
    expect(stem('butt')).not.toBe(stem('but'));
  });

  it('keeps a word whose stem would be under three letters', () => {
    expect(stem('used')).toBe('used');
    expect(stem('owing')).toBe('owing');
    expect(stem('used')).not.toBe(stem('us'));
  });
});

describe('bare web addresses', () => {
  const long = 'Netflix read messages. '.repeat(20).slice(0, PARAGRAPH_LINE);
  const textsOf = (text: string) => paragraphsOf(text).map(({ start, end }) => text.slice(start, end));

  it('keeps a line that ends with an address, or starts with one and goes on', () => {
    const text = ['Read more at https://example.com/a', 'https://example.com/b is where it began', long].join('\n');
    expect(textsOf(text)).toEqual([
      'Read more at https://example.com/a',
      'https://example.com/b is where it began',
      long,
    ]);
  });
});

describe('reference words in capitals', () => {
  it('reads "THE COMPANY" and "IT" as referring to one party', () => {
    expect(refersBack('Later THE COMPANY said so.', 1)).toBe(true);
    expect(refersBack('Later IT said so.', 1)).toBe(true);
    expect(describesPartyAt('Later THE COMPANY said so.')).toBe(6);
    expect(refersBackToOneAt('Netflix said IT agreed.')).toBe(13);
  });
});

describe('topics whatever order the page names things in', () => {
  const claim = (id: string, concepts: Record<string, string[]>, all: string[][], alternatives?: string[][][]) =>
    ({ id, match: { concepts, all, alternatives, none: [], overrides: [] } }) satisfies MatchableClaim;
  const topicsOfPage = (claims: MatchableClaim[], blocks: string[], limit?: number) => {
    const matcher = compileMatcher(claims);
    const tally = new TopicTally();
    for (const block of blocks) {
      matchText(matcher, block);
      tally.noteBlock();
    }
    return topicsOf(matcher, tally, new Set(), limit);
  };

  it('keeps the best pattern of a claim whichever pattern the page names first', () => {
    const alternatives = claim(
      'alternatives',
      { meta: ['meta'], netflix: ['netflix'], messages: ['messages'], sold: ['sold'], data: ['data'] },
      [['meta'], ['netflix'], ['messages'], ['sold']],
      [[['meta'], ['data']]],
    );
    const blocks = ['Meta grew.', 'Netflix grew.', 'Messages piled up.', 'Data leaked.'];
    for (const order of [blocks, [...blocks].reverse()])
      expect(topicsOfPage([alternatives], order)).toEqual([{ claimId: 'alternatives', groupsNamed: 2, groups: 2 }]);
  });

  it('ranks a claim the page names whole, with more groups, first, whatever the order', () => {
    const three = claim('three', { a: ['alpha'], c: ['gamma'], d: ['delta'] }, [['a'], ['c'], ['d']]);
    const two = claim('two', { e: ['epsilon'], f: ['zeta'] }, [['e'], ['f']]);
    const blocks = ['Alpha here.', 'Gamma here.', 'Delta here.', 'Epsilon here.', 'Zeta here.'];
    for (const order of [blocks, [...blocks].reverse()]) {
      expect(topicsOfPage([three, two], order).map((t) => t.claimId)).toEqual(['three', 'two']);
      expect(topicsOfPage([two, three], order, 1).map((t) => t.claimId)).toEqual(['three']);
    }
  });
});
