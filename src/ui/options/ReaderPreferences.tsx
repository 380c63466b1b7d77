// The reader's side of the options page: how much ClaimLens paints, the sites where it is paused,
// the passages hidden with "Not this claim" (each with a way back, and an undo), and the privacy
// promise. Storage is injected (entrypoints/options/main.tsx).
import { useEffect, useState } from 'preact/hooks';
import type { Intensity } from '../../highlight/palette';
import type { PageDismissal } from '../../page/dismissals';
import { withSitePaused, type ReaderSettings } from '../../settings/reader-settings';

export interface ReaderPreferencesApi {
  loadSettings(): Promise<ReaderSettings>;
  saveSettings(settings: ReaderSettings): Promise<void>;
  listHidden(): Promise<PageDismissal[]>;
  showAgain(item: PageDismissal): Promise<void>;
  hideAgain(item: PageDismissal): Promise<void>;
  /** Where the packaged privacy policy (PRIVACY.md) opens. */
  privacyUrl: string;
}

const INTENSITY_CHOICES: [Intensity, string, string][] = [
  ['underline', 'Underline', 'a line under each checked passage; the open one is tinted'],
  ['tint', 'Underline and tint', 'every checked passage also gets a light background'],
  ['off', 'Only when I ask', 'nothing is painted until you use the popup or the next-claim shortcut'],
];

interface Undo {
  text: string;
  run(): Promise<void>;
}

export function ReaderPreferences({ api }: { api: ReaderPreferencesApi }) {
  const [settings, setSettings] = useState<ReaderSettings | null>(null);
  const [hidden, setHidden] = useState<PageDismissal[]>([]);
  const [undo, setUndo] = useState<Undo | null>(null);

  const refresh = async () => {
    setSettings(await api.loadSettings());
    setHidden(await api.listHidden());
  };
  useEffect(() => {
    void refresh();
  }, []);

  const save = async (next: ReaderSettings) => {
    setSettings(next);
    await api.saveSettings(next);
  };
  const withUndo = async (action: () => Promise<void>, next: Undo) => {
    await action();
    setUndo(next);
    await refresh();
  };

  if (!settings) return null;
  return (
    <>
      <section aria-labelledby="reading-heading" data-testid="reading">
        <h2 id="reading-heading">Highlighting</h2>
        <label class="switch-row">
          <input
            type="checkbox"
            checked={settings.enabled}
            data-testid="enabled"
            onChange={(event) => void save({ ...settings, enabled: event.currentTarget.checked })}
          />{' '}
          Highlight checked claims on the pages I read
        </label>
        <fieldset class="intensity">
          <legend>How much to paint</legend>
          {INTENSITY_CHOICES.map(([value, label, detail]) => (
            <label key={value}>
              <input
                type="radio"
                name="intensity"
                value={value}
                checked={settings.intensity === value}
                onChange={() => void save({ ...settings, intensity: value })}
              />{' '}
              <strong>{label}</strong>: {detail}
            </label>
          ))}
        </fieldset>
        {undo ? (
          <p class="notice" role="status" data-testid="undo-status">
            {undo.text}{' '}
            <button
              type="button"
              onClick={() => {
                const last = undo;
                setUndo(null);
                void last.run().then(refresh);
              }}
            >
              Undo
            </button>
          </p>
        ) : null}
        <h3>Paused sites</h3>
        {settings.pausedSites.length === 0 ? (
          <p class="muted">None. Pause a site from the ClaimLens button while you are on it.</p>
        ) : (
          <ul class="plain-list" data-testid="paused-sites">
            {settings.pausedSites.map((site) => (
              <li key={site}>
                <span class="long-text">{site}</span>{' '}
                <button
                  type="button"
                  onClick={() =>
                    void withUndo(() => save(withSitePaused(settings, site, false)), {
                      text: `Highlighting again on ${site}.`,
                      run: async () => api.saveSettings(withSitePaused(await api.loadSettings(), site, true)),
                    })
                  }
                >
                  Resume
                </button>
              </li>
            ))}
          </ul>
        )}
        <h3>Hidden passages (“Not this claim”)</h3>
        {hidden.length === 0 ? (
          <p class="muted">None.</p>
        ) : (
          <ul class="plain-list" data-testid="hidden-items">
            {hidden.map((item) => (
              <li key={`${item.page}\u0000${item.claimId}\u0000${item.text}`}>
                <span class="long-text">
                  “{item.text}” on <span class="url">{item.page}</span>
                  {item.claimText ? <> (claim: {item.claimText})</> : null}
                </span>{' '}
                <button
                  type="button"
                  onClick={() =>
                    void withUndo(() => api.showAgain(item), {
                      text: 'The passage will be highlighted again.',
                      run: () => api.hideAgain(item),
                    })
                  }
                >
                  Show again
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** What ClaimLens keeps and whom it contacts, with the full policy (PRIVACY.md in the package). */
export function PrivacySection({ privacyUrl }: { privacyUrl: string }) {
  return (
    <section aria-labelledby="privacy-heading" data-testid="privacy">
      <h2 id="privacy-heading">Privacy</h2>
      <p>
        The text of the pages you read never leaves this device: ClaimLens matches it here, in the extension. It stores
        the claim lists, your settings and the passages you hid, in this browser only. It contacts only the addresses of
        the lists you subscribe to, to fetch them, and nothing else.{' '}
        <a href={privacyUrl} target="_blank" rel="noopener noreferrer">
          Read the privacy policy
        </a>
        .
      </p>
    </section>
  );
}
