// A relation's noun in a claim ("cause infertility", "iPhone owners", "illegal ballots") is a thing
// the claim names, not a second wording of its act: a sentence that names the thing and the topic
// without the claim's act (a study of the thing) is not the claim.
import { describe, expect, it } from 'vitest';
import { finds } from './support';

describe('a relation noun beside the claim’s verb', () => {
  const claim = 'Wind turbines cause infertility in cattle.';

  it('does not stand for the act', () => {
    expect(finds(claim, 'Vets are studying infertility in cattle that graze near wind turbines.')).toBe(false);
    expect(finds(claim, 'Wind turbines cause infertility in cattle, a post claims.')).toBe(true);
  });

  it('keeps its own forms and relatives ("infertile")', () => {
    expect(finds(claim, 'Wind turbines are making cattle infertile, a post claims.')).toBe(true);
  });

  it('stays the act after "to" or a modal ("to harm themselves")', () => {
    expect(finds('A cartoon mask tells children to harm themselves.', 'The mask tells kids to harm themselves.')).toBe(
      true,
    );
  });
});
