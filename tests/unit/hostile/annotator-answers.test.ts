// @vitest-environment jsdom
// Hostile or broken answers from the background: the content script handles each match on its own,
// so one bad entry costs only itself, never the batch (up to 200,000 characters of page text).
import { afterEach, describe, expect, it } from 'vitest';
import type { BlockMatch, ClaimCardData } from '../../../src/messaging/protocol';
import { highlightedOnce } from '../../support/page-background';

const card = (id: string): ClaimCardData => ({
  id,
  text: id,
  verdict: { label: 'False' },
  summary: 's',
  denials: [],
  context: [],
  listTitle: 'list',
});
const at = (claimId: string, start: number, end: number): BlockMatch => ({
  claimId,
  start,
  end,
  score: 1,
  stance: 'asserts',
  why: [],
});

afterEach(() => {
  document.body.textContent = '';
});

const annotate = highlightedOnce;

describe('the content script and a hostile answer', () => {
  it('skips a match whose claim id only exists on Object.prototype, and keeps the others of the batch', async () => {
    document.body.innerHTML = '<p>alpha beta gamma</p><p>delta epsilon</p>';
    const found = await annotate(() => ({
      matches: [
        [at('constructor', 0, 5), at('good', 6, 10)],
        [at('toString', 0, 5), at('good', 6, 13)],
      ],
      claims: { good: card('good') },
    }));
    expect(found).toEqual(['good:beta', 'good:epsilon']);
  });

  it('highlights a claim whose id is "constructor" when its card was sent', async () => {
    document.body.innerHTML = '<p>alpha beta</p>';
    const found = await annotate(() => ({
      matches: [[at('constructor', 0, 5)]],
      claims: { constructor: card('constructor') },
    }));
    expect(found).toEqual(['constructor:alpha']);
  });

  it('skips offsets outside the block, reversed, fractional or not numbers, and a null entry', async () => {
    document.body.innerHTML = '<p>alpha beta</p>';
    const found = await annotate(() => ({
      matches: [
        [
          at('good', 0, 99),
          at('good', 6, 2),
          at('good', -1, 3),
          at('good', 0.5, 3),
          { ...at('good', 0, 3), start: 'x' },
          null,
          at('good', 6, 10),
        ],
      ],
      claims: { good: card('good') },
    }));
    expect(found).toEqual(['good:beta']);
  });

  it('skips a card without a verdict label instead of throwing out of the batch', async () => {
    document.body.innerHTML = '<p>alpha beta</p>';
    const found = await annotate(() => ({
      matches: [[at('broken', 0, 5), at('good', 6, 10)]],
      claims: { broken: { id: 'broken' }, good: card('good') },
    }));
    expect(found).toEqual(['good:beta']);
  });
});
