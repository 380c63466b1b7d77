// A record claim says a superlative ("the largest crowd ever", "the greatest economy in history"):
// that is its act, whatever verb carries it, and a page words it with any superlative.
import { describe, expect, it } from 'vitest';
import { finds } from './support';

describe('a record claim', () => {
  const claim = 'Mayor Ruth Okafor’s parade drew "the largest crowd in the history of Dunmore."';

  it('is stated with another superlative', () => {
    expect(finds(claim, 'Okafor’s parade was not the biggest crowd Dunmore has seen.')).toBe(true);
    expect(finds(claim, 'Ruth Okafor insists her parade had the best turnout in Dunmore’s history.')).toBe(true);
  });

  it('is not stated by the plain degree', () => {
    expect(finds(claim, 'Okafor’s parade drew a large crowd to Dunmore.')).toBe(false);
  });
});
