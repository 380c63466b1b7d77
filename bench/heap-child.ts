// Run as `node --expose-gc --import tsx bench/heap-child.ts <hand|feed> <claims> [compile|wake]` in a fresh
// process. `compile` prints {compileMs, compileCpuMs, heapBytes}: the first compile's wall and CPU time,
// and the memory the compiled matcher retains. `wake` stores the compiled matcher in IndexedDB
// (fake-indexeddb, as the background does through Dexie), then times what a woken worker does: open
// the database, read the stored form, load it, and scan a first paragraph. Prints {firstWakeMs, wakeMs, wakeCpuMs, storedBytes}.
import 'fake-indexeddb/auto';
import { storedMatcherKey, loadStoredMatcher, saveStoredMatcher } from '../src/db/compiled-matcher-store';
import { openDatabase } from '../src/db/database';
import { SHARED_CONCEPTS } from '../src/claim-compiler/shared-concepts';
import { compileMatcher, matchText } from '../src/match/index';
import { storedBenchList, type ListKind } from './lists';
import { articleParagraphs } from './corpus';
import { settledMemory } from './settled-memory';

const kind = (process.argv[2] ?? 'hand') as ListKind;
const size = Number(process.argv[3] ?? '10');
const mode = process.argv[4] ?? 'compile';
const cpuMs = (used: NodeJS.CpuUsage) => (used.user + used.system) / 1000;
// The background compiles claims it read from IndexedDB, that is structured clones: flat strings. The
// generated lists' strings are built by concatenation, which V8 would flatten during the compile and
// bill to it (≈ 0.3 s at 100,000 hand-written claims). Stored compiled claims name the compiler's
// shared concepts without holding them; the compile looks them up beside the claims, as the
// background's does (db/active-claims.ts).
const stored = structuredClone(storedBenchList(kind, size));
const options = { conceptsBeside: SHARED_CONCEPTS };

if (mode === 'compile') {
  const before = await settledMemory();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const matcher = compileMatcher(stored, options);
  const compileMs = performance.now() - start;
  const compileCpuMs = cpuMs(process.cpuUsage(cpu));
  const heapBytes = (await settledMemory()) - before;
  // Keep the matcher alive until after the measurement.
  (globalThis as { keep?: unknown }).keep = matcher;
  process.stdout.write(`${JSON.stringify({ compileMs, compileCpuMs, heapBytes })}\n`);
} else {
  const key = storedMatcherKey([], 'bench');
  const paragraph = articleParagraphs(2_000, 9)[0]!;
  {
    const db = openDatabase('bench-wake');
    const matcher = compileMatcher(stored, options);
    await saveStoredMatcher(
      db,
      key,
      matcher,
      stored.map(() => kind),
    );
    db.close();
  }
  // A fresh worker each time: a new connection, nothing cached in memory. The first wake also pays
  // for compiling the loading code, as a real wake does; the median says what the machine's load hid.
  const wakes: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < 5; run++) {
    await settledMemory();
    const cpu = process.cpuUsage();
    const start = performance.now();
    const db = openDatabase('bench-wake');
    const loaded = await loadStoredMatcher(db, key);
    if (!loaded) throw new Error('the stored matcher was not found');
    matchText(loaded.matcher, paragraph);
    wakes.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
    db.close();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
  const db = openDatabase('bench-wake');
  const row = await db.compiledMatchers.get('active');
  process.stdout.write(
    `${JSON.stringify({ firstWakeMs: wakes[0], wakeMs: median(wakes), wakeCpuMs: median(cpus), storedBytes: row!.form.bytes.byteLength })}\n`,
  );
}
