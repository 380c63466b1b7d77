// The options page's times and sizes read in the browser's UI language, not in English whatever it
// is (browser.i18n.getUILanguage()), and its words come from locales/en.json.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeProgress, exactTime, formatBytes, fromNow, intervals, uiLocale } from '../../../src/ui/options/format';

const HOUR = 3_600_000;
const realGetUILanguage = fakeBrowser.i18n.getUILanguage;
const browserIn = (language: string) => (fakeBrowser.i18n.getUILanguage = () => language);

afterEach(() => {
  fakeBrowser.i18n.getUILanguage = realGetUILanguage;
});

describe('in the browser’s UI language', () => {
  it('says when, relative to now, in German for a German browser and in English for an English one', () => {
    browserIn('de');
    expect(uiLocale()).toBe('de');
    expect(fromNow(0, 2 * HOUR)).toBe('vor 2 Stunden');
    expect(fromNow(3 * 86_400_000, 0)).toBe('in 3 Tagen');
    browserIn('en-GB');
    expect(fromNow(0, 2 * HOUR)).toBe('2 hours ago');
    expect(fromNow(86_400_000, 0)).toBe('tomorrow');
  });

  it('writes the exact time and sizes the way the language does', () => {
    browserIn('de-DE');
    const time = Date.UTC(2026, 11, 7, 13, 5);
    expect(exactTime(time)).toBe(new Date(time).toLocaleString('de-DE'));
    expect(exactTime(time)).toMatch(/^7\.12\.2026/);
    expect(formatBytes(1536)).toBe('1,5 kB');
    browserIn('en-US');
    expect(formatBytes(1536)).toBe('1.5 kB');
    expect(formatBytes(20 * 1024)).toBe('20 kB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
    expect(formatBytes(512)).toBe('512B');
  });

  it('falls back to the platform default when the browser cannot say', () => {
    fakeBrowser.i18n.getUILanguage = () => {
      throw new Error('not implemented');
    };
    expect(uiLocale()).toBeUndefined();
    expect(fromNow(0, 2 * HOUR)).toMatch(/2/);
  });
});

describe('words from the locale file', () => {
  it('never, just now, progress and the check intervals', () => {
    browserIn('en');
    expect(fromNow(undefined, 0)).toBe('never');
    expect(fromNow(1000, 0)).toBe('just now');
    expect(describeProgress({ phase: 'downloading', receivedBytes: 2048, totalBytes: 4096 })).toBe(
      'Downloading 2.0 kB of 4.0 kB…',
    );
    expect(intervals().map(([, label]) => label)).toEqual([
      'every hour',
      'every 3 hours',
      'every 6 hours',
      'every 12 hours',
      'once a day',
      'once a week',
    ]);
  });
});
