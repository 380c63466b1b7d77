// A claim's tokens, cut exactly as the matcher cuts page text (src/match/normalize.ts), with what
// the compiler needs to read names and numbers: the raw form, its case, and the text around it.
import { forEachToken } from '../match/tokens';

export interface ClaimToken {
  raw: string;
  /** Lower case, no possessive ("Meta's" → "meta"), no diacritics. */
  lower: string;
  start: number;
  end: number;
  /** The text between the previous token (or the start) and this one. */
  gapBefore: string;
  gapAfter: string;
  /** First word of the text or of a sentence in it: its capital says nothing. */
  sentenceStart: boolean;
}

export function tokenize(text: string): ClaimToken[] {
  const spans: [number, number][] = [];
  // A claim's "9%" is read as a number with its sign after it (numbers.ts reads the sign in gapAfter).
  forEachToken(text, 0, text.length, (start, end) =>
    spans.push([start, end - 1 > start && text.charCodeAt(end - 1) === 0x25 ? end - 1 : end]),
  );
  return spans.map(([start, end], i) => {
    const previousEnd = i > 0 ? spans[i - 1]![1] : 0;
    const nextStart = i + 1 < spans.length ? spans[i + 1]![0] : text.length;
    const raw = text.slice(start, end);
    const gapBefore = text.slice(previousEnd, start);
    return {
      raw,
      lower: raw
        .toLowerCase()
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[\u2019\u2018\u02bc\uff07]/g, "'")
        .replace(/'s$/, ''),
      start,
      end,
      gapBefore,
      gapAfter: text.slice(end, nextStart),
      sentenceStart: i === 0 || /[.!?:;"“”]\s*$/.test(gapBefore) || /^\s*["“‘'(]\s*$/.test(gapBefore),
    };
  });
}
