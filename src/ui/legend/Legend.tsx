// What each mark in the page means, drawn with the same line styles and colours as the marks
// (palette.ts). Shown in the popup and on the welcome page.
import type { VerdictTone } from '../../claims/verdict';

const ASSERTED: [VerdictTone, string][] = [
  ['refuted', 'false or denied'],
  ['disputed', 'disputed'],
  ['alleged', 'alleged, not established'],
  ['unverified', 'unverified, or a verdict ClaimLens does not know'],
  ['accurate', 'accurate'],
];

export function Legend() {
  return (
    <ul class="legend" data-testid="legend">
      {ASSERTED.map(([tone, meaning]) => (
        <li key={tone}>
          <span class={`legend-line line-solid tone-${tone}`} aria-hidden="true" />
          The passage states a claim that is {meaning}
        </li>
      ))}
      <li>
        <span class="legend-line line-dashed tone-alleged" aria-hidden="true" />
        Dashed: the passage reports someone else’s claim (same colours)
      </li>
      <li>
        <span class="legend-line line-dotted tone-denial" aria-hidden="true" />
        Blue dotted: the passage denies or debunks the claim
      </li>
    </ul>
  );
}
