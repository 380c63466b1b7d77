// Run as `node --import tsx bench/build-extension.ts <outDir>`: the production build (same config as
// `wxt build`) into its own folder, so a benchmark never rewrites .output/ under a running e2e test.
import { build } from 'wxt';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: build-extension.ts <outDir>');
await build({ outDir });
