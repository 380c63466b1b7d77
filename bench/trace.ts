// A Chromium trace and a V8 CPU profile of one page load, reduced to what the benchmarks need: the
// page's main-thread tasks, the marks, and how much of each task ran the extension's code.
import type { CDPSession, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string; stackTrace?: { url?: string }[] } };
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing', 'v8.execute'];
/**
 * Top-level work on a thread: scheduler tasks, and microtask checkpoints that run outside any task
 * (a content script's main() runs in one; the 'longtask' PerformanceObserver does not see those).
 */
const isTopLevel = (event: TraceEvent) => event.cat.split(',').includes('toplevel') || event.name === 'RunTask';

/** V8's CPU profile (CDP Profiler.Profile), the fields used here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string }; children?: number[] }[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface Recording {
  events: TraceEvent[];
  profile: CpuProfile | null;
}

export interface TraceRecorder {
  stop(): Promise<Recording>;
}

/**
 * Starts tracing and the sampling profiler. Call it on a page already showing the origin under
 * test: a navigation to another site can move the page to a new renderer, which the profiler
 * would not follow.
 */
export async function startTrace(page: Page): Promise<TraceRecorder> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await session.send('Profiler.enable');
  // 0.5 ms: fine enough to attribute tasks of a few ms, cheap enough not to slow the page much.
  await session.send('Profiler.setSamplingInterval', { interval: 500 });
  await session.send('Profiler.start');
  await session.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const profile = await session
        .send('Profiler.stop')
        .then(({ profile }) => profile as unknown as CpuProfile)
        .catch(() => null);
      const complete = new Promise<void>((done) => session.once('Tracing.tracingComplete', () => done()));
      await session.send('Tracing.end');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([complete, new Promise((done) => (timer = setTimeout(done, 30_000)))]);
      clearTimeout(timer);
      await session.detach().catch(() => undefined);
      return { events, profile };
    },
  };
}

export interface Task {
  start: number;
  end: number;
  /** The task ran code from `codeUrlPrefix` (a trace event names it, or profile samples hit it). */
  runsCode: boolean;
  /** CPU-profile time (µs) with that code on the stack, within this task. */
  codeTime: number;
}

export interface PageTrace {
  /** Marks on the page's main thread, name → time (µs, trace clock). */
  marks: Map<string, number>;
  /** Time (ms) spent evaluating scripts from `codeUrlPrefix` (a content script's top level). */
  evaluateMs: number;
  /** CPU-profile time (ms) with the code on the stack, over the whole recording (NaN without a profile). */
  codeMs: number;
  /** Top-level tasks of the page's main thread, in order, nested tasks folded in. */
  tasks: Task[];
}

/**
 * Finds the page's main thread by a mark set there (`anchorMark`), its top-level tasks, and which
 * of them ran scripts whose URL starts with `codeUrlPrefix` (the extension's code).
 */
