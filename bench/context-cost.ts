// The context pass's cost, two engines side by side: plain scans (matchText per block) and the same
// blocks read as one article (matchBlock, one DocumentContext), for the working tree's engine and one
// checked out elsewhere. Process CPU time, best of N alternating runs: on a shared, loaded machine the
// wall clock (bench/compare-engines.ts) swings by 2× between runs, CPU time far less.
//   git worktree add --detach /tmp/base main && ln -s "$PWD/node_modules" /tmp/base/node_modules
//   npx tsx bench/context-cost.ts /tmp/base [runs]
import { pathToFileURL } from 'node:url';
import { articleParagraphs } from './corpus';
import { benchList } from './lists';
import * as current from '../src/match/index';

const baseDir = process.argv[2];
if (!baseDir) {
  process.stderr.write('usage: npx tsx bench/context-cost.ts BASE_CHECKOUT [runs]\n');
  process.exit(2);
}
const runs = Number(process.argv[3] ?? '15');
const base = (await import(pathToFileURL(`${baseDir}/src/match/index.ts`).href)) as typeof current;
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const blocks = articleParagraphs(1000000, 1);
const megabytes = blocks.reduce((sum, block) => sum + block.length, 0) / 1e6;
const rate = (ms: number) => (megabytes / (ms / 1000)).toFixed(1);
console.log(`${megabytes.toFixed(2)} MB, best of ${runs}, CPU time (MB/s)`);
console.log('claims\tbase text\tbase context\tbase context/text\tnow text\tnow context\tnow context/text');
for (const size of [10, 1000, 10000]) {
  const claims = benchList('hand', size);
  const engines = [base, current].map((engine) => [engine, engine.compileMatcher(claims)] as const);
  // [engine][0: text, 1: context]
  const best = [
    [Infinity, Infinity],
    [Infinity, Infinity],
  ];
  for (let run = 0; run < runs; run++)
    for (const e of run % 2 === 0 ? [0, 1] : [1, 0]) {
      const [engine, matcher] = engines[e]!;
      let started = cpuMs();
      for (const block of blocks) engine.matchText(matcher, block);
      best[e]![0] = Math.min(best[e]![0]!, cpuMs() - started);
      started = cpuMs();
      const context = engine.createDocumentContext();
      blocks.forEach((block, i) => engine.matchBlock(matcher, context, block, i === 0 ? 'title' : 'paragraph'));
      best[e]![1] = Math.min(best[e]![1]!, cpuMs() - started);
    }
  const [[baseText, baseContext], [nowText, nowContext]] = best as [[number, number], [number, number]];
  console.log(
    `${size}\t${rate(baseText)}\t${rate(baseContext)}\t${(baseText / baseContext).toFixed(2)}\t${rate(nowText)}\t${rate(nowContext)}\t${(nowText / nowContext).toFixed(2)}`,
  );
}
