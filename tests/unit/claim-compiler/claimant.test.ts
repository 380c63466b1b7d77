// Who a claim is about when its text does not name them: the claimant of a claim in the first
// person (a ClaimReview's itemReviewed.author.name), and sentence-initial capitals that are words.
import { describe, expect, it } from 'vitest';
import { finds, matcherFor } from './support';

describe('a claim in the first person', () => {
  const inflation = { text: 'Inflation was at 12% when I came to office.', claimant: 'Grace Ramos' };

  it('is found where a page names the claimant instead of "I"', () => {
    expect(finds(inflation, 'Ramos inherited 12 percent inflation from her predecessor, her allies say.')).toBe(true);
    expect(finds(inflation, 'Grace Ramos again said that inflation stood at 12% when she took over.')).toBe(true);
  });

  it('is not found for another figure or without the claim’s number', () => {
    expect(finds(inflation, 'Ramos inherited 3 percent inflation from her predecessor.')).toBe(false);
    expect(finds(inflation, 'Ramos spoke about inflation at a rally on Tuesday.')).toBe(false);
  });

  it('takes no claimant when the claim names its subject itself', () => {
    const { spec } = matcherFor({ text: 'The mayor raised taxes by 12% in 2023.', claimant: 'Grace Ramos' });
    expect(Object.keys(spec.concepts).some((name) => name.includes('ramos'))).toBe(false);
  });
});

describe('a capitalised first word', () => {
  it('is an ordinary word when WordNet knows it as one ("Inflation", "Humans"), not a name', () => {
    expect(Object.keys(matcherFor('Inflation was at 12% when I came to office.').spec.concepts)).toContain(
      'word-inflation',
    );
    expect(Object.keys(matcherFor('Humans use only 10 percent of their brains.').spec.concepts)).not.toContain(
      'name-humans',
    );
  });
  it('is still a name when it is one ("Pfizer hid vaccine deaths")', () => {
    expect(Object.keys(matcherFor('Pfizer hid vaccine deaths.').spec.concepts)).toContain('name-pfizer');
  });
});
