// The options page: claim lists (bundled, subscribed, the user's own), adding a list by URL,
// the check interval, and the user's own claims. All state lives in the background; this page
// asks for it and re-renders when the background says it changed.
import { useEffect, useState } from 'preact/hooks';
import { importSizeProblem, type SyncState, type UserClaimInput } from '../../messaging/sync-protocol';
import type { SyncOutcome } from '../../sync/orchestrator';
import { ListRow } from './ListRow';
import { INTERVALS } from './format';
import { UserClaims } from './UserClaims';

export interface OptionsApi {
  getState(): Promise<SyncState>;
  /** Asks the browser for permission to reach the list's host; must run in the click's turn. */
  requestHostPermission(url: string): Promise<boolean>;
  subscribe(url: string, publicKey: string): Promise<{ listId: string; outcome: SyncOutcome }>;
  syncNow(listId?: string): Promise<unknown>;
  setPaused(listId: string, paused: boolean): Promise<unknown>;
  remove(listId: string): Promise<unknown>;
  setInterval(minutes: number): Promise<unknown>;
  saveUserClaim(claim: UserClaimInput): Promise<unknown>;
  deleteUserClaim(id: string): Promise<unknown>;
  exportUserList(as: 'claimlens' | 'claimreview'): Promise<void>;
  importClaimReview(text: string): Promise<{ imported: number; skipped: string[] }>;
  onStateChanged(listener: () => void): () => void;
}

function describeOutcome(outcome: SyncOutcome): string {
  switch (outcome.kind) {
    case 'updated':
      return `Subscribed: version ${outcome.version}, ${outcome.claimCount} claims${outcome.skipped ? ` (${outcome.skipped} skipped)` : ''}.`;
    case 'unchanged':
      return 'Subscribed.';
    case 'failed':
      return `Subscribed, but the list could not be loaded yet: ${outcome.error}`;
    case 'skipped':
      return 'Subscribed.';
  }
}

