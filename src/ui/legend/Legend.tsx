// What each mark in the page means, drawn with the same line styles and colours as the marks
// (palette.ts). Shown in the popup and on the welcome page.
import { i18n } from '#i18n';
import type { VerdictTone } from '../../claims/verdict';

const asserted = (): [VerdictTone, string][] => [
  ['refuted', i18n.t('legend.refuted')],
  ['disputed', i18n.t('legend.disputed')],
  ['alleged', i18n.t('legend.alleged')],
  ['unverified', i18n.t('legend.unverified')],
  ['accurate', i18n.t('legend.accurate')],
];

export function Legend() {
  return (
    <ul class="legend" data-testid="legend">
      {asserted().map(([tone, meaning]) => (
        <li key={tone}>
          <span class={`legend-line line-solid tone-${tone}`} aria-hidden="true" />
          {meaning}
        </li>
      ))}
      <li>
        <span class="legend-line line-dashed tone-alleged" aria-hidden="true" />
        {i18n.t('legend.reports')}
      </li>
      <li>
        <span class="legend-line line-dotted tone-denial" aria-hidden="true" />
        {i18n.t('legend.denies')}
      </li>
      <li>
        <span class="legend-line line-solid line-thin tone-neutral" aria-hidden="true" />
        {i18n.t('legend.heading')}
      </li>
    </ul>
  );
}
