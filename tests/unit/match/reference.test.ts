// Words that refer back to parties named before ("they", "it", "the company"): a sentence holding one
// may take its party from earlier text (rules/carry.ts, rules/document.ts); a sentence without one
// must not. Each word of the lists, and the word boundaries that keep "itself" or "theory" out.
import { describe, expect, it } from 'vitest';
import { describesPartyAt, refersBack, refersBackToOneAt } from '../../../src/match/reference';

const PLURAL = [
  'they',
  'them',
  'their',
  'theirs',
  'both',
  'the two',
  'these two',
  'both companies',
  'those firms',
  'the pair',
  'the partners',
];
const DESCRIPTIONS = [
  'company',
  'firm',
  'platform',
  'service',
  'network',
  'streamer',
  'giant',
  'board',
  'deal',
  'agreement',
  'arrangement',
  'spend',
];
const SINGULAR_PRONOUNS = ['it', 'its', 'we', 'us', 'our'];

describe('refersBack', () => {
  it.each(PLURAL)('reads "%s" as referring to two or more parties, and to one', (words) => {
    expect(refersBack(`Later ${words} said so.`, 2)).toBe(true);
    expect(refersBack(`Later ${words.toUpperCase()} said so.`, 2)).toBe(true);
    expect(refersBack(`Later ${words} said so.`, 1)).toBe(true);
  });

  it.each([...SINGULAR_PRONOUNS, ...DESCRIPTIONS.map((word) => `the ${word}`)])(
    'reads "%s" as referring to one party only',
    (words) => {
      expect(refersBack(`Later ${words} said so.`, 1)).toBe(true);
      expect(refersBack(`Later ${words} said so.`, 2)).toBe(false);
    },
  );

  it('needs the whole word: not inside another word, not after an apostrophe', () => {
    for (const sentence of ['Theory holds.', 'Itself aside.', 'Bothered, Netflix left.', 'The companys', 'Mr O’they']) {
      expect(refersBack(sentence, 1)).toBe(false);
      expect(refersBack(sentence, 2)).toBe(false);
    }
    expect(refersBack('Netflix’s it-girl left.', 1)).toBe(true);
    expect(refersBack('Netflix left.', 1)).toBe(false);
  });
});

describe('refersBackToOneAt and describesPartyAt', () => {
  it('finds where a sentence first refers to exactly one party, or -1', () => {
    expect(refersBackToOneAt('Netflix said it agreed.')).toBe(13);
    expect(refersBackToOneAt('They said the company agreed.')).toBe(10);
    expect(refersBackToOneAt('They agreed.')).toBe(-1);
  });

  it.each(DESCRIPTIONS)('finds "the %s" as a definite description of a party', (word) => {
    expect(describesPartyAt(`Later the ${word} said so.`)).toBe(6);
    expect(refersBackToOneAt(`Later the ${word} said so.`)).toBe(6);
  });

  it('does not read a pronoun as a description, nor a description inside a longer word', () => {
    expect(describesPartyAt('Later it said so.')).toBe(-1);
    expect(describesPartyAt('Later the companyx said so.')).toBe(-1);
    expect(describesPartyAt('Later xthe company said so.')).toBe(-1);
  });
});
