// The scanner splits sentences from the break marks it collected while reading words, and stops once it
// has the sentence it needs: both shortcuts must give the sentences a reader sees, exactly as the plain
// split does — a "." inside "5.5" or "fb.com", an abbreviation, a blank line, a semicolon in a headline list.
import { describe, expect, it } from 'vitest';
import { isBreakCandidate } from '../../../src/match/chars';
import { SentenceBounds, splitSentenceBounds, splitSentences } from '../../../src/match/sentences';

/** Texts and the sentences a reader sees in them. */
const cases: [string, string[]][] = [
  ['Facebook sold messages. Netflix denied it! Did it?', ['Facebook sold messages.', 'Netflix denied it!', 'Did it?']],
  [
    'Revenue rose 5.5 percent at fb.com. The U.S.-based firm said so.',
    ['Revenue rose 5.5 percent at fb.com.', 'The U.S.-based firm said so.'],
  ],
  [
    'Dr. Smith spoke, e.g. the board heard him. Then it ended...  Later, silence.',
    ['Dr. Smith spoke, e.g. the board heard him.', 'Then it ended...', 'Later, silence.'],
  ],
  [
    'First paragraph line one\nline two.\n\n  \nSecond block after a blank line.\n\nThird.',
    ['First paragraph line one\nline two.', 'Second block after a blank line.', 'Third.'],
  ],
  [
    'Netflix quits; Meta denies; Spotify shrugs. Headlines; in lower case it goes on.',
    ['Netflix quits;', 'Meta denies;', 'Spotify shrugs.', 'Headlines; in lower case it goes on.'],
  ],
  [
    '“Meta didn’t share people’s private messages with Netflix.” A spokesman said (on Monday.) More?!',
    ['“Meta didn’t share people’s private messages with Netflix.”', 'A spokesman said (on Monday.)', 'More?!'],
  ],
  ['No terminator at all here', ['No terminator at all here']],
  ['   \n\n   ', []],
  ['Ends with a newline.\n', ['Ends with a newline.']],
  ['Streaming giants, e.g. Netflix, read messages.', ['Streaming giants, e.g. Netflix, read messages.']],
  ['Some firms, i.e. Netflix, had access.', ['Some firms, i.e. Netflix, had access.']],
  ['It was 9 a.m. The court met.', ['It was 9 a.m.', 'The court met.']],
  ['A very-long-hyphenated-compound-word. Next one.', ['A very-long-hyphenated-compound-word.', 'Next one.']],
  ['Café. Next sentence here.', ['Café.', 'Next sentence here.']],
  ['Ms. Ng. Mr. Li said no.', ['Ms. Ng.', 'Mr. Li said no.']],
  // A blank line ends a sentence even before lower case (one post or list item per line).
  ['first post in lower case\n\nsecond post too\n \t\nthird', ['first post in lower case', 'second post too', 'third']],
  ['one thing; another thing; All done', ['one thing; another thing;', 'All done']],
];
const texts = cases.map(([text]) => text);

/** Every break candidate of the text, as the scanner marks them, in a buffer larger than their count. */
function marksOf(text: string): { marks: Int32Array; count: number } {
  const marks = new Int32Array(text.length + 8).fill(-1);
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isBreakCandidate(text.charCodeAt(i))) marks[count++] = i;
  return { marks, count };
}

const spansOf = (bounds: SentenceBounds, count: number) =>
  Array.from({ length: count }, (_, k) => ({ start: bounds.starts[k]!, end: bounds.ends[k]! }));

describe('splitting from the scanner’s marks', () => {
  it.each(cases)('finds the sentences a reader sees, with and without marks: %j', (text, sentences) => {
    const { marks, count } = marksOf(text);
    for (const [withMarks, markCount] of [
      [null, 0],
      [marks, count],
    ] as const) {
      const bounds = new SentenceBounds();
      const found = splitSentenceBounds(text, bounds, withMarks, markCount);
      expect(spansOf(bounds, found).map((span) => text.slice(span.start, span.end))).toEqual(sentences);
    }
  });

  it.each(texts)('gives the same sentences as the plain split: %j', (text) => {
    const { marks, count } = marksOf(text);
    const bounds = new SentenceBounds();
    const found = splitSentenceBounds(text, bounds, marks, count);
    expect(spansOf(bounds, found)).toEqual(splitSentences(text));
  });

  it('reads only the marks it is given (a buffer longer than its count)', () => {
    const text = 'One. Two. Three.';
    const { marks } = marksOf(text);
    const bounds = new SentenceBounds();
    // Only the first mark counts: one break, then the rest of the text is one sentence.
    const found = splitSentenceBounds(text, bounds, marks, 1);
    expect(spansOf(bounds, found).map((s) => text.slice(s.start, s.end))).toEqual(['One.', 'Two. Three.']);
  });

  it('reuses one bounds object: a second split forgets the first', () => {
    const bounds = new SentenceBounds();
    splitSentenceBounds('A one. A two. A three. A four.', bounds);
    const found = splitSentenceBounds('Just one.', bounds);
    expect(spansOf(bounds, found)).toEqual([{ start: 0, end: 9 }]);
  });
});

describe('stopping after the sentence that holds an offset', () => {
  it.each(texts)('returns the sentences up to the one holding each offset, and none after it: %j', (text) => {
    const all = splitSentences(text);
    for (const withMarks of [false, true]) {
      const { marks, count } = marksOf(text);
      for (let offset = 0; offset < text.length; offset++) {
        const bounds = new SentenceBounds();
        const found = withMarks
          ? splitSentenceBounds(text, bounds, marks, count, offset)
          : splitSentenceBounds(text, bounds, null, 0, offset);
        const spans = spansOf(bounds, found);
        // A prefix of the whole split…
        expect(spans).toEqual(all.slice(0, found));
        // …that holds every sentence starting at or before the offset…
        expect(found).toBeGreaterThanOrEqual(all.filter((s) => s.start <= offset).length);
        // …and stops as soon as one ends past it.
        const firstPast = all.findIndex((s) => s.end > offset);
        if (firstPast >= 0) expect(found).toBeLessThanOrEqual(firstPast + 1);
      }
    }
  });
});
