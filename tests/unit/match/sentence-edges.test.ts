// Sentence ends a reader would put elsewhere if one rule of the splitter slipped: "e.g." and "i.e."
// before a word that often starts a sentence, long dotted names, a dotted word that is no initials,
// "Jan?" and "etc...", a semicolon before a number, trailing spaces before a blank line, and a page
// of more than 64 sentences. Each text is split with and without the scanner's marks.
import { describe, expect, it } from 'vitest';
import { isBreakCandidate } from '../../../src/match/chars';
import { SentenceBounds, splitSentenceBounds, splitSentences } from '../../../src/match/sentences';

function sentencesOf(text: string): string[][] {
  const marks = new Int32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isBreakCandidate(text.charCodeAt(i))) marks[count++] = i;
  const bounds = new SentenceBounds();
  const found = splitSentenceBounds(text, bounds, marks, count);
  const withMarks = Array.from({ length: found }, (_, k) => text.slice(bounds.starts[k], bounds.ends[k]));
  return [splitSentences(text).map((span) => text.slice(span.start, span.end)), withMarks];
}
const expectSentences = (text: string, sentences: string[]) =>
  expect(sentencesOf(text)).toEqual([sentences, sentences]);

describe('sentence ends at the edges of the rules', () => {
  it('never ends a sentence at "e.g." or "i.e.", even before "The" or "It"', () => {
    expectSentences('Some papers, e.g. The Times, ran it. Others did not.', [
      'Some papers, e.g. The Times, ran it.',
      'Others did not.',
    ]);
    expectSentences('One firm, i.e. It Media, denied it.', ['One firm, i.e. It Media, denied it.']);
  });

  it('reads a long dotted name as initials, not as the end of a sentence', () => {
    expectSentences('Agents of S.H.I.E.L.D. Director Fury spoke. Then he left.', [
      'Agents of S.H.I.E.L.D. Director Fury spoke.',
      'Then he left.',
    ]);
    expectSentences('He moved to the U.S.A. Director Lee hired him.', [
      'He moved to the U.S.A. Director Lee hired him.',
    ]);
  });

  it('ends a sentence after a dotted word that is not initials', () => {
    expectSentences('Write to j.doe. Mary answers every letter.', ['Write to j.doe.', 'Mary answers every letter.']);
  });

  it('ends a sentence after a full stop that follows a quotation mark or a bracket', () => {
    expectSentences('She said "no". Then she left.', ['She said "no".', 'Then she left.']);
    expectSentences('It is shown below (see the table). Nothing else.', [
      'It is shown below (see the table).',
      'Nothing else.',
    ]);
  });

  it('ends a question after an abbreviation, and an ellipsis after "etc"', () => {
    expectSentences('Was it in Jan? Nobody knows.', ['Was it in Jan?', 'Nobody knows.']);
    expectSentences('Was it Dr! Smith who said so?', ['Was it Dr!', 'Smith who said so?']);
    expectSentences('We bought apples, pears, etc... Nobody knows why.', [
      'We bought apples, pears, etc...',
      'Nobody knows why.',
    ]);
  });

  it('goes on after a semicolon before a number or a bracket, as before lower case', () => {
    expectSentences('Prices rose; 5 shops closed. Then calm.', ['Prices rose; 5 shops closed.', 'Then calm.']);
    expectSentences('Prices rose; (briefly) shops closed.', ['Prices rose; (briefly) shops closed.']);
  });

  it('leaves out the spaces after a heading without a full stop, and after the last sentence', () => {
    expectSentences('A heading without a stop   \n\nThe body text.  \t', [
      'A heading without a stop',
      'The body text.',
    ]);
    expectSentences('Last words  ', ['Last words']);
  });

  it('keeps every sentence of a page of more than 64', () => {
    const text = Array.from({ length: 150 }, (_, k) => `Sentence number ${k} ends here.`).join(' ');
    const [plain, withMarks] = sentencesOf(text);
    expect(plain).toHaveLength(150);
    expect(plain![64]).toBe('Sentence number 64 ends here.');
    expect(plain![149]).toBe('Sentence number 149 ends here.');
    expect(withMarks).toEqual(plain);
  });
});
