// A Chromium trace of one page load, reduced to what the benchmarks need: the page's main-thread
// tasks, the marks, and which tasks ran the extension's code.
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
const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

export interface TraceRecorder {
  stop(): Promise<TraceEvent[]>;
}

export async function startTrace(page: Page): Promise<TraceRecorder> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await session.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise<void>((done) => session.once('Tracing.tracingComplete', () => done()));
      await session.send('Tracing.end');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([complete, new Promise((done) => (timer = setTimeout(done, 30_000)))]);
      clearTimeout(timer);
      await session.detach().catch(() => undefined);
      return events;
    },
  };
}

export interface Task {
  start: number;
  end: number;
  /** The task ran code from `codeUrlPrefix`. */
  runsCode: boolean;
}

export interface PageTrace {
  /** Marks on the page's main thread, name → time (µs, trace clock). */
  marks: Map<string, number>;
  /** Time (ms) spent evaluating scripts from `codeUrlPrefix` (a content script's top level). */
  evaluateMs: number;
  /** Top-level tasks of the page's main thread, in order, nested tasks folded in. */
  tasks: Task[];
}

/**
 * Finds the page's main thread by a mark set there (`anchorMark`), its top-level tasks, and which
 * of them ran scripts whose URL starts with `codeUrlPrefix` (the extension's code).
 */
export function analyseTrace(events: readonly TraceEvent[], anchorMark: string, codeUrlPrefix: string | null): PageTrace | null {
  const anchor = events.find((event) => event.name === anchorMark && event.cat.includes('blink.user_timing'));
  if (!anchor) return null;
  const onThread = events.filter((event) => event.pid === anchor.pid && event.tid === anchor.tid);
  const marks = new Map<string, number>();
  for (const event of onThread) if (event.cat.includes('blink.user_timing') && !marks.has(event.name)) marks.set(event.name, event.ts);

  const raw = onThread.filter((event) => event.ph === 'X' && TASK_NAMES.has(event.name) && event.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const tasks: Task[] = [];
  for (const event of raw) {
    const start = event.ts;
    const end = event.ts + event.dur!;
    const last = tasks[tasks.length - 1];
    if (last && start < last.end) last.end = Math.max(last.end, end);
    else tasks.push({ start, end, runsCode: false });
  }
  let evaluateMs = 0;
  if (codeUrlPrefix) {
    for (const event of onThread) {
      if (event.ph === 'X' && event.name === 'EvaluateScript' && event.args?.data?.url?.startsWith(codeUrlPrefix)) evaluateMs += (event.dur ?? 0) / 1000;
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
  return { marks, tasks, evaluateMs };
}

/** Main-thread busy time (ms) between two trace times, optionally only tasks that ran the code. */
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
  /** Only tasks that ran the code (by script URL; misses async continuations such as message replies). */
  onlyCode?: boolean;
}

function selectTasks(trace: PageTrace, filter: TaskFilter): Task[] {
  return trace.tasks.filter((task) => (!filter.onlyCode || task.runsCode) && (filter.after === undefined || task.end > filter.after));
}

/** The longest task (ms) among the selected ones. */
export function longestTaskMs(trace: PageTrace, filter: TaskFilter = {}): number {
  return selectTasks(trace, filter).reduce((longest, task) => Math.max(longest, (task.end - task.start) / 1000), 0);
}

export function countLongTasks(trace: PageTrace, filter: TaskFilter = {}, thresholdMs = 50): number {
  return selectTasks(trace, filter).filter((task) => (task.end - task.start) / 1000 > thresholdMs).length;
}
