// `npm run bench -- --quick` runs end to end and reports every figure as a number. Timing is
// judged from the full run on a quiet machine, never here.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedNames } from '../../../scripts/seed-pages';
import type { Figure } from '../../../bench/report';

const root = resolve(__dirname, '../../..');

function runQuickBench(jsonFile: string): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--quick', '--json', jsonFile], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill(), 280_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

const sizes = [10, 1000, 10000];
const expectedKeys = [
  'matcher.floor.mbps',
  'matcher.sentences.1mb.ms',
  'matcher.hand.scaling',
  'matcher.feed.scaling',
  'matcher.feed.falseMatches.templates.10000',
  'matcher.feed.falseMatches.fixtures.10000',
  'claimCompiler.cpu',
  'claimCompiler.heap',
  'matcher.wake.stored',
  'matcher.wake.storedBytes',
  'matcher.wake.stored.hand',
  'matcher.wake.storedBytes.hand',
  ...['hand', 'feed'].flatMap((kind) =>
    sizes.flatMap((size) =>
      ['throughput', 'vsFloor', 'naive', 'naiveRatio', 'compile', 'heap'].map(
        (name) => `matcher.${kind}.${name}.${size}`,
      ),
    ),
  ),
  ...seedNames().flatMap((seed) =>
    ['mainThread', 'evaluate', 'claimlensJs', 'wall', 'firstHighlight', 'addedMainThread'].map(
      (name) => `browser.seed.${seed.slice(0, 3)}.${name}`,
    ),
  ),
  ...['article', 'nodes', 'growing'].flatMap((page) =>
    [
      'extensionLongestTask',
      'claimlensJs',
      'longTasks',
      'longTasks.baseline',
      'longestTask',
      'longestTask.baseline',
      'mainThread',
      'mainThread.baseline',
    ].map((name) => `browser.${page}.${name}`),
  ),
  'browser.page.addedBlockingTime',
  'browser.page.longestTask',
  'browser.article.firstHighlight',
  ...['background', 'content', 'popup'].flatMap((entry) =>
    ['js.raw', 'js.gzip', 'css.raw', 'css.gzip'].map((name) => `bundle.${entry}.${name}`),
  ),
];

describe('npm run bench -- --quick', () => {
  it('measures every figure, states its target and writes them all as JSON', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-bench-'));
    try {
      const jsonFile = join(dir, 'bench.json');
      const { code, output } = await runQuickBench(jsonFile);
      const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as {
        mode: string;
        figures: Figure[];
        errors: string[];
      };
      expect(report.errors, output).toEqual([]);
      expect(code, output).toBe(0);
      expect(report.mode).toBe('quick');

      const keys = report.figures.map((figure) => figure.key);
      expect(keys).toEqual(expect.arrayContaining(expectedKeys));
      expect(new Set(keys).size).toBe(keys.length);
      for (const figure of report.figures) {
        expect(Number.isFinite(figure.value), `${figure.key} = ${figure.value}`).toBe(true);
        if (figure.target) expect(typeof figure.pass, figure.key).toBe('boolean');
        else expect(figure.pass, figure.key).toBeNull();
      }
      // The targets are all stated (pass or miss, never hidden).
      const targeted = report.figures.filter((figure) => figure.target).map((figure) => figure.key);
      expect(targeted).toEqual(
        expect.arrayContaining([
          'matcher.hand.throughput.10000',
          'matcher.hand.vsFloor.10000',
          'matcher.feed.naiveRatio.10',
          'matcher.feed.scaling',
          'matcher.hand.compile.10000',
          'matcher.feed.heap.10000',
          'matcher.wake.stored',
          'matcher.wake.stored.hand',
          'bundle.content.js.gzip',
          'browser.seed.000.mainThread',
          'browser.growing.extensionLongestTask',
          'browser.page.addedBlockingTime',
          'browser.article.firstHighlight',
        ]),
      );
      // The table is printed with every figure next to its target.
      expect(output).toMatch(/\| ClaimLens, 10,000 claims\s+\|[^|]+\| ≥ 20 MB\/s\s+\| (pass|MISS) \|/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
