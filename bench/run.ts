// `npm run bench [-- --quick] [-- --json FILE] [-- --only matcher,browser,bundle] [-- --no-build]`
// Measures ClaimLens against baselines from the same run and prints each figure next to its target.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBrowserBench, type BrowserBenchOptions } from './browser-bench';
import { runBundleBench } from './bundle';
import { runMatcherBench, type MatcherBenchOptions } from './matcher-bench';
import { createProgress, renderTable, Results } from './report';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SECTIONS = ['matcher', 'browser', 'bundle'] as const;
type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  quick: boolean;
  json?: string;
  sections: Section[];
  build: boolean;
}

export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { quick: false, sections: [...SECTIONS], build: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') options.quick = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--json') options.json = argv[++i];
    else if (arg.startsWith('--json=')) options.json = arg.slice('--json='.length);
    else if (arg === '--only')
      options.sections = (argv[++i] ?? '')
        .split(',')
        .filter((s): s is Section => (SECTIONS as readonly string[]).includes(s));
    else
      throw new Error(
        `unknown argument ${arg} (expected --quick, --json FILE, --only ${SECTIONS.join(',')}, --no-build)`,
      );
  }
  if (options.json === undefined && argv.includes('--json')) throw new Error('--json needs a file name');
  return options;
}

const MATCHER: Record<'quick' | 'full', MatcherBenchOptions> = {
  full: {
    textChars: 1_000_000,
    sizes: [10, 100, 1_000, 10_000, 100_000],
    runs: 5,
    naiveBudget: 1e9,
    falseMatchSizes: [10_000, 100_000],
    wakeSize: 100_000,
    compileFeedSize: 100_000,
  },
  quick: {
    textChars: 50_000,
    sizes: [10, 1_000, 10_000],
    runs: 3,
    naiveBudget: 1e8,
    falseMatchSizes: [10_000],
    wakeSize: 10_000,
    compileFeedSize: 500,
  },
};

const BROWSER: Record<'quick' | 'full', Omit<BrowserBenchOptions, 'extensionDir'>> = {
  full: { articleChars: 1_000_000, nodes: 200_000, growSeconds: 5, settleMs: 1000, timeoutMs: 60_000, seedRuns: 5 },
  quick: { articleChars: 50_000, nodes: 10_000, growSeconds: 1, settleMs: 200, timeoutMs: 20_000, seedRuns: 1 },
};

/** The production build into .output/bench (its own folder: e2e tests use .output/chrome-mv3). */
function buildExtension(): string {
  const outDir = join(root, '.output/bench');
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/build-extension.ts'), outDir], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (result.status !== 0)
    throw new Error(`build failed: ${(result.stderr || result.stdout).trim().split('\n').slice(-5).join('\n')}`);
  return join(outDir, 'chrome-mv3');
}

export async function runBench(options: BenchOptions): Promise<Results> {
  const results = new Results();
  const mode = options.quick ? 'quick' : 'full';
  const progress = createProgress();
  const attempt = async (name: string, run: () => Promise<void> | void) => {
    try {
      await run();
    } catch (error) {
      results.errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  let extensionDir = join(root, '.output/bench/chrome-mv3');
  if (options.build && (options.sections.includes('browser') || options.sections.includes('bundle'))) {
    progress.update('building the extension (production)');
    await attempt('build', () => {
      extensionDir = buildExtension();
    });
  }
  if (options.sections.includes('matcher'))
    await attempt('matcher', () => runMatcherBench(results, MATCHER[mode], progress));
  if (options.sections.includes('browser'))
    await attempt('browser', () => runBrowserBench(results, { ...BROWSER[mode], extensionDir }, progress));
  if (options.sections.includes('bundle')) await attempt('bundle', () => runBundleBench(results, extensionDir));
  progress.done();
  return results;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const loadBefore = loadavg()[0]!;
  const results = await runBench(options);
  const seconds = (Date.now() - started) / 1000;
  // Other work on the machine skews every timing: the load average says how much there was.
  const load = `load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`;
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;
  process.stdout.write(
    `ClaimLens benchmark (${options.quick ? 'quick' : 'full'}), ${new Date().toISOString()}, ${machine}, ${load}, ${seconds.toFixed(0)} s\n\n${renderTable(results)}\n`,
  );
  if (options.json) {
    mkdirSync(dirname(resolve(options.json)), { recursive: true });
    writeFileSync(
      options.json,
      `${JSON.stringify({ date: new Date().toISOString(), mode: options.quick ? 'quick' : 'full', machine, load, seconds, figures: results.figures, errors: results.errors }, null, 2)}\n`,
    );
  }
  if (results.errors.length > 0) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
