// @vitest-environment jsdom
// Matches found in a headline or heading are marked as such (PageMatch.inHeading), so the page paints them
// quietly (one thin grey line, src/highlight/palette.ts); matches in body text are not.
import { afterEach, expect, it } from 'vitest';
import { createAnnotator } from '../../../src/page/annotator';
import { createScanProgress } from '../../../src/page/scan-progress';
import { wordAnswer, testCard } from '../../support/page-background';

const card = testCard;

afterEach(() => {
  document.body.textContent = '';
});

it('marks matches in the headline and in headings, and not in paragraphs, list items or quotes', async () => {
  document.body.innerHTML =
    '<h1>alpha title</h1><h3>alpha heading</h3><p>alpha paragraph</p><ul><li>alpha item</li></ul><blockquote>alpha quote</blockquote>';
  const annotator = createAnnotator({
    root: document.body,
    matchBlocks: async (texts) => wordAnswer({ alpha: 'a' }, texts, card),
    onChange: () => undefined,
    progress: createScanProgress(),
    sliceMs: 60_000,
  });
  await annotator.start();
  annotator.stop();
  expect(annotator.matches().map((match) => [match.container.textContent, match.inHeading])).toEqual([
    ['alpha title', true],
    ['alpha heading', true],
    ['alpha paragraph', false],
    ['alpha item', false],
    ['alpha quote', false],
  ]);
});
