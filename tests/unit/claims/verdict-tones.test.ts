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
