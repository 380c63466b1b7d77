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
        Hidden on this page: <span class="notice-claim">{claimText}</span>
      </p>
      <button type="button" class="notice-undo" onClick={onUndo}>
        Undo
      </button>
      <button type="button" class="close" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
