import { describe, expect, it } from 'vitest';
import {
  DEFAULT_READER_SETTINGS,
  normaliseReaderSettings,
  readerStateOn,
  siteOf,
  withSitePaused,
} from '../../../src/settings/reader-settings';

describe('reader settings', () => {
  it('pauses a whole site (every page and port of the host) and nothing else', () => {
    const paused = withSitePaused(DEFAULT_READER_SETTINGS, 'news.example', true);
    expect(readerStateOn(paused, 'https://news.example/a/b?c')).toBe('paused');
    expect(readerStateOn(paused, 'http://news.example:8080/')).toBe('paused');
    expect(readerStateOn(paused, 'https://other.example/')).toBe('on');
    expect(readerStateOn(withSitePaused(paused, 'news.example', false), 'https://news.example/')).toBe('on');
  });
  it('is off everywhere when switched off, whatever is paused', () => {
    expect(readerStateOn({ ...DEFAULT_READER_SETTINGS, enabled: false }, 'https://a.example/')).toBe('off');
  });
  it('has no site for pages it never reads', () => {
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
    expect(siteOf('https://constructor.example/')).toBe('constructor.example');
  });
  it('turns whatever storage holds into complete settings', () => {
    expect(normaliseReaderSettings(undefined)).toEqual(DEFAULT_READER_SETTINGS);
    expect(normaliseReaderSettings({ enabled: 'no', pausedSites: ['a.example', 3], intensity: 'loud' })).toEqual({
      enabled: true,
      pausedSites: ['a.example'],
      intensity: 'underline',
    });
  });
});

describe('reader settings, as the options page lists them', () => {
  it('keeps every paused site when another is paused, each once, in alphabetical order', () => {
    let settings = withSitePaused(DEFAULT_READER_SETTINGS, 'z.example', true);
    settings = withSitePaused(settings, 'a.example', true);
    expect(settings.pausedSites).toEqual(['a.example', 'z.example']);
    settings = withSitePaused(settings, 'z.example', true);
    expect(settings.pausedSites).toEqual(['a.example', 'z.example']);
    expect(withSitePaused(settings, 'z.example', false).pausedSites).toEqual(['a.example']);
  });
  it('keeps ClaimLens switched off when storage says so', () => {
    expect(normaliseReaderSettings({ enabled: false }).enabled).toBe(false);
  });
});
