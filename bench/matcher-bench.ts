// The matcher in Node: ClaimLens against the tokenizer floor and against a naive RegExp-per-claim
// highlighter, on the same generated article, with claim lists of growing size.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileMatcher, matchText, splitSentences } from '../src/match/index';
import { articleParagraphs, claimList, MEGABYTE, type BenchClaim } from './corpus';
import { summarise, type Progress, type Results } from './report';

const here = dirname(fileURLToPath(import.meta.url));

export interface MatcherBenchOptions {
  textChars: number;
  sizes: readonly number[];
  /** Timed runs per measurement (after one warm-up run). */
  runs: number;
  /** Claim-characters a naive run may cost before it is timed on a prefix of the text only. */
  naiveBudget: number;
}

/**
 * The floor: one pass that lower-cases the text and hashes every word with charCodeAt. A
 * token-based matcher must at least do this; nothing that reads every word can be faster.
 */
export function tokenizerFloor(blocks: readonly string[]): number {
  let sum = 0;
  for (const block of blocks) {
    const text = block.toLowerCase();
    let hash = 0;
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127) {
        hash = (Math.imul(hash, 31) + c) | 0;
        inWord = true;
      } else if (inWord) {
        sum = (sum + hash) | 0;
        hash = 0;
        inWord = false;
      }
    }
    if (inWord) sum = (sum + hash) | 0;
  }
  return sum;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What most highlighter extensions do: one case-insensitive RegExp per claim phrase. */
export function compileNaive(claims: readonly BenchClaim[]): RegExp[] {
  return claims.map((claim) => new RegExp(escapeRegExp(claim.phrase), 'gi'));
}

export function naiveScan(patterns: readonly RegExp[], blocks: readonly string[]): number {
  let found = 0;
  for (const block of blocks) {
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      while (pattern.exec(block)) found++;
    }
  }
  return found;
}

type Matcher = ReturnType<typeof compileMatcher>;

