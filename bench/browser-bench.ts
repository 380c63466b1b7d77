// ClaimLens in real Chromium: main-thread time to the first highlight on each seed article, and
// long tasks on heavy pages, each page loaded once with the extension and once without (baseline).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, launchWithExtension } from '../scripts/browser';
import { seedNames, startPageServer } from '../scripts/seed-pages';
import { articlePage, growingPage, manyNodesPage } from './corpus';
import { summarise, type Progress, type Results } from './report';
import { analyseTrace, busyMs, countLongTasks, longestTaskMs, startTrace, type PageTrace } from './trace';

export interface BrowserBenchOptions {
  extensionDir: string;
  articleChars: number;
  nodes: number;
  growSeconds: number;
  /** Quiet time after the page settled, to catch late work. */
  settleMs: number;
  timeoutMs: number;
  /** Loads of each seed article (the median is reported). */
  seedRuns: number;
}

const INIT_MARK = 'claimlens-bench:init';

/** Runs in the page's main world before any of its scripts: records long tasks from the start. */
function installLongTaskObserver(mark: string): void {
  const state: { longtasks: { start: number; duration: number }[] } = { longtasks: [] };
  (window as unknown as { __claimlensBench: typeof state }).__claimlensBench = state;
  performance.mark(mark);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longtasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No longtask support: the trace still has the tasks.
  }
}

interface PageRun {
  longtasks: { start: number; duration: number }[];
  /** DOMContentLoaded (its event's start), on the page's clock like the marks. */
  domContentLoaded: number | null;
  marks: Record<string, number>;
  highlights: number;
  trace: PageTrace | null;
}

async function markTime(page: Page, name: string): Promise<number | null> {
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? null, name);
}

async function waitFor(page: Page, check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await page.waitForTimeout(50);
  }
  return false;
}

const BLANK_PATH = '/bench/blank.html';

async function loadAndMeasure(
  context: BrowserContext,
  url: string,
  options: BrowserBenchOptions & { extensionId: string | null; waitForGrowth: boolean },
): Promise<PageRun> {
  const page = await context.newPage();
  try {
    await page.addInitScript(installLongTaskObserver, INIT_MARK);
    // Same origin first, so the measured page stays in the renderer the profiler is attached to.
    await page.goto(new URL(BLANK_PATH, url).href);
    const recorder = await startTrace(page);
    await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs });
    if (options.waitForGrowth) {
      await waitFor(
        page,
        () => page.evaluate(() => typeof (window as unknown as { __growDone?: number }).__growDone === 'number'),
        options.timeoutMs,
      );
    }
    if (options.extensionId) {
      await waitFor(page, async () => (await markTime(page, 'claimlens:first-scan-done')) !== null, options.timeoutMs);
      // Mutations after the first scan are re-read on idle: wait until the highlight count is stable.
      let previous = -1;
      for (let i = 0; i < 40; i++) {
        const count = await highlightCount(page);
        if (count === previous) break;
        previous = count;
        await page.waitForTimeout(250);
      }
    }
    await page.waitForTimeout(options.settleMs);
    const recording = await recorder.stop();
    const state = await page.evaluate(
      () =>
        (window as unknown as { __claimlensBench?: { longtasks: { start: number; duration: number }[] } })
          .__claimlensBench,
    );
    const marks: Record<string, number> = {};
    for (const name of ['claimlens:start', 'claimlens:first-highlight', 'claimlens:first-scan-done']) {
      const time = await markTime(page, name);
      if (time !== null) marks[name] = time;
    }
    const prefix = options.extensionId ? `chrome-extension://${options.extensionId}/` : null;
    const domContentLoaded = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return navigation ? navigation.domContentLoadedEventStart : null;
    });
    return {
      longtasks: state?.longtasks ?? [],
      domContentLoaded,
      marks,
      highlights: await highlightCount(page),
      trace: analyseTrace(recording, INIT_MARK, prefix),
    };
  } finally {
    await page.close();
  }
}

function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let count = 0;
    // ClaimLens's highlights have random names; its marks have a priority of 1 or more, below the
    // open claim's (ACTIVE_PRIORITY in src/highlight/palette.ts). A page's own default to 0.
    for (const highlight of CSS.highlights.values())
      if (highlight.priority >= 1 && highlight.priority < 14) count += highlight.size;
    return count;
  });
}

