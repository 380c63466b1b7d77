// Synonyms and related forms: WordNet's close relations (dominant senses only), the curated
// relation lexicon for fact-checks' predicates, and news paraphrases.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/claim-compiler/lexicon';
import { finds } from './support';

describe('synonyms', () => {
  const lexicon = loadLexicon();

  it('come from a table small enough for the background to load (under 1 MB raw)', () => {
    expect(statSync(resolve(__dirname, '../../../assets/lexicon/wordnet.json')).size).toBeLessThan(1_000_000);
  });

  it('keeps close WordNet relations and drops senses a page would not mean', () => {
    expect(lexicon.related.get('car')?.words).toEqual(expect.arrayContaining(['automobile']));
    // "machine" is a car in one rare sense only; "minor" is mostly an adjective.
    expect(lexicon.related.get('car')?.words).not.toContain('machine');
    expect(lexicon.related.get('child')?.words).not.toContain('minor');
  });

  it('finds a claim worded with a synonym one step away', () => {
    expect(
      finds('Tesla cars explode in cold weather in Norway.', 'Tesla automobiles explode in Norway in cold weather.'),
    ).toBe(true);
  });

  it('finds the predicates fact-checks are about however they are worded', () => {
    const claim = 'The MMR vaccine causes autism.';
    expect(finds(claim, 'The MMR jab can trigger autism, the post says.')).toBe(true);
    expect(finds(claim, 'There is no evidence the MMR vaccine leads to autism.')).toBe(true);
    expect(finds(claim, 'Studies found no link between the MMR vaccine and autism.')).toBe(true);
    const staged = 'The Apollo moon landing was staged by NASA.';
    expect(finds(staged, 'NASA faked the Apollo moon landing, the video claims.')).toBe(true);
    expect(finds(staged, 'NASA filmed the Apollo moon landing on a soundstage, he insists.')).toBe(true);
  });

  it('does not fire on a sentence that only shares the topic', () => {
    const claim = 'The MMR vaccine causes autism.';
    expect(finds(claim, 'The MMR vaccine schedule changed this year for children with autism.')).toBe(false);
    expect(finds('5G spreads the coronavirus.', 'The 5G rollout slowed during the coronavirus lockdowns.')).toBe(false);
  });
});

describe('British and American words for one thing', () => {
  it('are one part ("gasoline" and "petrol", "vapors" and "fumes")', () => {
    const claim = 'Leaving a can of gasoline in the sun releases vapors that can explode.';
    expect(finds(claim, 'A can of petrol left in the sun does not release fumes that explode.')).toBe(true);
  });
});
