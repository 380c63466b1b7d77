import { i18n } from '#i18n';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { toneTextCss } from '../../src/highlight/palette';
import { Welcome } from '../../src/ui/welcome/Welcome';
import '../../src/ui/welcome/welcome.css';
import '../../src/ui/legend/legend.css';

const tones = document.createElement('style');
tones.textContent = toneTextCss();
document.head.append(tones);

render(
  <Welcome
    loadShortcut={async () =>
      (await browser.commands.getAll()).find((command) => command.name === 'next-claim')?.shortcut ?? ''
    }
    shortcutSettings={
      import.meta.env.FIREFOX ? i18n.t('welcome.shortcutSettingsFirefox') : i18n.t('welcome.shortcutSettingsChrome')
    }
    openOptions={() => void browser.runtime.openOptionsPage()}
    privacyUrl="/PRIVACY.txt"
  />,
  document.getElementById('app')!,
);
