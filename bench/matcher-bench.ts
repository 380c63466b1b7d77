// The matcher in Node: ClaimLens against the tokenizer floor and against a naive RegExp-per-claim
// highlighter, on the same generated article, with claim lists of growing size and two kinds (lists.ts):
// the hand-written shape and claims compiled from a generated ClaimReview feed. Also: false matches of
// the feed's claims on unrelated news, compile time and memory in a fresh process, and a wake from the
// stored compiled form.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileMatcher, matchText, splitSentences } from '../src/match/index';
import { fixtureSentences, unrelatedSentences } from './claimreview-feed';
import { articleParagraphs, bundledClaims, MEGABYTE, type BenchClaim } from './corpus';
import { benchList, LIST_KIND_NAMES, LIST_KINDS, type ListKind } from './lists';
import { summarise, type Progress, type Results } from './report';

const here = dirname(fileURLToPath(import.meta.url));

export interface MatcherBenchOptions {
  textChars: number;
  sizes: readonly number[];
  /** Timed runs per measurement (after one warm-up run). */
  runs: number;
  /** Claim-characters a naive run may cost before it is timed on a prefix of the text only. */
  naiveBudget: number;
  /** Feed sizes whose false matches are counted on unrelated text. */
  falseMatchSizes: readonly number[];
  /** List size of the wake-from-stored-form measurement (0: skip). */
  wakeSize: number;
  /** ClaimReviews the claim compiler imports in a fresh process (0: skip). */
  compileFeedSize: number;
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
  compileCpuMs: number;
  heapBytes: number;
}

interface WakeReport {
  firstWakeMs: number;
  wakeMs: number;
  wakeCpuMs: number;
  storedBytes: number;
}

/** Runs bench/heap-child.ts in a fresh Node (--expose-gc): `compile` reports HeapReport, `wake` WakeReport. */
interface CompilerReport {
  compileMs: number;
  compileCpuMs: number;
  heapBytes: number;
  claims: number;
}

