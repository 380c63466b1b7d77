// The options page: claim lists (bundled, subscribed, the user's own), adding a list by URL,
// the check interval, and the user's own claims. All state lives in the background; this page
// asks for it and re-renders when the background says it changed.
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { DraftCheck } from '../../claim-check';
import { importSizeProblem, type SyncState, type UserClaimInput } from '../../messaging/sync-protocol';
import type { SyncOutcome } from '../../sync/orchestrator';
import { ListRow } from './ListRow';
import { intervals } from './format';
import { UserClaims } from './UserClaims';
import { PrivacySection, ReaderPreferences, type ReaderPreferencesApi } from './ReaderPreferences';

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
  checkExamples(text: string, examples: { match: string[]; nomatch: string[] }): Promise<DraftCheck>;
  onStateChanged(listener: () => void): () => void;
}

function describeOutcome(outcome: SyncOutcome): string {
  switch (outcome.kind) {
    case 'updated':
      return (
        i18n.t('options.subscribedVersion', outcome.claimCount, [String(outcome.claimCount), String(outcome.version)]) +
        (outcome.skipped ? i18n.t('options.subscribedSkipped', outcome.skipped) : '')
      );
    case 'unchanged':
    case 'skipped':
      return i18n.t('options.subscribed');
    case 'failed':
      return i18n.t('options.subscribedFailed', [outcome.error]);
  }
}

export function Options({ api, reader }: { api: OptionsApi; reader?: ReaderPreferencesApi }) {
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
        text: i18n.t('options.needsPermission', [hostOf(target)]),
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
      <h1>{i18n.t('options.title')}</h1>
      {reader ? <ReaderPreferences api={reader} /> : null}
      {loadError ? (
        <p class="error" role="alert">
          {i18n.t('options.loadFailed', [loadError])}
        </p>
      ) : null}

      <section aria-labelledby="lists-heading">
        <h2 id="lists-heading">{i18n.t('options.listsHeading')}</h2>
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
                    if (confirm(i18n.t('options.removeConfirm', [list.title])))
                      void withBusy(list.id, () => api.remove(list.id));
                  }}
                />
              ))}
          </ul>
        ) : (
          <p class="muted">{i18n.t('options.loading')}</p>
        )}
        <div class="actions">
          <button
            type="button"
            disabled={!subscriptions.length || busy.has('*')}
            onClick={() => void withBusy('*', () => api.syncNow())}
            data-testid="sync-all"
          >
            {i18n.t('options.syncAll')}
          </button>
          <label>
            {i18n.t('options.checkForUpdates')}{' '}
            <select
              data-testid="interval"
              value={String(state?.settings.intervalMinutes ?? 360)}
              onChange={(e) => void api.setInterval(Number(e.currentTarget.value)).then(refresh)}
            >
              {intervals().some(([m]) => m === state?.settings.intervalMinutes) || !state ? null : (
                <option value={String(state.settings.intervalMinutes)}>
                  {i18n.t('options.everyNMinutes', state.settings.intervalMinutes)}
                </option>
              )}
              {intervals().map(([minutes, label]) => (
                <option key={minutes} value={String(minutes)}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </div>
      </section>

      <section aria-labelledby="add-heading">
        <h2 id="add-heading">{i18n.t('options.addHeading')}</h2>
        <form class="add-list" onSubmit={(e) => void add(e)} data-testid="add-list">
          <label>
            {i18n.t('options.listAddress')}
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
            {i18n.t('options.publicKey')}
            <input
              name="public-key"
              placeholder="ed25519:…"
              value={key}
              onInput={(e) => setKey(e.currentTarget.value)}
              spellcheck={false}
            />
          </label>
          <button type="submit" class="primary" disabled={adding} data-testid="subscribe">
            {adding ? i18n.t('options.adding') : i18n.t('options.subscribe')}
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
          checkExamples={(text, examples) => api.checkExamples(text, examples)}
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
            return result.skipped.length
              ? i18n.t('options.importedBeforeSkipped', result.imported) +
                  i18n.t('options.importSkipped', result.skipped.length, [
                    String(result.skipped.length),
                    result.skipped.join('; '),
                  ])
              : i18n.t('options.imported', result.imported);
          }}
        />
      ) : null}
      {reader ? <PrivacySection privacyUrl={reader.privacyUrl} /> : null}
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
