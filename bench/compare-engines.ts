// Back-to-back speed of two matching engines in one process: the working tree's and the one at a git
// revision (checked out into a temporary worktree), on the same generated article and lists,
// alternating runs so machine load hits both alike; "in context" is the working tree's engine reading
// the same blocks as one article (matchBlock, one DocumentContext): the context pass's cost.
// For changes that must not slow the matcher:
//   npx tsx bench/compare-engines.ts --base HEAD~3 [--chars 1000000] [--runs 7] [--sizes 10,1000,10000] [--kind hand|feed]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleParagraphs } from './corpus';
import { benchList, type ListKind } from './lists';
import * as current from '../src/match/index';

type Engine = Pick<typeof current, 'compileMatcher' | 'matchText'>;

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const root = resolve(import.meta.dirname, '..');
const base = argument('base', 'HEAD');
const chars = Number(argument('chars', '1000000'));
const runs = Number(argument('runs', '7'));
const sizes = argument('sizes', '10,1000,10000').split(',').map(Number);
const kind = argument('kind', 'hand') as ListKind;

const dir = mkdtempSync(join(tmpdir(), 'claimlens-base-'));
execFileSync('git', ['worktree', 'add', '--detach', dir, base], { cwd: root, stdio: 'ignore' });
try {
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const baseline = (await import(pathToFileURL(join(dir, 'src/match/index.ts')).href)) as Engine;
  const blocks = articleParagraphs(chars, 1);
  const megabytes = blocks.reduce((sum, block) => sum + block.length, 0) / 1e6;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log(`${megabytes.toFixed(2)} MB of text, ${runs} alternating runs per size; ${kind} lists; base = ${base}`);
  console.log('claims\tbase MB/s\tnow MB/s\tnow/base\tin context MB/s\tcontext/now\tbase compile ms\tnow compile ms');
  for (const size of sizes) {
    const claims = benchList(kind, size);
    const engines: [Engine, ReturnType<Engine['compileMatcher']>, number][] = [baseline, current].map((engine) => {
      const started = performance.now();
      const matcher = engine.compileMatcher(claims);
      return [engine, matcher, performance.now() - started];
    });
    const times: number[][] = [[], [], []];
    const found: number[] = [0, 0, 0];
    for (let run = -1; run < runs; run++) {
      // Alternate which engine goes first, so neither always runs on a warmer or quieter machine.
      const order = run % 2 === 0 ? [0, 1, 2] : [2, 1, 0];
      order.forEach((e) => {
        const [engine, matcher] = engines[Math.min(e, 1)]!;
        const started = performance.now();
        let matches = 0;
        if (e === 2) {
          const context = current.createDocumentContext();
          blocks.forEach((block, i) => {
            matches += current.matchBlock(matcher, context, block, i === 0 ? 'title' : 'paragraph').length;
          });
        } else for (const block of blocks) matches += engine.matchText(matcher, block).length;
        if (run >= 0) times[e]!.push(performance.now() - started);
        found[e] = matches;
      });
    }
    if (found[0] !== found[1]) console.log(`  ${size} claims: the engines found ${found[0]} and ${found[1]} matches`);
    const [before, after, inContext] = times.map((samples) => megabytes / (median(samples) / 1000));
    console.log(
      `${size}\t${before!.toFixed(1)}\t${after!.toFixed(1)}\t${(after! / before!).toFixed(3)}\t${inContext!.toFixed(1)}\t${(inContext! / after!).toFixed(3)}\t${engines[0]![2].toFixed(0)}\t${engines[1]![2].toFixed(0)}`,
    );
  }
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: root, stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
}
