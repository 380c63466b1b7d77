// Rule `headline` on its own: a short label and a colon at the start of a headline or heading
// attributes the claim after it ("NYT: …" reports), a rejecting label denies it ("Myth: …"), and
// nothing else changes: a paragraph, a label of five words, a sentence after the label's, a stance
// the sentence already had. What a reader sees is the card's "reports" / "denies".
import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  createDocumentContext,
  matchBlock,
  type BlockKind,
  type ClaimMatch,
  type MatchableClaim,
} from '../../../src/match';
import { headlineStance } from '../../../src/match/rules/headline';

const match = (start: number, stance: ClaimMatch['stance'] = 'asserts'): ClaimMatch => ({
  claimId: 'sold',
  start,
  end: start + 10,
  text: '',
  score: 1,
  stance,
  why: [],
});
const stancesOf = (kind: BlockKind, text: string, matches = [match(0)]) =>
  headlineStance(kind, text, matches).map((m) => m.stance);

describe('headlineStance', () => {
  it('reports what a headline credits to a source at its end ("… - NYT", "…, report says")', () => {
    const ending = (text: string) => [{ ...match(0), end: text.length }];
    for (const text of [
      'Facebook let Netflix, Spotify read private messages - NYT',
      'Facebook let Netflix read messages — Reuters',
      'Facebook let Netflix read messages, report says',
    ])
      expect(stancesOf('title', text, ending(text)), text).toEqual(['reports']);
    // A hyphenated word, or the same words in a paragraph, credit nobody.
    const own = 'Facebook let Netflix read messages in a long-running deal';
    expect(stancesOf('title', own, ending(own))).toEqual(['asserts']);
    const paragraph = 'Facebook let Netflix read messages - NYT';
    expect(stancesOf('paragraph', paragraph, ending(paragraph))).toEqual(['asserts']);
  });

  it('reports what a headline or a heading attributes to a label', () => {
    expect(stancesOf('title', 'NYT: Meta sold messages')).toEqual(['reports']);
    expect(stancesOf('heading', 'Court docs: Meta sold messages')).toEqual(['reports']);
    expect(stancesOf('title', '  Report :  Meta sold messages')).toEqual(['reports']);
  });

  it.each(['Myth', 'FALSE', 'fake', 'Debunked', 'Not true', 'Hoax'])('denies what the label "%s" rejects', (label) => {
    expect(stancesOf('title', `${label}: Meta sold messages`)).toEqual(['denies']);
  });

  it('leaves a paragraph, a label of five words or more, and a colon not followed by a space alone', () => {
    expect(stancesOf('paragraph', 'NYT: Meta sold messages')).toEqual(['asserts']);
    expect(stancesOf('title', 'One two three four: Meta sold messages')).toEqual(['reports']);
    expect(stancesOf('title', 'One two three four five: Meta sold messages')).toEqual(['asserts']);
    // Words are counted, not spaces: four words with wide gaps are still a label.
    expect(stancesOf('title', 'One  two \t three   four: Meta sold messages')).toEqual(['reports']);
    expect(stancesOf('title', 'NYT:Meta sold messages')).toEqual(['asserts']);
    expect(stancesOf('title', 'Meta sold messages')).toEqual(['asserts']);
    expect(stancesOf('title', `${'x'.repeat(45)}: Meta sold messages`)).toEqual(['asserts']);
  });

  it('changes only a sentence that starts with the label and asserts', () => {
    const text = 'NYT: Meta sold messages. Meta sold messages again.';
    const stances = headlineStance('title', text, [match(0), match(25), match(0, 'denies')]).map((m) => m.stance);
    expect(stances).toEqual(['reports', 'asserts', 'denies']);
    // The first word after the label is still the labelled sentence; one past the label's end is not.
    expect(headlineStance('title', 'NYT: Meta', [match(4), match(5)]).map((m) => m.stance)).toEqual([
      'reports',
      'reports',
    ]);
    expect(headlineStance('title', 'NYT: Meta', [match(6)]).map((m) => m.stance)).toEqual(['asserts']);
  });

  it('returns the matches it was given, untouched, when there is nothing to read', () => {
    const matches = [match(0)];
    expect(headlineStance('paragraph', 'NYT: Meta sold messages', matches)).toBe(matches);
    expect(headlineStance('title', 'Meta sold messages', matches)).toBe(matches);
    expect(headlineStance('title', 'NYT: Meta', [])).toEqual([]);
  });

  it('in a paragraph, reports after a label that is a source, a headline or a report, after a post’s author too', () => {
    const isNyt = (text: string) => (start: number, end: number) => text.slice(start, end) === 'NYT';
    const paragraph = (text: string) =>
      headlineStance('paragraph', text, [match(text.lastIndexOf(':') + 2)], isNyt(text)).map((m) => m.stance);
    expect(paragraph('NYT: Facebook let Netflix read messages.')).toEqual(['reports']);
    expect(paragraph('@marisol_tech: NYT: Facebook let Netflix read messages.')).toEqual(['reports']);
    expect(paragraph('grumpy_pixel: Just saw this headline: Facebook let Netflix read messages.')).toEqual(['reports']);
    // The writer's own voice, and a post's author alone, are no source.
    expect(paragraph('The backstory: Facebook let Netflix read messages.')).toEqual(['asserts']);
    expect(paragraph('grumpy_pixel: Facebook let Netflix read messages.')).toEqual(['asserts']);
  });
});

describe('headline stance in an article', () => {
  const sold: MatchableClaim = {
    id: 'meta-sold-messages',
    match: {
      concepts: { meta: ['meta'], sold: ['sold'], messages: ['messages'] },
      all: [['meta'], ['sold'], ['messages']],
      none: [],
      overrides: [],
    },
  };
  const matcher = compileMatcher([sold]);
  const stanceOf = (kind: BlockKind, text: string) =>
    matchBlock(matcher, createDocumentContext(), text, kind).map((m) => m.stance);

  it('reads the label in the headline and the headings, not in a paragraph', () => {
    expect(stanceOf('title', 'Report: Meta sold messages')).toEqual(['reports']);
    expect(stanceOf('heading', 'Myth: Meta sold messages')).toEqual(['denies']);
    expect(stanceOf('paragraph', 'The backstory: Meta sold messages')).toEqual(['asserts']);
  });
});
