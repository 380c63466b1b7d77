// Verdict labels are free text (a feed may add its own); the UI colours them by tone. A label we
// do not recognise is shown as is, in the neutral tone, never as an error.
export type VerdictTone = 'refuted' | 'disputed' | 'alleged' | 'unverified' | 'accurate' | 'neutral';

const TONE_PATTERNS: [VerdictTone, RegExp][] = [
  ['refuted', /^(denied|false|fake|untrue|incorrect|debunked|wrong|pants on fire|misleading|fabricated)\b/],
  ['disputed', /^(disputed|contested|mixed|half[- ]true|partly|partially|unproven)\b/],
  ['alleged', /^(alleged|reported|claimed|accused)\b/],
  ['unverified', /^(unverified|unsubstantiated|no evidence|unconfirmed|needs context)\b/],
  ['accurate', /^(accurate|true|correct|confirmed|mostly true|verified)\b/],
];

/** The tone of a label, judged on its first clause ("Alleged in court filing; denied" is alleged). */
export function toneOfVerdict(label: string): VerdictTone {
  const head = label.split(/[;(]/)[0]!.trim().toLowerCase();
  return TONE_PATTERNS.find(([, pattern]) => pattern.test(head))?.[0] ?? 'neutral';
}

export const VERDICT_TONES: readonly VerdictTone[] = [
  'refuted',
  'disputed',
  'alleged',
  'unverified',
  'accurate',
  'neutral',
];
