// Run as `node --expose-gc --import tsx bench/claim-compiler-child.ts <reviews>` in a fresh process:
// imports the first <reviews> ClaimReviews of the generated feed (claimreview-feed.ts) as a
// subscription does — parse, validate, compile each claim's match data — and prints
// {compileMs, compileCpuMs, heapBytes, claims}: wall and CPU time of the import, and the memory the
// imported claims with their compiled match data retain (the lexicon's own tables are loaded before
// the measurement starts, as a background that has compiled once keeps them).
import { compileClaim } from '../src/claim-compiler';
import { readyToMatch } from '../src/claim-check';
import { importClaimReviews } from '../src/claims/claim-review';
import { claimReviewFeed } from './claimreview-feed';
import { settledMemory } from './settled-memory';

const size = Number(process.argv[2] ?? '1000');

compileClaim({ text: 'Warm-up: the lexicon is loaded once per worker.' });
const feed = claimReviewFeed(size);
const before = await settledMemory();
const cpu = process.cpuUsage();
const start = performance.now();
// Imported, then compiled as where a subscription is stored.
const { claims } = readyToMatch(importClaimReviews(feed).claims);
const compileMs = performance.now() - start;
const used = process.cpuUsage(cpu);
// The feed document itself is what was downloaded, not what the import keeps.
feed['@graph'].length = 0;
const heapBytes = (await settledMemory()) - before;
(globalThis as { keep?: unknown }).keep = claims;
process.stdout.write(
  `${JSON.stringify({ compileMs, compileCpuMs: (used.user + used.system) / 1000, heapBytes, claims: claims.length })}\n`,
);
