// Verdict labels are free text (a feed may add its own); the UI colours them by tone. A label we
// do not recognise is shown as is, in the neutral tone, never as an error.
export type VerdictTone = 'refuted' | 'disputed' | 'alleged' | 'unverified' | 'accurate' | 'neutral';

// The first words of the ratings fact-checkers publish (PolitiFact, Snopes, Full Fact, AFP, Reuters, the
// Washington Post's Pinocchios, Meta's programme's labels): a qualifier such as "mostly" keeps the tone of
// what it qualifies, "mostly true" excepted.
const TONE_PATTERNS: [VerdictTone, RegExp][] = [
  [
    'refuted',
    /^(denied|false|fake|untrue|not true|incorrect|debunked|wrong|pants on fire|misleading|fabricated|mostly false|altered|doctored|manipulated|miscaptioned|misattributed|hoax|scam|baseless|(three|four|3|4) pinocchios)\b/,
  ],
  [
    'disputed',
    /^(disputed|contested|mixed|mixture|half[- ]true|partly|partially|unproven|(missing|lacks|lacking|out of) context|exaggerat\w*|distort\w*|outdated|(one|two|1|2) pinocchios?)\b/,
  ],
  ['alleged', /^(alleged|reported|claimed|accused)\b/],
  ['unverified', /^(unverified|unsubstantiated|no evidence|unconfirmed|needs context)\b/],
  ['accurate', /^(accurate|true|correct|correct attribution|confirmed|mostly true|verified|geppetto checkmark)\b/],
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
