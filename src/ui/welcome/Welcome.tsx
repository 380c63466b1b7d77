// The welcome page, opened once on install: what the marks mean, how to reach claims from the
// keyboard (the shortcut as the browser has it bound), the privacy promise, and how to add a list.
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { Legend } from '../legend/Legend';

export interface WelcomeProps {
  /** The next-claim shortcut as bound in the browser ("" when unbound). */
  loadShortcut(): Promise<string>;
  /** Where the browser's extension shortcut settings are, in words or as an address. */
  shortcutSettings: string;
  openOptions(): void;
  privacyUrl: string;
}

export function Welcome({ loadShortcut, shortcutSettings, openOptions, privacyUrl }: WelcomeProps) {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    loadShortcut().then(setShortcut, () => setShortcut(''));
  }, []);

  return (
    <main class="welcome">
      <h1>{i18n.t('welcome.title')}</h1>
      <p class="lead">{i18n.t('welcome.lead')}</p>

      <section aria-labelledby="marks">
        <h2 id="marks">{i18n.t('welcome.marksHeading')}</h2>
        <Legend />
        <p>{i18n.t('welcome.marksText')}</p>
      </section>

      <section aria-labelledby="keyboard">
        <h2 id="keyboard">{i18n.t('welcome.keyboardHeading')}</h2>
        <p data-testid="shortcut">
          {shortcut === null
            ? i18n.t('welcome.shortcutReading')
            : shortcut
              ? i18n.t('welcome.shortcutBound', [shortcut])
              : i18n.t('welcome.shortcutUnbound')}{' '}
          {i18n.t('welcome.shortcutChange', [shortcutSettings])}
        </p>
        <p>{i18n.t('welcome.screenReaders')}</p>
      </section>

      <section aria-labelledby="privacy">
        <h2 id="privacy">{i18n.t('welcome.privacyHeading')}</h2>
        <p>
          {i18n.t('welcome.privacyText')}{' '}
          <a href={privacyUrl} target="_blank" rel="noopener noreferrer">
            {i18n.t('welcome.privacyLink')}
          </a>
        </p>
      </section>

      <section aria-labelledby="lists">
        <h2 id="lists">{i18n.t('welcome.listsHeading')}</h2>
        <p>
          {i18n.t('welcome.listsBefore')}{' '}
          <button type="button" class="link-button" onClick={openOptions}>
            {i18n.t('welcome.listsSettings')}
          </button>
          {i18n.t('welcome.listsAfter')}
        </p>
      </section>
    </main>
  );
}
