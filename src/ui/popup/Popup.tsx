import { useEffect, useState } from 'preact/hooks';
import { toneOfVerdict } from '../../claims/verdict';
import type { DatabaseSummary, PageClaimsResponse } from '../../messaging/protocol';

export interface PopupProps {
  loadPage(): Promise<PageClaimsResponse>;
  loadDatabase(): Promise<DatabaseSummary>;
  reveal(claimId: string): Promise<void>;
}

type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed' };

function useLoad<T>(load: () => Promise<T>): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    load().then(
      (value) => setResult({ state: 'ready', value }),
      () => setResult({ state: 'failed' }),
    );
  }, []);
  return result;
}

const KIND_LABEL: Record<string, string> = { bundled: 'bundled list', subscription: 'subscribed list', user: 'your own claims' };

export function Popup({ loadPage, loadDatabase, reveal }: PopupProps) {
  const page = useLoad(loadPage);
  const database = useLoad(loadDatabase);

  return (
    <main class="popup">
      <h1>ClaimLens</h1>
      <section aria-labelledby="on-page">
        <h2 id="on-page">
          On this page
          {page.state === 'ready' && page.value.claims.length > 0 ? ` · ${page.value.claims.length} checked claim${page.value.claims.length === 1 ? '' : 's'}` : ''}
        </h2>
        {page.state === 'loading' ? <p class="muted">Reading the page…</p> : null}
        {page.state === 'failed' ? <p class="muted" data-testid="page-unavailable">ClaimLens can’t read this page (browser pages and the web store are off limits). Reload the page if it just loaded.</p> : null}
        {page.state === 'ready' && page.value.claims.length === 0 ? (
          <p class="empty" data-testid="no-claims">
            No checked claims found on this page.
          </p>
        ) : null}
        {page.state === 'ready' && page.value.claims.length > 0 ? (
          <ul class="claims" data-testid="page-claims">
            {page.value.claims.map((claim) => (
              <li key={claim.claimId}>
                <button type="button" class="claim" data-claim-id={claim.claimId} onClick={() => void reveal(claim.claimId)}>
                  <span class={`verdict tone-${toneOfVerdict(claim.verdict)}`}>{claim.verdict}</span>
                  <span class="text">{claim.text}</span>
                  <span class="meta">
                    <span class="count" data-testid="count">
                      {claim.count === 1 ? 'once' : `${claim.count} times`}
                    </span>{' '}
                    · from {claim.listTitle}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <p class="hint">Alt+Shift+K moves to the next claim on the page.</p>
      <footer class="database" data-testid="database">
        {database.state === 'ready' ? (
          <p>
            {database.value.claimCount} checked claims from{' '}
            {database.value.lists.map((list, index) => (
              <span key={list.id}>
                {index > 0 ? ', ' : ''}
                {list.title} ({KIND_LABEL[list.kind] ?? list.kind}, v{list.version})
              </span>
            ))}
          </p>
        ) : database.state === 'failed' ? (
          <p>The claim database could not be read.</p>
        ) : null}
      </footer>
    </main>
  );
}