export function Options({ api }: { api: OptionsApi }) {
  const [state, setState] = useState<SyncState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [now, setNow] = useState(Date.now());
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const [adding, setAdding] = useState(false);
  const [addMessage, setAddMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState<Set<string>>(new Set());

  const refresh = () =>
    api.getState().then(
      (next) => {
        setState(next);
        setNow(Date.now());
        setLoadError(null);
      },
      (error: unknown) => setLoadError(error instanceof Error ? error.message : String(error)),
    );

  useEffect(() => {
    void refresh();
    const stop = api.onStateChanged(() => void refresh());
    // Relative times ("in 6 hours") and download progress stay current.
    const timer = setInterval(() => void refresh(), 1000);
    return () => {
      stop();
      clearInterval(timer);
    };
  }, []);

  const withBusy = async (id: string, action: () => Promise<unknown>) => {
    setBusy((current) => new Set(current).add(id));
    try {
      await action();
    } finally {
      setBusy((current) => {
        const next = new Set(current);
        next.delete(id);
        return next;
      });
      await refresh();
    }
  };

  const add = async (event: Event) => {
    event.preventDefault();
    setAddMessage(null);
    const target = url.trim();
    let granted = false;
    try {
      // Asked now, while the click counts as a user gesture; never at install.
      granted = await api.requestHostPermission(target);
    } catch (error) {
      return setAddMessage({ error: true, text: error instanceof Error ? error.message : String(error) });
    }
    if (!granted)
      return setAddMessage({
        error: true,
        text: `ClaimLens needs your permission to reach ${hostOf(target)} to fetch this list. Nothing was added.`,
      });
    setAdding(true);
    try {
      const { outcome } = await api.subscribe(target, key);
      setAddMessage({ error: outcome.kind === 'failed', text: describeOutcome(outcome) });
      setUrl('');
      setKey('');
    } catch (error) {
      setAddMessage({ error: true, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setAdding(false);
      await refresh();
    }
  };

  const subscriptions = state?.lists.filter((list) => list.kind === 'subscription') ?? [];

  return (
    <main class="options">
      <h1>ClaimLens settings</h1>
      {loadError ? (
        <p class="error" role="alert">
          Could not load the settings: {loadError}
        </p>
      ) : null}

      <section aria-labelledby="lists-heading">
        <h2 id="lists-heading">Claim lists</h2>
        {state ? (
          <ul class="lists" data-testid="lists">
            {state.lists
              .filter((list) => list.kind !== 'user')
              .map((list) => (
                <ListRow
                  key={list.id}
                  list={list}
                  now={now}
                  busy={busy.has(list.id)}
                  onSync={() => void withBusy(list.id, () => api.syncNow(list.id))}
                  onPause={(paused) => void withBusy(list.id, () => api.setPaused(list.id, paused))}
                  onRemove={() => {
                    if (confirm(`Remove "${list.title}"? Its claims will no longer be highlighted.`))
                      void withBusy(list.id, () => api.remove(list.id));
                  }}
                />
              ))}
          </ul>
        ) : (
          <p class="muted">Loading…</p>
        )}
        <div class="actions">
          <button
            type="button"
            disabled={!subscriptions.length || busy.has('*')}
            onClick={() => void withBusy('*', () => api.syncNow())}
            data-testid="sync-all"
          >
            Sync all lists now
          </button>
          <label>
            Check for updates{' '}
            <select
              data-testid="interval"
              value={String(state?.settings.intervalMinutes ?? 360)}
              onChange={(e) => void api.setInterval(Number(e.currentTarget.value)).then(refresh)}
            >
              {INTERVALS.some(([m]) => m === state?.settings.intervalMinutes) || !state ? null : (
                <option value={String(state.settings.intervalMinutes)}>
                  every {state.settings.intervalMinutes} minutes
                </option>
              )}
              {INTERVALS.map(([minutes, label]) => (
                <option key={minutes} value={String(minutes)}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </div>
      </section>

      <section aria-labelledby="add-heading">
        <h2 id="add-heading">Add a list</h2>
        <form class="add-list" onSubmit={(e) => void add(e)} data-testid="add-list">
          <label>
            List address
            <input
              type="url"
              required
              name="url"
              placeholder="https://factchecker.example/claims.json"
              value={url}
              onInput={(e) => setUrl(e.currentTarget.value)}
            />
          </label>
          <label>
            Publisher’s public key (optional: then only lists signed with it are accepted)
            <input
              name="public-key"
              placeholder="ed25519:…"
              value={key}
              onInput={(e) => setKey(e.currentTarget.value)}
              spellcheck={false}
            />
          </label>
          <button type="submit" class="primary" disabled={adding} data-testid="subscribe">
            {adding ? 'Adding…' : 'Subscribe'}
          </button>
          {addMessage ? (
            <p
              class={addMessage.error ? 'error' : 'notice'}
              role={addMessage.error ? 'alert' : 'status'}
              data-testid="add-message"
            >
              {addMessage.text}
            </p>
          ) : null}
        </form>
      </section>

      {state ? (
        <UserClaims
          claims={state.userClaims}
          overrides={state.userOverrides}
          save={async (claim) => {
            await api.saveUserClaim(claim);
            await refresh();
          }}
          remove={async (id) => {
            await api.deleteUserClaim(id);
            await refresh();
          }}
          exportAs={api.exportUserList}
          importReviews={async (file) => {
            const refusal = importSizeProblem(file.size);
            if (refusal) throw new Error(refusal);
            const result = await api.importClaimReview(await file.text());
            await refresh();
            return `Imported ${result.imported} claim${result.imported === 1 ? '' : 's'}${result.skipped.length ? `; skipped ${result.skipped.length}: ${result.skipped.join('; ')}` : ''}.`;
          }}
        />
      ) : null}
    </main>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