/** The claim compiler's import of `size` generated ClaimReviews, in a fresh process (claim-compiler-child.ts). */
function measureCompilerInChild(size: number): Promise<CompilerReport> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', resolve(here, 'claim-compiler-child.ts'), String(size)],
      { cwd: resolve(here, '..'), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const timer = setTimeout(() => child.kill(), 900_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      try {
        if (code !== 0) throw new Error(`exit ${code}: ${err.trim().split('\n').slice(-3).join(' ')}`);
        done(JSON.parse(out.trim().split('\n').pop() ?? '') as CompilerReport);
      } catch (error) {
        fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

export function measureInChild<T = HeapReport>(kind: ListKind, size: number, mode = 'compile'): Promise<T> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', resolve(here, 'heap-child.ts'), kind, String(size), mode],
      {
        cwd: resolve(here, '..'),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const timer = setTimeout(() => child.kill(), 300_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      try {
        if (code !== 0) throw new Error(`exit ${code}: ${err.trim().split('\n').slice(-3).join(' ')}`);
        done(JSON.parse(out.trim().split('\n').pop() ?? '') as T);
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

  const smallest = Math.min(...options.sizes);
  const largest = Math.max(...options.sizes);
  for (const kind of LIST_KINDS) {
    const vsFloor = new Map<number, number>();
    const kindName = LIST_KIND_NAMES[kind];
    const kindSection = `${section}: ${kindName} lists`;
    for (const size of options.sizes) {
      const n = size.toLocaleString('en-GB');
      progress.update(`matcher: ${kindName}, loading ${n} claims`);
      const claims = benchList(kind, size);
      progress.update(`matcher: ${kindName}, compiling ${n} claims`);
      const matcher = compileMatcher(claims);
      progress.update(`matcher: ${kindName}, ClaimLens on ${n} claims`);
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

      progress.update(`matcher: ${kindName}, naive RegExp on ${n} claims`);
      const patterns = compileNaive(claims);
      // The naive scan costs claims × text; above the budget it runs on the article's first
      // blocks and its time is scaled to the whole text (it is linear in the text by construction).
      // Its runs alternate with ClaimLens runs on the same blocks, so the ratio sees one machine load.
      const sampleBlocks = prefixOf(blocks, options.naiveBudget / size);
      const sampleShare = sampleBlocks.reduce((total, block) => total + block.length, 0) / MEGABYTE / megabytes;
      const naiveRuns = size >= 10_000 ? Math.min(options.runs, 3) : options.runs;
      naiveScan(patterns, sampleBlocks);
      const naiveSamples: number[] = [];
      const naiveRatios: number[] = [];
      for (let run = 0; run < naiveRuns; run++) {
        const theirs = time(() => naiveScan(patterns, sampleBlocks));
        const oursOnSample = time(() => claimLensScan(matcher, sampleBlocks));
        naiveSamples.push(theirs / sampleShare);
        naiveRatios.push(theirs / oursOnSample);
      }
      const naive = summarise(naiveSamples);
      const naiveFound = naiveScan(patterns, sampleBlocks);

      progress.update(`matcher: ${kindName}, compile time and heap of ${n} claims (child process)`);
      const heap = await measureInChild(kind, size).catch((error: unknown) => {
        results.errors.push(
          `heap for ${size} ${kind} claims: ${error instanceof Error ? error.message : String(error)}`,
        );
        return { compileMs: Number.NaN, compileCpuMs: Number.NaN, heapBytes: Number.NaN };
      });

      const isLargest = size === largest;
      results.add({
        key: `matcher.${kind}.throughput.${size}`,
        section: kindSection,
        label: `ClaimLens, ${n} claims`,
        value: megabytes / (mine.median / 1000),
        unit: 'MB/s',
        target: size === 10_000 ? { op: '>=', value: 20 } : undefined,
        note: `median of ${options.runs}, spread ${pct(mine.spread)}; ${matches} matches`,
      });
      results.add({
        key: `matcher.${kind}.vsFloor.${size}`,
        section: kindSection,
        label: `ClaimLens / floor time, ${n} claims`,
        value: paired.median,
        unit: '×',
        target: size === 10_000 ? { op: '<=', value: 3 } : undefined,
        note: `median of ${options.runs} back-to-back pairs, spread ${pct(paired.spread)}`,
      });
      results.add({
        key: `matcher.${kind}.naive.${size}`,
        section: kindSection,
        label: `naive RegExp, ${n} claims`,
        value: megabytes / (naive.median / 1000),
        unit: 'MB/s',
        note: `${size} case-insensitive RegExps per block; median of ${naiveRuns}, spread ${pct(naive.spread)}; ${naiveFound} hits${sampleShare < 1 ? `; timed on the first ${Math.round(sampleShare * 100)}% of the text, scaled` : ''}`,
      });
      results.add({
        key: `matcher.${kind}.naiveRatio.${size}`,
        section: kindSection,
        label: `naive / ClaimLens time, ${n} claims`,
        value: summarise(naiveRatios).median,
        unit: '×',
        target: { op: '>=', value: 1 },
        note: `median of ${naiveRuns} back-to-back pairs on the same blocks`,
      });
      results.add({
        key: `matcher.${kind}.compile.${size}`,
        section: kindSection,
        label: `compile ${n} claims (wall / CPU)`,
        value: heap.compileMs,
        unit: 'ms',
        target: isLargest ? { op: '<=', value: 1000 } : undefined,
        note: `first compile in a fresh Node process; CPU ${Math.round(heap.compileCpuMs)} ms (wall time includes waiting for a loaded machine)`,
      });
      results.add({
        key: `matcher.${kind}.heap.${size}`,
        section: kindSection,
        label: `compiled matcher memory, ${n} claims`,
        value: heap.heapBytes / 1_048_576,
        unit: 'MiB',
        target: isLargest ? { op: '<=', value: 50 } : undefined,
        note: 'heapUsed + external (typed arrays), after − before compile; gc, yield, gc before each reading',
      });
    }
    // Through the floor ratios, so that a change in machine load between the two sizes cancels out.
    const low = vsFloor.get(smallest);
    const high = vsFloor.get(largest);
    results.add({
      key: `matcher.${kind}.scaling`,
      section: kindSection,
      label: `scan time ${largest.toLocaleString('en-GB')} / ${smallest} claims`,
      value: high !== undefined && low ? high / low : Number.NaN,
      unit: '×',
      target: { op: '<', value: 2 },
      note: 'ratio of the two floor-relative times',
    });
  }

  // False matches: the feed's claims on news that shares their names, places and topic words
  // (generated from templates), and on the repository's real sentences that state no claim. Only
  // the feed's claims count: the bundled claims at the head of the list rightly match the fixtures.
  const corpora = [
    {
      key: 'templates',
      sentences: unrelatedSentences(10_000),
      note: "bench/claimreview-feed.ts unrelatedSentences: generated news with the feed's names, places, numbers and topic words stating none of its claims",
    },
    {
      key: 'fixtures',
      sentences: fixtureSentences(),
      note: "bench/claimreview-feed.ts fixtureSentences: the seed articles' and tuning sets' real sentences that no label says state a claim, on the feed's topics (vaccines, 5G, elections, Meta, Gates)",
    },
  ];
  const bundled = new Set(bundledClaims().map((claim) => claim.id));
  for (const size of options.falseMatchSizes) {
    const n = size.toLocaleString('en-GB');
    progress.update(`matcher: false matches of ${n} feed claims`);
    const matcher = compileMatcher(benchList('feed', size));
    for (const corpus of corpora) {
      let falseMatches = 0;
      let sentencesHit = 0;
      const claimsHit = new Set<string>();
      for (const sentence of corpus.sentences) {
        const before = falseMatches;
        for (const match of matchText(matcher, sentence)) {
          if (bundled.has(match.claimId)) continue;
          falseMatches++;
          claimsHit.add(match.claimId);
        }
        if (falseMatches > before) sentencesHit++;
      }
      results.add({
        key: `matcher.feed.falseMatches.${corpus.key}.${size}`,
        section: `${section}: ClaimReview feed lists`,
        label: `false matches per 10,000 ${corpus.key === 'templates' ? 'generated' : 'real'} unrelated sentences, ${n} feed claims`,
        value: (falseMatches / corpus.sentences.length) * 10_000,
        unit: '',
        target: size === 100_000 ? { op: '<=', value: 1 } : undefined,
        note: `${corpus.note}; ${falseMatches} matches on ${corpus.sentences.length.toLocaleString('en-GB')} sentences, in ${sentencesHit} distinct sentences, of ${claimsHit.size} distinct claims`,
      });
    }
  }

  // The claim compiler itself: importing a feed compiles every review's match data.
  if (options.compileFeedSize > 0) {
    const n = options.compileFeedSize.toLocaleString('en-GB');
    progress.update(`matcher: compile ${n} ClaimReviews (child process)`);
    const compiled = await measureCompilerInChild(options.compileFeedSize).catch((error: unknown) => {
      results.errors.push(`claim compiler: ${error instanceof Error ? error.message : String(error)}`);
      return { compileMs: Number.NaN, compileCpuMs: Number.NaN, heapBytes: Number.NaN, claims: 0 };
    });
    results.add({
      key: 'claimCompiler.cpu',
      section: `${section}: claim compiler`,
      label: `import and compile ${n} ClaimReviews, CPU`,
      value: compiled.compileCpuMs / 1000,
      unit: 's',
      note: `bench/claim-compiler-child.ts in a fresh process; wall ${(compiled.compileMs / 1000).toFixed(1)} s on a shared machine; ${compiled.claims.toLocaleString('en-GB')} claims kept`,
    });
    results.add({
      key: 'claimCompiler.heap',
      section: `${section}: claim compiler`,
      label: `memory of ${n} imported claims with compiled match data`,
      value: compiled.heapBytes / 1_048_576,
      unit: 'MiB',
      note: 'heapUsed + external after − before the import (lexicon loaded before), gc before each reading',
    });
  }

  if (options.wakeSize > 0) {
    const n = options.wakeSize.toLocaleString('en-GB');
    // Both kinds: the feed's claims have longer ids and larger tables. The feed keeps the older keys.
    for (const kind of ['feed', 'hand'] as const) {
      const kindName = LIST_KIND_NAMES[kind];
      const suffix = kind === 'feed' ? '' : '.hand';
      progress.update(`matcher: wake from the stored form, ${n} ${kindName} claims (child process)`);
      const wake = await measureInChild<WakeReport>(kind, options.wakeSize, 'wake').catch((error: unknown) => {
        results.errors.push(`wake (${kind}): ${error instanceof Error ? error.message : String(error)}`);
        return { firstWakeMs: Number.NaN, wakeMs: Number.NaN, wakeCpuMs: Number.NaN, storedBytes: Number.NaN };
      });
      results.add({
        key: `matcher.wake.stored${suffix}`,
        section: `${section}: stored compiled form`,
        label: `wake to ready from the stored form, ${n} ${kindName} claims`,
        value: wake.wakeMs,
        unit: 'ms',
        target: { op: '<=', value: 200 },
        note: `open IndexedDB (fake-indexeddb in Node), read, load, scan a first paragraph; median of 5 fresh connections; first ${Math.round(wake.firstWakeMs)} ms; CPU ${Math.round(wake.wakeCpuMs)} ms`,
      });
      results.add({
        key: `matcher.wake.storedBytes${suffix}`,
        section: `${section}: stored compiled form`,
        label: `stored form size, ${n} ${kindName} claims`,
        value: wake.storedBytes / 1_048_576,
        unit: 'MiB',
        note: 'typed arrays (narrowed) and names, one ArrayBuffer',
      });
    }
  }
}
