// A claim about someone's relative names the relation either way round: "the daughter of Victor
// Marsh" is "Marsh's daughter" (the matcher does not count a possessive name before a relative
// unless the claim's own term holds both).
import { describe, expect, it } from 'vitest';
import { finds } from './support';

describe('"the daughter of X"', () => {
  const claim = 'Senator Anna Holt is the secret daughter of Victor Marsh.';

  it('is found as "X’s daughter"', () => {
    expect(finds(claim, 'Holt is not Marsh’s daughter.')).toBe(true);
    expect(finds(claim, 'People keep saying Anna Holt is secretly Victor Marsh’s daughter.')).toBe(true);
  });
});
