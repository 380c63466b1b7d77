// The seed articles, read as their page shows them (the headline, then each paragraph, in one
// document context), state the claims counted in tests/fixtures/seed-expectations.json. The counts
// were written by reading the articles sentence by sentence (see the dev set for the sentences);
// the extension's e2e test reads the same file, on the same articles served as pages.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocumentContext, expectBlocks, matchBlock, matchText } from '../../../src/match';
import { seedBlocks } from '../../../scripts/seed-pages';
import expectations from '../../fixtures/seed-expectations.json';
import { bundledMatcher } from './dev-set-eval';

const seedDir = resolve(__dirname, '../../../../shared/seeds');
const matcher = bundledMatcher();

describe('the seed articles', () => {
  for (const [file, expected] of Object.entries(expectations)) {
    it(`${file}: finds each claim the article states, as often as it states it`, () => {
      const { title, paragraphs } = seedBlocks(readFileSync(resolve(seedDir, file), 'utf8'));
      const context = createDocumentContext();
      // As the page sends them: the blocks ahead are known (one batch).
      expectBlocks(matcher, context, [title, ...paragraphs]);
      const matches = [
        matchBlock(matcher, context, title, 'title'),
        ...paragraphs.map((paragraph) => matchBlock(matcher, context, paragraph, 'paragraph')),
      ].flat();
      const counts: Record<string, number> = {};
      for (const match of matches) counts[match.claimId] = (counts[match.claimId] ?? 0) + 1;
      expect(counts).toEqual(expected);
    });
  }

  it('highlights whole sentences at their offsets in the file', () => {
    const text = readFileSync(resolve(seedDir, '003_17c15c931e64251e.txt'), 'utf8');
    for (const match of matchText(matcher, text)) {
      expect(text.slice(match.start, match.end)).toBe(match.text);
      expect(match.text).toBe(match.text.trim());
    }
  });
});
