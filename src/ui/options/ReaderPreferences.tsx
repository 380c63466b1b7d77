// The reader's side of the options page: how much ClaimLens paints, the sites where it is paused,
// the passages hidden with "Not this claim" (each with a way back, and an undo), and the privacy
// promise. Storage is injected (entrypoints/options/main.tsx).
import { i18n } from '#i18n';
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

const intensityChoices = (): [Intensity, string, string][] => [
  ['underline', i18n.t('prefs.underline'), i18n.t('prefs.underlineDetail')],
  ['tint', i18n.t('prefs.tint'), i18n.t('prefs.tintDetail')],
  ['off', i18n.t('prefs.off'), i18n.t('prefs.offDetail')],
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
        <h2 id="reading-heading">{i18n.t('prefs.heading')}</h2>
        <label class="switch-row">
          <input
            type="checkbox"
            checked={settings.enabled}
            data-testid="enabled"
            onChange={(event) => void save({ ...settings, enabled: event.currentTarget.checked })}
          />{' '}
          {i18n.t('prefs.enabled')}
        </label>
        <fieldset class="intensity">
          <legend>{i18n.t('prefs.howMuch')}</legend>
          {intensityChoices().map(([value, label, detail]) => (
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
              {i18n.t('prefs.undo')}
            </button>
          </p>
        ) : null}
        <h3>{i18n.t('prefs.pausedHeading')}</h3>
        {settings.pausedSites.length === 0 ? (
          <p class="muted">{i18n.t('prefs.pausedNone')}</p>
        ) : (
          <ul class="plain-list" data-testid="paused-sites">
            {settings.pausedSites.map((site) => (
              <li key={site}>
                <span class="long-text">{site}</span>{' '}
                <button
                  type="button"
                  onClick={() =>
                    void withUndo(() => save(withSitePaused(settings, site, false)), {
                      text: i18n.t('prefs.resumed', [site]),
                      run: async () => api.saveSettings(withSitePaused(await api.loadSettings(), site, true)),
                    })
                  }
                >
                  {i18n.t('prefs.resume')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <h3>{i18n.t('prefs.hiddenHeading')}</h3>
        {hidden.length === 0 ? (
          <p class="muted">{i18n.t('prefs.hiddenNone')}</p>
        ) : (
          <ul class="plain-list" data-testid="hidden-items">
            {hidden.map((item) => (
              <li key={`${item.page}\u0000${item.claimId}\u0000${item.text}`}>
                <span class="long-text">
                  {i18n.t('prefs.hiddenItem', [item.text, item.page])}
                  {item.claimText ? i18n.t('prefs.hiddenClaim', [item.claimText]) : null}
                </span>{' '}
                <button
                  type="button"
                  onClick={() =>
                    void withUndo(() => api.showAgain(item), {
                      text: i18n.t('prefs.shownAgain'),
                      run: () => api.hideAgain(item),
                    })
                  }
                >
                  {i18n.t('prefs.showAgain')}
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
      <h2 id="privacy-heading">{i18n.t('prefs.privacyHeading')}</h2>
      <p>
        {i18n.t('prefs.privacyText')}{' '}
        <a href={privacyUrl} target="_blank" rel="noopener noreferrer">
          {i18n.t('prefs.privacyLink')}
        </a>
        .
      </p>
    </section>
  );
}
