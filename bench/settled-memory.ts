// The memory a child process of the benchmark retains, read the same way by every child (run with
// node --expose-gc).
import { setTimeout as sleep } from 'node:timers/promises';

const gc = (globalThis as { gc?: () => void }).gc;

/** Typed arrays live outside the JS heap (external memory): count both, after collecting what can be. */
export async function settledMemory(): Promise<number> {
  if (!gc) throw new Error('run with node --expose-gc');
  // ArrayBuffers dropped while tables grow are freed lazily: collect, let the freeing run, collect again.
  gc();
  await sleep(50);
  gc();
  const memory = process.memoryUsage();
  return memory.heapUsed + memory.external;
}
