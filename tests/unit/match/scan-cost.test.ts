// What a scan spends on a block (scan.ts's header): most blocks of a page name no claim, so the scan
// stops before splitting sentences when no hit can wake a pattern, splits only up to the last hit that
// can, checks only the sentences that have hits (a claim without sentence rules by its anchor guards
// alone, compile.ts's checkedByRule), chooses patterns only where one holds, orders a
// sentence's patterns only when it holds several, and runs the borrowing pass only when a party is
// named twice. The answers are the same either way: these are the costs the header promises.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compileMatcher, matchText } from '../../../src/match';
import { claim } from '../../support/match-claims';

const spent = vi.hoisted(() => ({
  split: [] as number[],
  checked: 0,
  chosen: 0,
  ordered: 0,
  borrowing: 0,
  accepts: 0,
}));

vi.mock('../../../src/match/sentences', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/match/sentences')>();
  return {
    ...real,
    splitSentenceBounds: (...args: Parameters<typeof real.splitSentenceBounds>) => {
      const sentences = real.splitSentenceBounds(...args);
      spent.split.push(sentences);
      return sentences;
    },
  };
});
vi.mock('../../../src/match/engine/anchors', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/match/engine/anchors')>();
  return {
    ...real,
    patternsThatHold: (...args: Parameters<typeof real.patternsThatHold>) => {
      spent.checked++;
      return real.patternsThatHold(...args);
    },
    inBlockWakeOrder: (...args: Parameters<typeof real.inBlockWakeOrder>) => {
      spent.ordered++;
      return real.inBlockWakeOrder(...args);
    },
  };
});
vi.mock('../../../src/match/engine/patterns', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/match/engine/patterns')>();
  return {
    ...real,
    bestPatternPerClaim: (...args: Parameters<typeof real.bestPatternPerClaim>) => {
      spent.chosen++;
      return real.bestPatternPerClaim(...args);
    },
  };
});
vi.mock('../../../src/match/rules/accept', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/match/rules/accept')>();
  return {
    ...real,
    acceptsInSentence: (...args: Parameters<typeof real.acceptsInSentence>) => {
      spent.accepts++;
      return real.acceptsInSentence(...args);
    },
  };
});
vi.mock('../../../src/match/rules/carry', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/match/rules/carry')>();
  return {
    ...real,
    matchWithCarriedConcepts: (...args: Parameters<typeof real.matchWithCarriedConcepts>) => {
      spent.borrowing++;
      return real.matchWithCarriedConcepts(...args);
    },
  };
});

// Two claims share "Meta": their anchors (the hits that wake them) are "messages" and "photos"; "Meta"
// is only checked once a pattern is awake.
const metaLeaked = claim('meta-leaked-messages', {
  concepts: { meta: ['meta'], messages: ['messages'] },
  all: [['meta'], ['messages']],
});
const metaLeakedPhotos = claim('meta-leaked-photos', {
  concepts: { meta: ['meta'], photos: ['photos'] },
  all: [['meta'], ['photos']],
});
const matcher = compileMatcher([metaLeaked, metaLeakedPhotos]);
const ids = (text: string) => matchText(matcher, text).map((match) => match.claimId);

beforeEach(() => {
  spent.split = [];
  spent.checked = 0;
  spent.chosen = 0;
  spent.ordered = 0;
  spent.borrowing = 0;
  spent.accepts = 0;
});

describe('the cost of scanning a block', () => {
  it('splits no sentence in a block whose hits cannot wake a pattern', () => {
    expect(ids('Meta is big. Meta is bigger.')).toEqual([]);
    expect(spent.split).toEqual([]);
    expect(ids('Nothing to see here. Nor here.')).toEqual([]);
    expect(spent.split).toEqual([]);
  });

  it('splits sentences only up to the last hit that can wake a pattern', () => {
    expect(ids(`Meta leaked messages. ${'Meta says more. '.repeat(10)}`)).toEqual(['meta-leaked-messages']);
    expect(spent.split).toEqual([1]);
  });

  it('checks only the sentences that have hits, and chooses patterns only where one holds', () => {
    expect(ids('Meta leaked messages. Quiet words. Quiet again. Meta is big. Meta leaked messages.')).toEqual([
      'meta-leaked-messages',
      'meta-leaked-messages',
    ]);
    // Five sentences: three have hits and are checked; "Meta is big" holds no pattern and costs no choice.
    expect(spent.checked).toBe(3);
    expect(spent.chosen).toBe(2);
  });

  it('orders a sentence’s patterns only when it holds more than one', () => {
    expect(ids('Meta leaked messages.')).toEqual(['meta-leaked-messages']);
    expect(spent.ordered).toBe(0);
    expect(ids('Meta leaked messages and photos.')).toEqual(['meta-leaked-messages', 'meta-leaked-photos']);
    expect(spent.ordered).toBe(1);
  });

  it('decides a claim without sentence rules by its anchor guards alone, and asks the rules for one with them', () => {
    expect(ids('Meta leaked messages.')).toEqual(['meta-leaked-messages']);
    expect(spent.accepts).toBe(0);
    const vetoed = compileMatcher([
      {
        ...metaLeaked,
        match: {
          ...metaLeaked.match,
          concepts: { ...metaLeaked.match.concepts, satire: ['satire'] },
          none: ['satire'],
        },
      },
    ]);
    expect(matchText(vetoed, 'Meta leaked messages.').map((match) => match.claimId)).toEqual(['meta-leaked-messages']);
    expect(spent.accepts).toBe(1);
    expect(matchText(vetoed, 'Satire: Meta leaked messages.')).toEqual([]);
  });

  it('runs the borrowing pass only when a party that may be borrowed is named twice', () => {
    // No claim of this matcher borrows.
    expect(ids('Meta leaked messages. Meta did. Meta leaked photos.')).toHaveLength(2);
    expect(spent.borrowing).toBe(0);
    const borrowing = compileMatcher([{ ...metaLeaked, match: { ...metaLeaked.match, carry: ['meta'] } }]);
    const borrowed = (text: string) => matchText(borrowing, text).map((match) => match.text);
    expect(borrowed('Meta signed a deal. It was big.')).toEqual([]);
    expect(spent.borrowing).toBe(0);
    // Two hits on the borrowing claim's words: the pass runs (whether a sentence then borrows is carry.ts's rule).
    borrowed('Meta signed a deal. It leaked messages.');
    expect(spent.borrowing).toBe(1);
  });
});
