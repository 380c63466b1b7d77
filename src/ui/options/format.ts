// How times, sizes and progress read in the options page: in the browser's UI language
// (browser.i18n.getUILanguage()), words from locales/ through @wxt-dev/i18n.
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import type { SyncProgress } from '../../sync/orchestrator';

/** The browser's UI language ("en-US", "de", …); the JavaScript default where the API is missing. */
export function uiLocale(): string | undefined {
  try {
    return browser.i18n.getUILanguage() || undefined;
  } catch {
    return undefined;
  }
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

export function fromNow(
  time: number | undefined,
  now: number,
  never = i18n.t('format.never'),
  locale = uiLocale(),
): string {
  if (time === undefined) return never;
  const delta = time - now;
  if (Math.abs(delta) < 5000) return i18n.t('format.justNow');
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(delta) >= ms || unit === 'second') return relative.format(Math.round(delta / ms), unit);
  }
  return exactTime(time, locale)!;
}

export const exactTime = (time: number | undefined, locale = uiLocale()) =>
  time === undefined ? undefined : new Date(time).toLocaleString(locale);

export function formatBytes(bytes: number, locale = uiLocale()): string {
  const [unit, value] =
    bytes < 1024
      ? (['byte', bytes] as const)
      : bytes < 1024 * 1024
        ? (['kilobyte', bytes / 1024] as const)
        : (['megabyte', bytes / 1024 / 1024] as const);
  const digits = unit === 'byte' || (unit === 'kilobyte' && bytes >= 10 * 1024) ? 0 : 1;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    // "512 byte" is how the short form reads in English; the narrow one says "512B".
    unitDisplay: unit === 'byte' ? 'narrow' : 'short',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function describeProgress(progress: SyncProgress): string {
  switch (progress.phase) {
    case 'connecting':
      return i18n.t('format.connecting');
    case 'downloading':
      return progress.totalBytes
        ? i18n.t('format.downloadingOf', [formatBytes(progress.receivedBytes), formatBytes(progress.totalBytes)])
        : i18n.t('format.downloading', [formatBytes(progress.receivedBytes)]);
    case 'verifying':
      return i18n.t('format.verifying');
    case 'saving':
      return i18n.t('format.saving');
  }
}

/** The check intervals offered, in minutes, with how each reads. */
export const intervals = (): [number, string][] => [
  [60, i18n.t('format.everyNHours', 1)],
  [3 * 60, i18n.t('format.everyNHours', 3)],
  [6 * 60, i18n.t('format.everyNHours', 6)],
  [12 * 60, i18n.t('format.everyNHours', 12)],
  [24 * 60, i18n.t('format.onceADay')],
  [7 * 24 * 60, i18n.t('format.onceAWeek')],
];
