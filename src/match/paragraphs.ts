// Plain text's paragraphs, the way a page's blocks are: scraped articles and Markdown put one
// paragraph (or headline, or byline) per line, so a line that ends without a full stop must not run
// into the next ("Court Docs: Facebook Allowed Netflix to Access User DMs" + the first sentence).
// Text hard-wrapped at a fixed width has no long line, and is read whole: there a newline is a space.
import type { SentenceSpan } from './sentences';

/** A line that is only a web address states nothing ("…/facebook-sold-your-messages-to-netflix/"). */
const BARE_URL = /^\s*(?:https?:\/\/|www\.)\S*\s*$/i;

/** A text with a line this long is written a paragraph per line, not hard-wrapped. */
export const PARAGRAPH_LINE = 160;

/**
 * The spans of `text` to scan as blocks: its lines (but bare web addresses) when it is written a
 * paragraph per line, else all of it.
 */
export function paragraphsOf(text: string): SentenceSpan[] {
  const lines: SentenceSpan[] = [];
  let longest = 0;
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    longest = Math.max(longest, end - start);
    const line = text.slice(start, end);
    if (line.trim() !== '' && !BARE_URL.test(line)) lines.push({ start, end });
    if (newline === -1) break;
    start = newline + 1;
  }
  return longest >= PARAGRAPH_LINE ? lines : [{ start: 0, end: text.length }];
}
