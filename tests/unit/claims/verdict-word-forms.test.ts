// Ratings that use a word in another form than the one a test already names: "distorts",
// "distorted" and "distortion" colour a card as disputed like "distort", and the Washington Post's
// single Pinocchio is as disputed as two (the pattern's `\w*` and `s?` are what make this so).
import { describe, expect, it } from 'vitest';
import { toneOfVerdict } from '../../../src/claims/verdict';

describe('toneOfVerdict on word forms', () => {
  it('reads every form of "distort" as disputed', () => {
    expect(toneOfVerdict('Distort')).toBe('disputed');
    expect(toneOfVerdict('Distorts the facts')).toBe('disputed');
    expect(toneOfVerdict('Distorted')).toBe('disputed');
    expect(toneOfVerdict('Distortion of the record')).toBe('disputed');
  });

  it('reads one Pinocchio (singular) as disputed, like two', () => {
    expect(toneOfVerdict('One Pinocchio')).toBe('disputed');
    expect(toneOfVerdict('1 Pinocchio')).toBe('disputed');
    expect(toneOfVerdict('Two Pinocchios')).toBe('disputed');
  });

  it('does not read a word that only starts like "distort" elsewhere in the label', () => {
    expect(toneOfVerdict('Satire that distorts')).toBe('neutral');
  });
});
