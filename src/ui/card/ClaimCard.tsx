import { useEffect, useRef } from 'preact/hooks';
import { toneOfVerdict } from '../../claims/verdict';
import type { Stance } from '../../match/types';
import type { ClaimCardData } from '../../messaging/protocol';
import { SourceList } from './SourceList';

export interface AlsoMatched {
  id: string;
  text: string;
  verdict: string;
}

export interface ClaimCardProps {
  claim: ClaimCardData;
  stance: Stance;
  why: readonly string[];
  /** Move focus into the card (it was opened from the keyboard). */
  takeFocus: boolean;
  /** Other claims stated in the same passage. */
  alsoInPassage?: readonly AlsoMatched[];
  onSwitch?(claimId: string): void;
  onClose(): void;
  onNotThisClaim(): void;
}

const STANCE_TEXT: Record<Stance, string> = {
  asserts: 'This passage states the claim.',
  reports: 'This passage reports the claim as someone else’s.',
  denies: 'This passage denies or debunks the claim.',
};

export function ClaimCard({
  claim,
  stance,
  why,
  takeFocus,
  alsoInPassage = [],
  onSwitch,
  onClose,
  onNotThisClaim,
}: ClaimCardProps) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) dialog.current?.focus();
  }, [claim.id, takeFocus]);
  const titleId = `claimlens-card-title-${claim.id}`;
  const summaryId = `claimlens-card-summary-${claim.id}`;

  return (
    <div
      ref={dialog}
      class={`card tone-${toneOfVerdict(claim.verdict.label)}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      tabIndex={-1}
      data-claim-id={claim.id}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <header class="card-header">
        <span class="verdict" data-testid="verdict">
          {claim.verdict.label}
        </span>
        <span class="brand">ClaimLens fact check</span>
        <button type="button" class="close" aria-label="Close fact check" onClick={onClose}>
          ×
        </button>
      </header>
      <h2 class="claim" id={titleId}>
        <span class="visually-hidden">Checked claim: </span>
        {claim.text}
      </h2>
      <p class="stance" data-stance={stance}>
        {STANCE_TEXT[stance]}
      </p>
      <p class="summary" id={summaryId}>
        {claim.summary}
      </p>
      {claim.denials.length > 0 ? (
        <section aria-label="Denials">
          <h3>Denials</h3>
          {claim.denials.map((denial, index) => (
            <figure class="denial" key={index}>
              {denial.verbatim ? <blockquote>“{denial.text}”</blockquote> : <p class="paraphrase">{denial.text}</p>}
              <figcaption>
                — {[denial.speaker, denial.role ?? denial.by].filter(Boolean).join(', ')}
                {denial.date ? `, ${denial.date}` : ''}
                {denial.verbatim ? '' : ' (paraphrased)'}
              </figcaption>
              <SourceList sources={denial.sources} />
            </figure>
          ))}
        </section>
      ) : null}
      <section aria-label="Context">
        <h3>Context</h3>
        <ul class="facts">
          {claim.context.map((fact, index) => (
            <li key={index}>
              {fact.text}
              <SourceList sources={fact.sources} />
            </li>
          ))}
        </ul>
      </section>
      {alsoInPassage.length > 0 ? (
        <section aria-label="Also in this passage" class="also">
          <h3>Also in this passage</h3>
          {alsoInPassage.map((other) => (
            <button
              type="button"
              class="also-claim"
              key={other.id}
              data-claim-id={other.id}
              onClick={() => onSwitch?.(other.id)}
            >
              <span class={`also-verdict tone-${toneOfVerdict(other.verdict)}`}>{other.verdict}</span> {other.text}
            </button>
          ))}
        </section>
      ) : null}
      <footer class="card-footer">
        {why.length > 0 ? (
          <p class="why">
            Matched because: <span class="why-terms">{why.join(' · ')}</span>
          </p>
        ) : null}
        <p class="origin">From: {claim.listTitle}</p>
        <button type="button" class="not-this" onClick={onNotThisClaim}>
          Not this claim
        </button>
      </footer>
    </div>
  );
}
