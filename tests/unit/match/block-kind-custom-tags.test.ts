// blockKindOfTag on the tags of custom elements: a page may define <h2-card> or <h3-teaser> (a custom
// element's name needs a hyphen), which are not headings however they start.
import { expect, it } from 'vitest';
import { blockKindOfTag } from '../../../src/match';

it('reads a custom element named like a heading as a paragraph', () => {
  for (const tag of ['H2-CARD', 'h3-teaser', 'h6-x', 'H1-TITLE', 'h2x'])
    expect(blockKindOfTag(tag), tag).toBe('paragraph');
  expect(blockKindOfTag('h2')).toBe('heading');
});
