// Block kinds at their edges: custom elements named like headings (a custom element's name needs a
// hyphen, so a page may define <h2-card> or <h3-teaser>), which are not headings however they start.
import { describe, expect, it } from 'vitest';
import { blockKindOfTag } from '../../../src/match';

describe('blockKindOfTag', () => {
  it('reads a custom element named like a heading as a paragraph', () => {
    for (const tag of ['H2-CARD', 'h3-teaser', 'h6-x', 'H1-TITLE', 'h2x'])
      expect(blockKindOfTag(tag), tag).toBe('paragraph');
    expect(blockKindOfTag('h2')).toBe('heading');
  });
});
