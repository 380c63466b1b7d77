import { describe, expect, it } from 'vitest';
import { toneOfVerdict } from '../../../src/claims/verdict';

describe('toneOfVerdict', () => {
  it('colours the vocabulary of claims-spec.md by its first clause', () => {
    expect(toneOfVerdict('Denied')).toBe('refuted');
    expect(toneOfVerdict('Alleged in court filing; denied')).toBe('alleged');
    expect(toneOfVerdict('Disputed')).toBe('disputed');
    expect(toneOfVerdict('Reported; Facebook says features needed permission')).toBe('alleged');
    expect(toneOfVerdict('Unverified')).toBe('unverified');
    expect(toneOfVerdict('Accurate (context)')).toBe('accurate');
  });

  it('renders labels a feed invents neutrally', () => {
    expect(toneOfVerdict('Satire')).toBe('neutral');
    expect(toneOfVerdict('')).toBe('neutral');
    expect(toneOfVerdict('Truthful-ish')).toBe('neutral');
  });
});
