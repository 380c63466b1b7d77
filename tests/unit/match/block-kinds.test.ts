// Block kinds at their edges: custom elements named like headings (a custom element's name needs a
// hyphen, so a page may define <h2-card> or <h3-teaser>), which are not headings however they start, and
// a block matched without a kind, which is body text.
import { describe, expect, it } from 'vitest';
import { blockKindOfTag, createDocumentContext, matchBlock } from '../../../src/match';
import { bundledMatcher } from './dev-set-eval';

describe('blockKindOfTag', () => {
  it('reads a custom element named like a heading as a paragraph', () => {
    for (const tag of ['H2-CARD', 'h3-teaser', 'h6-x', 'H1-TITLE', 'h2x'])
      expect(blockKindOfTag(tag), tag).toBe('paragraph');
    expect(blockKindOfTag('h2')).toBe('heading');
  });
});

describe('matchBlock without a kind', () => {
  it('reads the block as body text: "NYT: …" asserts there, and reports only in a heading', () => {
    const matcher = bundledMatcher();
    const text = 'NYT: Facebook let partners read your private messages';
    const stanceIn = (kind?: 'heading' | 'paragraph') =>
      matchBlock(matcher, createDocumentContext(), text, kind).map((match) => `${match.claimId} ${match.stance}`);
    expect(stanceIn()).toEqual(['facebook-partners-read-messages-2018 asserts']);
    expect(stanceIn('paragraph')).toEqual(stanceIn());
    expect(stanceIn('heading')).toEqual(['facebook-partners-read-messages-2018 reports']);
  });
});
