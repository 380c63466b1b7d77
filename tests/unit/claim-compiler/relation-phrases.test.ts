// A claim may word its act as a noun phrase ("X is a side effect of Y"): the relation lexicon's
// phrases are the claim's act, so a page that says "Y causes X" or "Y does not cause X" states it.
import { describe, expect, it } from 'vitest';
import { finds } from './support';

describe('"a side effect of"', () => {
  const claim = 'Hair loss in teenagers is a side effect of the Lumora vaccine, which contains aluminium.';

  it('is a wording of cause', () => {
    expect(finds(claim, 'The Lumora vaccine does not cause hair loss in teenagers, doctors say.')).toBe(true);
    expect(finds(claim, 'Posts blame the Lumora jab for hair loss in teenagers.')).toBe(true);
  });

  it('makes the relative clause background ("which contains…")', () => {
    expect(finds(claim, 'The Lumora vaccine does contain a little aluminium, as many vaccines do.')).toBe(false);
  });
});
