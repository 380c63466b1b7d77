// The popup: ClaimLens's switches (on/off everywhere, pause on this site), the claims on the current
// page, what the marks mean, and what the database holds. Extension APIs are injected (main.tsx).
import { useEffect, useRef, useState } from 'preact/hooks';
import { toneOfVerdict } from '../../claims/verdict';
import { HIGHLIGHT_API_BROWSERS } from '../../highlight/painter';
import type { DatabaseSummary, PageClaimsResponse } from '../../messaging/protocol';
import {
  readerStateOn,
  siteOf,
  withSitePaused,
  type ReaderSettings,
  type ReaderState,
} from '../../settings/reader-settings';
import { Legend } from '../legend/Legend';

export interface PopupProps {
  loadPage(): Promise<PageClaimsResponse>;
  loadDatabase(): Promise<DatabaseSummary>;
  reveal(claimId: string): Promise<void>;
  /** False in a browser without the CSS Custom Highlight API, where the content script stays idle. */
  highlightsSupported?: boolean;
  loadSettings?(): Promise<ReaderSettings>;
  saveSettings?(settings: ReaderSettings): Promise<void>;
  openOptions?(): void;
  /** The next-claim shortcut as the browser has it bound ("" when unbound). */
  loadShortcut?(): Promise<string>;
}

type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed' };

function useLoad<T>(load: () => Promise<T>, key: unknown = 0): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setResult({ state: 'ready', value }),
      () => current && setResult({ state: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return result;
}

const KIND_LABEL = new Map([
  ['bundled', 'bundled list'],
  ['subscription', 'subscribed list'],
  ['user', 'your own claims'],
]);

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "10 checked claims from ClaimLens bundled list (bundled list, v3)". */
export function describeDatabase(database: DatabaseSummary): string {
  const lists = database.lists
    .map((list) => `${list.title} (${KIND_LABEL.get(list.kind) ?? list.kind}, v${list.version})`)
    .join(', ');
  return `${plural(database.claimCount, 'checked claim', 'checked claims')} from ${lists || 'no list'}`;
}

const unsupported = () => Promise.reject(new Error('no Highlight API'));

export function Popup({
  loadPage,
  loadDatabase,
  reveal,
  highlightsSupported = true,
  loadSettings,
  saveSettings,
  openOptions,
  loadShortcut,
}: PopupProps) {
  const database = useLoad(loadDatabase);
  const [settings, setSettings] = useState<ReaderSettings | null>(null);
  const [pageKey, setPageKey] = useState(0);
  // After a switch, the page applies it on its own: ask until it says it has (or give up after 2 s).
  const expected = useRef<ReaderState | null>(null);
  const loadPageAfterSwitch = async () => {
    for (let attempt = 0; ; attempt++) {
      const response = await loadPage();
      if (!expected.current || !response.state || response.state === expected.current || attempt >= 20) return response;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const page = useLoad(highlightsSupported ? loadPageAfterSwitch : unsupported, pageKey);
  const shortcut = useLoad(loadShortcut ?? (() => Promise.resolve('')));
  useEffect(() => {
    loadSettings?.().then(setSettings, () => undefined);
  }, []);

  // The site is remembered across re-reads of the page (the page says nothing while it is paused).
  const [site, setSite] = useState<string | null>(null);
  useEffect(() => {
    if (page.state === 'ready') setSite(siteOf(page.value.url));
  }, [page]);

  const change = async (next: ReaderSettings) => {
    setSettings(next);
    if (page.state === 'ready') expected.current = readerStateOn(next, page.value.url);
    await saveSettings?.(next);
    // The page follows the setting on its own; ask it again for what it now shows.
    setPageKey((key) => key + 1);
  };
  const enabled = settings?.enabled ?? true;
  const paused = !!site && !!settings?.pausedSites.includes(site);

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>ClaimLens</h1>
        {settings ? (
          <button
            type="button"
            class={`power ${enabled ? 'on' : 'off'}`}
            aria-pressed={enabled}
            data-testid="power"
            onClick={() => void change({ ...settings, enabled: !enabled })}
          >
            <svg class="power-icon" viewBox="0 0 16 16" aria-hidden="true">
              <path d="M8 1.5v6" />
              <path d="M4.6 3.6a5.5 5.5 0 1 0 6.8 0" />
            </svg>{' '}
            {enabled ? 'On' : 'Off'}
            <span class="visually-hidden"> on every site</span>
          </button>
        ) : null}
        {openOptions ? (
          <button type="button" class="link-button" data-testid="open-options" onClick={openOptions}>
            Settings
          </button>
        ) : null}
      </header>
      {settings && site && enabled ? (
        <label class="pause">
          <input
            type="checkbox"
            checked={paused}
            data-testid="pause-site"
            onChange={(event) => void change(withSitePaused(settings, site, event.currentTarget.checked))}
          />
          <span>
            Pause on <span class="site">{site}</span>
          </span>
        </label>
      ) : null}
      {!highlightsSupported ? (
        <section aria-labelledby="on-page">
          <h2 id="on-page">On this page</h2>
          <p class="empty" data-testid="no-highlight-api">
            This browser can’t highlight text for ClaimLens (the CSS Custom Highlight API needs {HIGHLIGHT_API_BROWSERS}
            ), so pages are left as they are. Updating the browser turns highlighting on.
          </p>
        </section>
      ) : !enabled ? (
        <p class="empty" data-testid="switched-off">
          ClaimLens is off: no page is read or highlighted. Turn it on with the button above.
        </p>
      ) : paused ? (
        <p class="empty" data-testid="paused">
          Paused on {site}: its pages are left as they are. Untick “Pause” to highlight them again.
        </p>
      ) : (
        <OnThisPage page={page} reveal={reveal} database={database} openOptions={openOptions} />
      )}
      {highlightsSupported && enabled && !paused ? (
        <p class="hint" data-testid="shortcut-hint">
          {shortcut.state === 'ready' && shortcut.value
            ? `${shortcut.value} moves to the next claim on the page.`
            : 'Set a shortcut for “next claim” in the browser’s extension shortcuts to move from claim to claim.'}
        </p>
      ) : null}
      <details class="legend-box">
        <summary>What the marks mean</summary>
        <Legend />
      </details>
      <footer class="database" data-testid="database">
        {database.state === 'ready' ? (
          <p>{describeDatabase(database.value)}</p>
        ) : database.state === 'failed' ? (
          <p>The claim database could not be read.</p>
        ) : null}
      </footer>
    </main>
  );
}

function OnThisPage({
  page,
  reveal,
  database,
  openOptions,
}: {
  page: Loaded<PageClaimsResponse>;
  reveal: PopupProps['reveal'];
  database: Loaded<DatabaseSummary>;
  openOptions?: (() => void) | undefined;
}) {
  return (
    <section aria-labelledby="on-page">
      <h2 id="on-page">
        On this page
        {page.state === 'ready' && page.value.claims.length > 0
          ? ` · ${plural(page.value.claims.length, 'checked claim', 'checked claims')}`
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
        <div class="empty" data-testid="no-claims">
          <p>No checked claims found on this page.</p>
          {database.state === 'ready' ? (
            <p data-testid="checked-against">
              Checked against {describeDatabase(database.value)}.{' '}
              {openOptions ? (
                <button type="button" class="link-button" onClick={openOptions}>
                  Add a list
                </button>
              ) : null}
            </p>
          ) : null}
        </div>
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
                  · from <span class="list-title">{claim.listTitle}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
