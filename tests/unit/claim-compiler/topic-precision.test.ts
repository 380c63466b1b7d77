// A compiled claim fires on a sentence that states it, not on one that only shares its topic: a
// compound noun is one part and never the claim's verb, a role before a name is no part, a place
// and a number and a topic word are not a claim, the act needs what it is about, and the lexicon
// keeps only attested senses.
import { describe, expect, it } from 'vitest';
import { loadLexicon, phraseKey } from '../../../src/claim-compiler/lexicon';
import { finds, matcherFor } from './support';

describe('a sentence that only shares the claim’s topic', () => {
  it('reads a compound noun as one thing, never as the claim’s verb ("heart attacks", "baking soda")', () => {
    const claim = 'Mobile masts in Quebec are spreading heart attacks';
    expect(finds(claim, 'A ward for heart attack patients opened in Quebec last spring.')).toBe(false);
    expect(finds(claim, 'Posts insist the mobile masts are spreading heart attacks across Quebec.')).toBe(true);
    const soda = matcherFor('Regulators banned baking soda in Quebec because it cures gout').spec;
    expect(Object.values(soda.concepts).flat()).not.toContain('baking');
  });

  it('takes no part from a role written before a name ("President", "Prime Minister")', () => {
    const claim = 'Prime Minister Clara Vossberg owns a third of the shares of Novagen';
    const { spec } = matcherFor(claim);
    // (The title may stand for the person where a sentence leaves her name out: that group is hers.)
    const parts = Object.entries(spec.concepts).filter(([name]) => name !== 'word-stand-in');
    expect(parts.flatMap(([, terms]) => terms)).not.toContain('minister');
    expect(parts.flatMap(([, terms]) => terms)).not.toContain('president');
    expect(finds(claim, 'Minister Pavel Vossberg met business owners in the capital on Friday.')).toBe(false);
    expect(finds(claim, 'Clara Vossberg secretly owns a third of Novagen, the post says.')).toBe(true);
  });

  it('is not stated by a place, a round number and a topic word', () => {
    const claim = 'Rents in Porto went up 30 percent last year because of Airbnb';
    expect(finds(claim, 'Turnout in Porto was about 30 percent, officials said.')).toBe(false);
    expect(finds(claim, 'The council in Porto set aside 30 percent of its budget for rents.')).toBe(false);
    expect(finds(claim, 'Airbnb made rents in Porto rise 30 percent, a viral post claims.')).toBe(true);
  });

  it('needs what the act is about, not only who does it ("5G towers … spreading measles")', () => {
    const claim = '5G towers in Quebec are spreading measles';
    expect(
      finds(claim, 'The 5G towers went up right before the outbreak, and their radiation is spreading the virus.'),
    ).toBe(false);
    expect(finds(claim, 'People are saying 5G towers are what is spreading measles.')).toBe(true);
  });

  it('reads a percent or a fraction as one part with its number', () => {
    const { spec } = matcherFor('Governor Ana Ruiz owns two thirds of the shares of Novagen');
    const names = Object.keys(spec.concepts);
    expect(names.some((name) => name.startsWith('number-'))).toBe(true);
    expect(names).not.toContain('word-thirds');
    const percent = matcherFor('Prices at Novagen rose 80 percent under Ana Ruiz').spec;
    expect(Object.keys(percent.concepts)).not.toContain('word-percent');
  });
});

describe('the lexicon’s relations', () => {
  it('keeps only senses attested in WordNet’s tagged corpus ("ain" is not own, "monetary value" not price)', () => {
    const lexicon = loadLexicon();
    expect(lexicon.related.get('own')?.words ?? []).not.toContain('ain');
    expect(lexicon.related.get('price')?.words ?? []).not.toContain('monetary value');
    // Frequent, close senses stay.
    expect(lexicon.related.get('car')?.words).toContain('automobile');
    expect(lexicon.related.get('buy')?.words).toContain('purchase');
  });

  it('holds WordNet’s compound nouns', () => {
    const lexicon = loadLexicon();
    expect(lexicon.compounds.has(phraseKey('heart attacks'))).toBe(true);
    expect(lexicon.compounds.has(phraseKey('baking soda'))).toBe(true);
    expect(lexicon.compounds.has(phraseKey('abraham lincoln'))).toBe(false);
  });
});
