import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/match';

const sentencesOf = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it('does not end a sentence at a title, an initial or a mid-sentence abbreviation', () => {
    expect(
      sentencesOf(
        'Mr. Stone said Dr. Smith of Acme Inc. agreed. J. R. Hastings sat on the U.S. board, e.g. as a director.',
      ),
    ).toEqual([
      'Mr. Stone said Dr. Smith of Acme Inc. agreed.',
      'J. R. Hastings sat on the U.S. board, e.g. as a director.',
    ]);
  });

  it('ends a sentence after an abbreviation when the next one plainly starts', () => {
    expect(sentencesOf('Meta sued Acme Inc. The company denied it. He moved to the U.S. They followed.')).toEqual([
      'Meta sued Acme Inc.',
      'The company denied it.',
      'He moved to the U.S.',
      'They followed.',
    ]);
  });

  it('keeps decimals and amounts inside the sentence', () => {
    expect(
      sentencesOf('The FTC fined Facebook $5bn in 2019. Netflix spent US$150 million, or 3.5 per cent. It grew.'),
    ).toEqual(['The FTC fined Facebook $5bn in 2019.', 'Netflix spent US$150 million, or 3.5 per cent.', 'It grew.']);
  });

  it('keeps closing quotes with their sentence and does not split at a comma inside quotes', () => {
    expect(
      sentencesOf('“Shockingly untrue.” Stone wrote. “It was never popular,” Netflix said. Why? Nobody asked!'),
    ).toEqual([
      '“Shockingly untrue.”',
      'Stone wrote.',
      '“It was never popular,” Netflix said.',
      'Why?',
      'Nobody asked!',
    ]);
  });

  it('treats a blank line as a boundary and a single newline as a space', () => {
    expect(sentencesOf('A headline without a stop\n\nThe first line of a paragraph\nwraps here. Done')).toEqual([
      'A headline without a stop',
      'The first line of a paragraph\nwraps here.',
      'Done',
    ]);
  });

  it('does not split an ellipsis followed by lower case, or a domain name', () => {
    expect(sentencesOf('Facebook provided Netflix with access to … among other things, data on fb.com. Next.')).toEqual(
      ['Facebook provided Netflix with access to … among other things, data on fb.com.', 'Next.'],
    );
  });

  // Its speed on 1 MB is a benchmark figure (`npm run bench -- --only matcher`: "sentence split, 1 MB"),
  // not a wall-clock threshold here, where a loaded machine would fail it for nothing.
  it('splits 1 MB of sentences, abbreviations and all, into every sentence', () => {
    const text = 'Mr. Stone said Meta didn’t share messages with Netflix, per the U.S. filing. '.repeat(13_000);
    const spans = splitSentences(text);
    expect(spans).toHaveLength(13_000);
    expect(text.slice(spans[12_999]!.start, spans[12_999]!.end)).toBe(
      'Mr. Stone said Meta didn’t share messages with Netflix, per the U.S. filing.',
    );
  });
});
