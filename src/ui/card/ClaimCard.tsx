// The card a reader sees on a highlighted passage. It leads with the answer: the verdict, what this
// passage does with the claim, and the one-line summary; denials, context and why it matched are
// one click away, each with a count. Where two claims share the passage it says so at the top.
import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';
import { toneOfVerdict } from '../../claims/verdict';
import type { Stance } from '../../match/types';
import type { ClaimCardData } from '../../messaging/protocol';
import { safeHref } from '../safe-href';
import { SourceList } from './SourceList';

export interface AlsoMatched {
  id: string;
  text: string;
  verdict: string;
}

export interface ClaimCardProps {
  claim: ClaimCardData;
  stance: Stance;
  /** The passage is a headline or heading: its mark there is one thin grey line (palette.ts), and so is the sample. */
  inHeading?: boolean;
  why: readonly string[];
  /** Move focus into the card (it was opened from the keyboard). */
  takeFocus: boolean;
  /** Other claims stated in the same passage. */
  alsoInPassage?: readonly AlsoMatched[];
  onSwitch?(claimId: string): void;
  onClose(): void;
  /** Tab (or Shift+Tab) past the card's last (or first) control: on to the page, as if the card sat after the claim. */
  onLeave?(backwards: boolean): void;
  onNotThisClaim(): void;
}

/** What the passage does with the claim: the card's first line, next to the verdict. */
export function stanceText(stance: Stance): string {
  if (stance === 'denies') return i18n.t('card.stanceDenies');
  return stance === 'reports' ? i18n.t('card.stanceReports') : i18n.t('card.stanceAsserts');
}

const FOCUSABLE = 'button, a[href], summary, [tabindex]:not([tabindex="-1"])';

/** Whether Tab (or Shift+Tab) from the focused element would leave the card. */
function leavesCard(dialog: HTMLElement, backwards: boolean): boolean {
  const controls = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.getClientRects().length > 0 || element.tagName === 'SUMMARY',
  );
  const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
  if (backwards) return active === dialog || active === controls[0];
  return active === controls.at(-1) || (active === dialog && controls.length === 0);
}

function Disclosure({ title, testId, children }: { title: string; testId: string; children: ComponentChildren }) {
  return (
    <details class="more" data-testid={testId}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}

export function ClaimCard({
  claim,
  stance,
  inHeading = false,
  why,
  takeFocus,
  alsoInPassage = [],
  onSwitch,
  onClose,
  onLeave,
  onNotThisClaim,
}: ClaimCardProps) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) dialog.current?.focus();
  }, [claim.id, takeFocus]);
  const titleId = `claimlens-card-title-${claim.id}`;
  const summaryId = `claimlens-card-summary-${claim.id}`;
  const sourceCount =
    claim.context.reduce((sum, fact) => sum + fact.sources.length, 0) +
    claim.denials.reduce((sum, denial) => sum + denial.sources.length, 0);
  const reportHref = safeHref(claim.listContact, true);

  return (
    <div
      ref={dialog}
      class={`card tone-${toneOfVerdict(claim.verdict.label)} stance-${stance}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      tabIndex={-1}
      data-claim-id={claim.id}
      data-stance={stance}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        } else if (event.key === 'Tab' && dialog.current && leavesCard(dialog.current, event.shiftKey)) {
          // Past the card's first or last control: on to the page next to the claim (the card is
          // appended to the end of the document, so the browser would send focus there).
          event.preventDefault();
          if (onLeave) onLeave(event.shiftKey);
          else onClose();
        }
      }}
    >
      {alsoInPassage.length > 0 ? (
        <nav class="also" aria-label={i18n.t('card.claimsHereLabel')} data-testid="claims-here">
          <p class="also-count">{i18n.t('card.claimsHere', [String(alsoInPassage.length + 1)])}</p>
          {alsoInPassage.map((other) => (
            <button
              type="button"
              class="also-claim"
              key={other.id}
              data-claim-id={other.id}
              onClick={() => onSwitch?.(other.id)}
            >
              <span class={`also-verdict tone-${toneOfVerdict(other.verdict)}`}>{other.verdict}</span>
              <span class="also-text">{other.text}</span>
            </button>
          ))}
        </nav>
      ) : null}
      <header class="card-header">
        <span class="verdict" data-testid="verdict">
          {claim.verdict.label}
        </span>
        <p class="stance" data-stance={stance} data-testid="stance">
          <span
            class={
              inHeading
                ? 'swatch heading tone-neutral'
                : `swatch tone-${stance === 'denies' ? 'denial' : toneOfVerdict(claim.verdict.label)}`
            }
            aria-hidden="true"
          />
          {stanceText(stance)}
        </p>
        <button type="button" class="close" aria-label={i18n.t('card.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <p class="summary" id={summaryId}>
        {claim.summary}
      </p>
      <h2 class="claim" id={titleId}>
        <span class="claim-label">{i18n.t('card.checkedClaim')} </span>
        {claim.text}
      </h2>
      {claim.denials.length > 0 ? (
        <Disclosure title={i18n.t('card.denials', [String(claim.denials.length)])} testId="denials">
          {claim.denials.map((denial, index) => (
            <figure class="denial" key={index}>
              {denial.verbatim ? <blockquote>“{denial.text}”</blockquote> : <p class="paraphrase">{denial.text}</p>}
              <figcaption>
                — {[denial.speaker, denial.role ?? denial.by].filter(Boolean).join(', ')}
                {denial.date ? `, ${denial.date}` : ''}
                {denial.verbatim ? '' : i18n.t('card.paraphrased')}
              </figcaption>
              <SourceList sources={denial.sources} />
            </figure>
          ))}
        </Disclosure>
      ) : null}
      <Disclosure
        title={i18n.t('card.contextAndSources', [
          i18n.t('card.facts', claim.context.length),
          i18n.t('card.sources', sourceCount),
        ])}
        testId="context"
      >
        <ul class="facts">
          {claim.context.map((fact, index) => (
            <li key={index}>
              {fact.text}
              <SourceList sources={fact.sources} />
            </li>
          ))}
        </ul>
      </Disclosure>
      {why.length > 0 ? (
        <Disclosure title={i18n.t('card.whyMatched')} testId="why">
          <p class="why">
            {i18n.t('card.matchedBecause')} <span class="why-terms">{why.join(' · ')}</span>
          </p>
        </Disclosure>
      ) : null}
      <footer class="card-footer">
        <p class="origin">{i18n.t('card.origin', [claim.listTitle])}</p>
        <div class="footer-actions">
          {reportHref ? (
            <a class="report" href={reportHref} target="_blank" rel="noopener noreferrer" data-testid="report">
              {i18n.t('card.report')}
            </a>
          ) : null}
          <button type="button" class="not-this" onClick={onNotThisClaim}>
            {i18n.t('card.notThisClaim')}
          </button>
        </div>
      </footer>
    </div>
  );
}
