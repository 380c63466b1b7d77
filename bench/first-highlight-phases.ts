// `npx tsx bench/first-highlight-phases.ts [LOADS] [--article CHARS] [--ext DIR,DIR…]`: where the time
// from DOMContentLoaded to the first highlight goes, phase by phase, on each seed article and the
// generated article, read from the benchmark build's performance marks (src/page/bench-marks.ts).
// With several builds (--ext), their loads alternate page by page, so load on the machine hits each
// alike: the way to compare two versions of the page side on a shared machine.
// Build first: `node --import tsx bench/build-extension.ts .output/bench` (the default DIR).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, type ExtensionBrowser } from '../scripts/browser';
import { seedNames, startPageServer } from '../scripts/seed-pages';
import { articlePage } from './corpus';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const loads = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 5);
const articleChars = Number(option('--article') ?? 1_000_000);
const extensionDirs = (option('--ext') ?? '.output/bench').split(',').map((dir) => join(root, dir, 'chrome-mv3'));

/** The marks in the order the content script sets them (some builds may lack some). */
const PHASES = [
  'claimlens:start',
  'claimlens:settings-read',
  'claimlens:batch-sent',
  'claimlens:batch-answered',
  'claimlens:first-highlight',
] as const;

const server = await startPageServer({
  '/bench/article.html': { body: articlePage(articleChars) },
  '/bench/blank.html': { body: '<!doctype html><title>blank</title>' },
});
const browsers: ExtensionBrowser[] = [];
/** variant → page → loads → ms after DOMContentLoaded per phase. */
const rows = extensionDirs.map(() => new Map<string, number[][]>());
try {
  for (const extensionDir of extensionDirs) browsers.push(await launchWithExtension({ headless: true, extensionDir }));
  const pages = [...seedNames().map((seed) => `/seed/${seed}.html`), '/bench/article.html'];
  for (let round = -1; round < loads; round++) {
    for (const path of pages) {
      for (const [variant, browser] of browsers.entries()) {
        const page = await browser.context.newPage();
        await page.goto(`${server.origin}/bench/blank.html`);
        await page.goto(server.origin + path, { waitUntil: 'load' });
        await page.waitForFunction(() => performance.getEntriesByName('claimlens:first-scan-done').length > 0, null, {
          timeout: 60_000,
        });
        const times = await page.evaluate(
          (names) => {
            const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
            return names.map(
              (name) =>
                (performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN) - nav.domContentLoadedEventStart,
            );
          },
          PHASES as unknown as string[],
        );
        await page.close();
        if (round < 0) continue; // the first round wakes the worker and compiles the matcher
        const list = rows[variant]!.get(path) ?? [];
        list.push(times);
        rows[variant]!.set(path, list);
      }
    }
  }
} finally {
  for (const browser of browsers) await browser.close();
  await server.close();
}
const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : Number.NaN;
};
console.log(`ms after DOMContentLoaded, median of ${loads} loads`);
for (const [variant, byPage] of rows.entries()) {
  console.log(`\n${extensionDirs[variant]}`);
  console.log(['page        ', ...PHASES.map((name) => name.replace('claimlens:', ''))].join('\t'));
  for (const [path, list] of byPage)
    console.log(
      [
        path.split('/').pop()!.slice(0, 12),
        ...PHASES.map((_, i) => median(list.map((row) => row[i]!)).toFixed(1)),
      ].join('\t'),
    );
}
