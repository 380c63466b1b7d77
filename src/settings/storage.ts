// The reader's switches in the extension's local storage (WXT storage), read by the content script,
// the popup and the options page, and watched so every open tab follows a change without a reload.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_READER_SETTINGS, normaliseReaderSettings, type ReaderSettings } from './reader-settings';

const item = storage.defineItem<ReaderSettings>('local:reader-settings', { fallback: DEFAULT_READER_SETTINGS });

export const readerSettingsStore = {
  async get(): Promise<ReaderSettings> {
    return normaliseReaderSettings(await item.getValue());
  },
  async update(change: (current: ReaderSettings) => ReaderSettings): Promise<ReaderSettings> {
    const next = change(await this.get());
    await item.setValue(next);
    return next;
  },
  watch(listener: (settings: ReaderSettings) => void): () => void {
    return item.watch((value) => listener(normaliseReaderSettings(value)));
  },
};
