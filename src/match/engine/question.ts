// Is a sentence a question? Its last character before any closing quotes and brackets is "?".
import { isCloser } from '../chars';

export function isQuestion(text: string, start: number, end: number): boolean {
  while (end > start && isCloser(text.charCodeAt(end - 1))) end--;
  return text.charCodeAt(end - 1) === 0x3f;
}
