// The colour a card and the legend give a verdict label: judged on how the label's first clause
// starts, so a word further on ("Partly false", "Unverified, contested") does not recolour it.
import { describe, expect, it } from 'vitest';
import { toneOfVerdict, VERDICT_TONES } from '../../../src/claims/verdict';

describe('toneOfVerdict at its edges', () => {
  it('reads the first word, not a tone word further on', () => {
    expect(toneOfVerdict('Partly false')).toBe('disputed');
    expect(toneOfVerdict('Unverified, contested')).toBe('unverified');
    expect(toneOfVerdict('Unconfirmed, reported by two outlets')).toBe('unverified');
    expect(toneOfVerdict('Confirmed: no evidence of tampering')).toBe('accurate');
    expect(toneOfVerdict('Satire, not true')).toBe('neutral');
  });

  it('reads "half true" with a space or a hyphen, and a label with spaces around it', () => {
    expect(toneOfVerdict('Half true')).toBe('disputed');
    expect(toneOfVerdict('Half-True')).toBe('disputed');
    expect(toneOfVerdict('  Denied  ')).toBe('refuted');
    expect(toneOfVerdict('Alleged (FTC complaint)')).toBe('alleged');
  });

  it('lists every tone once, in the order the legend shows them', () => {
    expect(VERDICT_TONES).toEqual(['refuted', 'disputed', 'alleged', 'unverified', 'accurate', 'neutral']);
  });
});

describe('toneOfVerdict on the ratings fact-checkers publish', () => {
  it('colours a qualified rating by what it qualifies', () => {
    expect(toneOfVerdict('Mostly False')).toBe('refuted');
    expect(toneOfVerdict('Mostly True')).toBe('accurate');
    expect(toneOfVerdict('Four Pinocchios')).toBe('refuted');
    expect(toneOfVerdict('Two Pinocchios')).toBe('disputed');
  });

  it('colours altered images and wrong attributions as false, missing context as disputed', () => {
    expect(toneOfVerdict('Altered')).toBe('refuted');
    expect(toneOfVerdict('Miscaptioned')).toBe('refuted');
    expect(toneOfVerdict('Misattributed')).toBe('refuted');
    expect(toneOfVerdict('Missing context')).toBe('disputed');
    expect(toneOfVerdict('Out of context')).toBe('disputed');
    expect(toneOfVerdict('Exaggerated')).toBe('disputed');
    expect(toneOfVerdict('Correct Attribution')).toBe('accurate');
  });

  it('leaves a rating it does not know, or one that only starts like a known word, neutral', () => {
    expect(toneOfVerdict('Legend')).toBe('neutral');
    expect(toneOfVerdict('Scampering squirrels')).toBe('neutral');
    expect(toneOfVerdict('Research in progress')).toBe('neutral');
  });
});
