// Word neighbours from GloVe vectors (assets/lexicon/neighbours.json, scripts/build-neighbours.ts):
// a claim's act worded as no lexicon lists it is still found, and the table never brings the
// opposites, sibling categories and other-sense words that are GloVe's nearest neighbours too.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileClaim, compilerContext } from '../../../src/claim-compiler';
import { loadLexicon } from '../../../src/claim-compiler/lexicon';
import { compileMatcher, matchText } from '../../../src/match';
import { finds } from './support';

function findsWith(near: 'off' | 'anchored', claim: string, sentence: string): boolean {
  const spec = compileClaim({ text: claim }, compilerContext({ near }));
  return matchText(compileMatcher([{ id: 'claim', match: spec }]), sentence).length > 0;
}

describe('word neighbours', () => {
  const lexicon = loadLexicon();
  const words = (key: string) => (lexicon.neighbours.get(key) ?? []).map((n) => n.word);

  it('come from a table small enough for the background to load (under 1.5 MB raw)', () => {
    expect(statSync(resolve(__dirname, '../../../assets/lexicon/neighbours.json')).size).toBeLessThan(1_500_000);
  });

  it('find a claim whose act an article words as a neighbour does', () => {
    const claim = 'Home addresses of all drivers are about to be released to marketing firms.';
    const sentence = 'A chain email says the home addresses of all drivers will be published for marketing firms.';
    expect(findsWith('anchored', claim, sentence)).toBe(true);
    // The table is what finds it: without neighbours the same claim misses the sentence.
    expect(findsWith('off', claim, sentence)).toBe(false);
  });

  it('never hold an opposite or a sibling that GloVe puts next to the word', () => {
    expect(words('v:rise')).not.toContain('decline');
    expect(words('v:rise')).not.toContain('fall');
    expect(words('v:endorse')).not.toContain('reject');
    expect(words('v:die')).not.toContain('survive');
    expect(words('v:raise')).not.toContain('reduce');
    expect(words('n:cancer')).not.toContain('diabetes');
  });

  it('never hold a number, a month, a weekday, a colour or a proper name', () => {
    const banned = new Set(['three', 'hundred', 'june', 'april', 'monday', 'friday', 'red', 'blue', 'iran', 'iraq']);
    for (const [key, list] of lexicon.neighbours) {
      expect(banned.has(key.slice(2)), key).toBe(false);
      for (const { word } of list) expect(banned.has(word), `${key} → ${word}`).toBe(false);
    }
  });

  it('bring no common word, which the topic tier would count all over an unrelated page', () => {
    expect(words('v:admit')).toContain('accept');
    const { concepts } = compileClaim({ text: 'Minister Dara Quill admitted rigging the tender for a rival bidder.' });
    const near = Object.entries(concepts).filter(([name]) => name.endsWith('-near'));
    expect(near.flatMap(([, terms]) => terms)).not.toContain('accept');
  });

  it('keep "__proto__" and "constructor" ordinary words', () => {
    expect(lexicon.neighbours.get('v:__proto__')).toBeUndefined();
    expect(() => compileClaim({ text: 'The constructor released the __proto__ plans to marketers.' })).not.toThrow();
  });

  it('bring no word a page mostly uses otherwise ("freed" would be the term "free")', () => {
    expect(words('v:release')).toContain('publish');
    expect(words('v:release')).not.toContain('free');
    // "deal" is mostly a noun: "data-sharing deals" are no selling.
    expect(words('v:sell')).not.toContain('deal');
    const claim = 'Home addresses of all drivers are about to be released to marketing firms.';
    expect(finds(claim, 'Drivers can keep their home addresses off marketing lists for free.')).toBe(false);
  });

  it('read an irregular form in its own sense ("born" brings no "hold", "carry")', () => {
    const claim = 'Governor Ellen Marsh was born in Portugal.';
    const terms = Object.values(compileClaim({ text: claim }).concepts).flat();
    expect(terms).not.toContain('hold');
    expect(terms).not.toContain('carry');
    expect(finds(claim, 'Governor Ellen Marsh held talks in Portugal.')).toBe(false);
    expect(finds(claim, 'Governor Ellen Marsh carried a flag in Portugal.')).toBe(false);
  });
});

describe('a participle after "be"', () => {
  it('is the claim act even when the word is mostly a noun ("to be released")', () => {
    const spec = compileClaim({ text: 'Home addresses of all drivers are about to be released to marketing firms.' });
    expect(Object.keys(spec.concepts)).toContain('predicate-release');
  });
});