export function claimLensScan(matcher: Matcher, blocks: readonly string[]): number {
  let found = 0;
  for (const block of blocks) found += matchText(matcher, block).length;
  return found;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** One warm-up, then `runs` timed runs; returns every sample in ms. */
function sample(runs: number, run: () => unknown): number[] {
  run();
  return Array.from({ length: runs }, () => time(run));
}

interface HeapReport {
  compileMs: number;
  heapBytes: number;
}

/** Compiles a list in a fresh Node (--expose-gc) and reports the compile time and retained heap. */
export function measureCompileInChild(size: number): Promise<HeapReport> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', resolve(here, 'heap-child.ts'), String(size)],
      {
        cwd: resolve(here, '..'),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const timer = setTimeout(() => child.kill(), 120_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      try {
        if (code !== 0) throw new Error(`exit ${code}: ${err.trim().split('\n').slice(-3).join(' ')}`);
        done(JSON.parse(out.trim().split('\n').pop() ?? '') as HeapReport);
      } catch (error) {
        fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

function prefixOf(blocks: readonly string[], chars: number): string[] {
  const out: string[] = [];
  let total = 0;
  for (const block of blocks) {
    if (total >= chars) break;
    out.push(block);
    total += block.length;
  }
  return out;
}

const pct = (spread: number) => `±${Math.round(spread * 100)}%`;

export async function runMatcherBench(
  results: Results,
  options: MatcherBenchOptions,
  progress: Progress,
): Promise<void> {
  const section = 'Matcher (Node)';
  progress.update('matcher: generating text');
  const blocks = articleParagraphs(options.textChars);
  const megabytes = blocks.reduce((total, block) => total + block.length, 0) / MEGABYTE;

  progress.update('matcher: tokenizer floor');
  const floor = summarise(sample(Math.max(options.runs, 5), () => tokenizerFloor(blocks)));
  results.add({
    key: 'matcher.floor.mbps',
    section,
    label: `tokenizer floor (${megabytes.toFixed(2)} MB of text)`,
    value: megabytes / (floor.median / 1000),
    unit: 'MB/s',
    note: `lower-case + charCodeAt hash of every word; median of ${Math.max(options.runs, 5)}, spread ${pct(floor.spread)}`,
  });

  // Sentence splitting of one long run of prose: linear, or a 1 MB page stalls (moved here from a unit test).
  progress.update('matcher: sentence split of 1 MB');
  const prose = 'Mr. Stone said Meta didn’t share messages with Netflix, per the U.S. filing. '.repeat(13_000);
  const split = summarise(sample(options.runs, () => splitSentences(prose)));
  results.add({
    key: 'matcher.sentences.1mb.ms',
    section,
    label: 'sentence split, 1 MB of prose with abbreviations',
    value: split.median,
    unit: 'ms',
    target: { op: '<', value: 1000 },
    note: `13,000 sentences; median of ${options.runs}, spread ${pct(split.spread)}`,
  });

  const vsFloor = new Map<number, number>();
  for (const size of options.sizes) {
    const claims = claimList(size);
    progress.update(`matcher: compiling ${size.toLocaleString('en-GB')} claims`);
    const matcher = compileMatcher(claims);
    progress.update(`matcher: ClaimLens on ${size.toLocaleString('en-GB')} claims`);
    const matches = claimLensScan(matcher, blocks);
    // Floor and ClaimLens interleaved, so both see the same machine load.
    const ours: number[] = [];
    const floors: number[] = [];
    claimLensScan(matcher, blocks);
    for (let run = 0; run < options.runs; run++) {
      floors.push(time(() => tokenizerFloor(blocks)));
      ours.push(time(() => claimLensScan(matcher, blocks)));
    }
    const mine = summarise(ours);
    // Each ClaimLens run is paired with the floor run just before it (same machine load).
    const paired = summarise(ours.map((ms, run) => ms / floors[run]!));
    vsFloor.set(size, paired.median);

    progress.update(`matcher: naive RegExp on ${size.toLocaleString('en-GB')} claims`);
    const patterns = compileNaive(claims);
    // The naive scan costs claims × text; above the budget it runs on the article's first
    // blocks and its time is scaled to the whole text (it is linear in the text by construction).
    const sampleBlocks = prefixOf(blocks, options.naiveBudget / size);
    const sampleShare = sampleBlocks.reduce((total, block) => total + block.length, 0) / MEGABYTE / megabytes;
    const naiveRuns = size >= 10_000 ? Math.min(options.runs, 2) : options.runs;
    const naiveSamples = sample(naiveRuns, () => naiveScan(patterns, sampleBlocks)).map((ms) => ms / sampleShare);
    const naive = summarise(naiveSamples);
    const naiveFound = naiveScan(patterns, sampleBlocks);

    progress.update(`matcher: compile time and heap of ${size.toLocaleString('en-GB')} claims (child process)`);
    const heap = await measureCompileInChild(size).catch((error: unknown) => {
      results.errors.push(`heap for ${size} claims: ${error instanceof Error ? error.message : String(error)}`);
      return { compileMs: Number.NaN, heapBytes: Number.NaN };
    });

    const n = size.toLocaleString('en-GB');
    const isLargest = size === 10_000;
    results.add({
      key: `matcher.throughput.${size}`,
      section,
      label: `ClaimLens, ${n} claims`,
      value: megabytes / (mine.median / 1000),
      unit: 'MB/s',
      target: isLargest ? { op: '>=', value: 20 } : undefined,
      note: `median of ${options.runs}, spread ${pct(mine.spread)}; ${matches} matches`,
    });
    results.add({
      key: `matcher.vsFloor.${size}`,
      section,
      label: `ClaimLens / floor time, ${n} claims`,
      value: paired.median,
      unit: '×',
      target: { op: '<=', value: 3 },
      note: `median of ${options.runs} back-to-back pairs, spread ${pct(paired.spread)}`,
    });
    results.add({
      key: `matcher.naive.${size}`,
      section,
      label: `naive RegExp, ${n} claims`,
      value: megabytes / (naive.median / 1000),
      unit: 'MB/s',
      note: `${size} case-insensitive RegExps per block; median of ${naiveRuns}, spread ${pct(naive.spread)}; ${naiveFound} hits${sampleShare < 1 ? `; timed on the first ${Math.round(sampleShare * 100)}% of the text, scaled` : ''}`,
    });
    results.add({
      key: `matcher.naiveRatio.${size}`,
      section,
      label: `naive / ClaimLens time, ${n} claims`,
      value: naive.median / mine.median,
      unit: '×',
      target: isLargest ? { op: '>=', value: 100 } : undefined,
    });
    results.add({
      key: `matcher.compile.${size}`,
      section,
      label: `compile ${n} claims`,
      value: heap.compileMs,
      unit: 'ms',
      note: 'first compile in a fresh Node process',
    });
    results.add({
      key: `matcher.heap.${size}`,
      section,
      label: `compiled matcher heap, ${n} claims`,
      value: heap.heapBytes / 1_048_576,
      unit: 'MiB',
      note: 'heapUsed + external (typed arrays), after − before compile, after gc()',
    });
  }

  // Through the floor ratios, so that a change in machine load between the two sizes cancels out.
  const smallest = vsFloor.get(Math.min(...options.sizes));
  const largest = vsFloor.get(Math.max(...options.sizes));
  results.add({
    key: 'matcher.scaling',
    section,
    label: `scan time ${Math.max(...options.sizes).toLocaleString('en-GB')} / ${Math.min(...options.sizes)} claims`,
    value: largest !== undefined && smallest ? largest / smallest : Number.NaN,
    unit: '×',
    target: { op: '<', value: 2 },
    note: 'ratio of the two floor-relative times',
  });
}
