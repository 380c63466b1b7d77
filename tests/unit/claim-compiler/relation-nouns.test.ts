// A relation's noun in a claim ("cause infertility", "iPhone owners", "illegal ballots") is a thing
// the claim names, not a second wording of its act: a sentence with the claim's verb and topic but
// without that thing is not the claim.
import { describe, expect, it } from 'vitest';
import { finds } from './support';

describe('a relation noun beside the claim’s verb', () => {
  const claim = 'Solar farms cause infertility in cattle.';

  it('is a part a sentence must name', () => {
    expect(finds(claim, 'Farmers say solar farms cause problems for cattle in hot weather.')).toBe(false);
    expect(finds(claim, 'Solar farms cause infertility in cattle, a post claims.')).toBe(true);
  });

  it('keeps its own forms and relatives ("infertile")', () => {
    expect(finds(claim, 'Solar farms are making cattle infertile, a post claims.')).toBe(true);
  });

  it('stays the act after "to" or a modal ("to harm themselves")', () => {
    expect(finds('A cartoon mask tells children to harm themselves.', 'The mask tells kids to harm themselves.')).toBe(
      true,
    );
  });
});
