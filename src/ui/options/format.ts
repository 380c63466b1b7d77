// How times, sizes and progress read in the options page.
import type { SyncProgress } from '../../sync/orchestrator';

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

export function fromNow(time: number | undefined, now: number, never = 'never'): string {
  if (time === undefined) return never;
  const delta = time - now;
  if (Math.abs(delta) < 5000) return 'just now';
  for (const [unit, ms] of UNITS) {
    if (Math.abs(delta) >= ms || unit === 'second') return relative.format(Math.round(delta / ms), unit);
  }
  return new Date(time).toLocaleString();
}

export const exactTime = (time: number | undefined) =>
  time === undefined ? undefined : new Date(time).toLocaleString();

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function describeProgress(progress: SyncProgress): string {
  switch (progress.phase) {
    case 'connecting':
      return 'Connecting…';
    case 'downloading':
      return progress.totalBytes
        ? `Downloading ${formatBytes(progress.receivedBytes)} of ${formatBytes(progress.totalBytes)}…`
        : `Downloading ${formatBytes(progress.receivedBytes)}…`;
    case 'verifying':
      return 'Checking the list…';
    case 'saving':
      return 'Saving the new version…';
  }
}

export const INTERVALS: [number, string][] = [
  [60, 'every hour'],
  [3 * 60, 'every 3 hours'],
  [6 * 60, 'every 6 hours'],
  [12 * 60, 'every 12 hours'],
  [24 * 60, 'once a day'],
  [7 * 24 * 60, 'once a week'],
];
