// Run as `node --expose-gc --import tsx bench/heap-child.ts <claims>`: compiles one claim list in a
// fresh process and prints {compileMs, heapBytes} (heap retained by the compiled matcher).
import { compileMatcher } from '../src/match/index';
import { claimList } from './corpus';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const size = Number(process.argv[2] ?? '10');
const claims = claimList(size);
gc();
gc();
// Typed arrays live outside the JS heap (external memory): count both.
const used = () => {
  const memory = process.memoryUsage();
  return memory.heapUsed + memory.external;
};
const before = used();
const start = performance.now();
const matcher = compileMatcher(claims);
const compileMs = performance.now() - start;
gc();
gc();
const heapBytes = used() - before;
// Keep the matcher alive until after the measurement.
(globalThis as { keep?: unknown }).keep = matcher;
process.stdout.write(`${JSON.stringify({ compileMs, heapBytes })}\n`);
