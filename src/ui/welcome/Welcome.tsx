// The welcome page, opened once on install: what the marks mean, how to reach claims from the
// keyboard (the shortcut as the browser has it bound), the privacy promise, and how to add a list.
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
      <h1>Welcome to ClaimLens</h1>
      <p class="lead">
        ClaimLens underlines passages that state, report or deny a claim fact-checkers have already checked. Hover, tap
        or click a line to see the verdict, what the passage does with the claim, and the sources.
      </p>

      <section aria-labelledby="marks">
        <h2 id="marks">What the lines mean</h2>
        <Legend />
        <p>
          The colour is the fact-checkers’ verdict; a blue dotted line means the passage denies or debunks the claim, so
          it is never shown in the colour of a false claim. You can choose how much ClaimLens paints, or turn it off for
          a site, from its toolbar button.
        </p>
      </section>

      <section aria-labelledby="keyboard">
        <h2 id="keyboard">From the keyboard and with a screen reader</h2>
        <p data-testid="shortcut">
          {shortcut === null
            ? 'Reading your shortcut…'
            : shortcut
              ? `Press ${shortcut} to move to the next checked claim on a page; its card takes focus, and Escape returns you to the text.`
              : 'No shortcut is set for “next claim”.'}{' '}
          You can change it in {shortcutSettings}.
        </p>
        <p>
          Highlights are not announced by screen readers (they do not change the page). Reach the claims with the
          shortcut above, or open the ClaimLens toolbar button: it lists the claims on the page and opens each one.
        </p>
      </section>

      <section aria-labelledby="privacy">
        <h2 id="privacy">Your reading stays yours</h2>
        <p>
          The text of the pages you read never leaves this device: ClaimLens matches it here, in the extension. It only
          contacts the addresses of claim lists you choose to subscribe to.{' '}
          <a href={privacyUrl} target="_blank" rel="noopener noreferrer">
            Privacy policy
          </a>
        </p>
      </section>

      <section aria-labelledby="lists">
        <h2 id="lists">Add a list</h2>
        <p>
          ClaimLens comes with a small list of checked claims. Fact-checking teams publish their own: in{' '}
          <button type="button" class="link-button" onClick={openOptions}>
            ClaimLens settings
          </button>
          , paste a list’s address under “Add a list” and choose Subscribe.
        </p>
      </section>
    </main>
  );
}
