// isQuestion (engine/question.ts): a sentence is a question when its last character before closing quotes
// and brackets is "?" — a quoted or bracketed question is still one, and the closers of the sentence
// before it are not read as its own.
import { expect, it } from 'vitest';
import { isQuestion } from '../../../src/match/engine/question';

const whole = (text: string) => isQuestion(text, 0, text.length);

it('reads a question through closing quotes and brackets', () => {
  expect(whole('Did Meta leak messages?')).toBe(true);
  expect(whole('He asked: “Did Meta leak messages?”')).toBe(true);
  expect(whole('(Did Meta leak messages?")')).toBe(true);
  expect(whole('Meta leaked messages.”)')).toBe(false);
  expect(whole('Meta leaked messages')).toBe(false);
});

it('reads only the sentence it is given', () => {
  const text = 'Why? "Meta leaked messages."';
  expect(isQuestion(text, 5, text.length)).toBe(false);
  expect(isQuestion(text, 0, 4)).toBe(true);
});
