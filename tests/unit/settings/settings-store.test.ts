// The reader's switches as the popup, the options page and every open tab read them: kept in the
// extension's local storage under the key earlier versions used, cleaned on the way out, and
// followed by every page that watches them.
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_READER_SETTINGS, type ReaderSettings } from '../../../src/settings/reader-settings';
import { readerSettingsStore } from '../../../src/settings/storage';

beforeEach(() => fakeBrowser.reset());

describe('the reader settings store', () => {
  it('gives the defaults before the reader changed anything', async () => {
    expect(await readerSettingsStore.get()).toEqual(DEFAULT_READER_SETTINGS);
  });

  it('reads settings an earlier version stored under "reader-settings", cleaning what it cannot use', async () => {
    await browser.storage.local.set({
      'reader-settings': { enabled: false, pausedSites: ['news.example', 7], intensity: 'loud' },
    });
    expect(await readerSettingsStore.get()).toEqual({
      enabled: false,
      pausedSites: ['news.example'],
      intensity: DEFAULT_READER_SETTINGS.intensity,
    });
  });

  it('applies a change to the stored settings, keeps it, and returns what it stored', async () => {
    await readerSettingsStore.update((s) => ({ ...s, pausedSites: ['a.example'] }));
    const next = await readerSettingsStore.update((s) => ({ ...s, enabled: false }));
    expect(next).toEqual({ ...DEFAULT_READER_SETTINGS, enabled: false, pausedSites: ['a.example'] });
    expect(await browser.storage.local.get('reader-settings')).toEqual({ 'reader-settings': next });
  });

  it('tells a watching page about a change, cleaned, and stops when asked', async () => {
    const seen: ReaderSettings[] = [];
    const stop = readerSettingsStore.watch((settings) => seen.push(settings));
    await browser.storage.local.set({ 'reader-settings': { enabled: false, pausedSites: 'x' } });
    expect(seen).toEqual([{ ...DEFAULT_READER_SETTINGS, enabled: false }]);
    stop();
    await readerSettingsStore.update((s) => ({ ...s, enabled: true }));
    expect(seen).toHaveLength(1);
  });
});
