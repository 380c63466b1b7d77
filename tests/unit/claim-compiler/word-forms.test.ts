// Word forms: a compiled claim finds its words however a page inflects them, irregular forms
// included (WordNet's exception lists), not only what the matcher's suffix stemmer joins.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/claim-compiler/lexicon';
import { lemmaOf } from '../../../src/claim-compiler/words';
import { finds } from './support';

describe('word forms', () => {
  const lexicon = loadLexicon();

  it('reads irregular forms back to their lemma (sold, children, born, stole, paid)', () => {
    expect(lemmaOf('sold', lexicon)).toBe('sell');
    expect(lemmaOf('children', lexicon)).toBe('child');
    expect(lemmaOf('born', lexicon)).toBe('bear');
    expect(lemmaOf('stolen', lexicon)).toBe('steal');
    expect(lemmaOf('paid', lexicon)).toBe('pay');
    // A regular form goes to its verb before any noun of the same spelling.
    expect(lemmaOf('eating', lexicon)).toBe('eat');
    // No comparative is read into a noun ("user" is not more "us").
    expect(lemmaOf('user', lexicon)).toBe('user');
  });

  it('finds a claim stated in the past tense when a page uses the present, and back', () => {
    const claim = 'The senator sold classified documents to Russia.';
    expect(finds(claim, 'Reports say the senator sells classified documents to Russia.')).toBe(true);
    expect(
      finds('The senator sells classified documents to Russia.', 'The senator sold classified documents to Russia.'),
    ).toBe(true);
  });

  it('joins child and children, steal and stolen, spread and spreading', () => {
    expect(finds('Vaccines harm a child in Ohio.', 'Vaccines are harming children across Ohio.')).toBe(true);
    expect(finds('Democrats steal ballots in Georgia.', 'Ballots were stolen by Democrats in Georgia.')).toBe(true);
    expect(finds('Windmills spread disease in Holland.', 'Windmills are spreading a disease in Holland.')).toBe(true);
  });
});

describe('two participles joined by "or"', () => {
  it('are one act: either states the claim ("monitored or hacked")', () => {
    const claim = 'Pressing the reset key twice reveals whether your router is monitored or hacked.';
    expect(finds(claim, 'Pressing the reset key cannot reveal whether a router has been hacked.')).toBe(true);
  });
});
