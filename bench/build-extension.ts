// Run as `node --import tsx bench/build-extension.ts <outDir>`: the production build (same config as
// `wxt build`, plus performance marks) into its own folder, so a benchmark never rewrites .output/ under a running e2e test.
import { build } from 'wxt';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: build-extension.ts <outDir>');
// Benchmark builds set the performance marks bench/browser-bench.ts reads (src/page/bench-marks.ts).
process.env.WXT_CLAIMLENS_BENCH = '1';
await build({ outDir });
