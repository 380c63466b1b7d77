// The popup: ClaimLens's switches (on/off everywhere, pause on this site), the claims on the current
// page, what the marks mean, and what the database holds. Extension APIs are injected (main.tsx).
import { i18n } from '#i18n';
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

const kindLabel = (kind: string) =>
  kind === 'bundled'
    ? i18n.t('popup.kindBundled')
    : kind === 'subscription'
      ? i18n.t('popup.kindSubscription')
      : kind === 'user'
        ? i18n.t('popup.kindUser')
        : kind;

/** "10 checked claims from ClaimLens bundled list (bundled list, v3)". */
export function describeDatabase(database: DatabaseSummary): string {
  const lists = database.lists.map((list) => `${list.title} (${kindLabel(list.kind)}, v${list.version})`).join(', ');
  return i18n.t('popup.database', [
    i18n.t('popup.checkedClaims', database.claimCount),
    lists || i18n.t('popup.noList'),
  ]);
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
  // After a switch, the page applies it on its own and reads itself again: ask until it says it has
  // (or give up after 2 s and show what it has).
  const expected = useRef<ReaderState | null>(null);
  const loadPageAfterSwitch = async () => {
    for (let attempt = 0; ; attempt++) {
      const response = await loadPage();
      const settled =
        !expected.current || !response.state || (response.state === expected.current && !response.scanning);
      if (settled || attempt >= 20) return response;
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
            {enabled ? i18n.t('popup.on') : i18n.t('popup.off')}
            <span class="visually-hidden">{i18n.t('popup.onEverySite')}</span>
          </button>
        ) : null}
        {openOptions ? (
          <button type="button" class="link-button" data-testid="open-options" onClick={openOptions}>
            {i18n.t('popup.settings')}
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
            {i18n.t('popup.pauseOn')} <span class="site">{site}</span>
          </span>
        </label>
      ) : null}
      {!highlightsSupported ? (
        <section aria-labelledby="on-page">
          <h2 id="on-page">{i18n.t('popup.onThisPage')}</h2>
          <p class="empty" data-testid="no-highlight-api">
            {i18n.t('popup.noHighlightApi', [HIGHLIGHT_API_BROWSERS])}
          </p>
        </section>
      ) : !enabled ? (
        <p class="empty" data-testid="switched-off">
          {i18n.t('popup.switchedOff')}
        </p>
      ) : paused ? (
        <p class="empty" data-testid="paused">
          {i18n.t('popup.paused', [site ?? ''])}
        </p>
      ) : (
        <OnThisPage page={page} reveal={reveal} database={database} openOptions={openOptions} />
      )}
      {highlightsSupported && enabled && !paused ? (
        <p class="hint" data-testid="shortcut-hint">
          {shortcut.state === 'ready' && shortcut.value
            ? i18n.t('popup.shortcutBound', [shortcut.value])
            : i18n.t('popup.shortcutUnbound')}
        </p>
      ) : null}
      <details class="legend-box">
        <summary>{i18n.t('popup.marksMeaning')}</summary>
        <Legend />
      </details>
      <footer class="database" data-testid="database">
        {database.state === 'ready' ? (
          <p>{describeDatabase(database.value)}</p>
        ) : database.state === 'failed' ? (
          <p>{i18n.t('popup.databaseFailed')}</p>
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
        {i18n.t('popup.onThisPage')}
        {page.state === 'ready' && page.value.claims.length > 0
          ? ` · ${i18n.t('popup.checkedClaims', page.value.claims.length)}`
          : ''}
      </h2>
      {page.state === 'loading' ? <p class="muted">{i18n.t('popup.readingPage')}</p> : null}
      {page.state === 'failed' ? (
        <p class="muted" data-testid="page-unavailable">
          {i18n.t('popup.pageUnavailable')}
        </p>
      ) : null}
      {page.state === 'ready' && page.value.claims.length === 0 ? (
        <div class="empty" data-testid="no-claims">
          <p>{i18n.t('popup.noClaims')}</p>
          {database.state === 'ready' ? (
            <p data-testid="checked-against">
              {i18n.t('popup.checkedAgainst', [describeDatabase(database.value)])}{' '}
              {openOptions ? (
                <button type="button" class="link-button" onClick={openOptions}>
                  {i18n.t('popup.addList')}
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
                    {i18n.t('popup.times', claim.count)}
                  </span>{' '}
                  · {i18n.t('popup.from')} <span class="list-title">{claim.listTitle}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {page.state === 'ready' && (page.value.topics?.length ?? 0) > 0 ? (
        <section aria-labelledby="on-topics" class="topics" data-testid="page-topics">
          <h3 id="on-topics">{i18n.t('popup.onTopics')}</h3>
          <p class="muted">{i18n.t('popup.onTopicsHint')}</p>
          <ul class="claims">
            {page.value.topics!.map((topic) => (
              <li key={topic.claimId} class="claim topic" data-claim-id={topic.claimId}>
                <span class={`verdict tone-${toneOfVerdict(topic.verdict)}`}>{topic.verdict}</span>
                <span class="text">{topic.text}</span>
                <span class="meta">
                  {i18n.t('popup.from')} <span class="list-title">{topic.listTitle}</span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
