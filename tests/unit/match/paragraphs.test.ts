import { describe, expect, it } from 'vitest';
import { PARAGRAPH_LINE, paragraphsOf } from '../../../src/match/paragraphs';

const long =
  'Newly unsealed court records allege that Facebook allowed Netflix to access users’ direct messages for years. '.repeat(
    2,
  );

describe('paragraphs of plain text', () => {
  it('reads a text written a paragraph per line line by line, so a headline does not run into the first sentence', () => {
    const text = `Court Docs: Facebook Allowed Netflix to Access User DMs\n${long}\n\nByline here`;
    expect(long.length).toBeGreaterThanOrEqual(PARAGRAPH_LINE);
    expect(paragraphsOf(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      'Court Docs: Facebook Allowed Netflix to Access User DMs',
      long,
      'Byline here',
    ]);
  });

  it('reads hard-wrapped text whole: there a newline is a space inside a sentence', () => {
    const text = 'Meta didn’t share people’s private messages with\nNetflix, said Andy Stone.\n';
    expect(paragraphsOf(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it('skips a line that is only a web address', () => {
    const text = `https://example.com/facebook-sold-your-private-messages-to-netflix/\n${long}`;
    expect(paragraphsOf(text).map(({ start, end }) => text.slice(start, end))).toEqual([long]);
  });
});
