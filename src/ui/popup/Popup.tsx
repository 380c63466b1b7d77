import { useEffect, useState } from 'preact/hooks';
import { toneOfVerdict } from '../../claims/verdict';
import { HIGHLIGHT_API_BROWSERS } from '../../highlight/painter';
import type { DatabaseSummary, PageClaimsResponse } from '../../messaging/protocol';

export interface PopupProps {
  loadPage(): Promise<PageClaimsResponse>;
  loadDatabase(): Promise<DatabaseSummary>;
  reveal(claimId: string): Promise<void>;
  /** False in a browser without the CSS Custom Highlight API, where the content script stays idle. */
  highlightsSupported?: boolean;
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

const KIND_LABEL: Record<string, string> = {
  bundled: 'bundled list',
  subscription: 'subscribed list',
  user: 'your own claims',
};

export function Popup({ loadPage, loadDatabase, reveal, highlightsSupported = true }: PopupProps) {
  const database = useLoad(loadDatabase);

  return (
    <main class="popup">
      <h1>ClaimLens</h1>
      {highlightsSupported ? (
        <OnThisPage loadPage={loadPage} reveal={reveal} />
      ) : (
        <section aria-labelledby="on-page">
          <h2 id="on-page">On this page</h2>
          <p class="empty" data-testid="no-highlight-api">
            This browser can’t highlight text for ClaimLens (the CSS Custom Highlight API needs {HIGHLIGHT_API_BROWSERS}
            ), so pages are left as they are. Updating the browser turns highlighting on.
          </p>
        </section>
      )}
      {highlightsSupported ? <p class="hint">Alt+Shift+K moves to the next claim on the page.</p> : null}
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

function OnThisPage({ loadPage, reveal }: Pick<PopupProps, 'loadPage' | 'reveal'>) {
  const page = useLoad(loadPage);
  return (
    <section aria-labelledby="on-page">
      <h2 id="on-page">
        On this page
        {page.state === 'ready' && page.value.claims.length > 0
          ? ` · ${page.value.claims.length} checked claim${page.value.claims.length === 1 ? '' : 's'}`
          : ''}
      </h2>
      {page.state === 'loading' ? <p class="muted">Reading the page…</p> : null}
      {page.state === 'failed' ? (
        <p class="muted" data-testid="page-unavailable">
          ClaimLens can’t read this page (browser pages and the web store are off limits). Reload the page if it just
          loaded.
        </p>
      ) : null}
      {page.state === 'ready' && page.value.claims.length === 0 ? (
        <p class="empty" data-testid="no-claims">
          No checked claims found on this page.
        </p>
      ) : null}
      {page.state === 'ready' && page.value.claims.length > 0 ? (
        <ul class="claims" data-testid="page-claims">
          {page.value.claims.map((claim) => (
            <li key={claim.claimId}>
              <button
                type="button"
                class="claim"
                data-claim-id={claim.claimId}
                onClick={() => void reveal(claim.claimId)}
              >
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
  );
}
