import { i18n } from '#i18n';

// Shown for a few seconds after "Not this claim": what was hidden, and a way to take it back.
export function HiddenNotice({
  claimText,
  onUndo,
  onDismiss,
}: {
  claimText: string;
  onUndo(): void;
  onDismiss(): void;
}) {
  return (
    <div class="notice" role="status" data-testid="hidden-notice">
      <p class="notice-text">
        {i18n.t('card.hiddenOnPage')} <span class="notice-claim">{claimText}</span>
      </p>
      <button type="button" class="notice-undo" onClick={onUndo}>
        {i18n.t('card.undo')}
      </button>
      <button type="button" class="close" aria-label={i18n.t('card.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