export function analyseTrace(
  { events, profile }: Recording,
  anchorMark: string,
  codeUrlPrefix: string | null,
): PageTrace | null {
  const anchor = events.find((event) => event.name === anchorMark && event.cat.includes('blink.user_timing'));
  if (!anchor) return null;
  const onThread = events.filter((event) => event.pid === anchor.pid && event.tid === anchor.tid);
  const marks = new Map<string, number>();
  for (const event of onThread)
    if (event.cat.includes('blink.user_timing') && !marks.has(event.name)) marks.set(event.name, event.ts);

  const raw = onThread
    .filter((event) => event.ph === 'X' && isTopLevel(event) && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const tasks: Task[] = [];
  for (const event of raw) {
    const start = event.ts;
    const end = event.ts + event.dur!;
    const last = tasks[tasks.length - 1];
    if (last && start < last.end) last.end = Math.max(last.end, end);
    else tasks.push({ start, end, runsCode: false, codeTime: 0 });
  }
  let evaluateMs = 0;
  if (codeUrlPrefix) {
    for (const event of onThread) {
      if (event.ph === 'X' && event.name === 'EvaluateScript' && event.args?.data?.url?.startsWith(codeUrlPrefix))
        evaluateMs += (event.dur ?? 0) / 1000;
    }
    const codeTimes = onThread
      .filter((event) => {
        const data = event.args?.data;
        const url = data?.url ?? data?.scriptName ?? data?.stackTrace?.[0]?.url ?? '';
        return url.startsWith(codeUrlPrefix);
      })
      .map((event) => event.ts)
      .sort((a, b) => a - b);
    let index = 0;
    for (const task of tasks) {
      while (index < codeTimes.length && codeTimes[index]! < task.start) index++;
      if (index < codeTimes.length && codeTimes[index]! <= task.end) task.runsCode = true;
    }
  }
  let codeMs = Number.NaN;
  if (codeUrlPrefix && profile) codeMs = attributeSamples(profile, codeUrlPrefix, tasks) / 1000;
  return { marks, tasks, evaluateMs, codeMs };
}

/**
 * Adds the profile's samples that have the code on their stack to the tasks they fall in (the
 * profile and the trace share Chromium's monotonic clock, in µs). Returns the total (µs).
 */
function attributeSamples(profile: CpuProfile, codeUrlPrefix: string, tasks: Task[]): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    // Iterative walk to the root: stacks can be deep.
    const path: number[] = [];
    let current: number | undefined = id;
    let result = false;
    while (current !== undefined) {
      const cached = ours.get(current);
      if (cached !== undefined) {
        result = cached;
        break;
      }
      path.push(current);
      if (byId.get(current)?.callFrame.url.startsWith(codeUrlPrefix)) {
        result = true;
        break;
      }
      current = parent.get(current);
    }
    for (const node of path) ours.set(node, result);
    return result;
  };
  // Deltas can be negative (samples are not always recorded in order): sort by time first.
  const deltas = profile.timeDeltas ?? [];
  let clock = profile.startTime;
  const timed = (profile.samples ?? [])
    .map((node, i) => ({ node, time: (clock += deltas[i] ?? 0) }))
    .sort((a, b) => a.time - b.time);
  let total = 0;
  let taskIndex = 0;
  for (let i = 0; i < timed.length; i++) {
    const { node, time } = timed[i]!;
    // A sample stands for the time until the next one (capped: the sampler can stall).
    const weight = Math.min((timed[i + 1]?.time ?? time) - time, 10_000);
    if (!isOurs(node)) continue;
    total += weight;
    while (taskIndex < tasks.length && tasks[taskIndex]!.end < time) taskIndex++;
    const task = tasks[taskIndex];
    if (task && task.start <= time) {
      task.codeTime += weight;
      task.runsCode = true;
    }
  }
  return total;
}

/** Main-thread busy time (ms) between two trace times, optionally only in tasks that ran the code. */
export function busyMs(trace: PageTrace, from = -Infinity, to = Infinity, onlyCode = false): number {
  let total = 0;
  for (const task of trace.tasks) {
    if (onlyCode && !task.runsCode) continue;
    const start = Math.max(task.start, from);
    const end = Math.min(task.end, to);
    if (end > start) total += end - start;
  }
  return total / 1000;
}

export interface TaskFilter {
  /** Only tasks that end after this trace time. */
  after?: number;
  /** Only tasks that ran the code. */
  onlyCode?: boolean;
}

function selectTasks(trace: PageTrace, filter: TaskFilter): Task[] {
  return trace.tasks.filter(
    (task) => (!filter.onlyCode || task.runsCode) && (filter.after === undefined || task.end > filter.after),
  );
}

/** The longest task (ms) among the selected ones. */
export function longestTaskMs(trace: PageTrace, filter: TaskFilter = {}): number {
  return selectTasks(trace, filter).reduce((longest, task) => Math.max(longest, (task.end - task.start) / 1000), 0);
}

export function countLongTasks(trace: PageTrace, filter: TaskFilter = {}, thresholdMs = 50): number {
  return selectTasks(trace, filter).filter((task) => (task.end - task.start) / 1000 > thresholdMs).length;
}