/** Chromium without the extension, launched like launchWithExtension (the baseline). */
async function launchBaseline(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'claimlens-bench-baseline-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const longest = (tasks: readonly { duration: number }[]) =>
  tasks.reduce((max, task) => Math.max(max, task.duration), 0);

/** Total blocking time: what every long task holds the main thread past 50 ms, summed (as Lighthouse counts it). */
const blockingTime = (tasks: readonly { duration: number }[]) =>
  tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);

/** DOMContentLoaded → the first highlight, as a page author sees it (null without either). */
const sinceDomContentLoaded = (run: PageRun) =>
  run.domContentLoaded !== null && run.marks['claimlens:first-highlight'] !== undefined
    ? run.marks['claimlens:first-highlight'] - run.domContentLoaded
    : Number.NaN;

export async function runBrowserBench(
  results: Results,
  options: BrowserBenchOptions,
  progress: Progress,
): Promise<void> {
  const heavyPages = [
    {
      id: 'article',
      label: `${(options.articleChars / 1_000_000).toLocaleString('en-GB')} MB article`,
      path: '/bench/article.html',
      body: articlePage(options.articleChars),
      grows: false,
    },
    {
      id: 'nodes',
      label: `${options.nodes.toLocaleString('en-GB')}-node page`,
      path: '/bench/nodes.html',
      body: manyNodesPage(options.nodes),
      grows: false,
    },
    {
      id: 'growing',
      label: `+1,000 paragraphs/s for ${options.growSeconds} s`,
      path: '/bench/growing.html',
      body: growingPage(1000, options.growSeconds),
      grows: true,
    },
  ];
  const server = await startPageServer({
    ...Object.fromEntries(heavyPages.map((page) => [page.path, { body: page.body }])),
    [BLANK_PATH]: { body: '<!doctype html><title>blank</title>' },
  });
  const seeds = seedNames();
  const withExtension = new Map<string, PageRun[]>();
  const baseline = new Map<string, PageRun[]>();
  const measureSeeds = async (
    context: BrowserContext,
    run: BrowserBenchOptions & { extensionId: string | null },
    into: Map<string, PageRun[]>,
    label: string,
  ) => {
    for (let round = 0; round < options.seedRuns; round++) {
      for (const seed of seeds) {
        progress.update(`browser: ${seed} ${label} (${round + 1}/${options.seedRuns})`);
        const runs = into.get(seed) ?? [];
        // Seed pages are static: a short quiet time after the first scan is enough.
        runs.push(
          await loadAndMeasure(context, `${server.origin}/seed/${seed}.html`, {
            ...run,
            settleMs: Math.min(run.settleMs, 300),
            waitForGrowth: false,
          }),
        );
        into.set(seed, runs);
      }
    }
  };
  try {
    progress.update('browser: launching Chromium with ClaimLens');
    const browser = await launchWithExtension({ headless: true, extensionDir: options.extensionDir });
    try {
      const run = { ...options, extensionId: browser.extensionId };
      // Warm-up: the first page wakes the worker, seeds the database and compiles the matcher.
      await loadAndMeasure(browser.context, `${server.origin}/seed/${seeds[0]}.html`, { ...run, waitForGrowth: false });
      await measureSeeds(browser.context, run, withExtension, 'with ClaimLens');
      for (const page of heavyPages) {
        progress.update(`browser: ${page.label} with ClaimLens`);
        withExtension.set(page.id, [
          await loadAndMeasure(browser.context, server.origin + page.path, { ...run, waitForGrowth: page.grows }),
        ]);
      }
    } finally {
      await browser.close();
    }
    progress.update('browser: launching Chromium without the extension (baseline)');
    const plain = await launchBaseline();
    try {
      const run = { ...options, extensionId: null };
      await loadAndMeasure(plain.context, `${server.origin}/seed/${seeds[0]}.html`, { ...run, waitForGrowth: false });
      await measureSeeds(plain.context, run, baseline, 'baseline');
      for (const page of heavyPages) {
        progress.update(`browser: ${page.label} baseline`);
        baseline.set(page.id, [
          await loadAndMeasure(plain.context, server.origin + page.path, { ...run, waitForGrowth: page.grows }),
        ]);
      }
    } finally {
      await plain.close();
    }
  } finally {
    await server.close();
  }

  const seedSection = 'Chromium: seed articles (content script start → first highlight)';
  const median = (values: number[]) => summarise(values.filter(Number.isFinite)).median;
  const spreadOf = (values: number[]) =>
    `median of ${values.length}, spread ±${Math.round(summarise(values.filter(Number.isFinite)).spread * 100)}%`;
  for (const seed of seeds) {
    const ext = withExtension.get(seed)!;
    const base = baseline.get(seed)!;
    const short = seed.slice(0, 3);
    const main = ext.map((run) => {
      const start = run.trace?.marks.get('claimlens:start');
      const first = run.trace?.marks.get('claimlens:first-highlight');
      return run.trace && start !== undefined && first !== undefined
        ? busyMs(run.trace, start, first, true)
        : Number.NaN;
    });
    const all = ext.map((run) => {
      const start = run.trace?.marks.get('claimlens:start');
      const first = run.trace?.marks.get('claimlens:first-highlight');
      return run.trace && start !== undefined && first !== undefined ? busyMs(run.trace, start, first) : Number.NaN;
    });
    results.add({
      key: `browser.seed.${short}.mainThread`,
      section: seedSection,
      label: `seed ${short}: main-thread time to first highlight`,
      value: median(main),
      unit: 'ms',
      target: { op: '<=', value: 16 },
      note: `tasks that ran ClaimLens code, between the marks; ${spreadOf(main)}; all tasks ${median(all).toFixed(1)} ms; ${ext[0]!.highlights} highlights`,
    });
    const evaluate = ext.map((run) => run.trace?.evaluateMs ?? Number.NaN);
    results.add({
      key: `browser.seed.${short}.evaluate`,
      section: seedSection,
      label: `seed ${short}: content script evaluation before main()`,
      value: median(evaluate),
      unit: 'ms',
      note: `top-level code of content.js, before the start mark; ${spreadOf(evaluate)}`,
    });
    const js = ext.map((run) => run.trace?.codeMs ?? Number.NaN);
    results.add({
      key: `browser.seed.${short}.claimlensJs`,
      section: seedSection,
      label: `seed ${short}: ClaimLens JS, whole page life`,
      value: median(js),
      unit: 'ms',
      note: 'CPU profile samples with content.js on the stack',
    });
    const wall = ext.map((run) => run.marks['claimlens:first-highlight']! - run.marks['claimlens:start']!);
    results.add({
      key: `browser.seed.${short}.wall`,
      section: seedSection,
      label: `seed ${short}: wall time to first highlight`,
      value: median(wall),
      unit: 'ms',
      note: `includes the round trip to the background; ${spreadOf(wall)}`,
    });
    const fromDcl = ext.map(sinceDomContentLoaded);
    results.add({
      key: `browser.seed.${short}.firstHighlight`,
      section: seedSection,
      label: `seed ${short}: DOMContentLoaded → first highlight`,
      value: median(fromDcl),
      unit: 'ms',
      target: { op: '<=', value: 50 },
      note: `what the page sees, round trip to the background included; ${spreadOf(fromDcl)}`,
    });
    const busyWith = ext.map((run) => (run.trace ? busyMs(run.trace) : Number.NaN));
    const busyWithout = base.map((run) => (run.trace ? busyMs(run.trace) : Number.NaN));
    results.add({
      key: `browser.seed.${short}.addedMainThread`,
      section: seedSection,
      label: `seed ${short}: main thread, page life, with − without`,
      value: median(busyWith) - median(busyWithout),
      unit: 'ms',
      note: `medians: ${median(busyWith).toFixed(1)} − ${median(busyWithout).toFixed(1)} ms (baseline); noisy`,
    });
  }

  const heavySection = 'Chromium: heavy pages (long tasks > 50 ms)';
  for (const page of heavyPages) {
    const ext = withExtension.get(page.id)![0]!;
    const base = baseline.get(page.id)![0]!;
    const key = `browser.${page.id}`;
    const extTrace = ext.trace;
    results.add({
      key: `${key}.extensionLongestTask`,
      section: heavySection,
      label: `${page.label}: longest task running ClaimLens code`,
      value: extTrace ? longestTaskMs(extTrace, { onlyCode: true }) : Number.NaN,
      unit: 'ms',
      target: { op: '<=', value: 50 },
      note: extTrace
        ? `${countLongTasks(extTrace, { onlyCode: true })} long tasks ran ClaimLens code; ${ext.highlights} highlights`
        : 'no trace',
    });
    results.add({
      key: `${key}.claimlensJs`,
      section: heavySection,
      label: `${page.label}: ClaimLens JS, whole page life`,
      value: extTrace?.codeMs ?? Number.NaN,
      unit: 'ms',
      note: 'CPU profile samples with content.js on the stack',
    });
    results.add({
      key: `${key}.longTasks`,
      section: heavySection,
      label: `${page.label}: long tasks, with ClaimLens`,
      value: ext.longtasks.length,
      unit: '',
      note: `longest ${longest(ext.longtasks).toFixed(0)} ms (PerformanceObserver)`,
    });
    results.add({
      key: `${key}.longTasks.baseline`,
      section: heavySection,
      label: `${page.label}: long tasks, baseline`,
      value: base.longtasks.length,
      unit: '',
      note: `longest ${longest(base.longtasks).toFixed(0)} ms`,
    });
    results.add({
      key: `${key}.longestTask`,
      section: heavySection,
      label: `${page.label}: longest task, with ClaimLens`,
      value: longest(ext.longtasks),
      unit: 'ms',
    });
    results.add({
      key: `${key}.longestTask.baseline`,
      section: heavySection,
      label: `${page.label}: longest task, baseline`,
      value: longest(base.longtasks),
      unit: 'ms',
    });
    results.add({
      key: `${key}.mainThread`,
      section: heavySection,
      label: `${page.label}: main-thread busy, with ClaimLens`,
      value: ext.trace ? busyMs(ext.trace) : Number.NaN,
      unit: 'ms',
      note: ext.trace
        ? `${busyMs(ext.trace, -Infinity, Infinity, true).toFixed(0)} ms of it in tasks that ran ClaimLens code`
        : '',
    });
    results.add({
      key: `${key}.mainThread.baseline`,
      section: heavySection,
      label: `${page.label}: main-thread busy, baseline`,
      value: base.trace ? busyMs(base.trace) : Number.NaN,
      unit: 'ms',
    });
  }

  // The page author's view: every task, whoever caused it (style recalculation and paint for the
  // highlights included), with the extension against the same pages without it.
  const pageSection = 'Chromium: page-side cost, with − without the extension';
  const added = heavyPages.map(
    (page) =>
      blockingTime(withExtension.get(page.id)![0]!.longtasks) - blockingTime(baseline.get(page.id)![0]!.longtasks),
  );
  results.add({
    key: 'browser.page.addedBlockingTime',
    section: pageSection,
    label: 'added total blocking time, three heavy pages together',
    value: added.reduce((sum, ms) => sum + ms, 0),
    unit: 'ms',
    target: { op: '<=', value: 50 },
    note: heavyPages.map((page, i) => `${page.id} ${added[i]!.toFixed(0)}`).join(', ') + ' ms; one load each, noisy',
  });
  const longestWith = Math.max(...heavyPages.map((page) => longest(withExtension.get(page.id)![0]!.longtasks)));
  const longestWithout = Math.max(...heavyPages.map((page) => longest(baseline.get(page.id)![0]!.longtasks)));
  results.add({
    key: 'browser.page.longestTask',
    section: pageSection,
    label: 'longest task over the three heavy pages, with ClaimLens',
    value: longestWith,
    unit: 'ms',
    note: `without: ${longestWithout.toFixed(0)} ms (the pages' own layout)`,
  });
  const article = withExtension.get('article')![0]!;
  results.add({
    key: 'browser.article.firstHighlight',
    section: pageSection,
    label: `${heavyPages[0]!.label}: DOMContentLoaded → first highlight`,
    value: sinceDomContentLoaded(article),
    unit: 'ms',
    target: { op: '<=', value: 100 },
    note: `${article.highlights} highlights`,
  });
}
