// The popup's second tier: a page that covers a fact-checked claim's topic, without a sentence that
// states it, lists that fact-check; an unrelated page lists nothing.
import { describe, expect, it } from 'vitest';
import { matchText } from '../../../src/match';
import { TopicTally, topicsOf } from '../../../src/match/topics';
import { bundledMatcher } from './dev-set-eval';

const matcher = bundledMatcher();

function topicsOfPage(blocks: readonly string[]) {
  const tally = new TopicTally();
  const highlighted = new Set<string>();
  for (const block of blocks) {
    for (const match of matchText(matcher, block)) highlighted.add(match.claimId);
    tally.noteBlock();
  }
  return { highlighted, topics: topicsOf(matcher, tally, highlighted).map((topic) => topic.claimId) };
}

describe('fact-checks on topics in this page', () => {
  it('lists a claim whose parts the page names in different paragraphs', () => {
    const { highlighted, topics } = topicsOfPage([
      'Reed Hastings has had a long career in Silicon Valley.',
      'He later joined the board of directors at several companies.',
      'Facebook, meanwhile, kept growing its advertising business.',
    ]);
    expect(highlighted.size).toBe(0);
    expect(topics).toContain('hastings-on-facebook-board');
  });

  it('does not list a claim the page already highlights', () => {
    const { highlighted, topics } = topicsOfPage(['Netflix CEO Reed Hastings sat on Facebook’s board.']);
    expect([...highlighted]).toEqual(['hastings-on-facebook-board']);
    expect(topics).not.toContain('hastings-on-facebook-board');
  });

  it('lists nothing for a page on another subject', () => {
    const { topics } = topicsOfPage([
      'The city council approved a new budget for road repairs on Tuesday.',
      'Residents asked for more bus lanes and better street lighting.',
      'The mayor said the work would start in the spring.',
    ]);
    expect(topics).toEqual([]);
  });

  it('lists nothing for a page that names one party only', () => {
    const { topics } = topicsOfPage([
      'Netflix added nine million subscribers last quarter.',
      'Its new series topped the charts in thirty countries.',
    ]);
    expect(topics).toEqual([]);
  });

  it('lists at most five, ranked by how much of each claim the page names', () => {
    const { topics } = topicsOfPage([
      'Facebook and Netflix. Private messages. Inbox API. Reed Hastings. The board.',
      'Cambridge Analytica. 87 million. The FTC. A privacy fine of $5 billion. Facebook Watch budgets.',
      'Bing, Amazon and Yahoo. Friends’ data. Ad spend. End-to-end encryption and exceptions.',
    ]);
    expect(topics).toHaveLength(5);
  });
});
