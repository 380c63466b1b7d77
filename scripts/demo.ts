// `npm start`: build the extension, serve a seed article on 127.0.0.1, and open Chromium with
// ClaimLens loaded on it. Without a display it runs headless, opens the first card, writes a
// screenshot and prints its path, so you can see that it works.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM, launchWithExtension } from './browser';
import { chromiumCard } from './card-probe';
import { seedNames, startPageServer } from './seed-pages';

if (!existsSync(CHROMIUM)) {
  console.error(
    `Chromium not found at ${CHROMIUM}. Install it from Debian: apt-get install -y chromium (or run scripts/setup.sh).`,
  );
  process.exit(1);
}
execSync('npx wxt build', { stdio: 'inherit' });
const server = await startPageServer();
const seed = process.argv[2] ?? seedNames().find((name) => name.startsWith('003')) ?? seedNames()[0]!;
const url = `${server.origin}/seed/${seed}.html`;
const headless = !process.env.DISPLAY;
const browser = await launchWithExtension({ headless });
const page = await browser.context.newPage();
await page.goto(url);
console.log(`ClaimLens is running on ${url}`);

if (headless) {
  // Wait for the highlights, then open the first card as the keyboard command would.
  await page.waitForFunction(() => [...CSS.highlights.values()].some((highlight) => highlight.priority >= 1), null, {
    timeout: 15_000,
  });
  const tabId = await browser.serviceWorker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  await browser.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id!, { type: 'focus-next-claim' }), tabId);
  await chromiumCard(page).waitFor({ state: 'visible' });
  const shot = resolve('test-results/demo-card.png');
  await page.screenshot({ path: shot });
  console.log(`No display: ran headless. Screenshot of the first card: ${shot}`);
  await browser.close();
  await server.close();
} else {
  console.log('Close the browser window to stop.');
  browser.context.on('close', () => void server.close().then(() => process.exit(0)));
}
