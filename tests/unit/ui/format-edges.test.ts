// The options page's times, sizes and progress at the edges of each unit: the 5-second "just now",
// the step from seconds to minutes to hours to days, the byte, kilobyte and megabyte boundaries.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeProgress, exactTime, formatBytes, fromNow, intervals, uiLocale } from '../../../src/ui/options/format';

const realGetUILanguage = fakeBrowser.i18n.getUILanguage;
beforeEach(() => (fakeBrowser.i18n.getUILanguage = () => 'en-US'));
afterEach(() => (fakeBrowser.i18n.getUILanguage = realGetUILanguage));

describe('fromNow', () => {
  it('says "just now" within 5 seconds either way, and counts seconds from there', () => {
    expect(fromNow(4999, 0)).toBe('just now');
    expect(fromNow(-4999, 0)).toBe('just now');
    expect(fromNow(5000, 0)).toBe('in 5 seconds');
    expect(fromNow(0, 5000)).toBe('5 seconds ago');
  });

  it('moves to minutes, hours and days at exactly one of each', () => {
    expect(fromNow(59_999, 0)).toBe('in 60 seconds');
    expect(fromNow(60_000, 0)).toBe('in 1 minute');
    expect(fromNow(0, 100 * 60_000)).toBe('2 hours ago');
    expect(fromNow(3_600_000 - 1, 0)).toBe('in 60 minutes');
    expect(fromNow(3_600_000, 0)).toBe('in 1 hour');
    expect(fromNow(86_400_000 - 1, 0)).toBe('in 24 hours');
    expect(fromNow(0, 86_400_000)).toBe('yesterday');
    expect(fromNow(0, 10 * 86_400_000)).toBe('10 days ago');
  });

  it('says what it was told to for a time that never was', () => {
    expect(fromNow(undefined, 0, 'not yet')).toBe('not yet');
  });

  it('takes the locale it is given over the browser’s', () => {
    expect(fromNow(0, 2 * 3_600_000, undefined, 'fr')).toBe('il y a 2 heures');
  });
});

describe('formatBytes', () => {
  it('counts bytes up to 1023, then kilobytes with one decimal under 10 kB, then whole ones', () => {
    expect(formatBytes(0)).toBe('0B');
    expect(formatBytes(1023)).toBe('1,023B');
    expect(formatBytes(1024)).toBe('1.0 kB');
    expect(formatBytes(10 * 1024 - 103)).toBe('9.9 kB');
    expect(formatBytes(10 * 1024)).toBe('10 kB');
    expect(formatBytes(1024 * 1024 - 1)).toBe('1,024 kB');
  });

  it('counts megabytes with one decimal from 1 MB', () => {
    expect(formatBytes(1024 * 1024)).toBe('1.0 MB');
    expect(formatBytes(25 * 1024 * 1024)).toBe('25.0 MB');
  });
});

describe('progress', () => {
  it('says each step of a sync in words, with the size when the server did not say the total', () => {
    expect(uiLocale()).toBe('en-US');
    expect(describeProgress({ phase: 'connecting' } as never)).toBe('Connecting…');
    expect(describeProgress({ phase: 'downloading', receivedBytes: 512 } as never)).toBe('Downloading 512B…');
    expect(describeProgress({ phase: 'downloading', receivedBytes: 512, totalBytes: 0 } as never)).toBe(
      'Downloading 512B…',
    );
    expect(describeProgress({ phase: 'verifying' } as never)).toBe('Checking the list…');
    expect(describeProgress({ phase: 'saving' } as never)).toBe('Saving the new version…');
  });
});

describe('check intervals and exact times', () => {
  it('offer every hour, 3, 6 and 12 hours, a day and a week, in minutes', () => {
    expect(intervals().map(([minutes]) => minutes)).toEqual([60, 180, 360, 720, 1440, 10080]);
  });

  it('give no exact time for a time that never was', () => {
    expect(exactTime(undefined)).toBeUndefined();
    expect(exactTime(0, 'en-US')).toBe(new Date(0).toLocaleString('en-US'));
  });
});
